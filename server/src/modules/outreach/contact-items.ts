import { v7 as uuidv7 } from 'uuid';
import type { CreateContactBody } from '#core/schemas/contacts';
import type { PendingWrite } from '../../platform/db/batch';
import type { Tx } from '../../platform/db/tenancy';

/** A new card's line items and the team whose stock its materials leave. */
export interface CardItems {
  contactId: string;
  input: Pick<CreateContactBody, 'services' | 'materials'>;
  teamId: string | null;
}

/**
 * Services and materials of new contacts; what was handed out leaves the
 * team's stock as a movement of its own (the balance is the sum of movements).
 * One insert per table however many cards: built, not run — the caller sends
 * them in one statement with its other writes.
 */
export function contactItemWrites(tx: Tx, organisationId: string, cards: readonly CardItems[], userId: string) {
  const services = cards.flatMap((c) =>
    c.input.services.map((s) => ({
      organisation_id: organisationId,
      contact_id: c.contactId,
      service_id: s.serviceId,
      minutes: s.minutes,
    })),
  );
  const materials = cards.flatMap((c) =>
    c.input.materials.map((m) => ({
      organisation_id: organisationId,
      contact_id: c.contactId,
      material_id: m.materialId,
      quantity: m.quantity,
      returned: m.returned,
      secondary_for: m.secondaryFor,
    })),
  );
  const movements = cards.flatMap((c) =>
    c.teamId
      ? c.input.materials
          .filter((m) => m.quantity > 0)
          .map((m) => ({
            organisation_id: organisationId,
            id: uuidv7(),
            material_id: m.materialId,
            team_id: c.teamId as string,
            kind: 'handed_out',
            quantity: -m.quantity,
            contact_id: c.contactId,
            recorded_by: userId,
          }))
      : [],
  );
  const inserts: PendingWrite[] = [];
  if (services.length > 0) inserts.push(tx.insertInto('contact_services').values(services));
  if (materials.length > 0) inserts.push(tx.insertInto('contact_materials').values(materials));
  if (movements.length > 0) inserts.push(tx.insertInto('stock_movements').values(movements));
  return inserts;
}
