import { useTranslation } from 'react-i18next';
import { useClientVisits } from '../../api/visits';
import { DataTable } from '../../ui/DataTable';
import { QueryState } from '../../ui/QueryState';
import { usePlaceNames } from '../outreach/names';
import { useServicesText } from '../reception/visitText';
import { formatDay } from './labels';

const shown = 10;

/** The person's latest drop-in and shelter visits: the day, the site and the services used. */
export function ClientVisitsSection({ clientId }: { clientId: string }) {
  const { t, i18n } = useTranslation();
  const visits = useClientVisits(clientId, shown);
  const places = usePlaceNames();
  const servicesText = useServicesText();
  return (
    <section className="panel stack" aria-labelledby="client-visits-title">
      <h2 id="client-visits-title">{t('reception.clientVisits')}</h2>
      <QueryState query={visits}>
        {({ items }) =>
          items.length === 0 ? (
            <p>{t('reception.noClientVisits')}</p>
          ) : (
            <>
              <p className="muted">
                {items.length === shown
                  ? t('reception.latestVisits', { count: shown })
                  : t('reception.visitCount', { count: items.length })}
              </p>
              <DataTable caption={t('reception.clientVisits')}>
                <thead>
                  <tr>
                    <th scope="col">{t('reception.visitDay')}</th>
                    <th scope="col">{t('reception.site')}</th>
                    <th scope="col">{t('reception.services')}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((v) => (
                    <tr key={v.id}>
                      <th scope="row">{formatDay(v.visitOn, i18n.language)}</th>
                      <td>{places.site(v.siteId)}</td>
                      <td>{v.services.length > 0 ? servicesText(v.services) : t('reception.noServices')}</td>
                    </tr>
                  ))}
                </tbody>
              </DataTable>
            </>
          )
        }
      </QueryState>
    </section>
  );
}
