import { spawn, spawnSync } from "node:child_process";
import {
  chmod,
  lstat,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  stat,
  symlink,
  writeFile,
} from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BASELINE_FIGURES } from "../../src/model/baseline";
import { compileForecast } from "../../src/model/forecast";
import { builtInScenario, createScenario } from "../../src/model/scenario";
import { checkFiniteCells } from "../../src/cli/finiteCells";
import { cli } from "./cliHarness";
import { parseCsv } from "./soffice";

let work = "";
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), "govcloud-cli-"));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe("help", () => {
  it.each(["export", "table", "baseline"])("%s --help prints usage and exits 0", async (command) => {
    const result = await cli(command, "--help");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^Usage: govcloud-forecast ${command}`));
    expect(result.stderr).toBe("");
  });

  it("lists the commands with --help, and fails without a command", async () => {
    expect((await cli("--help")).stdout).toMatch(/export.*\n.*table.*\n.*baseline/);
    const bare = await cli();
    expect(bare.code).toBe(2);
    expect(bare.stderr).toMatch(/Commands:/);
  });
});

describe("bad arguments exit with code 2 and say what is wrong", () => {
  it.each([
    [["frobnicate"], /unknown command "frobnicate"/],
    [["table", "--bogus"], /Unknown option '--bogus'/],
    [["table", "--series"], /--series.*argument missing/],
    [
      ["table", "--set", "market.gov.growth.nearr=0.3"],
      /Unknown assumption "market\.gov\.growth\.nearr".*Closest keys: market\.gov\.growth\.near/,
    ],
    [
      ["table", "--set", "market.gov.growth.near=5"],
      /market\.gov\.growth\.near \(--set market\.gov\.growth\.near=5\) is 5; it must be between -0\.5 and 2/,
    ],
    [["table", "--set", "market.gov.growth.near"], /--set needs key=value/],
    [["table", "--set", "city.count=many"], /city\.count \(--set city\.count=many\) must be a number/],
    [["table", "--set", "market.gov.2021=2000"], /above 100%/],
    [["table", "--scenario", "optimistic"], /Unknown scenario "optimistic"/],
    [["table", "--series", "market.nope"], /Unknown series "market\.nope"/],
    [["table", "--format", "xml"], /Unknown format "xml"/],
    [["table", "--from", "2017"], /--from 2017 is outside 2018–2040/],
    [["table", "--to", "next"], /--to must be a year/],
    [["table", "--from", "2030", "--to", "2020"], /--from 2030 is after --to 2020/],
    [["export"], /export needs --out/],
    [["export", "--out", "model.csv"], /--out must name an \.xlsx file/],
    [["export", "--out", "x.xlsx", "--lang", "fr"], /Unknown language "fr"/],
    [["baseline", "--format", "yaml"], /Unknown format "yaml"/],
  ])("%p", async (argv, message) => {
    const result = await cli(...argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe("");
  });

  it("the real process exits with code 2", () => {
    const tsx = join(__dirname, "../../node_modules/.bin/tsx");
    const run = spawnSync(tsx, [join(__dirname, "../../src/cli/main.ts"), "table", "--set", "no.such=1"], {
      encoding: "utf8",
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/Unknown assumption "no\.such"/);
  }, 30_000);
});

describe("table", () => {
  it("prints the engine's values as JSON", async () => {
    const result = await cli(
      "table",
      "--series",
      "market.gov",
      "--series",
      "vendor.govShare",
      "--format",
      "json",
    );
    expect(result.code).toBe(0);
    const output = JSON.parse(result.stdout);
    const forecast = compileForecast(builtInScenario("base"));
    expect(output.scenario).toBe("base");
    expect(output.years[0]).toBe(2018);
    expect(output.years).toHaveLength(23);
    expect(output.series.map((s: { key: string }) => s.key)).toEqual([
      "market.gov",
      "vendor.Tencent.govShare",
    ]);
    expect(output.series[0].values).toEqual(output.years.map((y: number) => forecast.value("market.gov", y)));
    expect(output.series[1].values).toEqual(
      output.years.map((y: number) => forecast.value("vendor.govShare", y)),
    );
    expect(output.series[0].unit).toBe("亿 CNY");
  });

  it("applies --set and the year range, and reports the overrides", async () => {
    const result = await cli(
      "table",
      "--scenario",
      "bull",
      "--set",
      "market.gov.growth.near=30%",
      "--series",
      "market.total",
      "--from",
      "2025",
      "--to",
      "2030",
      "--format",
      "json",
    );
    const output = JSON.parse(result.stdout);
    const forecast = compileForecast(createScenario("bull", [{ key: "market.gov.growth.near", value: 0.3 }]));
    expect(output.overrides).toEqual({ "market.gov.growth.near": 0.3 });
    expect(output.years).toEqual([2025, 2026, 2027, 2028, 2029, 2030]);
    expect(output.series[0].values).toEqual(
      output.years.map((y: number) => forecast.value("market.total", y)),
    );
  });

  it("anchors with --set actual…/anchor… and with --anchor-published (published-figures.md)", async () => {
    const json = async (...args: string[]) =>
      JSON.parse(
        (
          await cli(
            "table",
            "--series",
            "market.total",
            "--series",
            "market.gov",
            "--format",
            "json",
            ...args,
          )
        ).stdout,
      );
    const set = await json("--set", "actual.market.total.2024=8288", "--set", "anchor.market.total=2024");
    expect(set.series[0].values[2024 - 2018]).toBe(8288);
    expect(set.overrides).toEqual({ "actual.market.total.2024": 8288, "anchor.market.total": 2024 });
    const published = await json("--anchor-published");
    // Comparable figures: CAICT's total market 2018–2024 and the gov-cloud market 2019 and 2021.
    expect(published.series[0].values.slice(0, 7)).toEqual([
      962.8,
      published.series[0].values[1],
      2091.3,
      3229,
      4550,
      6166.7,
      8288,
    ]);
    expect(published.series[1].values[2019 - 2018]).toBe(527.7);
    expect(published.series[1].values[2021 - 2018]).toBe(786.9);
    expect(Object.keys(published.overrides)).toContain("anchor.market.gov");
    // --set after the shortcut wins: anchor.market.total=0 undoes that anchor.
    const undone = await json("--anchor-published", "--set", "anchor.market.total=0");
    expect(undone.series[0].values[2024 - 2018]).not.toBe(8288);
    const bad = await cli("table", "--set", "anchor.market.total=2024");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/needs the actual of that year: add a row actual\.market\.total\.2024/);
  });

  it("prints every series as CSV at full precision by default", async () => {
    const result = await cli("table", "--format", "csv", "--scenario", "bear");
    const [header, ...rows] = parseCsv(result.stdout);
    const forecast = compileForecast(builtInScenario("bear"));
    expect(header?.[0]).toBe("year");
    expect(header).toHaveLength(1 + forecast.seriesKeys().length);
    for (const row of rows) {
      header
        ?.slice(1)
        .forEach((key, i) => expect(Number(row[i + 1])).toBe(forecast.value(key, Number(row[0]))));
    }
  });

  it("prints an aligned text table for people", async () => {
    const result = await cli("table", "--series", "market.govShare", "--to", "2019");
    expect(result.stdout).toBe(
      [
        "year  market.govShare (fraction)",
        "----  --------------------------",
        "2018                      43.76%",
        "2019                      43.76%",
        "",
      ].join("\n"),
    );
  });
});

describe("baseline", () => {
  it("prints the article's figures as JSON, CSV and text", async () => {
    expect(JSON.parse((await cli("baseline", "--format", "json")).stdout)).toEqual(
      JSON.parse(JSON.stringify(BASELINE_FIGURES)),
    );
    const rows = parseCsv((await cli("baseline", "--format", "csv")).stdout);
    expect(rows).toHaveLength(BASELINE_FIGURES.length + 1);
    expect(rows[1]?.slice(0, 3)).toEqual([
      BASELINE_FIGURES[0]?.key,
      String(BASELINE_FIGURES[0]?.value),
      BASELINE_FIGURES[0]?.unit,
    ]);
    expect(rows.find((r) => r[0] === "caict.govCloud.2021")?.[6]).toBe("其中政务云以813亿元规模");
    expect((await cli("baseline")).stdout).toMatch(/caict\.govCloud\.2021\s+813\s+亿 CNY/);
  });
});

describe("export writes the whole file or nothing", () => {
  it("writes the workbook and reports it", async () => {
    const out = join(work, "model.xlsx");
    const result = await cli("export", "--out", out, "--scenario", "bull", "--to", "2030");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /Wrote .*model\.xlsx: bull scenario, 2018–2030; sheets Cover, GovCloud Inputs, Forecast, Sources, Notes\./,
    );
    expect((await readFile(out)).subarray(0, 2).toString()).toBe("PK");
    expect((await readdir(work)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("fails with code 2 and writes nothing when the folder does not exist", async () => {
    const out = join(work, "missing", "model.xlsx");
    const result = await cli("export", "--out", out);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Cannot write .*model\.xlsx: the folder .*missing does not exist/);
    await expect(readdir(join(work, "missing"))).rejects.toThrow();
  });

  it("removes its temporary file when the final rename fails, and leaves the target alone", async () => {
    const folder = join(work, "target.xlsx");
    await mkdir(folder);
    await writeFile(join(folder, "keep.txt"), "kept");
    const result = await cli("export", "--out", folder);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Cannot write .*target\.xlsx: it is a folder/);
    expect((await readdir(work)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    expect(await readFile(join(folder, "keep.txt"), "utf8")).toBe("kept");
  });

  it("does not touch an existing file when the arguments are bad", async () => {
    const out = join(work, "existing.xlsx");
    await writeFile(out, "old");
    const result = await cli("export", "--out", out, "--set", "city.bass.p=7");
    expect(result.code).toBe(2);
    expect(await readFile(out, "utf8")).toBe("old");
  });
});

describe("export failures are the user's to fix (exit 2), and leave nothing behind", () => {
  const temporaries = async (folder: string) => (await readdir(folder)).filter((f) => f.endsWith(".tmp"));

  it("a parent that is a file (ENOTDIR) and a name too long (ENAMETOOLONG) exit 2 without a stack", async () => {
    await writeFile(join(work, "afile"), "x");
    const notDir = await cli("export", "--out", join(work, "afile", "x.xlsx"));
    expect(notDir.code).toBe(2);
    expect(notDir.stderr).toMatch(/Cannot write .*x\.xlsx: part of the folder path .*afile is a file/);
    const tooLong = await cli("export", "--out", join(work, `${"n".repeat(300)}.xlsx`));
    expect(tooLong.code).toBe(2);
    expect(tooLong.stderr).toMatch(/the name is too long/);
    for (const result of [notDir, tooLong]) expect(result.stderr).not.toMatch(/unexpected failure|\n\s+at /);
    expect(await temporaries(work)).toEqual([]);
  });

  it("writes a 245-character file name (the temporary file's name is short)", async () => {
    const folder = await mkdtemp(join(work, "long-"));
    const name = `${"m".repeat(240)}.xlsx`;
    const result = await cli("export", "--out", join(folder, name));
    expect(result.code).toBe(0);
    expect(await readdir(folder)).toEqual([name]);
  });

  it("removes temporary files a killed run left, and only ours", async () => {
    const folder = await mkdtemp(join(work, "stale-"));
    // A process id that has certainly ended: a child that has exited.
    const ended = spawnSync(process.execPath, ["-e", "0"]).pid;
    const stale = `.govcloud-${ended}-0123abcd.tmp`;
    const live = `.govcloud-${process.pid}-89abcdef.tmp`;
    await writeFile(join(folder, stale), "half a workbook");
    await writeFile(join(folder, live), "a write in progress");
    await writeFile(join(folder, "notes.tmp"), "someone else's");
    expect((await cli("export", "--out", join(folder, "model.xlsx"))).code).toBe(0);
    expect((await readdir(folder)).sort()).toEqual([live, "model.xlsx", "notes.tmp"].sort());
  });

  it.each([
    ["SIGTERM", 143],
    ["SIGINT", 130],
  ] as const)(
    "on %s during a write, removes its temporary file, leaves the target alone and exits %i",
    async (signal, expectedCode) => {
      const folder = await mkdtemp(join(work, "signal-"));
      const out = join(folder, "model.xlsx");
      await writeFile(out, "the previous export");
      // A real process and a real signal: the CLI under tsx, its first fsync stalled (fixtures/stallFsync.mjs).
      const child = spawn(
        process.execPath,
        [
          "--import",
          "tsx",
          "--import",
          "./test/cli/fixtures/stallFsync.mjs",
          "src/cli/main.ts",
          "export",
          "--out",
          out,
        ],
        { cwd: join(__dirname, "..", ".."), stdio: ["ignore", "pipe", "pipe"] },
      );
      let stderr = "";
      child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
      const exited = new Promise<number | null>((done) => child.on("exit", (code) => done(code)));
      await new Promise<void>((ready, failed) => {
        child.stdout.on("data", (chunk: Buffer) => {
          if (chunk.toString().includes("stalled in fsync")) ready();
        });
        void exited.then((code) => failed(new Error(`the CLI exited (${code}) before its fsync: ${stderr}`)));
      });
      const temporaries = (await readdir(folder)).filter((name) => name.endsWith(".tmp"));
      expect(temporaries).toHaveLength(1);

      child.kill(signal);
      expect(await exited).toBe(expectedCode);
      expect(await readdir(folder)).toEqual(["model.xlsx"]);
      expect(await readFile(out, "utf8")).toBe("the previous export");
    },
    // A cold tsx start of the CLI on a loaded 2-core machine.
    30_000,
  );

  it("refuses a read-only target with exit 2 and leaves it as it was", async () => {
    const out = join(work, "readonly.xlsx");
    await writeFile(out, "old");
    await chmod(out, 0o444);
    const result = await cli("export", "--out", out);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/readonly\.xlsx: the file is read-only/);
    expect(await readFile(out, "utf8")).toBe("old");
    expect((await stat(out)).mode & 0o777).toBe(0o444);
  });

  it("keeps an existing file's mode and writes through a symbolic link", async () => {
    const real = join(work, "real.xlsx");
    const link = join(work, "link.xlsx");
    await writeFile(real, "old");
    await chmod(real, 0o640);
    await symlink(real, link);
    expect((await cli("export", "--out", link)).code).toBe(0);
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect((await readFile(real)).subarray(0, 2).toString()).toBe("PK");
    expect((await stat(real)).mode & 0o777).toBe(0o640);
  });
});

describe("exports hold finite numbers only", () => {
  it("vendor names differing only in case are one vendor: a repeated year is refused with exit 2, not NaN", async () => {
    const out = join(work, "v.xlsx");
    const result = await cli(
      "export",
      "--out",
      out,
      "--set",
      "vendor.X.revenue.2019=1",
      "--set",
      "vendor.x.revenue.2019=2",
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/X revenue needs exactly two observed years/);
    await expect(readFile(out)).rejects.toThrow();
  });

  it("two spellings of one vendor with two different years export as one vendor", async () => {
    const result = await cli(
      "table",
      "--format",
      "json",
      "--series",
      "vendor.x.revenue",
      "--set",
      "vendor.X.revenue.2018=10",
      "--set",
      "vendor.x.revenue.2019=12",
      "--from",
      "2018",
      "--to",
      "2019",
    );
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).series[0].values).toEqual([10, 12]);
  });

  it("refuses to write a workbook with a NaN or infinite cell, naming the cells", () => {
    const sheet = {
      name: "Forecast",
      cells: [
        { address: "B2", row: 2, column: 2, value: 1, role: "input" as const },
        {
          address: "C2",
          row: 2,
          column: 3,
          formula: "=B2/0",
          cached: Number.POSITIVE_INFINITY,
          role: "output" as const,
        },
        { address: "D2", row: 2, column: 4, value: Number.NaN, role: "input" as const },
      ],
      columnWidths: [],
      hiddenColumns: [],
      frozen: { rows: 0, columns: 0 },
    };
    expect(() => checkFiniteCells([sheet] as never)).toThrow(
      /Nothing was written: 2 cell\(s\) would not hold a finite number: 'Forecast'!C2 \(Infinity\), 'Forecast'!D2 \(NaN\)/,
    );
  });

  it("an unknown scenario such as __proto__ is a usage error (exit 2), not a stack", async () => {
    for (const name of ["__proto__", "constructor", "toString"]) {
      const result = await cli("table", "--scenario", name);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(new RegExp(`Unknown scenario "${name}"`));
    }
  });
});
