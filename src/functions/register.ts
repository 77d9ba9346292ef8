/**
 * The functions entry of the page. taskpane.html loads it as an ordinary script, before the pane's
 * bundle and in order, as Microsoft's shared-runtime setup does, so the functions are associated before
 * DOMContentLoaded and before Excel's first calculation request can arrive. (The inline loader this
 * replaces added the script from code, which does not hold DOMContentLoaded back.)
 *
 * ./functions ends in the `CustomFunctions.associate` calls custom-functions-metadata-plugin appends, and
 * `CustomFunctions` exists only where office.js loaded. Where it did not (the browser preview offline,
 * a blocked CDN) nothing is registered and nothing throws; nothing fake is defined either.
 */
if (typeof CustomFunctions !== "undefined") {
  // A synchronous require, so registration happens while this script runs, not in a later chunk.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require("./functions");
}
