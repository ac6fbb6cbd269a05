import { inflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/app';
import type { ApiClient } from '../../../test/client';

let t: TestApp;
let w: ApiClient;
let viewer: ApiClient;
let shiftId: string;

beforeAll(async () => {
  t = await startTestApp();
  const org = await t.organisation('Print');
  const worker = await t.user(org, ['outreach']);
  w = await t.as(worker);
  await w.patch('/api/me', { locale: 'pl' });
  viewer = await t.as(await t.user(org, ['viewer']));
  const coordinator = await t.as(await t.user(org, ['coordinator']));
  const teamId = (await coordinator.post('/api/teams', { name: 'Zespół', memberIds: [worker.id] })).body.id;
  shiftId = (
    await w.post('/api/shifts', {
      teamId,
      date: '2026-11-20',
      plannedStart: '18:00',
      plannedEnd: '22:00',
      channel: 'street',
    })
  ).body.id;
  await w.post(`/api/shifts/${shiftId}/open`);
  const client = (await w.post('/api/clients', { pseudonym: 'Zofia Żółkiewska' })).body.id;
  await w.post('/api/contacts', { kind: 'first', clientId: client, shiftId, notes: 'poufna notatka' });
  await w.patch(`/api/shifts/${shiftId}`, { narrative: 'Spokojny wieczór' });
});
afterAll(() => t.close());

/** The text drawn in a pdfkit PDF: its content streams, inflated, with the glyph runs as written. */
function pdfStreams(pdf: Buffer): string {
  const text = pdf.toString('latin1');
  let out = '';
  for (const match of text.matchAll(/stream\r?\n([\s\S]*?)endstream/g)) {
    try {
      out += inflateSync(Buffer.from(match[1] ?? '', 'latin1')).toString('latin1');
    } catch {
      // font programs and images are not content streams
    }
  }
  return out;
}

describe('printing', () => {
  it('prints the work report as a PDF in the reader’s language, naming nobody', async () => {
    const res = await w.request('GET', `/api/shifts/${shiftId}/report.pdf`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('application/pdf');
    const pdf = res.raw.rawPayload;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(5_000);
    // Embedded subset fonts hide the words, but never the person: no pseudonym and no note may be drawn.
    const drawn = pdfStreams(pdf);
    expect(drawn.length).toBeGreaterThan(0);
    expect(pdf.toString('latin1')).not.toMatch(/Zofia|poufna/);
  });

  it('prints blank first and repeat contact cards', async () => {
    for (const kind of ['first', 'repeat']) {
      const res = await w.request('GET', `/api/print/contact-cards/${kind}`);
      expect(res.status).toBe(200);
      expect(res.raw.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    }
    expect((await w.get('/api/print/contact-cards/other')).status).toBe(400);
  });

  it('refuses roles without the records', async () => {
    expect((await viewer.request('GET', `/api/shifts/${shiftId}/report.pdf`)).status).toBe(403);
    expect((await viewer.request('GET', '/api/print/contact-cards/first')).status).toBe(403);
  });
});
