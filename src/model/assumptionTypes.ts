/** The three built-in scenarios every assumption has a value for. */
export const BUILT_IN_SCENARIOS = ["bear", "base", "bull"] as const;
export type BuiltInScenario = (typeof BUILT_IN_SCENARIOS)[number];

export type AssumptionGroup = "market" | "vendors" | "cities";

/**
 * Units of assumptions. Money is in 亿 CNY (1 亿 = 100 million CNY), the article's own unit;
 * rates and shares are fractions (0.2 = 20%) as Excel stores percentages; "years" is a duration,
 * "year" a calendar year (an anchor year, 0 when not anchored).
 */
export type AssumptionUnit = "亿 CNY" | "fraction" | "years" | "cities" | "projects" | "year";

/** Where a default comes from: figures of the article (by baseline key) or our own assumption. */
export type AssumptionSource =
  | { readonly kind: "article"; readonly baselineKeys: readonly string[]; readonly note?: string }
  | { readonly kind: "assumption"; readonly rationale: string };

export interface AssumptionDefinition {
  readonly key: string;
  readonly group: AssumptionGroup;
  readonly label: { readonly en: string; readonly zh: string };
  readonly unit: AssumptionUnit;
  readonly lower: number;
  readonly upper: number;
  readonly values: Readonly<Record<BuiltInScenario, number>>;
  readonly source: AssumptionSource;
}
