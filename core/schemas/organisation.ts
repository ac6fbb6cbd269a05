import { z } from 'zod';
import { codeSchemeIds } from '../codes/schemas';
import { limits } from '../limits';
import { id, locale } from './common';

/** Organisation-wide settings, each with a safe default. */
export const organisationSettings = z.strictObject({
  anonymousCodeScheme: z.enum(codeSchemeIds).default('cz-id-kod'),
  smallCountThreshold: z.number().int().min(1).max(100).default(5),
  retentionYears: z.number().int().min(1).max(50).default(5),
  sessionIdleMinutes: z.number().int().min(5).max(240).default(30),
  sessionAbsoluteHours: z.number().int().min(1).max(24).default(12),
  inactiveEnrollmentDays: z.number().int().min(7).max(3650).default(90),
  maxOfflineDays: z.number().int().min(1).max(60).default(14),
});
export type OrganisationSettings = z.infer<typeof organisationSettings>;

export const organisation = z.object({
  id,
  name: z.string(),
  defaultLocale: locale,
  timeZone: z.string(),
  settings: organisationSettings,
});
export type Organisation = z.infer<typeof organisation>;

const timeZone = z
  .string()
  .max(64)
  .refine(
    (tz) => {
      try {
        new Intl.DateTimeFormat('en', { timeZone: tz });
        return true;
      } catch {
        return false;
      }
    },
    { params: { i18nKey: 'validation.invalid_option' } },
  );

export const updateOrganisationBody = z.strictObject({
  name: z.string().trim().min(1).max(limits.nameMax).optional(),
  defaultLocale: locale.optional(),
  timeZone: timeZone.optional(),
  settings: organisationSettings.partial().optional(),
});
