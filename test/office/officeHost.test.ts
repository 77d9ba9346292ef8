import { whenOfficeReady } from "../../src/office/officeHost";

describe("whenOfficeReady", () => {
  afterEach(() => {
    delete (globalThis as { Office?: unknown }).Office;
  });

  function fakeOffice(host: string | null, displayLanguage: string) {
    (globalThis as { Office?: unknown }).Office = {
      HostType: { Excel: "Excel" },
      onReady: async () => ({ host, platform: null }),
      context: { displayLanguage },
    };
  }

  it("reports Excel and its display language", async () => {
    fakeOffice("Excel", "zh-CN");
    await expect(whenOfficeReady()).resolves.toEqual({ inExcel: true, displayLanguage: "zh-CN" });
  });

  it("reports a plain browser when office.js finds no host", async () => {
    fakeOffice(null, "en-US");
    await expect(whenOfficeReady()).resolves.toEqual({ inExcel: false, displayLanguage: undefined });
  });

  it("reports a plain browser when office.js did not load at all", async () => {
    await expect(whenOfficeReady()).resolves.toEqual({ inExcel: false, displayLanguage: undefined });
  });
});
