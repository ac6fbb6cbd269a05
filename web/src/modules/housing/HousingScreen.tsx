import { useNavigate, useSearch } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSites } from '../../api/places';
import type { Site } from '../../api/types';
import { compact, type HousingSearch } from '../../app/search';
import { PageHeader } from '../../ui/PageHeader';
import { QueryState } from '../../ui/QueryState';
import { Select } from '../../ui/Select';
import { today } from '../clients/labels';
import { addDays, housingSites, isIsoDay, pickHousingSite } from './board';
import type { OccupancyPeriod } from './OccupancyHistory';
import { SiteHousing } from './SiteHousing';
import './housing.css';

const storageKey = 'kontakt.housingSite';

function remembered(): string | null {
  try {
    return localStorage.getItem(storageKey);
  } catch {
    return null; // storage blocked (private mode)
  }
}

/** The occupancy period of the address, else the 30 days up to today, per day. */
function periodOf(search: HousingSearch): OccupancyPeriod {
  const to = isIsoDay(search.to) ? search.to : today();
  const from = isIsoDay(search.from) ? search.from : addDays(to, -29);
  return { from, to, by: search.by === 'week' ? 'week' : 'day' };
}

function Sites({ sites }: { sites: Site[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate({ from: '/housing' });
  const search = useSearch({ from: '/app/housing' });
  const site = pickHousingSite(sites, search.site, remembered());
  const siteId = site?.id;
  useEffect(() => {
    if (!siteId) return;
    try {
      localStorage.setItem(storageKey, siteId); // a site id names no one
    } catch {
      // Not remembered: the screen opens the first site next time.
    }
  }, [siteId]);
  if (!site) return <p>{t('housing.noSites')}</p>;
  const go = (patch: Partial<HousingSearch>) =>
    void navigate({ search: (s: HousingSearch) => compact({ ...s, site: site.id, ...patch }) });

  return (
    <>
      <div className="filters">
        <Select
          name="site"
          label={t('housing.site')}
          options={sites.map((s) => ({ id: s.id, label: s.name }))}
          value={site.id}
          onChange={(id) => go({ site: id })}
        />
      </div>
      <SiteHousing key={site.id} site={site} sites={sites} period={periodOf(search)} onPeriod={go} />
    </>
  );
}

/**
 * Beds and housing (S3 step 2): choose a shelter, hostel or flat (kept in the
 * address), see who is in each bed or room and who is booked, place a person
 * — from the waiting list or found by pseudonym or code — end, move or
 * cancel a stay, keep the waiting list, look back at the occupancy, and for
 * the desk keep the site's beds and rooms.
 */
export function HousingScreen() {
  const { t } = useTranslation();
  const sites = useSites();
  return (
    <div className="stack">
      <PageHeader title={t('nav.housing')}>
        <p className="muted">{t('housing.intro')}</p>
      </PageHeader>
      <QueryState query={sites}>{({ items }) => <Sites sites={housingSites(items)} />}</QueryState>
    </div>
  );
}
