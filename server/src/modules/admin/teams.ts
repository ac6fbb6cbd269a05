import { sql } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { type AuditActor, recordAudit } from '../../platform/audit/record';
import type { Tx } from '../../platform/db/tenancy';
import { fieldError, notFound } from '../../platform/errors';

function teamsQuery(tx: Tx) {
  return tx
    .selectFrom('teams')
    .select(['id', 'name', 'active'])
    .select(
      sql<
        string[]
      >`coalesce((SELECT array_agg(tm.user_id ORDER BY tm.user_id) FROM team_members tm WHERE tm.organisation_id = teams.organisation_id AND tm.team_id = teams.id), '{}')`.as(
        'member_ids',
      ),
    );
}

const presentTeam = (r: { id: string; name: string; active: boolean; member_ids: string[] }) => ({
  id: r.id,
  name: r.name,
  active: r.active,
  memberIds: r.member_ids,
});

export async function listTeams(tx: Tx) {
  const rows = await teamsQuery(tx).orderBy('active', 'desc').orderBy('name').execute();
  return { items: rows.map(presentTeam) };
}

export async function getTeam(tx: Tx, id: string) {
  const row = await teamsQuery(tx).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound();
  return presentTeam(row);
}

async function setMembers(tx: Tx, organisationId: string, teamId: string, memberIds: string[]) {
  const unique = [...new Set(memberIds)];
  if (unique.length) {
    const found = await tx.selectFrom('users').select('id').where('id', 'in', unique).execute();
    if (found.length !== unique.length) throw fieldError('memberIds', 'validation.invalid_option');
  }
  await tx.deleteFrom('team_members').where('team_id', '=', teamId).execute();
  if (unique.length) {
    await tx
      .insertInto('team_members')
      .values(unique.map((user_id) => ({ organisation_id: organisationId, team_id: teamId, user_id })))
      .execute();
  }
}

export async function createTeam(tx: Tx, actor: AuditActor, input: { name: string; memberIds: string[] }) {
  const id = uuidv7();
  await tx
    .insertInto('teams')
    .values({
      organisation_id: actor.organisationId,
      id,
      name: input.name,
      created_by: actor.userId,
      updated_by: actor.userId,
    })
    .execute();
  await setMembers(tx, actor.organisationId, id, input.memberIds);
  await recordAudit(tx, actor, { action: 'team.created', entityType: 'team', entityId: id });
  return getTeam(tx, id);
}

export async function updateTeam(
  tx: Tx,
  actor: AuditActor,
  id: string,
  input: { name?: string; memberIds?: string[]; active?: boolean },
) {
  await getTeam(tx, id);
  await tx
    .updateTable('teams')
    .set({
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.active !== undefined ? { active: input.active } : {}),
      updated_at: sql`now()`,
      updated_by: actor.userId,
    })
    .where('id', '=', id)
    .execute();
  if (input.memberIds) await setMembers(tx, actor.organisationId, id, input.memberIds);
  await recordAudit(tx, actor, {
    action: 'team.updated',
    entityType: 'team',
    entityId: id,
    details: { fields: Object.keys(input) },
  });
  return getTeam(tx, id);
}
