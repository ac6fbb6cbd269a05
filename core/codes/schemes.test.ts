import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { anonymousCodeSchema, codeSchemeIds, czechIdKodInputSchema, slk581InputSchema } from './schemas';
import { buildCode, codeSchemes } from './schemes';

describe('codeSchemes', () => {
  it('has an entry for every scheme id, with fields named like the schema keys', () => {
    expect(Object.keys(codeSchemes).sort()).toEqual([...codeSchemeIds].sort());
    for (const id of codeSchemeIds) {
      const scheme = codeSchemes[id];
      expect(scheme.id).toBe(id);
      const keys = Object.keys(scheme.schema.shape ?? {}).sort();
      expect(scheme.fields.map((field) => field.name).sort()).toEqual(keys);
    }
  });

  it('builds codes from validated input', () => {
    expect(
      buildCode('cz-id-kod', {
        motherFirstName: 'Ludmila',
        clientFirstName: 'Tomáš',
        birthDay: 7,
        birthMonth: 8,
      }),
    ).toBe('LUD07TOM08');
    expect(
      buildCode('slk581', {
        surname: 'Citizen',
        firstName: 'Jane',
        dateOfBirth: '1970-02-01',
        sex: 'female',
      }),
    ).toBe('ITZAN010219702');
  });

  it('refuses invalid input with a ZodError naming the field', () => {
    const attempt = () =>
      buildCode('cz-id-kod', {
        motherFirstName: 'Ludmila',
        clientFirstName: 'Tomáš',
        birthDay: 31,
        birthMonth: 4,
      });
    expect(attempt).toThrow(ZodError);
    const result = czechIdKodInputSchema.safeParse({
      motherFirstName: '---',
      clientFirstName: 'Tom',
      birthDay: 1,
      birthMonth: 1,
      extra: 'x',
    });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((issue) => issue.path.join('.'));
    expect(paths).toContain('motherFirstName');
    expect(result.error?.issues.some((issue) => issue.code === 'unrecognized_keys')).toBe(true);
  });

  it('validates SLK-581 input', () => {
    const ok = {
      surname: null,
      firstName: 'Jo',
      dateOfBirth: '2000-02-29',
      sex: 'other',
    };
    expect(slk581InputSchema.safeParse(ok).success).toBe(true);
    expect(slk581InputSchema.safeParse({ ...ok, dateOfBirth: '2001-02-29' }).success).toBe(false);
    expect(slk581InputSchema.safeParse({ ...ok, sex: 'unknown' }).success).toBe(false);
    expect(slk581InputSchema.safeParse({ ...ok, surname: '.' }).success).toBe(false);
  });

  it('normalises a typed code and refuses an empty one', () => {
    expect(anonymousCodeSchema.parse(' lud-07 tom 08 ')).toBe('LUD07TOM08');
    expect(anonymousCodeSchema.safeParse(' - ').success).toBe(false);
  });
});
