/**
 * The one setting for where dist/ is hosted: the production build rewrites every https://localhost:3000/
 * of manifest.xml to it. Given as `GOVCLOUD_ADDIN_URL=https://host/path/ npm run build` or
 * `npx webpack --mode production --env url=https://host/path/` (the flag wins).
 *
 * Without it the build still makes the bundles (npm test builds) but writes no dist/manifest.xml, and
 * says so: a manifest pointing at localhost or at a placeholder must never reach users.
 */
const DEV_URL = "https://localhost:3000/";
const ENV_VARIABLE = "GOVCLOUD_ADDIN_URL";
/** Placeholders of Office templates and docs (this project's webpack.config.js said contoso.com). */
const PLACEHOLDER_HOSTS = ["contoso.com", "www.contoso.com", "example.com", "www.example.com", "localhost"];

/**
 * The deployment URL ending in "/", or undefined when none is set; throws an Error saying what to fix
 * for a placeholder, a non-HTTPS address or one that is not a URL.
 */
function deploymentUrl(flag, environment = process.env) {
  const raw = (flag ?? environment[ENV_VARIABLE] ?? "").trim();
  if (raw === "") return undefined;
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`${ENV_VARIABLE} "${raw}" is not a URL: give the https address dist/ is published at.`);
  }
  // Office loads add-ins only over HTTPS (manifest SourceLocation, "Office Add-ins XML manifest").
  if (url.protocol !== "https:") throw new Error(`${ENV_VARIABLE} "${raw}" must start with https://.`);
  if (PLACEHOLDER_HOSTS.includes(url.hostname.toLowerCase())) {
    throw new Error(
      `${ENV_VARIABLE} "${raw}" is a placeholder: set it to the address of your own web server, where dist/ is published.`,
    );
  }
  if (url.search !== "" || url.hash !== "") throw new Error(`${ENV_VARIABLE} "${raw}" must not have ? or #.`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** manifest.xml with every development URL replaced by `url`. */
function productionManifest(manifest, url) {
  return manifest.replaceAll(DEV_URL, url);
}

module.exports = { DEV_URL, ENV_VARIABLE, deploymentUrl, productionManifest };
