import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { v7 as uuidv7 } from 'uuid';
import { can } from '../../core/permissions/policy';
import type { Role } from '../../core/roles';
import { notesAad } from '../../server/src/modules/counselling/context';
import { Keyring } from '../../server/src/platform/crypto/keyring';
import { withTenant } from '../../server/src/platform/db/tenancy';
import type { Database } from '../../server/src/platform/db/types';
import { random } from './random';

/**
 * Fills one organisation with three years of indoor work, stored as the app stores it:
 * visits at its sites (all but offices) — a known person mostly, an anonymous head count
 * sometimes — checked in during the site's opening hours (warming shelter in the cold
 * months only, night shelter and hostel overnight), almost all checked out, each with 1–3
 * services of the site's kind from the `service` catalogue in `visit_services`; and
 * appointments with the organisation's counsellors in their disciplines on working days,
 * mostly done, some no-show, cancelled or still scheduled (the next four weeks), notes
 * sealed under the organisation's data key for most of the done ones. People are the
 * organisation's clients (not merged or anonymised), regulars more often than others, never
 * before they were created; each person with visits (done appointments) gets the open
 * `drop_in` (`counselling`) episode from the first to the last day, as the API keeps it.
 * COPY on the owner connection with triggers off (session_replication_role = replica; rows
 * consistent by construction), then VACUUM ANALYZE. No audit events are written for them.
 */
export interface GenerateVisitsOptions {
  /** The owner (superuser) connection of the Kontakt database. */
  ownerUrl: string;
  /** The server's master key, to seal the appointments' notes as the app does; without it notes stay NULL. */
  masterKey?: Buffer;
  slug: string;
  /** Default 200,000. */
  visits?: number;
  /** Default 50,000. */
  appointments?: number;
  years?: number;
  seed?: number;
  log?: (line: string) => void;
}

export interface GeneratedVisits {
  organisationId: string;
  timeZone: string;
  visits: number;
  anonymousVisits: number;
  /** Visits not checked out: people in now, and a few forgotten at the desk. */
  openVisits: number;
  services: number;
  sites: number;
  /** Distinct people with a visit. */
  visitors: number;
  appointments: number;
  notes: number;
  counsellors: number;
  enrollments: number;
  from: Date;
  to: Date;
  ms: number;
}

type SiteType =
  | 'drop_in_centre'
  | 'day_centre'
  | 'warming_shelter'
  | 'sanitary_point'
  | 'night_shelter'
  | 'hostel'
  | 're_adaptation_flat';

/** Per kind of site: share of the visits, open days, arrivals and stays (minutes from local midnight), services. */
interface Profile {
  weight: number;
  /** weekday 0 = Sunday; month 1–12. */
  open: (weekday: number, month: number) => boolean;
  arrive: [number, number];
  /** Minutes in, or an overnight stay leaving the next morning between these local times. */
  stay: { minutes: [number, number]; closes: number } | { nextMorning: [number, number] };
  anonymous: number;
  services: string[];
}

