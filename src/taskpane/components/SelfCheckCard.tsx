import { Body1, Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import {
  selfCheckReportText,
  type CheckId,
  type CheckStatus,
  type SelfCheckReport,
} from "../../workbook/selfCheckResults";
import type { StringKey } from "../i18n/strings";
import { useLanguage } from "../i18n/LanguageContext";
import { useAction, useNotices } from "../workbook/notices";
import { useWorkbook } from "../workbook/WorkbookContext";
import { PaneSection } from "./PaneSection";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  list: { margin: 0, paddingLeft: 0, listStyleType: "none", display: "grid", gap: tokens.spacingVerticalXS },
  item: { display: "flex", flexDirection: "column", minWidth: 0, overflowWrap: "anywhere" },
  pass: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
  fail: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  notSupported: { color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightSemibold },
  // Native controls: Fluent's Switch and Textarea would add ~9 KB gzip before first paint for a rarely used card.
  report: {
    width: "100%",
    boxSizing: "border-box",
    minHeight: "8em",
    fontFamily: tokens.fontFamilyMonospace,
  },
  toggle: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
});

const CHECK_LABELS: Readonly<Record<CheckId, StringKey>> = {
  requirementSets: "selfCheckRequirementSets",
  customFunction: "selfCheckCustomFunction",
  workbookName: "selfCheckWorkbookName",
  chart: "selfCheckChart",
  tableEvent: "selfCheckTableEvent",
  environment: "selfCheckEnvironment",
};

const STATUS_LABELS: Readonly<Record<CheckStatus, StringKey>> = {
  pass: "selfCheckPass",
  fail: "selfCheckFail",
  notSupported: "selfCheckNotSupported",
};

/** The open-with-workbook switch, where the workbook operations offer it. */
function OpenWithWorkbookSwitch() {
  const { t } = useLanguage();
  const workbook = useWorkbook();
  const { busy, run } = useAction();
  const styles = useStyles();
  const [open, setOpen] = useState<boolean>();
  useEffect(() => {
    let current = true;
    void workbook.readOpenWithWorkbook?.().then(
      (value) => current && setOpen(value),
      () => undefined, // the switch stays hidden; the pane works without it
    );
    return () => {
      current = false;
    };
  }, [workbook]);
  if (open === undefined || !workbook.setOpenWithWorkbook) return null;
  const change = async (value: boolean) => {
    const result = await run(() => workbook.setOpenWithWorkbook?.(value) ?? Promise.resolve());
    if (result.ok) setOpen(value);
  };
  return (
    <div>
      <label className={styles.toggle}>
        <input
          type="checkbox"
          role="switch"
          checked={open}
          disabled={busy}
          onChange={(event) => void change(event.currentTarget.checked)}
        />
        <Body1>{t("openWithWorkbook")}</Body1>
      </label>
      <Caption1 as="p">{t("openWithWorkbookHint")}</Caption1>
    </div>
  );
}

/** Check this Excel: runs the self-check and lists each check; Copy report puts the text on the clipboard. */
export function SelfCheckCard() {
  const { t, language } = useLanguage();
  const workbook = useWorkbook();
  const { reportSuccess } = useNotices();
  const { busy, run } = useAction();
  const styles = useStyles();
  const [report, setReport] = useState<SelfCheckReport>();
  const [showText, setShowText] = useState(false);
  if (!workbook.runSelfCheck) return null;

  const check = async () => {
    setShowText(false);
    const result = await run(
      () => workbook.runSelfCheck?.(language) ?? Promise.reject(new Error("No self-check.")),
    );
    if (result.ok) setReport(result.value);
  };
  const copy = async () => {
    if (!report) return;
    try {
      await navigator.clipboard.writeText(selfCheckReportText(report));
      reportSuccess("selfCheckCopied");
    } catch {
      // Some Office webviews deny the clipboard: show the text to copy by hand.
      setShowText(true);
    }
  };

  return (
    <PaneSection className={styles.root} title={t("selfCheckTitle")}>
      <Body1>{t("selfCheckIntro")}</Body1>
      <div className={styles.actions}>
        <Button disabled={busy} onClick={() => void check()}>
          {busy ? t("selfCheckRunning") : t("selfCheckRun")}
        </Button>
        {report ? (
          <Button disabled={busy} onClick={() => void copy()}>
            {t("selfCheckCopy")}
          </Button>
        ) : null}
      </div>
      {report ? (
        <>
          {report.preview ? <Caption1 role="note">{t("selfCheckPreview")}</Caption1> : null}
          <ul className={styles.list} aria-label={t("selfCheckTitle")}>
            {report.results.map((result, index) => (
              <li key={`${result.id}-${index}`} className={styles.item}>
                <Body1>
                  <span className={styles[result.status]}>{t(STATUS_LABELS[result.status])}</span>
                  {" · "}
                  {t(CHECK_LABELS[result.id])}
                </Body1>
                <Caption1>{result.detail}</Caption1>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {report && showText ? (
        <>
          <Caption1>{t("selfCheckCopyManually")}</Caption1>
          <textarea
            className={styles.report}
            readOnly
            aria-label={t("selfCheckReportLabel")}
            value={selfCheckReportText(report)}
          />
        </>
      ) : null}
      <OpenWithWorkbookSwitch />
    </PaneSection>
  );
}
