import { BASELINE_FIGURES } from "../../src/model/baseline";
import { NOTES_SHEET, buildModelLayout, type ModelLayoutOptions } from "../../src/model/modelLayout";

/**
 * The Notes sheet restates the method with the workbook's own figures and places: the anchor figures
 * (article: CAICT's 2021 forecasts, baseline-figures.md caict.govCloud.2021 and
 * caict.cloudMarket.2021), each vendor's observed years, the selector's cell. Generated, so a
 * user's vendor or a changed anchor is described as it is.
 */
function notes(options: ModelLayoutOptions): string {
  const sheet = buildModelLayout(options).sheets.find((s) => s.name === NOTES_SHEET);
  if (!sheet) throw new Error("no Notes sheet");
  return sheet.cells.map((cell) => String(cell.value ?? "")).join("\n");
}

const figure = (key: string): number => {
  const found = BASELINE_FIGURES.find((f) => f.key === key);
  if (!found) throw new Error(`no baseline figure ${key}`);
  return found.value;
};

describe("the Notes sheet's method text", () => {
  test("names the article's anchor figures, the built-in vendor's observed years and the selector", () => {
    const gov = figure("caict.govCloud.2021");
    const total = figure("caict.cloudMarket.2021");
    expect([gov, total]).toEqual([813, 1858]); // the article's figures, as baseline-figures.md lists them
    const en = notes({});
    expect(en).toContain(`2021 is CAICT's forecast (${gov} 亿).`);
    expect(en).toContain(`from its 2021 value (${gov}/${total})`);
    expect(en).toContain("fading from the 2022 rate");
    expect(en).toContain("two observed years (Tencent: 2018, 2019)");
    expect(en).toContain("Forecast!D2 names the GovCloud Inputs column");
    const zh = notes({ language: "zh-CN" });
    expect(zh).toContain(`2021年为信通院预测值(${gov}亿)`);
    expect(zh).toContain("两个观测年(腾讯: 2018, 2019)");
  });

  test("a user's vendor is named with its own observed years", () => {
    const text = notes({
      overrides: [
        { key: "vendor.Alibaba.revenue.2019", value: 300 },
        { key: "vendor.Alibaba.revenue.2021", value: 600 },
        { key: "vendor.Alibaba.govContracts.2019", value: 20 },
        { key: "vendor.Alibaba.govContracts.2021", value: 45 },
      ],
    });
    expect(text).toContain("(Tencent: 2018, 2019; Alibaba: 2019, 2021)");
  });

  test("an anchor the user changed is not called CAICT's", () => {
    const text = notes({ overrides: [{ key: "market.gov.2021", value: 900 }] });
    expect(text).toContain("2021 is set by the user (900 亿).");
    expect(text).toContain("(900/1858)");
    expect(text).not.toContain("CAICT's forecast (");
  });
});
