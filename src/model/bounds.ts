import type { AssumptionDefinition } from "./assumptionTypes";
import { ModelError } from "./errors";
import type { Bilingual } from "./language";

/**
 * The one rule for "a value within its assumption's bounds", used by the engine, the inputs-table
 * reader, the vendor rules and the pane's fields: each formats the limits in its own words and
 * language, but the check and the limits come from here.
 */
export interface BoundsProblem {
  /** "notFinite": NaN or ±Infinity; "outOfBounds": a number below `lower` or above `upper`. */
  readonly kind: "notFinite" | "outOfBounds";
  readonly key: string;
  readonly value: number;
  readonly lower: number;
  readonly upper: number;
}

/** Why `value` cannot be `definition`'s value, or undefined when it can. */
export function boundsProblem(definition: AssumptionDefinition, value: number): BoundsProblem | undefined {
  const { key, lower, upper } = definition;
  if (!Number.isFinite(value)) return { kind: "notFinite", key, value, lower, upper };
  if (value < lower || value > upper) return { kind: "outOfBounds", key, value, lower, upper };
  return undefined;
}

const NOWHERE: Bilingual = { en: "", zh: "" };

/** The engine's sentence for a bounds problem, in both languages; `where` says where the value came from. */
export function boundsMessage(problem: BoundsProblem, where: Bilingual = NOWHERE): Bilingual {
  const { key, value, lower, upper } = problem;
  return problem.kind === "notFinite"
    ? { en: `${key}${where.en} must be a number.`, zh: `${key}${where.zh}必须是数字。` }
    : {
        en: `${key}${where.en} is ${value}; it must be between ${lower} and ${upper}.`,
        zh: `${key}${where.zh}取值${value}超出范围,应介于${lower}与${upper}之间。`,
      };
}

/** `value` when it is within `definition`'s bounds; otherwise a ModelError naming the key and limits. */
export function requireWithinBounds(
  definition: AssumptionDefinition,
  value: number,
  where: Bilingual = NOWHERE,
): number {
  const problem = boundsProblem(definition, value);
  if (!problem) return value;
  throw new ModelError(
    problem.kind === "notFinite" ? "invalidValue" : "outOfRange",
    boundsMessage(problem, where),
  );
}
