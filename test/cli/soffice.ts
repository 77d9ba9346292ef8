/**
 * LibreOffice as an independent spreadsheet program for the workbook tests: find `soffice`, give
 * each run its own profile (set to recalculate OOXML files on load), convert workbooks to one CSV
 * per sheet, and read those CSVs back.
 */
import { spawn } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { mkdir, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, delimiter, join } from "node:path";
import { pathToFileURL } from "node:url";

const CANDIDATES = ["soffice", "libreoffice"];
const MAC_APP = "/Applications/LibreOffice.app/Contents/MacOS/soffice";

/** The LibreOffice executable on PATH (or $SOFFICE), or undefined when it is not installed. */
export function findSoffice(): string | undefined {
  const paths = [process.env.SOFFICE, MAC_APP];
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    for (const name of CANDIDATES) paths.push(join(dir, name));
  }
  return paths.find((path) => {
    if (!path) return false;
    try {
      accessSync(path, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/**
 * FirstRun=false keeps LibreOffice from resetting a new profile (which would drop the next line);
 * OOXMLRecalcMode=0 ("always") makes it recalculate every formula of an .xlsx on load instead of
 * trusting cached results.
 */
const PROFILE_SETTINGS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="FirstRun" oor:op="fuse"><value>false</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/**
 * CSV filter options: comma, double quote, UTF-8, from line 1, default cell format, system
 * language, quoted fields not as text, detect numbers, 9th token false = NOT "save cell contents as
 * shown" (so numbers print at full precision, 15 significant digits, whatever their display format),
 * no formulas, no space trimming, last token -1 = every sheet to its own file `<name>-<Sheet>.csv`.
 */
const CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,UTF8,1,,0,false,true,false,false,false,-1";

/** Converts every workbook with one soffice process; returns the folder holding the CSVs. */
export async function convertToCsv(soffice: string, workbooks: readonly string[]): Promise<string> {
  return convert(soffice, CSV_FILTER, "csv", workbooks);
}

/**
 * Prints every workbook to PDF (all sheets, each with its own page setup) with one soffice
 * process; returns the folder holding `<name>.pdf`.
 */
export async function convertToPdf(soffice: string, workbooks: readonly string[]): Promise<string> {
  return convert(soffice, "pdf", "pdf", workbooks);
}

async function convert(
  soffice: string,
  filter: string,
  folder: string,
  workbooks: readonly string[],
): Promise<string> {
  const work = await mkdtemp(join(tmpdir(), "govcloud-lo-"));
  const profile = join(work, "profile");
  const outDir = join(work, folder);
  await mkdir(join(profile, "user"), { recursive: true });
  await writeFile(join(profile, "user", "registrymodifications.xcu"), PROFILE_SETTINGS);
  const args = [
    `-env:UserInstallation=${pathToFileURL(profile).href}`,
    "--headless",
    "--norestore",
    "--convert-to",
    filter,
    "--outdir",
    outDir,
    ...workbooks,
  ];
  const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve, reject) => {
    const child = spawn(soffice, args, { stdio: ["ignore", "pipe", "pipe"] });
    let text = "";
    child.stdout.on("data", (chunk: Buffer) => (text += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (text += chunk.toString()));
    child.on("error", reject);
    child.on("close", (exitCode) => resolve({ code: exitCode, output: text }));
  });
  if (code !== 0) throw new Error(`soffice exited with ${code}:\n${output}`);
  return outDir;
}

/** The CSV LibreOffice wrote for one sheet of one converted workbook. */
export function sheetCsvPath(outDir: string, workbook: string, sheet: string): string {
  return join(outDir, `${basename(workbook).replace(/\.xlsx$/i, "")}-${sheet}.csv`);
}

/** RFC 4180 rows: quoted fields may hold commas, doubled quotes and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

export async function readCsv(path: string): Promise<string[][]> {
  return parseCsv(await readFile(path, "utf8"));
}

/** A number as the CSV shows it; percentage-formatted cells keep their "%" even unformatted. */
export function csvNumber(text: string | undefined): number {
  if (text === undefined || text.trim() === "") return Number.NaN;
  const trimmed = text.trim();
  return trimmed.endsWith("%") ? Number(trimmed.slice(0, -1)) / 100 : Number(trimmed);
}
