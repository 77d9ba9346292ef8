import { Body1, Button, Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import { Suspense, useState } from "react";
import { DEFAULT_LAYOUT_FROM, DEFAULT_LAYOUT_TO } from "../../model/modelLayout";
import { FIRST_YEAR, LAST_YEAR } from "../../model/years";
import { useLanguage } from "../i18n/LanguageContext";
import { useAction, useNotices } from "../workbook/notices";
import { ReplaceOrAddDialog } from "./lazyDialogs";
import { useDialogOpener } from "./useDialogOpener";
import { useWorkbook } from "../workbook/WorkbookContext";
import { PaneSection } from "./PaneSection";

const YEARS = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  years: { display: "grid", gridTemplateColumns: "1fr 1fr", gap: tokens.spacingHorizontalS },
  action: { alignSelf: "flex-start" },
});

/** Insert forecast sheet, with the years it shows (2018–2035 unless chosen otherwise). */
export function ForecastSheetCard() {
  const { t, language } = useLanguage();
  const workbook = useWorkbook();
  const { reportSuccess } = useNotices();
  const { busy, run } = useAction();
  const styles = useStyles();
  const [from, setFrom] = useState(DEFAULT_LAYOUT_FROM);
  const [to, setTo] = useState(DEFAULT_LAYOUT_TO);
  const invalid = from >= to;

  const question = useDialogOpener<"replaceOrAdd">();

  const insert = async (replace: boolean) => {
    const result = await run(() => workbook.insertForecastSheet({ from, to, language, replace }));
    question.close();
    if (result.ok) reportSuccess("forecastSheetInserted", { sheet: result.value });
  };

  /** A second insertion asks first: replace the Forecast sheet, or add another beside it. */
  const start = async (opener: HTMLElement) => {
    const exists = await run(() => workbook.hasForecastSheet());
    if (!exists.ok) return;
    if (exists.value) question.show("replaceOrAdd", opener);
    else await insert(false);
  };

  const yearSelect = (label: string, value: number, onChange: (year: number) => void) => (
    <Field label={label} validationState={invalid ? "error" : "none"}>
      <Select value={String(value)} onChange={(_, data) => onChange(Number(data.value))}>
        {YEARS.map((year) => (
          <option key={year} value={year}>
            {year}
          </option>
        ))}
      </Select>
    </Field>
  );

  return (
    <PaneSection className={styles.root} title={t("forecastSheetTitle")}>
      <Body1>{t("forecastSheetIntro")}</Body1>
      <div className={styles.years}>
        {yearSelect(t("fromYear"), from, setFrom)}
        {yearSelect(t("toYear"), to, setTo)}
      </div>
      {invalid ? <Body1 role="alert">{t("yearsInvalid")}</Body1> : null}
      <Button
        className={styles.action}
        appearance="primary"
        disabled={busy || invalid}
        onClick={(event) => void start(event.currentTarget)}
        {...question.restoreTarget}
      >
        {t("insertForecastSheet")}
      </Button>
      <Suspense fallback={null}>
        {question.open === "replaceOrAdd" ? (
          <ReplaceOrAddDialog
            busy={busy}
            onChoose={(replace) => void insert(replace)}
            onClose={question.close}
          />
        ) : null}
      </Suspense>
    </PaneSection>
  );
}
