import type { LayoutCell } from "../model/modelLayout";

/**
 * The source of a selector cell's drop-down list as Excel takes it: a range ("=Sheet!$D$1:$F$1", as
 * in Microsoft's "Add data validation to Excel ranges") when the cell names one, else its choices
 * comma-joined. Excel rejects a list source over 255 characters, so a list that grows with the
 * user's scenarios must be a range. Undefined for a cell without choices.
 */
export function listSource(cell: Pick<LayoutCell, "choices" | "choicesSource">): string | undefined {
  if (cell.choicesSource) return `=${cell.choicesSource}`;
  return cell.choices && cell.choices.length > 0 ? cell.choices.join(",") : undefined;
}
