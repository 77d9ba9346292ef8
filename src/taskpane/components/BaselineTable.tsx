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
  scroller: { overflowX: "auto" },
  caption: { captionSide: "bottom", textAlign: "start", paddingTop: tokens.spacingVerticalS },
  key: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere" },
  number: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
});

/** The article's figures with the keys GOVCLOUD.BASELINE accepts. */
export function BaselineTable({ figures, source }: BaselineTableProps) {
  const styles = useStyles();
  const { t, language, locale } = useLanguage();
  // Grouped for reading, and never rounded: each value must match its quote in the article.
  const valueFormat = useMemo(() => new Intl.NumberFormat(locale, { maximumFractionDigits: 20 }), [locale]);
  return (
    <div className={styles.scroller}>
      <Table size="extra-small" aria-label={t("baselineTableLabel")}>
        <caption className={styles.caption}>
          <Caption1>{source}</Caption1>
        </caption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t("columnKey")}</TableHeaderCell>
            <TableHeaderCell>{t("columnLabel")}</TableHeaderCell>
            <TableHeaderCell>{t("columnValue")}</TableHeaderCell>
            <TableHeaderCell>{t("columnUnit")}</TableHeaderCell>
            <TableHeaderCell>{t("columnAsOf")}</TableHeaderCell>
            <TableHeaderCell>{t("columnKind")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {figures.map((figure) => (
            <TableRow key={figure.key}>
              <TableCell className={styles.key}>{figure.key}</TableCell>
              <TableCell>{language === "en" ? figure.label.en : figure.label.zh}</TableCell>
              <TableCell className={styles.number}>{valueFormat.format(figure.value)}</TableCell>
              <TableCell>{figure.unit}</TableCell>
              <TableCell>{figure.asOf}</TableCell>
              <TableCell>{t(KIND_LABELS[figure.kind])}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
