import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { v7 as uuidv7 } from 'uuid';
import { searchName } from '../core/clients/search-name';
import { hashCode, makeTemporaryCode, normaliseCodePart } from '../core/codes/index';
import { clientSearchBody, createClientBody, updateClientBody } from '../core/schemas/clients';
import { createClient, getClient, updateClient } from '../server/src/modules/clients/clients';
import type { ClientContext } from '../server/src/modules/clients/context';
import { searchClients } from '../server/src/modules/clients/search';
import { organisationCodeSecret } from '../server/src/platform/crypto/code-secret';
import { Keyring } from '../server/src/platform/crypto/keyring';
import { type Tx, withTenant } from '../server/src/platform/db/tenancy';
import type { Database } from '../server/src/platform/db/types';
import type { ApiSession } from './api-session';
import type { Inputs, SearchInput } from './client-search-inputs';

/**
 * The seven operations of the client-search benchmark, each three ways:
 * over HTTP (what a phone sees), as the service function in this process (no
 * HTTP, no session look-up), and the floor: the SQL alone through `pg` as the
 * application's role, in a tenant transaction as the server opens one
 * (BEGIN, set_config, the statement(s), COMMIT). The search floors replay
 * exactly the statements the service ran, captured from Kysely's log.
 */
export type OpName = 'code' | 'typo' | 'prefix' | 'prefix2' | 'read' | 'create' | 'edit';

export interface Op {
  name: OpName;
  http(session: ApiSession, i: number): Promise<void>;
  service(i: number): Promise<void>;
  floor(client: pg.Client, i: number): Promise<void>;
}

/** How often a search answer held the client its query was made from, and how many people it listed. */
export interface Recall {
  asked: number;
  found: number;
  results: number;
}

export interface OpsContext {
  appUrl: string;
  /** Only to capture the search statements quickly (same SQL and parameters, no row-level security to slow it). */
  ownerUrl: string;
  organisationId: string;
  userId: string;
  masterKey: Buffer;
  codeSecretRoot: Buffer;
}

interface Statement {
  sql: string;
  parameters: readonly unknown[];
}

const setTenant = "SELECT set_config('kontakt.organisation_id', $1, true), set_config('kontakt.user_id', $2, true)";
const readColumns =
  'id, pseudonym, status, code_kind, target_group_ids, temporary_code, birth_year, age_band, age_missing, gender, ' +
  'gender_self_described, gender_missing, languages, first_contact_on, assigned_worker_id, safe_contact_enc, ' +
  'merged_into_id, created_at, updated_at';

function expectStatus(what: string, status: number, wanted: number, body: unknown): void {
  if (status !== wanted) throw new Error(`${what} answered ${status}, expected ${wanted}: ${JSON.stringify(body)}`);
}

