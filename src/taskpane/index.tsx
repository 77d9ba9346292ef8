import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { App } from "./App";

function renderPane(): void {
  const container = document.getElementById("container");
  if (container === null) throw new Error("taskpane.html has no #container element to render into.");
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App />
    </FluentProvider>,
  );
}

// Outside Office, Office.onReady still resolves (with host null), so the pane also renders in a plain
// browser. If office.js could not load at all (offline, CDN blocked) there is no Office global; the pane
// needs no Office API to show the baseline, so it renders anyway.
if (typeof Office === "undefined") {
  renderPane();
} else {
  Office.onReady(() => renderPane());
}
