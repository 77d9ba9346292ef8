import { Button, Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { Suspense, useCallback, useMemo, useState } from "react";
import { findAssumption } from "../../model/assumptions";
import { vendorNames } from "../../model/inputs";
import { scenarioValue } from "../../model/scenario";
import {
  BUILT_IN_VENDOR,
  parseVendorKey,
  vendorHalfLifeKey,
  vendorTerminalGrowthKey,
} from "../../model/vendorKeys";
import type { InputsSnapshot } from "../../workbook/workbookOperations";
import { scenarioOfColumn } from "../forecast/scenarioOfColumn";
import { useLanguage } from "../i18n/LanguageContext";
import { useAction, useNotices } from "../workbook/notices";
import { useWorkbook } from "../workbook/WorkbookContext";
import { ConfirmDialog } from "./lazyDialogs";
import { AssumptionField } from "./AssumptionField";
import { useDialogOpener } from "./useDialogOpener";
import { localLabel } from "../i18n/localLabel";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0 },
  vendor: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    paddingBlock: tokens.spacingVerticalXS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  title: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
});

/**
 * The user's vendors in the selected scenario: whether each fade assumption is its own or follows
 * the built-in vendor's (the engine's rule, src/model/scenario.ts effectiveKey), and Remove.
 */
export function VendorList(props: {
  readonly snapshot: InputsSnapshot;
  readonly scenario: string;
  readonly onChanged: () => Promise<void>;
}) {
  const { snapshot, scenario, onChanged } = props;
  const { t, language, formatExact } = useLanguage();
  const workbook = useWorkbook();
  const { reportSuccess } = useNotices();
  const { busy, run } = useAction();
  const styles = useStyles();
  const dialog = useDialogOpener<string>(() =>
    document.querySelector<HTMLElement>('[data-vendor-action="add"]'),
  );

  /** What `key` is in each scenario column now (the built-in vendor's value while it has no row). */
  const valuesByScenario = useCallback(
    (key: string): Map<string, number> => {
      const values = new Map<string, number>();
      for (const column of snapshot.scenarios) {
        try {
          values.set(column, scenarioValue(scenarioOfColumn(snapshot, column), key));
        } catch {
          // A damaged column: its cell stays empty, and the engine keeps following the built-in vendor there.
        }
      }
      return values;
    },
    [snapshot],
  );

  const vendors = useMemo(() => {
    const keys = snapshot.rows.map((row) => row.key);
    let values: ((key: string) => number) | undefined;
    try {
      const compiled = scenarioOfColumn(snapshot, scenario);
      values = (key) => scenarioValue(compiled, key);
    } catch {
      values = undefined;
    }
    return vendorNames(keys)
      .filter((name) => name !== BUILT_IN_VENDOR)
      .map((name) => {
        const own = new Set(
          keys.filter((key) => parseVendorKey(key)?.vendor.toLowerCase() === name.toLowerCase()),
        );
        const rowCount = own.size;
        const fade = [vendorTerminalGrowthKey(name, "revenue"), vendorHalfLifeKey(name)].map((key) => {
          const definition = findAssumption(key);
          const ownKey = [...own].find((k) => k.toLowerCase() === key.toLowerCase());
          return { key, definition, own: ownKey !== undefined, value: values?.(key) };
        });
        return { name, rowCount, fade };
      });
  }, [snapshot, scenario]);
  const [removing, setRemoving] = useState<{ name: string; rowCount: number }>();

  /** Setting a followed value adds the row, keeping every other scenario at the value it followed. */
  const setFollowed = useCallback(
    async (key: string, value: number): Promise<boolean> => {
      const values = valuesByScenario(key);
      values.set(scenario, value);
      const result = await run(() => workbook.addVendorAssumption(key, values));
      if (result.ok) await onChanged();
      return result.ok;
    },
    [valuesByScenario, scenario, run, workbook, onChanged],
  );
  const noDraft = useCallback(() => undefined, []);

  if (vendors.length === 0) return null;
  const remove = async (name: string) => {
    const result = await run(() => workbook.removeVendor(name));
    if (result.ok) {
      reportSuccess("vendorRemoved", { name, count: result.value });
      await onChanged();
    }
    dialog.close();
  };

  return (
    <section className={styles.root} aria-label={t("yourVendors")}>
      <Subtitle2 as="h4" className={styles.heading}>
        {t("yourVendors")}
      </Subtitle2>
      {vendors.map(({ name, rowCount, fade }) => (
        <div key={name} className={styles.vendor} data-vendor={name}>
          <div className={styles.title}>
            <strong>{name}</strong>
            <Button
              size="small"
              aria-label={t("removeVendorLabel", { name })}
              {...dialog.restoreTarget}
              onClick={(event) => {
                setRemoving({ name, rowCount });
                dialog.show(name, event.currentTarget);
              }}
            >
              {t("removeVendor")}
            </Button>
          </div>
          {fade.map(({ key, definition, own, value }) => {
            if (!definition) return null;
            const what = localLabel(definition.label, language);
            const shown =
              value === undefined || Number.isNaN(value) ? "—" : formatExact(value, definition.unit);
            if (own) return <Caption1 key={key}>{t("vendorOwn", { what, value: shown })}</Caption1>;
            return (
              <div key={key} data-follows={key}>
                <Caption1>{t("vendorFollows", { what, builtIn: BUILT_IN_VENDOR, value: shown })}</Caption1>
                <AssumptionField
                  definition={definition}
                  rowKey={key}
                  cell={value}
                  userDefined
                  scenario={scenario}
                  onDraft={noDraft}
                  onCommit={setFollowed}
                />
              </div>
            );
          })}
        </div>
      ))}
      <Suspense fallback={null}>
        {dialog.open !== undefined && removing ? (
          <ConfirmDialog
            title={t("removeVendorTitle", { name: removing.name })}
            body={t("removeVendorBody", { name: removing.name, count: removing.rowCount })}
            confirmLabel={t("removeVendor").replace("…", "")}
            busy={busy}
            onConfirm={() => void remove(removing.name)}
            onClose={dialog.close}
          />
        ) : null}
      </Suspense>
    </section>
  );
}
