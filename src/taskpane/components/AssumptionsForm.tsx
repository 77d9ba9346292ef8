import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ReactNode } from "react";
import { ASSUMPTIONS, findAssumption } from "../../model/assumptions";
import type { AssumptionDefinition, AssumptionGroup } from "../../model/assumptionTypes";
import type { InputsSnapshot } from "../../workbook/workbookOperations";
import { scenarioRanges, type ScenarioRange } from "../forecast/scenarioOrder";
import type { StringKey } from "../i18n/strings";
import { useLanguage } from "../i18n/LanguageContext";
import { AssumptionField } from "./AssumptionField";
import { RiskRanges } from "./RiskRanges";

export interface AssumptionsFormProps {
  readonly snapshot: InputsSnapshot;
  readonly scenario: string;
  readonly onDraft: (key: string, value: number | undefined) => void;
  readonly onCommit: (key: string, value: number) => Promise<boolean>;
  readonly onUnapplied?: (key: string, text: string | undefined) => void;
  /** Shown at the end of the Vendors group (the user's vendors, Add vendor). */
  readonly vendorAction?: ReactNode;
  /** Before set-up: the values are shown, not editable. */
  readonly readOnly?: boolean;
  /** Which groups are open; kept by the parent so they stay open across scenario tabs. */
  readonly openGroups: readonly string[];
  readonly onOpenGroupsChange: (groups: readonly string[]) => void;
}

export const DEFAULT_OPEN_GROUPS: readonly string[] = ["market"];

const GROUPS: readonly { readonly group: AssumptionGroup; readonly title: StringKey }[] = [
  { group: "market", title: "groupMarket" },
  { group: "vendors", title: "groupVendors" },
  { group: "cities", title: "groupCities" },
];

const CATALOGUE_ORDER = new Map(ASSUMPTIONS.map((a, index) => [a.key, index]));

interface FormRow {
  readonly key: string;
  readonly definition: AssumptionDefinition;
  readonly cell: unknown;
  readonly userDefined: boolean;
}

/** The table's rows the catalogue knows, catalogue order first, then the user's vendors in table order. */
function formRows(snapshot: InputsSnapshot, scenario: string): FormRow[] {
  const rows: FormRow[] = [];
  const seen = new Set<string>();
  for (const row of snapshot.rows) {
    const definition = findAssumption(row.key);
    // Unknown and repeated keys are in the problems list; the form shows each assumption once.
    if (!definition || seen.has(row.key)) continue;
    seen.add(row.key);
    rows.push({
      key: row.key,
      definition,
      cell: row.values[scenario],
      userDefined: !CATALOGUE_ORDER.has(row.key),
    });
  }
  const order = (row: FormRow) => CATALOGUE_ORDER.get(row.key) ?? ASSUMPTIONS.length;
  return rows.sort((a, b) => order(a) - order(b));
}

const useStyles = makeStyles({
  fields: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

/** The selected scenario's assumptions, grouped Market / Vendors / Cities, and the risk ranges. */
export function AssumptionsForm({
  snapshot,
  scenario,
  onDraft,
  onCommit,
  onUnapplied,
  vendorAction,
  readOnly,
  openGroups,
  onOpenGroupsChange,
}: AssumptionsFormProps) {
  const { t } = useLanguage();
  const styles = useStyles();
  const rows = formRows(snapshot, scenario);
  const ranges = scenarioRanges(snapshot);
  return (
    <Accordion
      multiple
      collapsible
      openItems={[...openGroups]}
      onToggle={(_, data) => onOpenGroupsChange(data.openItems.map(String))}
      aria-label={t("assumptionsOf", { scenario })}
    >
      {GROUPS.map(({ group, title }) => (
        <AccordionItem key={group} value={group}>
          <AccordionHeader as="h3">{t(title)}</AccordionHeader>
          <AccordionPanel>
            <div className={styles.fields}>
              {rows
                .filter((row) => row.definition.group === group)
                .map((row) => (
                  <AssumptionField
                    key={row.key}
                    definition={row.definition}
                    rowKey={row.key}
                    cell={row.cell}
                    userDefined={row.userDefined}
                    scenario={scenario}
                    range={ranges.get(row.key) as ScenarioRange | undefined}
                    readOnly={readOnly}
                    onDraft={onDraft}
                    onCommit={onCommit}
                    onUnapplied={onUnapplied}
                  />
                ))}
              {group === "vendors" ? vendorAction : null}
            </div>
          </AccordionPanel>
        </AccordionItem>
      ))}
      <AccordionItem value="risk">
        <AccordionHeader as="h3">{t("groupRisk")}</AccordionHeader>
        <AccordionPanel>
          <RiskRanges snapshot={snapshot} />
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
