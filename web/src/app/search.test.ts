import { describe, expect, it } from 'vitest';
import { text, validateFollowUpsSearch } from './search';

describe('search params', () => {
  it('keep a flag the router parsed as a boolean (a reloaded ?overdue=true)', () => {
    expect(text(true)).toBe('true');
    expect(text(false)).toBe('false');
    expect(validateFollowUpsSearch({ overdue: true })).toEqual({ overdue: 'true' });
    expect(validateFollowUpsSearch({ overdue: 'true' })).toEqual({ overdue: 'true' });
  });

  it('drop what is not text', () => {
    expect(text('')).toBeUndefined();
    expect(text({})).toBeUndefined();
    expect(text(null)).toBeUndefined();
  });
});
