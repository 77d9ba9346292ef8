import type { Bilingual } from "../model/language";

/**
 * What each workbook operation does, as the words that complete "Excel could not …" in its error
 * messages (workbookErrors.ts). Excel's operations and the preview's share them, so the same failure
 * reads the same in both.
 */
export const ACTIONS = {
  readInputs: { en: "read the inputs table", zh: "读取输入表" },
  setUp: { en: "set up the workbook", zh: "设置工作簿" },
  loadWithDocument: {
    en: "make the add-in load when this workbook opens (the inputs are set up)",
    zh: "设置加载项随此工作簿打开而加载(输入表已设置好)",
  },
  writeValue: (key: string): Bilingual => ({
    en: `write ${key} into the inputs table`,
    zh: `将 ${key} 写入输入表`,
  }),
  addScenario: (name: string): Bilingual => ({
    en: `add the scenario "${name}"`,
    zh: `添加情景“${name}”`,
  }),
  renameScenario: (name: string): Bilingual => ({
    en: `rename the scenario "${name}"`,
    zh: `重命名情景“${name}”`,
  }),
  deleteScenario: (name: string): Bilingual => ({
    en: `delete the scenario "${name}"`,
    zh: `删除情景“${name}”`,
  }),
  resetScenario: (name: string): Bilingual => ({
    en: `reset the scenario "${name}"`,
    zh: `重置情景“${name}”`,
  }),
  addVendor: (name: string): Bilingual => ({ en: `add the vendor ${name}`, zh: `添加厂商 ${name}` }),
  removeVendor: (name: string): Bilingual => ({ en: `remove the vendor ${name}`, zh: `删除厂商 ${name}` }),
  addRow: (key: string): Bilingual => ({ en: `add the row ${key}`, zh: `添加行 ${key}` }),
  writeRows: { en: "write rows of the inputs table", zh: "写入输入表的行" },
  watchInputs: { en: "watch the inputs table", zh: "监视输入表" },
  stopWatching: { en: "stop watching the inputs table", zh: "停止监视输入表" },
  findForecast: { en: "look for the Forecast sheet", zh: "查找预测工作表" },
  insertForecast: { en: "insert the forecast sheet", zh: "插入预测工作表" },
  writeRisk: { en: "write the risk sheet", zh: "写入风险工作表" },
  listFormulas: { en: "list the GOVCLOUD formulas", zh: "列出 GOVCLOUD 公式" },
  convertFormulas: { en: "convert the GOVCLOUD formulas to values", zh: "将 GOVCLOUD 公式转换为值" },
  restoreFormulas: { en: "restore the GOVCLOUD formulas", zh: "恢复 GOVCLOUD 公式" },
  readOpenWithWorkbook: {
    en: "read whether the pane opens with this workbook",
    zh: "读取任务窗格是否随此工作簿打开",
  },
  setOpenWithWorkbook: {
    en: "change whether the pane opens with this workbook",
    zh: "更改任务窗格是否随此工作簿打开",
  },
  selfCheck: { en: "check this Excel", zh: "检查此 Excel" },
} as const satisfies Record<string, Bilingual | ((name: string) => Bilingual)>;
