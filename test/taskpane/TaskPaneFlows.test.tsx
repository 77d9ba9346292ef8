/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import { compileForecast } from "../../src/model/forecast";
import { createScenario } from "../../src/model/scenario";
import { numberFormatting } from "../../src/taskpane/i18n/numbers";
import { createMemoryWorkbook } from "../../src/taskpane/preview/memoryWorkbook";
import { forecastCell, formReady, renderPane, setUpWorkbook } from "./renderPane";

const GROWTH = "Gov-cloud market growth in 2022";

describe("the pane's flows at task-pane width (issue 11)", () => {
  test("before set-up, Inputs shows the built-in scenarios read-only", async () => {
    const workbook = createMemoryWorkbook();
    const { user } = renderPane(workbook);
    expect(await screen.findByText(/Built-in scenarios, read-only/)).toBeInTheDocument();
    // The engine's forecast of the built-in Base, formatted as the pane formats 亿 CNY.
    const market2025 = compileForecast(createScenario("base", [])).value("market.gov", 2025);
    expect(forecastCell("market.gov", 2025).textContent).toBe(
      numberFormatting("en").formatValue(market2025, "亿 CNY"),
    );
    const field = screen.getByLabelText(GROWTH);
    expect(field).toHaveValue("20");
    expect(field).toHaveAttribute("readonly");
    expect(screen.queryByRole("button", { name: "Add scenario…" })).not.toBeInTheDocument();
    await user.click(screen.getByRole("tab", { name: "Bull" }));
    expect(screen.getByLabelText(GROWTH)).toHaveValue("28");
  });

  test("before set-up, Sheets says why; after it, the same forecast becomes editable", async () => {
    const workbook = createMemoryWorkbook();
    const { user } = renderPane(workbook);
    await screen.findByText(/Built-in scenarios, read-only/);
    const before = forecastCell("market.gov", 2025).textContent;
    await user.click(screen.getByRole("tab", { name: "Sheets" }));
    expect(screen.getByText(/The forecast sheet is written from the inputs table/)).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Set up workbook" }));
    await user.click(screen.getByRole("tab", { name: "Inputs" }));
    await waitFor(() => expect(screen.getByLabelText(GROWTH)).not.toHaveAttribute("readonly"));
    expect(forecastCell("market.gov", 2025).textContent).toBe(before);
  });

  test("each “Why this value” button is named after its assumption", async () => {
    renderPane(await setUpWorkbook());
    await formReady();
    const why = screen.getByRole("button", { name: `Why this value: ${GROWTH}` });
    expect(why).toHaveTextContent("Why this value");
    const names = screen
      .getAllByRole("button", { name: /^Why this value/ })
      .map((button) => button.getAttribute("aria-label"));
    expect(new Set(names).size).toBe(names.length);
  });

  test("a percent field reads 30 as 30%, and asks about 0.3", async () => {
    const workbook = await setUpWorkbook();
    const { user } = renderPane(workbook);
    await formReady();
    const field = screen.getByLabelText(GROWTH);
    expect(screen.getAllByText("Percent: type 30 or 30% for 30%.").length).toBeGreaterThan(0);
    await user.clear(field);
    await user.type(field, "0.3");
    expect(await screen.findByText("“0.3” is 0.3%. Did you mean 30%?")).toBeInTheDocument();
    // Leaving the field does not write the doubtful value.
    await user.tab();
    expect(workbook.writeValue).not.toHaveBeenCalled();
    await user.click(screen.getByRole("button", { name: "Use 30%" }));
    await waitFor(() =>
      expect(workbook.writeValue).toHaveBeenCalledWith("market.gov.growth.near", "Base", 0.3),
    );
    expect(screen.getByLabelText(GROWTH)).toHaveValue("30");
  });

  test("a bad value left in a field is marked as not applied", async () => {
    const workbook = await setUpWorkbook();
    const { user } = renderPane(workbook);
    await formReady();
    const field = screen.getByLabelText(GROWTH);
    await user.clear(field);
    await user.type(field, "abc");
    await user.tab();
    expect(
      await screen.findByText("Enter a number. Not applied: the workbook keeps 20%."),
    ).toBeInTheDocument();
    expect(workbook.writeValue).not.toHaveBeenCalled();
  });

  test("switching scenario with a value not applied asks first", async () => {
    const workbook = await setUpWorkbook();
    const { user } = renderPane(workbook);
    await formReady();
    const field = screen.getByLabelText(GROWTH);
    await user.clear(field);
    await user.type(field, "abc");
    await user.click(screen.getByRole("tab", { name: "Bull" }));
    const question = await screen.findByRole("alertdialog", { name: "Switch to Bull?" });
    expect(question).toHaveTextContent(`${GROWTH} (“abc”)`);
    await user.click(within(question).getByRole("button", { name: "Cancel" }));
    expect(screen.getByRole("tab", { name: "Base" })).toHaveAttribute("aria-selected", "true");
    expect(screen.getByLabelText(GROWTH)).toHaveValue("abc");

    await user.click(screen.getByRole("tab", { name: "Bull" }));
    await user.click(
      within(await screen.findByRole("alertdialog", { name: "Switch to Bull?" })).getByRole("button", {
        name: "Switch",
      }),
    );
    await waitFor(() => expect(screen.getByLabelText(GROWTH)).toHaveValue("28"));
    // A clean form switches without asking.
    await user.click(screen.getByRole("tab", { name: "Bear" }));
    await waitFor(() => expect(screen.getByLabelText(GROWTH)).toHaveValue("12"));
    expect(screen.queryByRole("alertdialog")).toBeNull();
    expect(workbook.writeValue).not.toHaveBeenCalled();
  });

  test("Base above Bull warns in the field as it is typed", async () => {
    const workbook = await setUpWorkbook();
    const { user } = renderPane(workbook);
    await formReady();
    const field = screen.getByLabelText(GROWTH);
    await user.clear(field);
    await user.type(field, "35");
    expect(
      await screen.findByText(/^Base \(35%\) is outside Bear \(12%\) … Bull \(28%\)/),
    ).toBeInTheDocument();
  });

  test("open groups stay open across scenario tabs", async () => {
    const workbook = await setUpWorkbook();
    const { user } = renderPane(workbook);
    await formReady();
    await user.click(screen.getByRole("button", { name: "Cities" }));
    expect(screen.getByRole("button", { name: "Cities" })).toHaveAttribute("aria-expanded", "true");
    await user.click(screen.getByRole("tab", { name: "Bear" }));
    expect(screen.getByRole("button", { name: "Cities" })).toHaveAttribute("aria-expanded", "true");
    expect(screen.getByRole("button", { name: "Market" })).toHaveAttribute("aria-expanded", "true");
  });

  test("a user vendor's half-life that follows Tencent's can be set: the row is added, other scenarios keep Tencent's", async () => {
    const workbook = await setUpWorkbook();
    await workbook.addVendor({
      name: "Alibaba",
      revenue: [
        { year: 2018, value: 150 },
        { year: 2019, value: 355 },
      ],
    });
    const { user } = renderPane(workbook);
    await formReady();
    await user.click(screen.getByRole("button", { name: "Vendors" }));
    const followed = document.querySelector<HTMLElement>('[data-follows="vendor.Alibaba.fade.halfLife"]');
    expect(followed).not.toBeNull();
    expect(
      within(followed as HTMLElement).getByText(/follows Tencent \(.+\) until you set it here\./),
    ).toBeInTheDocument();
    const field = within(followed as HTMLElement).getByRole("textbox");
    await user.clear(field);
    await user.type(field, "3{Enter}");

    const tencentRow = (await workbook.readInputs())?.rows.find(
      (r) => r.key === "vendor.Tencent.fade.halfLife",
    );
    await waitFor(() => expect(workbook.addVendorAssumption).toHaveBeenCalledTimes(1));
    const [key, values] = (workbook.addVendorAssumption as jest.Mock).mock.calls[0] as [
      string,
      Map<string, number>,
    ];
    expect(key).toBe("vendor.Alibaba.fade.halfLife");
    // Base gets the typed value; Bear and Bull keep the value they followed (Tencent's row, read back).
    expect(values.get("Base")).toBe(3);
    expect(values.get("Bear")).toBe(tencentRow?.values.Bear);
    expect(values.get("Bull")).toBe(tencentRow?.values.Bull);
    const added = (await workbook.readInputs())?.rows.find((r) => r.key === "vendor.Alibaba.fade.halfLife");
    expect(added?.values).toEqual({ Bear: tencentRow?.values.Bear, Base: 3, Bull: tencentRow?.values.Bull });
    // The row is inside the table: the snapshot reads it without a problem, and the list says it is its own.
    expect((await workbook.readInputs())?.problems).toEqual([]);
    expect(await screen.findByText("Alibaba: half-life of growth fade: 3 years")).toBeInTheDocument();
  });

  test("a user vendor shows in the forecast and its fade says it follows Tencent; Remove asks, then removes", async () => {
    const workbook = await setUpWorkbook();
    await workbook.addVendor({
      name: "Alibaba",
      revenue: [
        { year: 2018, value: 150 },
        { year: 2019, value: 355 },
      ],
    });
    const { user } = renderPane(workbook);
    await formReady();
    expect(screen.getByRole("table", { name: /Cloud revenue by vendor/ })).toHaveTextContent("Alibaba");
    await user.click(screen.getByRole("button", { name: "Vendors" }));
    // Tencent's long-run revenue growth in Base is 12% (the catalogue's default).
    expect(
      screen.getByText(
        "Alibaba cloud revenue: long-run growth: follows Tencent (12%) until you set it here.",
      ),
    ).toBeInTheDocument();
    const remove = screen.getByRole("button", { name: "Remove the vendor “Alibaba”…" });
    await user.click(remove);
    const question = await screen.findByRole("alertdialog", { name: "Remove “Alibaba”?" });
    // Which button Fluent focuses on open is checked in Chromium (test/e2e/taskpaneWidth.test.ts):
    // jsdom has no layout, so tabster finds nothing focusable and focuses the surface.
    expect(
      within(question)
        .getAllByRole("button")
        .map((b) => b.textContent),
    ).toEqual(["Cancel", "Remove"]);
    await user.click(within(question).getByRole("button", { name: "Remove" }));
    await waitFor(() => expect(workbook.removeVendor).toHaveBeenCalledWith("Alibaba"));
    await waitFor(() => expect(screen.queryByRole("table", { name: /Cloud revenue by vendor/ })).toBeNull());
    // The opener went with the vendor: focus lands on Add vendor, not on the page.
    await waitFor(() => expect(screen.getByRole("button", { name: "Add vendor…" })).toHaveFocus());
  });
});
