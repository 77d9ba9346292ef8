import { DialogSurface, type DialogSurfaceProps } from "@fluentui/react-components";
import { useActivateModal } from "@fluentui/react-tabster";
import { useEffect, useRef } from "react";

/**
 * A DialogSurface that makes itself the active modal once it is in the page.
 *
 * Fluent's Dialog traps focus and hides the rest of the page through tabster's modalizer, which
 * becomes active only when tabster sees focus land inside it. Tabster reads the surface's
 * data-tabster attribute through a MutationObserver, so when the Dialog focuses its first button
 * before tabster has made the modalizer — as happened, now and then, with a dialog opened right
 * after another closed — the new modalizer stays inactive, and tabster's next aria-hidden pass
 * (Modalizer._hiddenUpdate hides the elements of inactive modalizers) hid the dialog itself from
 * assistive technology. `useActivateModal` is tabster's remedy for exactly this ("Tabster has not
 * instantiated the Modalizer yet", @fluentui/react-tabster useActivateModal): it activates the
 * modal on the next tick, by which time the MutationObserver has run.
 */
export function ModalSurface(props: DialogSurfaceProps) {
  const surface = useRef<HTMLDivElement>(null);
  const activateModal = useActivateModal();
  useEffect(() => {
    if (surface.current) activateModal(surface.current);
  }, [activateModal]);
  return <DialogSurface ref={surface} {...props} />;
}
