import { describe, expect, it } from 'vitest';
import { CodeInputError } from './errors';
import { buildSlk581 } from './slk581';
import { isTemporaryCode, makeTemporaryCode, temporaryCodeNumber } from './temporary';

describe('temporary codes', () => {
  it('pads the number to four digits', () => {
    expect(makeTemporaryCode(42)).toBe('NCC0042');
    expect(makeTemporaryCode(1)).toBe('NCC0001');
    expect(makeTemporaryCode(123456)).toBe('NCC123456');
  });

  it('refuses numbers that are not positive integers', () => {
    for (const n of [0, -1, 1.5, Number.NaN, 1e10, Number.MAX_SAFE_INTEGER + 1]) {
      expect(() => makeTemporaryCode(n)).toThrow(CodeInputError);
    }
  });

  it('recognises temporary codes in any case and spacing', () => {
    expect(isTemporaryCode('NCC0042')).toBe(true);
    expect(isTemporaryCode('ncc-0042')).toBe(true);
    expect(temporaryCodeNumber('ncc 0042')).toBe(42);
  });

  it('does not mistake full codes for temporary ones', () => {
    expect(isTemporaryCode('LUD07TOM08')).toBe(false);
    expect(isTemporaryCode('NCC12')).toBe(false);
    expect(isTemporaryCode('NCCX0042')).toBe(false);
    // Surname letters N, C, C and an unknown first name: NCC + 11 digits.
    const slk = buildSlk581({
      surname: 'ANCXC',
      firstName: null,
      dateOfBirth: '1990-01-01',
      sex: 'male',
    });
    expect(slk).toBe('NCC99010119901');
    expect(isTemporaryCode(slk)).toBe(false);
    expect(temporaryCodeNumber(slk)).toBeNull();
  });
});
