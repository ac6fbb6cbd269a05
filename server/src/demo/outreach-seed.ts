import type { Role } from '#core/roles';
import { createClient } from '../modules/clients/index';
import {
  createShift,
  openShift,
  recordContact,
  recordStockMovement,
  reviewShift,
  setStockThreshold,
  submitShift,
  updateShift,
} from '../modules/outreach/index';
import type { Keyring } from '../platform/crypto/keyring';
import type { Tx } from '../platform/db/tenancy';
import type { DemoOutreach, DemoShift } from './outreach-data';

export interface OutreachSeedContext {
  organisationId: string;
  keyring: Keyring;
  codeSecretRoot: Buffer;
  /** Demo users by their email local part (outreach, peer, coordinator…). */
  users: Map<string, string>;
  teams: Map<string, string>;
}

/** Both demo organisations' zone (Warsaw and Prague share it): "today" and the hours of the demo are theirs. */
const zone = 'Europe/Warsaw';
const dateIn = (t: number) => new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(new Date(t));
const dayOffset = (days: number) => dateIn(Date.now() + days * 86_400_000);

/** The instant at which the organisation's clocks show `hh:15` on `day`. */
function wallClock(day: string, hour: number): string {
  const asIfUtc = Date.parse(`${day}T${String(hour).padStart(2, '0')}:15:00Z`);
  const shown = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(new Date(asIfUtc));
  const part = (type: string) => Number(shown.find((p) => p.type === type)?.value);
  const offset = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute')) - asIfUtc;
  return new Date(asIfUtc - offset).toISOString();
}

/** The instant of `hour` o'clock on a shift's day; hours before its start belong to the next morning. */
function instant(shift: DemoShift, hour: number): string {
  const startHour = Number(shift.start.slice(0, 2));
  return wallClock(dayOffset(shift.day + (hour < startHour ? 1 : 0)), hour);
}

/**
 * Fills a demo organisation with people, stock and shifts in every state, all
 * recorded through the services the API uses (so audit, stock movements,
 * enrollments and encryption are what real use produces).
 */
export async function seedOutreachDemo(tx: Tx, ctx: OutreachSeedContext, demo: DemoOutreach): Promise<void> {
  const actorOf = (user: string) => ({
    organisationId: ctx.organisationId,
    userId: ctx.users.get(user) ?? null,
    sessionId: null,
    ip: null,
  });
  const outreachAs = (user: string, scope: 'all' | 'team' | 'own') => ({
    actor: actorOf(user),
    userId: ctx.users.get(user) ?? '',
    scope,
    keyring: ctx.keyring,
  });
  const catalogue = new Map(
    (await tx.selectFrom('catalogue_items').select(['kind', 'key', 'id']).execute()).map((c) => [
      `${c.kind}:${c.key}`,
      c.id,
    ]),
  );
  const item = (kind: string, key: string) => {
    const found = catalogue.get(`${kind}:${key}`);
    if (!found) throw new Error(`demo: no ${kind} ${key} in the catalogue`);
    return found;
  };
  const areas = new Map((await tx.selectFrom('areas').select(['name', 'id']).execute()).map((a) => [a.name, a.id]));
  const spots = new Map((await tx.selectFrom('spots').select(['name', 'id']).execute()).map((s) => [s.name, s.id]));

  const clientCtx = {
    actor: actorOf('outreach'),
    roles: ['outreach'] as Role[],
    keyring: ctx.keyring,
    codeSecretRoot: ctx.codeSecretRoot,
  };
  const people: string[] = [];
  for (const p of demo.people) {
    const created = await createClient(tx, clientCtx, {
      pseudonym: p.pseudonym,
      ...(p.code ? { code: p.code } : {}),
      temporaryCode: p.code === null,
      gender: p.gender,
      birthYear: p.birthYear,
      languages: [],
      targetGroupIds: p.targetGroups.map((g) => item('target_group', g)),
    });
    people.push(created.id);
  }

  const coordinator = outreachAs('coordinator', 'all');
  for (const s of demo.stock) {
    const holder = { teamId: ctx.teams.get(s.team) ?? null, siteId: null };
    const materialId = item('material', s.material);
    await recordStockMovement(tx, coordinator.actor, { ...holder, materialId, kind: 'received', quantity: s.received });
    await setStockThreshold(tx, coordinator.actor, { ...holder, materialId, threshold: s.threshold });
  }

  for (const s of demo.shifts) {
    const lead = outreachAs(s.members[0] ?? 'outreach', 'team');
    const shift = await createShift(tx, coordinator, {
      teamId: ctx.teams.get(s.team) ?? '',
      date: dayOffset(s.day),
      plannedStart: s.start,
      plannedEnd: s.end,
      channel: s.channel,
      areaId: areas.get(s.area) ?? null,
      spotIds: s.spots.map((n) => spots.get(n)).filter((id): id is string => !!id),
      memberIds: s.members.map((m) => ctx.users.get(m)).filter((id): id is string => !!id),
    });
    if (s.state === 'planned') continue;
    await openShift(tx, coordinator, shift.id);
    await updateShift(tx, coordinator, shift.id, {
      actualStart: instant(s, Number(s.start.slice(0, 2))),
      ...(s.state !== 'open' ? { actualEnd: instant(s, Number(s.end.slice(0, 2))) } : {}),
    });
    for (const c of s.contacts) {
      const by = c.kind === 'anonymous' && s.members.includes('peer') ? 'peer' : (s.members[0] ?? 'outreach');
      await recordContact(tx, outreachAs(by, by === 'peer' ? 'own' : 'team'), {
        kind: c.kind,
        clientId: c.person === null ? null : (people[c.person] ?? null),
        shiftId: shift.id,
        occurredAt: instant(s, c.hour),
        spotId: spots.get(c.spot) ?? null,
        durationMinutes: c.kind === 'anonymous' ? null : 15,
        topicIds: (c.topics ?? []).map((t) => item('topic', t)),
        services: (c.services ?? []).map((key) => ({ serviceId: item('service', key), minutes: 10 })),
        materials: c.materials.map(([key, quantity]) => ({
          materialId: item('material', key),
          quantity,
          returned: 0,
          secondaryFor: 0,
        })),
        referrals: c.referral ? [{ reasonId: item('referral_reason', c.referral), partnerName: null, note: null }] : [],
        followUp: c.followUp ? { what: c.followUp, dueOn: dayOffset(s.day + (c.followUpInDays ?? 7)) } : null,
        notes: c.notes ?? null,
        initialSituation: c.situation
          ? {
              housing: c.situation.housing,
              income: [],
              documents: c.situation.documents,
              health: null,
              needs: null,
              institutions: null,
            }
          : null,
        changes: c.changes ?? null,
        headCount: c.headCount ?? null,
        breakdown: null,
      });
    }
    if (s.state === 'open') continue;
    if (s.narrative) await updateShift(tx, lead, shift.id, { narrative: s.narrative });
    await submitShift(tx, coordinator, shift.id);
    if (s.state === 'approved') await reviewShift(tx, coordinator, shift.id, { approve: true });
    if (s.state === 'returned')
      await reviewShift(tx, coordinator, shift.id, { approve: false, comment: s.returnComment ?? '' });
  }
}
