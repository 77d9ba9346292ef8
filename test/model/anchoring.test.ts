import fc from "fast-check";
import { ModelError } from "../../src/model/errors";
import { compileForecast, type Forecast } from "../../src/model/forecast";
import { findAssumption } from "../../src/model/assumptions";
import {
  builtInScenario,
  createScenario,
  scenarioValue,
  type AssumptionOverride,
} from "../../src/model/scenario";
import { runMonteCarlo } from "../../src/model/risk/monteCarlo";
import { scenarioSetFromTable } from "../../src/model/scenarioInput";
import { FIRST_YEAR, LAST_YEAR, YEARS } from "../../src/model/years";

/**
 * Anchoring (issue 12). Expected values are the model's own definitions, recomputed here by hand:
 * the fading rate g(k) = terminal + (near − terminal)·e^(−ln2/halfLife·k), Bass steps and
 * compounding; identities to a relative 1e-12 (a few roundings of the same operations).
 */
const base = builtInScenario("base");
const value = (key: string): number => scenarioValue(base, key);
const at = (forecast: Forecast, series: string, year: number): number => forecast.value(series, year);
const anchored = (overrides: AssumptionOverride[]): Forecast =>
  compileForecast(createScenario("base", overrides));

function expectRelative(actual: number, expected: number, tolerance = 1e-12): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance * Math.max(1, Math.abs(expected)));
}

function expectIdentities(forecast: Forecast): void {
  const cap = scenarioValue(forecast.scenario, "vendor.Tencent.govContracts.shareCap");
  const count = scenarioValue(forecast.scenario, "city.count");
  for (const year of YEARS) {
    const gov = at(forecast, "market.gov", year);
    const share = at(forecast, "market.govShare", year);
    expect(share).toBeGreaterThan(0);
    expect(share).toBeLessThanOrEqual(1);
    expectRelative(at(forecast, "market.total", year), gov / share);
    expect(at(forecast, "city.spend", year)).toBe(
      at(forecast, "city.cities", year) * at(forecast, "city.budget", year),
    );
    expect(at(forecast, "city.cities", year)).toBeLessThanOrEqual(count);
    expect(at(forecast, "vendor.govContracts", year)).toBeLessThanOrEqual(cap * gov * (1 + 1e-12));
  }
}

