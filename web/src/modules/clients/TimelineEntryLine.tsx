import { useTranslation } from 'react-i18next';
import { TextLink } from '../../ui/Button';
import { useDisciplineName, useTimeFormat } from '../counselling/labels';
import { useCatalogueNames, usePlaceNames } from '../outreach/names';
import { useServicesText } from '../reception/visitText';
import type { TimelineEntry } from './timeline';

/** What one timeline entry says: its time, what kind of thing it was, and the facts the reader may see. */
export function TimelineEntryLine({ entry }: { entry: TimelineEntry }) {
  const { t } = useTranslation();
  const time = useTimeFormat();
  return (
    <>
      <span className="timeline-time">{entry.at ? time(entry.at) : ''}</span>
      <span className="timeline-kind">{t(`timeline.kinds.${entry.kind}`)}</span>
      <span className="timeline-what">
        <EntryFacts entry={entry} />
      </span>
    </>
  );
}

function EntryFacts({ entry: e }: { entry: TimelineEntry }) {
  const { t } = useTranslation();
  const places = usePlaceNames();
  const servicesText = useServicesText();
  const discipline = useDisciplineName();
  const testTypes = useCatalogueNames('test_type');
  switch (e.kind) {
    case 'contact': {
      const what = `${t(`contacts.kinds.${e.item.kind}`)} · ${t(`shifts.channels.${e.item.channel}`)}`;
      return e.item.shiftId ? <TextLink href={`/shifts/${e.item.shiftId}`}>{what}</TextLink> : what;
    }
    case 'visit':
      return (
        <>
          {places.site(e.item.siteId)}
          {e.item.services.length > 0 ? ` · ${servicesText(e.item.services)}` : ''}
        </>
      );
    case 'stay_started':
      return `${e.item.siteName} · ${e.item.unitLabel}`;
    case 'stay_ended':
      return (
        <>
          {e.item.siteName}
          {e.item.outcome ? ` · ${t(`housing.outcomes.${e.item.outcome}`)}` : ''}
        </>
      );
    case 'appointment':
      return (
        <TextLink href={`/counselling/appointments/${encodeURIComponent(e.item.id)}`}>
          {`${discipline(e.item.discipline)} · ${e.item.counsellorName} · ${t(`counselling.statuses.${e.item.status}`)}`}
        </TextLink>
      );
    case 'referral':
      return `${e.item.serviceName} · ${e.item.partnerName} · ${t(`referrals.statuses.${e.item.status}`)}`;
    case 'test':
      return (
        <>
          {`${testTypes.name(e.item.testTypeId)} · ${t(`counselling.methods.${e.item.method}`)}`}
          {e.item.medical ? ` · ${t(`counselling.results.${e.item.medical.result}`)}` : ''}
        </>
      );
  }
}
