/**
 * Which Office.js requirement sets this Excel supports. The manifest declares the sets the add-in
 * needs to install at all (Office then offers it only where all of them are supported); every member
 * above those is used only behind `supportsApiSet(...)` with a fallback or a message.
 * test/requirements/requirementSets.test.ts checks that against the `[Api set: …]` annotations of
 * @types/office-js, and counts `supportsApiSet("Set", "1.x")` with literal arguments as a guard.
 *
 * Office.context.requirements.isSetSupported(name, minVersion) answers for the running host (Office
 * Add-ins docs, "Specify Office applications and API requirements": runtime checks).
 */

export interface RequirementSupport {
  isSetSupported(name: string, minVersion?: string): boolean;
}

/** The sets manifest.xml declares (<Requirements><Sets>); test/manifest.test.ts keeps the two equal. */
export const DECLARED_API_SETS = [
  { name: "CustomFunctionsRuntime", version: "1.3" },
  { name: "SharedRuntime", version: "1.1" },
  { name: "ExcelApi", version: "1.7" },
] as const;

/** The sets used above the declared ones, each behind a check, and what works less without it. */
export const OPTIONAL_API_SETS = [
  { name: "ExcelApi", version: "1.8", feature: "drop-down lists (the Forecast sheet's scenario selector)" },
  {
    name: "ExcelApi",
    version: "1.9",
    feature: "page layout of inserted sheets (landscape, print titles, headers)",
  },
  { name: "ExcelApi", version: "1.12", feature: "Prepare for sharing (finding spilled results)" },
] as const;

function hostRequirements(): RequirementSupport | undefined {
  if (typeof Office === "undefined") return undefined;
  return (Office as { context?: { requirements?: RequirementSupport } }).context?.requirements;
}

/** True when the running Excel supports `name` at `version` or later; false outside Office. */
export function supportsApiSet(
  name: string,
  version: string,
  requirements: RequirementSupport | undefined = hostRequirements(),
): boolean {
  try {
    return requirements?.isSetSupported(name, version) === true;
  } catch {
    return false;
  }
}
