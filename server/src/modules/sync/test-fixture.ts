import { expect } from 'vitest';
import type { TestApp, TestUser } from '../../../test/app';

/**
 * What the sync tests push operations against: a coordinator, the worker's
 * team, an open shift of today, a person to record contacts for, and a material.
 */
export async function openShiftFixture(t: TestApp, org: string, worker: TestUser) {
  const w = await t.as(worker);
  const coordinator = await t.as(await t.user(org, ['coordinator']));
  const teamId = (await coordinator.post('/api/teams', { name: 'Night', memberIds: [worker.id] })).body.id as string;
  const shift = await w.post('/api/shifts', {
    teamId,
    date: new Date().toISOString().slice(0, 10),
    plannedStart: '18:00',
    plannedEnd: '22:00',
    channel: 'street',
    memberIds: [worker.id],
  });
  const shiftId = shift.body.id as string;
  expect((await w.post(`/api/shifts/${shiftId}/open`)).status).toBe(200);
  const personId = (await w.post('/api/clients', { pseudonym: 'Marek' })).body.id as string;
  const condoms = (await coordinator.get('/api/catalogues/material')).body.items[0].id as string;
  return { w, coordinator, teamId, shiftId, personId, condoms };
}
