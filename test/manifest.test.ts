// Structure checks on manifest.xml that the XSD cannot express: cross-references between resids and
// resources, the shared-runtime wiring (which fails silently in Excel when one resid differs), icon files
// and their pixel sizes, and the zh-CN translations. Schema validity is scripts/validate-manifest.sh's job.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { XMLParser } from "fast-xml-parser";

const ROOT = path.join(__dirname, "..");
/** The production build rewrites this prefix, so every add-in URL must start with it. */
const DEV_ORIGIN = "https://localhost:3000/";
const SHARED_RUNTIME_RESID = "Taskpane.Url";
const NAMESPACE = "GOVCLOUD";
const HAN = new RegExp("\\p{Script=Han}", "u");

interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

type ResourceKind = "Images" | "Urls" | "ShortStrings" | "LongStrings";

interface Resource {
  kind: ResourceKind;
  id: string;
  element: XmlElement;
}

/** Which resource collection a `resid` must point into, by the local name of the element carrying it. */
const RESOURCE_KIND_BY_REFERRER: Record<string, ResourceKind> = {
  Image: "Images",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Namespace: "ShortStrings",
  Description: "LongStrings",
  SourceLocation: "Urls",
  Runtime: "Urls",
  FunctionFile: "Urls",
  LearnMoreUrl: "Urls",
};

function toElements(nodes: unknown[]): XmlElement[] {
  const elements: XmlElement[] = [];
  for (const node of nodes as Record<string, unknown>[]) {
    const name = Object.keys(node).find((key) => key !== ":@");
    if (name === undefined || name === "#text" || name.startsWith("?")) continue;
    const kids = node[name] as Record<string, unknown>[];
    elements.push({
      name,
      attrs: (node[":@"] ?? {}) as Record<string, string>,
      children: toElements(kids),
      text: kids
        .filter((kid) => "#text" in kid)
        .map((kid) => String(kid["#text"]))
        .join(""),
    });
  }
  return elements;
}

function parseManifest(xml: string): XmlElement {
  // preserveOrder gives one uniform node shape for every element, however many siblings share its name.
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "",
    preserveOrder: true,
    parseTagValue: false,
    parseAttributeValue: false,
  });
  const roots = toElements(parser.parse(xml) as unknown[]);
  const root = roots.find((element) => element.name === "OfficeApp");
  if (!root) throw new Error("manifest.xml has no <OfficeApp> root");
  return root;
}

function localName(element: XmlElement): string {
  return element.name.slice(element.name.indexOf(":") + 1);
}

function descendants(element: XmlElement): XmlElement[] {
  return element.children.flatMap((child) => [child, ...descendants(child)]);
}

function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child) => child.name === name);
}

/** The only child with this name; fails when there is none or more than one. */
function only(element: XmlElement, name: string): XmlElement {
  const found = childrenNamed(element, name);
  if (found.length !== 1) throw new Error(`<${element.name}> has ${found.length} <${name}> children, not 1`);
  return found[0] as XmlElement;
}

function at(element: XmlElement, ...names: string[]): XmlElement {
  return names.reduce(only, element);
}

function attr(element: XmlElement, name: string): string {
  const value = element.attrs[name];
  if (value === undefined) throw new Error(`<${element.name}> has no ${name} attribute`);
  return value;
}

function zhCnOverrides(element: XmlElement): string[] {
  return element.children
    .filter((child) => localName(child) === "Override" && child.attrs.Locale === "zh-CN")
    .map((child) => attr(child, "Value"));
}

