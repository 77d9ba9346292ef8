import JSZip from "jszip";
import type { ChartCorner, ChartLayout, ChartSeriesLayout } from "../model/modelLayout";

/**
 * Native charts added to an .xlsx that exceljs wrote. exceljs has no chart support (exceljs issue
 * #141, open since 2016). The npm libraries that write charts either build a workbook of their own
 * from data (xlsx-chart, still on jszip 2; wasm-xlsxwriter), replace exceljs as the
 * writer (@cj-tech-master/excelts), or would re-open and re-write the whole
 * exceljs workbook in a WebAssembly port of another library (excelize-wasm) for three charts. So
 * the parts are written here, with jszip (already exceljs's own dependency), per ECMA-376 Part 1
 * (§21.2 DrawingML charts, §20.5 spreadsheet drawings):
 *
 *   xl/charts/chartN.xml        c:chartSpace with a line or clustered column chart, each series a
 *                               c:numRef to a Forecast row (with the engine's numbers as cache)
 *   xl/drawings/drawingN.xml    xdr:twoCellAnchor per chart, where it sits on the sheet
 *   …/_rels/*.rels, <drawing r:id> in the sheet, and [Content_Types].xml overrides.
 *
 * The references make the charts follow recalculation in Excel and LibreOffice alike.
 */

const NS = {
  c: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  rels: "http://schemas.openxmlformats.org/package/2006/relationships",
  drawingRel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
  chartRel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
} as const;

const DRAWING_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";
const CHART_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Pixels of one character of the default font (Calibri 11) and EMU per pixel at 96 dpi. */
const PIXELS_PER_CHARACTER = 7;
const EMU_PER_PIXEL = 9525;

export function xmlText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function unescapeXml(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

function attribute(element: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(element);
  return match ? unescapeXml(match[1] ?? "") : undefined;
}

function richText(text: string, size: number, bold: boolean): string {
  const run = `<a:rPr lang="en-US" sz="${size}" b="${bold ? 1 : 0}"/>`;
  return (
    `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}"/></a:pPr>` +
    `<a:r>${run}<a:t>${xmlText(text)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/>`
  );
}

function numberCache(values: readonly number[], format: string): string {
  const points = values
    .map((value, i) => (Number.isFinite(value) ? `<c:pt idx="${i}"><c:v>${value}</c:v></c:pt>` : ""))
    .join("");
  return `<c:numCache><c:formatCode>${xmlText(format)}</c:formatCode><c:ptCount val="${values.length}"/>${points}</c:numCache>`;
}

function seriesXml(chart: ChartLayout, series: ChartSeriesLayout, index: number): string {
  const name =
    `<c:tx><c:strRef><c:f>${xmlText(series.nameReference)}</c:f><c:strCache><c:ptCount val="1"/>` +
    `<c:pt idx="0"><c:v>${xmlText(series.name)}</c:v></c:pt></c:strCache></c:strRef></c:tx>`;
  const categories = `<c:cat><c:numRef><c:f>${xmlText(chart.categories)}</c:f>${numberCache(chart.years, "0")}</c:numRef></c:cat>`;
  const values = `<c:val><c:numRef><c:f>${xmlText(series.values)}</c:f>${numberCache(series.cached, "General")}</c:numRef></c:val>`;
  // Element order follows CT_LineSer / CT_BarSer.
  return chart.kind === "line"
    ? `<c:ser><c:idx val="${index}"/><c:order val="${index}"/>${name}<c:marker><c:symbol val="none"/></c:marker>${categories}${values}<c:smooth val="0"/></c:ser>`
    : `<c:ser><c:idx val="${index}"/><c:order val="${index}"/>${name}<c:invertIfNegative val="0"/>${categories}${values}</c:ser>`;
}

const CATEGORY_AXIS = 500100;
const VALUE_AXIS = 500200;

/** The c:chartSpace part of one chart. */
export function chartXml(chart: ChartLayout): string {
  const series = chart.series.map((s, i) => seriesXml(chart, s, i)).join("");
  const axes = `<c:axId val="${CATEGORY_AXIS}"/><c:axId val="${VALUE_AXIS}"/>`;
  const plot =
    chart.kind === "line"
      ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/>${axes}</c:lineChart>`
      : `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}<c:gapWidth val="150"/>${axes}</c:barChart>`;
  const categoryAxis =
    `<c:catAx><c:axId val="${CATEGORY_AXIS}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="b"/><c:numFmt formatCode="0" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/>` +
    `<c:tickLblPos val="low"/><c:crossAx val="${VALUE_AXIS}"/><c:crosses val="autoZero"/><c:auto val="1"/>` +
    `<c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  const valueAxis =
    `<c:valAx><c:axId val="${VALUE_AXIS}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="l"/><c:majorGridlines/><c:title>${richText(chart.valueAxisTitle, 900, false)}</c:title>` +
    `<c:numFmt formatCode="${xmlText(chart.valueFormat)}" sourceLinked="0"/><c:majorTickMark val="out"/>` +
    `<c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="${CATEGORY_AXIS}"/>` +
    `<c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`;
  return (
    XML_HEAD +
    `<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}"><c:roundedCorners val="0"/>` +
    `<c:chart><c:title>${richText(chart.title, 1200, true)}</c:title><c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>${plot}${categoryAxis}${valueAxis}</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/>` +
    `<c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

function cornerXml(tag: "from" | "to", corner: ChartCorner): string {
  const offset = Math.round(corner.columnOffset * PIXELS_PER_CHARACTER * EMU_PER_PIXEL);
  return (
    `<xdr:${tag}><xdr:col>${corner.column - 1}</xdr:col><xdr:colOff>${offset}</xdr:colOff>` +
    `<xdr:row>${corner.row - 1}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`
  );
}

/** The xdr:wsDr part placing `charts`, the i-th chart related as rId(i+1). */
export function drawingXml(charts: readonly ChartLayout[]): string {
  const anchors = charts.map(
    (chart, i) =>
      `<xdr:twoCellAnchor editAs="oneCell">${cornerXml("from", chart.from)}${cornerXml("to", chart.to)}` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${xmlText(`Chart ${i + 1}`)}" ` +
      `descr="${xmlText(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic>` +
      `<a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" xmlns:r="${NS.r}" r:id="rId${i + 1}"/>` +
      `</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`,
  );
  return XML_HEAD + `<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}">${anchors.join("")}</xdr:wsDr>`;
}

