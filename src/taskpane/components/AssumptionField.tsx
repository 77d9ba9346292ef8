import { Badge, Button, Caption1, Field, Input, makeStyles, tokens, useId } from "@fluentui/react-components";
import { useEffect, useState, type KeyboardEvent } from "react";
import type { AssumptionDefinition } from "../../model/assumptionTypes";
import { baselineFigure } from "../../model/baseline";
import { boundsProblem } from "../../model/bounds";
import { numberIn as cellNumber } from "../../model/inputsTable";
import { baseOutsideRange, withTyped, type ScenarioRange } from "../forecast/scenarioOrder";
import { useLanguage } from "../i18n/LanguageContext";
import { localLabel } from "../i18n/localLabel";

export interface AssumptionFieldProps {
  readonly definition: AssumptionDefinition;
  /** The row's key as the table spells it (user vendors' keys are not in the catalogue list). */
  readonly rowKey: string;
  /** The cell as read from the table: a number, or text when the cell is damaged. */
  readonly cell: unknown;
  readonly userDefined: boolean;
  /** The scenario column the field edits. */
  readonly scenario: string;
  /** The assumption's Bear/Base/Bull values in the table, for the ordering warning. */
  readonly range?: ScenarioRange;
  /** Shown, not editable (before set-up). */
  readonly readOnly?: boolean;
  /** A valid value typed but not written yet (undefined when the text is not one), for the live forecast. */
  readonly onDraft: (key: string, value: number | undefined) => void;
  /** Told when the field holds text that is not in the workbook (invalid, or awaiting an answer), and when it no longer does. */
  readonly onUnapplied?: (key: string, text: string | undefined) => void;
  /** Writes the value; resolves false when the workbook refused it (the error is already shown). */
  readonly onCommit: (key: string, value: number) => Promise<boolean>;
}

const useStyles = makeStyles({
  hint: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  facts: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalXS },
  key: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere" },
  quote: { overflowWrap: "anywhere" },
  unit: { whiteSpace: "nowrap" },
});

type Check = { readonly ok: true; readonly value: number } | { readonly ok: false; readonly message: string };

/**
 * One assumption of the selected scenario: a number field in the assumption's unit (percent for
 * fractions) whose bounds are checked as the user types. Only a value within the bounds is written,
 * when the field is left or Enter is pressed; Esc goes back to the cell's value.
 */
