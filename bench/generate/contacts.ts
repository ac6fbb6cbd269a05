import pg from 'pg';
import { v4 as uuidv4, v7 as uuidv7 } from 'uuid';
import { searchName } from '../../core/clients/search-name';
import { copyLines } from './copy-lines';

/**
 * Fills one organisation with outreach contacts over three years, stored as the app
 * stores them: first cards (one per new person), repeat cards, anonymous head counts
 * (with a breakdown by target group), channels, teams, areas, workers of the
 * organisation, ~1.5 materials per contact in `contact_materials`. Named contacts go
 * to clients that exist: when the organisation has fewer than `clients`, simple
 * clients (pseudonym + search name, 0–2 target groups) are added first.
 * Loads with COPY on the owner connection, foreign-key triggers off
 * (session_replication_role = replica; rows are consistent by construction).
 */
export interface GenerateContactsOptions {
  ownerUrl: string;
  slug: string;
  contacts: number;
  clients: number;
  years?: number;
  /** Deterministic pseudo-random stream. */
  seed?: number;
  log?: (line: string) => void;
}

export interface GeneratedContacts {
  organisationId: string;
  contacts: number;
  materials: number;
  clients: number;
  from: Date;
  to: Date;
  ms: number;
}

function rng(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
}

const channels = ['street', 'street', 'street', 'club', 'agency', 'party', 'online', 'phone'];
const syllables = ['ka', 'ro', 'mi', 'lu', 'sa', 'te', 'no', 'wi', 'ja', 'ła', 'zo', 'be', 'ři', 'ol', 'an', 'ek'];

const arr = (ids: string[]) => `{${ids.join(',')}}`;

