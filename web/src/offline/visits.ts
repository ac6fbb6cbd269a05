import type { z } from 'zod';
import type { daySheet, occupancy, Visit } from '#core/schemas/visits';
import type { Site } from '../api/types';
import type { IndexedClient } from './clientIndex';
import type { FieldStore } from './store';

type DaySheet = z.infer<typeof daySheet>;
type Occupancy = z.infer<typeof occupancy>;
type ServiceInput = { serviceId: string; quantity?: number };

const dayMs = 86_400_000;

/** The phone's calendar day of an instant (the desk's own day). */
function dayOf(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * The visits this phone recorded and has not yet delivered, as the server would
 * answer them: each check-in in the outbox, with the services and the
 * check-out queued after it. What other desks recorded is not on the phone.
 */
export function queuedVisits(store: FieldStore): Visit[] {
  const visits = new Map<string, Visit>();
  for (const op of store.outbox()) {
    // A refused operation is the sync badge's to show, not a visit.
    if (op.state !== 'pending') continue;
    const p = op.payload as Record<string, unknown>;
    if (op.type === 'visit.check_in') {
      const clientId = (p.clientId as string | null | undefined) ?? null;
      const at = (p.checkedInAt as string | undefined) ?? op.createdAt;
      visits.set(op.recordId, {
        id: op.recordId,
        siteId: p.siteId as string,
        clientId,
        pseudonym: clientId ? (store.get<IndexedClient>('client', clientId)?.pseudonym ?? null) : null,
        headCount: (p.headCount as number | undefined) ?? 1,
        visitOn: dayOf(at),
        checkedInAt: at,
        checkedOutAt: null,
        services: ((p.services as ServiceInput[] | undefined) ?? []).map((s) => ({
          serviceId: s.serviceId,
          quantity: s.quantity ?? 1,
          recordedAt: at,
        })),
      });
    }
    const visit = visits.get(op.recordId);
    if (!visit) continue;
    if (op.type === 'visit.add_services')
      visit.services.push(
        ...((p.services as ServiceInput[]) ?? []).map((s) => ({
          serviceId: s.serviceId,
          quantity: s.quantity ?? 1,
          recordedAt: op.createdAt,
        })),
      );
    if (op.type === 'visit.check_out') visit.checkedOutAt = (p.checkedOutAt as string | undefined) ?? op.createdAt;
  }
  return [...visits.values()].sort((a, b) => b.checkedInAt.localeCompare(a.checkedInAt));
}

const stillIn = (v: Visit, now: number) => !v.checkedOutAt && now - Date.parse(v.checkedInAt) < dayMs;

/** A site's day sheet from the phone's own check-ins (offline). */
export function localDaySheet(store: FieldStore, siteId: string, date: string | undefined, now = Date.now()): DaySheet {
  const day = date ?? dayOf(new Date(now).toISOString());
  const items = queuedVisits(store).filter((v) => v.siteId === siteId && v.visitOn === day);
  const services = new Map<string, number>();
  for (const v of items)
    for (const s of v.services) services.set(s.serviceId, (services.get(s.serviceId) ?? 0) + s.quantity);
  return {
    siteId,
    date: day,
    items,
    totals: {
      visits: items.length,
      people: new Set(items.flatMap((v) => (v.clientId ? [v.clientId] : []))).size,
      anonymous: items.filter((v) => !v.clientId).reduce((n, v) => n + v.headCount, 0),
      present: items.filter((v) => stillIn(v, now)).reduce((n, v) => n + v.headCount, 0),
      services: [...services].map(([serviceId, quantity]) => ({ serviceId, quantity })),
    },
  };
}

/** Occupancy of the sites the phone holds, counting only its own check-ins (offline). */
export function localOccupancy(store: FieldStore, now = Date.now()): Occupancy {
  const visits = queuedVisits(store);
  const today = dayOf(new Date(now).toISOString());
  return {
    items: store
      .all<Site>('site')
      .filter((s) => s.active && s.type !== 'office')
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((s) => {
        const here = visits.filter((v) => v.siteId === s.id);
        return {
          siteId: s.id,
          name: s.name,
          type: s.type,
          capacityPlaces: s.capacityPlaces,
          capacityBeds: s.capacityBeds,
          present: here.filter((v) => stillIn(v, now)).reduce((n, v) => n + v.headCount, 0),
          visitsToday: here.filter((v) => v.visitOn === today).length,
        };
      }),
  };
}
