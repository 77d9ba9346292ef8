import { Body1, makeStyles, Title2, tokens } from "@fluentui/react-components";
import { BASELINE_FIGURES } from "../model/baseline";
import { BaselineTable } from "./components/BaselineTable";

// The article every baseline figure is quoted from (see src/model/baseline.ts).
const ARTICLE_SOURCE = "Source: 曾响铃, 《决战政务云,腾讯云凭何弯道超车?》, OFweek, 2020-03-19.";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
  },
  heading: { margin: 0 },
});

export function App() {
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <header>
        <Title2 as="h1" className={styles.heading}>
          GovCloud Forecast
        </Title2>
        <Body1 as="p">
          Sizing China&apos;s government-cloud market. Type a key below into =GOVCLOUD.BASELINE(key) to use a
          figure in a formula.
        </Body1>
      </header>
      <BaselineTable figures={BASELINE_FIGURES} source={ARTICLE_SOURCE} />
    </main>
  );
}
