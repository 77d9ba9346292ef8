import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Body1Strong,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useSyncExternalStore } from "react";
import { useLanguage } from "../i18n/LanguageContext";
import type { SheetView } from "./memorySheets";
import type { MemoryWorkbook } from "./memoryWorkbook";
import { PaneSection } from "../components/PaneSection";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  code: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere" },
  // A formula is the widest thing a cell holds: it gets half the pane and wraps inside it.
  addressColumn: { width: "16%" },
  valueColumn: { width: "34%" },
  formulaColumn: { width: "50%" },
  value: { overflowWrap: "anywhere" },
  charts: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

/** A sheet's native charts as the plan gives them to Excel: title, then each series' name and cells. */
function ChartList({ sheet }: { readonly sheet: SheetView }) {
  const { t } = useLanguage();
  const styles = useStyles();
  if (!sheet.charts || sheet.charts.length === 0) return null;
  return (
    <section aria-label={t("previewCharts", { sheet: sheet.name })}>
      <Body1 as="h4">{t("previewCharts", { sheet: sheet.name })}</Body1>
      <ul className={styles.charts}>
        {sheet.charts.map((chart) => (
          <li key={chart.title} data-chart={chart.title}>
            <Body1Strong>{chart.title}</Body1Strong>
            <ul className={styles.charts}>
              <li className={styles.code}>{t("previewChartCategories", { range: chart.categories })}</li>
              {chart.series.map((series) => (
                <li key={series.name} className={styles.code}>
                  {`${series.name} → ${series.values}`}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}

interface PairTableProps {
  readonly label: string;
  readonly headers: readonly [string, string];
  /** Name and value, both shown as code; the first is the row's key, so it must be unique. */
  readonly rows: readonly (readonly [string, string])[];
}

/** A two-column table of names and what they hold (workbook names, settings); nothing when empty. */
function PairTable({ label, headers, rows }: PairTableProps) {
  const styles = useStyles();
  if (rows.length === 0) return null;
  return (
    <Table size="extra-small" aria-label={label}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{headers[0]}</TableHeaderCell>
          <TableHeaderCell>{headers[1]}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map(([name, value]) => (
          <TableRow key={name}>
            <TableCell className={styles.code}>{name}</TableCell>
            <TableCell className={styles.code}>{value}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** The browser preview's "what it would write": every sheet, cell, workbook name and setting so far. */
export function PreviewPanel({ workbook }: { readonly workbook: MemoryWorkbook }) {
  const { t, formatNumber, locale } = useLanguage();
  // Cells as Excel's General format shows them: no grouping (a year reads 2019, not 2,019) and
  // about as many digits as fit a column, not six decimals.
  const general = useMemo(
    () => new Intl.NumberFormat(locale, { useGrouping: false, maximumSignificantDigits: 6 }),
    [locale],
  );
  const styles = useStyles();
  const view = useSyncExternalStore(workbook.subscribe, workbook.view);
  const settings = Object.entries(view.settings);

  return (
    <PaneSection className={styles.root} title={t("previewTitle")}>
      <Body1>{t("previewIntro")}</Body1>
      {view.names.length === 0 && settings.length === 0 ? <Body1>{t("previewEmpty")}</Body1> : null}
      <Accordion multiple collapsible>
        {view.sheets.map((sheet) => (
          <AccordionItem key={sheet.name} value={sheet.name}>
            <AccordionHeader as="h3">
              {sheet.name} · {t("previewCells", { count: formatNumber(sheet.cells.length) })}
            </AccordionHeader>
            <AccordionPanel>
              <Table size="extra-small" aria-label={sheet.name}>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell className={styles.addressColumn}>{t("cell")}</TableHeaderCell>
                    <TableHeaderCell className={styles.valueColumn}>{t("columnValue")}</TableHeaderCell>
                    <TableHeaderCell className={styles.formulaColumn}>{t("previewFormula")}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {sheet.cells.map((cell) => (
                    <TableRow
                      key={cell.address}
                      data-address={cell.address}
                      {...(cell.list !== undefined ? { "data-list": cell.list } : {})}
                    >
                      <TableCell className={styles.code}>{cell.address}</TableCell>
                      <TableCell className={styles.value}>
                        {typeof cell.value === "number" ? general.format(cell.value) : cell.value}
                      </TableCell>
                      <TableCell className={styles.code}>
                        {cell.formula ??
                          (cell.list !== undefined ? t("previewList", { source: cell.list }) : "")}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
              <ChartList sheet={sheet} />
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
      <PairTable
        label={t("previewNames")}
        headers={[t("previewName"), t("previewRefersTo")]}
        rows={view.names.map((name) => [name.name, name.formula])}
      />
      <PairTable
        label={t("previewSettings")}
        headers={[t("previewSettings"), t("columnValue")]}
        rows={settings.map(([name, value]) => [name, JSON.stringify(value)])}
      />
    </PaneSection>
  );
}
