import { useMemo } from "react";
import { compileForecast } from "../../model/forecast";
import { errorMessage } from "../../model/language";
import type { SeriesInfo } from "../../model/series";
import { BUILT_IN_VENDOR } from "../../model/vendorKeys";
import type { InputsSnapshot } from "../../workbook/workbookOperations";
import { useLanguage } from "../i18n/LanguageContext";
import { scenarioOfColumn } from "./scenarioOfColumn";

/** The series the pane keeps in view: top-down market, the article's vendor, bottom-up city spend. */
export const KEY_SERIES = ["market.gov", "vendor.revenue", "city.spend"] as const;

export interface ForecastSeries {
  readonly key: string;
  readonly info: SeriesInfo;
  readonly values: Float64Array;
}

export interface KeyForecast {
  readonly key: readonly ForecastSeries[];
  /** Cloud revenue of every vendor, the built-in one first, then the user's in table order. */
  readonly vendors: readonly (ForecastSeries & { readonly vendor: string })[];
}

/**
 * The engine's forecast of the key series and of each vendor's revenue for a scenario column, with
 * values typed but not yet written (drafts); the engine's message, in the pane's language, when the
 * inputs contradict.
 */
export function useKeyForecast(
  snapshot: InputsSnapshot,
  scenario: string,
  drafts: Readonly<Record<string, number>>,
): KeyForecast | string {
  const { language } = useLanguage();
  return useMemo(() => {
    try {
      const forecast = compileForecast(scenarioOfColumn(snapshot, scenario, drafts));
      const series = (key: string): ForecastSeries => ({
        key,
        info: forecast.info(key),
        values: forecast.values(key),
      });
      const vendors = forecast.layout.vendors.flatMap((plan) => {
        const key = plan.name === BUILT_IN_VENDOR ? "vendor.revenue" : `vendor.${plan.name}.revenue`;
        try {
          return [{ ...series(key), vendor: plan.name }];
        } catch {
          // A vendor without revenue rows (only gov contracts, say) has no revenue series.
          return [];
        }
      });
      return { key: KEY_SERIES.map(series), vendors };
    } catch (error) {
      return errorMessage(error, language);
    }
  }, [snapshot, scenario, drafts, language]);
}
