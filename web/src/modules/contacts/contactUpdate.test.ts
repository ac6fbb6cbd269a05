import { describe, expect, it } from 'vitest';
import { updateContactBody } from '#core/schemas/contacts';
import type { Contact } from '../../api/contacts';
import { correctionBody, correctionDraft } from './contactUpdate';

const topic = (n: number) => `01960000-0000-7000-8000-0000000004${String(n).padStart(2, '0')}`;
const contact: Contact = {
  id: '01960000-0000-7000-8000-000000000001',
  kind: 'repeat',
  clientId: '01960000-0000-7000-8000-000000000003',
  shiftId: '01960000-0000-7000-8000-000000000002',
  occurredAt: '2026-06-01T18:30:00.000Z',
  channel: 'street',
  teamId: null,
  areaId: null,
  spotId: null,
  workerId: null,
  durationMinutes: 15,
  topicIds: [topic(1), topic(2)],
  services: [],
  materials: [],
  referrals: [],
  followUp: { what: 'Pójść po dowód', dueOn: '2026-06-10', doneAt: '2026-06-05T10:00:00.000Z' },
  notes: 'Spokojna rozmowa.',
  initialSituation: null,
  changes: null,
  headCount: null,
  breakdown: null,
};

describe('correctionBody', () => {
  it('sends nothing for an untouched card, so a follow-up ticked off stays done', () => {
    const draft = correctionDraft(contact);
    expect(correctionBody(contact, { ...draft, topicIds: [topic(2), topic(1)] })).toEqual({});
  });

  it('sends only what changed; emptied texts and an emptied duration become null', () => {
    const draft = {
      ...correctionDraft(contact),
      notes: '  ',
      changes: ' Ma już zaświadczenie. ',
      durationMinutes: Number.NaN,
    };
    const body = correctionBody(contact, draft);
    expect(body).toEqual({ notes: null, changes: 'Ma już zaświadczenie.', durationMinutes: null });
    expect(updateContactBody.safeParse(body).success).toBe(true);
  });

  it('sends a changed follow-up, removes an emptied one, and sends a half-filled one so its missing half is named', () => {
    const draft = correctionDraft(contact);
    expect(correctionBody(contact, { ...draft, followUpDueOn: '2026-06-20' })).toEqual({
      followUp: { what: 'Pójść po dowód', dueOn: '2026-06-20' },
    });
    expect(correctionBody(contact, { ...draft, followUpWhat: '', followUpDueOn: '' })).toEqual({ followUp: null });
    const half = correctionBody({ ...contact, followUp: null }, { ...draft, followUpDueOn: '' });
    const result = updateContactBody.safeParse(half);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['followUp.dueOn']);
  });

  it('sends a changed set of topics', () => {
    const draft = { ...correctionDraft(contact), topicIds: [topic(1), topic(3)] };
    expect(correctionBody(contact, draft)).toEqual({ topicIds: [topic(1), topic(3)] });
  });
});
