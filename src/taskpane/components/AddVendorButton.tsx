import { Button } from "@fluentui/react-components";
import { Suspense, useState } from "react";
import { vendorNames } from "../../model/inputs";
import type { InputsSnapshot } from "../../office/workbookOperations";
import { useLanguage } from "../i18n/LanguageContext";
import { useAction, useNotices } from "../workbook/notices";
import { useWorkbook } from "../workbook/WorkbookContext";
import { AddVendorDialog } from "./lazyDialogs";

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
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)}>
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
                setOpen(false);
                if (!result.ok) return;
                reportSuccess("vendorAdded", { name: vendor.name });
                await onChanged();
              })()
            }
            onClose={() => setOpen(false)}
          />
        </Suspense>
      ) : null}
    </>
  );
}
