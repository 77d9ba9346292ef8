/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import { languageOf } from "../../src/model/language";
import { STRINGS } from "../../src/taskpane/i18n/strings";
import { formReady, renderPane, setUpWorkbook } from "./renderPane";

describe("language", () => {
  test("switching to Chinese shows Chinese labels, numbers and assumption labels", async () => {
    const workbook = await setUpWorkbook();
    const { user } = renderPane(workbook);
    await formReady();
    await user.selectOptions(screen.getByLabelText("Language"), "zh-CN");

    expect(
      screen.getByRole("heading", { level: 1, name: "GovCloud Forecast 政务云预测" }),
    ).toBeInTheDocument();
    expect(screen.getByRole("tab", { name: "输入" })).toBeInTheDocument();
    expect(screen.getByRole("tab", { name: "基准", selected: true })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "市场" })).toBeInTheDocument();
    expect(screen.getByLabelText("2022年政务云市场增速")).toHaveValue("20");
    expect(screen.getByRole("table", { name: "主要序列预测,基准情景" })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe("zh-CN");
    // The problems are read again in the new language.
    expect(workbook.readInputs).toHaveBeenLastCalledWith("zh-CN");

    await user.selectOptions(screen.getByLabelText("语言"), "en");
    expect(screen.getByRole("tab", { name: "Inputs" })).toBeInTheDocument();
  });

  test("starts in the language Office displays", async () => {
    renderPane(await setUpWorkbook("zh-CN"), "zh-CN");
    expect(await screen.findByRole("tab", { name: "风险" })).toBeInTheDocument();
    expect(await screen.findByLabelText("2021年政务云市场规模(信通院预测)")).toHaveAccessibleDescription(
      /文章数据/,
    );
  });

  test("maps Office display languages to the pane's two", () => {
    expect(languageOf("zh-CN")).toBe("zh-CN");
    expect(languageOf("zh-Hans-CN")).toBe("zh-CN");
    expect(languageOf("zh-TW")).toBe("en");
    expect(languageOf("en-US")).toBe("en");
    expect(languageOf("de-DE")).toBe("en");
    expect(languageOf(undefined)).toBe("en");
  });

  test("the translation table has every string in both languages, with the same placeholders", () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, english] of Object.entries(STRINGS.en)) {
      const chinese = STRINGS["zh-CN"][key as keyof typeof STRINGS.en];
      expect(chinese).toBeTruthy();
      expect({ key, placeholders: placeholders(chinese) }).toEqual({
        key,
        placeholders: placeholders(english),
      });
    }
  });
});
