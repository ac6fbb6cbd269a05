import { describe, expect, it } from 'vitest';
import { asLocale, localeFromAcceptLanguage } from './locales';
import { translate } from './translate';
import { translateIssues } from './validation';

describe('translate', () => {
  it('picks Polish, Czech and Ukrainian plural forms by CLDR rules', () => {
    const key = 'validation.too_big_string';
    expect([1, 2, 5, 22, 25].map((count) => translate('pl', key, { count }))).toEqual([
      'Wpisz najwyżej 1 znak.',
      'Wpisz najwyżej 2 znaki.',
      'Wpisz najwyżej 5 znaków.',
      'Wpisz najwyżej 22 znaki.',
      'Wpisz najwyżej 25 znaków.',
    ]);
    expect([1, 3, 5].map((count) => translate('cs', key, { count }))).toEqual([
      'Zadejte nejvýše 1 znak.',
      'Zadejte nejvýše 3 znaky.',
      'Zadejte nejvýše 5 znaků.',
    ]);
    expect([1, 2, 5].map((count) => translate('uk', key, { count }))).toEqual([
      'Введіть щонайбільше 1 символ.',
      'Введіть щонайбільше 2 символи.',
      'Введіть щонайбільше 5 символів.',
    ]);
    expect(translate('en', key, { count: 1 })).toBe('Use at most 1 character.');
  });

  it('falls back to English, then to the key', () => {
    expect(translate('pl', 'errors.no_such_key')).toBe('errors.no_such_key');
  });
});

describe('locales', () => {
  it('reads Accept-Language by quality', () => {
    expect(localeFromAcceptLanguage('de-DE,de;q=0.9,cs;q=0.8,en;q=0.5')).toBe('cs');
    expect(localeFromAcceptLanguage('uk-UA')).toBe('uk');
    expect(localeFromAcceptLanguage('fr')).toBeUndefined();
    expect(asLocale('PL')).toBe('pl');
  });
});

describe('translateIssues', () => {
  it('turns zod issues into per-field messages, unknown keys included', () => {
    const fields = translateIssues(
      [
        { code: 'invalid_type', path: ['email'], expected: 'string', input: undefined },
        { code: 'unrecognized_keys', path: [], keys: ['extra'] },
        { code: 'too_small', path: ['roles'], origin: 'array', minimum: 1 },
        { code: 'invalid_format', path: ['email2'], format: 'email' },
      ],
      'pl',
      '',
    );
    expect(fields).toEqual({
      email: 'Pole wymagane.',
      extra: 'To pole jest niedozwolone.',
      roles: 'Wybierz co najmniej 1 pozycję.',
      email2: 'Podaj prawidłowy adres e-mail.',
    });
    expect(
      Object.keys(translateIssues([{ code: 'invalid_type', path: ['page'], input: 'x' }], 'en', 'querystring')),
    ).toEqual(['querystring.page']);
  });
});
