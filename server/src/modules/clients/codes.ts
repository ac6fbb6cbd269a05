import { codeSchemes, hashCode, isTemporaryCode, makeTemporaryCode, normaliseCodePart } from '#core/codes/index';
import { organisationSettings } from '#core/schemas/organisation';
import { organisationCodeSecret } from '../../platform/crypto/code-secret';
import type { Tx } from '../../platform/db/tenancy';
import { fieldError } from '../../platform/errors';
import type { ClientContext } from './context';

/** A code ready to store: only its keyed hash, its kind, and a temporary code's own text. */
export interface StoredCode {
  hash: string;
  kind: 'full' | 'temporary';
  temporaryCode: string | null;
}

async function schemeOf(tx: Tx, organisationId: string) {
  const row = await tx
    .selectFrom('organisations')
    .select('settings')
    .where('id', '=', organisationId)
    .executeTakeFirstOrThrow();
  return codeSchemes[organisationSettings.parse(row.settings).anonymousCodeScheme];
}

/** The organisation's keyed hash of a normalised code (HMAC-SHA-256 under its own secret). */
export function hashFor(ctx: ClientContext, code: string): Promise<string> {
  return hashCode(organisationCodeSecret(ctx.codeSecretRoot, ctx.actor.organisationId), code);
}

/**
 * Checks a typed full code against the organisation's scheme and hashes it.
 * A temporary code typed here is refused: those are issued, not typed.
 */
export async function storedFullCode(tx: Tx, ctx: ClientContext, code: string, field = 'code'): Promise<StoredCode> {
  const normalised = normaliseCodePart(code);
  const scheme = await schemeOf(tx, ctx.actor.organisationId);
  if (isTemporaryCode(normalised) || !scheme.pattern.test(normalised))
    throw fieldError(field, 'validation.code_invalid');
  return { hash: await hashFor(ctx, normalised), kind: 'full', temporaryCode: null };
}

/** Issues the organisation's next temporary code (NCC0001, NCC0002 …) atomically. */
export async function issueTemporaryCode(tx: Tx, ctx: ClientContext): Promise<StoredCode> {
  const org = ctx.actor.organisationId;
  const row = await tx
    .insertInto('temporary_code_counters')
    .values({ organisation_id: org, last_number: 1 })
    .onConflict((oc) =>
      oc
        .column('organisation_id')
        .doUpdateSet((eb) => ({ last_number: eb('temporary_code_counters.last_number', '+', 1) })),
    )
    .returning('last_number')
    .executeTakeFirstOrThrow();
  const temporaryCode = makeTemporaryCode(Number(row.last_number));
  return { hash: await hashFor(ctx, temporaryCode), kind: 'temporary', temporaryCode };
}

/** The hash to look a typed code up by, full or temporary; null when nothing code-like is left. */
export async function lookupHash(ctx: ClientContext, code: string): Promise<string | null> {
  const normalised = normaliseCodePart(code);
  return normalised.length === 0 ? null : hashFor(ctx, normalised);
}
