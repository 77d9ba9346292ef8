import { Subtitle2, makeStyles, useId } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  heading: { margin: 0 },
});

export interface PaneSectionProps {
  /** The section's level-2 heading, which also names the section for screen readers. */
  readonly title: ReactNode;
  /** The caller's layout for the section (each card sets its own gap). */
  readonly className?: string;
  readonly children?: ReactNode;
}

/** A card of the pane: a section named by its own heading, so every card reads the same to a screen reader. */
export function PaneSection({ title, className, children }: PaneSectionProps) {
  const styles = useStyles();
  const headingId = useId("pane-section-heading");
  return (
    <section className={className} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId} className={styles.heading}>
        {title}
      </Subtitle2>
      {children}
    </section>
  );
}
