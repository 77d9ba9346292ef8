import {
  DECLARED_API_SETS,
  OPTIONAL_API_SETS,
  supportsApiSet,
  type RequirementSupport,
} from "./requirements";
import { ADDIN_VERSION, type CheckResult, type SelfCheckReport } from "../workbook/selfCheckResults";
import { uniqueSheetName } from "./sheetNames";

/**
 * "Check this Excel": the add-in checks, in the user's own workbook, the Excel behaviour it relies on
 * and that no stand-in here can prove. Everything goes on a scratch sheet (with a scratch table, name
 * and chart on it) that is deleted at the end, also when a step fails.
 */

export interface SelfCheckOptions {
  /** The language the pane shows, to compare with Office's display language. */
  readonly paneLanguage: string;
  /** How long to wait for Excel to calculate the custom function and to deliver the change event. */
  readonly waitMs?: number;
  readonly pollMs?: number;
  readonly requirements?: RequirementSupport;
  /** Office.context.diagnostics and displayLanguage; outside Office, undefined. */
  readonly office?: {
    readonly host?: string;
    readonly platform?: string;
    readonly version?: string;
    readonly displayLanguage?: string;
  };
}

const SCRATCH_SHEET = "GovCloud Check";
const SCRATCH_TABLE = "GovCloudCheckTable";
const SCRATCH_NAME = "GC_CHECK";
/** CAICT's 2021 gov-cloud figure (baseline key caict.govCloud.2021): MARKET(2021) returns it exactly. */
const MARKET_2021 = 813;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function officeInfo(): SelfCheckOptions["office"] {
  if (typeof Office === "undefined") return undefined;
  const context = (Office as { context?: Office.Context }).context;
  if (!context?.diagnostics) return undefined;
  return {
    host: String(context?.diagnostics?.host ?? "unknown"),
    platform: String(context?.diagnostics?.platform ?? "unknown"),
    version: String(context?.diagnostics?.version ?? "unknown"),
    displayLanguage: context?.displayLanguage,
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function requirementSets(requirements: RequirementSupport | undefined): CheckResult {
  const sets = [...DECLARED_API_SETS, ...OPTIONAL_API_SETS];
  const missing = sets.filter((set) => !supportsApiSet(set.name, set.version, requirements));
  const declaredMissing = missing.filter((set) => DECLARED_API_SETS.some((d) => d === set));
  const listed = (list: readonly { name: string; version: string }[]) =>
    list.map((set) => `${set.name} ${set.version}`).join(", ");
  if (declaredMissing.length > 0) {
    return {
      id: "requirementSets",
      status: "fail",
      detail: `Missing what the add-in needs: ${listed(declaredMissing)}.`,
    };
  }
  if (missing.length > 0) {
    return {
      id: "requirementSets",
      status: "notSupported",
      detail: `All required sets present; without ${listed(missing)}: ${OPTIONAL_API_SETS.filter((o) =>
        missing.includes(o),
      )
        .map((o) => o.feature)
        .join("; ")}.`,
    };
  }
  return { id: "requirementSets", status: "pass", detail: `Supported: ${listed(sets)}.` };
}

/** Runs the checks; never throws for a failing step, and removes the scratch sheet and name. */
export async function runSelfCheck(
  context: Excel.RequestContext,
  options: SelfCheckOptions,
): Promise<SelfCheckReport> {
  const waitMs = options.waitMs ?? 5_000;
  const pollMs = options.pollMs ?? 250;
  const requirements = options.requirements;
  const office = options.office ?? officeInfo();
  const results: CheckResult[] = [requirementSets(requirements)];
  const step = async (id: CheckResult["id"], body: () => Promise<Omit<CheckResult, "id">>) => {
    try {
      results.push({ id, ...(await body()) });
    } catch (error) {
      results.push({ id, status: "fail", detail: describe(error) });
    }
  };

  const name = await uniqueSheetName(context, SCRATCH_SHEET);
  const scratchName = `${SCRATCH_NAME}_${Date.now() % 100000}`;
  const sheet = context.workbook.worksheets.add(name);
  await context.sync();
  let subscription: OfficeExtension.EventHandlerResult<Excel.TableChangedEventArgs> | undefined;
  try {
    await step("customFunction", async () => {
      const cell = sheet.getRange("A1");
      cell.formulas = [["=GOVCLOUD.MARKET(2021)"]];
      await context.sync();
      // Excel shows #BUSY! while a custom function calculates; read until a number or the time is up.
      let value: unknown;
      for (let waited = 0; ; waited += pollMs) {
        cell.load("values");
        await context.sync();
        value = cell.values[0]?.[0];
        if (typeof value === "number" || waited >= waitMs) break;
        await sleep(pollMs);
      }
      return value === MARKET_2021
        ? { status: "pass", detail: `=GOVCLOUD.MARKET(2021) calculated to ${MARKET_2021}.` }
        : {
            status: "fail",
            detail: `=GOVCLOUD.MARKET(2021) shows ${JSON.stringify(value)}, expected ${MARKET_2021}.`,
          };
    });

    // A two-column table at D1:E2, a name over it as the add-in writes GC_ names, one row appended.
    const table = sheet.tables.add("D1:E2", true);
    table.name = `${SCRATCH_TABLE}${Date.now() % 100000}`;
    table.load("name");
    sheet.getRange("D1:E2").values = [
      ["Key", "Value"],
      ["a", 1],
    ];
    await context.sync();
    const tableName = table.name;

    await step("workbookName", async () => {
      const formula = `=${tableName}[[Key]:[Value]]`;
      const item = context.workbook.names.add(scratchName, formula);
      table.rows.add(undefined, [["b", 2]]);
      await context.sync();
      item.load("formula");
      await context.sync();
      const stored = String(item.formula);
      // office-js#740: Excel may store a structured reference as a fixed range that new rows miss.
      return stored.toUpperCase().includes(`${tableName.toUpperCase()}[`)
        ? {
            status: "pass",
            detail: `A name over a table keeps its structured reference after a row is added (${stored}).`,
          }
        : {
            status: "fail",
            detail: `The name was stored as ${stored}, not as ${formula}: rows added later fall outside it.`,
          };
    });

    await step("chart", async () => {
      const chart = sheet.charts.add("Line", sheet.getRange("E2:E3"), "Columns");
      const series = chart.series.add("check");
      series.setValues(sheet.getRange("E2:E3"));
      series.load("name");
      await context.sync();
      return series.name === "check"
        ? { status: "pass", detail: "A native line chart was added and took a second series (ExcelApi 1.7)." }
        : { status: "fail", detail: `The chart's added series reads back as "${series.name}".` };
    });

    await step("tableEvent", async () => {
      let heard = false;
      subscription = table.onChanged.add(async () => {
        heard = true;
      });
      await context.sync();
      sheet.getRange("E2").values = [[3]];
      await context.sync();
      for (let waited = 0; !heard && waited < waitMs; waited += pollMs) await sleep(pollMs);
      return heard
        ? { status: "pass", detail: "A table change event arrived after a cell of the table was written." }
        : {
            status: "fail",
            detail: `No table change event within ${waitMs / 1000} s: the pane would not follow edits.`,
          };
    });
  } finally {
    // Clean up whatever happened above; a failure here is reported, never thrown.
    try {
      if (subscription) subscription.remove();
      const item = context.workbook.names.getItemOrNullObject(scratchName);
      item.load("isNullObject");
      await context.sync();
      if (!item.isNullObject) item.delete();
      sheet.delete();
      await context.sync();
    } catch (error) {
      results.push({
        id: "environment",
        status: "fail",
        detail: `Could not remove the sheet "${name}": ${describe(error)}. Delete it by hand.`,
      });
    }
  }

  const displayLanguage = office?.displayLanguage ?? "unknown";
  const languageMatches = displayLanguage
    .toLowerCase()
    .startsWith(options.paneLanguage.slice(0, 2).toLowerCase());
  results.push({
    id: "environment",
    status: office === undefined ? "notSupported" : "pass",
    detail:
      office === undefined
        ? "Office did not report its host, platform or version."
        : `Excel ${office.version ?? "?"} on ${office.platform ?? "?"}; display language ${displayLanguage}, pane in ${options.paneLanguage}${languageMatches ? "" : " (differs: the pane follows its own language switch)"}.`,
  });
  return {
    addinVersion: ADDIN_VERSION,
    host: office?.host ?? "unknown",
    platform: office?.platform ?? "unknown",
    officeVersion: office?.version ?? "unknown",
    displayLanguage,
    preview: false,
    results,
  };
}
