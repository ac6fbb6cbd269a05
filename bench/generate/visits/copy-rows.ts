import type pg from 'pg';
import { v7 as uuidv7 } from 'uuid';
import { copyLines } from '../copy-lines';
import type { Appointment } from './build-appointments';
import type { Visit } from './build-visits';
import { profiles, type SiteType } from './profiles';
import type { Setting } from './setting';

/** A COPY text field: `\N` for none. */
const nul = (v: string | number | null | undefined) => (v === null || v === undefined ? '\\N' : String(v));

/** COPYs the visits; answers how many are not checked out. */
export async function copyVisits(client: pg.PoolClient, setting: Setting, visits: Visit[]): Promise<number> {
  const org = setting.org.id;
  const { cal } = setting;
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
  return openVisits;
}

/** COPYs 1–3 services of the site's kind for each visit; answers how many rows. */
export async function copyVisitServices(client: pg.PoolClient, setting: Setting, visits: Visit[]): Promise<number> {
  const org = setting.org.id;
  const { rng, cal } = setting;
  const { visitSites, catalogue } = setting.org;
  const siteServices = new Map(
    visitSites.map((s) => {
      const known = profiles[s.type as SiteType].services.flatMap((k) => (catalogue.has(k) ? [catalogue.get(k)!] : []));
      return [s.id, known.length ? known : [...catalogue.values()]];
    }),
  );
  let serviceRows = 0;
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
  return serviceRows;
}

/** COPYs the appointments, with the sealed notes where there are any. */
export async function copyAppointments(
  client: pg.PoolClient,
  setting: Setting,
  appointments: Appointment[],
  sealed: Map<string, string>,
): Promise<void> {
  const org = setting.org.id;
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
}
