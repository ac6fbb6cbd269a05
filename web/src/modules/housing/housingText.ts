import { useTranslation } from 'react-i18next';
import type { HousingUnit, Placement } from '../../api/housing';
import { intlLocale } from '../../ui/format';
import { formatDay } from '../clients/labels';

/** A stay being changed from the board or a list: the placement and what names it. */
export interface Stay {
  placementId: string;
  pseudonym: string;
  unitId: string;
  unitLabel: string;
  startOn: string;
  plannedEndOn: string | null;
}

/** The stay of a unit's occupant today. */
export function stayOfUnit(unit: HousingUnit): Stay | null {
  const c = unit.current;
  return c
    ? {
        placementId: c.placementId,
        pseudonym: c.pseudonym,
        unitId: unit.id,
        unitLabel: unit.label,
        startOn: c.startOn,
        plannedEndOn: c.plannedEndOn,
      }
    : null;
}

/** The stay of a placement from a list. */
export function stayOfPlacement(p: Placement): Stay {
  return {
    placementId: p.id,
    pseudonym: p.pseudonym,
    unitId: p.unitId,
    unitLabel: p.unitLabel,
    startOn: p.startOn,
    plannedEndOn: p.plannedEndOn,
  };
}

/** A person chosen for a placement or the waiting list. */
export interface ChosenPerson {
  id: string;
  pseudonym: string;
}

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * Days in the UI language: one day, a period "3 May 2026 – 1 Sep 2026" or
 * "from 3 May 2026", and a short range for table rows ("3–9 Nov 2026").
 */
export function useDays() {
  const { t, i18n } = useTranslation();
  const day = (iso: string | null | undefined) => formatDay(iso, i18n.language);
  const short = new Intl.DateTimeFormat(intlLocale(i18n.language), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return {
    day,
    range: (from: string, to: string) => short.formatRange(utc(from), utc(to)),
    period: (from: string, to: string | null) =>
      to ? t('housing.period', { from: day(from), to: day(to) }) : t('housing.periodOpen', { from: day(from) }),
  };
}
