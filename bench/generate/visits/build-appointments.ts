import { v7 as uuidv7 } from 'uuid';
import { counsellingSites, h } from './profiles';
import type { Setting } from './setting';

export interface Appointment {
  id: string;
  at: number;
  person: string;
  counsellor: string;
  discipline: string;
  minutes: number;
  site: string | null;
  status: string;
  statusAt: number | null;
  createdAt: number;
  createdBy: string;
}

/** Minutes an appointment takes, by discipline. */
const durations: Record<string, number[]> = {
  legal: [30, 45, 60],
  social: [30, 45, 60],
  medical: [15, 20, 30],
  psychological: [50, 50, 60],
  addiction: [45, 60],
};

/** `count` appointments with the counsellors in their disciplines, at a site or on outreach, by creation. */
export function buildAppointments(setting: Setting, count: number): Appointment[] {
  const { rng, fromMs, to, ahead, cal, dayIndex, pickWeighted, person } = setting;
  const { sites, counsellors, reception } = setting.org;
  // Appointments: working days 9:00–16:45 local, three years back and four weeks ahead.
  const placeSites = sites.filter((s) => counsellingSites[s.type]);
  const appointments: Appointment[] = [];
  const end = to + ahead;
  while (counsellors.length && appointments.length < count) {
    const who = person();
    const counsellor = rng.pick(counsellors);
    const discipline = counsellor.disciplines.length ? rng.pick(counsellor.disciplines) : 'social';
    const since = Math.max(fromMs, who.created_at.getTime());
    const day = cal.days[dayIndex(since) + Math.floor(rng.next() * (dayIndex(end) - dayIndex(since)))];
    if (!day || day.weekday === 0 || day.weekday === 6) continue;
    const at = day.midnightUtc + (h(9) + 15 * rng.int(0, 31)) * 60_000;
    if (at < since || at > end) continue;
    const minutes = rng.pick(durations[discipline] ?? [60]);
    let status: string;
    if (at > to) status = rng.chance(0.05) ? 'cancelled' : 'scheduled';
    else if (to - at < 14 * 86_400_000 && rng.chance(0.2)) status = 'scheduled';
    else status = rng.weighted({ done: 75, no_show: 13, cancelled: 10, scheduled: 2 });
    const createdAt = Math.max(since, at - rng.int(1, 21) * 86_400_000 - rng.int(0, 8 * 60) * 60_000);
    appointments.push({
      id: '',
      at,
      person: who.id,
      counsellor: counsellor.id,
      discipline,
      minutes,
      site: placeSites.length && rng.chance(0.8) ? pickWeighted(placeSites, (s) => counsellingSites[s.type]!).id : null,
      status,
      statusAt:
        status === 'scheduled'
          ? null
          : status === 'cancelled'
            ? Math.max(createdAt, at - rng.int(0, 48) * 3_600_000)
            : Math.min(to, at + (minutes + rng.int(0, 60)) * 60_000),
      createdAt,
      createdBy: rng.chance(0.4) ? reception.id : counsellor.id,
    });
  }
  appointments.sort((a, b) => a.createdAt - b.createdAt);
  for (const a of appointments) a.id = uuidv7({ msecs: a.createdAt });
  return appointments;
}
