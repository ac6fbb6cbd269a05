import { useTranslation } from 'react-i18next';
import type { Discipline } from '#core/roles';
import { intlLocale } from '../../ui/format';

/** How the calendar names an appointment's time: "14:30", in the reader's language. */
export function useTimeFormat() {
  const { i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(intlLocale(i18n.language), { hour: '2-digit', minute: '2-digit' });
  return (iso: string) => format.format(new Date(iso));
}

/** A discipline's name. */
export function useDisciplineName() {
  const { t } = useTranslation();
  return (d: Discipline) => t(`counselling.disciplines.${d}`);
}