function relationships(entries: readonly { id: string; type: string; target: string }[]): string {
  const body = entries
    .map(({ id, type, target }) => `<Relationship Id="${id}" Type="${type}" Target="${xmlText(target)}"/>`)
    .join("");
  return XML_HEAD + `<Relationships xmlns="${NS.rels}">${body}</Relationships>`;
}

async function readText(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new Error(`The workbook writer made no ${path}.`);
  return file.async("string");
}

/** The worksheet part of each sheet name, from xl/workbook.xml and its relationships. */
async function worksheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbook = await readText(zip, "xl/workbook.xml");
  const rels = await readText(zip, "xl/_rels/workbook.xml.rels");
  const targets = new Map<string, string>();
  for (const [element] of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attribute(element, "Id");
    const target = attribute(element, "Target");
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  const parts = new Map<string, string>();
  for (const [element] of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = attribute(element, "name");
    const target = targets.get(attribute(element, "r:id") ?? "");
    if (name !== undefined && target) parts.set(name, target);
  }
  return parts;
}

/** Elements CT_Worksheet allows after <drawing>: the reference goes before the first of them. */
const AFTER_DRAWING = [
  "<legacyDrawing",
  "<legacyDrawingHF",
  "<picture",
  "<oleObjects",
  "<controls",
  "<webPublishItems",
  "<tableParts",
  "<extLst",
  "</worksheet>",
];

function withDrawingReference(sheetXml: string, id: string): string {
  if (sheetXml.includes("<drawing ")) throw new Error("The sheet already has a drawing.");
  const at = Math.min(...AFTER_DRAWING.map((tag) => sheetXml.indexOf(tag)).filter((i) => i >= 0));
  const withNamespace = /xmlns:r="/.test(
    sheetXml.slice(0, sheetXml.indexOf(">", sheetXml.indexOf("<worksheet"))),
  )
    ? sheetXml
    : sheetXml.replace("<worksheet ", `<worksheet xmlns:r="${NS.r}" `);
  const shift = withNamespace.length - sheetXml.length;
  return `${withNamespace.slice(0, at + shift)}<drawing r:id="${id}"/>${withNamespace.slice(at + shift)}`;
}

function nextFree(zip: JSZip, pattern: (n: number) => string): number {
  let n = 1;
  while (zip.file(pattern(n))) n++;
  return n;
}

/** The .xlsx `bytes` with `charts` drawn on their sheets. */
export async function withCharts(bytes: Uint8Array, charts: readonly ChartLayout[]): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = await worksheetParts(zip);
  let contentTypes = await readText(zip, "[Content_Types].xml");
  const overrides: string[] = [];
  const bySheet = new Map<string, ChartLayout[]>();
  for (const chart of charts) bySheet.set(chart.sheet, [...(bySheet.get(chart.sheet) ?? []), chart]);

  for (const [sheet, sheetCharts] of bySheet) {
    const sheetPath = parts.get(sheet);
    if (!sheetPath) throw new Error(`A chart is placed on the sheet "${sheet}", which the workbook lacks.`);
    const drawing = nextFree(zip, (n) => `xl/drawings/drawing${n}.xml`);
    const chartTargets = sheetCharts.map((chart) => {
      const n = nextFree(zip, (k) => `xl/charts/chart${k}.xml`);
      zip.file(`xl/charts/chart${n}.xml`, chartXml(chart));
      overrides.push(`<Override PartName="/xl/charts/chart${n}.xml" ContentType="${CHART_TYPE}"/>`);
      return `../charts/chart${n}.xml`;
    });
    zip.file(`xl/drawings/drawing${drawing}.xml`, drawingXml(sheetCharts));
    zip.file(
      `xl/drawings/_rels/drawing${drawing}.xml.rels`,
      relationships(chartTargets.map((target, i) => ({ id: `rId${i + 1}`, type: NS.chartRel, target }))),
    );
    overrides.push(`<Override PartName="/xl/drawings/drawing${drawing}.xml" ContentType="${DRAWING_TYPE}"/>`);

    // The sheet's relationships: keep any exceljs wrote (hyperlinks), add the drawing.
    const slash = sheetPath.lastIndexOf("/");
    const relsPath = `${sheetPath.slice(0, slash)}/_rels/${sheetPath.slice(slash + 1)}.rels`;
    const existing = zip.file(relsPath) ? await readText(zip, relsPath) : relationships([]);
    const ids = new Set([...existing.matchAll(/\sId="([^"]+)"/g)].map((m) => m[1]));
    let k = ids.size + 1;
    while (ids.has(`rId${k}`)) k++;
    const id = `rId${k}`;
    const entry = `<Relationship Id="${id}" Type="${NS.drawingRel}" Target="../drawings/drawing${drawing}.xml"/>`;
    zip.file(relsPath, existing.replace("</Relationships>", `${entry}</Relationships>`));
    zip.file(sheetPath, withDrawingReference(await readText(zip, sheetPath), id));
  }
  contentTypes = contentTypes.replace("</Types>", `${overrides.join("")}</Types>`);
  zip.file("[Content_Types].xml", contentTypes);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
