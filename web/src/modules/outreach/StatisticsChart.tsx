import { useTranslation } from 'react-i18next';

export interface ChartRow {
  key: string;
  label: string;
  /** null: suppressed (shown as text, drawn as no bar). */
  value: number | null;
  valueText: string;
}

/**
 * Contacts per group as horizontal bars: plain HTML and SVG, no chart library
 * (the width of an SVG rect is an attribute, not an inline style, which the CSP
 * forbids). The bars are decoration: the table below has every number.
 */
export function StatisticsChart({ title, rows }: { title: string; rows: readonly ChartRow[] }) {
  const { t } = useTranslation();
  const max = Math.max(1, ...rows.map((r) => r.value ?? 0));
  return (
    <figure className="bar-chart" aria-labelledby="chart-title">
      <figcaption id="chart-title" className="field-label">
        {title}
      </figcaption>
      <p className="visually-hidden">{t('outreachStats.chartNote')}</p>
      <ul className="bar-list" aria-hidden="true">
        {rows.map((row) => (
          <li key={row.key} className="bar-row">
            <span className="bar-label">{row.label}</span>
            <svg className="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
              <rect width={((row.value ?? 0) / max) * 100} height="10" />
            </svg>
            <span className="bar-value">{row.valueText}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
