import { sql } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { defaultCatalogue } from '#core/catalogues/defaults';
import type { Locale } from '#core/i18n/locales';
import { type Organisation, type OrganisationSettings, organisationSettings } from '#core/schemas/organisation';
import { type AuditActor, recordAudit } from '../../platform/audit/record';
import type { Db } from '../../platform/db/pool';
import { type Tx, withTenant } from '../../platform/db/tenancy';
import { notFound } from '../../platform/errors';

export interface NewOrganisation {
  name: string;
  slug: string;
  defaultLocale: Locale;
  timeZone: string;
}

/**
 * Creates an organisation with default settings and the default catalogues in
 * four languages. Runs in its own tenant transaction (the new organisation's).
 */
export async function createOrganisation(db: Db, input: NewOrganisation): Promise<string> {
  const id = uuidv7();
  await withTenant(db, { organisationId: id, userId: null }, async (tx) => {
    await tx
      .insertInto('organisations')
      .values({
        id,
        name: input.name,
        slug: input.slug,
        default_locale: input.defaultLocale,
        time_zone: input.timeZone,
        settings: JSON.stringify(organisationSettings.parse({})),
      })
      .execute();
    await tx
      .insertInto('catalogue_items')
      .values(
        defaultCatalogue.map((item) => ({
          organisation_id: id,
          id: uuidv7(),
          kind: item.kind,
          key: item.key,
          labels: JSON.stringify(item.labels),
          unit: item.unit,
          sort_order: item.sortOrder,
        })),
      )
      .execute();
    await recordAudit(
      tx,
      { organisationId: id, userId: null, sessionId: null, ip: null },
      {
        action: 'organisation.created',
        entityType: 'organisation',
        entityId: id,
      },
    );
  });
  return id;
}

/** The organisation of the transaction, presented. */
export async function getOrganisation(tx: Tx, organisationId: string): Promise<Organisation> {
  const row = await tx.selectFrom('organisations').selectAll().where('id', '=', organisationId).executeTakeFirst();
  if (!row) throw notFound();
  return {
    id: row.id,
    name: row.name,
    defaultLocale: row.default_locale as Locale,
    timeZone: row.time_zone,
    settings: organisationSettings.parse(row.settings),
  };
}

/** Updates name, language, time zone or settings (settings merge field by field). */
export async function updateOrganisation(
  tx: Tx,
  actor: AuditActor,
  input: { name?: string; defaultLocale?: Locale; timeZone?: string; settings?: Partial<OrganisationSettings> },
): Promise<Organisation> {
  const current = await getOrganisation(tx, actor.organisationId);
  const settings = { ...current.settings, ...input.settings };
  await tx
    .updateTable('organisations')
    .set({
      name: input.name ?? current.name,
      default_locale: input.defaultLocale ?? current.defaultLocale,
      time_zone: input.timeZone ?? current.timeZone,
      settings: JSON.stringify(settings),
      updated_at: sql`now()`,
    })
    .where('id', '=', actor.organisationId)
    .execute();
  await recordAudit(tx, actor, {
    action: 'organisation.updated',
    entityType: 'organisation',
    entityId: actor.organisationId,
    details: { fields: Object.keys(input) },
  });
  return getOrganisation(tx, actor.organisationId);
}