describe("actual and anchor keys", () => {
  it("are catalogue keys without a default in any built-in scenario", () => {
    expect(findAssumption("ACTUAL.Market.Total.2024")?.key).toBe("actual.market.total.2024");
    expect(findAssumption("anchor.vendor.Alibaba.govcontracts")?.key).toBe(
      "anchor.vendor.Alibaba.govContracts",
    );
    expect(findAssumption("actual.vendor.revenue.2023")?.key).toBe("actual.vendor.Tencent.revenue.2023");
    expect(findAssumption("actual.market.govShare.2024")).toBeUndefined();
    expect(findAssumption("actual.market.total.2017")).toBeUndefined();
    expect(findAssumption("actual.market.total.2024")?.values.base).toBeNaN();
    expect(findAssumption("anchor.city.cities")).toMatchObject({ unit: "year", lower: 0, upper: LAST_YEAR });
  });

  it("leave the forecast unchanged without an anchor (actuals are only compared with)", () => {
    const withActuals = anchored([
      { key: "actual.market.total.2024", value: 8288 },
      { key: "actual.market.gov.2021", value: 786.9 },
      { key: "anchor.market.total", value: 0 },
    ]);
    const plain = compileForecast(base);
    for (const series of plain.seriesKeys()) expect(withActuals.values(series)).toEqual(plain.values(series));
  });

  it("reject an anchor without the actual of its year, or a year that is not one", () => {
    const missing = () => anchored([{ key: "anchor.market.total", value: 2024 }]);
    expect(missing).toThrow(ModelError);
    expect(missing).toThrow(
      "anchor.market.total = 2024 needs the actual of that year: add a row actual.market.total.2024",
    );
    expect(() =>
      anchored([
        { key: "actual.market.total.2024", value: 8288 },
        { key: "anchor.market.total", value: 2024.5 },
      ]),
    ).toThrow("use a year from 2018 to 2040, or 0 for no anchor");
    expect(() =>
      anchored([
        { key: "actual.vendor.Alibaba.revenue.2021", value: 601.2 },
        { key: "anchor.vendor.Alibaba.revenue", value: 2021 },
      ]),
    ).toThrow("does not model");
  });

  it("reject an actual that would break an identity, naming it", () => {
    const below = () =>
      anchored([
        { key: "actual.market.total.2024", value: 100 },
        { key: "anchor.market.total", value: 2024 },
      ]);
    expect(below).toThrow(/actual\.market\.total\.2024 \(100\) is below the gov-cloud market/);
    expect(() =>
      anchored([
        { key: "actual.city.cities.2022", value: 5000 },
        { key: "anchor.city.cities", value: 2022 },
      ]),
    ).toThrow(/above city\.count/);
    expect(() =>
      anchored([
        { key: "actual.vendor.Tencent.govContracts.2023", value: 900 },
        { key: "anchor.vendor.Tencent.govContracts", value: 2023 },
      ]),
    ).toThrow(/above Tencent's cap/);
    // The article's 2019 contracts (26) above 15% of a gov market anchored at 100 in 2019.
    expect(() =>
      anchored([
        { key: "actual.market.gov.2019", value: 100 },
        { key: "anchor.market.gov", value: 2019 },
      ]),
    ).toThrow(/Tencent's gov contracts in 2019 \(26\) are above their cap/);
  });

  it("anchors the total on CAICT's 2024 figure: 8288 in 2024, share gov ÷ 8288, drifting after", () => {
    const forecast = anchored([
      { key: "actual.market.total.2024", value: 8288 },
      { key: "anchor.market.total", value: 2024 },
    ]);
    expect(at(forecast, "market.total", 2024)).toBe(8288);
    const gov2024 = at(forecast, "market.gov", 2024);
    expect(gov2024).toBe(at(compileForecast(base), "market.gov", 2024));
    expect(at(forecast, "market.govShare", 2024)).toBe(gov2024 / 8288);
    const longRun = value("market.govShare.longRun");
    const factor = Math.exp(-Math.LN2 / value("market.govShare.halfLife"));
    for (let year = 2025; year <= LAST_YEAR; year++) {
      expectRelative(
        at(forecast, "market.govShare", year),
        longRun + (gov2024 / 8288 - longRun) * Math.pow(factor, year - 2024),
      );
    }
    for (let year = FIRST_YEAR; year < 2024; year++) {
      expect(at(forecast, "market.total", year)).toBe(at(compileForecast(base), "market.total", year));
    }
    expectIdentities(forecast);
  });
});

/** One random anchoring of every anchorable series, with actuals the identities allow. */
const anchorings = fc.record({
  govYear: fc.integer({ min: FIRST_YEAR, max: LAST_YEAR }),
  // Below about 0.6× the article's 2019 gov contracts (26) would exceed the 15% cap: tested apart.
  govScale: fc.double({ min: 0.8, max: 3, noNaN: true }),
  earlierGov: fc.option(fc.integer({ min: FIRST_YEAR, max: LAST_YEAR }), { nil: undefined }),
  totalYear: fc.integer({ min: FIRST_YEAR, max: LAST_YEAR }),
  share: fc.double({ min: 0.02, max: 1, noNaN: true }),
  citiesYear: fc.integer({ min: FIRST_YEAR, max: LAST_YEAR }),
  adopted: fc.double({ min: 0, max: 1, noNaN: true }),
  budgetYear: fc.integer({ min: FIRST_YEAR, max: LAST_YEAR }),
  budget: fc.double({ min: 0.01, max: 10, noNaN: true }),
  revenueYear: fc.integer({ min: FIRST_YEAR, max: LAST_YEAR }),
  revenue: fc.double({ min: 1, max: 5000, noNaN: true }),
  contractsYear: fc.integer({ min: FIRST_YEAR, max: LAST_YEAR }),
  contractsOfCap: fc.double({ min: 0.01, max: 1, noNaN: true }),
});

describe("anchoring (property)", () => {
  it("puts every anchored series on its actual, restarts its growth after it and keeps the identities", () => {
    const plain = compileForecast(base);
    fc.assert(
      fc.property(anchorings, (a) => {
        const govActual = at(plain, "market.gov", a.govYear) * a.govScale;
        const overrides: AssumptionOverride[] = [
          { key: `actual.market.gov.${a.govYear}`, value: govActual },
          { key: "anchor.market.gov", value: a.govYear },
        ];
        if (a.earlierGov !== undefined && a.earlierGov !== a.govYear) {
          overrides.push({ key: `actual.market.gov.${a.earlierGov}`, value: 500 });
        }
        // The gov series once anchored decides which totals and contracts the identities allow.
        const govOnly = anchored(overrides);
        const total = at(govOnly, "market.gov", a.totalYear) / a.share;
        const cap = value("vendor.Tencent.govContracts.shareCap");
        const contracts = cap * at(govOnly, "market.gov", a.contractsYear) * a.contractsOfCap;
        const cities = a.adopted * value("city.count");
        overrides.push(
          { key: `actual.market.total.${a.totalYear}`, value: total },
          { key: "anchor.market.total", value: a.totalYear },
          { key: `actual.city.cities.${a.citiesYear}`, value: cities },
          { key: "anchor.city.cities", value: a.citiesYear },
          { key: `actual.city.budget.${a.budgetYear}`, value: a.budget },
          { key: "anchor.city.budget", value: a.budgetYear },
          { key: `actual.vendor.Tencent.revenue.${a.revenueYear}`, value: a.revenue },
          { key: "anchor.vendor.Tencent.revenue", value: a.revenueYear },
          { key: `actual.vendor.Tencent.govContracts.${a.contractsYear}`, value: contracts },
          { key: "anchor.vendor.Tencent.govContracts", value: a.contractsYear },
        );
        const forecast = anchored(overrides);

        // Exactly the actual in the anchor year; earlier actuals shown.
        expect(at(forecast, "market.gov", a.govYear)).toBe(govActual);
        if (a.earlierGov !== undefined && a.earlierGov < a.govYear) {
          expect(at(forecast, "market.gov", a.earlierGov)).toBe(500);
        }
        expect(at(forecast, "market.total", a.totalYear)).toBe(total);
        expect(at(forecast, "city.cities", a.citiesYear)).toBe(cities);
        expect(at(forecast, "city.budget", a.budgetYear)).toBe(a.budget);
        expect(at(forecast, "vendor.revenue", a.revenueYear)).toBe(a.revenue);
        expect(at(forecast, "vendor.govContracts", a.contractsYear)).toBe(contracts);

        // After the anchor: the scenario's growth path, its clock restarted the year after.
        const near = value("market.gov.growth.near");
        const terminal = value("market.gov.growth.terminal");
        const factor = Math.exp(-Math.LN2 / value("market.gov.growth.halfLife"));
        let expected = govActual;
        for (let year = a.govYear + 1; year <= LAST_YEAR; year++) {
          expected *= 1 + terminal + (near - terminal) * Math.pow(factor, year - a.govYear - 1);
          expectRelative(at(forecast, "market.gov", year), expected, 1e-12);
          expect(at(forecast, "market.gov", year)).toBeGreaterThan(at(forecast, "market.gov", year - 1));
        }
        const step = 1 + value("city.budget.growth");
        for (let year = a.budgetYear + 1; year <= LAST_YEAR; year++) {
          expectRelative(
            at(forecast, "city.budget", year),
            a.budget * Math.pow(step, year - a.budgetYear),
            1e-12,
          );
        }
        for (let year = a.revenueYear + 1; year <= LAST_YEAR; year++) {
          expect(at(forecast, "vendor.revenue", year)).toBeGreaterThan(
            at(forecast, "vendor.revenue", year - 1),
          );
        }
        for (let year = a.citiesYear + 1; year <= LAST_YEAR; year++) {
          expect(at(forecast, "city.cities", year)).toBeGreaterThanOrEqual(
            at(forecast, "city.cities", year - 1),
          );
        }
        expectIdentities(forecast);
      }),
      { numRuns: 100, seed: 12 },
    );
  });
});

describe("actual and anchor rows in the inputs table", () => {
  it("read as scenario rows with their own values per scenario (0 = not anchored)", () => {
    const set = scenarioSetFromTable([
      ["Key", "Bear", "Base", "Bull"],
      ["actual.market.total.2024", 8288, 8288, 8288],
      ["anchor.market.total", 0, 2024, 2024],
    ]);
    expect(compileForecast(set.bear).value("market.total", 2024)).toBe(
      compileForecast(builtInScenario("bear")).value("market.total", 2024),
    );
    expect(compileForecast(set.base).value("market.total", 2024)).toBe(8288);
    expect(compileForecast(set.bull).value("market.total", 2024)).toBe(8288);
  });
});

describe("anchors in the Monte Carlo", () => {
  it("hold in every trial: the anchored total is 8288 in 2024 at every percentile", () => {
    const set = scenarioSetFromTable([
      ["Key", "Bear", "Base", "Bull"],
      ["actual.market.total.2024", 8288, 8288, 8288],
      ["anchor.market.total", 0, 2024, 2024],
    ]);
    const result = runMonteCarlo(set, { trials: 200, seed: 3 });
    expect(result.percentile("market.total", 2024, 0.1)).toBe(8288);
    expect(result.percentile("market.total", 2024, 0.9)).toBe(8288);
    expect(result.percentile("market.total", 2030, 0.9)).toBeGreaterThan(
      result.percentile("market.total", 2030, 0.1),
    );
  });
});
