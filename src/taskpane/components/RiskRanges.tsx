import {
  Body1,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useMemo } from "react";
import { findAssumption } from "../../model/assumptions";
import { scenarioValue } from "../../model/scenario";
import type { InputsSnapshot } from "../../office/workbookOperations";
import { scenarioSetOf } from "../forecast/scenarioOfColumn";
import { useLanguage } from "../i18n/LanguageContext";

const useStyles = makeStyles({
  number: { textAlign: "end", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
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
        const bull = scenarioValue(set.bull, key);
        return definition && bear !== bull ? [{ key, definition, bear, bull }] : [];
      });
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  }, [snapshot]);

  if (typeof ranges === "string") return <Body1>{t("forecastUnavailable", { message: ranges })}</Body1>;
  if (ranges.length === 0) return <Body1>{t("riskGroupNone")}</Body1>;
  return (
    <>
      <Body1 className={styles.intro}>{t("riskGroupIntro")}</Body1>
      <Table size="extra-small" aria-label={t("groupRisk")}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t("columnLabel")}</TableHeaderCell>
            <TableHeaderCell>{t("rangeColumn")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {ranges.map(({ key, definition, bear, bull }) => (
            <TableRow key={key}>
              <TableCell>{language === "en" ? definition.label.en : definition.label.zh}</TableCell>
              <TableCell className={styles.number}>
                {formatExact(bear, definition.unit)} … {formatExact(bull, definition.unit)}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
