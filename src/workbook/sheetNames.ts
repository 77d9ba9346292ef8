/** Sheet names the add-in creates never replace a user's sheet: a taken name gets " (2)", " (3)"… */

/** Excel's limit on sheet name length. */
const MAX_SHEET_NAME = 31;

export function freeSheetName(base: string, taken: readonly string[]): string {
  const used = new Set(taken.map((name) => name.toLowerCase()));
  if (!used.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = `${base.slice(0, MAX_SHEET_NAME - suffix.length)}${suffix}`;
    if (!used.has(name.toLowerCase())) return name;
  }
}