const h = (hours: number, minutes = 0) => hours * 60 + minutes;
const profiles: Record<SiteType, Profile> = {
  drop_in_centre: {
    weight: 30,
    open: (wd) => wd >= 1 && wd <= 5,
    arrive: [h(12), h(19, 30)],
    stay: { minutes: [20, 300], closes: h(20) },
    anonymous: 0.2,
    services: ['meal', 'internet', 'phone_charging', 'counselling', 'needle_syringe_exchange', 'material_aid'],
  },
  day_centre: {
    weight: 25,
    open: (wd) => wd >= 1 && wd <= 6,
    arrive: [h(9), h(16)],
    stay: { minutes: [60, 420], closes: h(17) },
    anonymous: 0.1,
    services: ['day_stay', 'meal', 'social_work', 'case_work', 'internet', 'storage'],
  },
  sanitary_point: {
    weight: 15,
    open: () => true,
    arrive: [h(8), h(13, 30)],
    stay: { minutes: [15, 60], closes: h(14) },
    anonymous: 0.25,
    services: ['shower', 'laundry', 'clothes'],
  },
  warming_shelter: {
    weight: 12,
    open: (_wd, month) => month >= 10 || month <= 4,
    arrive: [h(19), h(26)],
    stay: { nextMorning: [h(7), h(8)] },
    anonymous: 0.15,
    services: ['warming_place', 'meal', 'phone_charging'],
  },
  night_shelter: {
    weight: 12,
    open: () => true,
    arrive: [h(20), h(23, 30)],
    stay: { nextMorning: [h(6, 30), h(8)] },
    anonymous: 0.05,
    services: ['night_bed', 'shower', 'meal'],
  },
  hostel: {
    weight: 5,
    open: () => true,
    arrive: [h(16), h(22)],
    stay: { nextMorning: [h(7), h(10)] },
    anonymous: 0,
    services: ['night_bed', 'shower', 'laundry', 'case_work'],
  },
  re_adaptation_flat: {
    weight: 0.5,
    open: () => true,
    arrive: [h(17), h(21)],
    stay: { nextMorning: [h(8), h(10)] },
    anonymous: 0,
    services: ['social_work', 'case_work'],
  },
};

/** Where counselling happens when it is at a site. */
const counsellingSites: Partial<Record<string, number>> = { drop_in_centre: 5, day_centre: 3, office: 4, hostel: 1 };
const durations: Record<string, number[]> = {
  legal: [30, 45, 60],
  social: [30, 45, 60],
  medical: [15, 20, 30],
  psychological: [50, 50, 60],
  addiction: [45, 60],
};
/** Fictional notes of a realistic length (sealed; statistics never read them). */
const noteTexts = [
  'Omówienie sytuacji mieszkaniowej; pomoc w przygotowaniu wniosku o lokal socjalny. Klientka zgłasza problemy ze snem. Kolejne spotkanie za dwa tygodnie, przynieść decyzję z MOPS.',
  'Rozmowa o ograniczaniu używania; plan redukcji szkód na weekend, informacja o punkcie wymiany. Umówiono kontakt telefoniczny w piątek.',
  'Konzultace k dluhům: exekuce u dvou věřitelů, sepsán návrh na oddlužení. Klient má doložit výplatní pásky.',
  'Zmiana opatrunku na podudziu, rana goi się prawidłowo. Zalecenia: utrzymywać w suchości, kontrola za tydzień.',
  'Розмова про документи: паспорт втрачено, допомога із записом до консульства. Наступна зустріч після отримання довідки.',
  'Follow-up after the crisis last month: sleeping at the shelter, eating regularly, wants to contact their sister. Agreed on a safety plan; next session in a week.',
];

const yearMs = 365.25 * 86_400_000;

async function copyLines(client: pg.PoolClient, statement: string, lines: Iterable<string>): Promise<void> {
  const stream = client.query(copyFrom(statement));
  async function* chunks() {
    let buf: string[] = [];
    for (const line of lines) {
      buf.push(line);
      if (buf.length >= 5000) {
        yield buf.join('');
        buf = [];
      }
    }
    if (buf.length) yield buf.join('');
  }
  await pipeline(Readable.from(chunks()), stream);
}

const nul = (v: string | number | null | undefined) => (v === null || v === undefined ? '\\N' : String(v));