export function AssumptionField(props: AssumptionFieldProps) {
  const { definition, rowKey, cell, userDefined, scenario, range, readOnly, onDraft, onCommit, onUnapplied } =
    props;
  const { t, language, formatInput, parseInput, formatExact, unitSuffix } = useLanguage();
  const styles = useStyles();
  const { unit } = definition;

  const cellText = (raw: unknown): string => {
    const number = cellNumber(raw);
    if (number !== undefined) return formatInput(number, unit);
    return raw === null || raw === undefined ? "" : String(raw);
  };
  const [text, setText] = useState(() => cellText(cell));
  const [editing, setEditing] = useState(false);
  const [showWhy, setShowWhy] = useState(false);
  const whyId = useId("why");
  // A change made in the sheet shows at once, unless the user is typing in this field.
  const [shownCell, setShownCell] = useState(cell);
  if (!Object.is(shownCell, cell)) {
    setShownCell(cell);
    if (!editing) setText(cellText(cell));
  }

  const check = (input: string): Check => {
    const value = parseInput(input, unit);
    if (value === undefined) return { ok: false, message: t("notANumber") };
    // The one bounds rule (model/bounds.ts); the limits shown in the pane's units.
    const bounds = boundsProblem(definition, value);
    if (bounds) {
      return {
        ok: false,
        message: t("outOfBounds", {
          min: formatExact(bounds.lower, unit),
          max: formatExact(bounds.upper, unit),
        }),
      };
    }
    return { ok: true, value };
  };
  const checked = check(text);
  const untouchedDamage = !editing && text === cellText(cell) && cellNumber(cell) === undefined;
  const current = cellNumber(cell);
  const problem = checked.ok
    ? undefined
    : untouchedDamage && text !== ""
      ? t("cellNotANumber", { text })
      : checked.message;
  // A bad value left in the field is not in the workbook: say so, and what the workbook keeps.
  const message =
    problem !== undefined && !editing && !untouchedDamage
      ? `${problem} ${current === undefined ? t("notAppliedEmpty") : t("notApplied", { value: formatExact(current, unit) })}`
      : problem;
  const fractionQuestion = checked.ok ? looksLikeFraction(text, checked.value) : undefined;
  const ordered = range && checked.ok ? withTyped(range, scenario, checked.value) : range;
  const outOfOrder = ordered !== undefined && baseOutsideRange(ordered);
  const warning = outOfOrder
    ? t("baseOutsideRange", {
        base: formatExact(ordered.base, unit),
        bear: formatExact(ordered.bear, unit),
        bull: formatExact(ordered.bull, unit),
      })
    : undefined;

  const unapplied =
    !editing && (fractionQuestion !== undefined || (problem !== undefined && !untouchedDamage));
  useEffect(() => {
    onUnapplied?.(rowKey, unapplied ? text : undefined);
  }, [onUnapplied, rowKey, unapplied, text]);
  useEffect(() => () => onUnapplied?.(rowKey, undefined), [onUnapplied, rowKey]);

  /**
   * Like Excel in a cell formatted as a percentage, the field reads "30" and "30%" as 30%. "0.3"
   * then means 0.3%; where that is implausible for the assumption (its Base default is 1% or more
   * away from zero) the field asks whether 30% was meant, rather than guessing.
   */
  function looksLikeFraction(input: string, value: number): number | undefined {
    if (unit !== "fraction" || input.includes("%") || input.includes("％")) return undefined;
    const typed = Number((value * 100).toPrecision(12));
    if (typed === 0 || Math.abs(typed) >= 1) return undefined;
    if (Math.abs(definition.values.base) < 0.01) return undefined;
    return typed >= definition.lower && typed <= definition.upper ? typed : undefined;
  }

  const commit = async (input = text) => {
    if (readOnly) return;
    const result = check(input);
    if (!result.ok) return;
    if (current !== undefined && Math.abs(current - result.value) <= 1e-12 * Math.max(1, Math.abs(current))) {
      onDraft(rowKey, undefined);
      return;
    }
    const written = await onCommit(rowKey, result.value);
    if (!written) setText(cellText(cell));
  };
  const acceptFraction = (value: number) => {
    const input = formatInput(value, unit);
    setText(input);
    onDraft(rowKey, value);
    void commit(input);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter") void commit();
    if (event.key === "Escape") {
      setText(cellText(cell));
      onDraft(rowKey, undefined);
    }
  };

  const label = localLabel(definition.label, language);
  const { source } = definition;
  const kind = userDefined ? "userValue" : source.kind === "article" ? "articleFigure" : "ourAssumption";
  return (
    <Field
      label={label}
      validationState={message ? "error" : warning ? "warning" : "none"}
      validationMessage={message ?? warning}
      hint={
        <span className={styles.hint}>
          <span className={styles.facts}>
            <Caption1 className={styles.key}>{rowKey}</Caption1>
            <Badge
              size="small"
              appearance={kind === "articleFigure" ? "filled" : "tint"}
              color={
                kind === "articleFigure" ? "brand" : kind === "ourAssumption" ? "warning" : "informative"
              }
            >
              {t(kind)}
            </Badge>
            {source.kind === "assumption" && !userDefined ? (
              // A disclosure rather than a popover: the reason stays in the flow of the form.
              <Button
                size="small"
                appearance="transparent"
                aria-label={t("whyAssumptionOf", { label })}
                aria-expanded={showWhy}
                aria-controls={showWhy ? whyId : undefined}
                onClick={() => setShowWhy((shown) => !shown)}
              >
                {t("whyAssumption")}
              </Button>
            ) : null}
          </span>
          {source.kind === "article"
            ? source.baselineKeys.map((key) => (
                <Caption1 key={key} className={styles.quote}>
                  {t("quoteFrom", { quote: baselineFigure(key).quote })}
                </Caption1>
              ))
            : null}
          {unit === "fraction" && !readOnly ? <Caption1>{t("percentHint")}</Caption1> : null}
          {fractionQuestion !== undefined ? (
            <span className={styles.facts} role="status">
              <Caption1>
                {t("fractionQuestion", {
                  typed: text.trim(),
                  meant: formatExact(fractionQuestion, unit),
                  literal: formatExact(checked.ok ? checked.value : 0, unit),
                })}
              </Caption1>
              <Button size="small" onClick={() => acceptFraction(fractionQuestion)}>
                {t("useValue", { value: formatExact(fractionQuestion, unit) })}
              </Button>
            </span>
          ) : null}
          {source.kind === "assumption" && showWhy ? (
            <Caption1 id={whyId} className={styles.quote} lang="en">
              {source.rationale}
            </Caption1>
          ) : null}
        </span>
      }
    >
      <Input
        value={text}
        readOnly={readOnly}
        inputMode="decimal"
        contentAfter={{ children: unitSuffix(unit), className: styles.unit }}
        onFocus={() => setEditing(true)}
        onChange={(_, data) => {
          setText(data.value);
          const result = check(data.value);
          onDraft(rowKey, result.ok ? result.value : undefined);
        }}
        onBlur={() => {
          setEditing(false);
          // While the question is open the value waits for the answer (or Enter).
          if (fractionQuestion === undefined) void commit();
        }}
        onKeyDown={onKeyDown}
      />
    </Field>
  );
}
