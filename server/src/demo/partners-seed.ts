import { createPartnerBody, createPartnerLocationBody, createPartnerServiceBody } from '#core/schemas/partners';
import { createLocation, createPartner, createService } from '../modules/partners/index';
import type { AuditActor } from '../platform/audit/record';
import type { Tx } from '../platform/db/tenancy';
import type { DemoPartner } from './partners-data';

/** Fills the directory through the same services (and the same validation) the API uses. */
export async function seedPartnersDemo(tx: Tx, actor: AuditActor, partners: readonly DemoPartner[]): Promise<void> {
  for (const p of partners) {
    const partner = await createPartner(tx, actor, createPartnerBody.parse(p.partner));
    const places = new Map<string, string>();
    for (const place of p.places) {
      const made = await createLocation(
        tx,
        actor,
        createPartnerLocationBody.parse({ ...place, partnerId: partner.id }),
      );
      places.set(place.name, made.id);
    }
    for (const { at, ...service } of p.services)
      await createService(
        tx,
        actor,
        createPartnerServiceBody.parse({
          ...service,
          partnerId: partner.id,
          locationIds: at.map((n) => places.get(n)),
        }),
      );
  }
}
