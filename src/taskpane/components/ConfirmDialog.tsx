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

export interface ConfirmDialogProps {
  readonly title: string;
  readonly body: string;
  readonly confirmLabel: string;
  readonly busy: boolean;
  readonly onConfirm: () => void;
  readonly onClose: () => void;
}

/** A yes/no question before a change that loses the user's values or removes a column or rows. */
export function ConfirmDialog({ title, body, confirmLabel, busy, onConfirm, onClose }: ConfirmDialogProps) {
  const { t } = useLanguage();
  return (
    <Dialog open modalType="alert" onOpenChange={(_, data) => (data.open ? undefined : onClose())}>
      <ModalSurface>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent>{body}</DialogContent>
          {/*
            Cancel comes first: Fluent's Dialog focuses the first focusable element when it opens
            (useFocusFirstElement), and the default of a question that loses values is the safe choice.
          */}
          <DialogActions>
            <DialogTrigger disableButtonEnhancement>
              <Button>{t("cancel")}</Button>
            </DialogTrigger>
            <Button appearance="primary" disabled={busy} onClick={onConfirm}>
              {confirmLabel}
            </Button>
          </DialogActions>
        </DialogBody>
      </ModalSurface>
    </Dialog>
  );
}
