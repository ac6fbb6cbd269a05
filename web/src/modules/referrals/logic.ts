import { type ReferralStatus, referralMoves, sharedItems } from '#core/schemas/referrals';
import type { CreateReferralBody, SharedItem } from '../../api/referrals';

export { sharedItems };

/**
 * Where a referral is made from: the person's page, one of their contact cards
 * (a referral noted on it, made real, names its line), visits or appointments.
 */
export type ReferralOrigin =
  | { source: 'client' }
  | { source: 'contact'; sourceId: string; notedIndex?: number }
  | { source: 'visit' | 'appointment'; sourceId: string };

/** An ISO day `days` later (calendar arithmetic in UTC, so no zone shifts the day). */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d + days));
  return date.toISOString().slice(0, 10);
}

/** The answer is expected two weeks after the referral unless the worker says otherwise (decision 018). */
export const defaultExpectedBy = (referredOn: string) => addDays(referredOn, 14);

export interface ReferralFormState {
  partnerServiceId: string | null;
  reasonId: string | null;
  referredOn: string;
  expectedBy: string;
  accompanied: boolean;
  consentGiven: boolean;
  shared: readonly SharedItem[];
}

/**
 * The body POST /api/referrals takes: nothing is listed as shared without the
 * person's consent (ticking consent off drops what was ticked), an empty
 * "expected by" lets the server apply its two weeks, and the origin names the
 * record it is made from — for a contact card, the noted line it makes real.
 */
export function referralBody(clientId: string, state: ReferralFormState, origin: ReferralOrigin): CreateReferralBody {
  return {
    clientId,
    partnerServiceId: state.partnerServiceId ?? '',
    reasonId: state.reasonId,
    referredOn: state.referredOn,
    expectedBy: state.expectedBy || null,
    accompanied: state.accompanied,
    consentGiven: state.consentGiven,
    shared: state.consentGiven ? sharedItems.filter((s) => state.shared.includes(s)) : [],
    source: origin.source,
    sourceId: origin.source === 'client' ? null : origin.sourceId,
    notedIndex: origin.source === 'contact' ? (origin.notedIndex ?? null) : null,
  };
}

/** The moves a referral may still make (none once it has an outcome). */
export const nextStatuses = (status: ReferralStatus): readonly ReferralStatus[] => referralMoves[status];

/** Open referrals wait for an answer or an outcome. */
export const isOpen = (status: ReferralStatus) => status === 'sent' || status === 'accepted';
