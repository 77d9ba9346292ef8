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
import type { BaselineFigure, FigureKind } from "../../model/baseline";

export interface BaselineTableProps {
  readonly figures: readonly BaselineFigure[];
  /** Where the figures come from; shown as the table's caption. */
  readonly source: string;
}

const KIND_LABELS: Record<FigureKind, string> = {
  reported: "reported",
  thirdPartyForecast: "third-party forecast",
  target: "target",
};

// Grouped for reading, and never rounded: each value must match its quote in the article.
const VALUE_FORMAT = new Intl.NumberFormat("en-US", { maximumFractionDigits: 20 });

const useStyles = makeStyles({
  scroller: { overflowX: "auto" },
  caption: { captionSide: "bottom", textAlign: "start", paddingTop: tokens.spacingVerticalS },
  key: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere" },
  number: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
});

/** The article's figures with the keys GOVCLOUD.BASELINE accepts. */
export function BaselineTable({ figures, source }: BaselineTableProps) {
  const styles = useStyles();
  return (
    <div className={styles.scroller}>
      <Table size="extra-small" aria-label="Baseline figures">
        <caption className={styles.caption}>
          <Caption1>{source}</Caption1>
        </caption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Key</TableHeaderCell>
            <TableHeaderCell>Label</TableHeaderCell>
            <TableHeaderCell>Value</TableHeaderCell>
            <TableHeaderCell>Unit</TableHeaderCell>
            <TableHeaderCell>As of</TableHeaderCell>
            <TableHeaderCell>Kind</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {figures.map((figure) => (
            <TableRow key={figure.key}>
              <TableCell className={styles.key}>{figure.key}</TableCell>
              <TableCell>{figure.label.en}</TableCell>
              <TableCell className={styles.number}>{VALUE_FORMAT.format(figure.value)}</TableCell>
              <TableCell>{figure.unit}</TableCell>
              <TableCell>{figure.asOf}</TableCell>
              <TableCell>{KIND_LABELS[figure.kind]}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
