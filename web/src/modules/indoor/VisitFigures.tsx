import { useTranslation } from 'react-i18next';
import { useVisitStatistics } from '../../api/indoorStats';
import { DataTable } from '../../ui/DataTable';
import { QueryState } from '../../ui/QueryState';
import { useCatalogueNames, useNumberFormat, usePlaceNames } from '../outreach/names';
import type { StatisticsPeriod } from './period';

/** A period's visits: check-ins, people, anonymous guests, services by type, occupancy per site. */
export function VisitFigures({ period }: { period: StatisticsPeriod }) {
  const { t } = useTranslation();
  const nf = useNumberFormat();
  const services = useCatalogueNames('service');
  const places = usePlaceNames();
  const stats = useVisitStatistics(period, period.valid);
  return (
    <section className="panel stack" aria-labelledby="indoor-visits">
      <h2 id="indoor-visits">{t('indoorStats.visits')}</h2>
      <QueryState query={stats}>
        {(s) => (
          <>
            <dl className="figures">
              <div className="figure">
                <dt>{t('indoorStats.checkIns')}</dt>
                <dd>{nf.number(s.visits)}</dd>
              </div>
              <div className="figure">
                <dt>{t('indoorStats.uniquePeople')}</dt>
                <dd>{nf.number(s.uniquePeople)}</dd>
              </div>
              <div className="figure">
                <dt>{t('indoorStats.anonymous')}</dt>
                <dd>{nf.number(s.anonymous)}</dd>
              </div>
            </dl>
            {s.services.length > 0 ? (
              <DataTable caption={t('indoorStats.servicesCaption')}>
                <thead>
                  <tr>
                    <th scope="col">{t('indoorStats.service')}</th>
                    <th scope="col">{t('indoorStats.times')}</th>
                  </tr>
                </thead>
                <tbody>
                  {s.services.map((x) => (
                    <tr key={x.serviceId}>
                      <th scope="row">{services.name(x.serviceId)}</th>
                      <td>{nf.number(x.quantity)}</td>
                    </tr>
                  ))}
                </tbody>
              </DataTable>
            ) : (
              <p>{t('indoorStats.noVisits')}</p>
            )}
            {s.sites.length > 0 ? (
              <DataTable caption={t('indoorStats.occupancyCaption')}>
                <thead>
                  <tr>
                    <th scope="col">{t('indoorStats.site')}</th>
                    <th scope="col">{t('indoorStats.people')}</th>
                    <th scope="col">{t('indoorStats.daysOpen')}</th>
                    <th scope="col">{t('indoorStats.capacity')}</th>
                    <th scope="col">{t('indoorStats.occupancyRate')}</th>
                  </tr>
                </thead>
                <tbody>
                  {s.sites.map((x) => (
                    <tr key={x.siteId}>
                      <th scope="row">{places.site(x.siteId)}</th>
                      <td>{nf.number(x.people)}</td>
                      <td>{nf.number(x.daysOpen)}</td>
                      <td>{x.capacity === null ? t('indoorStats.noCapacity') : nf.number(x.capacity)}</td>
                      <td>{x.occupancyRate === null ? '—' : nf.percent(x.occupancyRate)}</td>
                    </tr>
                  ))}
                </tbody>
              </DataTable>
            ) : null}
          </>
        )}
      </QueryState>
    </section>
  );
}
