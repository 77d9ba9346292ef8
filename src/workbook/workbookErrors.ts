import { isModelError } from "../model/errors";

/**
 * Errors the workbook operations raise, each a sentence the pane can show in its message bar:
 * what went wrong and what to do next. Office errors (OfficeExtension.Error: a `code` such as
 * "AccessDenied" plus Excel's own message) are translated here, in one place.
 */

/** A failure the add-in itself detected; its message already says what to do. */
export class WorkbookError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
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
  if (!(error instanceof Error) || isModelError(error) || error instanceof WorkbookError) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" && /^[A-Z][A-Za-z]+$/.test(code)
    ? { code, message: error.message }
    : undefined;
}

/** What to do next for the codes a user can act on; the rest get the generic advice. */
function advice(code: string, action: string): string | undefined {
  switch (code) {
    case "AccessDenied":
      return `The sheet or workbook is protected, so Excel refused to ${action}: unprotect it (Review › Unprotect Sheet, or Protect Workbook) and try again.`;
    case "InvalidOperationInCellEditMode":
      return `Excel is editing a cell, so it could not ${action}: press Enter or Esc to finish editing, then try again.`;
    case "ItemNotFound":
      return `Excel could not ${action} because something the add-in needs is gone (a sheet, the GovCloudInputs table or a name): press Set up workbook to recreate it, then try again.`;
    case "ItemAlreadyExists":
      return `Excel could not ${action} because an item of the same name already exists: rename or delete it, then try again.`;
    case "InsertDeleteConflict":
    case "MergedRangeConflict":
    case "FilteredRangeConflict":
    case "PivotTableRangeConflict":
      return `Excel could not ${action} because cells next to the table are in the way (merged cells, another table, a filter or a PivotTable): move or unmerge them, then try again.`;
    case "ApiNotFound":
    case "NotImplemented":
    case "UnsupportedOperation":
    case "UnsupportedFeature":
      return `This version of Excel cannot ${action}: update Office (Microsoft 365, or Excel on the web) and try again.`;
    case "Conflict":
      return `Someone else changed the workbook while Excel tried to ${action}: try again.`;
    case "RequestAborted":
      return `Excel cancelled the request to ${action}: try again.`;
    default:
      return undefined;
  }
}

/**
 * The Error a workbook operation rejects with. `action` completes "Excel could not …", e.g.
 * "write the value". Errors the add-in raised itself pass through unchanged; engine errors (a value
 * out of bounds) get the action in front; anything else keeps its message and code.
 */
export function toWorkbookError(error: unknown, action: string): Error {
  if (error instanceof WorkbookError) return error;
  if (isModelError(error)) {
    return new WorkbookError(
      `Could not ${action}: ${error.message} Correct it in the GovCloud Inputs table, then try again.`,
      { cause: error },
    );
  }
  const office = asOfficeError(error);
  if (office) {
    const next = advice(office.code, action);
    const detail = office.message ? ` Excel said: ${office.message}` : "";
    return new WorkbookError(
      next
        ? `${next}${detail}`
        : `Excel could not ${action} (${office.code}).${detail} Try again; if it keeps failing, save the workbook, reopen it and try once more.`,
      { cause: error },
    );
  }
  const message = error instanceof Error ? error.message : String(error);
  return new WorkbookError(`Could not ${action}: ${message}`, { cause: error });
}
