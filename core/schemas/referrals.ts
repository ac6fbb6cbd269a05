import { z } from 'zod';
import { limits } from '../limits';
import { id, optionalText, page, pageQuery } from './common';

/**
 * Referrals (domain.md, "Plans and referrals"): a person sent to a partner's
 * service, for a reason, maybe accompanied, with their consent to what is
 * shared about them; then what came of it. Feedback is sealed at rest.
 */
export const referralStatuses = ['sent', 'accepted', 'declined', 'completed', 'no_show'] as const;
export type ReferralStatus = (typeof referralStatuses)[number];
/** Where a referral is made from; it keeps a link to that record. */
export const referralSources = ['client', 'contact', 'visit', 'appointment'] as const;
/** What may be shared with the partner, item by item, as the person agreed. */
export const sharedItems = ['pseudonym', 'name', 'phone', 'situation', 'health', 'documents'] as const;

/** Moves a referral may make; the last three are final. */
export const referralMoves: Record<ReferralStatus, readonly ReferralStatus[]> = {
  sent: ['accepted', 'declined', 'completed', 'no_show'],
  accepted: ['completed', 'no_show', 'declined'],
  declined: [],
  completed: [],
  no_show: [],
};

export const createReferralBody = z
  .strictObject({
    /** Made on a phone that recorded the referral offline; online the server makes it. */
    id: id.optional(),
    clientId: id,
    partnerServiceId: id,
    reasonId: id.nullable().default(null),
    referredOn: z.iso.date(),
    /** When an answer is expected; past it an open referral is overdue (default: two weeks on). */
    expectedBy: z.iso.date().nullable().default(null),
    accompanied: z.boolean().default(false),
    consentGiven: z.boolean().default(false),
    shared: z.array(z.enum(sharedItems)).max(sharedItems.length).default([]),
    source: z.enum(referralSources).default('client'),
    sourceId: id.nullable().default(null),
    /** Which referral noted on the contact card (`source: 'contact'`) this one makes real. */
    notedIndex: z
      .number()
      .int()
      .min(0)
      .max(limits.referralsPerContactMax - 1)
      .nullable()
      .default(null),
  })
  .refine((b) => b.notedIndex === null || b.source === 'contact', {
    path: ['notedIndex'],
    params: { i18nKey: 'validation.invalid' },
  })
  .refine((b) => b.consentGiven || b.shared.length === 0, {
    path: ['shared'],
    params: { i18nKey: 'validation.consent_for_sharing' },
  })
  .refine((b) => (b.source === 'client') === (b.sourceId === null), {
    path: ['sourceId'],
    params: { i18nKey: 'validation.invalid' },
  })
  .refine((b) => b.expectedBy === null || b.expectedBy >= b.referredOn, {
    path: ['expectedBy'],
    params: { i18nKey: 'validation.end_before_start' },
  });

export const referralStatusBody = z.strictObject({
  status: z.enum(referralStatuses),
  /** The day it happened (default: the organisation's today). */
  on: z.iso.date().optional(),
  feedback: optionalText(limits.longTextMax),
});

export const referral = z.object({
  id,
  clientId: id,
  pseudonym: z.string(),
  partnerServiceId: id,
  serviceName: z.string(),
  partnerId: id,
  partnerName: z.string(),
  reasonId: id.nullable(),
  referredOn: z.string(),
  expectedBy: z.string(),
  accompanied: z.boolean(),
  consentGiven: z.boolean(),
  shared: z.array(z.enum(sharedItems)),
  status: z.enum(referralStatuses),
  statusOn: z.string().nullable(),
  /** The partner's feedback (sealed at rest); null when none was written. */
  feedback: z.string().nullable(),
  overdue: z.boolean(),
  source: z.enum(referralSources),
  sourceId: id.nullable(),
});
export type Referral = z.infer<typeof referral>;
export const referralList = z.object({ items: z.array(referral) });

export const referralListQuery = pageQuery.extend({
  status: z.enum(['open', ...referralStatuses]).optional(),
  overdue: z.enum(['true', 'false']).optional(),
  partnerId: id.optional(),
});
export const referralPage = page(referral);

export const referralStatisticsQuery = z.strictObject({ from: z.iso.date(), to: z.iso.date() });
export const referralStatistics = z.object({
  from: z.string(),
  to: z.string(),
  total: z.number().int(),
  byStatus: z.array(z.object({ status: z.enum(referralStatuses), count: z.number().int() })),
  byPartner: z.array(
    z.object({ partnerId: id, partnerName: z.string(), count: z.number().int(), completed: z.number().int() }),
  ),
  byReason: z.array(z.object({ reasonId: id.nullable(), count: z.number().int(), completed: z.number().int() })),
  /** Days from the referral to its outcome (completed, declined or no-show), over those that have one. */
  daysToOutcome: z.object({ median: z.number().nullable(), count: z.number().int() }),
});

/** A referral noted on a person's contact card that no referral has made real yet. */
export const notedReferralItem = z.object({
  contactId: id,
  notedIndex: z.number().int(),
  occurredAt: z.string(),
  reasonId: id.nullable(),
  partnerName: z.string().nullable(),
  note: z.string().nullable(),
});
export const notedReferralList = z.object({ items: z.array(notedReferralItem) });
