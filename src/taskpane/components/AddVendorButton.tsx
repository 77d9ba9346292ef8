import { Button } from "@fluentui/react-components";
import { Suspense } from "react";
import { vendorNames } from "../../model/inputs";
import type { InputsSnapshot } from "../../workbook/workbookOperations";
import { useLanguage } from "../i18n/LanguageContext";
import { useAction, useNotices } from "../workbook/notices";
import { useWorkbook } from "../workbook/WorkbookContext";
import { AddVendorDialog } from "./lazyDialogs";
import { useDialogOpener } from "./useDialogOpener";

/** Opens the Add vendor dialog; the new vendor's rows go into every scenario column. */
export function AddVendorButton(props: {
  readonly snapshot: InputsSnapshot;
  readonly onChanged: () => Promise<void>;
}) {
  const { snapshot, onChanged } = props;
  const { t } = useLanguage();
  const workbook = useWorkbook();
  const { reportSuccess } = useNotices();
  const { busy, run } = useAction();
  const dialog = useDialogOpener<"add">();
  const open = dialog.open !== undefined;
  const setOpen = (value: boolean) => (value ? dialog.show("add") : dialog.close());
  return (
    <>
      <Button
        size="small"
        data-vendor-action="add"
        {...dialog.restoreTarget}
        onClick={(event) => dialog.show("add", event.currentTarget)}
      >
        {t("addVendor")}
      </Button>
      {open ? (
        <Suspense fallback={null}>
          <AddVendorDialog
            vendors={vendorNames(snapshot.rows.map((row) => row.key))}
            busy={busy}
            onSubmit={(vendor) =>
              void (async () => {
                const result = await run(() => workbook.addVendor(vendor));
                if (result.ok) {
                  reportSuccess("vendorAdded", { name: vendor.name });
                  await onChanged();
                }
                setOpen(false);
              })()
            }
            onClose={() => setOpen(false)}
          />
        </Suspense>
      ) : null}
    </>
  );
}