/** Width and height from the IHDR chunk, which the PNG format requires to come first. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature) || bytes.toString("ascii", 12, 16) !== "IHDR") {
    throw new Error(`${file} is not a PNG`);
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function assetFile(url: string): string {
  expect(url.startsWith(`${DEV_ORIGIN}assets/`)).toBe(true);
  return path.join(ROOT, url.slice(DEV_ORIGIN.length));
}

const officeApp = parseManifest(readFileSync(path.join(ROOT, "manifest.xml"), "utf8"));
const allElements = descendants(officeApp);
const versionOverrides = only(officeApp, "VersionOverrides");
const resourcesElement = only(versionOverrides, "Resources");
const resources: Resource[] = (
  [
    ["Images", "bt:Image"],
    ["Urls", "bt:Url"],
    ["ShortStrings", "bt:String"],
    ["LongStrings", "bt:String"],
  ] as const
).flatMap(([kind, itemName]) =>
  childrenNamed(resourcesElement, `bt:${kind}`).flatMap((collection) =>
    childrenNamed(collection, itemName).map((element) => ({ kind, id: attr(element, "id"), element })),
  ),
);
/** Every element that points at a resource, i.e. every element with a resid. */
const references = allElements.filter((element) => element.attrs.resid !== undefined);

function resource(id: string): Resource {
  const found = resources.filter((candidate) => candidate.id === id);
  if (found.length !== 1) throw new Error(`resource ${id} is defined ${found.length} times`);
  return found[0] as Resource;
}

function urlOf(resid: string): string {
  const found = resource(resid);
  expect(found.kind).toBe("Urls");
  return attr(found.element, "DefaultValue");
}

function extensionPoints(type: string): XmlElement[] {
  return allElements.filter(
    (element) => element.name === "ExtensionPoint" && element.attrs["xsi:type"] === type,
  );
}

function customFunctions(): XmlElement {
  const points = extensionPoints("CustomFunctions");
  expect(points).toHaveLength(1);
  return points[0] as XmlElement;
}

function showTaskpaneActions(): XmlElement[] {
  return allElements.filter(
    (element) => element.name === "Action" && element.attrs["xsi:type"] === "ShowTaskpane",
  );
}

describe("manifest.xml identity", () => {
  it("has a fixed random (version 4) GUID as its Id", () => {
    expect(only(officeApp, "Id").text).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i,
    );
  });

  it("is a task pane add-in for Excel with a four-part version", () => {
    expect(officeApp.attrs["xsi:type"]).toBe("TaskPaneApp");
    expect(only(officeApp, "Version").text).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(childrenNamed(only(officeApp, "Hosts"), "Host").map((host) => attr(host, "Name"))).toEqual([
      "Workbook",
    ]);
  });

  it("asks for ReadWriteDocument", () => {
    expect(only(officeApp, "Permissions").text).toBe("ReadWriteDocument");
  });

  it("requires the sets the add-in needs to install: custom functions with error messages, one runtime, table events", () => {
    const sets = at(officeApp, "Requirements", "Sets");
    // A Set without MinVersion inherits DefaultMinVersion, whose schema default is 1.1.
    const defaultVersion = sets.attrs.DefaultMinVersion ?? "1.1";
    const versions = Object.fromEntries(
      childrenNamed(sets, "Set").map((set) => [attr(set, "Name"), set.attrs.MinVersion ?? defaultVersion]),
    );
    // CustomFunctions.Error is CustomFunctionsRuntime 1.2 and its ErrorCode values 1.3; table.onChanged,
    // NamedItem.formula and chart series.add are ExcelApi 1.7 (test/requirements checks every member).
    expect(versions).toEqual({ CustomFunctionsRuntime: "1.3", SharedRuntime: "1.1", ExcelApi: "1.7" });
  });
});

