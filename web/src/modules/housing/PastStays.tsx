import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSitePlacements } from '../../api/housing';
import { DataTable } from '../../ui/DataTable';
import { Pager } from '../../ui/Pager';
import { QueryState } from '../../ui/QueryState';
import { useDays } from './housingText';
import { PersonName } from './PersonName';

const pageSize = 10;

/** Stays at the site that have ended, newest first: who, where, from–to and how each ended. */
export function PastStays({ siteId }: { siteId: string }) {
  const { t } = useTranslation();
  const days = useDays();
  const [page, setPage] = useState(1);
  const ended = useSitePlacements(siteId, 'ended', page, pageSize);
  return (
    <section className="stack housing-history" aria-labelledby="past-title">
      <h2 id="past-title">{t('housing.pastTitle')}</h2>
      <QueryState query={ended}>
        {(data) =>
          data.total === 0 ? (
            <p>{t('housing.noPastStays')}</p>
          ) : (
            <>
              <DataTable caption={t('housing.pastTitle')}>
                <thead>
                  <tr>
                    <th scope="col">{t('housing.person')}</th>
                    <th scope="col">{t('housing.unit')}</th>
                    <th scope="col">{t('housing.stay')}</th>
                    <th scope="col">{t('housing.outcome')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((p) => (
                    <tr key={p.id}>
                      <th scope="row">
                        <PersonName clientId={p.clientId} pseudonym={p.pseudonym} />
                      </th>
                      <td>{p.unitLabel}</td>
                      <td>{days.period(p.startOn, p.endOn)}</td>
                      <td>{p.outcome ? t(`housing.outcomes.${p.outcome}`) : ''}</td>
                    </tr>
                  ))}
                </tbody>
              </DataTable>
              {data.total > data.pageSize ? (
                <Pager page={data.page} pageSize={data.pageSize} total={data.total} onPage={setPage} />
              ) : null}
            </>
          )
        }
      </QueryState>
    </section>
  );
}
