import type { ReactNode } from 'react';

/**
 * A table in a box that scrolls sideways on narrow screens. The box is a named,
 * focusable region so keyboard users can scroll it too (WCAG 2.1.1); the caption
 * names both the table and the region for screen readers.
 */
export function DataTable({ caption, children }: { caption: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section className="table-wrap" aria-label={caption} tabIndex={0}>
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        {children}
      </table>
    </section>
  );
}
