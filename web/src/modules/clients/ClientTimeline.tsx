import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '#core/permissions/index';
import { useClientAppointments } from '../../api/appointments';
import { useContacts } from '../../api/contacts';
import { useClientHealthTests } from '../../api/healthTests';
import { useClientPlacements } from '../../api/housing';
import { useClientReferrals } from '../../api/referrals';
import { useMe } from '../../api/session';
import { useClientVisits } from '../../api/visits';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Loading } from '../../ui/QueryState';
import { formatDay } from './labels';
import { TimelineEntryLine } from './TimelineEntryLine';
import { localDay, mergeTimeline, referralEntries, stayEntries, type TimelineSource } from './timeline';

/** The page sizes the sections below use too, so the timeline reads their cached answers. */
const latest = 10;
/** The most appointments, tests and referrals the server lists for a person. */
const listCap = 200;
/** Entries shown before "show all". */
const firstShown = 20;

/**
 * The person's timeline across modules — contacts, visits, stays, appointments,
 * tests and referrals — each only if the reader's role may read that module (the server
 * refuses the rest anyway, and leaves out what a discipline keeps to itself:
 * appointment notes, test results for non-medical readers).
 */
export function ClientTimeline({ clientId }: { clientId: string }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const allowed = (action: Parameters<typeof can>[1]) => can(me.roles, action);
  const contacts = useContacts({ clientId, pageSize: latest }, allowed('contacts.read'));
  const visits = useClientVisits(clientId, latest, allowed('visits.read'));
  const stays = useClientPlacements(clientId, allowed('housing.read'));
  const appointments = useClientAppointments(clientId, allowed('appointments.read'));
  const tests = useClientHealthTests(clientId, allowed('tests.read'));
  const referrals = useClientReferrals(clientId, allowed('referrals.read'));
  const [all, setAll] = useState(false);

  const queries = [
    { on: allowed('contacts.read'), q: contacts },
    { on: allowed('visits.read'), q: visits },
    { on: allowed('housing.read'), q: stays },
    { on: allowed('appointments.read'), q: appointments },
    { on: allowed('tests.read'), q: tests },
    { on: allowed('referrals.read'), q: referrals },
  ].filter((x) => x.on);
  const failed = queries.filter((x) => x.q.error && x.q.data === undefined);
  const pending = queries.some((x) => x.q.isPending && !x.q.error);

  const sources: TimelineSource[] = [];
  if (contacts.data && allowed('contacts.read'))
    sources.push({
      entries: contacts.data.items.map((c) => ({
        kind: 'contact',
        day: localDay(c.occurredAt),
        at: c.occurredAt,
        item: c,
      })),
      complete: contacts.data.total <= contacts.data.items.length,
    });
  if (visits.data && allowed('visits.read'))
    sources.push({
      entries: visits.data.items.map((v) => ({ kind: 'visit', day: v.visitOn, at: v.checkedInAt, item: v })),
      complete: visits.data.items.length < latest,
    });
  if (stays.data && allowed('housing.read')) sources.push({ entries: stayEntries(stays.data.items), complete: true });
  if (appointments.data && allowed('appointments.read'))
    sources.push({
      entries: appointments.data.items.map((a) => ({
        kind: 'appointment',
        day: localDay(a.startsAt),
        at: a.startsAt,
        item: a,
      })),
      complete: appointments.data.items.length < listCap,
    });
  if (tests.data && allowed('tests.read'))
    sources.push({
      entries: tests.data.items.map((h) => ({ kind: 'test', day: h.testedOn, at: null, item: h })),
      complete: tests.data.items.length < listCap,
    });
  if (referrals.data && allowed('referrals.read'))
    sources.push({ entries: referralEntries(referrals.data.items), complete: referrals.data.items.length < listCap });
  const timeline = mergeTimeline(sources);
  const total = timeline.days.reduce((n, d) => n + d.entries.length, 0);
  let budget = all ? Number.POSITIVE_INFINITY : firstShown;
  const days = timeline.days
    .map((d) => {
      const entries = d.entries.slice(0, Math.max(0, budget));
      budget -= entries.length;
      return { day: d.day, entries };
    })
    .filter((d) => d.entries.length > 0);

  if (queries.length === 0) return null;
  return (
    <section className="panel stack" aria-labelledby="client-timeline-title">
      <h2 id="client-timeline-title">{t('timeline.title')}</h2>
      <p className="muted">{t('timeline.intro')}</p>
      {failed.length > 0 ? (
        <Alert tone="error">
          <p>{t('timeline.partial')}</p>
          <Button
            onPress={() => {
              for (const x of failed) x.q.refetch();
            }}
          >
            {t('common.retry')}
          </Button>
        </Alert>
      ) : null}
      {pending ? (
        <Loading />
      ) : total === 0 ? (
        <p>{t('timeline.empty')}</p>
      ) : (
        <>
          <ol className="timeline" aria-label={t('timeline.title')}>
            {days.map((d) => (
              <li key={d.day} className="timeline-day">
                <h3>{formatDay(d.day, i18n.language)}</h3>
                <ul>
                  {d.entries.map((e) => (
                    <li key={`${e.kind}:${e.item.id}`}>
                      <TimelineEntryLine entry={e} />
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
          {total > firstShown && !all ? (
            <div className="btn-row">
              <Button onPress={() => setAll(true)}>{t('timeline.showAll', { count: total })}</Button>
            </div>
          ) : null}
          {timeline.shownFrom ? (
            <p className="muted">{t('timeline.shownFrom', { day: formatDay(timeline.shownFrom, i18n.language) })}</p>
          ) : null}
        </>
      )}
    </section>
  );
}
