import { z } from 'zod';
import { serviceTypeKeys, targetGroupKeys } from '../directory/taxonomy';
import { limits } from '../limits';
import { email } from './auth';
import { id, optionalText, page, pageQuery, patchShape, shortText } from './common';

/**
 * The partner directory (domain.md, "Plans and referrals"): institutions the
 * organisation works with, where they are, what they offer to whom and when,
 * whom to call, and the cooperation procedure agreed with them. It is shared
 * with partners as Open Referral HSDS 3.0; nothing in it is about a person served.
 */

const phone = z
  .string()
  .trim()
  .max(40)
  .regex(/^[+0-9 ()./-]*$/)
  .transform((v) => (v === '' ? null : v))
  .nullable()
  .optional();
const optionalEmail = z
  .union([z.literal('').transform(() => null), email])
  .nullable()
  .optional();
const website = z
  .union([z.literal('').transform(() => null), z.url({ protocol: /^https?$/ }).max(500)])
  .nullable()
  .optional();

/** A contact person at a partner: a professional's work contact, never a client. */
export const partnerContact = z.strictObject({
  name: shortText(limits.nameMax),
  title: optionalText(limits.shortTextMax),
  email: optionalEmail,
  phone,
});
export type PartnerContact = z.infer<typeof partnerContact>;

export const createPartnerBody = z.strictObject({
  name: shortText(limits.nameMax),
  alternateName: optionalText(limits.nameMax),
  description: optionalText(),
  email: optionalEmail,
  website,
  phone,
  /** How the two organisations agreed to work together: whom to call, what to send, what comes back. */
  cooperationProcedure: optionalText(),
  contacts: z.array(partnerContact).max(limits.partnerContactsMax).default([]),
});
export const updatePartnerBody = z.strictObject({
  ...patchShape(createPartnerBody.shape),
  active: z.boolean().optional(),
});

/** A place of a partner. A confidential one (a women's shelter) is never shared with its address or coordinates. */
export const createPartnerLocationBody = z.strictObject({
  partnerId: id,
  name: shortText(limits.nameMax),
  address: optionalText(limits.shortTextMax),
  city: optionalText(limits.shortTextMax),
  postalCode: optionalText(20),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .nullable()
    .default(null),
  latitude: z.number().min(-90).max(90).nullable().default(null),
  longitude: z.number().min(-180).max(180).nullable().default(null),
  confidential: z.boolean().default(false),
  transportation: optionalText(limits.reasonMax),
});
export const updatePartnerLocationBody = z.strictObject({
  ...patchShape(createPartnerLocationBody.omit({ partnerId: true }).shape),
  active: z.boolean().optional(),
});

export const weekdays = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);

/** Opening hours: on these weekdays from–to (HSDS writes it as a weekly schedule). */
export const openingHours = z
  .strictObject({
    days: z.array(z.enum(weekdays)).min(1).max(7),
    opensAt: clock,
    closesAt: clock,
    note: optionalText(limits.shortTextMax),
  })
  .refine((h) => h.opensAt < h.closesAt, { path: ['closesAt'], params: { i18nKey: 'validation.end_before_start' } });
export type OpeningHours = z.infer<typeof openingHours>;

/** HSDS service statuses. */
export const partnerServiceStatuses = ['active', 'inactive', 'defunct', 'temporarily closed'] as const;

const language = z.string().regex(/^[a-z]{2,3}$/);

export const createPartnerServiceBody = z
  .strictObject({
    partnerId: id,
    name: shortText(limits.nameMax),
    description: optionalText(),
    status: z.enum(partnerServiceStatuses).default('active'),
    serviceTypes: z.array(z.enum(serviceTypeKeys)).min(1).max(serviceTypeKeys.length),
    targetGroups: z.array(z.enum(targetGroupKeys)).max(targetGroupKeys.length).default([]),
    eligibility: optionalText(limits.reasonMax),
    minimumAge: z.number().int().min(0).max(120).nullable().default(null),
    maximumAge: z.number().int().min(0).max(120).nullable().default(null),
    languages: z.array(language).max(limits.languagesMax).default([]),
    email: optionalEmail,
    url: website,
    phone,
    applicationProcess: optionalText(limits.reasonMax),
    feesDescription: optionalText(limits.reasonMax),
    hours: z.array(openingHours).max(14).default([]),
    /** The partner's locations where the service is given. */
    locationIds: z.array(id).max(50).default([]),
  })
  .refine((s) => s.minimumAge === null || s.maximumAge === null || s.minimumAge <= s.maximumAge, {
    path: ['maximumAge'],
    params: { i18nKey: 'validation.invalid' },
  });
