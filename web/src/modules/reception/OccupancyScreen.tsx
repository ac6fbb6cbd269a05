import { useTranslation } from 'react-i18next';
import { useOccupancy } from '../../api/visits';
import { TextLink } from '../../ui/Button';
import { PageHeader } from '../../ui/PageHeader';
import { QueryState } from '../../ui/QueryState';
import { OccupancyMeter } from './OccupancyMeter';
import './reception.css';

/**
 * Live occupancy of every active site (offices aside): who is in now against
 * the places or beds it has, and today's check-ins; each site opens its desk.
 */
export function OccupancyScreen() {
  const { t } = useTranslation();
  const occupancy = useOccupancy();
  return (
    <div className="stack">
      <p>
        <TextLink href="/reception">{t('reception.backToDesk')}</TextLink>
      </p>
      <PageHeader title={t('reception.occupancyTitle')}>
        <p className="muted">{t('reception.occupancyIntro')}</p>
      </PageHeader>
      <QueryState query={occupancy}>
        {({ items }) =>
          items.length === 0 ? (
            <p>{t('reception.noSites')}</p>
          ) : (
            <ul className="occupancy-grid">
              {items.map((site) => (
                <li key={site.siteId} className="panel stack-tight">
                  <h2 className="occupancy-site">
                    <TextLink href={`/reception?site=${encodeURIComponent(site.siteId)}`}>{site.name}</TextLink>
                  </h2>
                  <p className="muted">{t(`siteTypes.${site.type}`)}</p>
                  <OccupancyMeter site={site} />
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
    </div>
  );
}