/** The local calendar of [from, to] in a time zone: each day's date, weekday, month and UTC offset. */
function calendar(timeZone: string, from: number, to: number) {
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

export async function generateVisits(o: GenerateVisitsOptions): Promise<GeneratedVisits> {
  const started = performance.now();
  const log = o.log ?? (() => undefined);
  const visitCount = o.visits ?? 200_000;
  const appointmentCount = o.appointments ?? 50_000;
  const rng = random(o.seed ?? 20261205);
  const pool = new pg.Pool({ connectionString: o.ownerUrl, max: 2 });
  pool.on('error', () => undefined);
  const client = await pool.connect();
  try {
    const q = <R extends pg.QueryResultRow>(text: string, params: unknown[] = []) =>
      client.query<R>(text, params).then((r) => r.rows);
    const orgRow = (
      await q<{ id: string; time_zone: string }>('SELECT id, time_zone FROM organisations WHERE slug = $1', [o.slug])
    )[0];
    if (!orgRow) throw new Error(`no organisation ${o.slug}`);
    const org = orgRow.id;
    const sites = await q<{ id: string; type: string }>(
      `SELECT id, type FROM sites WHERE organisation_id = $1 AND active ORDER BY name`,
      [org],
    );
    const visitSites = sites.filter((s) => s.type in profiles);
    const users = await q<{ id: string; roles: Role[]; disciplines: string[] }>(
      `SELECT id, roles, disciplines FROM users WHERE organisation_id = $1 AND status = 'active' ORDER BY email`,
      [org],
    );
    const recorders = users.filter((u) => can(u.roles, 'visits.record'));
    const deskWeight = (u: (typeof users)[number]) =>
      u.roles.includes('reception') ? 6 : u.roles.includes('volunteer') ? 3 : 1;
    const counsellors = users.filter((u) => u.roles.includes('counsellor'));
    const catalogue = new Map(
      (
        await q<{ id: string; key: string }>(
          `SELECT id, key FROM catalogue_items WHERE organisation_id = $1 AND kind = 'service' AND active ORDER BY sort_order, id`,
          [org],
        )
      ).map((r) => [r.key, r.id]),
    );
    const people = await q<{ id: string; created_at: Date }>(
      `SELECT id, created_at FROM clients WHERE organisation_id = $1 AND status NOT IN ('merged', 'anonymised') ORDER BY created_at, id`,
      [org],
    );
    if (!visitSites.length || !recorders.length || !catalogue.size || !people.length)
      throw new Error('organisation lacks sites, reception users, services or clients');

    const to = Date.now();
    const fromMs = to - (o.years ?? 3) * yearMs;
    const ahead = 28 * 86_400_000;
    const cal = calendar(orgRow.time_zone, fromMs, to + ahead);
    const dayIndex = (at: number) => Math.floor((at - cal.days[0]!.midnightUtc) / 86_400_000);
    const pickWeighted = <T>(items: readonly T[], weight: (t: T) => number): T => {
      const total = items.reduce((s, x) => s + weight(x), 0);
      let u = rng.next() * total;
      for (const x of items) {
        u -= weight(x);
        if (u < 0) return x;
      }
      return items[items.length - 1]!;
    };
    /** Regulars first: the oldest clients come most often (index ⌊n·u²⌋). */
    const person = () => people[Math.floor(rng.next() ** 2 * people.length)]!;
    const home = people.map(() => pickWeighted(visitSites, (s) => profiles[s.type as SiteType].weight));
    const homeOf = new Map(people.map((p, i) => [p.id, home[i]!]));
    const siteServices = new Map(
      visitSites.map((s) => {
        const known = profiles[s.type as SiteType].services.flatMap((k) =>
          catalogue.has(k) ? [catalogue.get(k)!] : [],
        );
        return [s.id, known.length ? known : [...catalogue.values()]];
      }),
    );
    const uniform = (lo: number, hi: number) => lo + rng.next() * (hi - lo);

    // Visits, oldest first (ids are UUIDv7 of the check-in).
    interface V {
      id: string;
      at: number;
      out: number | null;
      site: string;
      person: string | null;
      heads: number;
      by: string;
    }
    const visits: V[] = [];
    let anonymous = 0;
    while (visits.length < visitCount) {
      let site = pickWeighted(visitSites, (s) => profiles[s.type as SiteType].weight);
      const anon = rng.chance(profiles[site.type as SiteType].anonymous);
      const who = anon ? null : person();
      if (who && rng.chance(0.7)) site = homeOf.get(who.id)!;
      const p = profiles[site.type as SiteType];
      const since = Math.max(fromMs, who ? who.created_at.getTime() : fromMs);
      let at = 0;
      let index = 0;
      let local = 0;
      for (let tries = 0; tries < 30 && !at; tries++) {
        index = dayIndex(since) + Math.floor(rng.next() * (dayIndex(to) - dayIndex(since) + 1));
        const day = cal.days[index];
        if (!day || !p.open(day.weekday, day.month)) continue;
        local = Math.round(uniform(p.arrive[0], p.arrive[1]));
        const t = day.midnightUtc + local * 60_000;
        if (t >= since && t <= to) at = t;
      }
      if (!at) continue;
      const out =
        'closes' in p.stay
          ? at + Math.min(uniform(p.stay.minutes[0], p.stay.minutes[1]), Math.max(5, p.stay.closes - local)) * 60_000
          : cal.days[index + 1]!.midnightUtc + uniform(p.stay.nextMorning[0], p.stay.nextMorning[1]) * 60_000;
      // Still in (the stay goes on past now), or forgotten at the desk (0.2 %).
      const open = out > to || rng.chance(0.002);
      if (anon) anonymous++;
      visits.push({
        id: '',
        at,
        out: open ? null : Math.round(out),
        site: site.id,
        person: who?.id ?? null,
        heads: anon ? Number(rng.weighted({ 1: 60, 2: 25, 3: 10, 4: 5 })) : 1,
        by: pickWeighted(recorders, deskWeight).id,
      });
    }
    visits.sort((a, b) => a.at - b.at);
    for (const v of visits) v.id = uuidv7({ msecs: v.at });
    log(`  visits built: ${visits.length} (${anonymous} anonymous)`);

    // Appointments: working days 9:00–16:45 local, three years back and four weeks ahead.
    interface A {
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
    const placeSites = sites.filter((s) => counsellingSites[s.type]);
    const reception = recorders.find((u) => u.roles.includes('reception')) ?? recorders[0]!;
    const appointments: A[] = [];
    const end = to + ahead;
    while (counsellors.length && appointments.length < appointmentCount) {
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
        site:
          placeSites.length && rng.chance(0.8) ? pickWeighted(placeSites, (s) => counsellingSites[s.type]!).id : null,
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
    // Notes of most done appointments, sealed under the organisation's data key (AAD as the service binds them).
    const sealed = new Map<string, string>();
    if (o.masterKey) {
      const keyPool = new pg.Pool({ connectionString: o.ownerUrl, max: 1 });
      const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: keyPool }) });
      try {
        const keyring = new Keyring(o.masterKey);
        await withTenant(db, { organisationId: org, userId: null }, async (tx) => {
          for (const a of appointments)
            if (a.status === 'done' && rng.chance(0.6))
              sealed.set(a.id, await keyring.encrypt(tx, org, rng.pick(noteTexts), notesAad(a.id)));
        });
      } finally {
        await db.destroy();
      }
    }

    await q('SET session_replication_role = replica');
    await q('BEGIN');
    let serviceRows = 0;
    let openVisits = 0;
    await copyLines(
      client,
      `COPY visits (organisation_id, id, site_id, client_id, head_count, visit_on, checked_in_at, checked_out_at,
        checked_out_by, created_at, created_by, updated_at, updated_by) FROM STDIN`,
      (function* () {
        for (const v of visits) {
          const inAt = new Date(v.at).toISOString();
          const outAt = v.out === null ? null : new Date(v.out).toISOString();
          if (outAt === null) openVisits++;
          yield `${[
            org,
            v.id,
            v.site,
            nul(v.person),
            v.heads,
            cal.localDate(v.at),
            inAt,
            nul(outAt),
            outAt ? v.by : '\\N',
            inAt,
            v.by,
            outAt ?? inAt,
            v.by,
          ].join('\t')}\n`;
        }
      })(),
    );
    await copyLines(
      client,
      'COPY visit_services (organisation_id, id, visit_id, service_id, quantity, recorded_at, recorded_by, visit_on, site_id) FROM STDIN',
      (function* () {
        for (const v of visits) {
          const list = siteServices.get(v.site)!;
          const n = Math.min(list.length, Number(rng.weighted({ 1: 50, 2: 35, 3: 15 })));
          const chosen = new Set<string>();
          while (chosen.size < n) chosen.add(rng.pick(list));
          const span = (v.out ?? v.at + 30 * 60_000) - v.at;
          for (const service of chosen) {
            serviceRows++;
            const at = v.at + Math.floor(rng.next() * Math.min(span, 3 * 3_600_000));
            const quantity = service === catalogue.get('meal') && rng.chance(0.2) ? 2 : 1;
            yield `${org}\t${uuidv7({ msecs: at })}\t${v.id}\t${service}\t${quantity}\t${new Date(at).toISOString()}\t${v.by}\t${cal.localDate(v.at)}\t${v.site}\n`;
          }
        }
      })(),
    );
    log(`  visit_services: ${serviceRows}; ${openVisits} visits not checked out`);
    await copyLines(
      client,
      `COPY appointments (organisation_id, id, client_id, counsellor_id, discipline, starts_at, duration_minutes, place,
        site_id, status, status_at, status_by, notes_enc, notes_at, notes_by, created_at, created_by, updated_at, updated_by) FROM STDIN`,
      (function* () {
        for (const a of appointments) {
          const statusAt = a.statusAt === null ? null : new Date(a.statusAt).toISOString();
          const notes = sealed.get(a.id) ?? null;
          const created = new Date(a.createdAt).toISOString();
          yield `${[
            org,
            a.id,
            a.person,
            a.counsellor,
            a.discipline,
            new Date(a.at).toISOString(),
            a.minutes,
            a.site ? 'site' : 'outreach',
            nul(a.site),
            a.status,
            nul(statusAt),
            statusAt ? a.counsellor : '\\N',
            nul(notes),
            notes ? statusAt : '\\N',
            notes ? a.counsellor : '\\N',
            created,
            a.createdBy,
            statusAt ?? created,
            statusAt ? a.counsellor : a.createdBy,
          ].join('\t')}\n`;
        }
      })(),
    );
    log(`  appointments: ${appointments.length} (${sealed.size} with notes)`);

    // The episodes the API keeps: drop-in from the first to the last visit, counselling from done appointments.
    const episodes = await q<{ n: number }>(
      `WITH spans AS (
         SELECT client_id, 'drop_in' AS programme, min(visit_on) AS first, max(visit_on) AS last
         FROM visits WHERE organisation_id = $1 AND client_id IS NOT NULL GROUP BY client_id
         UNION ALL
         SELECT client_id, 'counselling', min((starts_at AT TIME ZONE $2)::date), max((starts_at AT TIME ZONE $2)::date)
         FROM appointments WHERE organisation_id = $1 AND status = 'done' GROUP BY client_id),
       added AS (
         INSERT INTO enrollments (organisation_id, id, client_id, programme, start_on, last_activity_on, created_by, updated_by)
         SELECT $1, gen_random_uuid(), s.client_id, s.programme, s.first, s.last, $3, $3 FROM spans s
         WHERE NOT EXISTS (SELECT 1 FROM enrollments e WHERE e.organisation_id = $1 AND e.client_id = s.client_id
                             AND e.programme = s.programme AND e.exit_on IS NULL)
         RETURNING 1)
       SELECT count(*)::int AS n FROM added`,
      [org, orgRow.time_zone, reception.id],
    );
    await q('COMMIT');
    await q('SET session_replication_role = origin');
    const visitors = (
      await q<{ n: number }>(
        'SELECT count(DISTINCT client_id)::int AS n FROM visits WHERE organisation_id = $1 AND client_id IS NOT NULL',
        [org],
      )
    )[0]!.n;
    log(`  enrollments: +${episodes[0]!.n}; vacuum…`);
    await q('VACUUM (ANALYZE) visits, visit_services, appointments, enrollments');
    return {
      organisationId: org,
      timeZone: orgRow.time_zone,
      visits: visits.length,
      anonymousVisits: anonymous,
      openVisits,
      services: serviceRows,
      sites: visitSites.length,
      visitors,
      appointments: appointments.length,
      notes: sealed.size,
      counsellors: counsellors.length,
      enrollments: episodes[0]!.n,
      from: new Date(fromMs),
      to: new Date(to),
      ms: performance.now() - started,
    };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
    await pool.end();
  }
}