export const updatePartnerServiceBody = z.strictObject({
  name: shortText(limits.nameMax).optional(),
  description: optionalText(),
  status: z.enum(partnerServiceStatuses).optional(),
  serviceTypes: z.array(z.enum(serviceTypeKeys)).min(1).max(serviceTypeKeys.length).optional(),
  targetGroups: z.array(z.enum(targetGroupKeys)).max(targetGroupKeys.length).optional(),
  eligibility: optionalText(limits.reasonMax),
  minimumAge: z.number().int().min(0).max(120).nullable().optional(),
  maximumAge: z.number().int().min(0).max(120).nullable().optional(),
  languages: z.array(language).max(limits.languagesMax).optional(),
  email: optionalEmail,
  url: website,
  phone,
  applicationProcess: optionalText(limits.reasonMax),
  feesDescription: optionalText(limits.reasonMax),
  hours: z.array(openingHours).max(14).optional(),
  locationIds: z.array(id).max(50).optional(),
});

export const partnerLocation = z.object({
  id,
  partnerId: id,
  name: z.string(),
  address: z.string().nullable(),
  city: z.string().nullable(),
  postalCode: z.string().nullable(),
  country: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  confidential: z.boolean(),
  transportation: z.string().nullable(),
  active: z.boolean(),
});
export type PartnerLocation = z.infer<typeof partnerLocation>;

export const partnerService = z.object({
  id,
  partnerId: id,
  partnerName: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  status: z.enum(partnerServiceStatuses),
  serviceTypes: z.array(z.enum(serviceTypeKeys)),
  targetGroups: z.array(z.enum(targetGroupKeys)),
  eligibility: z.string().nullable(),
  minimumAge: z.number().int().nullable(),
  maximumAge: z.number().int().nullable(),
  languages: z.array(z.string()),
  email: z.string().nullable(),
  url: z.string().nullable(),
  phone: z.string().nullable(),
  applicationProcess: z.string().nullable(),
  feesDescription: z.string().nullable(),
  hours: z.array(
    z.object({
      days: z.array(z.enum(weekdays)),
      opensAt: z.string(),
      closesAt: z.string(),
      note: z.string().nullable(),
    }),
  ),
  locationIds: z.array(id),
  updatedAt: z.string(),
});
export type PartnerService = z.infer<typeof partnerService>;

export const partner = z.object({
  id,
  name: z.string(),
  alternateName: z.string().nullable(),
  description: z.string().nullable(),
  email: z.string().nullable(),
  website: z.string().nullable(),
  phone: z.string().nullable(),
  cooperationProcedure: z.string().nullable(),
  contacts: z.array(
    z.object({
      name: z.string(),
      title: z.string().nullable(),
      email: z.string().nullable(),
      phone: z.string().nullable(),
    }),
  ),
  active: z.boolean(),
  updatedAt: z.string(),
});
export type Partner = z.infer<typeof partner>;

/** One partner with its places and services, as the directory page shows it. */
export const partnerDetail = partner.extend({
  locations: z.array(partnerLocation),
  services: z.array(partnerService),
});

export const partnerListQuery = pageQuery.extend({
  q: z.string().trim().max(limits.shortTextMax).optional(),
  serviceType: z.enum(serviceTypeKeys).optional(),
  targetGroup: z.enum(targetGroupKeys).optional(),
  active: z.enum(['true', 'false', 'all']).default('true'),
});
export const partnerListItem = partner.extend({
  services: z.number().int(),
  serviceTypes: z.array(z.enum(serviceTypeKeys)),
});
export const partnerPage = page(partnerListItem);

/** Services to refer to: by type, target group or name, across partners. */
export const partnerServiceQuery = pageQuery.extend({
  q: z.string().trim().max(limits.shortTextMax).optional(),
  serviceType: z.enum(serviceTypeKeys).optional(),
  targetGroup: z.enum(targetGroupKeys).optional(),
});
export const partnerServicePage = page(partnerService);
