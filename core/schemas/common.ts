import { z } from 'zod';
import { locales } from '../i18n/locales';
import { limits } from '../limits';

/** A record id: UUID (v7 where Kontakt makes it). */
export const id = z.uuid();
export const idParams = z.strictObject({ id });

/** A trimmed single-line text with a named maximum. */
export const shortText = (max: number = limits.shortTextMax) => z.string().trim().min(1).max(max);

/** Optional free text; empty strings become null so "cleared" is stored as null. */
export const optionalText = (max: number = limits.longTextMax) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional();

export const locale = z.enum(locales);

/** A label in the four UI languages; at least one must be given. */
export const localizedText = z
  .strictObject({
    pl: z.string().trim().max(limits.shortTextMax).optional(),
    cs: z.string().trim().max(limits.shortTextMax).optional(),
    en: z.string().trim().max(limits.shortTextMax).optional(),
    uk: z.string().trim().max(limits.shortTextMax).optional(),
  })
  .refine((v) => Object.values(v).some((s) => s && s.length > 0), {
    params: { i18nKey: 'validation.required' },
  });
export type LocalizedText = z.infer<typeof localizedText>;

/** Query-string paging; strings from the URL are coerced and bounded. */
export const pageQuery = z.strictObject({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(limits.pageSizeMax).default(limits.pageSizeDefault),
});

/** A page of results with the total, for server-side paging. */
export const page = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

export const okResponse = z.object({ ok: z.literal(true) });
/** A boolean from a query string ("true"/"false"). */
export const queryBoolean = z.enum(['true', 'false']).transform((v) => v === 'true');

/** For actions that take no input: any field sent is refused rather than ignored. */
export const noBody = z.strictObject({}).nullish();

type Patch<S extends z.ZodRawShape> = {
  [K in keyof S]: z.ZodOptional<S[K] extends z.ZodDefault<infer Inner> ? Inner : S[K]>;
};

/**
 * The PATCH form of a create schema's fields: each optional and none defaulted,
 * so a field left out stays as it is. (`.partial()` keeps the defaults: a PATCH
 * of one field would reset the others — a confidential place made public, a
 * site's capacity erased.)
 */
export function patchShape<S extends z.ZodRawShape>(shape: S): Patch<S> {
  return Object.fromEntries(
    Object.entries(shape).map(([key, field]) => [
      key,
      (field instanceof z.ZodDefault ? (field.unwrap() as z.ZodType) : (field as z.ZodType)).optional(),
    ]),
  ) as unknown as Patch<S>;
}
