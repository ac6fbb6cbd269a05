import { z } from 'zod';
import { limits } from '#core/limits';
import { isValidDayMonth, parseBirthDate } from './dates';
import { normaliseCodePart, normaliseNameLetters } from './normalise';
import { slk581Sexes } from './slk581';

/**
 * zod schemas for the inputs of each anonymous-code scheme, shared by the API,
 * the forms and the offline store. Custom error messages are the same problem
 * keys as CodeInputError (e.g. "no-letters"), so one translation table serves
 * both. Unknown fields are rejected (strict objects).
 */

/** Scheme ids, in the order an organisation's settings list them. */
export const codeSchemeIds = ['cz-id-kod', 'slk581'] as const;

/** Validates an organisation's chosen scheme id. */
export const codeSchemeIdSchema = z.enum(codeSchemeIds);

const hasLetters = (value: string) => normaliseNameLetters(value).length > 0;

/** A name the scheme cannot do without: must keep at least one letter after normalising. */
const requiredName = z.string().max(limits.nameMax).refine(hasLetters, { error: 'no-letters' });

/** A name that may be unknown (null/blank); if typed, it must keep a letter. */
const optionalName = z
  .string()
  .max(limits.nameMax)
  .nullish()
  .refine((value) => value == null || value.trim() === '' || hasLetters(value), { error: 'no-letters' });

/** Input of the Czech ID kód (see czech-id-kod.ts). */
export const czechIdKodInputSchema = z
  .strictObject({
    clientFirstName: requiredName,
    motherFirstName: requiredName,
    birthDay: z.number().int().min(1, { error: 'invalid-day' }).max(31, { error: 'invalid-day' }),
    birthMonth: z.number().int().min(1, { error: 'invalid-month' }).max(12, { error: 'invalid-month' }),
  })
  // Year unknown, so 29 February passes; 31 April does not.
  .refine((value) => isValidDayMonth(value.birthDay, value.birthMonth), {
    path: ['birthDay'],
    error: 'invalid-day',
  });

/** Input of the SLK-581 (see slk581.ts). */
export const slk581InputSchema = z.strictObject({
  surname: optionalName,
  firstName: optionalName,
  dateOfBirth: z.iso.date({ error: 'invalid-date' }).refine((value) => parseBirthDate(value) !== null, {
    error: 'invalid-date',
  }),
  sex: z.enum(slk581Sexes, { error: 'invalid-sex' }),
});

/** A code typed directly by a worker (e.g. for a lookup), normalised to A–Z/0–9. */
export const anonymousCodeSchema = z
  .string()
  .max(limits.codeMax)
  .transform(normaliseCodePart)
  .refine((code) => code.length > 0, { error: 'empty-code' });

export type CzechIdKodInputData = z.output<typeof czechIdKodInputSchema>;
export type Slk581InputData = z.output<typeof slk581InputSchema>;
