import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/app';
import type { ApiClient } from '../../../test/client';
import { backupDatabase } from '../../platform/db/backup';

/**
 * What leaves the server in bulk never carries a discipline's notes or a test
 * result in the clear: not the backup file an operator copies off the machine,
 * not the change feed a phone downloads, not the person's timeline sources.
 */
let t: TestApp;
let psych: ApiClient;
let medic: ApiClient;
let outreach: ApiClient;
let dir: string;
let appointment: string;

const notes = 'Speaks of the client who hurt her last week; afraid to go back to work; sleeps at a friend’s.';

beforeAll(async () => {
  t = await startTestApp();
  const org = await t.organisation('Exports org');
  const psychologist = await t.user(org, ['counsellor'], { disciplines: ['psychological'] });
  psych = await t.as(psychologist);
  medic = await t.as(await t.user(org, ['counsellor'], { disciplines: ['medical'] }));
  outreach = await t.as(await t.user(org, ['outreach']));
  const person = (await psych.post('/api/clients', { pseudonym: 'Wera' })).body.id as string;
  const booked = await psych.post('/api/appointments', {
    clientId: person,
    counsellorId: psychologist.id,
    discipline: 'psychological',
    startsAt: new Date(Date.now() - 3_600_000).toISOString(),
    place: 'outreach',
  });
  expect(booked.status, JSON.stringify(booked.body)).toBe(201);
  appointment = booked.body.id;
  expect((await psych.post(`/api/appointments/${appointment}/status`, { status: 'done' })).status).toBe(200);
  expect((await psych.put(`/api/appointments/${appointment}/notes`, { notes })).status).toBe(200);
  const hiv = (await medic.get('/api/catalogues?kind=test_type')).body.items.find(
    (i: { key: string }) => i.key === 'hiv',
  );
  const test = await medic.post('/api/health-tests', {
    clientId: person,
    testTypeId: hiv.id,
    testedOn: new Date().toISOString().slice(0, 10),
    result: 'reactive',
    linkage: 'referred',
  });
  expect(test.status, JSON.stringify(test.body)).toBe(201);
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'kontakt-exports-'));
});
afterAll(async () => {
  await t.close();
  await fs.rm(dir, { recursive: true, force: true });
});

describe('sealed notes and results in bulk exports', () => {
  it('are ciphertext in a backup of the whole database', async () => {
    const file = path.join(dir, 'backup.kbk.gz');
    const client = new pg.Client({ connectionString: t.db.ownerUrl });
    await client.connect();
    try {
      await backupDatabase(client, file);
    } finally {
      await client.end();
    }
    const text = gunzipSync(await fs.readFile(file)).toString('utf8');
    expect(text).toContain(appointment);
    expect(text).not.toContain('afraid to go back');
    // The result is sealed with the linkage: neither word is stored beside the test.
    const { rows } = await t.db.ownerPool.query(`SELECT to_jsonb(h)::text AS row FROM health_tests h`);
    expect(rows).toHaveLength(1);
    expect(rows[0].row).not.toMatch(/reactive|referred/);
  });

  it('never reach a phone through the change feed', async () => {
    for (const reader of [outreach, psych]) {
      const feed = await reader.get('/api/sync/changes?limit=1000');
      // A reader without field sync is refused outright; one with it gets no note or result.
      expect([200, 403]).toContain(feed.status);
      expect(JSON.stringify(feed.body)).not.toContain('afraid to go back');
      expect(JSON.stringify(feed.body)).not.toContain('reactive');
    }
    expect((await outreach.get('/api/sync/changes?limit=1000')).status).toBe(200);
  });
});
