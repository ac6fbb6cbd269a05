import type { Discipline, Role } from '#core/roles';
import {
  recordHealthTest,
  scheduleAppointment,
  setAppointmentStatus,
  writeAppointmentNotes,
} from '../modules/counselling/index';
import { checkIn, checkOut } from '../modules/dropin/index';
import { addToWaitingList, createPlacement, createUnit, endPlacement } from '../modules/housing/index';
import type { Keyring } from '../platform/crypto/keyring';
import type { Tx } from '../platform/db/tenancy';

export interface IndoorSeedContext {
  organisationId: string;
  keyring: Keyring;
  /** Demo users by their email local part. */
  users: Map<string, string>;
}

const zone = 'Europe/Warsaw';
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(new Date());
const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();
const dayOffset = (days: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(new Date(Date.now() + days * 86_400_000));

/**
 * What happens indoors in the Warsaw demo (S1 step 4, S3 step 1): people at the
 * drop-in, the warming shelter and the sanitary point today, a psychological
 * consultation with notes only psychologists read, an HIV test whose result
 * only medical staff see, the beds of the night shelter, the hostel and the two
 * re-adaptation flats with people placed and a waiting list (S3 step 2) — all
 * through the services the API uses.
 */
export async function seedIndoorDemo(tx: Tx, ctx: IndoorSeedContext): Promise<void> {
  const actor = (user: string) => ({
    organisationId: ctx.organisationId,
    userId: ctx.users.get(user) ?? null,
    sessionId: null,
    ip: null,
  });
  const as = (user: string, roles: Role[], disciplines: Discipline[] = []) => ({
    actor: actor(user),
    userId: ctx.users.get(user) ?? '',
    holder: { roles, disciplines },
    keyring: ctx.keyring,
  });
  const desk = { actor: actor('reception'), userId: ctx.users.get('reception') ?? '' };
  const site = async (type: string) =>
    (await tx.selectFrom('sites').select('id').where('type', '=', type).orderBy('name').executeTakeFirstOrThrow()).id;
  const person = async (pseudonym: string) =>
    (await tx.selectFrom('clients').select('id').where('pseudonym', '=', pseudonym).executeTakeFirstOrThrow()).id;
  const item = async (kind: string, key: string) =>
    (
      await tx
        .selectFrom('catalogue_items')
        .select('id')
        .where('kind', '=', kind)
        .where('key', '=', key)
        .executeTakeFirstOrThrow()
    ).id;

  const dropIn = await site('drop_in_centre');
  const warming = await site('warming_shelter');
  const sanitary = await site('sanitary_point');
  const [roksana, mira, zdzislaw] = [
    await person('Roksana'),
    await person('Mira z Wileńskiego'),
    await person('Pan Zdzisław'),
  ];
  const [shower, laundry, counselling] = [
    await item('service', 'shower'),
    await item('service', 'laundry'),
    await item('service', 'counselling'),
  ];

  // Today at the drop-in: Roksana in since two hours ago, after a shower; two guests who gave no name.
  await checkIn(tx, desk, {
    siteId: dropIn,
    clientId: roksana,
    headCount: 1,
    services: [{ serviceId: shower, quantity: 1 }],
    checkedInAt: hoursAgo(2),
  });
  await checkIn(tx, desk, { siteId: dropIn, clientId: null, headCount: 2, services: [], checkedInAt: hoursAgo(1) });
  // The sanitary point this morning (checked out), the warming shelter last night (still in).
  const washed = await checkIn(tx, desk, {
    siteId: sanitary,
    clientId: zdzislaw,
    headCount: 1,
    services: [
      { serviceId: shower, quantity: 1 },
      { serviceId: laundry, quantity: 1 },
    ],
    checkedInAt: hoursAgo(5),
  });
  await checkOut(tx, desk, washed.visit.id, { checkedOutAt: hoursAgo(4) });
  await checkIn(tx, desk, {
    siteId: warming,
    clientId: mira,
    headCount: 1,
    services: [{ serviceId: counselling, quantity: 1 }],
    checkedInAt: hoursAgo(3),
  });

  // Roksana's psychological consultation at the drop-in, done, with notes sealed for psychologists.
  const psych = as('counsellor.psych', ['counsellor'], ['psychological']);
  const consultation = await scheduleAppointment(tx, psych, {
    clientId: roksana,
    counsellorId: psych.userId,
    discipline: 'psychological',
    startsAt: hoursAgo(1.5),
    durationMinutes: 50,
    place: 'site',
    siteId: dropIn,
  });
  await setAppointmentStatus(tx, psych, consultation.id, { status: 'done' });
  await writeAppointmentNotes(
    tx,
    psych,
    consultation.id,
    'Demo: talks about sleeping badly since a violent client last month; agreed to meet again next week.',
  );
  // Next week's, and a legal consultation tomorrow.
  await scheduleAppointment(tx, psych, {
    clientId: roksana,
    counsellorId: psych.userId,
    discipline: 'psychological',
    startsAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
    durationMinutes: 50,
    place: 'site',
    siteId: dropIn,
  });
  const legal = as('counsellor.legal', ['counsellor'], ['legal']);
  await scheduleAppointment(tx, legal, {
    clientId: mira,
    counsellorId: legal.userId,
    discipline: 'legal',
    startsAt: new Date(Date.now() + 86_400_000).toISOString(),
    durationMinutes: 30,
    place: 'site',
    siteId: dropIn,
  });

  // Beds: the night shelter's first ten, the hostel's rooms, the flats' places; Pan Zdzisław moved into
  // flat 1 after two months in the hostel; Kuba in the hostel; Mira waits for flat 2.
  const coordinator = actor('coordinator');
  const beds = async (type: string, name: string | null, labels: string[], kind: 'bed' | 'room') => {
    let q = tx.selectFrom('sites').select('id').where('type', '=', type);
    if (name) q = q.where('name', '=', name);
    const siteId = (await q.orderBy('name').executeTakeFirstOrThrow()).id;
    const ids: string[] = [];
    for (const label of labels) ids.push((await createUnit(tx, coordinator, siteId, { label, kind })).id);
    return { siteId, ids };
  };
  const numbered = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix} ${i + 1}`);
  await beds('night_shelter', null, numbered('Łóżko', 10), 'bed');
  const hostel = await beds('hostel', null, numbered('Pokój', 6), 'room');
  const flat1 = await beds('re_adaptation_flat', 'Mieszkanie readaptacyjne 1', numbered('Miejsce', 3), 'bed');
  const flat2 = await beds('re_adaptation_flat', 'Mieszkanie readaptacyjne 2', numbered('Miejsce', 2), 'bed');
  const kuba = await person('Kuba spod bazaru');
  const inHostel = await createPlacement(tx, coordinator, {
    clientId: zdzislaw,
    unitId: hostel.ids[0] ?? '',
    startOn: dayOffset(-100),
    plannedEndOn: null,
  });
  await endPlacement(tx, coordinator, inHostel.id, { endOn: dayOffset(-40), outcome: 'other_facility' });
  await createPlacement(tx, coordinator, {
    clientId: zdzislaw,
    unitId: flat1.ids[0] ?? '',
    startOn: dayOffset(-40),
    plannedEndOn: dayOffset(140),
  });
  await createPlacement(tx, coordinator, {
    clientId: kuba,
    unitId: hostel.ids[1] ?? '',
    startOn: dayOffset(-12),
    plannedEndOn: dayOffset(78),
  });
  await addToWaitingList(tx, coordinator, flat2.siteId, { clientId: mira, priority: 'urgent', addedOn: dayOffset(-9) });

  // Roksana's HIV test today: a rapid test, non-reactive; only medical counsellors see it.
  const medic = as('counsellor.medical', ['counsellor'], ['medical']);
  await recordHealthTest(tx, medic, {
    clientId: roksana,
    testTypeId: await item('test_type', 'hiv'),
    testedOn: today(),
    method: 'rapid',
    siteId: dropIn,
    result: 'non_reactive',
    linkage: 'none',
    linkageOn: null,
  });
}
