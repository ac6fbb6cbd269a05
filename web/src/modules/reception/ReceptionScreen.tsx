import { useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { can } from '#core/permissions/index';
import { useMe } from '../../api/session';
import { type OccupancySite, useDaySheet, useOccupancy } from '../../api/visits';
import { compact } from '../../app/search';
import { Button, LinkButton } from '../../ui/Button';
import { PageHeader } from '../../ui/PageHeader';
import { QueryState } from '../../ui/QueryState';
import { Select } from '../../ui/Select';
import { TextField } from '../../ui/TextField';
import { formatDay, today } from '../clients/labels';
import { CheckInForm } from './CheckInForm';
import { DaySheetTable } from './DaySheetTable';
import { DaySheetTotals } from './DaySheetTotals';
import { useDeskSite } from './deskSite';
import { OccupancyMeter } from './OccupancyMeter';
import { isIsoDate } from './visitText';
import '../shifts/shifts.css';
import './reception.css';

/** The chosen site's day: its totals and its visits, checked out from here. */
function Day({ site, date, canRecord }: { site: OccupancySite; date: string | undefined; canRecord: boolean }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const sheet = useDaySheet(site.siteId, date);
  const past = date !== undefined && date < today();
  return (
    <section className="stack reception-sheet" aria-labelledby="day-sheet-title">
      <h2 id="day-sheet-title">
        {date ? t('reception.daySheetOf', { day: formatDay(date, i18n.language) }) : t('reception.daySheetToday')}
      </h2>
      {date && canRecord ? (
        <p className="muted">{past ? t('reception.pastDayNote') : t('reception.otherDayNote')}</p>
      ) : null}
      <QueryState query={sheet}>
        {(data) => (
          <>
            <DaySheetTotals totals={data.totals} />
            <DaySheetTable
              sheet={data}
              canAdd={canRecord && date === undefined}
              canCheckOut={canRecord && (date === undefined || past)}
              canOpenPeople={can(me.roles, 'clients.read')}
            />
          </>
        )}
      </QueryState>
    </section>
  );
}

/** The desk of one site among those the organisation runs (all but offices). */
function Desk({ sites }: { sites: OccupancySite[] }) {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate({ from: '/reception' });
  const search = useSearch({ from: '/app/reception' });
  const site = useDeskSite(sites, search.site);
  const todayIso = today();
  const date = isIsoDate(search.date) && search.date !== todayIso ? search.date : undefined;
  const canRecord = can(me.roles, 'visits.record');
  if (!site) return <p>{t('reception.noSites')}</p>;
  const go = (patch: { site?: string; date?: string | undefined }) =>
    void navigate({ search: compact({ site: site.siteId, date, ...patch }) });

  return (
    <>
      <div className="filters">
        <Select
          name="site"
          label={t('reception.site')}
          options={sites.map((s) => ({ id: s.siteId, label: s.name }))}
          value={site.siteId}
          onChange={(id) => go({ site: id })}
        />
        <TextField
          name="date"
          type="date"
          className="field-date"
          label={t('reception.day')}
          value={date ?? todayIso}
          onChange={(v) => go({ date: isIsoDate(v) && v !== todayIso ? v : undefined })}
        />
        {date ? <Button onPress={() => go({ date: undefined })}>{t('reception.backToToday')}</Button> : null}
      </div>
      <div className="desk">
        <section className="panel stack" aria-labelledby="occupancy-title">
          <h2 id="occupancy-title">{t('reception.occupancyNow')}</h2>
          <OccupancyMeter site={site} />
        </section>
        {canRecord && date === undefined ? <CheckInForm key={site.siteId} siteId={site.siteId} /> : null}
      </div>
      <Day key={site.siteId} site={site} date={date} canRecord={canRecord} />
    </>
  );
}

/**
 * The reception desk of a drop-in centre or shelter: pick the site (kept in
 * the address), see who is in against its capacity, check a person or an
 * anonymous head count in with the services used, and keep the day sheet —
 * services added, people checked out. Another day can be looked at; a past
 * day is read-only but for checking out visits left open.
 */
export function ReceptionScreen() {
  const { t } = useTranslation();
  const occupancy = useOccupancy();
  return (
    <div className="stack">
      <PageHeader
        title={t('nav.reception')}
        actions={<LinkButton href="/reception/occupancy">{t('reception.allSites')}</LinkButton>}
      >
        <p className="muted">{t('reception.intro')}</p>
      </PageHeader>
      <QueryState query={occupancy}>{({ items }) => <Desk sites={items} />}</QueryState>
    </div>
  );
}
