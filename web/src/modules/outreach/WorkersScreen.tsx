import { useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useWorkerMonitoring } from '../../api/outreachStats';
import { compact } from '../../app/search';
import { DataTable } from '../../ui/DataTable';
import { PageHeader } from '../../ui/PageHeader';
import { QueryState } from '../../ui/QueryState';
import { Select } from '../../ui/Select';
import { formatDay } from '../clients/labels';
import { useNumberFormat, usePlaceNames } from './names';
import { PeriodFields, periodOf } from './period';
import './outreach.css';

const all = 'all';
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The coordinator's standard view of each worker over a period (S5): shifts,
 * hours, contacts, new people, overdue follow-ups and reports waiting.
 */
export function WorkersScreen() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate({ from: '/outreach/workers' });
  const search = useSearch({ from: '/app/outreach/workers' });
  const places = usePlaceNames();
  const nf = useNumberFormat();
  const period = periodOf(search);
  const teamId = search.team && uuid.test(search.team) ? search.team : undefined;
  const workers = useWorkerMonitoring(
    { from: period.from, to: period.to, ...(teamId ? { teamId } : {}) },
    period.valid,
  );
  const set = (patch: Partial<typeof search>) => void navigate({ search: compact({ ...search, ...patch }) });
  const columns = ['shifts', 'hours', 'contacts', 'newPeople', 'overdueFollowUps', 'reportsWaiting'] as const;

  return (
    <div className="stack">
      <PageHeader title={t('nav.workers')}>
        <p className="muted">{t('workers.intro')}</p>
      </PageHeader>
      <div className="filters">
        <PeriodFields from={period.from} to={period.to} onChange={set} />
        <Select
          name="team"
          label={t('shifts.team')}
          options={[
            { id: all, label: t('shifts.allTeams') },
            ...places.teams.map((x) => ({ id: x.id, label: x.name })),
          ]}
          value={teamId ?? all}
          onChange={(v) => set({ team: v === all ? undefined : v })}
        />
      </div>
      {period.valid ? (
        <QueryState query={workers}>
          {(result) => (
            <div className="stack">
              <p className="muted" aria-live="polite">
                {t('outreachStats.period', {
                  from: formatDay(result.from, i18n.language),
                  to: formatDay(result.to, i18n.language),
                })}
              </p>
              {result.items.length === 0 ? (
                <p>{t('workers.empty')}</p>
              ) : (
                <DataTable caption={t('nav.workers')}>
                  <thead>
                    <tr>
                      <th scope="col">{t('workers.worker')}</th>
                      {columns.map((c) => (
                        <th key={c} scope="col" className="num">
                          {t(`workers.columns.${c}`)}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {result.items.map((w) => (
                      <tr key={w.userId}>
                        <th scope="row">{w.displayName}</th>
                        {columns.map((c) => (
                          <td
                            key={c}
                            className={
                              (c === 'overdueFollowUps' || c === 'reportsWaiting') && w[c] > 0 ? 'num attention' : 'num'
                            }
                          >
                            {c === 'hours' ? nf.hours(w.hours) : nf.number(w[c])}
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </DataTable>
              )}
            </div>
          )}
        </QueryState>
      ) : null}
    </div>
  );
}
