import type { CreateContactBody } from '#core/schemas/contacts';
import { fieldError } from '../../platform/errors';
import { type ContactFacts, checkCardCatalogues } from './contact-facts';
import type { OutreachContext } from './context';
import { editableStatuses } from './shifts';

/** Where a card belongs: its channel, team and area. */
export interface CardPlace {
  channel: NonNullable<CreateContactBody['channel']>;
  teamId: string | null;
  areaId: string | null;
}

/** Where the contact belongs: its shift (open, and the user works it) supplies the defaults. */
function placeOf(ctx: OutreachContext, input: CreateContactBody, shift: ContactFacts['shift']): CardPlace {
  if (!input.shiftId) {
    if (!input.channel) throw fieldError('channel', 'validation.required');
    return { channel: input.channel, teamId: input.teamId ?? null, areaId: input.areaId ?? null };
  }
  if (!shift) throw fieldError('shiftId', 'validation.invalid');
  if (!(editableStatuses as readonly string[]).includes(shift.status))
    throw fieldError('shiftId', 'validation.shift_closed');
  if (ctx.scope !== 'all' && !shift.member) throw fieldError('shiftId', 'validation.not_a_member');
  return {
    channel: input.channel ?? (shift.channel as CardPlace['channel']),
    teamId: input.teamId !== undefined ? input.teamId : shift.teamId,
    areaId: input.areaId !== undefined ? input.areaId : shift.areaId,
  };
}

/** Team, area and spot named in the body must exist; the shift's own are valid by its foreign keys. */
function checkPlace(input: CreateContactBody, found: ContactFacts['found']) {
  for (const field of ['teamId', 'areaId', 'spotId'] as const) {
    if (input[field] && !found[field]) throw fieldError(field, 'validation.invalid');
  }
}

/**
 * Every rule a new card must pass, on the facts read for it: throws the
 * refusal (an AppError naming the field), or returns where the card belongs.
 */
export function checkNewCard(ctx: OutreachContext, input: CreateContactBody, facts: ContactFacts): CardPlace {
  const place = placeOf(ctx, input, facts.shift);
  checkPlace(input, facts.found);
  if (input.clientId) {
    if (!facts.clientStatus) throw fieldError('clientId', 'validation.invalid');
    if (facts.clientStatus === 'merged' || facts.clientStatus === 'anonymised')
      throw fieldError('clientId', 'validation.client_closed');
  }
  checkCardCatalogues(facts.items, input);
  return place;
}

/** A card sent again under its id: fine from the worker who recorded it, refused from anyone else. */
export function checkReplay(ctx: OutreachContext, recordedBy: string) {
  if (recordedBy !== ctx.userId) throw fieldError('id', 'validation.invalid');
}
