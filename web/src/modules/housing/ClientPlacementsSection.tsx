import { useTranslation } from 'react-i18next';
import { can } from '#core/permissions/index';
import { type Placement, useClientPlacements } from '../../api/housing';
import { useMe } from '../../api/session';
import { DataTable } from '../../ui/DataTable';
import { QueryState } from '../../ui/QueryState';
import { useDays } from './housingText';
import './housing.css';

function StayState({ placement: p }: { placement: Placement }) {
  const { t } = useTranslation();
  if (p.status === 'current') return <span className="badge badge-on">{t('housing.statuses.current')}</span>;
  if (p.status === 'upcoming') return <span className="badge">{t('housing.statuses.upcoming')}</span>;
  return <>{p.outcome ? t(`housing.outcomes.${p.outcome}`) : t('housing.statuses.ended')}</>;
}

function Stays({ clientId }: { clientId: string }) {
  const { t } = useTranslation();
  const days = useDays();
  const placements = useClientPlacements(clientId);
  return (
    <section className="panel stack housing-history" aria-labelledby="client-housing-title">
      <h2 id="client-housing-title">{t('housing.clientTitle')}</h2>
      <QueryState query={placements}>
        {({ items }) =>
          items.length === 0 ? (
            <p>{t('housing.noClientStays')}</p>
          ) : (
            <DataTable caption={t('housing.clientStays')}>
              <thead>
                <tr>
                  <th scope="col">{t('housing.site')}</th>
                  <th scope="col">{t('housing.unit')}</th>
                  <th scope="col">{t('housing.stay')}</th>
                  <th scope="col">{t('housing.outcome')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((p) => (
                  <tr key={p.id}>
                    <th scope="row">{p.siteName}</th>
                    <td>{p.unitLabel}</td>
                    <td>
                      {days.period(p.startOn, p.endOn)}
                      {p.endOn === null && p.plannedEndOn ? (
                        <span className="housing-note">
                          {t('housing.plannedEnd', { day: days.day(p.plannedEndOn) })}
                        </span>
                      ) : null}
                    </td>
                    <td>
                      <StayState placement={p} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </DataTable>
          )
        }
      </QueryState>
    </section>
  );
}

/** The person's stays in shelters, hostels and flats (site, bed or room, from–to, how each ended), for housing.read. */
export function ClientPlacementsSection({ clientId }: { clientId: string }) {
  const me = useMe();
  return can(me.roles, 'housing.read') ? <Stays clientId={clientId} /> : null;
}
