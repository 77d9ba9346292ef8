import { Badge, Caption1, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { PUBLISHED_FIGURES, type PublishedFigure } from "../../model/published";
import { useLanguage } from "../i18n/LanguageContext";
import { useActualsText } from "./actualsText";

const useStyles = makeStyles({
  list: {
    margin: 0,
    padding: 0,
    listStyle: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  figure: { display: "flex", flexDirection: "column", overflowWrap: "anywhere", minWidth: 0 },
  line: { display: "flex", flexWrap: "wrap", alignItems: "baseline", gap: tokens.spacingHorizontalS },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

function groups(): [string, PublishedFigure[]][] {
  const bySeries = new Map<string, PublishedFigure[]>();
  for (const figure of PUBLISHED_FIGURES)
    bySeries.set(figure.series, [...(bySeries.get(figure.series) ?? []), figure]);
  return [...bySeries];
}

/** The published figures grouped by series, one stacked block each (no table: the pane is 320 px wide). */
export function PublishedFigures() {
  const styles = useStyles();
  const text = useActualsText();
  const { formatValue } = useLanguage();
  return (
    <section className={styles.group} aria-label={text("publishedBadge")}>
      <div className={styles.line}>
        <Badge appearance="tint" color="warning">
          {text("publishedBadge")}
        </Badge>
      </div>
      <Caption1>{text("publishedIntro")}</Caption1>
      {groups().map(([series, figures]) => (
        <div key={series} className={styles.group}>
          <Subtitle2 as="h3">{series}</Subtitle2>
          <ul className={styles.list}>
            {figures.map((figure) => (
              <li key={figure.key} className={styles.figure}>
                <div className={styles.line}>
                  <Text weight="semibold">{figure.year}</Text>
                  <Text>{formatValue(figure.value, "亿 CNY")} 亿</Text>
                  <Caption1>
                    {figure.status} · {text("comparable")}: {figure.comparable}
                  </Caption1>
                </div>
                <Caption1>
                  {text("scope")}: {figure.scope}
                </Caption1>
                <Caption1>
                  {text("source")}: {figure.source}
                  {figure.note ? ` (${figure.note})` : ""}
                </Caption1>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
