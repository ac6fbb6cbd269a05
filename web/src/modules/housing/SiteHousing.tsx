import { useRef, useState } from 'react';
import { limits } from '#core/limits';
import { can } from '#core/permissions/index';
import { useHousingUnits, useSitePlacements } from '../../api/housing';
import { useMe } from '../../api/session';
import type { Site } from '../../api/types';
import { QueryState } from '../../ui/QueryState';
import { BedBoard } from './BedBoard';
import { type HousingDialog, HousingDialogs } from './HousingDialogs';
import { OccupancyHistory, type OccupancyPeriod } from './OccupancyHistory';
import { PastStays } from './PastStays';
import { UnitsSection } from './UnitsSection';
import { WaitingList } from './WaitingList';

/**
 * Everything about the beds of one site: the board, the waiting list, past
 * stays, the occupancy history and, for the desk, its beds and rooms. What a
 * dialog did is said once in a notice; when the button that opened it is gone
 * (the bed is taken now, the person is off the list) the focus goes there.
 */
export function SiteHousing({
  site,
  sites,
  period,
  onPeriod,
}: {
  site: Site;
  sites: readonly Site[];
  period: OccupancyPeriod;
  onPeriod: (patch: Partial<OccupancyPeriod>) => void;
}) {
  const me = useMe();
  const canManage = can(me.roles, 'housing.manage');
  const units = useHousingUnits(site.id);
  const upcoming = useSitePlacements(site.id, 'upcoming', 1, limits.pageSizeMax);
  const [dialog, setDialog] = useState<HousingDialog | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);
  const open = (d: HousingDialog) => {
    setNotice(null);
    setDialog(d);
  };
  const done = (text: string) => {
    setDialog(null);
    setNotice(text);
    setTimeout(() => {
      const focused = document.activeElement;
      if (!focused || focused === document.body) noticeRef.current?.focus();
    }, 100);
  };

  return (
    <>
      <div role="status">
        {notice ? (
          <p className="alert alert-success" tabIndex={-1} ref={noticeRef}>
            {notice}
          </p>
        ) : null}
      </div>
      <QueryState query={units}>
        {({ items }) => (
          <>
            <BedBoard units={items} upcoming={upcoming.data?.items ?? []} canManage={canManage} open={open} />
            <WaitingList siteId={site.id} canManage={canManage} canPlace={items.some((u) => u.active)} open={open} />
            <PastStays siteId={site.id} />
            <OccupancyHistory siteId={site.id} period={period} onPeriod={onPeriod} />
            {canManage ? <UnitsSection units={items} open={open} /> : null}
            <HousingDialogs
              dialog={dialog}
              onClose={() => setDialog(null)}
              onDone={done}
              siteId={site.id}
              sites={sites}
              units={items}
            />
          </>
        )}
      </QueryState>
    </>
  );
}