export function createOps(ctx: OpsContext, inputs: Inputs) {
  const { organisationId: org, userId } = ctx;
  const pool = new pg.Pool({ connectionString: ctx.appUrl, max: 10 });
  pool.on('error', () => undefined);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  let capture: Statement[] = [];
  const ownerPool = new pg.Pool({ connectionString: ctx.ownerUrl, max: 2 });
  ownerPool.on('error', () => undefined);
  const capturing = new Kysely<Database>({
    dialect: new PostgresDialect({ pool: ownerPool }),
    log: (event) => {
      // The floor opens its own transaction and sets the tenant itself: keep only the service's statements.
      if (event.level === 'query' && !/^(begin|commit|rollback|SELECT set_config\()/i.test(event.query.sql))
        capture.push({ sql: event.query.sql, parameters: event.query.parameters });
    },
  });
  const clientCtx: ClientContext = {
    actor: { organisationId: org, userId, sessionId: null, ip: '127.0.0.1' },
    roles: ['outreach'],
    keyring: new Keyring(ctx.masterKey),
    codeSecretRoot: ctx.codeSecretRoot,
  };
  const inTenant = <T>(work: (tx: Tx) => Promise<T>) => withTenant(db, { organisationId: org, userId }, work);
  const secret = organisationCodeSecret(ctx.codeSecretRoot, org);
  const recall: Partial<Record<OpName, Recall>> = {};
  /** Statements of each search input, captured once from the service (see `prepare`). */
  const captured = new Map<SearchInput, Statement[]>();
  const codeHashes = new Map<string, string>();
  let creates = 0;
  let edits = 0;

  async function floorTx(client: pg.Client, work: () => Promise<unknown>): Promise<void> {
    await client.query('BEGIN');
    try {
      await client.query(setTenant, [org, userId]);
      await work();
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  }

  const search = (name: OpName, list: SearchInput[]): Op => ({
    name,
    async http(session, i) {
      const input = list[i % list.length]!;
      const r = await session.request('POST', '/api/clients/search', input.body);
      expectStatus(`search ${JSON.stringify(input.body)}`, r.status, 200, r.body);
      const stats = recall[name] ?? { asked: 0, found: 0, results: 0 };
      recall[name] = stats;
      stats.asked++;
      stats.results += r.body.items.length;
      if (input.expect && r.body.items.some((item: { id: string }) => item.id === input.expect)) stats.found++;
    },
    async service(i) {
      const input = list[i % list.length]!;
      await inTenant((tx) => searchClients(tx, clientCtx, clientSearchBody.parse(input.body)));
    },
    async floor(client, i) {
      const statements = captured.get(list[i % list.length]!);
      if (!statements) throw new Error('floor before prepare()');
      await floorTx(client, async () => {
        for (const s of statements) await client.query(s.sql, s.parameters as unknown[]);
      });
    },
  });

  const ops: Op[] = [
    search('code', inputs.code),
    search('typo', inputs.typo),
    search('prefix', inputs.prefix),
    search('prefix2', inputs.prefix2),
    {
      name: 'read',
      async http(session, i) {
        const id = inputs.read[i % inputs.read.length]!;
        const r = await session.request('GET', `/api/clients/${id}`);
        expectStatus('read', r.status, 200, r.body);
      },
      async service(i) {
        await inTenant((tx) => getClient(tx, clientCtx, inputs.read[i % inputs.read.length]!));
      },
      async floor(client, i) {
        await floorTx(client, () =>
          client.query(`SELECT ${readColumns} FROM clients WHERE id = $1`, [inputs.read[i % inputs.read.length]!]),
        );
      },
    },
    {
      name: 'create',
      async http(session) {
        const body = inputs.create[creates++ % inputs.create.length]!;
        const r = await session.request('POST', '/api/clients', body);
        expectStatus('create', r.status, 201, r.body);
      },
      async service() {
        const body = inputs.create[creates++ % inputs.create.length]!;
        await inTenant((tx) => createClient(tx, clientCtx, createClientBody.parse(body)));
      },
      async floor(client) {
        const body = inputs.create[creates++ % inputs.create.length]!;
        await floorTx(client, async () => {
          let temporary: string | null = null;
          let hash = body.code ? codeHashes.get(body.code)! : null;
          if (body.temporaryCode) {
            const { rows } = await client.query<{ last_number: string }>(
              `INSERT INTO temporary_code_counters (organisation_id, last_number) VALUES ($1, 1)
               ON CONFLICT (organisation_id) DO UPDATE SET last_number = temporary_code_counters.last_number + 1
               RETURNING last_number`,
              [org],
            );
            temporary = makeTemporaryCode(Number(rows[0]!.last_number));
            hash = await hashCode(secret, temporary);
          }
          await client.query(
            `INSERT INTO clients (organisation_id, id, pseudonym, search_name, code_hash, code_kind, temporary_code,
               birth_year, gender, languages, target_group_ids, created_by, updated_by)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12)
             RETURNING id, pseudonym, status, code_kind, target_group_ids, temporary_code`,
            [
              org,
              uuidv7(),
              body.pseudonym,
              searchName(body.pseudonym),
              hash,
              hash ? (temporary ? 'temporary' : 'full') : null,
              temporary,
              body.birthYear,
              body.gender,
              body.languages,
              body.targetGroupIds,
              userId,
            ],
          );
        });
      },
    },
    {
      name: 'edit',
      async http(session) {
        const { id, body } = nextEdit();
        const r = await session.request('PATCH', `/api/clients/${id}`, body);
        expectStatus('edit', r.status, 200, r.body);
      },
      async service() {
        const { id, body } = nextEdit();
        await inTenant((tx) => updateClient(tx, clientCtx, id, updateClientBody.parse(body)));
      },
      async floor(client) {
        const { id, body } = nextEdit();
        await floorTx(client, () =>
          client.query(
            `UPDATE clients SET pseudonym = $1, search_name = $2, birth_year = $3, age_band = NULL, age_missing = NULL,
               languages = $4, updated_at = now(), updated_by = $5 WHERE id = $6`,
            [body.pseudonym, searchName(body.pseudonym), body.birthYear, body.languages, userId, id],
          ),
        );
      },
    },
  ];

  function nextEdit() {
    const edit = inputs.edit[edits++];
    if (!edit) throw new Error(`more edits than the ${inputs.edit.length} clients set aside for them`);
    return edit;
  }

  return {
    ops,
    recall,
    /**
     * Captures the statements the service runs for the search inputs at `indices` (the ones floors and EXPLAIN
     * use), from Kysely's log, and hashes the codes of new clients.
     */
    async prepare(indices: readonly number[]): Promise<void> {
      for (const list of [inputs.code, inputs.typo, inputs.prefix, inputs.prefix2]) {
        for (const i of indices) {
          const input = list[i % list.length]!;
          if (captured.has(input)) continue;
          capture = [];
          await withTenant(capturing, { organisationId: org, userId }, (tx) =>
            searchClients(tx, clientCtx, clientSearchBody.parse(input.body)),
          );
          captured.set(input, capture);
        }
      }
      for (const body of inputs.create)
        if (body.code) codeHashes.set(body.code, await hashCode(secret, normaliseCodePart(body.code)));
    },
    /** The captured statements of a search input (for EXPLAIN). */
    statementsOf: (input: SearchInput) => captured.get(input) ?? [],
    close: async () => {
      await db.destroy();
      await capturing.destroy();
    },
  };
}
