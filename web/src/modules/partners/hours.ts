import { weekdays } from '#core/schemas/partners';
import type { OpeningHours } from '../../api/partners';
import { intlLocale } from '../../ui/format';

export type Weekday = (typeof weekdays)[number];

// 1 January 2024 was a Monday: day i of the week is 2024-01-(1 + i) in UTC.
const dayDate = (index: number) => new Date(Date.UTC(2024, 0, 1 + index));

/** A weekday's short name in the UI language: "Mon", "pon.", "po", "пн". */
export function weekdayName(day: Weekday, language: string, width: 'short' | 'long' = 'short'): string {
  return new Intl.DateTimeFormat(intlLocale(language), { weekday: width, timeZone: 'UTC' }).format(
    dayDate(weekdays.indexOf(day)),
  );
}

/**
 * Days as people write them: runs of three or more consecutive days as a range
 * ("Mon–Fri"), others one by one ("Mon–Wed, Fri, Sun"); the week starts on Monday.
 */
export function formatDays(days: readonly Weekday[], language: string): string {
  const indexes = [...new Set(days.map((d) => weekdays.indexOf(d)))].filter((i) => i >= 0).sort((a, b) => a - b);
  const runs: number[][] = [];
  for (const i of indexes) {
    const run = runs.at(-1);
    if (run && run.at(-1) === i - 1) run.push(i);
    else runs.push([i]);
  }
  const name = (i: number) => weekdayName(weekdays[i] as Weekday, language);
  return runs
    .flatMap((run) =>
      run.length >= 3 ? [`${name(run[0] as number)}–${name(run.at(-1) as number)}`] : run.map((i) => name(i)),
    )
    .join(', ');
}

const clockDate = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return new Date(Date.UTC(2024, 0, 1, h ?? 0, m ?? 0));
};

/** From–to in the UI language's clock: "09:00–17:00" (Czech writes "9:00–17:00"). */
export function formatTimes(opensAt: string, closesAt: string, language: string): string {
  const format = new Intl.DateTimeFormat(intlLocale(language), {
    hour: 'numeric',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'UTC',
  });
  return format.formatRange(clockDate(opensAt), clockDate(closesAt));
}

/** One line of opening hours without its note: "Mon–Fri 09:00–17:00". */
export function formatOpeningHours(hours: Pick<OpeningHours, 'days' | 'opensAt' | 'closesAt'>, language: string) {
  return `${formatDays(hours.days, language)} ${formatTimes(hours.opensAt, hours.closesAt, language)}`;
}
