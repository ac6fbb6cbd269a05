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

/** What recording one card must know before it writes. */
export interface ContactFacts {
  /** Who recorded the card that already has this id, if one does. */
  replayBy: string | null;
  clientStatus: string | null;
  timeZone: string;
  /** Which of the team, area and spot given in the body exist (RLS hides other organisations'). */
  found: { teamId: boolean; areaId: boolean; spotId: boolean };
  /** Active catalogue items among the ids the cards name, by id. */
  items: ReadonlyMap<string, CatalogueKind>;
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

/** What recording some cards must know, for all of them at once; `factsFor` picks one card's. */
export interface CardFacts {
  replays: ReadonlyMap<string, string>;
  clientStatuses: ReadonlyMap<string, string>;
  timeZone: string;
  teams: ReadonlySet<string>;
  areas: ReadonlySet<string>;
  spots: ReadonlySet<string>;
  items: ReadonlyMap<string, CatalogueKind>;
  shifts: ReadonlyMap<string, ShiftFacts>;
}

/** The distinct non-empty values of one field of the cards. */
function idsOf(inputs: readonly CreateContactBody[], pick: (input: CreateContactBody) => string | null | undefined) {
  return [...new Set(inputs.map(pick).filter((v): v is string => Boolean(v)))];
}

/**
 * Reads every fact the checks of some cards need in ONE statement, however many
 * cards (each is a round trip otherwise, and a phone sends hundreds at the end
 * of a shift), and locks their shifts FOR SHARE until the cards commit.
 */
export async function readCardFacts(
  tx: Tx,
  ctx: OutreachContext,
  inputs: readonly CreateContactBody[],
): Promise<CardFacts> {
  const organisationId = ctx.actor.organisationId;
  const refs = [...new Set(inputs.flatMap((input) => catalogueRefs(input).flatMap((r) => r.ids)))];
  const pairs = sql<[string, string][]>`coalesce(json_agg(json_build_array(x.id, x.v)), '[]')`;
  const ids = (table: 'teams' | 'areas' | 'spots', values: string[]) =>
    sql<string[]>`ARRAY(SELECT id FROM ${sql.table(table)} WHERE id = ANY(${values}::uuid[]))`;
  const cards = idsOf(inputs, (i) => i.id);
  const clients = idsOf(inputs, (i) => i.clientId);
  const shifts = idsOf(inputs, (i) => i.shiftId);
  const row = await tx
    .selectNoFrom((eb) => [
      eb
        .selectFrom(
          eb
            .selectFrom('contacts')
            .select(['id', 'created_by as v'])
            .where(sql<boolean>`id = ANY(${cards}::uuid[])`)
            .as('x'),
        )
        .select(pairs.as('p'))
        .as('replays'),
      eb
        .selectFrom(
          eb
            .selectFrom('clients')
            .select(['id', 'status as v'])
            .where(sql<boolean>`id = ANY(${clients}::uuid[])`)
            .as('x'),
        )
        .select(pairs.as('p'))
        .as('clients'),
      eb.selectFrom('organisations').select('time_zone').where('id', '=', organisationId).as('time_zone'),
      ids(
        'teams',
        idsOf(inputs, (i) => i.teamId),
      ).as('teams'),
      ids(
        'areas',
        idsOf(inputs, (i) => i.areaId),
      ).as('areas'),
      ids(
        'spots',
        idsOf(inputs, (i) => i.spotId),
      ).as('spots'),
      eb
        .selectFrom('catalogue_items')
        .select(sql<[string, CatalogueKind][]>`coalesce(json_agg(json_build_array(id, kind)), '[]')`.as('items'))
        .where('active', '=', true)
        .where(sql<boolean>`id = ANY(${refs}::uuid[])`)
        .as('items'),
      eb
        .selectFrom(
          eb
            .selectFrom('shifts')
            .select(
              sql<ShiftFacts & { id: string }>`json_build_object('id', shifts.id, 'status', shifts.status,
                'channel', shifts.channel, 'teamId', shifts.team_id, 'areaId', shifts.area_id,
                'member', EXISTS (SELECT 1 FROM shift_members sm WHERE sm.shift_id = shifts.id AND sm.user_id = ${ctx.userId}))`.as(
                'v',
              ),
            )
            .where(sql<boolean>`shifts.id = ANY(${shifts}::uuid[])`)
            .where(visibleShift(ctx))
            .forShare()
            .as('x'),
        )
        .select(sql<(ShiftFacts & { id: string })[]>`coalesce(json_agg(x.v), '[]')`.as('s'))
        .as('shifts'),
    ])
    .executeTakeFirstOrThrow();
  return {
    replays: new Map(row.replays ?? []),
    clientStatuses: new Map(row.clients ?? []),
    timeZone: row.time_zone ?? 'UTC',
    teams: new Set(row.teams),
    areas: new Set(row.areas),
    spots: new Set(row.spots),
    items: new Map(row.items ?? []),
    shifts: new Map((row.shifts ?? []).map(({ id, ...shift }) => [id, shift])),
  };
}

/** One card's facts out of the cards' (see readCardFacts). */
export function factsFor(facts: CardFacts, input: CreateContactBody): ContactFacts {
  const has = (set: ReadonlySet<string>, id: string | null | undefined) => Boolean(id && set.has(id));
  return {
    replayBy: (input.id && facts.replays.get(input.id)) || null,
    clientStatus: (input.clientId && facts.clientStatuses.get(input.clientId)) || null,
    timeZone: facts.timeZone,
    found: {
      teamId: has(facts.teams, input.teamId),
      areaId: has(facts.areas, input.areaId),
      spotId: has(facts.spots, input.spotId),
    },
    items: facts.items,
    shift: (input.shiftId && facts.shifts.get(input.shiftId)) || null,
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
