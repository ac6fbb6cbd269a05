import pg from 'pg';
import { random } from './random';
import { buildAppointments } from './visits/build-appointments';
import { buildVisits } from './visits/build-visits';
import { copyAppointments, copyVisitServices, copyVisits } from './visits/copy-rows';
import { addEpisodes } from './visits/episodes';
import { readOrganisation } from './visits/organisation';
import { sealNotes } from './visits/seal-notes';
import { settingOf } from './visits/setting';

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
    const organisation = await readOrganisation(q, o.slug);
    const setting = settingOf(organisation, rng, o.years ?? 3);
    const { visits, anonymous } = buildVisits(setting, visitCount);
    log(`  visits built: ${visits.length} (${anonymous} anonymous)`);
    const appointments = buildAppointments(setting, appointmentCount);
    const sealed = await sealNotes(setting, appointments, o.ownerUrl, o.masterKey);

    await q('SET session_replication_role = replica');
    await q('BEGIN');
    const openVisits = await copyVisits(client, setting, visits);
    const serviceRows = await copyVisitServices(client, setting, visits);
    log(`  visit_services: ${serviceRows}; ${openVisits} visits not checked out`);
    await copyAppointments(client, setting, appointments, sealed);
    log(`  appointments: ${appointments.length} (${sealed.size} with notes)`);
    const enrollments = await addEpisodes(q, setting);
    await q('COMMIT');
    await q('SET session_replication_role = origin');
    const org = organisation.id;
    const visitors = (
      await q<{ n: number }>(
        'SELECT count(DISTINCT client_id)::int AS n FROM visits WHERE organisation_id = $1 AND client_id IS NOT NULL',
        [org],
      )
    )[0]!.n;
    log(`  enrollments: +${enrollments}; vacuum…`);
    await q('VACUUM (ANALYZE) visits, visit_services, appointments, enrollments');
    return {
      organisationId: org,
      timeZone: organisation.timeZone,
      visits: visits.length,
      anonymousVisits: anonymous,
      openVisits,
      services: serviceRows,
      sites: organisation.visitSites.length,
      visitors,
      appointments: appointments.length,
      notes: sealed.size,
      counsellors: organisation.counsellors.length,
      enrollments,
      from: new Date(setting.fromMs),
      to: new Date(setting.to),
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
