import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { createExcelWorkbook } from "../office/excelWorkbook";
import { whenOfficeReady } from "../office/officeHost";
import type { Language, WorkbookOperations } from "../workbook/workbookOperations";
import { App } from "./App";
import { languageOf } from "../model/language";
import type { MemoryWorkbook } from "./preview/memoryWorkbook";

function renderPane(workbook: WorkbookOperations, language: Language, preview?: MemoryWorkbook): void {
  const container = document.getElementById("container");
  if (container === null) throw new Error("taskpane.html has no #container element to render into.");
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App workbook={workbook} initialLanguage={language} preview={preview} />
    </FluentProvider>,
  );
}

/**
 * Outside Excel (the browser preview) the pane works on an in-memory workbook and shows what it would
 * write. Loaded on demand: in Excel, the pane's first paint does not carry the in-memory workbook.
 */
async function renderPreview(): Promise<void> {
  const [{ createMemoryWorkbook }, { previewSeedSheets }] = await Promise.all([
    import(/* webpackChunkName: "preview" */ "./preview/memoryWorkbook"),
    import(/* webpackChunkName: "preview" */ "./preview/previewSeed"),
  ]);
  const workbook = createMemoryWorkbook({ sheets: previewSeedSheets() });
  renderPane(workbook, languageOf(navigator.language), workbook);
}

// The only module with effects at load: it starts the pane, in Excel on the workbook, elsewhere on the
// in-memory preview.
void whenOfficeReady().then(({ inExcel, displayLanguage }) => {
  if (inExcel) renderPane(createExcelWorkbook(), languageOf(displayLanguage));
  else void renderPreview();
});
