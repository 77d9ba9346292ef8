import { Body1, makeStyles, tokens } from "@fluentui/react-components";
import { BASELINE_FIGURES } from "../../model/baseline";
import { useLanguage } from "../i18n/LanguageContext";
import { BaselineTable } from "./BaselineTable";
import { PaneSection } from "./PaneSection";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/** The article's figures and the keys GOVCLOUD.BASELINE takes. */
export function SourcesPanel() {
  const { t } = useLanguage();
  const styles = useStyles();
  return (
    <PaneSection className={styles.root} title={t("baselineTitle")}>
      <Body1>{t("baselineIntro")}</Body1>
      <BaselineTable figures={BASELINE_FIGURES} source={t("baselineSource")} />
    </PaneSection>
  );
}