describe("manifest.xml URLs", () => {
  const urlValues = allElements.flatMap((element) => [
    ...Object.entries(element.attrs)
      .filter(([name]) => name !== "xmlns" && !name.startsWith("xmlns:"))
      .map(([, value]) => ({ element, value })),
    { element, value: element.text },
  ]);

  it("uses https for every URL", () => {
    const insecure = urlValues
      .filter(({ value }) => value.includes("://") && !value.startsWith("https://"))
      .map(({ element, value }) => `<${element.name}> ${value}`);
    expect(insecure).toEqual([]);
  });

  it("keeps every add-in URL on the dev origin that the production build rewrites", () => {
    // AppDomains name other origins by design, so only they may leave the dev origin.
    const stray = urlValues
      .filter(({ element, value }) => element.name !== "AppDomain" && value.includes("://"))
      .filter(({ value }) => !value.startsWith(DEV_ORIGIN))
      .map(({ element, value }) => `<${element.name}> ${value}`);
    expect(stray).toEqual([]);
    expect(urlValues.filter(({ value }) => value.startsWith(DEV_ORIGIN)).length).toBeGreaterThan(5);
  });
});

describe("manifest.xml resources", () => {
  it("defines every resource id exactly once", () => {
    const ids = resources.map((candidate) => candidate.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it("resolves every resid to a resource of the kind its element needs", () => {
    expect(references.length).toBeGreaterThan(0);
    const broken = references.flatMap((element) => {
      const resid = attr(element, "resid");
      const expectedKind = RESOURCE_KIND_BY_REFERRER[localName(element)];
      if (expectedKind === undefined) return [`<${element.name}> is not in RESOURCE_KIND_BY_REFERRER`];
      const matches = resources.filter((candidate) => candidate.id === resid);
      if (matches.length !== 1)
        return [`<${element.name} resid="${resid}"> matches ${matches.length} resources`];
      const kind = (matches[0] as Resource).kind;
      return kind === expectedKind
        ? []
        : [`<${element.name} resid="${resid}"> is ${kind}, needs ${expectedKind}`];
    });
    expect(broken).toEqual([]);
  });

  it("uses every resource it defines", () => {
    const used = new Set(references.map((element) => attr(element, "resid")));
    expect(resources.map((candidate) => candidate.id).filter((id) => !used.has(id))).toEqual([]);
  });

  it("translates every short and long string, the display name and the description into zh-CN", () => {
    const strings = resources.filter(({ kind }) => kind === "ShortStrings" || kind === "LongStrings");
    expect(strings.length).toBeGreaterThan(0);
    const untranslated = [
      ...strings.map(({ id, element }) => ({ id, element })),
      { id: "DisplayName", element: only(officeApp, "DisplayName") },
      { id: "Description", element: only(officeApp, "Description") },
    ]
      .filter(({ id }) => id !== attr(only(customFunctions(), "Namespace"), "resid"))
      .filter(({ element }) => {
        const overrides = zhCnOverrides(element);
        return overrides.length !== 1 || !HAN.test(overrides[0] as string);
      })
      .map(({ id }) => id);
    expect(untranslated).toEqual([]);
  });

  it("uses GOVCLOUD as the function namespace in every locale", () => {
    const namespace = resource(attr(only(customFunctions(), "Namespace"), "resid"));
    expect(namespace.kind).toBe("ShortStrings");
    expect(attr(namespace.element, "DefaultValue")).toBe(NAMESPACE);
    // The prefix is typed into formulas, so a translated namespace would split workbooks by language.
    expect(zhCnOverrides(namespace.element)).toEqual([NAMESPACE]);
  });
});

describe("manifest.xml shared runtime", () => {
  it("declares one long-lived runtime on Taskpane.Url", () => {
    const runtimes = allElements.filter((element) => element.name === "Runtime");
    expect(runtimes).toHaveLength(1);
    expect(runtimes[0]?.attrs).toEqual({ resid: SHARED_RUNTIME_RESID, lifetime: "long" });
  });

  it("serves the task pane, the runtime and the default page from one taskpane.html", () => {
    expect(urlOf(SHARED_RUNTIME_RESID)).toBe(`${DEV_ORIGIN}taskpane.html`);
    expect(attr(at(officeApp, "DefaultSettings", "SourceLocation"), "DefaultValue")).toBe(
      urlOf(SHARED_RUNTIME_RESID),
    );
  });

  it("loads the custom functions page from Taskpane.Url and metadata from the build root", () => {
    const functions = customFunctions();
    expect(attr(at(functions, "Page", "SourceLocation"), "resid")).toBe(SHARED_RUNTIME_RESID);
    expect(urlOf(attr(at(functions, "Script", "SourceLocation"), "resid"))).toBe(`${DEV_ORIGIN}functions.js`);
    expect(urlOf(attr(at(functions, "Metadata", "SourceLocation"), "resid"))).toBe(
      `${DEV_ORIGIN}functions.json`,
    );
  });

  it("points every FunctionFile at Taskpane.Url", () => {
    const functionFiles = allElements.filter((element) => element.name === "FunctionFile");
    expect(functionFiles.length).toBeGreaterThan(0);
    expect(functionFiles.map((element) => attr(element, "resid"))).toEqual(
      functionFiles.map(() => SHARED_RUNTIME_RESID),
    );
  });

  it("opens one task pane, on Taskpane.Url, from every ShowTaskpane action", () => {
    const actions = showTaskpaneActions();
    expect(actions.length).toBeGreaterThan(0);
    expect(actions.map((action) => attr(only(action, "SourceLocation"), "resid"))).toEqual(
      actions.map(() => SHARED_RUNTIME_RESID),
    );
    // A shared runtime supports one task pane, and Office counts a pane without a TaskpaneId as another.
    const paneIds = new Set(actions.map((action) => only(action, "TaskpaneId").text));
    expect(paneIds.size).toBe(1);
    // Only this id lets a workbook set up with the add-in open with its pane (AutoShowTaskpaneWithDocument).
    expect([...paneIds][0]).toBe("Office.AutoShowTaskpaneWithDocument");
  });

  it("has one ribbon button, Forecast, that shows the task pane", () => {
    const buttons = allElements.filter(
      (element) => element.name === "Control" && element.attrs["xsi:type"] === "Button",
    );
    expect(buttons).toHaveLength(1);
    const button = buttons[0] as XmlElement;
    expect(attr(resource(attr(only(button, "Label"), "resid")).element, "DefaultValue")).toBe("Forecast");
    expect(only(button, "Action").attrs["xsi:type"]).toBe("ShowTaskpane");
  });
});

describe("manifest.xml icons", () => {
  it.each([16, 32, 64, 80, 128])("ships assets/icon-%i.png at that size", (size) => {
    const file = path.join(ROOT, "assets", `icon-${size}.png`);
    expect(existsSync(file)).toBe(true);
    expect(pngSize(file)).toEqual({ width: size, height: size });
  });

  it("gives every ribbon icon list the mandatory 16, 32 and 80 px images", () => {
    const iconLists = allElements.filter((element) => element.name === "Icon");
    expect(iconLists.length).toBeGreaterThan(0);
    for (const icon of iconLists) {
      const sizes = icon.children.map((image) => Number(attr(image, "size")));
      expect(sizes).toEqual(expect.arrayContaining([16, 32, 80]));
    }
  });

  it("references image files that exist at the size each reference declares", () => {
    const expected = [
      { url: attr(only(officeApp, "IconUrl"), "DefaultValue"), size: 32 },
      { url: attr(only(officeApp, "HighResolutionIconUrl"), "DefaultValue"), size: 64 },
      ...references
        .filter((element) => localName(element) === "Image")
        .map((element) => ({
          url: attr(resource(attr(element, "resid")).element, "DefaultValue"),
          size: Number(attr(element, "size")),
        })),
    ];
    expect(expected.length).toBeGreaterThan(2);
    for (const { url, size } of expected) {
      const file = assetFile(url);
      expect(existsSync(file)).toBe(true);
      expect({ url, ...pngSize(file) }).toEqual({ url, width: size, height: size });
    }
  });
});
