/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { AddVendorDialog } from "../../../src/taskpane/components/AddVendorDialog";
import { LanguageProvider } from "../../../src/taskpane/i18n/LanguageContext";
import { vendorProblems, vendorRows } from "../../../src/workbook/vendorDefinition";
import type { Language, VendorDefinition } from "../../../src/workbook/workbookOperations";

/**
 * The Add vendor dialog checks a definition by the same rules as vendorRows, which Add vendor runs
 * in Excel and in the preview: the same bad definition is refused with the same message in both.
 */

const KNOWN = ["Tencent", "Alibaba"];

interface Typed {
  readonly name: string;
  readonly year1?: string;
  readonly revenue1?: string;
  readonly year2?: string;
  readonly revenue2?: string;
  readonly halfLife?: string;
}

async function submitted(typed: Typed, language: Language = "en") {
  const onSubmit = jest.fn<void, [VendorDefinition]>();
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <LanguageProvider language={language} onLanguageChange={() => undefined}>
        <AddVendorDialog vendors={KNOWN} busy={false} onSubmit={onSubmit} onClose={() => undefined} />
      </LanguageProvider>
    </FluentProvider>,
  );
  const dialog = await screen.findByRole("dialog");
  const fields = within(dialog).getAllByRole("textbox");
  const [name, year1, revenue1, year2, revenue2, , halfLife] = fields;
  const type = async (field: HTMLElement | undefined, text: string | undefined) => {
    if (!field || text === undefined) return;
    await user.clear(field);
    if (text !== "") await user.type(field, text);
  };
  await type(name, typed.name);
  await type(year1, typed.year1);
  await type(revenue1, typed.revenue1 ?? "50");
  await type(year2, typed.year2);
  await type(revenue2, typed.revenue2 ?? "80");
  await type(halfLife, typed.halfLife);
  await user.click(within(dialog).getByRole("button", { name: language === "en" ? "Add" : "添加" }));
  return { dialog, onSubmit };
}

/** The definition the dialog's fields describe (defaults: years 2018 and 2019, revenue 50 and 80). */
function definitionOf(typed: Typed): VendorDefinition {
  return {
    name: typed.name,
    revenue: [
      { year: Number(typed.year1 ?? 2018), value: Number(typed.revenue1 ?? 50) },
      { year: Number(typed.year2 ?? 2019), value: Number(typed.revenue2 ?? 80) },
    ],
    ...(typed.halfLife !== undefined ? { halfLife: Number(typed.halfLife) } : {}),
  };
}

function refusal(definition: VendorDefinition): string {
  try {
    vendorRows(definition, KNOWN);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`vendorRows accepted ${JSON.stringify(definition)}`);
}

describe("Add vendor: the dialog and vendorRows refuse the same definitions alike", () => {
  it.each<[string, Typed]>([
    ["no name", { name: "" }],
    ["a name with a space", { name: "Ali Cloud" }],
    ["a name with a dot", { name: "Ali.Cloud" }],
    ["the built-in vendor's name, in another case", { name: "tencent" }],
    ["a name taken (ignoring case)", { name: "ALIBABA" }],
    ["a year out of range", { name: "Huawei", year1: "1999" }],
    ["two equal years", { name: "Huawei", year1: "2019", year2: "2019" }],
  ])("%s: the same message", async (_, typed) => {
    const expected = refusal(definitionOf(typed));
    const { dialog, onSubmit } = await submitted(typed);
    expect(within(dialog).getByText(expected)).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it("a value out of bounds: the same limits, shown in the pane's units", async () => {
    const typed = { name: "Huawei", halfLife: "80" };
    const [problem] = vendorProblems(definitionOf(typed), KNOWN);
    expect(problem?.bounds).toMatchObject({ kind: "outOfBounds", lower: 0.25, upper: 50 });
    expect(refusal(definitionOf(typed))).toBe(
      "vendor.Huawei.fade.halfLife is 80; it must be between 0.25 and 50. Correct it and try again.",
    );
    const { dialog, onSubmit } = await submitted(typed);
    expect(within(dialog).getByText("Enter a value from 0.25 years to 50 years.")).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it("in Chinese the dialog shows the rule's Chinese text", async () => {
    const typed = { name: "Huawei", year1: "2019", year2: "2019" };
    const [problem] = vendorProblems(definitionOf(typed), KNOWN);
    const { dialog } = await submitted(typed, "zh-CN");
    expect(within(dialog).getByText(problem?.message.zh ?? "?")).toBeInTheDocument();
  });

  it("a definition both accept reaches onSubmit as vendorRows takes it", async () => {
    const typed = { name: "Huawei", halfLife: "3" };
    expect(vendorRows(definitionOf(typed), KNOWN).map((row) => row.key)).toEqual([
      "vendor.Huawei.revenue.2018",
      "vendor.Huawei.revenue.2019",
      "vendor.Huawei.fade.halfLife",
    ]);
    const { onSubmit } = await submitted(typed);
    expect(onSubmit).toHaveBeenCalledWith(definitionOf(typed));
  });
});
