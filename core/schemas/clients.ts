import { z } from 'zod';
import { limits } from '../limits';
import { id, optionalText, pageQuery, shortText } from './common';

/**
 * People served (domain.md, "People served"). A client is a pseudonym and,
 * optionally, an anonymous code that is never stored in clear; the legal
 * identity is a separate, encrypted record opened only "with reason".
 */

/** Why a coded answer is missing, kept apart from "left empty" (HMIS-style). */
export const missingReasons = ['dont_know', 'prefers_not_to_answer', 'not_collected'] as const;
export type MissingReason = (typeof missingReasons)[number];
export const missingReason = z.enum(missingReasons);

export const clientStatuses = ['active', 'inactive', 'closed', 'merged', 'anonymised'] as const;
export type ClientStatus = (typeof clientStatuses)[number];
/** The statuses a worker may set; merged and anonymised are set by those actions only. */
export const editableClientStatuses = ['active', 'inactive', 'closed'] as const;

export const genders = ['woman', 'man', 'non_binary', 'self_described'] as const;
export type Gender = (typeof genders)[number];

/** Age bands as funders' reports count them. */
export const ageBands = ['under_15', '15_17', '18_24', '25_34', '35_44', '45_54', '55_64', '65_plus'] as const;
export type AgeBand = (typeof ageBands)[number];

export const consentPurposes = [
  'data_processing',
  'sharing_with_partner',
  'photo',
  'contact_by_phone',
  'contact_by_message',
  'research',
] as const;
export type ConsentPurpose = (typeof consentPurposes)[number];
export const consentMethods = ['verbal', 'written', 'electronic'] as const;

export const identityDocumentTypes = ['id_card', 'passport', 'residence_permit', 'national_number', 'other'] as const;

const isoDate = z.iso.date();
const currentYear = () => new Date().getUTCFullYear();

/** ISO 639-1/-3 language tags the person speaks ("pl", "uk", "rom"). */
const language = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z]{2,3}$/);

/** A plain anonymous code as typed or built by the form; the server hashes it and forgets it. */
export const plainCode = z.string().trim().min(1).max(limits.codeMax);

/** The fields of a client a worker fills in; shared by create and update. */
const clientFields = {
  pseudonym: shortText(limits.pseudonymMax),
  birthYear: z
    .number()
    .int()
    .min(limits.birthYearMin)
    .refine((y) => y <= currentYear(), { params: { i18nKey: 'validation.too_big_number' } })
    .nullable(),
  ageBand: z.enum(ageBands).nullable(),
  ageMissing: missingReason.nullable(),
  gender: z.enum(genders).nullable(),
  genderSelfDescribed: optionalText(limits.shortTextMax),
  genderMissing: missingReason.nullable(),
  languages: z.array(language).max(limits.languagesMax),
  targetGroupIds: z.array(id).max(limits.targetGroupsMax),
  assignedWorkerId: id.nullable(),
  /** How and when it is safe to reach the person (encrypted: may hold a number). */
  safeContact: optionalText(limits.longTextMax),
};

/** A coded answer is either given or missing for a reason, never both. */
function oneOfValueOrMissing<T extends { [k: string]: unknown }>(value: keyof T, missing: keyof T) {
  return (body: T) => !(body[value] != null && body[missing] != null);
}

export const createClientBody = z
  .strictObject({
    /** Made by the phone that created the person offline: a second delivery finds the same person. */
    id: id.optional(),
    ...clientFields,
    birthYear: clientFields.birthYear.optional(),
    ageBand: clientFields.ageBand.optional(),
    ageMissing: clientFields.ageMissing.optional(),
    gender: clientFields.gender.optional(),
    genderMissing: clientFields.genderMissing.optional(),
    languages: clientFields.languages.default([]),
    targetGroupIds: clientFields.targetGroupIds.default([]),
    assignedWorkerId: clientFields.assignedWorkerId.optional(),
    /** The full anonymous code, if the person gives the facts for one. */
    code: plainCode.optional(),
    /** Issue a temporary NCC code instead (merged into a full code later). */
    temporaryCode: z.boolean().default(false),
  })
  .refine(oneOfValueOrMissing('gender', 'genderMissing'), {
    path: ['genderMissing'],
    params: { i18nKey: 'validation.value_or_missing' },
  })
  .refine((b) => !(b.ageMissing != null && (b.birthYear != null || b.ageBand != null)), {
    path: ['ageMissing'],
    params: { i18nKey: 'validation.value_or_missing' },
  })
  .refine((b) => !(b.code && b.temporaryCode), {
    path: ['temporaryCode'],
    params: { i18nKey: 'validation.code_or_temporary' },
  });
export type CreateClientBody = z.infer<typeof createClientBody>;

export const updateClientBody = z
  .strictObject({
    ...clientFields,
    status: z.enum(editableClientStatuses),
  })
  .partial()
  .refine(oneOfValueOrMissing('gender', 'genderMissing'), {
    path: ['genderMissing'],
    params: { i18nKey: 'validation.value_or_missing' },
  })
  .refine((b) => !(b.ageMissing != null && (b.birthYear != null || b.ageBand != null)), {
    path: ['ageMissing'],
    params: { i18nKey: 'validation.value_or_missing' },
  });
export type UpdateClientBody = z.infer<typeof updateClientBody>;

/** What kind of code a client has; the code itself never leaves the phone that typed it. */
export const codeKinds = ['full', 'temporary'] as const;

