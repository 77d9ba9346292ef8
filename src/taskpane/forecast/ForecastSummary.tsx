import { makeStaticStyles, makeStyles, tokens } from "@fluentui/react-components";
import type { StringKey } from "../i18n/strings";
import { yearIndex } from "../../model/years";
import { useLanguage } from "../i18n/LanguageContext";
import type { KeyForecast } from "./useKeyForecast";
import { localLabel } from "../i18n/localLabel";

const SUMMARY_YEAR = 2030;

/** Short names that keep the line to one or two rows at 320 px; the table above has the full ones. */
const SHORT_LABELS: Readonly<Record<string, StringKey>> = {
  "market.gov": "summaryMarket",
  "vendor.revenue": "summaryVendor",
  "city.spend": "summaryCities",
};

// A field focused by Tab is scrolled into view below the sticky line, not under it.
const useScrollPadding = makeStaticStyles({ html: { scrollPaddingTop: "3.5rem" } });

const useStyles = makeStyles({
  // Sticks to the top of the pane while the fields scroll under it, so an edit's effect stays in view.
  root: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    margin: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    fontSize: tokens.fontSizeBase200,
    fontVariantNumeric: "tabular-nums",
  },
  item: { whiteSpace: "nowrap" },
  abbr: { textDecorationLine: "none" },
});

/** One line of the key numbers in 2030, kept visible above the fields while editing. */
export function ForecastSummary({ forecast }: { readonly forecast: KeyForecast | string }) {
  const { t, language, formatValue } = useLanguage();
  const styles = useStyles();
  useScrollPadding();
  if (typeof forecast === "string") return null;
  const items = forecast.key.map(({ key, info, values }) => {
    const value = values[yearIndex(SUMMARY_YEAR)];
    return (
      <span key={key} className={styles.item} data-summary={key}>
        <abbr title={localLabel(info.label, language)} className={styles.abbr}>
          {SHORT_LABELS[key] ? t(SHORT_LABELS[key]) : localLabel(info.label, language)}
        </abbr>{" "}
        {value === undefined || !Number.isFinite(value) ? "—" : formatValue(value, info.unit)}
      </span>
    );
  });
  return (
    <p className={styles.root} role="status" aria-live="off">
      {t("forecastSummary", { year: SUMMARY_YEAR })}
      {items.flatMap((item, i) => (i === 0 ? [item] : [" · ", item]))}
    </p>
  );
}
