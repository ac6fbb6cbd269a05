import { useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { can } from '#core/permissions/index';
import { useMe } from '../../api/session';
import { PageHeader } from '../../ui/PageHeader';
import { Select } from '../../ui/Select';
import { usePlaceNames } from '../outreach/names';
import { PeriodFields, periodOf } from '../outreach/period';
import { AppointmentFigures } from './AppointmentFigures';
import { TestFigures } from './TestFigures';
import { VisitFigures } from './VisitFigures';
// The figures look like the reception desk's day totals.
import '../reception/reception.css';

const allSites = 'all';

/**
 * The indoor work of a period, at one site or all: visits, people and
 * services, occupancy against capacity, appointments by discipline and
 * status, health tests and linkage to care — the figures the project
 * indicators reuse. Each part shows as far as the reader's role goes.
 */
export function IndoorStatisticsScreen() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate({ from: '/indoor/statistics' });
  const search = useSearch({ from: '/app/indoor/statistics' });
  const places = usePlaceNames();
  const base = periodOf(search);
  const site = search.site ?? allSites;
  const period = { ...base, siteId: site === allSites ? undefined : site };
  const set = (next: { from?: string; to?: string; site?: string }) =>
    navigate({ search: (s) => ({ ...s, ...next }), replace: true });
  return (
    <div className="stack">
      <PageHeader title={t('indoorStats.title')} />
      <section className="panel" aria-label={t('indoorStats.filters')}>
        <div className="form-grid">
          <PeriodFields from={base.from} to={base.to} onChange={set} />
          <Select
            label={t('indoorStats.site')}
            options={[
              { id: allSites, label: t('indoorStats.allSites') },
              ...places.sites.filter((s) => s.type !== 'office').map((s) => ({ id: s.id, label: s.name })),
            ]}
            value={site}
            onChange={(id) => set({ site: id })}
          />
        </div>
      </section>
      {base.valid ? (
        <>
          <VisitFigures period={period} />
          {can(me.roles, 'appointments.read') ? <AppointmentFigures period={period} /> : null}
          {can(me.roles, 'tests.statistics') ? <TestFigures period={period} /> : null}
        </>
      ) : null}
    </div>
  );
}
