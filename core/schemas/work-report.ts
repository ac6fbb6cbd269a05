import { z } from 'zod';
import { ageBands, genders } from './clients';
import { id } from './common';
import { contactKinds } from './contacts';
import { shift } from './shifts';

const countBy = <K extends z.ZodType<string>>(key: K) => z.array(z.object({ key, count: z.number().int() }));

/**
 * A shift's work report ("raport z pracy"), computed from its records when
 * asked, so it can never disagree with them. Catalogue entries are ids; the
 * screen and the printout name them in the reader's language.
 */
export const workReport = z.object({
  shift,
  /** Actual (or, before the shift ran, planned) length, and times the members who worked it. */
  hours: z.object({ shift: z.number(), personHours: z.number(), members: z.number().int() }),
  people: z.object({
    /** People with a first contact card on this shift. */
    new: z.number().int(),
    /** Known people met again (repeat cards), each counted once. */
    known: z.number().int(),
    /** Head counts of anonymous contacts, kept apart from named people. */
    anonymous: z.number().int(),
    byGender: countBy(z.union([z.enum(genders), z.literal('unknown')])),
    byAgeBand: countBy(z.union([z.enum(ageBands), z.literal('unknown')])),
  }),
  contactsByKind: countBy(z.enum(contactKinds)),
  services: z.array(z.object({ serviceId: id, count: z.number().int(), minutes: z.number().int() })),
  materials: z.array(
    z.object({
      materialId: id,
      quantity: z.number().int(),
      returned: z.number().int(),
      secondaryFor: z.number().int(),
    }),
  ),
  referrals: z.array(z.object({ reasonId: id.nullable(), count: z.number().int() })),
  followUps: z.number().int(),
  incidents: z.number().int(),
});
export type WorkReport = z.infer<typeof workReport>;
