import { LINE_HEIGHT, textWidth, wrappedLines, wrappedRowHeights } from "../../src/cli/wrappedRowHeights";
import { buildModelLayout, NOTES_SHEET } from "../../src/model/modelLayout";

describe("wrappedRowHeights", () => {
  it("counts a CJK character as two character widths and wraps at the column width less one", () => {
    expect(textWidth("abc")).toBe(3);
    expect(textWidth("政务云")).toBe(6);
    expect(textWidth("GovCloud 政务云")).toBe(15);
    // 20 characters in a 11-wide column: 10 usable per line → 2 lines; a line break adds one.
    expect(wrappedLines("x".repeat(20), 11)).toBe(2);
    expect(wrappedLines("x".repeat(21), 11)).toBe(3);
    expect(wrappedLines("short\nshort", 11)).toBe(2);
  });

  it("makes every Notes row with a long note tall enough for its wrapped lines, and no other row", () => {
    const notes = buildModelLayout({ language: "zh-CN" }).sheets.find((s) => s.name === NOTES_SHEET);
    if (!notes) throw new Error("no Notes sheet");
    const heights = wrappedRowHeights(notes);
    const width = notes.columnWidths[1] ?? 0;
    for (const cell of notes.cells.filter((c) => c.column === 2)) {
      const lines = Math.ceil(textWidth(String(cell.value)) / (width - 1));
      expect([cell.row, heights.get(cell.row) ?? LINE_HEIGHT]).toEqual([
        cell.row,
        Math.max(1, lines) * LINE_HEIGHT,
      ]);
    }
    expect([...heights.keys()].every((row) => notes.cells.some((c) => c.row === row && c.column === 2))).toBe(
      true,
    );
    expect(heights.size).toBeGreaterThan(0);
  });
});
