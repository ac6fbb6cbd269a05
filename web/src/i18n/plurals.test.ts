// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { changeLocale, i18next, initI18n } from './index';

describe('i18n at runtime', () => {
  it('picks Polish and Czech plural forms (one / few / many)', async () => {
    await initI18n('pl');
    const t = i18next.getFixedT('pl');
    expect([1, 2, 5, 22, 25].map((count) => t('sessions.caption', { count }))).toEqual([
      '1 zalogowane urządzenie',
      '2 zalogowane urządzenia',
      '5 zalogowanych urządzeń',
      '22 zalogowane urządzenia',
      '25 zalogowanych urządzeń',
    ]);
    await changeLocale('cs');
    const c = i18next.getFixedT('cs');
    expect([1, 3, 5].map((count) => c('users.count', { count }))).toEqual(['1 uživatel', '3 uživatelé', '5 uživatelů']);
  });

  it('reaches the API error messages from core through the same t()', async () => {
    await changeLocale('uk');
    expect(i18next.t('errors.forbidden')).not.toBe('errors.forbidden');
    expect(i18next.t('nav.users')).toBe('Користувачі');
  });

  it('keeps <html lang> and the stored choice in step with the UI language', async () => {
    await changeLocale('cs');
    expect(document.documentElement.lang).toBe('cs');
    expect(localStorage.getItem('kontakt.locale')).toBe('cs');
  });
});
