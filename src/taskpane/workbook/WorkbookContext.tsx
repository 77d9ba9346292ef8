import { createContext, useContext, type ReactNode } from "react";
import type { WorkbookOperations } from "../../workbook/workbookOperations";

/**
 * The one way components reach the workbook: Excel in Office, the in-memory workbook in the browser
 * preview, a fake in tests. Nothing under src/taskpane calls Excel.run.
 */
const WorkbookContext = createContext<WorkbookOperations | undefined>(undefined);

export function WorkbookProvider(props: {
  readonly workbook: WorkbookOperations;
  readonly children: ReactNode;
}) {
  return <WorkbookContext.Provider value={props.workbook}>{props.children}</WorkbookContext.Provider>;
}

export function useWorkbook(): WorkbookOperations {
  const workbook = useContext(WorkbookContext);
  if (!workbook) throw new Error("useWorkbook needs a WorkbookProvider above the component.");
  return workbook;
}
