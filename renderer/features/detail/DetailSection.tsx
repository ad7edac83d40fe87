/** One titled section of the detail panel: a region named by its heading, for skimming by screen reader. */
import { useId, type ReactNode } from 'react';

interface DetailSectionProps {
  readonly title: string;
  /** One line saying what the section is for (shown under the heading). */
  readonly intro?: string;
  readonly className?: string;
  readonly children: ReactNode;
}

export function DetailSection({ title, intro, className, children }: DetailSectionProps) {
  const id = useId();
  return (
    <section className={`detail-section${className ? ` ${className}` : ''}`} aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {intro && <p className="detail-intro">{intro}</p>}
      {children}
    </section>
  );
}
