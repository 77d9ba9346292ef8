import {
  FORMULAS_SHEET_HEADING,
  blockAddress,
  entryBlock,
  keptFormulas,
  nextEntryRow,
  planRestore,
} from "../../src/workbook/sharingPlan";

/** The formulas sheet's layout and Restore's plan; expected cells written by hand. */

const MARKET = '=GOVCLOUD.MARKET(2025,"gov",GC_BASE)';
const PROJECTION = '=GOVCLOUD.PROJECTION("market.gov",2020,2022)';

describe("the formulas sheet's layout", () => {
  it("has a title in A1 and the entries' header in A2:D2, both bold, over columns A:D", () => {
    const [title, header] = FORMULAS_SHEET_HEADING.blocks;
    expect(title && blockAddress(title)).toBe("A1");
    expect(title?.rows[0]?.[0]).toMatch(/^GOVCLOUD formulas replaced by their values for sharing\. Restore/);
    expect(header && blockAddress(header)).toBe("A2:D2");
    expect(header?.rows).toEqual([["Sheet", "Cell", "Formula", "Spilled range"]]);
    expect(FORMULAS_SHEET_HEADING.blocks.every((block) => block.bold === true)).toBe(true);
    expect([FORMULAS_SHEET_HEADING.columns, FORMULAS_SHEET_HEADING.columnWidth]).toEqual(["A:D", 120]);
  });

  it("puts entries from row 3 of a new sheet, and below the last used row of a kept one", () => {
    expect(nextEntryRow(undefined)).toBe(3);
    expect(nextEntryRow(1)).toBe(3);
    expect(nextEntryRow(2)).toBe(3);
    expect(nextEntryRow(9)).toBe(10);
    const block = entryBlock(
      [
        { sheet: "Model", cell: "A1", formula: MARKET, spill: "" },
        { sheet: "Model", cell: "A3", formula: PROJECTION, spill: "A3:B5" },
      ],
      7,
    );
    expect(blockAddress(block)).toBe("A7:D8");
    expect(block.rows).toEqual([
      ["Model", "A1", MARKET, ""],
      ["Model", "A3", PROJECTION, "A3:B5"],
    ]);
  });
});

describe("keptFormulas", () => {
  it("reads the entries below the header, wherever the used range starts", () => {
    const values = [
      ["title", "", "", ""],
      ["Sheet", "Cell", "Formula", "Spilled range"],
      ["Model", "A1", MARKET, ""],
      ["Model", "A3", PROJECTION, "A3:B5"],
    ];
    expect(keptFormulas(values, 1, 1)).toEqual([
      { sheet: "Model", cell: "A1", formula: MARKET, spill: "" },
      { sheet: "Model", cell: "A3", formula: PROJECTION, spill: "A3:B5" },
    ]);
    // A block read from row 3; and a used range that starts in column B (column A cleared): B is "Cell".
    expect(keptFormulas(values.slice(2), 3, 1)).toHaveLength(2);
    expect(keptFormulas([["A1", MARKET, ""]], 3, 2)).toEqual([]);
  });

  it("tolerates a leading apostrophe, a missing '=', spaces and blank or incomplete rows", () => {
    const values = [
      ["Model", "A1", `'${MARKET}`, ""],
      ["", "", "", ""],
      [" Other ", " C2 ", "govcloud.cagr(1,2,3)", " "],
      ["Model", "", MARKET, ""],
      ["Model", "B2", "", ""],
      [2019, "A1", "=GOVCLOUD.MARKET(2019)", undefined],
    ];
    expect(keptFormulas(values, 3, 1)).toEqual([
      { sheet: "Model", cell: "A1", formula: MARKET, spill: "" },
      { sheet: "Other", cell: "C2", formula: "=govcloud.cagr(1,2,3)", spill: "" },
      { sheet: "2019", cell: "A1", formula: "=GOVCLOUD.MARKET(2019)", spill: "" },
    ]);
  });
});

describe("planRestore", () => {
  it("writes each formula into its sheet as the workbook names it, clearing what a spill left first", () => {
    const steps = planRestore(
      [
        { sheet: "model", cell: "$a$1", formula: MARKET, spill: "" },
        { sheet: "Model", cell: "A3", formula: PROJECTION, spill: "A3:B5" },
      ],
      ["Cover", "Model"],
    );
    expect(steps).toEqual([
      { sheet: "Model", cell: "A1", formula: MARKET },
      {
        sheet: "Model",
        cell: "A3",
        formula: PROJECTION,
        clear: { sheet: "Model", top: 3, left: 1, bottom: 5, right: 2 },
      },
    ]);
  });

  it("refuses, naming each sheet once, when sheets it must write into are gone", () => {
    const kept = [
      { sheet: "Gone", cell: "A1", formula: MARKET, spill: "" },
      { sheet: "Gone", cell: "A2", formula: MARKET, spill: "" },
      { sheet: "Model", cell: "A3", formula: PROJECTION, spill: "" },
      { sheet: "Also gone", cell: "A1", formula: MARKET, spill: "" },
    ];
    expect(() => planRestore(kept, ["Model"])).toThrow(
      'The sheet "Gone", "Also gone" that held GOVCLOUD formulas is gone or renamed: restore its name (as listed on "GovCloud Formulas"), then press Restore again. Nothing was changed.',
    );
  });

  it("refuses a cell or spilled range that is not an address, saying where", () => {
    expect(() =>
      planRestore([{ sheet: "Model", cell: "A1:B2", formula: MARKET, spill: "" }], ["Model"]),
    ).toThrow(
      /^"A1:B2" on "GovCloud Formulas" \(the row of Model, formula =GOVCLOUD\.MARKET.*is not a cell address.*Nothing was changed\.$/,
    );
    expect(() =>
      planRestore([{ sheet: "Model", cell: "A1", formula: MARKET, spill: "A1:?" }], ["Model"]),
    ).toThrow(/^"A1:\?" on "GovCloud Formulas"/);
  });
});
