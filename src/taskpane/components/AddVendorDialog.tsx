import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogTitle,
  DialogTrigger,
  Field,
  Input,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ModalSurface } from "./ModalSurface";
import { useState, type FormEvent } from "react";
import { findAssumption } from "../../model/assumptions";
import type { AssumptionUnit } from "../../model/assumptionTypes";
import { inLanguage } from "../../model/layout/layoutText";
import { BUILT_IN_VENDOR, vendorHalfLifeKey, vendorTerminalGrowthKey } from "../../model/vendorKeys";
import { vendorProblems } from "../../workbook/vendorDefinition";
import type { VendorDefinition } from "../../workbook/workbookOperations";
import type { StringKey } from "../i18n/strings";
import { useLanguage } from "../i18n/LanguageContext";

export interface AddVendorDialogProps {
  /** Vendors the table has already (the built-in one included), compared case-insensitively. */
  readonly vendors: readonly string[];
  readonly busy: boolean;
  readonly onSubmit: (vendor: VendorDefinition) => void;
  readonly onClose: () => void;
}

type FieldName = "name" | "year1" | "revenue1" | "year2" | "revenue2" | "terminalGrowth" | "halfLife";

const useStyles = makeStyles({
  content: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  // minmax(0, …): the columns may shrink below their inputs' natural width, so the pair fits a
  // 320 px pane instead of pushing the revenue field out of the dialog.
  pair: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 2fr) minmax(0, 3fr)",
    gap: tokens.spacingHorizontalS,
    alignItems: "end",
  },
  input: { minWidth: 0, width: "100%" },
  unit: { whiteSpace: "nowrap" },
});

const TERMINAL_GROWTH = findAssumption(vendorTerminalGrowthKey(BUILT_IN_VENDOR, "revenue"));
const HALF_LIFE = findAssumption(vendorHalfLifeKey(BUILT_IN_VENDOR));

/**
 * A user-defined vendor: its name, cloud revenue in two observed years, and optionally the growth
 * its revenue fades to and how fast (the built-in vendor's values otherwise). Checked as the user
 * types by the same rules Add vendor applies in the workbook (vendorProblems).
 */
