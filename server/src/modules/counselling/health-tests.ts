import { sql } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { z } from 'zod';
import { canSeeTestResults } from '#core/permissions/disciplines';
import type { HealthTest, RecordHealthTestBody, updateHealthTestBody } from '#core/schemas/health-tests';
import { auditClientRead, recordAudit } from '../../platform/audit/record';
import type { Tx } from '../../platform/db/tenancy';
import { fieldError, forbidden, notFound } from '../../platform/errors';
import { recordActivity } from '../clients/index';
import { type CounsellingContext, medicalAad } from './context';
import { countNewTest, recountTest, type TestMedical } from './test-counts';
import './tables';

async function seal(tx: Tx, ctx: CounsellingContext, id: string, medical: TestMedical) {
  return ctx.keyring.encrypt(tx, ctx.actor.organisationId, JSON.stringify(medical), medicalAad(id));
}

async function open(tx: Tx, ctx: CounsellingContext, id: string, sealed: string): Promise<TestMedical> {
  return JSON.parse(await ctx.keyring.decrypt(tx, ctx.actor.organisationId, sealed, medicalAad(id))) as TestMedical;
}

/** Recording tests and their results is medical work: medical counsellors only. */
function requireMedical(ctx: CounsellingContext) {
  if (!canSeeTestResults(ctx.holder)) throw forbidden();
}

/** Records a test with its result (pending until known) and linkage; counted in the day's figures. */
export async function recordHealthTest(
  tx: Tx,
  ctx: CounsellingContext,
  input: RecordHealthTestBody,
): Promise<HealthTest> {
  requireMedical(ctx);
  const facts = await tx
    .selectNoFrom((eb) => [
      eb.selectFrom('clients').select('status').where('id', '=', input.clientId).as('client_status'),
      eb
        .selectFrom('catalogue_items')
        .select('id')
        .where('id', '=', input.testTypeId)
        .where('kind', '=', 'test_type')
        .where('active', '=', true)
        .as('test_type'),
      input.siteId
        ? eb.selectFrom('sites').select('id').where('id', '=', input.siteId).as('site')
        : sql<null>`NULL`.as('site'),
      eb.selectFrom('organisations').select('time_zone').where('id', '=', ctx.actor.organisationId).as('time_zone'),
    ])
    .executeTakeFirstOrThrow();
  if (!facts.client_status) throw fieldError('clientId', 'validation.invalid');
  if (facts.client_status === 'merged' || facts.client_status === 'anonymised')
    throw fieldError('clientId', 'validation.client_closed');
  if (!facts.test_type) throw fieldError('testTypeId', 'validation.catalogue_unknown');
  if (input.siteId && !facts.site) throw fieldError('siteId', 'validation.invalid');
  const id = uuidv7();
  const medical: TestMedical = { result: input.result, linkage: input.linkage, linkageOn: input.linkageOn };
  await tx
    .insertInto('health_tests')
    .values({
      organisation_id: ctx.actor.organisationId,
      id,
      client_id: input.clientId,
      test_type_id: input.testTypeId,
      tested_on: input.testedOn,
      method: input.method,
      site_id: input.siteId,
      medical_enc: await seal(tx, ctx, id, medical),
      created_by: ctx.userId,
      updated_by: ctx.userId,
    })
    .execute();
  await countNewTest(tx, ctx.actor.organisationId, input, medical);
  await recordActivity(tx, ctx.actor, input.clientId, 'counselling', input.testedOn);
  await recordAudit(tx, ctx.actor, {
    action: 'health_test.recorded',
    entityType: 'health_test',
    entityId: id,
    clientId: input.clientId,
  });
  return {
    id,
    clientId: input.clientId,
    testTypeId: input.testTypeId,
    testedOn: input.testedOn,
    method: input.method,
    siteId: input.siteId,
    medical,
  };
}

/** A result that came in, or linkage to care moving on; the figures follow. */
export async function updateHealthTest(
  tx: Tx,
  ctx: CounsellingContext,
  id: string,
  input: z.infer<typeof updateHealthTestBody>,
): Promise<HealthTest> {
  requireMedical(ctx);
  const row = await tx.selectFrom('health_tests').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  if (!row) throw notFound();
  const before = await open(tx, ctx, id, row.medical_enc);
  const after: TestMedical = {
    result: input.result ?? before.result,
    linkage: input.linkage ?? before.linkage,
    linkageOn: input.linkageOn !== undefined ? input.linkageOn : before.linkageOn,
  };
  await tx
    .updateTable('health_tests')
    .set({ medical_enc: await seal(tx, ctx, id, after), updated_at: sql`now()`, updated_by: ctx.userId })
    .where('id', '=', id)
    .execute();
  await recountTest(tx, { testedOn: row.tested_on, testTypeId: row.test_type_id, siteId: row.site_id }, before, after);
  await recordAudit(tx, ctx.actor, {
    action: 'health_test.updated',
    entityType: 'health_test',
    entityId: id,
    clientId: row.client_id,
  });
  return {
    id,
    clientId: row.client_id,
    testTypeId: row.test_type_id,
    testedOn: row.tested_on,
    method: row.method as HealthTest['method'],
    siteId: row.site_id,
    medical: after,
  };
}

/**
 * A person's tests, newest first: a read of the person. The result and
 * linkage are opened for medical counsellors only; other counsellors see that
 * a test was done, of which type and when.
 */
export async function listClientHealthTests(tx: Tx, ctx: CounsellingContext, clientId: string) {
  const client = await tx.selectFrom('clients').select('id').where('id', '=', clientId).executeTakeFirst();
  if (!client) throw notFound();
  const rows = await tx
    .selectFrom('health_tests')
    .selectAll()
    .where('client_id', '=', clientId)
    .orderBy('tested_on', 'desc')
    .limit(200)
    .execute();
  await auditClientRead(tx, ctx.actor, clientId, { entityType: 'health_tests' });
  const medical = canSeeTestResults(ctx.holder);
  const items: HealthTest[] = [];
  for (const r of rows)
    items.push({
      id: r.id,
      clientId: r.client_id,
      testTypeId: r.test_type_id,
      testedOn: r.tested_on,
      method: r.method as HealthTest['method'],
      siteId: r.site_id,
      medical: medical ? await open(tx, ctx, r.id, r.medical_enc) : null,
    });
  return { items };
}
