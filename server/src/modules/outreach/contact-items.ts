import { v7 as uuidv7 } from 'uuid';
import type { CreateContactBody } from '#core/schemas/contacts';
import type { PendingWrite } from '../../platform/db/batch';
import type { Tx } from '../../platform/db/tenancy';

/**
 * Services and materials of a new contact; what was handed out leaves the
 * team's stock as a movement of its own (the balance is the sum of movements).
 * Built, not run: the caller sends them in one statement with its other writes.
 */
export function contactItemWrites(
  tx: Tx,
  organisationId: string,
  contactId: string,
  input: Pick<CreateContactBody, 'services' | 'materials'>,
  stock: { teamId: string | null; userId: string },
) {
  const inserts: PendingWrite[] = [];
  if (input.services.length > 0)
    inserts.push(
      tx.insertInto('contact_services').values(
        input.services.map((s) => ({
          organisation_id: organisationId,
          contact_id: contactId,
          service_id: s.serviceId,
          minutes: s.minutes,
        })),
      ),
    );
  if (input.materials.length > 0)
    inserts.push(
      tx.insertInto('contact_materials').values(
        input.materials.map((m) => ({
          organisation_id: organisationId,
          contact_id: contactId,
          material_id: m.materialId,
          quantity: m.quantity,
          returned: m.returned,
          secondary_for: m.secondaryFor,
        })),
      ),
    );
  const handedOut = input.materials.filter((m) => m.quantity > 0);
  if (stock.teamId && handedOut.length > 0)
    inserts.push(
      tx.insertInto('stock_movements').values(
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
      ),
    );
  return inserts;
}
