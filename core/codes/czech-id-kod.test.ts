import { describe, expect, it } from 'vitest';
import { buildCzechIdKod, czechIdKodPattern } from './czech-id-kod';
import { CodeInputError } from './errors';

const base = {
  motherFirstName: 'Ludmila',
  clientFirstName: 'Tomáš',
  birthDay: 7,
  birthMonth: 8,
};

describe('buildCzechIdKod', () => {
  it('builds the published example Ludmila / Tomáš / 7 August → LUD07TOM08', () => {
    const code = buildCzechIdKod(base);
    expect(code).toBe('LUD07TOM08');
    expect(code).toMatch(czechIdKodPattern);
  });

  it('normalises names before taking letters', () => {
    expect(
      buildCzechIdKod({
        ...base,
        motherFirstName: 'Žaneta',
        clientFirstName: 'Čeněk',
      }),
    ).toBe('ZAN07CEN08');
    expect(
      buildCzechIdKod({
        ...base,
        motherFirstName: ' an-na ',
        clientFirstName: "O'Neil",
      }),
    ).toBe('ANN07ONE08');
    expect(
      buildCzechIdKod({
        ...base,
        motherFirstName: 'Олена',
        clientFirstName: 'Юрій',
      }),
    ).toBe('OLE07YUR08');
  });

  it('pads names shorter than three letters with X', () => {
    expect(buildCzechIdKod({ ...base, motherFirstName: 'Bo', clientFirstName: 'Å' })).toBe('BOX07AXX08');
  });

  it('zero-pads day and month', () => {
    expect(buildCzechIdKod({ ...base, birthDay: 31, birthMonth: 12 })).toBe('LUD31TOM12');
    expect(buildCzechIdKod({ ...base, birthDay: 1, birthMonth: 1 })).toBe('LUD01TOM01');
  });

  it('accepts 29 February because the year is not known', () => {
    expect(buildCzechIdKod({ ...base, birthDay: 29, birthMonth: 2 })).toBe('LUD29TOM02');
  });

  it.each([
    [{ birthDay: 0 }, 'birthDay'],
    [{ birthDay: 32 }, 'birthDay'],
    [{ birthDay: 31, birthMonth: 4 }, 'birthDay'],
    [{ birthDay: 30, birthMonth: 2 }, 'birthDay'],
    [{ birthDay: 7.5 }, 'birthDay'],
    [{ birthMonth: 0 }, 'birthMonth'],
    [{ birthMonth: 13 }, 'birthMonth'],
    [{ motherFirstName: ' - ' }, 'motherFirstName'],
    [{ clientFirstName: '123' }, 'clientFirstName'],
  ])('refuses %o', (change, field) => {
    const attempt = () => buildCzechIdKod({ ...base, ...change });
    expect(attempt).toThrow(CodeInputError);
    expect(attempt).toThrow(expect.objectContaining({ field }));
  });

  it('does not put the input in the error message', () => {
    try {
      buildCzechIdKod({ ...base, clientFirstName: '!!!', birthDay: 7 });
      expect.unreachable();
    } catch (error) {
      expect(String(error)).not.toContain('!!!');
      expect(String(error)).not.toContain('Ludmila');
    }
  });
});
