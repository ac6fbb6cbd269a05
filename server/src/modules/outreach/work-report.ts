import { sql } from 'kysely';
import type { ageBands } from '#core/schemas/clients';
import type { WorkReport } from '#core/schemas/work-report';
import type { Tx } from '../../platform/db/tenancy';
import type { OutreachContext } from './context';
import { getShift } from './shifts';

const hoursBetween = (a: Date, b: Date) => Math.round(((b.getTime() - a.getTime()) / 3_600_000) * 100) / 100;

/** Age band of a year of birth on a day (the band a report counts the person in). */
function bandOf(birthYear: number | null, band: string | null, year: number): string {
  if (band) return band;
  if (birthYear === null) return 'unknown';
  const age = year - birthYear;
  const limits: [number, (typeof ageBands)[number]][] = [
    [15, 'under_15'],
    [18, '15_17'],
    [25, '18_24'],
    [35, '25_34'],
    [45, '35_44'],
    [55, '45_54'],
    [65, '55_64'],
  ];
  return limits.find(([max]) => age < max)?.[1] ?? '65_plus';
}

function tally(keys: string[]) {
  const map = new Map<string, number>();
  for (const k of keys) map.set(k, (map.get(k) ?? 0) + 1);
  return [...map].map(([key, count]) => ({ key, count })).sort((a, b) => a.key.localeCompare(b.key));
}

/** The work report of one shift, built from its contacts, services, materials and referrals. */
export async function shiftWorkReport(tx: Tx, ctx: OutreachContext, shiftId: string): Promise<WorkReport> {
  const shift = await getShift(tx, ctx, shiftId);
  const start = shift.actualStart ? new Date(shift.actualStart) : new Date(`${shift.date}T${shift.plannedStart}:00`);
  let end: Date;
  if (shift.actualEnd) end = new Date(shift.actualEnd);
  // Still under way: it has lasted until now.
  else if (shift.actualStart) end = new Date(Math.max(Date.now(), start.getTime()));
  else {
    end = new Date(`${shift.date}T${shift.plannedEnd}:00`);
    // A planned night shift (22:00–04:00) ends the next morning.
    if (end <= start) end = new Date(end.getTime() + 86_400_000);
  }
  const length = hoursBetween(start, end);

  const contacts = await tx
    .selectFrom('contacts')
    .leftJoin('clients', (j) =>
      j
        .onRef('clients.organisation_id', '=', 'contacts.organisation_id')
        .onRef('clients.id', '=', 'contacts.client_id'),
    )
    .select([
      'contacts.id',
      'contacts.kind',
      'contacts.client_id',
      'contacts.head_count',
      'contacts.referrals',
      'contacts.follow_up_due_on',
      'clients.gender',
      'clients.birth_year',
      'clients.age_band',
    ])
    .where('contacts.shift_id', '=', shiftId)
    .execute();
  const people = new Map<
    string,
    { kind: string; gender: string | null; birthYear: number | null; band: string | null }
  >();
  for (const c of contacts) {
    if (!c.client_id) continue;
    const seen = people.get(c.client_id);
    // Someone with a first card on this shift counts as new, even if met again later that night.
    if (!seen || c.kind === 'first')
      people.set(c.client_id, { kind: c.kind, gender: c.gender, birthYear: c.birth_year, band: c.age_band });
  }
  const year = Number(shift.date.slice(0, 4));
  const named = [...people.values()];

  const ids = contacts.map((c) => c.id);
  const services = ids.length
    ? await tx
        .selectFrom('contact_services')
        .select([
          'service_id',
          (eb) => eb.fn.countAll<number>().as('count'),
          sql<number>`COALESCE(SUM(minutes), 0)`.as('minutes'),
        ])
        .where('contact_id', 'in', ids)
        .groupBy('service_id')
        .execute()
    : [];
  const materials = ids.length
    ? await tx
        .selectFrom('contact_materials')
        .select([
          'material_id',
          sql<number>`SUM(quantity)`.as('quantity'),
          sql<number>`SUM(returned)`.as('returned'),
          sql<number>`SUM(secondary_for)`.as('secondary'),
        ])
        .where('contact_id', 'in', ids)
        .groupBy('material_id')
        .execute()
    : [];
  const reasons = tally(contacts.flatMap((c) => c.referrals.map((r) => r.reasonId ?? '')));

  return {
    shift,
    hours: {
      shift: length,
      personHours: Math.round(length * shift.memberIds.length * 100) / 100,
      members: shift.memberIds.length,
    },
    people: {
      new: named.filter((p) => p.kind === 'first').length,
      known: named.filter((p) => p.kind !== 'first').length,
      anonymous: contacts.reduce((n, c) => n + (c.head_count ?? 0), 0),
      byGender: tally(named.map((p) => p.gender ?? 'unknown')) as WorkReport['people']['byGender'],
      byAgeBand: tally(named.map((p) => bandOf(p.birthYear, p.band, year))) as WorkReport['people']['byAgeBand'],
    },
    contactsByKind: tally(contacts.map((c) => c.kind)) as WorkReport['contactsByKind'],
    services: services.map((s) => ({ serviceId: s.service_id, count: Number(s.count), minutes: Number(s.minutes) })),
    materials: materials.map((m) => ({
      materialId: m.material_id,
      quantity: Number(m.quantity),
      returned: Number(m.returned),
      secondaryFor: Number(m.secondary),
    })),
    referrals: reasons.map((r) => ({ reasonId: r.key || null, count: r.count })),
    followUps: contacts.filter((c) => c.follow_up_due_on !== null).length,
    incidents: shift.incidentCount,
  };
}
