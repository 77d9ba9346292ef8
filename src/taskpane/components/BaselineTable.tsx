import {
  Caption1,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import { useMemo } from "react";
import type { BaselineFigure, FigureKind } from "../../model/baseline";
import type { StringKey } from "../i18n/strings";
import { useLanguage } from "../i18n/LanguageContext";
import { localLabel } from "../i18n/localLabel";

export interface BaselineTableProps {
  readonly figures: readonly BaselineFigure[];
  /** Where the figures come from; shown as the table's caption. */
  readonly source: string;
}

const KIND_LABELS: Record<FigureKind, StringKey> = {
  reported: "kindReported",
  thirdPartyForecast: "kindThirdPartyForecast",
  target: "kindTarget",
};

const useStyles = makeStyles({
  // Two columns fit a 320 px pane: the figure (label, key, date and kind stacked) and its value.
  table: { tableLayout: "fixed", width: "100%" },
  valueColumn: { width: "38%" },
  caption: { captionSide: "bottom", textAlign: "start", paddingTop: tokens.spacingVerticalS },
  figure: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, paddingBlock: "4px" },
  // Keys break at their dots, not every few letters.
  key: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere", wordBreak: "normal" },
  meta: { color: tokens.colorNeutralForeground3 },
  number: { textAlign: "end", fontVariantNumeric: "tabular-nums", verticalAlign: "top" },
});

/** Soft breaks after the dots of a key, so "market.gov.growth.history" wraps between its parts. */
function breakableKey(key: string) {
  return key.split(".").flatMap((part, i) => (i === 0 ? [part] : [<wbr key={i} />, `.${part}`]));
}

/** The article's figures with the keys GOVCLOUD.BASELINE accepts. */
export function BaselineTable({ figures, source }: BaselineTableProps) {
  const styles = useStyles();
  const { t, language, locale } = useLanguage();
  // Grouped for reading, and never rounded: each value must match its quote in the article.
  const valueFormat = useMemo(() => new Intl.NumberFormat(locale, { maximumFractionDigits: 20 }), [locale]);
  return (
    <Table size="extra-small" className={styles.table} aria-label={t("baselineTableLabel")}>
      <caption className={styles.caption}>
        <Caption1>{source}</Caption1>
      </caption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t("columnLabel")}</TableHeaderCell>
          <TableHeaderCell className={styles.valueColumn}>{t("columnValue")}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {figures.map((figure) => (
          <TableRow key={figure.key}>
            <TableCell>
              <span className={styles.figure}>
                <span>{localLabel(figure.label, language)}</span>
                <Caption1 className={styles.key}>{breakableKey(figure.key)}</Caption1>
                <Caption1 className={styles.meta}>
                  <span>{figure.asOf}</span> · <span>{t(KIND_LABELS[figure.kind])}</span>
                </Caption1>
              </span>
            </TableCell>
            <TableCell className={styles.number}>
              <span>{valueFormat.format(figure.value)}</span> <Caption1>{figure.unit}</Caption1>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
