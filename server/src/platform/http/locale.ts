import type { FastifyRequest } from 'fastify';
import { asLocale, defaultLocale, type Locale, localeFromAcceptLanguage } from '#core/i18n/locales';

/**
 * The language to answer in: the signed-in user's choice, else the browser's
 * Accept-Language, else English.
 */
export function requestLocale(request: FastifyRequest): Locale {
  return (
    asLocale(request.auth?.user.locale) ?? localeFromAcceptLanguage(request.headers['accept-language']) ?? defaultLocale
  );
}
