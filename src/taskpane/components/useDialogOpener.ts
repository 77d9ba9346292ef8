import { useRestoreFocusTarget } from "@fluentui/react-components";
import { useCallback, useEffect, useRef, useState } from "react";

/**
 * Which dialog is open, and focus back on the control that opened it once it closes.
 *
 * Fluent's Dialog surface is a focus "restorer source" (tabster): when it goes, focus returns to the
 * most recent restorer target. A DialogTrigger is made a target for us; the pane opens its dialogs
 * from state (they load lazily and mount only while open), so each opener spreads `restoreTarget`
 * to become one — without it focus fell to <body>. When the opener itself is gone after the change
 * (the Delete button of a scenario just deleted) `fallback` says where focus goes instead.
 */
export function useDialogOpener<T extends string>(fallback?: () => HTMLElement | null | undefined) {
  const [open, setOpen] = useState<T>();
  const restoreTarget = useRestoreFocusTarget();
  const opener = useRef<HTMLElement | null>(null);
  const fallbackRef = useRef(fallback);
  useEffect(() => {
    fallbackRef.current = fallback;
  });

  const show = useCallback((which: T, from?: EventTarget | null) => {
    const active = from instanceof HTMLElement ? from : document.activeElement;
    opener.current = active instanceof HTMLElement && active !== document.body ? active : null;
    setOpen(which);
  }, []);
  const close = useCallback(() => setOpen(undefined), []);

  useEffect(() => {
    if (open !== undefined) return undefined;
    const target = opener.current;
    opener.current = null;
    if (!target) return undefined;
    // After the dialog's teardown. The opener gone (the Delete button of a scenario just deleted): the
    // fallback, wherever the restorer put focus. The opener there but focus on <body> (it was disabled
    // while its action ran, so tabster passed it over): the opener.
    const timer = setTimeout(() => {
      if (!target.isConnected) {
        fallbackRef.current?.()?.focus();
        return;
      }
      const active = document.activeElement;
      if (active === null || active === document.body) target.focus();
    });
    return () => clearTimeout(timer);
  }, [open]);

  return { open, show, close, restoreTarget };
}
