import { describe, expect, it } from 'vitest';
import { validateReferralStatisticsSearch } from './search';

describe('the referral statistics’ address', () => {
  it('keeps a period of ISO days', () => {
    expect(validateReferralStatisticsSearch({ from: '2026-11-01', to: '2026-11-30' })).toEqual({
      from: '2026-11-01',
      to: '2026-11-30',
    });
    expect(validateReferralStatisticsSearch({ to: '2026-11-30' })).toEqual({ to: '2026-11-30' });
  });

  it('drops malformed days and anything else, which the statistics routes would refuse', () => {
    expect(
      validateReferralStatisticsSearch({ from: '1.11.2026', to: 20261130, partnerId: 'x', page: 2, status: 'sent' }),
    ).toEqual({});
    expect(validateReferralStatisticsSearch({ from: '2026-11-01T00:00', to: '' })).toEqual({});
  });
});
