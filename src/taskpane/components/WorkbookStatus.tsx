import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { InputsSnapshot } from "../../workbook/workbookOperations";
import { useLanguage } from "../i18n/LanguageContext";
import { useAction, useNotices } from "../workbook/notices";
import type { InputsState } from "../workbook/useInputsTable";
import { useWorkbook } from "../workbook/WorkbookContext";

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  item: { overflowWrap: "anywhere", marginBlockEnd: tokens.spacingVerticalXS },
  where: { fontFamily: tokens.fontFamilyMonospace },
  body: { whiteSpace: "normal" },
});

/** A status the pane cannot go on without: a title, what it means, and the one action that helps. */
function StatusMessage(props: {
  readonly intent: "warning" | "info";
  readonly title: string;
  readonly action: ReactNode;
  readonly children: ReactNode;
}) {
  const styles = useStyles();
  return (
    <MessageBar intent={props.intent} layout="multiline">
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>{props.title}</MessageBarTitle>
        {props.children}
      </MessageBarBody>
      <MessageBarActions>{props.action}</MessageBarActions>
    </MessageBar>
  );
}

/**
 * Whether the workbook is ready: a Set up button for a new workbook, the table's problems (what and
 * where) with Repair for a damaged one, nothing when all is well.
 */
export function WorkbookStatus(props: {
  readonly state: InputsState;
  readonly onChanged: () => Promise<void>;
}) {
  const { state, onChanged } = props;
  const { t, language } = useLanguage();
  const workbook = useWorkbook();
  const { reportSuccess } = useNotices();
  const { busy, run } = useAction();

  const setUp = async (done: "setUpDone" | "repaired") => {
    const result = await run(() => workbook.setUpWorkbook(language));
    if (result.ok) {
      reportSuccess(done);
      await onChanged();
    }
  };

  if (state.status === "loading") return <Spinner size="tiny" label={t("loading")} />;
  if (state.status === "failed") {
    return (
      <StatusMessage
        intent="warning"
        title={t("readFailedTitle")}
        action={<Button onClick={() => void onChanged()}>{t("readAgain")}</Button>}
      >
        {t("readFailedBody")}
      </StatusMessage>
    );
  }
  if (state.status === "notSetUp") {
    return (
      <StatusMessage
        intent="info"
        title={t("notSetUpTitle")}
        action={
          <Button appearance="primary" disabled={busy} onClick={() => void setUp("setUpDone")}>
            {busy ? t("settingUp") : t("setUpWorkbook")}
          </Button>
        }
      >
        {t("notSetUpBody")}
      </StatusMessage>
    );
  }
  return <Problems snapshot={state.snapshot} busy={busy} onRepair={() => void setUp("repaired")} />;
}

function Problems(props: {
  readonly snapshot: InputsSnapshot;
  readonly busy: boolean;
  readonly onRepair: () => void;
}) {
  const { snapshot, busy, onRepair } = props;
  const { t } = useLanguage();
  const styles = useStyles();
  if (snapshot.problems.length === 0) return null;
  return (
    <StatusMessage
      intent="warning"
      title={t("problemsTitle", { count: snapshot.problems.length })}
      action={
        <Button disabled={busy} onClick={onRepair}>
          {t("repair")}
        </Button>
      }
    >
      {t("problemsBody")}
      <ul className={styles.list} aria-label={t("problemsTitle", { count: snapshot.problems.length })}>
        {snapshot.problems.map((problem, index) => (
          <li key={`${problem.kind}:${problem.address ?? ""}:${index}`} className={styles.item}>
            {problem.message}
            {problem.address && !problem.message.includes(problem.address) ? (
              <>
                {" "}
                <span className={styles.where}>{t("problemAt", { address: problem.address })}</span>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </StatusMessage>
  );
}
