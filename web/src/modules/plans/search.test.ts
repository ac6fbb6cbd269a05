import { describe, expect, it } from 'vitest';
import { validatePlansDueSearch } from './search';

describe('the due list’s address', () => {
  it('reads days and "mine only" as the router parses them, or as typed', () => {
    expect(validatePlansDueSearch({ days: 7, mine: false })).toEqual({ days: 7, mine: false });
    expect(validatePlansDueSearch({ days: '0', mine: 'true' })).toEqual({ days: 0, mine: true });
    expect(validatePlansDueSearch({ days: 90 })).toEqual({ days: 90 });
  });

  it('drops what the server would refuse', () => {
    expect(validatePlansDueSearch({ days: 91, mine: 'yes' })).toEqual({});
    expect(validatePlansDueSearch({ days: -1 })).toEqual({});
    expect(validatePlansDueSearch({ days: 2.5 })).toEqual({});
    expect(validatePlansDueSearch({ days: '' })).toEqual({});
    expect(validatePlansDueSearch({ days: 'soon', other: 1 })).toEqual({});
  });
});