export async function generateContacts(o: GenerateContactsOptions): Promise<GeneratedContacts> {
  const started = performance.now();
  const log = o.log ?? (() => undefined);
  const random = rng(o.seed ?? 20261201);
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)]!;
  const pool = new pg.Pool({ connectionString: o.ownerUrl, max: 1 });
  const client = await pool.connect();
  try {
    const q = (sql: string, params: unknown[] = []) => client.query(sql, params).then((r) => r.rows);
    const org = (await q('SELECT id FROM organisations WHERE slug = $1', [o.slug]))[0]?.id as string;
    if (!org) throw new Error(`no organisation ${o.slug}`);
    const ids = async (sql: string) => (await q(sql, [org])).map((r) => r.id as string);
    const workers = await ids(`SELECT id FROM users WHERE organisation_id = $1 ORDER BY id`);
    const teams = await ids(`SELECT id FROM teams WHERE organisation_id = $1 ORDER BY id`);
    const areas = await ids(`SELECT id FROM areas WHERE organisation_id = $1 ORDER BY id`);
    const cat = (kind: string) =>
      ids(`SELECT id FROM catalogue_items WHERE organisation_id = $1 AND kind = '${kind}' AND active ORDER BY id`);
    const materials = await cat('material');
    const topics = await cat('topic');
    const targetGroups = await cat('target_group');
    if (!workers.length || !teams.length || !materials.length)
      throw new Error('organisation lacks users/teams/materials');

    await q(`SET session_replication_role = replica`);
    const existing = await ids(`SELECT id FROM clients WHERE organisation_id = $1 AND status = 'active' ORDER BY id`);
    const extra: string[] = [];
    if (existing.length < o.clients) {
      const n = o.clients - existing.length;
      for (let i = 0; i < n; i++) extra.push(uuidv4());
      await copyLines(
        client,
        'COPY clients (organisation_id, id, pseudonym, search_name, target_group_ids, created_by, updated_by) FROM STDIN',
        (function* () {
          for (let i = 0; i < n; i++) {
            const len = 2 + Math.floor(random() * 3);
            let name = '';
            for (let k = 0; k < len; k++) name += pick(syllables);
            const pseudonym = `${name[0]!.toUpperCase()}${name.slice(1)} ${i}`;
            const groups = targetGroups.length ? [...new Set([pick(targetGroups), pick(targetGroups)])] : [];
            const g = random() < 0.3 ? [] : random() < 0.6 ? groups.slice(0, 1) : groups;
            const w = pick(workers);
            yield `${org}\t${extra[i]}\t${pseudonym}\t${searchName(pseudonym)}\t${arr(g)}\t${w}\t${w}\n`;
          }
        })(),
      );
      log(`  clients: +${n} (${existing.length} existed)`);
    }
    const people = [...existing, ...extra];
    const to = new Date();
    const from = new Date(to.getTime() - (o.years ?? 3) * 365.25 * 86_400_000);
    const span = to.getTime() - from.getTime();
    // First cards: one per person (at most a tenth of all contacts), the rest repeat or anonymous.
    const firsts = Math.min(people.length, Math.floor(o.contacts / 10));
    const firstAt = people.slice(0, firsts).map(() => from.getTime() + random() * span * 0.9);
    let materialRows = 0;
    const contactIds: string[] = [];
    await copyLines(
      client,
      `COPY contacts (organisation_id, id, kind, client_id, occurred_at, channel, team_id, area_id, worker_id,
        duration_minutes, topic_ids, referrals, head_count, breakdown, created_at, created_by, updated_at, updated_by) FROM STDIN`,
      (function* () {
        for (let i = 0; i < o.contacts; i++) {
          let kind: string;
          let person: string | null = null;
          let at: number;
          if (i < firsts) {
            kind = 'first';
            person = people[i]!;
            at = firstAt[i]!;
          } else if (random() < 0.22 || people.length === 0) {
            kind = 'anonymous';
            at = from.getTime() + random() * span;
          } else {
            kind = 'repeat';
            const k = Math.floor(random() * Math.max(1, firsts));
            person = people[k]!;
            at = (firstAt[k] ?? from.getTime()) + random() * (to.getTime() - (firstAt[k] ?? from.getTime()));
          }
          const when = new Date(at);
          const id = uuidv7({ msecs: Math.floor(at) });
          const w = pick(workers);
          const team = pick(teams);
          contactIds.push(id);
          const topicList = topics.length && random() < 0.6 ? [pick(topics)] : [];
          let heads = '\\N';
          let breakdown = '\\N';
          if (kind === 'anonymous') {
            const n = 1 + Math.floor(random() * 8);
            heads = String(n);
            const women = Math.floor(random() * (n + 1));
            const groups =
              targetGroups.length && random() < 0.5 ? [{ targetGroupId: pick(targetGroups), count: n }] : [];
            breakdown = JSON.stringify({ women, men: n - women, nonBinary: 0, targetGroups: groups });
          }
          const ts = when.toISOString();
          yield `${org}\t${id}\t${kind}\t${person ?? '\\N'}\t${ts}\t${pick(channels)}\t${team}\t${
            areas.length ? pick(areas) : '\\N'
          }\t${w}\t${5 + Math.floor(random() * 40)}\t${arr(topicList)}\t[]\t${heads}\t${breakdown}\t${ts}\t${w}\t${ts}\t${w}\n`;
        }
      })(),
    );
    log(`  contacts: ${o.contacts} (${firsts} first)`);
    await copyLines(
      client,
      'COPY contact_materials (organisation_id, contact_id, material_id, quantity, returned, secondary_for) FROM STDIN',
      (function* () {
        for (let i = 0; i < contactIds.length; i++) {
          // 0–3 distinct materials, 1.5 on average.
          const r = random();
          const n = r < 0.15 ? 0 : r < 0.5 ? 1 : r < 0.85 ? 2 : 3;
          const chosen = new Set<string>();
          for (let k = 0; k < n && chosen.size < materials.length; k++) chosen.add(pick(materials));
          for (const m of chosen) {
            materialRows++;
            yield `${org}\t${contactIds[i]}\t${m}\t${1 + Math.floor(random() * 10)}\t0\t0\n`;
          }
        }
      })(),
    );
    log(`  contact_materials: ${materialRows}`);
    await q(`SET session_replication_role = origin`);
    await q('ANALYZE clients');
    await q('ANALYZE contacts');
    await q('ANALYZE contact_materials');
    return {
      organisationId: org,
      contacts: o.contacts,
      materials: materialRows,
      clients: people.length,
      from,
      to,
      ms: performance.now() - started,
    };
  } finally {
    client.release();
    await pool.end();
  }
}
