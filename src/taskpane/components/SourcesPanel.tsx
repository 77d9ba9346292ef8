import { Body1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { BASELINE_FIGURES } from "../../model/baseline";
import { useLanguage } from "../i18n/LanguageContext";
import { BaselineTable } from "./BaselineTable";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
});

/** The article's figures and the keys GOVCLOUD.BASELINE takes. */
export function SourcesPanel() {
  const { t } = useLanguage();
  const styles = useStyles();
  return (
    <section className={styles.root} aria-labelledby="sources-heading">
      <Subtitle2 as="h2" id="sources-heading" className={styles.heading}>
        {t("baselineTitle")}
      </Subtitle2>
      <Body1>{t("baselineIntro")}</Body1>
      <BaselineTable figures={BASELINE_FIGURES} source={t("baselineSource")} />
    </section>
  );
}
