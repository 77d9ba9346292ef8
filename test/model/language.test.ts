import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { SRC, sourceFiles } from "./sourceFiles";
import { BilingualError, LANGUAGES, errorMessage, inLanguage } from "../../src/model/language";

describe("one language type and one picker", () => {
  test("inLanguage picks the text, or any value kept by language", () => {
    expect(inLanguage({ en: "Base", zh: "基准" }, "en")).toBe("Base");
    expect(inLanguage({ en: "Base", zh: "基准" }, "zh-CN")).toBe("基准");
    expect(inLanguage({ en: ["Key"], zh: ["键"] }, "zh-CN")).toEqual(["键"]);
    expect(LANGUAGES).toEqual(["en", "zh-CN"]);
  });

  test("a BilingualError says its message in the language asked for; other errors keep theirs", () => {
    const error = new BilingualError({ en: "Type a name.", zh: "请输入名称。" });
    expect(error.message).toBe("Type a name.");
    expect(errorMessage(error, "zh-CN")).toBe("请输入名称。");
    expect(errorMessage(new Error("Boom."), "zh-CN")).toBe("Boom.");
    expect(errorMessage("text", "en")).toBe("text");
  });

  // A second copy of the type or of the choice is how the three languages types and four pickers
  // this replaced came about; src/model/language.ts is the one place for both.
  test("no other source file declares the language type or picks text by comparing the language", () => {
    const offending = sourceFiles()
      .filter((path) => !path.endsWith(join("model", "language.ts")))
      .flatMap((path) => {
        const text = readFileSync(path, "utf8");
        const found = [
          /type \w+ = "en" \| "zh-CN"/.test(text) && "declares the language type",
          // The comparison as the whole condition of a choice (a rule of one language's grammar, such
          // as "1 year", is a condition among others and stays).
          /(?:[=(:,]|return)\s*(language|lang) [!=]== "(en|zh-CN)"\s*\?/.test(text) &&
            "picks by comparing the language",
        ].filter((x): x is string => typeof x === "string");
        return found.map((what) => `${relative(SRC, path)} ${what}`);
      });
    expect(offending).toEqual([]);
  });
});
