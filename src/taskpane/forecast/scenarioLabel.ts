import type { BuiltInScenario } from "../../model/assumptionTypes";
import { parseBuiltInScenario } from "../../model/scenario";
import type { StringKey, StringParams } from "../i18n/strings";

const BUILT_IN_LABELS: Readonly<Record<BuiltInScenario, StringKey>> = {
  bear: "scenarioBear",
  base: "scenarioBase",
  bull: "scenarioBull",
};

/** A scenario column's name as the pane shows it: built-in ones translated, the user's as typed. */
export function scenarioLabel(name: string, t: (key: StringKey, params?: StringParams) => string): string {
  const builtIn = parseBuiltInScenario(name);
  return builtIn ? t(BUILT_IN_LABELS[builtIn]) : name;
}
