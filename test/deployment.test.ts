import { readFileSync } from "node:fs";
import path from "node:path";
import semver from "semver";

/* eslint-disable @typescript-eslint/no-require-imports -- the build scripts are CommonJS */
const { DEV_URL, deploymentUrl, productionManifest } = require("../scripts/deployment-url") as {
  DEV_URL: string;
  deploymentUrl(flag?: string, environment?: Record<string, string | undefined>): string | undefined;
  productionManifest(manifest: string, url: string): string;
};
/* eslint-enable @typescript-eslint/no-require-imports */

const ROOT = path.join(__dirname, "..");

describe("the deployment URL (one setting: GOVCLOUD_ADDIN_URL or --env url=)", () => {
  it("takes the flag before the environment variable and ends the URL with /", () => {
    expect(deploymentUrl(undefined, {})).toBeUndefined();
    expect(
      deploymentUrl(undefined, { GOVCLOUD_ADDIN_URL: "https://intranet.gov.example.cn/addins/govcloud" }),
    ).toBe("https://intranet.gov.example.cn/addins/govcloud/");
    expect(deploymentUrl("https://cdn.finance.corp/gc/", { GOVCLOUD_ADDIN_URL: "https://other.corp/" })).toBe(
      "https://cdn.finance.corp/gc/",
    );
  });

  it.each([
    ["https://www.contoso.com/", /placeholder/],
    ["https://localhost:3000/", /placeholder/],
    ["http://intranet.corp/gc/", /https/],
    ["intranet/gc", /not a URL/],
    ["https://intranet.corp/gc/?v=1", /\?/],
  ])("refuses %s", (url, message) => {
    expect(() => deploymentUrl(url, {})).toThrow(message);
  });

  it("rewrites every URL of manifest.xml, leaving none on localhost", () => {
    const manifest = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
    const count = manifest.split(DEV_URL).length - 1;
    expect(count).toBeGreaterThan(5);
    const rewritten = productionManifest(manifest, "https://intranet.corp/gc/");
    expect(rewritten).not.toContain("localhost");
    expect(rewritten.split("https://intranet.corp/gc/").length - 1).toBe(count);
  });
});

describe("the toolchain on the supported Node", () => {
  it("installs every locked package on the oldest Node that package.json's engines allows", () => {
    // `npm ci` warned EBADENGINE (rechoir 1.0.0 through webpack-cli 7 needs Node 22.15) while engines said
    // >=20.19: every package's own engines range must accept the oldest Node we say we support.
    const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
      engines: { node: string };
    };
    const oldest = semver.minVersion(pkg.engines.node)?.version;
    expect(oldest).toBe("20.19.0");
    const lock = JSON.parse(readFileSync(path.join(ROOT, "package-lock.json"), "utf8")) as {
      packages: Record<string, { engines?: { node?: string } | string[] }>;
    };
    const refusing = Object.entries(lock.packages).flatMap(([name, entry]) => {
      const range = Array.isArray(entry.engines) ? undefined : entry.engines?.node;
      return range && !semver.satisfies(oldest ?? "", range) ? [`${name} (node ${range})`] : [];
    });
    expect(refusing).toEqual([]);
  });
});
