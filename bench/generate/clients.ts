import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { v7 as uuidv7 } from 'uuid';
import { searchName } from '../../core/clients/search-name';
import { hashCode, makeTemporaryCode } from '../../core/codes/index';
import { can } from '../../core/permissions/policy';
import type { Role } from '../../core/roles';
import { chainHash, genesisHash } from '../../server/src/platform/audit/chain';
import { organisationCodeSecret } from '../../server/src/platform/crypto/code-secret';
import { columnAad } from '../../server/src/platform/crypto/encrypted-columns';
import { Keyring } from '../../server/src/platform/crypto/keyring';
import { withTenant } from '../../server/src/platform/db/tenancy';
import type { Database } from '../../server/src/platform/db/types';
import { makeRow, type Row } from './client-row';
import { random } from './random';

/**
 * Fills one organisation with N clients as the application would have stored
 * them: `search_name` from `searchName`, `code_hash` from `hashCode` under the
 * organisation's secret, the safe-contact note encrypted under its data key, a
 * `client.created` audit event per client on the organisation's hash chain (so
 * `npm run audit:verify` still passes), and the temporary-code counter moved
 * past the NCC codes handed out. One transaction of two COPYs on the owner
 * connection, then VACUUM ANALYZE, as autovacuum would do soon after an import.
 */

export interface GenerateClientsOptions {
  /** The owner (superuser) connection of the Kontakt database: COPY, bypassing row-level security. */
  ownerUrl: string;
  organisationId: string;
  /** The anonymous-code root secret of the server (KONTAKT_CODE_SECRET or <data>/code-secret.key). */
  codeSecretRoot: Buffer;
  /** The master key of the server, for the encrypted safe-contact notes. */
  masterKey: Buffer;
  /** Default 100,000. */
  count?: number;
  /** Same seed, same people. Default 1. */
  seed?: number;
  /** How many samples to return for queries. Default 5,000. */
  samples?: number;
  /** Default true: one audit event per client, as the API writes. */
  audit?: boolean;
}

/** A generated client the benchmarks can look up: what a worker would type. */
export interface ClientSample {
  id: string;
  pseudonym: string;
  /** The plain, normalised code (LUD07TOM08, ITZAN010219702, NCC0042), or null. */
  code: string | null;
  codeKind: 'full' | 'temporary' | null;
  status: 'active' | 'inactive' | 'closed';
}

export interface GeneratedClients {
  organisationId: string;
  count: number;
  /** Every generated client's id, oldest first (for later generators: contacts, visits). */
  ids: string[];
  samples: ClientSample[];
  /** Milliseconds per phase: build, hash, encrypt, copy, vacuum, and total. */
  ms: Record<'build' | 'hash' | 'encrypt' | 'copy' | 'vacuum' | 'total', number>;
}

/** COPY text format: backslash escapes; `\N` is null. */
const text = (v: string | number | null) =>
  v === null
    ? '\\N'
    : String(v).replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
const array = (items: readonly string[]) => `{${items.join(',')}}`;

async function organisationFacts(client: pg.PoolClient, organisationId: string) {
  const groups = await client.query<{ id: string }>(
    `SELECT id FROM catalogue_items WHERE organisation_id = $1 AND kind = 'target_group' ORDER BY sort_order`,
    [organisationId],
  );
  const users = await client.query<{ id: string; roles: Role[] }>(
    `SELECT id, roles FROM users WHERE organisation_id = $1 AND status = 'active' ORDER BY email`,
    [organisationId],
  );
  const counter = await client.query<{ last_number: string }>(
    'SELECT last_number FROM temporary_code_counters WHERE organisation_id = $1',
    [organisationId],
  );
  const creators = users.rows.filter((u) => can(u.roles, 'clients.create')).map((u) => u.id);
  const workers = users.rows
    .filter((u) => u.roles.some((r) => ['outreach', 'peer', 'counsellor', 'coordinator'].includes(r)))
    .map((u) => u.id);
  if (creators.length === 0) throw new Error(`organisation ${organisationId} has no user who may create clients`);
  return {
    groups: groups.rows.map((r) => r.id),
    creators,
    workers,
    lastTemporary: Number(counter.rows[0]?.last_number ?? 0),
  };
}