export function AddVendorDialog({ vendors, busy, onSubmit, onClose }: AddVendorDialogProps) {
  const { t, language, parseInput, formatExact, unitSuffix } = useLanguage();
  const styles = useStyles();
  const [values, setValues] = useState<Record<FieldName, string>>({
    name: "",
    year1: "2018",
    revenue1: "",
    year2: "2019",
    revenue2: "",
    terminalGrowth: "",
    halfLife: "",
  });
  const [submitted, setSubmitted] = useState(false);

  // The dialog reads its fields' text ("unreadable": not a number, NaN to the rules); whether the
  // numbers make a vendor is decided by the one set of vendor rules (vendorProblems), which Add
  // vendor applies again in Excel and the preview.
  const year = (text: string): number => (text.trim() === "" ? Number.NaN : Number(text.trim()));
  const optional = (text: string, unit: AssumptionUnit | undefined): number | undefined | "unreadable" =>
    text.trim() === "" || !unit ? undefined : (parseInput(text, unit) ?? "unreadable");
  const numbers = {
    revenue1: parseInput(values.revenue1, "亿 CNY") ?? "unreadable",
    revenue2: parseInput(values.revenue2, "亿 CNY") ?? "unreadable",
    terminalGrowth: optional(values.terminalGrowth, TERMINAL_GROWTH?.unit),
    halfLife: optional(values.halfLife, HALF_LIFE?.unit),
  } as const;
  const value = (read: number | "unreadable"): number => (read === "unreadable" ? Number.NaN : read);
  const { terminalGrowth, halfLife } = numbers;
  const name = values.name.trim();
  const definition: VendorDefinition = {
    name,
    revenue: [
      { year: year(values.year1), value: value(numbers.revenue1) },
      { year: year(values.year2), value: value(numbers.revenue2) },
    ],
    ...(terminalGrowth !== undefined ? { terminalGrowth: value(terminalGrowth) } : {}),
    ...(halfLife !== undefined ? { halfLife: value(halfLife) } : {}),
  };
  const problems = vendorProblems(definition, vendors);
  const problemOf = (fieldName: FieldName, unit: AssumptionUnit | undefined): string | undefined => {
    if (fieldName in numbers && numbers[fieldName as keyof typeof numbers] === "unreadable")
      return t("notANumber");
    const problem = problems.find((p) => p.field === fieldName);
    if (!problem) return undefined;
    // The limits come from the rule; the pane shows them in its own units (30%, not 0.3).
    const { bounds } = problem;
    return bounds?.kind === "outOfBounds" && unit
      ? t("outOfBounds", { min: formatExact(bounds.lower, unit), max: formatExact(bounds.upper, unit) })
      : inLanguage(problem.message, language);
  };
  const checks: Record<FieldName, string | undefined> = {
    name: problemOf("name", undefined),
    year1: problemOf("year1", undefined),
    revenue1: problemOf("revenue1", "亿 CNY"),
    year2: problemOf("year2", undefined),
    revenue2: problemOf("revenue2", "亿 CNY"),
    terminalGrowth: problemOf("terminalGrowth", TERMINAL_GROWTH?.unit),
    halfLife: problemOf("halfLife", HALF_LIFE?.unit),
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (Object.values(checks).some((problem) => problem !== undefined)) return;
    onSubmit(definition);
  };

  const field = (
    fieldName: FieldName,
    label: string,
    options: { unit?: AssumptionUnit; hint?: string; required?: boolean } = {},
  ) => {
    const problem = submitted || values[fieldName] !== "" ? checks[fieldName] : undefined;
    return (
      <Field
        label={label}
        required={options.required ?? true}
        hint={options.hint}
        validationState={problem ? "error" : "none"}
        validationMessage={problem}
      >
        <Input
          className={styles.input}
          value={values[fieldName]}
          inputMode={fieldName === "name" ? "text" : "decimal"}
          contentAfter={
            options.unit ? { children: unitSuffix(options.unit), className: styles.unit } : undefined
          }
          onChange={(_, data) => setValues((current) => ({ ...current, [fieldName]: data.value }))}
        />
      </Field>
    );
  };
  const defaultHint = (definition: typeof HALF_LIFE) =>
    definition
      ? t("optionalDefault", {
          value: formatExact(definition.values.base, definition.unit),
          builtIn: BUILT_IN_VENDOR,
        })
      : undefined;
  const n = (key: StringKey, index: number) => t(key, { n: index });

  return (
    <Dialog open onOpenChange={(_, data) => (data.open ? undefined : onClose())}>
      <ModalSurface>
        <form onSubmit={submit} noValidate>
          <DialogBody>
            <DialogTitle>{t("vendorTitle")}</DialogTitle>
            <DialogContent className={styles.content}>
              {field("name", t("vendorName"), { hint: t("vendorNameHint") })}
              <div className={styles.pair}>
                {field("year1", n("vendorYear", 1))}
                {field("revenue1", n("vendorRevenue", 1), { unit: "亿 CNY" })}
              </div>
              <div className={styles.pair}>
                {field("year2", n("vendorYear", 2))}
                {field("revenue2", n("vendorRevenue", 2), { unit: "亿 CNY" })}
              </div>
              {field("terminalGrowth", t("vendorTerminalGrowth"), {
                unit: "fraction",
                required: false,
                hint: [defaultHint(TERMINAL_GROWTH), t("percentHint")].filter(Boolean).join(" "),
              })}
              {field("halfLife", t("vendorHalfLife"), {
                unit: "years",
                required: false,
                hint: defaultHint(HALF_LIFE),
              })}
            </DialogContent>
            <DialogActions>
              <Button type="submit" appearance="primary" disabled={busy}>
                {t("add")}
              </Button>
              <DialogTrigger disableButtonEnhancement>
                <Button>{t("cancel")}</Button>
              </DialogTrigger>
            </DialogActions>
          </DialogBody>
        </form>
      </ModalSurface>
    </Dialog>
  );
}
