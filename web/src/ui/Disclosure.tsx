import type { ReactNode } from 'react';

export interface DisclosureProps {
  title: ReactNode;
  /** A short note after the title, e.g. how many items are chosen inside. */
  summary?: ReactNode;
  children: ReactNode;
  defaultOpen?: boolean;
  className?: string;
}

/**
 * An optional part of a form that opens on a tap (native details/summary: the
 * browser gives it keyboard and screen-reader support, and it needs no script).
 * What is inside stays mounted while closed, so nothing typed is lost.
 */
export function Disclosure({ title, summary, children, defaultOpen, className }: DisclosureProps) {
  return (
    <details className={['disclosure', className ?? ''].filter(Boolean).join(' ')} open={defaultOpen}>
      <summary className="disclosure-summary">
        <span className="disclosure-title">{title}</span>
        {summary ? <span className="disclosure-note">{summary}</span> : null}
      </summary>
      <div className="disclosure-body">{children}</div>
    </details>
  );
}
