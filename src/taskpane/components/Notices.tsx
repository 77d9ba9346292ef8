import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarGroup,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { inLanguage } from "../../model/language";
import { useLanguage } from "../i18n/LanguageContext";
import { useNotices } from "../workbook/notices";

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  // Workbook messages can be long sentences with addresses; they wrap instead of being cut off.
  body: { whiteSpace: "normal", overflowWrap: "anywhere" },
});

/** Errors (until dismissed) and the last success, at the top of the pane. */
export function Notices() {
  const styles = useStyles();
  const { t, language } = useLanguage();
  const { notices, dismiss } = useNotices();
  return (
    <MessageBarGroup className={styles.group} aria-live="polite">
      {notices.map((notice) => (
        <MessageBar
          key={notice.id}
          intent={notice.intent}
          layout="multiline"
          role={notice.intent === "error" ? "alert" : "status"}
        >
          <MessageBarBody className={styles.body}>
            <MessageBarTitle>{t(notice.intent === "error" ? "errorTitle" : "doneTitle")}</MessageBarTitle>
            {notice.text
              ? t(notice.text.key, notice.text.params)
              : typeof notice.message === "string"
                ? notice.message
                : notice.message && inLanguage(notice.message, language)}
            {notice.needsAdvice ? ` ${t("errorNextStep")}` : ""}
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button appearance="transparent" size="small" onClick={() => dismiss(notice.id)}>
                {t("dismiss")}
              </Button>
            }
          />
        </MessageBar>
      ))}
    </MessageBarGroup>
  );
}
