import {
  Body1,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { useMemo } from "react";
import { findAssumption } from "../../model/assumptions";
import { errorMessage } from "../../model/language";
import { scenarioValue } from "../../model/scenario";
import type { InputsSnapshot } from "../../workbook/workbookOperations";
import { scenarioSetOf } from "../forecast/scenarioOfColumn";
import { baseOutsideRange } from "../forecast/scenarioOrder";
import { useLanguage } from "../i18n/LanguageContext";
import { localLabel } from "../i18n/localLabel";

const useStyles = makeStyles({
  table: { tableLayout: "fixed", width: "100%" },
  number: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
  outside: { color: tokens.colorPaletteDarkOrangeForeground2, fontWeight: tokens.fontWeightSemibold },
  intro: { display: "block", marginBlockEnd: tokens.spacingVerticalS },
});

/**
 * The form's Risk group: the spread each assumption is drawn from in the risk run (Bear to Bull,
 * peaking at Base), so the user sees what the Monte Carlo varies before running it.
 */
export function RiskRanges({ snapshot }: { readonly snapshot: InputsSnapshot }) {
  const { t, language, formatExact } = useLanguage();
  const styles = useStyles();
  const ranges = useMemo(() => {
    try {
      const set = scenarioSetOf(snapshot);
      return [...set.base.values.keys()].flatMap((key) => {
        const definition = findAssumption(key);
        const bear = scenarioValue(set.bear, key);
        const base = scenarioValue(set.base, key);
        const bull = scenarioValue(set.bull, key);
        const outside = baseOutsideRange({ bear, base, bull });
        return definition && (bear !== bull || outside)
          ? [{ key, definition, bear, base, bull, outside }]
          : [];
      });
    } catch (error) {
      return errorMessage(error, language);
    }
  }, [snapshot, language]);

  if (typeof ranges === "string") return <Body1>{t("forecastUnavailable", { message: ranges })}</Body1>;
  if (ranges.length === 0) return <Body1>{t("riskGroupNone")}</Body1>;
  return (
    <>
      <Body1 className={styles.intro}>{t("riskGroupIntro")}</Body1>
      <Table size="extra-small" className={styles.table} aria-label={t("groupRisk")}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t("columnLabel")}</TableHeaderCell>
            <TableHeaderCell>{t("rangeBaseColumn")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {ranges.map(({ key, definition, bear, base, bull, outside }) => (
            <TableRow key={key} data-range={key}>
              <TableCell>{localLabel(definition.label, language)}</TableCell>
              <TableCell className={mergeClasses(styles.number, outside && styles.outside)}>
                {formatExact(bear, definition.unit)} … {formatExact(base, definition.unit)} …{" "}
                {formatExact(bull, definition.unit)}
                {outside ? ` ⚠ ${t("riskOrderTitle")}` : null}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