/** The least a look-up shows (peer educators, volunteers, reception): enough to recognise a person. */
export const clientSummary = z.object({
  id,
  pseudonym: z.string(),
  status: z.enum(clientStatuses),
  codeKind: z.enum(codeKinds).nullable(),
  targetGroupIds: z.array(id),
  /** Why this person is in the results. */
  match: z.enum(['code', 'pseudonym']).optional(),
});
export type ClientSummary = z.infer<typeof clientSummary>;

/** The client record for roles that may read clients. */
export const client = clientSummary.omit({ match: true }).extend({
  temporaryCode: z.string().nullable(),
  birthYear: z.number().int().nullable(),
  ageBand: z.enum(ageBands).nullable(),
  ageMissing: missingReason.nullable(),
  gender: z.enum(genders).nullable(),
  genderSelfDescribed: z.string().nullable(),
  genderMissing: missingReason.nullable(),
  languages: z.array(z.string()),
  firstContactOn: z.string().nullable(),
  assignedWorkerId: id.nullable(),
  safeContact: z.string().nullable(),
  hasIdentity: z.boolean(),
  mergedIntoId: id.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Client = z.infer<typeof client>;

/** Find a person by pseudonym (similar spelling too) or by anonymous code. Sent as a body: a code must never sit in a URL or a log. */
export const clientSearchBody = z
  .strictObject({
    q: z.string().trim().min(limits.searchMin).max(limits.pseudonymMax).optional(),
    code: plainCode.optional(),
    includeClosed: z.boolean().default(false),
  })
  .refine((b) => b.q !== undefined || b.code !== undefined, {
    path: ['q'],
    params: { i18nKey: 'validation.required' },
  });

/** Candidates for "is this person already here?" while creating a client. */
export const duplicateCheckBody = z.strictObject({
  pseudonym: shortText(limits.pseudonymMax),
  code: plainCode.optional(),
});

export const clientListQuery = pageQuery.extend({
  status: z.enum(clientStatuses).optional(),
  assignedWorkerId: id.optional(),
});

/** Replace a temporary (or wrong) code with the person's full code. */
export const setCodeBody = z.strictObject({ code: plainCode });

/** The reason asked before an identity record opens ("break the glass"), audited and flagged. */
export const reasonBody = z.strictObject({ reason: z.string().trim().min(limits.reasonMin).max(limits.reasonMax) });

export const identity = z.strictObject({
  legalName: optionalText(limits.nameMax),
  dateOfBirth: isoDate.nullable().optional(),
  documents: z
    .array(
      z.strictObject({
        type: z.enum(identityDocumentTypes),
        number: shortText(limits.codeMax),
      }),
    )
    .max(limits.documentsMax)
    .default([]),
  note: optionalText(limits.longTextMax),
});
export type Identity = z.infer<typeof identity>;
export const saveIdentityBody = z.strictObject({ identity, reason: reasonBody.shape.reason });
export const identityResponse = z.object({
  legalName: z.string().nullable(),
  dateOfBirth: z.string().nullable(),
  documents: z.array(z.object({ type: z.enum(identityDocumentTypes), number: z.string() })),
  note: z.string().nullable(),
});

export const createConsentBody = z
  .strictObject({
    purpose: z.enum(consentPurposes),
    /** The partner a "sharing" consent names. */
    partnerName: optionalText(limits.shortTextMax),
    givenOn: isoDate,
    method: z.enum(consentMethods),
    note: optionalText(limits.shortTextMax),
  })
  .refine((b) => b.purpose !== 'sharing_with_partner' || !!b.partnerName, {
    path: ['partnerName'],
    params: { i18nKey: 'validation.required' },
  });
export const withdrawConsentBody = z.strictObject({ withdrawnOn: isoDate });
export const consent = z.object({
  id,
  clientId: id,
  purpose: z.enum(consentPurposes),
  partnerName: z.string().nullable(),
  givenOn: z.string(),
  withdrawnOn: z.string().nullable(),
  method: z.enum(consentMethods),
  note: z.string().nullable(),
  recordedBy: id.nullable(),
});
export const clientConsentParams = z.strictObject({ id, consentId: id });

/** Merge a duplicate into the client in the URL; every record of the duplicate moves over. */
export const mergeClientBody = z.strictObject({ duplicateId: id });
export const clientMerge = z.object({
  id,
  keptId: id,
  mergedId: id,
  mergedAt: z.string(),
  undoneAt: z.string().nullable(),
  movedRecords: z.number().int(),
});

/** "Who opened this record": reads and changes of one client, newest first. */
export const clientAccessEntry = z.object({
  at: z.string(),
  userId: id.nullable(),
  userName: z.string().nullable(),
  action: z.string(),
  entityType: z.string().nullable(),
  flagged: z.boolean(),
});

/** What creating a client answers: enough for every creating role, plus a new temporary code to say back. */
export const createdClient = clientSummary.omit({ match: true }).extend({ temporaryCode: z.string().nullable() });

export const identityEnvelope = z.object({ identity: identityResponse.nullable() });

/** A row of the client list: the summary and what helps pick the right person, never decrypted fields. */
export const clientListItem = clientSummary.omit({ match: true }).extend({
  temporaryCode: z.string().nullable(),
  assignedWorkerId: id.nullable(),
  firstContactOn: z.string().nullable(),
  updatedAt: z.string(),
});

/** The assigned-worker picker's colleague (defined with the users' schemas). */
export { directoryUser } from './users';
