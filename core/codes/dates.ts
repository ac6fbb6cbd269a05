/** Days in each month; February counts 29 when the year is unknown. */
const monthLengths = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Oldest and newest birth years accepted: wide enough for anyone alive, narrow enough to catch typos like 0199. */
export const birthYearMin = 1900;
export const birthYearMax = 2100;

/** True for a Gregorian leap year. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in a month (1–12); without a year, February has 29 so no real birthday is refused. */
export function daysInMonth(month: number, year?: number): number {
  const length = monthLengths[month - 1] ?? 0;
  if (month === 2 && year !== undefined && !isLeapYear(year)) return 28;
  return length;
}

/** True if day/month (and year, when given) form a real calendar date. */
export function isValidDayMonth(day: number, month: number, year?: number): boolean {
  if (!Number.isInteger(month) || month < 1 || month > 12) return false;
  return Number.isInteger(day) && day >= 1 && day <= daysInMonth(month, year);
}

/** Parses an ISO `YYYY-MM-DD` birth date; null if malformed, impossible or out of range. */
export function parseBirthDate(iso: string): { day: number; month: number; year: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < birthYearMin || year > birthYearMax) return null;
  return isValidDayMonth(day, month, year) ? { day, month, year } : null;
}

/** Two-digit, zero-padded day or month. */
export function twoDigits(n: number): string {
  return String(n).padStart(2, '0');
}
