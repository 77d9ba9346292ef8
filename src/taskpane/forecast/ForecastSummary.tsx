import { makeStyles, tokens } from "@fluentui/react-components";
import { yearIndex } from "../../model/years";
import { useLanguage } from "../i18n/LanguageContext";
import type { KeyForecast } from "./useKeyForecast";

const SUMMARY_YEAR = 2030;

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
});

/** One line of the key numbers in 2030, kept visible above the fields while editing. */
export function ForecastSummary({ forecast }: { readonly forecast: KeyForecast | string }) {
  const { t, language, formatValue } = useLanguage();
  const styles = useStyles();
  if (typeof forecast === "string") return null;
  const items = forecast.key.map(({ key, info, values }) => {
    const value = values[yearIndex(SUMMARY_YEAR)];
    return (
      <span key={key} className={styles.item} data-summary={key}>
        {language === "en" ? info.label.en : info.label.zh}{" "}
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
