import { z } from 'zod';
import { id, pageQuery } from './common';

export const programmes = ['outreach', 'drop_in', 'housing', 'group', 'counselling'] as const;
export type Programme = (typeof programmes)[number];
export const exitReasons = [
  'goal_achieved',
  'moved_away',
  'referred_elsewhere',
  'no_contact',
  'declined',
  'deceased',
  'other',
] as const;

export const enrollment = z.object({
  id,
  clientId: id,
  programme: z.enum(programmes),
  startOn: z.string(),
  engagementOn: z.string().nullable(),
  lastActivityOn: z.string(),
  exitOn: z.string().nullable(),
  exitReason: z.enum(exitReasons).nullable(),
});
export type Enrollment = z.infer<typeof enrollment>;

/** The engagement date (when deliberate work begins) and the exit; the start is the first contact. */
export const updateEnrollmentBody = z
  .strictObject({
    engagementOn: z.iso.date().nullable(),
    exitOn: z.iso.date().nullable(),
    exitReason: z.enum(exitReasons).nullable(),
  })
  .partial()
  .refine((b) => b.exitOn === undefined || (b.exitOn === null) === (b.exitReason == null), {
    path: ['exitReason'],
    params: { i18nKey: 'validation.exit_reason_required' },
  });

/** Open episodes with no activity for `days` days (the organisation's setting when left out). */
export const exitReviewQuery = pageQuery.extend({
  programme: z.enum(programmes).default('outreach'),
  days: z.coerce.number().int().min(1).max(3650).optional(),
});
export const exitReviewItem = enrollment.extend({ pseudonym: z.string(), daysWithoutActivity: z.number().int() });
