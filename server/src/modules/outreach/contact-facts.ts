import { sql } from 'kysely';
import type { CatalogueKind } from '#core/schemas/catalogues';
import type { CreateContactBody } from '#core/schemas/contacts';
import type { Tx } from '../../platform/db/tenancy';
import { fieldError } from '../../platform/errors';
import type { OutreachContext } from './context';
import { visibleShift } from './visibility';

/** Every catalogue reference of a card, with the catalogue it must come from and the field to blame. */
function catalogueRefs(
  input: Pick<CreateContactBody, 'topicIds' | 'services' | 'materials' | 'referrals' | 'breakdown'>,
): { kind: CatalogueKind; field: string; ids: string[] }[] {
  return [
    { kind: 'topic', field: 'topicIds', ids: input.topicIds },
    { kind: 'service', field: 'services', ids: input.services.map((s) => s.serviceId) },
    { kind: 'material', field: 'materials', ids: input.materials.map((m) => m.materialId) },
    {
      kind: 'referral_reason',
      field: 'referrals',
      ids: input.referrals.map((r) => r.reasonId).filter((r): r is string => r !== null),
    },
    {
      kind: 'target_group',
      field: 'breakdown.targetGroups',
      ids: input.breakdown?.targetGroups.map((g) => g.targetGroupId) ?? [],
    },
  ];
}

/** What recording a card must know before it writes, read in one statement (each is a round trip otherwise). */
export interface ContactFacts {
  /** Who recorded the card that already has this id, if one does. */
  replayBy: string | null;
  clientStatus: string | null;
  timeZone: string;
  /** Which of the team, area and spot given in the body exist (RLS hides other organisations'). */
  found: { teamId: boolean; areaId: boolean; spotId: boolean };
  /** Active catalogue items among the ids the card names, by id. */
  items: Map<string, CatalogueKind>;
  /** The card's shift, if it names one the user may see; locked FOR SHARE so it cannot be submitted meanwhile. */
  shift: ShiftFacts | null;
}

export interface ShiftFacts {
  status: string;
  channel: string;
  teamId: string;
  areaId: string | null;
  /** Whether the user works this shift. */
  member: boolean;
}

export async function readContactFacts(
  tx: Tx,
  ctx: OutreachContext,
  id: string | undefined,
  input: CreateContactBody,
): Promise<ContactFacts> {
  const organisationId = ctx.actor.organisationId;
  const refs = [...new Set(catalogueRefs(input).flatMap((r) => r.ids))];
  const none = sql<null>`NULL`;
  const exists = (table: 'teams' | 'areas' | 'spots', value: string | null | undefined) =>
    value ? sql<boolean>`EXISTS (SELECT 1 FROM ${sql.table(table)} WHERE id = ${value})` : sql<boolean>`false`;
  const row = await tx
    .selectNoFrom((eb) => [
      id ? eb.selectFrom('contacts').select('created_by').where('id', '=', id).as('replay_by') : none.as('replay_by'),
      input.clientId
        ? eb.selectFrom('clients').select('status').where('id', '=', input.clientId).as('client_status')
        : none.as('client_status'),
      eb.selectFrom('organisations').select('time_zone').where('id', '=', organisationId).as('time_zone'),
      exists('teams', input.teamId).as('team'),
      exists('areas', input.areaId).as('area'),
      exists('spots', input.spotId).as('spot'),
      refs.length
        ? eb
            .selectFrom('catalogue_items')
            .select(sql<[string, CatalogueKind][]>`json_agg(json_build_array(id, kind))`.as('items'))
            .where('active', '=', true)
            .where('id', 'in', refs)
            .as('items')
        : none.as('items'),
      input.shiftId
        ? eb
            .selectFrom('shifts')
            .select(
              sql<ShiftFacts>`json_build_object('status', shifts.status, 'channel', shifts.channel,
                'teamId', shifts.team_id, 'areaId', shifts.area_id,
                'member', EXISTS (SELECT 1 FROM shift_members sm WHERE sm.shift_id = shifts.id AND sm.user_id = ${ctx.userId}))`.as(
                'shift',
              ),
            )
            .where('shifts.id', '=', input.shiftId)
            .where(visibleShift(ctx))
            .forShare()
            .as('shift')
        : none.as('shift'),
    ])
    .executeTakeFirstOrThrow();
  return {
    replayBy: row.replay_by,
    clientStatus: row.client_status,
    timeZone: row.time_zone ?? 'UTC',
    found: { teamId: Boolean(row.team), areaId: Boolean(row.area), spotId: Boolean(row.spot) },
    items: new Map(row.items ?? []),
    shift: row.shift,
  };
}

/** Every catalogue reference must be an active item of the right catalogue. */
export function checkCardCatalogues(
  items: ContactFacts['items'],
  input: Pick<CreateContactBody, 'topicIds' | 'services' | 'materials' | 'referrals' | 'breakdown'>,
) {
  for (const ref of catalogueRefs(input)) {
    if (ref.ids.some((itemId) => items.get(itemId) !== ref.kind))
      throw fieldError(ref.field, 'validation.catalogue_unknown');
  }
}
