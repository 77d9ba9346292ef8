/** @jest-environment jsdom */
import { screen, waitFor } from "@testing-library/react";
import { formReady, renderPane, setUpWorkbook } from "../renderPane";

describe("risk panel", () => {
  test("loads on demand, runs the Monte Carlo with progress, draws the charts and writes the sheet", async () => {
    const workbook = await setUpWorkbook();
    const { user } = renderPane(workbook);
    await formReady();
    await user.click(screen.getByRole("tab", { name: "Risk" }));

    const trials = await screen.findByLabelText("Trials");
    // The tornado needs no run: it is there at once for the chosen series and year.
    expect(screen.getByRole("img", { name: /What moves Gov-cloud market in 2030/ })).toBeInTheDocument();

    await user.clear(trials);
    await user.type(trials, "50");
    expect(screen.getByText("Enter a whole number from 100 to 200,000.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Run" })).toBeDisabled();
    await user.clear(trials);
    await user.type(trials, "400");
    await user.click(screen.getByRole("button", { name: "Run" }));

    const fan = await screen.findByRole("img", { name: /Gov-cloud market: P10–P90 band and P50, 2018–2035/ });
    expect(fan).toHaveAccessibleName(/In 2030, P10 .*, P50 .*, P90 /);
    expect(screen.getByRole("table", { name: "Percentiles of Gov-cloud market" })).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Write to a sheet" }));
    await waitFor(() => expect(workbook.writeRiskSheet).toHaveBeenCalledTimes(1));
    const [data, language] = jest.mocked(workbook.writeRiskSheet).mock.calls[0] ?? [];
    expect(language).toBe("en");
    expect(data).toMatchObject({ series: "market.gov", year: 2030, trials: 400, seed: 1 });
    expect(data?.years).toHaveLength(18);
    expect(data?.p10.every((p10, i) => p10 <= (data.p90[i] ?? Number.NaN))).toBe(true);
    expect(data?.tornado[0]).toEqual(
      expect.objectContaining({ key: expect.any(String), label: expect.any(String) }),
    );
    expect(await screen.findByText("Wrote the sheet “GovCloud Risk”.")).toBeInTheDocument();
  });

  test("Cancel stops a long run", async () => {
    const workbook = await setUpWorkbook();
    const { user } = renderPane(workbook);
    await formReady();
    await user.click(screen.getByRole("tab", { name: "Risk" }));
    const trials = await screen.findByLabelText("Trials");
    await user.clear(trials);
    // Long, yet within the 128 MB a simulation of every series may hold (62,601 trials of the built-in table).
    await user.type(trials, "60000");
    await user.click(screen.getByRole("button", { name: "Run" }));
    expect(await screen.findByRole("progressbar", { name: "Progress of the risk run" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    expect(
      await screen.findByText(/The run was cancelled after [\d,]+ of 60,000 trials\./),
    ).toBeInTheDocument();
    expect(screen.queryByRole("img", { name: /P10–P90/ })).not.toBeInTheDocument();
  });

  test("a run too large to keep every series keeps the chosen one and says so", async () => {
    const workbook = await setUpWorkbook();
    const { user } = renderPane(workbook);
    await formReady();
    await user.click(screen.getByRole("tab", { name: "Risk" }));
    const trials = await screen.findByLabelText("Trials");
    await user.clear(trials);
    // The built-in table's 15 varied assumptions and 11 series: every series fits up to 62,601 trials
    // (8 bytes × (15 draws + 11 × 23 series-years) per trial in 128 MB), one series up to 441,505.
    await user.type(trials, "70000");
    expect(screen.queryByText(/Enter a whole number|trials of this table fit/)).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Run" }));

    expect(
      await screen.findByRole("img", { name: /Gov-cloud market: P10–P90 band and P50/ }, { timeout: 20_000 }),
    ).toBeInTheDocument();
    const label = screen.getByText(/Run of 70,000 trials/);
    expect(label).toHaveTextContent("the run kept Gov-cloud market only.");
    expect(label).not.toHaveTextContent("Run again to see this series.");

    // Another series was not kept: no fan from the wrong numbers, and the label says what to do.
    const choice = screen.getByLabelText("Series");
    await user.selectOptions(choice, "vendor.govShare");
    expect(screen.queryByRole("img", { name: /P10–P90/ })).not.toBeInTheDocument();
    expect(screen.getByText(/Run of 70,000 trials/)).toHaveTextContent("Run again to see this series.");
  });

  test("the trials field is bounded by the memory a run of this table may use", async () => {
    const workbook = await setUpWorkbook();
    // 25 vendors whose two observed revenues differ between Bear and Bull: 50 more varied assumptions,
    // 65 in all, so one series needs 8 × (65 + 23) = 704 bytes a trial and 128 MB holds 190,650 trials.
    for (let i = 0; i < 25; i++) {
      await workbook.addVendor({
        name: `V${i}`,
        revenue: [
          { year: 2019, value: 10 + i },
          { year: 2020, value: 20 + i },
        ],
      });
      workbook.typeInSheet(`vendor.V${i}.revenue.2019`, "Bear", 5 + i);
      workbook.typeInSheet(`vendor.V${i}.revenue.2020`, "Bear", 12 + i);
    }
    const { user } = renderPane(workbook);
    await formReady();
    await user.click(screen.getByRole("tab", { name: "Risk" }));
    const trials = await screen.findByLabelText("Trials");
    await user.clear(trials);
    await user.type(trials, "200000");
    expect(
      screen.getByText(
        "At most 190,650 trials of this table fit in the memory a run may use: enter 190,650 or fewer.",
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Run" })).toBeDisabled();
    await user.clear(trials);
    await user.type(trials, "190650");
    expect(screen.queryByText(/trials of this table fit/)).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Run" })).toBeEnabled();
  });
});
