import { describe, expect, it } from 'vitest';
import { codeFromFacts } from './codeFacts';

describe('codeFromFacts', () => {
  it('builds the Czech ID kód live from the answers, with core’s normalisation', () => {
    expect(
      codeFromFacts('cz-id-kod', { clientFirstName: 'Tomáš', motherFirstName: 'Ludmila', birthDay: 7, birthMonth: 8 }),
    ).toEqual({ state: 'ok', code: 'LUD07TOM08' });
    expect(
      codeFromFacts('cz-id-kod', { clientFirstName: 'Юрій', motherFirstName: 'Олена', birthDay: 7, birthMonth: 8 }),
    ).toEqual({ state: 'ok', code: 'OLE07YUR08' });
  });

  it('tells "nothing typed" from "some answers missing" from "answers that make no code"', () => {
    expect(codeFromFacts('cz-id-kod', {})).toEqual({ state: 'empty' });
    expect(codeFromFacts('cz-id-kod', { clientFirstName: ' ', birthDay: Number.NaN })).toEqual({ state: 'empty' });
    expect(codeFromFacts('cz-id-kod', { clientFirstName: 'Tomáš' })).toEqual({ state: 'incomplete', problems: {} });
    expect(
      codeFromFacts('cz-id-kod', { clientFirstName: '123', motherFirstName: 'Ludmila', birthDay: 7 }),
    ).toMatchObject({ state: 'incomplete', problems: { clientFirstName: 'no-letters' } });
    expect(
      codeFromFacts('cz-id-kod', { clientFirstName: 'Tomáš', motherFirstName: 'Ludmila', birthDay: 31, birthMonth: 4 }),
    ).toEqual({ state: 'invalid', problems: { birthDay: 'invalid-day' } });
  });

  it('builds the SLK-581 with unknown names left empty', () => {
    expect(codeFromFacts('slk581', { dateOfBirth: '1970-02-01', sex: 'female' })).toEqual({
      state: 'ok',
      code: '99999010219702',
    });
    expect(
      codeFromFacts('slk581', { surname: 'Citizen', firstName: 'Jane', dateOfBirth: '1970-02-01', sex: 'female' }),
    ).toEqual({ state: 'ok', code: 'ITZAN010219702' });
    expect(codeFromFacts('slk581', { surname: 'Citizen', sex: 'female' })).toMatchObject({ state: 'incomplete' });
    expect(codeFromFacts('slk581', { dateOfBirth: '1970-02-30', sex: 'female' })).toEqual({
      state: 'invalid',
      problems: { dateOfBirth: 'invalid-date' },
    });
  });
});
