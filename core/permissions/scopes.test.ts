import { describe, expect, it } from 'vitest';
import { outreachScope } from './scopes';

describe('outreachScope', () => {
  it('follows the roles table: all, own + team, own only, none', () => {
    expect(outreachScope(['coordinator'])).toBe('all');
    expect(outreachScope(['counsellor'])).toBe('all');
    expect(outreachScope(['outreach'])).toBe('team');
    expect(outreachScope(['peer'])).toBe('own');
    expect(outreachScope(['volunteer'])).toBe('own');
    expect(outreachScope(['viewer'])).toBeNull();
    expect(outreachScope(['reception'])).toBeNull();
  });
  it('takes the widest scope of several roles', () => {
    expect(outreachScope(['peer', 'outreach'])).toBe('team');
    expect(outreachScope(['volunteer', 'viewer'])).toBe('own');
  });
});
