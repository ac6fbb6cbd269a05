import { useTranslation } from 'react-i18next';
import type { DaySheet } from '../../api/visits';
import { useCatalogueNames, useNumberFormat } from '../outreach/names';

/** The day's figures at a glance: visits, people, anonymous guests, who is in now, and each service used. */
export function DaySheetTotals({ totals }: { totals: DaySheet['totals'] }) {
  const { t } = useTranslation();
  const nf = useNumberFormat();
  const services = useCatalogueNames('service');
  const byUse = [...totals.services].sort(
    (a, b) => b.quantity - a.quantity || services.name(a.serviceId).localeCompare(services.name(b.serviceId)),
  );
  const figures = [
    { key: 'visits', label: t('reception.totals.visits'), value: totals.visits },
    { key: 'people', label: t('reception.totals.people'), value: totals.people },
    { key: 'anonymous', label: t('reception.totals.anonymous'), value: totals.anonymous },
    { key: 'present', label: t('reception.totals.present'), value: totals.present },
  ];
  return (
    <div className="stack">
      <dl className="figures">
        {figures.map((f) => (
          <div key={f.key} className="figure">
            <dt>{f.label}</dt>
            <dd>{nf.number(f.value)}</dd>
          </div>
        ))}
      </dl>
      <div className="stack-tight">
        <h3 id="services-used-title">{t('reception.totals.services')}</h3>
        {byUse.length === 0 ? (
          <p className="muted">{t('reception.totals.noServices')}</p>
        ) : (
          <ul className="service-totals" aria-labelledby="services-used-title">
            {byUse.map((s) => (
              <li key={s.serviceId}>
                <span>{services.name(s.serviceId)}</span> <strong>{nf.number(s.quantity)}</strong>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
