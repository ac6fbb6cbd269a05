/** The local calendar of [from, to] in a time zone: each day's date, weekday, month and UTC offset. */
export function calendar(timeZone: string, from: number, to: number) {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  });
  const offsetAt = (utc: number) => {
    const p = Object.fromEntries(parts.formatToParts(new Date(utc)).map((x) => [x.type, x.value]));
    return Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute)) - utc;
  };
  const days: { midnightUtc: number; weekday: number; month: number }[] = [];
  const first = new Date(from);
  for (let d = Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), first.getUTCDate()); d <= to; d += 86_400_000) {
    const date = new Date(d);
    // Local midnight of that date as an instant (the offset at local noon: DST moves at night).
    days.push({
      midnightUtc: d - offsetAt(d + 12 * 3_600_000),
      weekday: date.getUTCDay(),
      month: date.getUTCMonth() + 1,
    });
  }
  const dayOf = new Intl.DateTimeFormat('en-CA', { timeZone });
  return { days, localDate: (at: number) => dayOf.format(new Date(at)) };
}

export type Calendar = ReturnType<typeof calendar>;
