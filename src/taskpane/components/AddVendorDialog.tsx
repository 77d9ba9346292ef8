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
import {
  BUILT_IN_VENDOR,
  OBSERVED_YEAR_MAX,
  OBSERVED_YEAR_MIN,
  parseVendorKey,
  vendorHalfLifeKey,
  vendorObservedKey,
  vendorTerminalGrowthKey,
} from "../../model/vendorKeys";
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

// A valid name so that the catalogue can describe the new vendor's keys (bounds, defaults).
const PROBE_VENDOR = "NewVendor";
const TERMINAL_GROWTH = findAssumption(vendorTerminalGrowthKey(BUILT_IN_VENDOR, "revenue"));
const HALF_LIFE = findAssumption(vendorHalfLifeKey(BUILT_IN_VENDOR));
const REVENUE = findAssumption(vendorObservedKey(PROBE_VENDOR, "revenue", 2019));

/**
 * A user-defined vendor: its name, cloud revenue in two observed years, and optionally the growth
 * its revenue fades to and how fast (the built-in vendor's values otherwise). Bounds come from the
 * catalogue, checked as the user types.
 */
export function AddVendorDialog({ vendors, busy, onSubmit, onClose }: AddVendorDialogProps) {
  const { t, parseInput, formatExact, unitSuffix } = useLanguage();
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

  const inBounds = (text: string, unit: AssumptionUnit, lower: number, upper: number) => {
    const value = parseInput(text, unit);
    if (value === undefined) return { problem: t("notANumber") };
    if (value < lower || value > upper) {
      return { problem: t("outOfBounds", { min: formatExact(lower, unit), max: formatExact(upper, unit) }) };
    }
    return { value };
  };
  const year = (text: string) => {
    const value = Number(text.trim());
    return Number.isInteger(value) && value >= OBSERVED_YEAR_MIN && value <= OBSERVED_YEAR_MAX
      ? { value }
      : { problem: t("vendorYearInvalid", { min: OBSERVED_YEAR_MIN, max: OBSERVED_YEAR_MAX }) };
  };
  const revenue = (text: string) => inBounds(text, "亿 CNY", REVENUE?.lower ?? 0, REVENUE?.upper ?? Infinity);
  const optional = (text: string, definition: typeof HALF_LIFE) =>
    text.trim() === "" || !definition
      ? {}
      : inBounds(text, definition.unit, definition.lower, definition.upper);

  const name = values.name.trim();
  const checks: Record<FieldName, { value?: number; problem?: string }> = {
    name:
      name === "" || !parseVendorKey(vendorObservedKey(name, "revenue", 2019))
        ? { problem: t("vendorNameInvalid") }
        : vendors.some((v) => v.toLowerCase() === name.toLowerCase())
          ? { problem: t("vendorNameTaken", { name }) }
          : {},
    year1: year(values.year1),
    revenue1: revenue(values.revenue1),
    year2: year(values.year2),
    revenue2: revenue(values.revenue2),
    terminalGrowth: optional(values.terminalGrowth, TERMINAL_GROWTH),
    halfLife: optional(values.halfLife, HALF_LIFE),
  };
  if (!checks.year2.problem && checks.year1.value === checks.year2.value)
    checks.year2 = { problem: t("vendorYearsSame") };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (Object.values(checks).some((check) => check.problem)) return;
    const { year1, revenue1, year2, revenue2, terminalGrowth, halfLife } = checks;
    onSubmit({
      name,
      revenue: [
        { year: year1.value ?? 0, value: revenue1.value ?? 0 },
        { year: year2.value ?? 0, value: revenue2.value ?? 0 },
      ],
      ...(terminalGrowth.value !== undefined ? { terminalGrowth: terminalGrowth.value } : {}),
      ...(halfLife.value !== undefined ? { halfLife: halfLife.value } : {}),
    });
  };

  const field = (
    fieldName: FieldName,
    label: string,
    options: { unit?: AssumptionUnit; hint?: string; required?: boolean } = {},
  ) => {
    const problem = submitted || values[fieldName] !== "" ? checks[fieldName].problem : undefined;
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
