import { useCallback, useEffect, useRef, useState } from "react";

/**
 * Which dialog is open, and focus back on the control that opened it once it closes. The pane's
 * dialogs are mounted only while open, so Fluent's Dialog has no trigger to return focus to and it
 * would otherwise fall to <body>, leaving a keyboard user at the top of the page. When the opener
 * is gone (the Delete button of a scenario just deleted) `fallback` says where focus goes instead.
 */
export function useDialogOpener<T extends string>(fallback?: () => HTMLElement | null | undefined) {
  const [open, setOpen] = useState<T>();
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
    if (open !== undefined) return;
    const target = opener.current;
    opener.current = null;
    if (!target) return;
    // Deferred past the dialog's own teardown: moving focus synchronously, while Fluent's focus trap
    // (tabster's modalizer) was still being released, left the next dialog opened marked aria-hidden
    // in jsdom (test/taskpane/Scenarios.test.tsx, rename then delete).
    const timer = setTimeout(() => {
      const element = target.isConnected ? target : fallbackRef.current?.();
      element?.focus();
    });
    return () => clearTimeout(timer);
  }, [open]);

  return { open, show, close };
}
