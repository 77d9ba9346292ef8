import { isModelError } from "../model/errors";
import { BilingualError, type Bilingual } from "../model/language";

/**
 * Errors the workbook operations raise, each a sentence the pane can show in its message bar, in
 * English and Chinese: what went wrong and what to do next. Office errors (OfficeExtension.Error: a
 * `code` such as "AccessDenied" plus Excel's own message) are translated here, in one place.
 */

/** A failure the add-in itself detected; its text already says what to do, in both languages. */
export class WorkbookError extends BilingualError {
  constructor(text: Bilingual, options?: { cause?: unknown }) {
    super(text, options);
    this.name = "WorkbookError";
  }
}

interface OfficeErrorLike {
  readonly code: string;
  readonly message: string;
}

/**
 * OfficeExtension.Error is a global class only inside Office, so it is recognised by shape: an
 * Error with a string `code` of Excel's ErrorCodes form.
 */
function asOfficeError(error: unknown): OfficeErrorLike | undefined {
  if (!(error instanceof Error) || isModelError(error) || error instanceof BilingualError) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" && /^[A-Z][A-Za-z]+$/.test(code)
    ? { code, message: error.message }
    : undefined;
}

/** What to do next for the codes a user can act on; the rest get the generic advice. */
function advice(code: string, action: Bilingual): Bilingual | undefined {
  const { en, zh } = action;
  switch (code) {
    case "AccessDenied":
      return {
        en: `The sheet or workbook is protected, so Excel refused to ${en}: unprotect it (Review › Unprotect Sheet, or Protect Workbook) and try again.`,
        zh: `工作表或工作簿受保护,Excel 拒绝${zh}:请撤消保护(审阅 › 撤消工作表保护,或保护工作簿)后重试。`,
      };
    case "InvalidOperationInCellEditMode":
      return {
        en: `Excel is editing a cell, so it could not ${en}: press Enter or Esc to finish editing, then try again.`,
        zh: `Excel 正在编辑单元格,无法${zh}:请按 Enter 或 Esc 结束编辑后重试。`,
      };
    case "ItemNotFound":
      return {
        en: `Excel could not ${en} because something the add-in needs is gone (a sheet, the GovCloudInputs table or a name): press Set up workbook to recreate it, then try again.`,
        zh: `加载项所需的内容(工作表、GovCloudInputs 表格或名称)已不存在,Excel 无法${zh}:请点击“设置工作簿”重新创建后重试。`,
      };
    case "ItemAlreadyExists":
      return {
        en: `Excel could not ${en} because an item of the same name already exists: rename or delete it, then try again.`,
        zh: `已存在同名项目,Excel 无法${zh}:请将其重命名或删除后重试。`,
      };
    case "InsertDeleteConflict":
    case "MergedRangeConflict":
    case "FilteredRangeConflict":
    case "PivotTableRangeConflict":
      return {
        en: `Excel could not ${en} because cells next to the table are in the way (merged cells, another table, a filter or a PivotTable): move or unmerge them, then try again.`,
        zh: `表格旁边的单元格(合并单元格、其他表格、筛选或数据透视表)造成阻碍,Excel 无法${zh}:请移动它们或取消合并后重试。`,
      };
    case "ApiNotFound":
    case "NotImplemented":
    case "UnsupportedOperation":
    case "UnsupportedFeature":
      return {
        en: `This version of Excel cannot ${en}: update Office (Microsoft 365, or Excel on the web) and try again.`,
        zh: `此版本的 Excel 无法${zh}:请更新 Office(Microsoft 365 或 Excel 网页版)后重试。`,
      };
    case "Conflict":
      return {
        en: `Someone else changed the workbook while Excel tried to ${en}: try again.`,
        zh: `Excel 尝试${zh}时,其他人修改了工作簿:请重试。`,
      };
    case "RequestAborted":
      return {
        en: `Excel cancelled the request to ${en}: try again.`,
        zh: `Excel 取消了${zh}的请求:请重试。`,
      };
    default:
      return undefined;
  }
}

/**
 * The Error a workbook operation rejects with. `action` completes "Excel could not …" (and
 * "Excel 无法…"), e.g. "write the value". Errors the add-in raised itself pass through unchanged;
 * engine errors (a value out of bounds) get the action in front; anything else keeps its message
 * and code.
 */
export function toWorkbookError(error: unknown, action: Bilingual): Error {
  if (error instanceof WorkbookError) return error;
  // The inner text in both languages when the error has both (the engine's English otherwise).
  const inner =
    error instanceof BilingualError
      ? error.text
      : { en: error instanceof Error ? error.message : String(error), zh: "" };
  const innerZh = inner.zh || inner.en;
  if (isModelError(error)) {
    return new WorkbookError(
      {
        en: `Could not ${action.en}: ${inner.en} Correct it in the GovCloud Inputs table, then try again.`,
        zh: `无法${action.zh}:${innerZh} 请在 GovCloud Inputs 表中更正后重试。`,
      },
      { cause: error },
    );
  }
  const office = asOfficeError(error);
  if (office) {
    const next = advice(office.code, action);
    const said = office.message
      ? { en: ` Excel said: ${office.message}`, zh: ` Excel 的说明:${office.message}` }
      : { en: "", zh: "" };
    return new WorkbookError(
      next
        ? { en: `${next.en}${said.en}`, zh: `${next.zh}${said.zh}` }
        : {
            en: `Excel could not ${action.en} (${office.code}).${said.en} Try again; if it keeps failing, save the workbook, reopen it and try once more.`,
            zh: `Excel 无法${action.zh}(${office.code})。${said.zh} 请重试;如果仍然失败,请保存工作簿,重新打开后再试一次。`,
          },
      { cause: error },
    );
  }
  return new WorkbookError(
    { en: `Could not ${action.en}: ${inner.en}`, zh: `无法${action.zh}:${innerZh}` },
    { cause: error },
  );
}
