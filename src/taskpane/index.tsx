import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { createExcelWorkbook } from "../office/excelWorkbook";
import type { Language, WorkbookOperations } from "../office/workbookOperations";
import { App } from "./App";
import { languageOf } from "./i18n/displayLanguage";
import { createMemoryWorkbook, type MemoryWorkbook } from "./preview/memoryWorkbook";
import { previewSeedSheets } from "./preview/previewSeed";

function renderPane(workbook: WorkbookOperations, language: Language, preview?: MemoryWorkbook): void {
  const container = document.getElementById("container");
  if (container === null) throw new Error("taskpane.html has no #container element to render into.");
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App workbook={workbook} initialLanguage={language} preview={preview} />
    </FluentProvider>,
  );
}

/** Outside Excel (the browser preview) the pane works on an in-memory workbook and shows what it would write. */
function renderPreview(): void {
  const workbook = createMemoryWorkbook({ sheets: previewSeedSheets() });
  renderPane(workbook, languageOf(navigator.language), workbook);
}

// The only module with effects at load: it starts the pane. In a plain browser Office.onReady still
// resolves, with host null. If office.js could not load at all (offline, CDN blocked) there is no
// Office global; the preview needs no Office API, so it renders anyway.
if (typeof Office === "undefined") {
  renderPreview();
} else {
  Office.onReady((info) => {
    if (info.host === Office.HostType.Excel) {
      renderPane(createExcelWorkbook(), languageOf(Office.context.displayLanguage));
    } else {
      renderPreview();
    }
  });
}
