/** What Prepare for sharing looks for and where it keeps the originals (src/office/sharing.ts). */

export const FORMULAS_SHEET = "GovCloud Formulas";
export function isFunctionFormula(formula: unknown): formula is string {
  return typeof formula === "string" && formula.startsWith("=") && /\bGOVCLOUD\./i.test(formula);
}
