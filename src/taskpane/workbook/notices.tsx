import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from "react";
import { BilingualError, type Bilingual } from "../../model/language";
import type { StringKey, StringParams } from "../i18n/strings";

/**
 * What the pane tells the user after an operation: an error (its message says what went wrong and,
 * for workbook errors, what to do next) or a success. Every rejected workbook operation ends here,
 * so none is swallowed.
 */
export interface Notice {
  readonly id: number;
  readonly intent: "error" | "success";
  /** An error's own message: in both languages when the error has both (every workbook error)… */
  readonly message?: Bilingual | string;
  /** …or the pane's own words, shown in the language of the moment. */
  readonly text?: { readonly key: StringKey; readonly params?: StringParams };
  /** Errors that did not come from the workbook layer carry no advice of their own. */
  readonly needsAdvice: boolean;
}

export interface NoticeTools {
  readonly notices: readonly Notice[];
  readonly reportError: (error: unknown) => void;
  readonly reportSuccess: (key: StringKey, params?: StringParams) => void;
  readonly dismiss: (id: number) => void;
}

const NoticesContext = createContext<NoticeTools | undefined>(undefined);

// A workbook operation's messages end with what to do next (src/workbook/workbookErrors.ts).
function hasOwnAdvice(error: unknown): boolean {
  return error instanceof Error && error.name === "WorkbookError";
}

export function NoticesProvider(props: { readonly children: ReactNode }) {
  const [notices, setNotices] = useState<readonly Notice[]>([]);
  const nextId = useRef(1);
  const add = useCallback((notice: Omit<Notice, "id">) => {
    const id = nextId.current++;
    // A success replaces earlier successes; errors stay until dismissed, so none goes unseen.
    setNotices((list) => [...list.filter((n) => n.intent === "error"), { ...notice, id }]);
  }, []);
  const reportError = useCallback(
    (error: unknown) => {
      const message =
        error instanceof BilingualError ? error.text : error instanceof Error ? error.message : String(error);
      add({ intent: "error", message, needsAdvice: !hasOwnAdvice(error) });
    },
    [add],
  );
  const reportSuccess = useCallback(
    (key: StringKey, params?: StringParams) =>
      add({ intent: "success", text: { key, ...(params ? { params } : {}) }, needsAdvice: false }),
    [add],
  );
  const dismiss = useCallback((id: number) => setNotices((list) => list.filter((n) => n.id !== id)), []);
  const value = useMemo(
    () => ({ notices, reportError, reportSuccess, dismiss }),
    [notices, reportError, reportSuccess, dismiss],
  );
  return <NoticesContext.Provider value={value}>{props.children}</NoticesContext.Provider>;
}

export function useNotices(): NoticeTools {
  const tools = useContext(NoticesContext);
  if (!tools) throw new Error("useNotices needs a NoticesProvider above the component.");
  return tools;
}

export type ActionResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false };

/**
 * Runs workbook operations for one control: `busy` while one runs (to disable the control), a
 * rejection reported as an error notice.
 */
export function useAction(): {
  readonly busy: boolean;
  readonly run: <T>(operation: () => Promise<T>) => Promise<ActionResult<T>>;
} {
  const { reportError } = useNotices();
  const [busy, setBusy] = useState(false);
  const run = useCallback(
    async <T,>(operation: () => Promise<T>): Promise<ActionResult<T>> => {
      setBusy(true);
      try {
        return { ok: true, value: await operation() };
      } catch (error) {
        reportError(error);
        return { ok: false };
      } finally {
        setBusy(false);
      }
    },
    [reportError],
  );
  return { busy, run };
}
