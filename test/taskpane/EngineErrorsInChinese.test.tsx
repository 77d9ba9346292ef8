/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import { renderPane, setUpWorkbook } from "./renderPane";

/**
 * The engine's messages in the Chinese pane are Chinese (src/model/errors.ts carries both texts),
 * and follow the pane when its language changes.
 */

const HAN = /[\u4e00-\u9fff]/;
// An English sentence left inside the Chinese: three Latin words in a row (as sharedValidation.test.ts checks).
const ENGLISH_SENTENCE = /[a-z]+ [a-z]+ [a-z]+/i;

describe("engine errors in the Chinese pane", () => {
  test("the Inputs tab says in Chinese why a scenario the engine refuses has no forecast", async () => {
    const workbook = await setUpWorkbook("zh-CN");
    // Each cell is a valid number, but Base is anchored on a year it has no actual for: the
    // engine (anchoring.ts), not the table reader, refuses it.
    if (!workbook.writeRows) throw new Error("the memory workbook adds rows");
    await workbook.writeRows([{ key: "anchor.market.gov", values: { Base: 2024 }, otherwise: 0 }]);
    const { user } = renderPane(workbook, "zh-CN");
    const message = await screen.findByText(/^该情景无法预测:/);
    expect(message).toHaveTextContent(
      "该情景无法预测:anchor.market.gov = 2024 需要该年的实际值:请添加一行 actual.market.gov.2024 并填入数值。",
    );
    expect(message.textContent).not.toMatch(ENGLISH_SENTENCE);

    await user.selectOptions(screen.getByLabelText("语言"), "en");
    expect(
      await screen.findByText(
        "No forecast for this scenario: anchor.market.gov = 2024 needs the actual of that year: add a row actual.market.gov.2024 with its value.",
      ),
    ).toBeInTheDocument();
  });

  test("the Actuals tab's SOLVE says in Chinese that the target is out of reach, and follows a language switch", async () => {
    const workbook = await setUpWorkbook("zh-CN");
    const { user } = renderPane(workbook, "zh-CN");
    await user.click(await screen.findByRole("tab", { name: "实际数据" }));
    const solveForm = await screen.findByRole("region", { name: "反向求解…" });
    const target = within(solveForm).getByLabelText("目标值");
    await user.clear(target);
    await user.type(target, "1000000000");
    await user.click(within(solveForm).getByRole("button", { name: "求解" }));
    const status = await within(solveForm).findByText(/^market\.gov 在 2030 年无法达到 1000000000:/);
    expect(status.textContent).toMatch(HAN);
    expect(status.textContent).toMatch(/market\.gov\.growth\.near 从 -0\.5 变到 2 时/);
    expect(status.textContent).not.toMatch(ENGLISH_SENTENCE);

    await user.selectOptions(screen.getByLabelText("语言"), "en");
    expect(
      await screen.findByText(/^market\.gov in 2030 cannot reach 1000000000: it spans/),
    ).toBeInTheDocument();
  });
});
