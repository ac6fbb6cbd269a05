import { v7 as uuidv7 } from 'uuid';
import type { CreateContactBody } from '#core/schemas/contacts';
import type { Tx } from '../../platform/db/tenancy';
import { checkCatalogueItems } from './catalogue-check';

/** Every catalogue reference of a contact must be an active item of the right catalogue. */
export async function checkContactCatalogues(
  tx: Tx,
  input: Pick<CreateContactBody, 'topicIds' | 'services' | 'materials' | 'referrals' | 'breakdown'>,
) {
  await checkCatalogueItems(tx, 'topic', input.topicIds, 'topicIds');
  await checkCatalogueItems(
    tx,
    'service',
    input.services.map((s) => s.serviceId),
    'services',
  );
  await checkCatalogueItems(
    tx,
    'material',
    input.materials.map((m) => m.materialId),
    'materials',
  );
  const reasons = input.referrals.map((r) => r.reasonId).filter((r): r is string => r !== null);
  await checkCatalogueItems(tx, 'referral_reason', reasons, 'referrals');
  const groups = input.breakdown?.targetGroups.map((g) => g.targetGroupId) ?? [];
  await checkCatalogueItems(tx, 'target_group', groups, 'breakdown.targetGroups');
}

/**
 * Services and materials of a new contact; what was handed out leaves the
 * team's stock as a movement of its own (the balance is the sum of movements).
 */
export async function insertContactItems(
  tx: Tx,
  organisationId: string,
  contactId: string,
  input: Pick<CreateContactBody, 'services' | 'materials'>,
  stock: { teamId: string | null; userId: string },
) {
  if (input.services.length > 0)
    await tx
      .insertInto('contact_services')
      .values(
        input.services.map((s) => ({
          organisation_id: organisationId,
          contact_id: contactId,
          service_id: s.serviceId,
          minutes: s.minutes,
        })),
      )
      .execute();
  if (input.materials.length === 0) return;
  await tx
    .insertInto('contact_materials')
    .values(
      input.materials.map((m) => ({
        organisation_id: organisationId,
        contact_id: contactId,
        material_id: m.materialId,
        quantity: m.quantity,
        returned: m.returned,
        secondary_for: m.secondaryFor,
      })),
    )
    .execute();
  const handedOut = input.materials.filter((m) => m.quantity > 0);
  if (stock.teamId && handedOut.length > 0)
    await tx
      .insertInto('stock_movements')
      .values(
        handedOut.map((m) => ({
          organisation_id: organisationId,
          id: uuidv7(),
          material_id: m.materialId,
          team_id: stock.teamId,
          kind: 'handed_out',
          quantity: -m.quantity,
          contact_id: contactId,
          recorded_by: stock.userId,
        })),
      )
      .execute();
}
