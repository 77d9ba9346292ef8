/** Where the pane is running, as office.js reports it. */
export interface OfficeHost {
  /** True inside Excel; false in a plain browser (the preview), where Office.onReady gives host null. */
  readonly inExcel: boolean;
  /** Office's display language, e.g. "zh-CN"; undefined outside Office. */
  readonly displayLanguage: string | undefined;
}

/**
 * Waits for office.js and says where the pane runs. Resolves at once, outside Office, when office.js
 * could not load at all (offline, CDN blocked): the preview needs no Office API.
 */
export async function whenOfficeReady(): Promise<OfficeHost> {
  if (typeof Office === "undefined") return { inExcel: false, displayLanguage: undefined };
  const info = await Office.onReady();
  const inExcel = info.host === Office.HostType.Excel;
  return { inExcel, displayLanguage: inExcel ? Office.context.displayLanguage : undefined };
}
