import { useTranslation } from 'react-i18next';
import type { OpeningHours } from '../../api/partners';
import { formatOpeningHours } from './hours';

/** Opening hours one line each, in the UI language's weekday names and clock. */
export function OpeningHoursList({ hours }: { hours: readonly OpeningHours[] }) {
  const { i18n } = useTranslation();
  return (
    <ul className="partner-hours">
      {hours.map((h, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: hours have no id; the list is shown whole
        <li key={i}>
          {formatOpeningHours(h, i18n.language)}
          {h.note ? <span className="partner-alt">{h.note}</span> : null}
        </li>
      ))}
    </ul>
  );
}
