import { useCallback, useEffect, useRef, useState } from "react";
import type { InputsSnapshot, Language } from "../../workbook/workbookOperations";
import { useNotices } from "./notices";
import { useWorkbook } from "./WorkbookContext";

export type InputsState =
  | { readonly status: "loading" }
  | { readonly status: "notSetUp" }
  | { readonly status: "ready"; readonly snapshot: InputsSnapshot }
  /** readInputs rejected; the error is in the notices. */
  | { readonly status: "failed" };

/**
 * The inputs table as the pane last read it, read again whenever a cell of the table changes in
 * the sheet (onInputsChanged), whenever the pane itself asks (after a write) and when the UI
 * language changes (the problems are written in it).
 */
export function useInputsTable(language: Language): {
  readonly state: InputsState;
  readonly refresh: () => Promise<void>;
} {
  const workbook = useWorkbook();
  const { reportError } = useNotices();
  const [state, setState] = useState<InputsState>({ status: "loading" });
  // Reads overlap when cells change quickly; only the latest one may set the state.
  const latestRead = useRef(0);

  const refresh = useCallback(async () => {
    const read = ++latestRead.current;
    try {
      const snapshot = await workbook.readInputs(language);
      if (read !== latestRead.current) return;
      setState(snapshot ? { status: "ready", snapshot } : { status: "notSetUp" });
    } catch (error) {
      if (read !== latestRead.current) return;
      setState({ status: "failed" });
      reportError(error);
    }
  }, [workbook, reportError, language]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  // There is a table to watch only once the workbook is set up.
  const watching = state.status === "ready";
  useEffect(() => {
    if (!watching) return undefined;
    let stopped = false;
    let unsubscribe: (() => Promise<void>) | undefined;
    const stop = (remove: () => Promise<void>) => remove().catch(reportError);
    workbook
      .onInputsChanged(() => void refresh())
      .then((remove) => {
        if (stopped) void stop(remove);
        else unsubscribe = remove;
      }, reportError);
    return () => {
      stopped = true;
      if (unsubscribe) void stop(unsubscribe);
    };
  }, [watching, workbook, refresh, reportError]);

  return { state, refresh };
}
