import { pathToFileURL } from 'node:url';
import { sql } from 'kysely';
import { outreachStatistics } from '../server/src/modules/outreach/statistics';
import { openDatabases } from '../server/src/platform/db/pool';
import { withTenant } from '../server/src/platform/db/tenancy';
import { generateContacts } from './generate/contacts';
import { median, ms, onCleanup, range } from './lib';
import { ownerPool, startOutreachServer } from './outreach-session';

/**
 * What would make the one-year statistics fast: the service function timed on the same
 * 1,000,000 contacts after changes made to the throwaway database only (no server code is
 * changed): the RLS function marked PARALLEL SAFE, a larger work_mem for the transaction,
 * a covering index. Run: `npx tsx bench/outreach-experiment.ts`.
 */
const runs = Number(process.env.BENCH_RUNS ?? 3);

async function main() {
  const s = await startOutreachServer();
  const owner = ownerPool(s.ownerUrl, 2);
  const dbs = openDatabases(s.ownerUrl, s.appUrl, 2);
  const forget = onCleanup(async () => {
    await owner.end().catch(() => undefined);
    await dbs.close().catch(() => undefined);
  });
  try {
    const g = await generateContacts({ ownerUrl: s.ownerUrl, slug: 'demo', contacts: 1_000_000, clients: 100_000 });
    await owner.query('VACUUM (ANALYZE) contacts, contact_materials, clients');
    const org = g.organisationId;
    const tz = (await owner.query('SELECT time_zone FROM organisations WHERE id = $1', [org])).rows[0]
      .time_zone as string;
    const from = new Date(g.to.getTime() - 365 * 86_400_000).toISOString().slice(0, 10);
    const to = new Date(g.to.getTime() - 86_400_000).toISOString().slice(0, 10);
    const time = async (label: string, workMem: string | null) => {
      for (const groupBy of ['none', 'channel'] as const) {
        const t: number[] = [];
        for (let i = 0; i <= runs; i++) {
          const t0 = performance.now();
          await withTenant(dbs.app, { organisationId: org, userId: null }, async (tx) => {
            if (workMem) await sql`SELECT set_config('work_mem', ${workMem}, true)`.execute(tx);
            return outreachStatistics(
              tx,
              org,
              { userId: '00000000-0000-0000-0000-000000000000', scope: 'all', suppress: false },
              { from, to, groupBy },
            );
          });
          if (i > 0) t.push(performance.now() - t0);
        }
        console.log(`| ${label} | ${groupBy} | ${ms(median(t))} (${range(t)}) | ${runs} |`);
      }
    };
    console.log('| variant | groupBy | service median (min – max) | runs |\n|---|---|---|---|');
    await time('as shipped', null);
    await owner.query('ALTER FUNCTION kontakt_current_org() PARALLEL SAFE');
    await time('kontakt_current_org() PARALLEL SAFE', null);
    await time('PARALLEL SAFE + work_mem 64MB (SET LOCAL)', '64MB');
    await owner.query(
      'CREATE INDEX contacts_period_cover_idx ON contacts (organisation_id, occurred_at) INCLUDE (id, client_id, kind, head_count, channel)',
    );
    await owner.query('VACUUM (ANALYZE) contacts');
    await time(
      '… + covering index (organisation_id, occurred_at) INCLUDE (id, client_id, kind, head_count, channel)',
      '64MB',
    );
    const app = await dbs.appPool.connect();
    try {
      await app.query('BEGIN');
      await app.query(`SELECT set_config('kontakt.organisation_id', $1, true), set_config('work_mem', '64MB', true)`, [
        org,
      ]);
      const { rows } = await app.query(
        `EXPLAIN (ANALYZE) SELECT m.material_id, sum(m.quantity)::int FROM contacts c
         JOIN contact_materials m ON m.organisation_id = c.organisation_id AND m.contact_id = c.id
         WHERE c.occurred_at >= ($1::date)::timestamp AT TIME ZONE $3
           AND c.occurred_at < ($2::date + 1)::timestamp AT TIME ZONE $3 GROUP BY 1`,
        [from, to, tz],
      );
      console.log(rows.map((r) => r['QUERY PLAN']).join('\n'));
      await app.query('ROLLBACK');
    } finally {
      app.release();
    }
  } finally {
    await owner.end().catch(() => undefined);
    await dbs.close().catch(() => undefined);
    forget();
    await s.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
