import { describe, expect, it } from 'vitest';
import { validateReferralsSearch } from './search';

describe('the follow-up list’s address', () => {
  it('reads "overdue only" as the router parses it, or as typed, and drops anything else', () => {
    expect(validateReferralsSearch({ overdue: true, page: 2 })).toEqual({ overdue: true, page: 2 });
    expect(validateReferralsSearch({ overdue: 'true' })).toEqual({ overdue: true });
    expect(validateReferralsSearch({ overdue: 'no', page: -1 })).toEqual({});
  });
});