const clientColumns =
  'organisation_id, id, pseudonym, search_name, code_hash, code_kind, temporary_code, birth_year, age_band, ' +
  'age_missing, gender, gender_self_described, gender_missing, languages, target_group_ids, status, ' +
  'first_contact_on, assigned_worker_id, safe_contact_enc, created_at, created_by, updated_at, updated_by';
const auditColumns =
  'organisation_id, number, id, at, actor_user_id, session_id, device_id, ip, action, entity_type, entity_id, ' +
  'client_id, flagged, reason, details';
const sealColumns = 'organisation_id, seq, event_number, prev_hash, hash';

function* batches<T>(items: readonly T[], line: (item: T, index: number) => string, size = 2000): Generator<string> {
  for (let i = 0; i < items.length; i += size)
    yield items
      .slice(i, i + size)
      .map((item, j) => line(item, i + j))
      .join('');
}

/** Generates `count` clients in the organisation; see the module comment for what is stored. */
export async function generateClients(options: GenerateClientsOptions): Promise<GeneratedClients> {
  const started = performance.now();
  const { organisationId: org, count = 100_000, seed = 1, audit = true } = options;
  const pool = new pg.Pool({ connectionString: options.ownerUrl, max: 2 });
  pool.on('error', () => undefined);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const ms = { build: 0, hash: 0, encrypt: 0, copy: 0, vacuum: 0, total: 0 };
  try {
    const client = await pool.connect();
    let facts: Awaited<ReturnType<typeof organisationFacts>>;
    try {
      facts = await organisationFacts(client, org);
    } finally {
      client.release();
    }

    // Build, oldest first, so ids (UUIDv7), NCC numbers and the audit chain follow creation order.
    let t = performance.now();
    const rng = random(seed);
    const now = Date.now();
    const rows: Row[] = [];
    for (let i = 0; i < count; i++) rows.push(makeRow(rng, now, facts.groups, facts.workers, facts.creators));
    rows.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
    let temporary = facts.lastTemporary;
    for (const r of rows) {
      r.id = uuidv7({ msecs: r.createdAt.getTime() });
      if (r.codeKind === 'temporary') r.code = makeTemporaryCode(++temporary);
    }
    ms.build = performance.now() - t;

    t = performance.now();
    const secret = organisationCodeSecret(options.codeSecretRoot, org);
    for (let i = 0; i < rows.length; i += 1000) {
      await Promise.all(
        rows.slice(i, i + 1000).map(async (r) => {
          if (r.code) r.hash = await hashCode(secret, r.code);
        }),
      );
    }
    ms.hash = performance.now() - t;

    t = performance.now();
    const keyring = new Keyring(options.masterKey);
    const sealed = new Map<string, string>();
    await withTenant(db, { organisationId: org, userId: null }, async (tx) => {
      for (const r of rows) {
        if (r.safeContact)
          sealed.set(
            r.id,
            await keyring.encrypt(tx, org, r.safeContact, columnAad('clients', 'safe_contact_enc', r.id)),
          );
      }
    });
    ms.encrypt = performance.now() - t;

    t = performance.now();
    const client2 = await pool.connect();
    try {
      await client2.query('BEGIN');
      await client2.query(
        'INSERT INTO audit_heads (organisation_id, seq, hash) VALUES ($1, 0, $2) ON CONFLICT DO NOTHING',
        [org, genesisHash],
      );
      const head = await client2.query<{ seq: string; hash: Buffer }>(
        'SELECT seq, hash FROM audit_heads WHERE organisation_id = $1 FOR UPDATE',
        [org],
      );
      const clientLine = (r: Row) =>
        `${[
          org,
          r.id,
          text(r.person.pseudonym),
          text(searchName(r.person.pseudonym)),
          text(r.hash),
          text(r.codeKind),
          text(r.codeKind === 'temporary' ? r.code : null),
          text(r.birthYear),
          text(r.ageBand),
          text(r.ageMissing),
          text(r.gender),
          text(r.genderSelfDescribed),
          text(r.genderMissing),
          array(r.person.languages),
          array(r.targetGroups),
          r.status,
          text(r.firstContactOn),
          text(r.worker),
          text(sealed.get(r.id) ?? null),
          r.createdAt.toISOString(),
          r.createdBy,
          r.updatedAt.toISOString(),
          r.createdBy,
        ].join('\t')}\n`;
      await pipeline(
        Readable.from(batches(rows, clientLine)),
        client2.query(copyFrom(`COPY clients (${clientColumns}) FROM STDIN`)),
      );
      if (audit) {
        let seq = Number(head.rows[0]!.seq);
        let prev = head.rows[0]!.hash;
        // Sealed here as the sealing job would (decision 009), so the server under test starts with no backlog:
        // numbers from the events' sequence, the trigger's "waiting" rows skipped.
        const numbers = (
          await client2.query<{ n: number }>(
            "SELECT nextval('audit_event_number_seq') AS n FROM generate_series(1, $1) ORDER BY 1",
            [rows.length],
          )
        ).rows.map((r) => Number(r.n));
        await client2.query("SET LOCAL kontakt.restoring = 'on'");
        const seals: string[] = [];
        const auditLine = (r: Row, i: number) => {
          const fields = {
            organisationId: org,
            seq: ++seq,
            id: uuidv7({ msecs: r.createdAt.getTime() }),
            at: r.createdAt,
            actorUserId: r.createdBy,
            sessionId: null,
            deviceId: null,
            ip: null,
            action: 'client.created',
            entityType: 'client',
            entityId: r.id,
            clientId: r.id,
            flagged: false,
            reason: null,
            details: { codeKind: r.codeKind },
          };
          const hash = chainHash(prev, fields);
          seals.push(
            `${[org, fields.seq, numbers[i], `\\\\x${prev.toString('hex')}`, `\\\\x${hash.toString('hex')}`].join('\t')}\n`,
          );
          const line = [
            org,
            numbers[i],
            fields.id,
            fields.at.toISOString(),
            r.createdBy,
            '\\N',
            '\\N',
            '\\N',
            fields.action,
            fields.entityType,
            r.id,
            r.id,
            'f',
            '\\N',
            text(JSON.stringify(fields.details)),
          ].join('\t');
          prev = hash;
          return `${line}\n`;
        };
        await pipeline(
          Readable.from(batches(rows, auditLine)),
          client2.query(copyFrom(`COPY audit_events (${auditColumns}) FROM STDIN`)),
        );
        await pipeline(
          Readable.from(batches(seals, (line) => line)),
          client2.query(copyFrom(`COPY audit_seals (${sealColumns}) FROM STDIN`)),
        );
        await client2.query('UPDATE audit_heads SET seq = $2, hash = $3 WHERE organisation_id = $1', [org, seq, prev]);
      }
      await client2.query(
        `INSERT INTO temporary_code_counters (organisation_id, last_number) VALUES ($1, $2)
         ON CONFLICT (organisation_id) DO UPDATE SET last_number = GREATEST(temporary_code_counters.last_number, $2)`,
        [org, temporary],
      );
      await client2.query('COMMIT');
    } catch (error) {
      await client2.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client2.release();
    }
    ms.copy = performance.now() - t;

    t = performance.now();
    await pool.query('VACUUM (ANALYZE) clients');
    if (audit) await pool.query('VACUUM (ANALYZE) audit_events');
    ms.vacuum = performance.now() - t;

    const pickRng = random(seed + 1);
    const samples: ClientSample[] = [];
    const wanted = Math.min(options.samples ?? 5000, rows.length);
    const taken = new Set<number>();
    while (samples.length < wanted) {
      const i = pickRng.int(0, rows.length - 1);
      if (taken.has(i)) continue;
      taken.add(i);
      const r = rows[i]!;
      samples.push({ id: r.id, pseudonym: r.person.pseudonym, code: r.code, codeKind: r.codeKind, status: r.status });
    }
    ms.total = performance.now() - started;
    return { organisationId: org, count, ids: rows.map((r) => r.id), samples, ms };
  } finally {
    await db.destroy();
  }
}

/** The id of an organisation by its slug (the demo's are `demo` and `demo2`). */
export async function organisationIdBySlug(ownerUrl: string, slug: string): Promise<string> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>('SELECT id FROM organisations WHERE slug = $1', [slug]);
    if (!rows[0]) throw new Error(`no organisation with slug "${slug}"`);
    return rows[0].id;
  } finally {
    await client.end();
  }
}
