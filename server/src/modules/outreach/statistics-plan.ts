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
  /** Whole months of the period with no dirty day: monthly rollups (figures, materials, people). */
  cleanMonths: string[];
  /** Clean days outside those months: daily rollups (figures, materials). */
  dailyDays: DayRange[];
  /** Days counted from the contacts for the additive figures (the dirty days; the whole period without rollups). */
  liveDays: DayRange[];
  /** Days counted from the contacts for the distinct people: the period outside the clean months. */
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
 * or in another time zone) everything is live. Dirty days are those with a
 * logged change not folded yet.
 */
export function planStatistics(from: string, to: string, rollups: boolean, dirty: readonly string[]): StatisticsPlan {
  const end = addDays(to, 1);
  if (!rollups) {
    const whole = [{ from, until: end }];
    return { cleanMonths: [], dailyDays: [], liveDays: whole, livePeopleDays: whole };
  }
  const dirtyDays = [...new Set(dirty)].filter((d) => d >= from && d <= to).sort();
  const cleanMonths: string[] = [];
  const livePeople: string[] = [];
  let day = from;
  while (day < end) {
    const monthStart = `${day.slice(0, 8)}01`;
    const monthEnd = nextMonth(day);
    const whole = monthStart === day && monthEnd <= end;
    if (whole && !dirtyDays.some((d) => d >= monthStart && d < monthEnd)) {
      cleanMonths.push(monthStart);
      day = monthEnd;
      continue;
    }
    livePeople.push(day);
    day = addDays(day, 1);
  }
  const dirtySet = new Set(dirtyDays);
  return {
    cleanMonths,
    dailyDays: rangesOf(livePeople.filter((d) => !dirtySet.has(d))),
    liveDays: rangesOf(dirtyDays),
    livePeopleDays: rangesOf(livePeople),
  };
}
