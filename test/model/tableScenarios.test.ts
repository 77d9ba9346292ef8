import { findAssumption } from "../../src/model/assumptions";
import { boundsProblem, requireWithinBounds } from "../../src/model/bounds";
import {
  blockingProblems,
  expectedInputsTable,
  readInputsTable,
  tableScenario,
  tableScenarioSet,
} from "../../src/model/inputsTable";
import { scenarioValue } from "../../src/model/scenario";
import { modelError } from "./modelError";

type Grid = unknown[][];

function freshTable(custom: string[] = []): Grid {
  const expected = expectedInputsTable("en", custom);
  return [[...expected.header], ...expected.rows.map((row) => [...row])];
}

/** Sets `key`'s cell in the column headed `header`. */
function put(grid: Grid, key: string, header: string, value: unknown): Grid {
  const row = grid.find((r) => r[0] === key);
  const column = grid[0]?.indexOf(header) ?? -1;
  if (!row || column < 0) throw new Error(`no cell ${key} ${header}`);
  row[column] = value;
  return grid;
}

const GROWTH = "market.gov.growth.near";

describe("the one bounds rule", () => {
  const definition = findAssumption(GROWTH);
  if (!definition) throw new Error("catalogue without market.gov.growth.near");

  it("accepts the bounds themselves and says why a value is outside", () => {
    expect(boundsProblem(definition, definition.lower)).toBeUndefined();
    expect(boundsProblem(definition, definition.upper)).toBeUndefined();
    expect(boundsProblem(definition, definition.upper + 1)).toEqual({
      kind: "outOfBounds",
      key: GROWTH,
      value: definition.upper + 1,
      lower: definition.lower,
      upper: definition.upper,
    });
    expect(boundsProblem(definition, Number.NaN)?.kind).toBe("notFinite");
    expect(boundsProblem(definition, Number.POSITIVE_INFINITY)?.kind).toBe("notFinite");
  });

  it("throws for the engine with the key, where and limits", () => {
    const error = modelError(() => requireWithinBounds(definition, 9, { en: " (row 3)", zh: "(第 3 行)" }));
    expect(error.kind).toBe("outOfRange");
    expect(error.message).toBe(
      `${GROWTH} (row 3) is 9; it must be between ${definition.lower} and ${definition.upper}.`,
    );
    expect(modelError(() => requireWithinBounds(definition, Number.NaN)).kind).toBe("invalidValue");
  });
});

describe("the table's scenarios under the named policies", () => {
  it("compute a column from exactly its cells", () => {
    const reading = readInputsTable(put(freshTable(), GROWTH, "Base", 0.31));
    expect(scenarioValue(tableScenario(reading, "Base"), GROWTH)).toBe(0.31);
    expect(scenarioValue(tableScenarioSet(reading).bull, GROWTH)).toBe(findAssumption(GROWTH)?.values.bull);
  });

  it("refuse a scenario whose column holds a bad cell, with the reader's message, and only that one", () => {
    const reading = readInputsTable(put(freshTable(["Stress"]), GROWTH, "Stress", "abc"));
    const [problem] = reading.problems;
    expect(modelError(() => tableScenario(reading, "Stress")).message).toBe(problem?.message);
    // Bear, Base and Bull do not read the Stress column: the functions and the Risk tab still run.
    expect(() => tableScenarioSet(reading)).not.toThrow();
    // The Forecast sheet charts every scenario column, so it is refused.
    expect(blockingProblems(reading, "forecastSheet")).toEqual([problem]);
  });

  it("let a value typed in the pane (a draft) stand for the bad cell it replaces", () => {
    const reading = readInputsTable(put(freshTable(), GROWTH, "Base", "0,3"));
    expect(scenarioValue(tableScenario(reading, "Base", { [GROWTH]: 0.3 }), GROWTH)).toBe(0.3);
  });

  it("refuse a key given twice or unknown everywhere; a missing row only in the Forecast sheet", () => {
    const twice = freshTable();
    twice.push([...(twice[1] ?? [])]);
    expect(modelError(() => tableScenarioSet(readInputsTable(twice))).message).toMatch(/appears twice/);

    const unknown = freshTable();
    unknown.push(["market.gov.growth.nearr", "", "", 0.1, 0.2, 0.3, "", ""]);
    expect(modelError(() => tableScenario(readInputsTable(unknown), "Bull")).message).toMatch(
      /"market\.gov\.growth\.nearr" .* is not an assumption key/,
    );

    const missingRow = freshTable().filter((row) => row[0] !== GROWTH);
    const reading = readInputsTable(missingRow);
    // The built-in value stands, as in any scenario range that leaves the key out.
    expect(scenarioValue(tableScenario(reading, "Bear"), GROWTH)).toBe(findAssumption(GROWTH)?.values.bear);
    expect(blockingProblems(reading, "strict")).toEqual([]);
    expect(blockingProblems(reading, "forecastSheet").map((p) => p.kind)).toEqual(["missingRow"]);
  });
});
