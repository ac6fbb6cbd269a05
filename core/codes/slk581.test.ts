import { describe, expect, it } from 'vitest';
import { CodeInputError } from './errors';
import { buildSlk581, slk581FirstNamePart, slk581Pattern, slk581SurnamePart } from './slk581';

describe('slk581SurnamePart', () => {
  it.each([
    ['Smith', 'MIH'],
    ['Smith-Jones', 'MIH'],
    ["O'Brien", 'BRE'],
    ['Citizen', 'ITZ'],
    ['Farr', 'AR2'],
    ['Ng', 'G22'],
    ['O', '222'],
    ['van der Berg', 'ANE'],
    ['Dvořák', 'VOA'],
    [null, '999'],
    [undefined, '999'],
    ['   ', '999'],
  ])('%s → %s', (surname, expected) => {
    expect(slk581SurnamePart(surname)).toBe(expected);
  });
});

describe('slk581FirstNamePart', () => {
  it.each([
    ['Jane', 'AN'],
    ['Jo', 'O2'],
    ['Al', 'L2'],
    ['J', '22'],
    ['Mary-Ann', 'AR'],
    [null, '99'],
    ['', '99'],
  ])('%s → %s', (firstName, expected) => {
    expect(slk581FirstNamePart(firstName)).toBe(expected);
  });
});

describe('buildSlk581', () => {
  it('builds a full key: Jane Citizen, 1 Feb 1970, female → ITZAN010219702', () => {
    const key = buildSlk581({
      surname: 'Citizen',
      firstName: 'Jane',
      dateOfBirth: '1970-02-01',
      sex: 'female',
    });
    expect(key).toBe('ITZAN010219702');
    expect(key).toMatch(slk581Pattern);
  });

  it('encodes every sex value', () => {
    const input = {
      surname: 'Smith',
      firstName: 'Jo',
      dateOfBirth: '1990-12-31',
    } as const;
    expect(buildSlk581({ ...input, sex: 'male' })).toBe('MIHO2311219901');
    expect(buildSlk581({ ...input, sex: 'female' })).toBe('MIHO2311219902');
    expect(buildSlk581({ ...input, sex: 'other' })).toBe('MIHO2311219903');
    expect(buildSlk581({ ...input, sex: 'not-stated' })).toBe('MIHO2311219909');
  });

  it('uses 999 and 99 for unknown names', () => {
    const key = buildSlk581({
      surname: null,
      firstName: '',
      dateOfBirth: '2000-12-19',
      sex: 'not-stated',
    });
    expect(key).toBe('99999191220009');
    expect(key).toMatch(slk581Pattern);
  });

  it.each([
    ['2001-02-29', 'dateOfBirth'],
    ['2000-13-01', 'dateOfBirth'],
    ['2000-04-31', 'dateOfBirth'],
    ['19-08-2000', 'dateOfBirth'],
    ['1850-01-01', 'dateOfBirth'],
  ])('refuses date %s', (dateOfBirth, field) => {
    const attempt = () =>
      buildSlk581({
        surname: 'Smith',
        firstName: 'Jo',
        dateOfBirth,
        sex: 'male',
      });
    expect(attempt).toThrow(CodeInputError);
    expect(attempt).toThrow(expect.objectContaining({ field }));
  });

  it('accepts 29 February in a leap year', () => {
    expect(
      buildSlk581({
        surname: 'Smith',
        firstName: 'Jo',
        dateOfBirth: '2000-02-29',
        sex: 'male',
      }),
    ).toBe('MIHO2290220001');
  });

  it('refuses an unknown sex value and a name with no usable letters', () => {
    const input = {
      surname: 'Smith',
      firstName: 'Jo',
      dateOfBirth: '2000-01-01',
      sex: 'male',
    } as const;
    // @ts-expect-error: proving the runtime check for untyped callers
    expect(() => buildSlk581({ ...input, sex: 'toString' })).toThrow(CodeInputError);
    expect(() => buildSlk581({ ...input, surname: 'Παπαδόπουλος' })).toThrow(CodeInputError);
  });
});
