import { Badge, Body1, Spinner, Tab, TabList, Title2, makeStyles, tokens } from "@fluentui/react-components";
import { lazy, Suspense, useEffect, useMemo, useState } from "react";
import type { Language, WorkbookOperations } from "../workbook/workbookOperations";
import { ForecastSheetCard } from "./components/ForecastSheetCard";
import { InputsPanel } from "./components/InputsPanel";
import { builtInSnapshot } from "./forecast/builtInSnapshot";
import { LanguageSwitch } from "./components/LanguageSwitch";
import { Notices } from "./components/Notices";
import { SelfCheckCard } from "./components/SelfCheckCard";
import { SharingCard } from "./components/SharingCard";
import { SourcesPanel } from "./components/SourcesPanel";
import { WorkbookStatus } from "./components/WorkbookStatus";
import { LanguageProvider, useLanguage } from "./i18n/LanguageContext";
import type { StringKey } from "./i18n/strings";
import type { MemoryWorkbook } from "./preview/memoryWorkbook";
import { NoticesProvider } from "./workbook/notices";
import { useInputsTable } from "./workbook/useInputsTable";
import { WorkbookProvider } from "./workbook/WorkbookContext";

// The Monte Carlo, its charts and the tornado load only when the Risk tab is first opened.
const RiskPanel = lazy(() => import(/* webpackChunkName: "risk" */ "./risk/RiskPanel"));
const ActualsPanel = lazy(() => import(/* webpackChunkName: "actuals" */ "./actuals/ActualsPanel"));
// Only the browser preview shows it: Excel's first paint does not carry it.
const PreviewPanel = lazy(() =>
  import(/* webpackChunkName: "preview" */ "./preview/PreviewPanel").then((m) => ({
    default: m.PreviewPanel,
  })),
);

export interface AppProps {
  readonly workbook: WorkbookOperations;
  /** From Office's display language; the user can switch. */
  readonly initialLanguage: Language;
  /** In the browser preview, the in-memory workbook, whose contents the Preview tab shows. */
  readonly preview?: MemoryWorkbook;
}

export function App({ workbook, initialLanguage, preview }: AppProps) {
  const [language, setLanguage] = useState(initialLanguage);
  // Screen readers pick their voice from the document's language.
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return (
    <LanguageProvider language={language} onLanguageChange={setLanguage}>
      <WorkbookProvider workbook={workbook}>
        <NoticesProvider>
          <Pane preview={preview} />
        </NoticesProvider>
      </WorkbookProvider>
    </LanguageProvider>
  );
}

type Section = "inputs" | "risk" | "actuals" | "sheets" | "sources" | "preview";

const SECTION_LABELS: Readonly<Record<Section, StringKey>> = {
  inputs: "tabInputs",
  risk: "tabRisk",
  actuals: "tabActuals",
  sheets: "tabSheets",
  sources: "tabSources",
  preview: "tabPreview",
};

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    // The pane is 320–350 px wide: padding inside the width, and long words (keys, formulas) wrap
    // instead of pushing the page sideways.
    boxSizing: "border-box",
    maxWidth: "100%",
    minWidth: 0,
    overflowWrap: "anywhere",
  },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  titleRow: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  heading: { margin: 0 },
  // Five tabs do not fit 320 px in English at the default size; small tabs that wrap always do.
  sections: { flexWrap: "wrap" },
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0 },
});

function Pane({ preview }: { readonly preview: MemoryWorkbook | undefined }) {
  const { t, language } = useLanguage();
  const styles = useStyles();
  const { state, refresh } = useInputsTable(language);
  const [section, setSection] = useState<Section>("inputs");
  const [scenario, setScenario] = useState("Base");
  const snapshot = state.status === "ready" ? state.snapshot : undefined;
  // Before set-up the Inputs tab shows what Set up would write, read-only.
  const builtIn = useMemo(() => builtInSnapshot(language), [language]);
  // A scenario renamed or deleted in the sheet falls back to Base.
  const selected =
    snapshot && !snapshot.scenarios.includes(scenario)
      ? (snapshot.scenarios.find((name) => name === "Base") ?? snapshot.scenarios[0] ?? "Base")
      : scenario;
  const sections: Section[] = [
    "inputs",
    "risk",
    "actuals",
    "sheets",
    "sources",
    ...(preview ? (["preview"] as const) : []),
  ];

  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <div className={styles.titleRow}>
          <Title2 as="h1" className={styles.heading}>
            {t("appTitle")}
          </Title2>
          {preview ? (
            <Badge appearance="tint" color="informative">
              {t("previewBadge")}
            </Badge>
          ) : null}
        </div>
        <Body1 as="p" className={styles.heading}>
          {preview ? t("previewExplanation") : t("appIntro")}
        </Body1>
        <LanguageSwitch />
      </header>
      <Notices />
      <WorkbookStatus state={state} onChanged={refresh} />
      <TabList
        className={styles.sections}
        size="small"
        selectedValue={section}
        onTabSelect={(_, data) => setSection(data.value as Section)}
        aria-label={t("sectionsLabel")}
      >
        {sections.map((name) => (
          <Tab key={name} value={name} id={`section-${name}`} aria-controls={`panel-${name}`}>
            {t(SECTION_LABELS[name])}
          </Tab>
        ))}
      </TabList>
      <div
        className={styles.panel}
        role="tabpanel"
        id={`panel-${section}`}
        aria-labelledby={`section-${section}`}
      >
        {section === "inputs" && snapshot ? (
          <InputsPanel
            snapshot={snapshot}
            scenario={selected}
            onSelectScenario={setScenario}
            onChanged={refresh}
          />
        ) : null}
        {section === "inputs" && state.status === "notSetUp" ? (
          <InputsPanel
            snapshot={builtIn}
            scenario={builtIn.scenarios.includes(scenario) ? scenario : "Base"}
            onSelectScenario={setScenario}
            readOnly
          />
        ) : null}
        {section === "risk" ? (
          <Suspense fallback={<Spinner size="tiny" label={t("riskChartsLoading")} />}>
            <RiskPanel snapshot={snapshot} />
          </Suspense>
        ) : null}
        {section === "actuals" ? (
          <Suspense fallback={<Spinner size="tiny" />}>
            <ActualsPanel snapshot={snapshot} scenario={selected} onChanged={refresh} />
          </Suspense>
        ) : null}
        {section === "sheets" ? (
          <>
            {snapshot ? <ForecastSheetCard /> : <Body1 role="note">{t("sheetsNeedSetUp")}</Body1>}
            <SharingCard />
            <SelfCheckCard />
          </>
        ) : null}
        {section === "sources" ? <SourcesPanel /> : null}
        {section === "preview" && preview ? (
          <Suspense fallback={<Spinner size="tiny" />}>
            <PreviewPanel workbook={preview} />
          </Suspense>
        ) : null}
      </div>
    </main>
  );
}
