import { describe, expect, it } from 'vitest';
import { createReferralBody } from '#core/schemas/referrals';
import { addDays, defaultExpectedBy, isOpen, nextStatuses, type ReferralFormState, referralBody } from './logic';

const state: ReferralFormState = {
  partnerServiceId: '01900000-0000-7000-8000-000000000001',
  reasonId: null,
  referredOn: '2026-12-02',
  expectedBy: '2026-12-16',
  accompanied: true,
  consentGiven: true,
  shared: ['phone', 'pseudonym'],
};
const clientId = '01900000-0000-7000-8000-000000000002';
const contactId = '01900000-0000-7000-8000-000000000003';

describe('referral form', () => {
  it('expects an answer two weeks on, across months and years', () => {
    expect(defaultExpectedBy('2026-12-02')).toBe('2026-12-16');
    expect(defaultExpectedBy('2026-12-25')).toBe('2027-01-08');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });

  it('sends what the person agreed to share, in the schema’s order, and passes the core schema', () => {
    const body = referralBody(clientId, state, { source: 'client' });
    expect(body).toMatchObject({ shared: ['pseudonym', 'phone'], source: 'client', sourceId: null, notedIndex: null });
    expect(createReferralBody.safeParse(body).success).toBe(true);
  });

  it('shares nothing without consent, even what was ticked before consent was taken back', () => {
    const body = referralBody(clientId, { ...state, consentGiven: false }, { source: 'client' });
    expect(body.shared).toEqual([]);
    expect(createReferralBody.safeParse(body).success).toBe(true);
  });

  it('names the visit, appointment or card it is made from (a card without a noted line)', () => {
    const body = referralBody(clientId, state, { source: 'appointment', sourceId: contactId });
    expect(body).toMatchObject({ source: 'appointment', sourceId: contactId, notedIndex: null });
    expect(createReferralBody.safeParse(body).success).toBe(true);
    const fromCard = referralBody(clientId, state, { source: 'contact', sourceId: contactId });
    expect(fromCard).toMatchObject({ source: 'contact', sourceId: contactId, notedIndex: null });
  });

  it('names the noted line of the contact card it makes real, and leaves an empty "expected by" to the server', () => {
    const body = referralBody(
      clientId,
      { ...state, expectedBy: '' },
      { source: 'contact', sourceId: contactId, notedIndex: 1 },
    );
    expect(body).toMatchObject({ source: 'contact', sourceId: contactId, notedIndex: 1, expectedBy: null });
    expect(createReferralBody.safeParse(body).success).toBe(true);
  });

  it('is refused by the schema without a service', () => {
    const body = referralBody(clientId, { ...state, partnerServiceId: null }, { source: 'client' });
    expect(createReferralBody.safeParse(body).success).toBe(false);
  });

  it('offers the moves core allows; outcomes are final', () => {
    expect(nextStatuses('sent')).toEqual(['accepted', 'declined', 'completed', 'no_show']);
    expect(nextStatuses('accepted')).toContain('completed');
    expect(nextStatuses('completed')).toEqual([]);
    expect(isOpen('accepted')).toBe(true);
    expect(isOpen('no_show')).toBe(false);
  });
});
