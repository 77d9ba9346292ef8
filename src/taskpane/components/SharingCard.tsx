import {
  Body1,
  Button,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import type { FunctionFormula } from "../../workbook/workbookOperations";
import { useLanguage } from "../i18n/LanguageContext";
import { useAction, useNotices } from "../workbook/notices";
import { useWorkbook } from "../workbook/WorkbookContext";
import { PaneSection } from "./PaneSection";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  code: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere" },
});

/**
 * Prepare for sharing: list the GOVCLOUD formulas, convert them to values (the originals are kept
 * on the GovCloud Formulas sheet) and Restore them.
 */
export function SharingCard() {
  const { t, formatNumber } = useLanguage();
  const workbook = useWorkbook();
  const { reportSuccess } = useNotices();
  const { busy, run } = useAction();
  const styles = useStyles();
  const [formulas, setFormulas] = useState<readonly FunctionFormula[]>();
  // Nothing converted or restored is not "Done": it is said where the action was taken.
  const [nothingDone, setNothingDone] = useState<"converted" | "restored">();

  const list = async () => {
    const result = await run(() => workbook.listFunctionFormulas());
    if (result.ok) setFormulas(result.value);
  };
  const convert = async (operation: () => Promise<number>, done: "converted" | "restored") => {
    setNothingDone(undefined);
    const result = await run(operation);
    if (!result.ok) return;
    if (result.value === 0) setNothingDone(done);
    else reportSuccess(done, { count: formatNumber(result.value) });
    await list();
  };

  return (
    <PaneSection className={styles.root} title={t("sharingTitle")}>
      <Body1>{t("sharingIntro")}</Body1>
      <div className={styles.actions}>
        <Button disabled={busy} onClick={() => void list()}>
          {t("listFormulas")}
        </Button>
        <Button
          appearance="primary"
          disabled={busy}
          onClick={() => void convert(() => workbook.convertFormulasToValues(), "converted")}
        >
          {t("convertToValues")}
        </Button>
        <Button disabled={busy} onClick={() => void convert(() => workbook.restoreFormulas(), "restored")}>
          {t("restore")}
        </Button>
      </div>
      {nothingDone ? (
        <Body1 role="status">{t(nothingDone === "restored" ? "restoredNone" : "convertedNone")}</Body1>
      ) : null}
      {formulas === undefined ? null : formulas.length === 0 ? (
        <Body1 role="status">{t("noFormulas")}</Body1>
      ) : (
        <>
          <Body1 role="status">{t("formulasFound", { count: formatNumber(formulas.length) })}</Body1>
          <Table size="extra-small" aria-label={t("formulaTableLabel")}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t("cell")}</TableHeaderCell>
                <TableHeaderCell>{t("formula")}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {formulas.map(({ address, formula }) => (
                <TableRow key={address}>
                  <TableCell className={styles.code}>{address}</TableCell>
                  <TableCell className={styles.code}>{formula}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
    </PaneSection>
  );
}
