import { compact } from '../../../app/search';

/** The referral and plan statistics' address: the period, as ISO days. */
export interface ReferralStatisticsSearch {
  from?: string;
  to?: string;
}

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/** A day as typed in a link, or nothing: the screen falls back to this month so far. */
const day = (value: unknown): string | undefined =>
  typeof value === 'string' && isoDay.test(value) ? value : undefined;

/**
 * Only the period is kept: the statistics routes refuse any other parameter
 * (and a malformed day), so nothing else found in the address may reach them.
 */
export const validateReferralStatisticsSearch = (s: Record<string, unknown>): ReferralStatisticsSearch =>
  compact({ from: day(s.from), to: day(s.to) });
