/**
 * Which parts of a period the statistics read from the rollups and which from the
 * contacts themselves. Pure date arithmetic on local calendar days (`YYYY-MM-DD`).
 */

/** Local days `[from, until)`, `until` being the day after the last one. */
export interface DayRange {
  from: string;
  until: string;
}

export interface StatisticsPlan {
  /** Whole months of the period with no dirty day: monthly sums of figures and materials. */
  wholeMonths: string[];
  /**
   * Whole months whose folded people are still true: no day changed other than by
   * contacts added (their people are added live from those days).
   */
  peopleMonths: string[];
  /** Clean days outside the whole months: daily rollups (figures, materials). */
  dailyDays: DayRange[];
  /** Days counted from the contacts for the additive figures (the dirty days; the whole period without rollups). */
  liveDays: DayRange[];
  /** Days counted from the contacts for the distinct people: outside the people months, and their dirty days. */
  livePeopleDays: DayRange[];
}

const dayMs = 86_400_000;
const toMs = (day: string) => Date.parse(`${day}T00:00:00Z`);
const toDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
export const addDays = (day: string, n: number): string => toDay(toMs(day) + n * dayMs);

/** Consecutive days folded into ranges; the days must be sorted and distinct. */
export function rangesOf(days: readonly string[]): DayRange[] {
  const out: DayRange[] = [];
  for (const day of days) {
    const last = out.at(-1);
    if (last && last.until === day) last.until = addDays(day, 1);
    else out.push({ from: day, until: addDays(day, 1) });
  }
  return out;
}

/** The first day of the month after the one `day` is in. */
function nextMonth(day: string): string {
  const [y, m] = day.split('-').map(Number) as [number, number];
  return toDay(Date.UTC(y, m, 1));
}

/**
 * The plan for a period `from`–`to` (inclusive). Without usable rollups (none yet,
 * or in another time zone) everything is live. Dirty days have a logged change not
 * folded yet; changed days are dirty days with a change other than a contact added.
 */
export function planStatistics(
  from: string,
  to: string,
  rollups: boolean,
  dirty: readonly string[],
  changed: readonly string[] = dirty,
): StatisticsPlan {
  const end = addDays(to, 1);
  if (!rollups) {
    const whole = [{ from, until: end }];
    return { wholeMonths: [], peopleMonths: [], dailyDays: [], liveDays: whole, livePeopleDays: whole };
  }
  const inPeriod = (days: readonly string[]) => [...new Set(days)].filter((d) => d >= from && d <= to).sort();
  const dirtyDays = inPeriod(dirty);
  const dirtySet = new Set(dirtyDays);
  const changedDays = inPeriod(changed);
  const wholeMonths: string[] = [];
  const peopleMonths: string[] = [];
  const daily: string[] = [];
  const livePeople: string[] = [];
  let day = from;
  while (day < end) {
    const monthStart = `${day.slice(0, 8)}01`;
    const monthEnd = nextMonth(day);
    const days: string[] = [];
    for (let d = day; d < monthEnd && d < end; d = addDays(d, 1)) days.push(d);
    const whole = monthStart === day && monthEnd <= end;
    const dirtyIn = days.filter((d) => dirtySet.has(d));
    if (whole && dirtyIn.length === 0) wholeMonths.push(monthStart);
    else daily.push(...days.filter((d) => !dirtySet.has(d)));
    if (whole && !changedDays.some((d) => d >= monthStart && d < monthEnd)) {
      peopleMonths.push(monthStart);
      livePeople.push(...dirtyIn);
    } else livePeople.push(...days);
    day = days.length > 0 ? addDays(days.at(-1)!, 1) : monthEnd;
  }
  return {
    wholeMonths,
    peopleMonths,
    dailyDays: rangesOf(daily),
    liveDays: rangesOf(dirtyDays),
    livePeopleDays: rangesOf(livePeople),
  };
}
