import { useEffect } from 'react';
import type { OccupancySite } from '../../api/visits';

const storageKey = 'kontakt.receptionSite';

/** Where people are received most often first: with nothing remembered, the desk opens the first of these. */
const typeOrder: readonly OccupancySite['type'][] = [
  'drop_in_centre',
  'day_centre',
  'warming_shelter',
  'sanitary_point',
  'night_shelter',
  'hostel',
  're_adaptation_flat',
];

function remembered(): string | null {
  try {
    return localStorage.getItem(storageKey);
  } catch {
    return null; // storage blocked (private mode)
  }
}

/**
 * The site the desk shows: the one in the address, else the one this device
 * last showed (a reception computer stays at its site; a site id names no
 * one), else the first drop-in centre, day centre, shelter… by name.
 */
export function pickDeskSite<S extends Pick<OccupancySite, 'siteId' | 'type' | 'name'>>(
  sites: readonly S[],
  fromAddress: string | undefined,
  last: string | null,
): S | undefined {
  const rank = (s: S) => {
    const i = typeOrder.indexOf(s.type);
    return i === -1 ? typeOrder.length : i;
  };
  return (
    sites.find((s) => s.siteId === fromAddress) ??
    sites.find((s) => s.siteId === last) ??
    [...sites].sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name))[0]
  );
}

/** The desk's site (see pickDeskSite), remembered on this device once shown. */
export function useDeskSite(sites: readonly OccupancySite[], fromAddress: string | undefined) {
  const site = pickDeskSite(sites, fromAddress, remembered());
  const id = site?.siteId;
  useEffect(() => {
    if (!id) return;
    try {
      localStorage.setItem(storageKey, id);
    } catch {
      // Not remembered: the desk opens the default site next time.
    }
  }, [id]);
  return site;
}
