// `npm start`. On Windows and macOS, office-addin-debugging starts the dev server (npm run dev-server) and
// sideloads manifest.xml into Excel desktop. Elsewhere there is no Excel desktop, so this starts the dev
// server and explains how to sideload into Excel on the web.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import { dirname, join } from "node:path";

const packageJson = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
const port = process.env.npm_package_config_dev_server_port ?? packageJson.config.dev_server_port;
const hasExcelDesktop = process.platform === "win32" || process.platform === "darwin";

/**
 * The path of a locally installed package's command. Running it with this node, rather than through npx,
 * leaves no npm process in between: npm exec does not pass SIGINT or SIGTERM on, and on SIGTERM it exits
 * and leaves the dev server running and holding the port.
 */
function localCommand(packageName) {
  const require = createRequire(import.meta.url);
  const manifestPath = require.resolve(`${packageName}/package.json`);
  const { bin } = require(manifestPath);
  return join(dirname(manifestPath), typeof bin === "string" ? bin : bin[packageName]);
}

// The same commands as `npx office-addin-debugging start manifest.xml` and `npx webpack serve --mode development`.
const [command, ...args] = hasExcelDesktop
  ? [localCommand("office-addin-debugging"), "start", "manifest.xml"]
  : [localCommand("webpack"), "serve", "--mode", "development"];

if (!hasExcelDesktop) {
  const caPath = join(homedir(), ".office-addin-dev-certs", "ca.crt");
  console.log(`
GovCloud Forecast dev server: https://localhost:${port}/  (no Excel desktop on ${process.platform})

  Preview the task pane in a browser:  https://localhost:${port}/taskpane.html
  (office.js finds no Office host there, so only the pane itself works)

  Sideload into Excel on the web:
    1. Open https://localhost:${port}/taskpane.html in the same browser once and accept the certificate,
       or trust ${caPath}.
    2. Open a workbook in Excel on the web (office.com).
    3. Insert > Add-ins > Upload My Add-in (newer menus: Home > Add-ins > More Add-ins > My Add-ins >
       Upload My Add-in), choose manifest.xml from this folder, and upload it.
    4. Type =GOVCLOUD.BASELINE("caict.govCloud.2021") in a cell, or open the pane with Home > Forecast.

  Stop with Ctrl+C.
`);
}

const child = spawn(process.execPath, [command, ...args], { stdio: "inherit" });

const forwardedSignals = ["SIGINT", "SIGTERM", "SIGHUP"];
const forward = (signal) => {
  if (child.exitCode === null && child.signalCode === null) child.kill(signal);
};
for (const signal of forwardedSignals) process.on(signal, forward);

child.on("error", (error) => {
  console.error(`Could not run ${command} ${args.join(" ")}: ${error.message}`);
  process.exit(1);
});

child.on("exit", (code, signal) => {
  for (const forwarded of forwardedSignals) process.off(forwarded, forward);
  if (signal !== null) {
    // End the same way the child did, so npm and the shell see the signal.
    process.kill(process.pid, signal);
  } else {
    process.exit(code ?? 1);
  }
});
