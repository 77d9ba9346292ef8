import { OfficeMockObject } from "office-addin-mock";

/**
 * A small in-memory Excel behind office-addin-mock objects, for the tests of src/office/. Every API
 * object the code gets is an OfficeMockObject, so a property read before `load` + `context.sync()`
 * yields the mock's "not loaded" text instead of data and the test fails; writes go to a cell grid
 * at once (Excel would apply them at the next sync, which the code under test always awaits before
 * reading back); loads are answered from the grid as it is at the sync. Only the API the add-in uses
 * exists: anything else is a TypeError, so a misspelled call fails its test.
 */

export type CellValue = string | number | boolean;

export interface FakeCell {
  value: CellValue;
  formula?: string;
  numberFormat: string;
}

interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const MAX_ROW = 1_048_576;
const MOCK_ERRORS = new Set(["Error, property was not loaded", "Error, context.sync() was not called"]);

export function columnNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
}

export function columnLetters(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function parseBox(address: string): Box {
  const bare = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
  const [first = "", last = first] = bare.split(":");
  const whole = /^([A-Z]+)$/.exec(first);
  if (whole) {
    const lastLetters = /^([A-Z]+)$/.exec(last)?.[1] ?? whole[1] ?? "A";
    return { top: 1, bottom: MAX_ROW, left: columnNumber(whole[1] ?? "A"), right: columnNumber(lastLetters) };
  }
  const a = /^([A-Z]+)(\d+)$/.exec(first);
  const b = /^([A-Z]+)(\d+)$/.exec(last);
  if (!a || !b) throw new Error(`fake Excel: cannot read the address ${address}`);
  return {
    left: columnNumber(a[1] ?? ""),
    top: Number(a[2]),
    right: columnNumber(b[1] ?? ""),
    bottom: Number(b[2]),
  };
}

function boxText(box: Box): string {
  const first = `${columnLetters(box.left)}${box.top}`;
  const last = `${columnLetters(box.right)}${box.bottom}`;
  return first === last ? first : `${first}:${last}`;
}

function quoted(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** An error shaped like OfficeExtension.Error. */
export function officeError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

export class FakeSheet {
  readonly cells = new Map<string, FakeCell>();
  /** Anchor "row,column" → the range its dynamic array spills into. */
  readonly spills = new Map<string, Box>();
  readonly hiddenColumns = new Set<number>();
  /** Address → the data validation rule set on it. */
  readonly validations = new Map<string, unknown>();
  frozenAt: string | undefined;
  frozenRows = 0;
  frozenColumns = 0;
  /** What the code set through `worksheet.pageLayout` (ExcelApi 1.9). */
  readonly pageLayout: FakePageLayout = { headersFooters: {} };

  constructor(public name: string) {}

  cell(row: number, column: number): FakeCell | undefined {
    return this.cells.get(`${row},${column}`);
  }

  /** The cell's value as Excel's `values` gives it. */
  value(address: string): CellValue {
    const { top, left } = parseBox(address);
    return this.cell(top, left)?.value ?? "";
  }

  formula(address: string): CellValue {
    const { top, left } = parseBox(address);
    const cell = this.cell(top, left);
    return cell?.formula ?? cell?.value ?? "";
  }

  numberFormat(address: string): string {
    const { top, left } = parseBox(address);
    return this.cell(top, left)?.numberFormat ?? "General";
  }

  /** Sets a cell the way `values` does: "=…", "+…", "-…" are formulas (with `cached` as their value), "'…" text. */
  put(address: string, content: CellValue, cached: CellValue = 0): void {
    const { top, left } = parseBox(address);
    this.write(top, left, content, cached);
  }

  /** Puts a grid of values with its top-left cell at `address`. */
  putRows(address: string, rows: readonly (readonly CellValue[])[]): void {
    const { top, left } = parseBox(address);
    rows.forEach((row, i) => row.forEach((value, j) => this.write(top + i, left + j, value)));
  }

  write(row: number, column: number, content: unknown, cached: CellValue = 0): void {
    const key = `${row},${column}`;
    const numberFormat = this.cells.get(key)?.numberFormat ?? "General";
    // Overwriting a dynamic array's anchor takes its spilled values away with the formula.
    const spill = this.spills.get(key);
    if (spill && content !== this.cells.get(key)?.formula) {
      for (let r = spill.top; r <= spill.bottom; r++) {
        for (let c = spill.left; c <= spill.right; c++)
          if (r !== row || c !== column) this.cells.delete(`${r},${c}`);
      }
    }
    this.spills.delete(key);
    // Microsoft's Range.values reference: "If the returned value starts with a plus ("+"), minus ("-"),
    // or equal sign ("="), Excel interprets this value as a formula." No more than that: "@…" and
    // date-like text are left alone here, since the docs say nothing of them for `values`.
    if (typeof content === "string" && /^[=+-]/.test(content)) {
      this.cells.set(key, { value: cached, formula: content, numberFormat });
    } else if (typeof content === "string" && content.startsWith("'")) {
      this.cells.set(key, { value: content.slice(1), numberFormat });
    } else if (content === "" || content === null || content === undefined) {
      if (numberFormat === "General") this.cells.delete(key);
      else this.cells.set(key, { value: "", numberFormat });
    } else if (typeof content === "string" || typeof content === "number" || typeof content === "boolean") {
      this.cells.set(key, { value: content, numberFormat });
    } else {
      throw new Error(`fake Excel: a cell cannot hold ${JSON.stringify(content)}`);
    }
  }

  setFormat(row: number, column: number, numberFormat: string): void {
    const key = `${row},${column}`;
    const cell = this.cells.get(key);
    this.cells.set(key, { value: "", ...cell, numberFormat });
  }

  /** Where the cells with content are. */
  usedBox(): Box | undefined {
    const filled = [...this.cells.entries()].filter(([, c]) => c.value !== "" || c.formula !== undefined);
    if (filled.length === 0) return undefined;
    const positions = filled.map(([key]) => key.split(",").map(Number) as [number, number]);
    return {
      top: Math.min(...positions.map(([r]) => r)),
      bottom: Math.max(...positions.map(([r]) => r)),
      left: Math.min(...positions.map(([, c]) => c)),
      right: Math.max(...positions.map(([, c]) => c)),
    };
  }

  /** Moves the cells of rows top…bottom at or right of `from` by `by` columns (table column inserts and deletes). */
  shiftColumns(top: number, bottom: number, from: number, by: number): void {
    const moved: [string, FakeCell][] = [];
    for (const [key, cell] of [...this.cells.entries()]) {
      const [row = 0, column = 0] = key.split(",").map(Number);
      if (row >= top && row <= bottom && column >= from) {
        this.cells.delete(key);
        moved.push([`${row},${column + by}`, cell]);
      }
    }
    for (const [key, cell] of moved) this.cells.set(key, cell);
  }

  /** Moves the cells of rows from…to within columns left…right up by one (a table row deleted). */
  shiftRowsUp(from: number, to: number, left: number, right: number): void {
    const moved: [string, FakeCell][] = [];
    for (const [key, cell] of [...this.cells.entries()]) {
      const [row = 0, column = 0] = key.split(",").map(Number);
      if (row >= from && row <= to && column >= left && column <= right) {
        this.cells.delete(key);
        moved.push([`${row - 1},${column}`, cell]);
      }
    }
    for (const [key, cell] of moved) this.cells.set(key, cell);
  }

  grid(box: Box, read: (cell: FakeCell | undefined) => unknown): unknown[][] {
    if (box.bottom - box.top > 10_000) return [];
    return Array.from({ length: box.bottom - box.top + 1 }, (_, i) =>
      Array.from({ length: box.right - box.left + 1 }, (_, j) => read(this.cell(box.top + i, box.left + j))),
    );
  }
}

export interface FakePageLayout {
  orientation?: string;
  zoom?: Excel.PageLayoutZoomOptions;
  printTitleRows?: string;
  printTitleColumns?: string;
  /** `headersFooters.defaultForAllPages`: leftHeader, centerFooter, … as set. */
  headersFooters: Record<string, string>;
}

/**
 * Stands in for `Office.context.requirements` with the ExcelApi version the simulated host has;
 * `isSetSupported(name, minVersion)` is true when the host's version of that set is at least
 * minVersion (https://learn.microsoft.com/javascript/api/office/office.requirementsetsupport).
 * Returns a function that removes the stand-in.
 */
export function simulateExcelApi(version: string): () => void {
  const atLeast = (have: string, want: string): boolean => {
    const [haveMajor = 0, haveMinor = 0] = have.split(".").map(Number);
    const [wantMajor = 0, wantMinor = 0] = want.split(".").map(Number);
    return haveMajor > wantMajor || (haveMajor === wantMajor && haveMinor >= wantMinor);
  };
  const global = globalThis as { Office?: unknown };
  const before = global.Office;
  global.Office = {
    context: {
      requirements: {
        isSetSupported: (name: string, minVersion = "1.1") =>
          name === "ExcelApi" && atLeast(version, String(minVersion)),
      },
    },
  };
  return () => {
    global.Office = before;
  };
}

export class FakeTable {
  style = "";
  readonly changeHandlers: ((args: unknown) => Promise<unknown>)[] = [];

  constructor(
    public name: string,
    public sheet: FakeSheet,
    public box: Box,
  ) {}

  get header(): unknown[] {
    return this.sheet.grid({ ...this.box, bottom: this.box.top }, (c) => c?.value ?? "")[0] ?? [];
  }

  /** The table's values, header first. */
  get values(): unknown[][] {
    return this.sheet.grid(this.box, (c) => c?.value ?? "");
  }
}

export interface FakeSeries {
  name: string;
  values: string;
  categories?: string;
  /**
   * ChartSeries.overlap as last set (ExcelApi 1.8, -100 to 100:
   * https://learn.microsoft.com/javascript/api/excel/excel.chartseries#excel-excel-chartseries-overlap-member);
   * only recorded, the fake draws nothing.
   */
  overlap?: number;
}

export interface FakeChart {
  readonly sheet: string;
  readonly type: string;
  readonly seriesBy: string;
  readonly series: FakeSeries[];
  position?: [string, string];
  /** The chart object the code got, to read its title, legend and axes. */
  mock: Excel.Chart;
}

export interface RangeRecord {
  readonly sheet: string;
  readonly address: string;
  readonly range: Excel.Range;
}

type Raw = OfficeMockObject & Record<string, unknown>;
type Hooks = Record<string, (value: unknown) => void>;

interface Registered {
  readonly raw: Raw;
  readonly refresh?: () => Record<string, unknown>;
}

/** Every fake of the running test, checked after it for changes never synced. */
const fakesOfThisTest: FakeExcel[] = [];
/** The `Office` global a fake installed (only where the test had none), removed after the test. */
let installedOffice: unknown;

afterEach(() => {
  if (installedOffice !== undefined && (globalThis as { Office?: unknown }).Office === installedOffice) {
    delete (globalThis as { Office?: unknown }).Office;
  }
  installedOffice = undefined;
  const unsynced = fakesOfThisTest.filter((fake) => fake.pendingWrites > 0);
  fakesOfThisTest.length = 0;
  if (unsynced.length > 0) {
    throw new Error(
      "The code under test changed the workbook after its last context.sync(): Excel would drop those changes.",
    );
  }
});

export class FakeExcel {
  readonly sheets: FakeSheet[] = [];
  readonly tables: FakeTable[] = [];
  /** Upper-case name → the name as added and its formula. */
  readonly names = new Map<string, { name: string; formula: string }>();
  readonly settings = new Map<string, unknown>();
  readonly charts: FakeChart[] = [];
  /** Every range object the code asked for, in order. */
  readonly ranges: RangeRecord[] = [];
  readonly activated: string[] = [];
  syncs = 0;
  /**
   * Cells each request carried: cells of every range whose values, formulas or number formats were
   * loaded, or whose values or formulas were written, between two syncs (each property counted), one
   * entry per sync. Excel on the web
   * rejects a request or response over 5 MB ("Resource limits and performance optimization for Office
   * Add-ins": payload size limit for requests and responses), so tests bound this.
   */
  readonly cellsPerSync: number[] = [];
  /** The same requests' cell data as JSON characters, the size Excel's 5 MB limit is about. */
  readonly bytesPerSync: number[] = [];
  private cellsInRequest = 0;
  private bytesInRequest = 0;
  /**
   * Changes made since the last sync. Excel applies queued changes only when the code syncs, so a
   * test checks this is 0 after an operation: a forgotten final sync would lose the changes.
   */
  pendingWrites = 0;
  readonly context: Excel.RequestContext;

  private readonly registered: Registered[] = [];
  private readonly loadCalled = new Set<Raw>();
  private readonly pendingCollections: (() => void)[] = [];
  private readonly rangeBoxes = new WeakMap<object, { sheet: FakeSheet; box: Box }>();

  /**
   * The requirement sets this Excel supports, answered by `Office.context.requirements.isSetSupported`
   * (true when the host's version of the set is at least the one asked for; docs: "Check for API
   * availability at runtime"). By default a current Microsoft 365; a test of an older host lowers it.
   */
  readonly apiSets = new Map<string, string>([
    ["ExcelApi", "1.12"],
    ["CustomFunctionsRuntime", "1.3"],
    ["SharedRuntime", "1.1"],
  ]);

  constructor() {
    fakesOfThisTest.push(this);
    if ((globalThis as { Office?: unknown }).Office === undefined) {
      installedOffice = {
        context: {
          requirements: {
            isSetSupported: (name: string, version?: string) => this.isSetSupported(name, version),
          },
        },
      };
      Object.defineProperty(globalThis, "Office", {
        value: installedOffice,
        configurable: true,
        writable: true,
      });
    }
    this.context = this.mock<Excel.RequestContext>({
      workbook: {
        worksheets: this.worksheetCollection(),
        tables: {
          getItem: (name: string) => this.tableMock(this.requireTable(name)),
          getItemOrNullObject: (name: string) => {
            const table = this.findTable(name);
            return table ? this.tableMock(table) : this.nullObject();
          },
        },
        names: this.nameCollection(),
        settings: {
          add: (key: string, value: unknown) => {
            this.pendingWrites += 1;
            this.settings.set(key, value);
            return this.settingMock(key);
          },
          getItemOrNullObject: (key: string) =>
            this.settings.has(key) ? this.settingMock(key) : this.nullObject(),
        },
      },
      sync: () => this.sync(),
    });
  }

  // --- test set-up and inspection -------------------------------------------------------------

  /**
   * OfficeDev/office-js#740: since Excel 1904, `names.add` with a structured reference stored the
   * range it covered at that moment (`=Sheet1!$A$1`) instead of the reference; `addFormulaLocal` kept
   * it. Off by default (the documented behaviour); a test of that Excel turns it on.
   */
  namesAddStoresFixedRanges = false;

  /**
   * Opt-in stand-ins for what Excel does by itself, for tests that need it: `calculate` gives a
   * formula's value when it is written (Excel calculates it); `raiseTableEvents` makes a write into a
   * table's cells call the table's change handlers at the next sync (Table.onChanged, ExcelApi 1.7).
   */
  calculate: ((formula: string) => CellValue | undefined) | undefined;
  raiseTableEvents = false;
  private readonly pendingEvents: { table: FakeTable; address: string }[] = [];

  /** A structured reference to a table as the fixed A1 range the table covers now. */
  fixedRangeOf(formula: string): string {
    const table = this.tables.find((t) => formula.toUpperCase().includes(`${t.name.toUpperCase()}[`));
    return table
      ? `=${quoted(table.sheet.name)}!${boxText(table.box).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")}`
      : formula;
  }

  isSetSupported(name: string, version = "1.1"): boolean {
    const supported = this.apiSets.get(name);
    if (supported === undefined) return false;
    const [major = 0, minor = 0] = supported.split(".").map(Number);
    const [askedMajor = 0, askedMinor = 0] = version.split(".").map(Number);
    return major > askedMajor || (major === askedMajor && minor >= askedMinor);
  }

  addSheet(name: string): FakeSheet {
    if (this.sheet(name)) throw officeError("ItemAlreadyExists", `A sheet named ${name} exists.`);
    const sheet = new FakeSheet(name);
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  requireSheet(name: string): FakeSheet {
    const sheet = this.sheet(name);
    if (!sheet) throw officeError("ItemNotFound", `The sheet ${name} does not exist.`);
    return sheet;
  }

  findTable(name: string): FakeTable | undefined {
    return this.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
  }

  requireTable(name: string): FakeTable {
    const table = this.findTable(name);
    if (!table) throw officeError("ItemNotFound", `The table ${name} does not exist.`);
    return table;
  }

  /** Makes a table over existing cells, as Insert › Table does. */
  addTable(sheet: FakeSheet, address: string, name: string): FakeTable {
    const table = new FakeTable(name, sheet, parseBox(address));
    this.tables.push(table);
    return table;
  }

  /** The range objects the code asked for on a sheet at an address (e.g. to check their formats). */
  rangesAt(sheet: string, address: string): Excel.Range[] {
    return this.ranges.filter((r) => r.sheet === sheet && r.address === address).map((r) => r.range);
  }

  /** Calls the table's change handlers, as Excel does when a user types into it. */
  async fireTableChanged(name: string, args: Partial<Excel.TableChangedEventArgs> = {}): Promise<void> {
    for (const handler of this.requireTable(name).changeHandlers)
      await handler({ type: "TableChanged", ...args });
  }

  // --- the mock objects -------------------------------------------------------------------------

  private mock<T>(data: object, hooks: Hooks = {}, refresh?: () => Record<string, unknown>): T {
    const raw = new OfficeMockObject(data) as Raw;
    this.registered.push({ raw, ...(refresh ? { refresh } : {}) });
    return new Proxy(raw, {
      get: (target, property, receiver) => {
        // Only objects asked to load since the last sync need syncing: that keeps big sheets fast.
        if (property === "load") this.loadCalled.add(raw);
        return Reflect.get(target, property, receiver) as unknown;
      },
      set: (target, property, value: unknown) => {
        const hook = typeof property === "string" ? hooks[property] : undefined;
        if (hook && !(typeof value === "string" && MOCK_ERRORS.has(value))) {
          hook(value);
          this.pendingWrites += 1;
        }
        (target as Record<string | symbol, unknown>)[property] = value;
        return true;
      },
    }) as unknown as T;
  }

  private nullObject<T>(): T {
    return this.mock<T>({ isNullObject: true, value: "", address: "", values: [], formulas: [], name: "" });
  }

  /** Answers pending loads from the grid as it is now, as Excel's sync does. */
  private async sync(): Promise<void> {
    this.syncs += 1;
    this.cellsPerSync.push(this.cellsInRequest);
    this.bytesPerSync.push(this.bytesInRequest);
    this.cellsInRequest = 0;
    this.bytesInRequest = 0;
    this.pendingWrites = 0;
    for (const fill of this.pendingCollections.splice(0)) fill();
    // The context (first registered) holds the workbook's collections, whose loads it syncs itself.
    const context = this.registered[0]?.raw;
    if (context) this.loadCalled.add(context);
    const toSync = this.registered.filter(({ raw }) => this.loadCalled.has(raw));
    this.loadCalled.clear();
    for (const { raw, refresh } of toSync) {
      if (!refresh) continue;
      const properties = (raw as unknown as { _properties: Map<string, { _valueBeforeLoaded: unknown }> })
        ._properties;
      for (const [name, value] of Object.entries(refresh())) {
        const property = properties.get(name);
        if (property) property._valueBeforeLoaded = value;
      }
    }
    for (const { raw } of toSync) await OfficeMockObject.prototype.sync.call(raw);
    for (const { table, address } of this.pendingEvents.splice(0)) {
      for (const handler of [...table.changeHandlers]) await handler({ type: "TableChanged", address });
    }
    // The mock settles loaded properties in promise callbacks it does not await.
    await new Promise((resolve) => setImmediate(resolve));
  }

  /**
   * A collection's `load` remembers the collection object it was called on (OfficeMockObject copies
   * data functions onto its own object) and fills that object's `items` at the next sync.
   */
  private loadItems(
    what: string,
    kind: string,
    items: () => unknown[],
  ): (this: Record<string, unknown>) => void {
    if (!/items\/name/.test(what)) throw new Error(`fake Excel: ${kind}.load("${what}") is not supported`);
    const pending = this.pendingCollections;
    return function (this: Record<string, unknown>) {
      pending.push(() => {
        this.items = items();
      });
    };
  }

  private worksheetCollection(): object {
    const loader = (what: string) =>
      this.loadItems(what, "worksheets", () =>
        this.sheets.map((sheet) => {
          const mock = this.worksheetMock(sheet);
          (mock as unknown as OfficeMockObject).load("name");
          return mock;
        }),
      );
    return {
      getItem: (name: string) => this.worksheetMock(this.requireSheet(name)),
      getItemOrNullObject: (name: string) => {
        const sheet = this.sheet(name);
        return sheet ? this.worksheetMock(sheet) : this.nullObject();
      },
      add: (name: string) => {
        this.pendingWrites += 1;
        return this.worksheetMock(this.addSheet(name));
      },
      load(this: Record<string, unknown>, what: string) {
        loader(what).call(this);
      },
    };
  }

  private nameCollection(): object {
    const loader = (what: string) =>
      this.loadItems(what, "names", () => [...this.names.values()].map((item) => ({ ...item })));
    return {
      add: (name: string, formula: string) => {
        this.pendingWrites += 1;
        if (this.names.has(name.toUpperCase()))
          throw officeError("ItemAlreadyExists", `The name ${name} exists.`);
        const stored = this.namesAddStoresFixedRanges ? this.fixedRangeOf(formula) : formula;
        this.names.set(name.toUpperCase(), { name, formula: stored });
        return this.nameMock(name);
      },
      // office-js#740: the reporters' workaround, which kept the structured reference.
      addFormulaLocal: (name: string, formula: string) => {
        this.pendingWrites += 1;
        if (this.names.has(name.toUpperCase()))
          throw officeError("ItemAlreadyExists", `The name ${name} exists.`);
        this.names.set(name.toUpperCase(), { name, formula });
        return this.nameMock(name);
      },
      getItem: (name: string) => {
        if (!this.names.has(name.toUpperCase())) throw officeError("ItemNotFound", `No name ${name}.`);
        return this.nameMock(name);
      },
      getItemOrNullObject: (name: string) =>
        this.names.has(name.toUpperCase()) ? this.nameMock(name) : this.nullObject(),
      load(this: Record<string, unknown>, what: string) {
        loader(what).call(this);
      },
    };
  }

  private settingMock(key: string): Excel.Setting {
    return this.mock<Excel.Setting>(
      { isNullObject: false, key, value: this.settings.get(key) as CellValue },
      {},
      () => ({
        value: this.settings.get(key),
      }),
    );
  }

  private nameMock(name: string): Excel.NamedItem {
    const item = () => this.names.get(name.toUpperCase());
    return this.mock<Excel.NamedItem>(
      {
        isNullObject: false,
        name: item()?.name ?? name,
        formula: item()?.formula ?? "",
        delete: () => {
          this.pendingWrites += 1;
          this.names.delete(name.toUpperCase());
        },
      },
      {
        formula: (value) => {
          const found = item();
          if (!found) throw officeError("ItemNotFound", `No name ${name}.`);
          found.formula = String(value);
        },
      },
    );
  }

  private worksheetMock(sheet: FakeSheet): Excel.Worksheet {
    const worksheet = this.mock<Excel.Worksheet>(
      {
        isNullObject: false,
        name: sheet.name,
        getRange: (address: string) => this.rangeMock(sheet, parseBox(address)),
        getUsedRangeOrNullObject: () => {
          const box = sheet.usedBox();
          return box ? this.rangeMock(sheet, box) : this.nullObject();
        },
        tables: {
          add: (address: string, hasHeaders: boolean) => {
            this.pendingWrites += 1;
            if (!hasHeaders) throw new Error("fake Excel: tables without headers are not supported");
            const table = new FakeTable(`Table${this.tables.length + 1}`, sheet, parseBox(address));
            this.tables.push(table);
            return this.tableMock(table);
          },
        },
        charts: {
          add: (type: string, source: Excel.Range, seriesBy: string) => {
            this.pendingWrites += 1;
            const record: FakeChart = {
              sheet: sheet.name,
              type,
              seriesBy,
              series: [{ name: "", values: this.addressOf(source) }],
              mock: undefined as unknown as Excel.Chart,
            };
            record.mock = this.chartMock(record);
            this.charts.push(record);
            return record.mock;
          },
        },
        freezePanes: {
          freezeAt: (range: string) => {
            this.pendingWrites += 1;
            sheet.frozenAt = range;
          },
          freezeRows: (count: number) => {
            this.pendingWrites += 1;
            sheet.frozenRows = count;
          },
          freezeColumns: (count: number) => {
            this.pendingWrites += 1;
            sheet.frozenColumns = count;
          },
        },
        activate: () => {
          this.pendingWrites += 1;
          this.activated.push(sheet.name);
        },
        // A deleted sheet takes its charts with it (Worksheet.delete deletes the worksheet and what is on it).
        delete: () => {
          this.pendingWrites += 1;
          this.sheets.splice(this.sheets.indexOf(sheet), 1);
          this.charts.splice(0, this.charts.length, ...this.charts.filter((c) => c.sheet !== sheet.name));
        },
        position: this.sheets.indexOf(sheet),
      },
      {
        // Setting a sheet's zero-based position moves it among the sheets (ExcelApi 1.1).
        position: (value) => {
          const to = Number(value);
          if (!Number.isInteger(to) || to < 0 || to >= this.sheets.length) {
            throw officeError("InvalidArgument", `No sheet position ${String(value)}.`);
          }
          this.sheets.splice(this.sheets.indexOf(sheet), 1);
          this.sheets.splice(to, 0, sheet);
        },
      },
    );
    // Mocks cannot be data of another mock: attached afterwards, as a range's dataValidation is.
    (worksheet as { pageLayout: unknown }).pageLayout = this.pageLayoutMock(sheet);
    return worksheet;
  }

  /**
   * `worksheet.pageLayout`: orientation, zoom, print titles (which must span whole rows or columns,
   * as the docs of setPrintTitleRows/Columns require) and the default header/footer.
   */
  private pageLayoutMock(sheet: FakeSheet): Excel.PageLayout {
    const record = sheet.pageLayout;
    const wholeRows = /^\$?\d+:\$?\d+$/;
    const wholeColumns = /^\$?[A-Z]+:\$?[A-Z]+$/;
    const sections = [
      "leftHeader",
      "centerHeader",
      "rightHeader",
      "leftFooter",
      "centerFooter",
      "rightFooter",
    ];
    const headerFooter = this.mock(
      Object.fromEntries(sections.map((name) => [name, ""])),
      Object.fromEntries(
        sections.map((name) => [name, (value: unknown) => (record.headersFooters[name] = String(value))]),
      ),
    );
    const pageLayout = this.mock<Excel.PageLayout>(
      {
        orientation: "Portrait",
        zoom: {},
        setPrintTitleRows: (rows: string) => {
          this.pendingWrites += 1;
          if (!wholeRows.test(rows))
            throw officeError("InvalidArgument", `Print titles must be whole rows: ${rows}`);
          record.printTitleRows = rows;
        },
        setPrintTitleColumns: (columns: string) => {
          this.pendingWrites += 1;
          if (!wholeColumns.test(columns))
            throw officeError("InvalidArgument", `Print titles must be whole columns: ${columns}`);
          record.printTitleColumns = columns;
        },
      },
      {
        orientation: (value) => (record.orientation = String(value)),
        zoom: (value) => (record.zoom = value as Excel.PageLayoutZoomOptions),
      },
    );
    (pageLayout as { headersFooters: unknown }).headersFooters = { defaultForAllPages: headerFooter };
    return pageLayout;
  }

  private addressOf(range: unknown): string {
    const info = this.rangeBoxes.get(range as object);
    if (!info) throw new Error("fake Excel: expected a range object of this workbook");
    return boxText(info.box);
  }

  private rangeMock(sheet: FakeSheet, box: Box): Excel.Range {
    const height = box.bottom - box.top + 1;
    const width = box.right - box.left + 1;
    const grids = {
      values: () => sheet.grid(box, (c) => c?.value ?? ""),
      formulas: () => sheet.grid(box, (c) => c?.formula ?? c?.value ?? ""),
      numberFormat: () => sheet.grid(box, (c) => c?.numberFormat ?? "General"),
    };
    const snapshot = () => ({
      address: `${quoted(sheet.name)}!${boxText(box)}`,
      values: grids.values(),
      formulas: grids.formulas(),
      numberFormat: grids.numberFormat(),
    });
    const each = (
      value: unknown,
      what: string,
      apply: (row: number, column: number, cell: unknown) => void,
    ) => {
      if (
        !Array.isArray(value) ||
        value.length !== height ||
        value.some((r) => !Array.isArray(r) || r.length !== width)
      ) {
        throw new Error(
          `fake Excel: ${what} of ${boxText(box)} must be a ${height}×${width} array, got ${JSON.stringify(value)}`,
        );
      }
      (value as unknown[][]).forEach((row, i) =>
        row.forEach((cell, j) => apply(box.top + i, box.left + j, cell)),
      );
    };
    const writeContent = (what: string) => (value: unknown) => {
      this.cellsInRequest += height * width;
      this.bytesInRequest += JSON.stringify(value).length;
      each(value, what, (row, column, cell) => {
        const calculated =
          typeof cell === "string" && cell.startsWith("=") ? this.calculate?.(cell) : undefined;
        sheet.write(row, column, cell, calculated);
      });
      if (this.raiseTableEvents) {
        for (const table of this.tables) {
          const { box: t } = table;
          const overlaps =
            table.sheet === sheet &&
            box.left <= t.right &&
            box.right >= t.left &&
            box.top <= t.bottom &&
            box.bottom >= t.top;
          if (overlaps) this.pendingEvents.push({ table, address: boxText(box) });
        }
      }
    };
    let loadPending = false;
    const range = this.mock<Excel.Range>(
      {
        isNullObject: false,
        // Placeholders: a property reads as "not loaded" until a load and a sync fill it from the grid.
        address: "",
        values: [],
        formulas: [],
        numberFormat: [],
        rowCount: height,
        columnCount: width,
        columnHidden: false,
        format: {
          fill: { color: "" },
          font: { bold: false, italic: false, color: "", size: 11 },
          columnWidth: 0,
          wrapText: false,
        },
        getSpillingToRangeOrNullObject: () => {
          const spill = sheet.spills.get(`${box.top},${box.left}`);
          return spill ? this.rangeMock(sheet, spill) : this.nullObject();
        },
        clear: (applyTo: string) => {
          this.pendingWrites += 1;
          if (applyTo !== "Contents") throw new Error(`fake Excel: clear("${applyTo}") is not supported`);
          for (let r = box.top; r <= box.bottom; r++)
            for (let c = box.left; c <= box.right; c++) sheet.write(r, c, "");
        },
      },
      {
        values: writeContent("values"),
        formulas: writeContent("formulas"),
        numberFormat: (value) =>
          each(value, "numberFormat", (row, column, format) => sheet.setFormat(row, column, String(format))),
        columnHidden: (value) => {
          for (let c = box.left; c <= box.right; c++) {
            if (value) sheet.hiddenColumns.add(c);
            else sheet.hiddenColumns.delete(c);
          }
        },
      },
      // Only a range loaded since the last sync gets the grid as it is now (a loaded value is the
      // snapshot of its sync, as in Excel); this also keeps big sheets fast.
      () => {
        if (!loadPending) return {};
        loadPending = false;
        return snapshot();
      },
    );
    // Count the cells a load of values, formulas or number formats puts into the response.
    const load = (range as unknown as { load: (what: unknown) => unknown }).load;
    (range as unknown as { load: (what: unknown) => unknown }).load = (what: unknown) => {
      loadPending = true;
      const text = typeof what === "string" ? what : JSON.stringify(what);
      for (const property of ["values", "formulas", "numberFormat"] as const) {
        if (!text.includes(property)) continue;
        this.cellsInRequest += height * width;
        this.bytesInRequest += JSON.stringify(grids[property]()).length;
      }
      return load.call(range, what);
    };
    // Data validation is recorded on the sheet: the rule object is replaced whole, never loaded.
    (range as { dataValidation: unknown }).dataValidation = this.mock(
      { rule: { list: { source: "" } } },
      { rule: (rule) => sheet.validations.set(boxText(box), rule) },
    );
    this.rangeBoxes.set(range, { sheet, box });
    this.ranges.push({ sheet: sheet.name, address: boxText(box), range });
    return range;
  }

  private tableMock(table: FakeTable): Excel.Table {
    const rows = () => table.box.bottom - table.box.top + 1;
    return this.mock<Excel.Table>(
      {
        isNullObject: false,
        name: table.name,
        style: table.style,
        getRange: () => this.rangeMock(table.sheet, table.box),
        columns: {
          add: (index: number | null | undefined, values: unknown[][], name?: string) => {
            this.pendingWrites += 1;
            const width = table.box.right - table.box.left + 1;
            const at = index === null || index === undefined || index < 0 ? width : index;
            if (at > width) throw officeError("InvalidArgument", `Column index ${at} is outside the table.`);
            if (!Array.isArray(values) || values.length !== rows()) {
              throw officeError("InvalidArgument", `A new column needs ${rows()} values (header included).`);
            }
            const column = table.box.left + at;
            table.sheet.shiftColumns(table.box.top, table.box.bottom, column, 1);
            table.box.right += 1;
            values.forEach((row, i) =>
              table.sheet.write(table.box.top + i, column, i === 0 ? (name ?? row[0]) : row[0]),
            );
            return {};
          },
          getItemAt: (index: number) =>
            this.mock({
              delete: () => {
                this.pendingWrites += 1;
                const column = table.box.left + index;
                if (column > table.box.right) throw officeError("ItemNotFound", `No column ${index}.`);
                for (let r = table.box.top; r <= table.box.bottom; r++)
                  table.sheet.cells.delete(`${r},${column}`);
                table.sheet.shiftColumns(table.box.top, table.box.bottom, column + 1, -1);
                table.box.right -= 1;
              },
            }),
        },
        rows: {
          add: (index: number | null | undefined, values: unknown[][]) => {
            this.pendingWrites += 1;
            if (index !== undefined && index !== null && index !== -1) {
              throw new Error("fake Excel: only appending rows is supported");
            }
            const width = table.box.right - table.box.left + 1;
            if (values.some((row) => row.length !== width)) {
              throw officeError("InvalidArgument", `Each new row needs ${width} values.`);
            }
            values.forEach((row, i) =>
              row.forEach((value, j) =>
                table.sheet.write(table.box.bottom + 1 + i, table.box.left + j, value),
              ),
            );
            table.box.bottom += values.length;
            return {};
          },
          // TableRowCollection.getItemAt (ExcelApi 1.1): the row keeps the index it was created for
          // (https://learn.microsoft.com/javascript/api/excel/excel.tablerowcollection); TableRow.delete
          // removes it and the table's rows below move up.
          getItemAt: (index: number) =>
            this.mock({
              delete: () => {
                this.pendingWrites += 1;
                const row = table.box.top + 1 + index;
                if (index < 0 || row > table.box.bottom)
                  throw officeError("ItemNotFound", `No row ${index}.`);
                for (let c = table.box.left; c <= table.box.right; c++)
                  table.sheet.cells.delete(`${row},${c}`);
                table.sheet.shiftRowsUp(row + 1, table.box.bottom, table.box.left, table.box.right);
                table.box.bottom -= 1;
              },
            }),
        },
        onChanged: {
          add: (handler: (args: unknown) => Promise<unknown>) => {
            table.changeHandlers.push(handler);
            return {
              context: this.context,
              remove: () => {
                table.changeHandlers.splice(table.changeHandlers.indexOf(handler), 1);
              },
            };
          },
        },
      },
      {
        name: (value) => {
          table.name = String(value);
        },
        style: (value) => {
          table.style = String(value);
        },
      },
    );
  }

  private chartMock(record: FakeChart): Excel.Chart {
    const seriesMock = (series: FakeSeries) =>
      this.mock(
        {
          name: series.name,
          overlap: series.overlap ?? 0,
          setValues: (range: Excel.Range) => {
            this.pendingWrites += 1;
            series.values = this.addressOf(range);
          },
          setXAxisValues: (range: Excel.Range) => {
            this.pendingWrites += 1;
            series.categories = this.addressOf(range);
          },
        },
        {
          name: (value) => {
            series.name = String(value);
          },
          overlap: (value) => {
            series.overlap = Number(value);
          },
        },
      );
    return this.mock<Excel.Chart>({
      title: { text: "" },
      legend: { position: "" },
      axes: { valueAxis: { title: { text: "" } }, categoryAxis: { reversePlotOrder: false } },
      series: {
        getItemAt: (index: number) => {
          const series = record.series[index];
          if (!series) throw officeError("ItemNotFound", `No series ${index}.`);
          return seriesMock(series);
        },
        add: (name: string) => {
          this.pendingWrites += 1;
          const series: FakeSeries = { name, values: "" };
          record.series.push(series);
          return seriesMock(series);
        },
      },
      setPosition: (topLeft: string, bottomRight: string) => {
        this.pendingWrites += 1;
        record.position = [topLeft, bottomRight];
      },
    });
  }
}
