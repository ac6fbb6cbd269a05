import { expect } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/app';
import type { ApiClient } from '../../../test/client';

/**
 * The fixtures the housing integration tests share: an organisation with a
 * night shelter and a hostel, a user of each role that matters, a coordinator
 * of another organisation, and short helpers. One kit per test file (each file
 * has its own database and its own copy of this module).
 */
export interface HousingKit {
  t: TestApp;
  org: string;
  admin: ApiClient;
  coordinator: ApiClient;
  reception: ApiClient;
  outreach: ApiClient;
  volunteer: ApiClient;
  viewer: ApiClient;
  otherOrg: ApiClient;
  siteId: string;
  otherSiteId: string;
}

let current: HousingKit | null = null;
function kit(): HousingKit {
  if (!current) throw new Error('startHousingKit() first');
  return current;
}

/** The organisation's date (its time zone), as the server counts stays. */
export const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Warsaw' }).format(new Date());
export const addDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

export async function startHousingKit(): Promise<HousingKit> {
  const t = await startTestApp();
  const org = await t.organisation('Shelter org');
  const admin = await t.as(await t.user(org, ['admin']));
  const site = (name: string, type: string, capacityBeds: number | null) =>
    admin.post('/api/sites', { name, type, capacityBeds }).then((r) => r.body.id as string);
  current = {
    t,
    org,
    admin,
    coordinator: await t.as(await t.user(org, ['coordinator'])),
    reception: await t.as(await t.user(org, ['reception'])),
    outreach: await t.as(await t.user(org, ['outreach'])),
    volunteer: await t.as(await t.user(org, ['volunteer'])),
    viewer: await t.as(await t.user(org, ['viewer'])),
    otherOrg: await t.as(await t.user(await t.organisation('Elsewhere'), ['coordinator', 'admin'])),
    siteId: await site('Night shelter', 'night_shelter', 4),
    otherSiteId: await site('Hostel', 'hostel', null),
  };
  return current;
}

export async function count(table: string, where = 'true'): Promise<number> {
  const { rows } = await kit().t.db.ownerPool.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`);
  return rows[0].n;
}
export const audits = () => count('audit_events');

/** A new night shelter with no units yet. */
export async function newSite(name: string, capacityBeds: number | null = null): Promise<string> {
  const res = await kit().admin.post('/api/sites', { name, type: 'night_shelter', capacityBeds });
  expect(res.status).toBe(201);
  return res.body.id;
}

/** A new person (pseudonym only). */
export async function person(pseudonym: string): Promise<string> {
  const res = await kit().coordinator.post('/api/clients', { pseudonym });
  expect(res.status).toBe(201);
  return res.body.id;
}

/** A new bed or room, by reception, at the night shelter unless told. */
export async function unit(label: string, kind = 'bed', site = kit().siteId): Promise<string> {
  const res = await kit().reception.post(`/api/sites/${site}/units`, { label, kind });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id;
}

/** Reception places a person (the answer is the test's to check). */
export function place(clientId: string, unitId: string, startOn = today, plannedEndOn?: string) {
  return kit().reception.post('/api/placements', {
    clientId,
    unitId,
    startOn,
    ...(plannedEndOn ? { plannedEndOn } : {}),
  });
}

/** Runs a request that must be refused with `status`, and proves it changed nothing. */
export async function refused<R extends { status: number; body: unknown }>(
  send: () => Promise<R>,
  status: number,
): Promise<R> {
  const before = { audits: await audits(), placements: await count('housing_placements') };
  const res = await send();
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(await audits()).toBe(before.audits);
  expect(await count('housing_placements')).toBe(before.placements);
  return res;
}
