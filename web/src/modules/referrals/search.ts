import { compact, positiveInt } from '../../app/search';

/** The follow-up list's address: overdue ones only (`overdue=true`), the page. */
export interface ReferralsSearch {
  overdue?: boolean;
  page?: number;
}

/** The router reads `overdue=true` as a boolean; a link written by hand may carry the string. */
export const validateReferralsSearch = (s: Record<string, unknown>): ReferralsSearch =>
  compact({
    overdue: s.overdue === true || s.overdue === 'true' ? true : undefined,
    page: positiveInt(s.page),
  });
