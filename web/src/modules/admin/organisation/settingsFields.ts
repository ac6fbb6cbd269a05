import type { z } from 'zod';
import { type OrganisationSettings, organisationSettings } from '#core/schemas/organisation';

type NumericSetting = Exclude<keyof OrganisationSettings, 'anonymousCodeScheme'>;

/** The numeric settings in the order the form shows them. */
export const numericSettings: readonly NumericSetting[] = [
  'smallCountThreshold',
  'retentionYears',
  'sessionIdleMinutes',
  'sessionAbsoluteHours',
  'inactiveEnrollmentDays',
  'maxOfflineDays',
];

/**
 * A setting's bounds, read from the core schema so the form's stepper limits can
 * never disagree with what the server accepts.
 */
export function settingBounds(key: NumericSetting): { min?: number; max?: number } {
  const field = organisationSettings.shape[key] as unknown as { unwrap(): z.ZodNumber };
  const number = field.unwrap();
  return { min: number.minValue ?? undefined, max: number.maxValue ?? undefined };
}
