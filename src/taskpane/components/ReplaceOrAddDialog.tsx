import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogTitle,
  DialogTrigger,
} from "@fluentui/react-components";
import { ModalSurface } from "./ModalSurface";
import { useLanguage } from "../i18n/LanguageContext";

export interface ReplaceOrAddDialogProps {
  readonly busy: boolean;
  readonly onChoose: (replace: boolean) => void;
  readonly onClose: () => void;
}

/** The workbook has a Forecast sheet already: replace it, or add another next to it. */
export function ReplaceOrAddDialog({ busy, onChoose, onClose }: ReplaceOrAddDialogProps) {
  const { t } = useLanguage();
  return (
    <Dialog open modalType="alert" onOpenChange={(_, data) => (data.open ? undefined : onClose())}>
      <ModalSurface>
        <DialogBody>
          <DialogTitle>{t("forecastExistsTitle")}</DialogTitle>
          <DialogContent>{t("forecastExistsBody")}</DialogContent>
          {/* Add comes first, so it has focus when the question opens: it is the choice that deletes nothing. */}
          <DialogActions>
            <Button appearance="primary" disabled={busy} onClick={() => onChoose(false)}>
              {t("forecastAddAnother")}
            </Button>
            <Button disabled={busy} onClick={() => onChoose(true)}>
              {t("forecastReplace")}
            </Button>
            <DialogTrigger disableButtonEnhancement>
              <Button>{t("cancel")}</Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </ModalSurface>
    </Dialog>
  );
}
