import { localLabel } from "../../../src/taskpane/i18n/localLabel";

test("the built-in vendor is 腾讯 in Chinese labels; a user's vendor keeps its name", () => {
  const label = { en: "Tencent cloud revenue", zh: "Tencent云收入" };
  expect(localLabel(label, "zh-CN")).toBe("腾讯云收入");
  expect(localLabel(label, "en")).toBe("Tencent cloud revenue");
  expect(localLabel({ en: "Alibaba cloud revenue", zh: "Alibaba云收入" }, "zh-CN")).toBe("Alibaba云收入");
  expect(localLabel({ en: "Gov-cloud market", zh: "政务云市场规模" }, "zh-CN")).toBe("政务云市场规模");
});
