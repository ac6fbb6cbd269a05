import type { documentStatuses, housingSituations, incomeSources } from '#core/schemas/contacts';
import type { CreateContactBody } from '../../api/contacts';

export type Housing = (typeof housingSituations)[number];
export type Income = (typeof incomeSources)[number];
export type Documents = (typeof documentStatuses)[number];

/** Who the contact was with, chosen on the first screen. */
export type ContactWho =
  | { kind: 'repeat'; clientId: string; pseudonym: string }
  | { kind: 'first'; clientId: string; pseudonym: string }
  | { kind: 'anonymous' };

/** A referral row on the card: a reason from the catalogue, a partner, a short note. */
export interface ReferralDraft {
  /** Keeps the row's identity while rows are added and removed (never sent). */
  key: number;
  reasonId: string | null;
  partnerName: string;
  note: string;
}

/** What the second screen holds: taps and counts, a few optional texts. */
export interface ContactDraft {
  spotId: string | null;
  /** Material id → how many were handed out (0 = none). */
  materials: Record<string, number>;
  /** Material id → how many used ones the person brought back (needle and syringe work). */
  returned: Record<string, number>;
  /** Material id → for how many other people the person takes them (secondary distribution). */
  secondaryFor: Record<string, number>;
  serviceIds: string[];
  topicIds: string[];
  headCount: number;
  breakdown: { women: number; men: number; nonBinary: number; targetGroups: Record<string, number> };
  notes: string;
  changes: string;
  followUpWhat: string;
  followUpDueOn: string;
  referrals: ReferralDraft[];
  situation: {
    housing: Housing | null;
    income: Income[];
    documents: Documents | null;
    health: string;
    needs: string;
    institutions: string;
  };
}

export function emptyDraft(spotId: string | null = null): ContactDraft {
  return {
    spotId,
    materials: {},
    returned: {},
    secondaryFor: {},
    serviceIds: [],
    topicIds: [],
    headCount: 1,
    breakdown: { women: 0, men: 0, nonBinary: 0, targetGroups: {} },
    notes: '',
    changes: '',
    followUpWhat: '',
    followUpDueOn: '',
    // One row ready to fill in (more are a tap away); an empty row is not sent.
    referrals: [{ key: 1, reasonId: null, partnerName: '', note: '' }],
    situation: { housing: null, income: [], documents: null, health: '', needs: '', institutions: '' },
  };
}

/** An empty referral row with a key no other row of the list has. */
export function newReferral(rows: readonly ReferralDraft[]): ReferralDraft {
  return { key: Math.max(0, ...rows.map((r) => r.key)) + 1, reasonId: null, partnerName: '', note: '' };
}

const text = (value: string) => (value.trim() === '' ? null : value.trim());
const count = (counts: Record<string, number>, id: string) => counts[id] ?? 0;

/** A referral row says something when it names a reason, a partner or a note; empty rows are dropped. */
const referralGiven = (r: ReferralDraft) => r.reasonId !== null || r.partnerName.trim() !== '' || r.note.trim() !== '';

/**
 * The API body for a draft. Parts left empty are left out (null), so the
 * server stores "not filled in" rather than empty strings; the shift supplies
 * the channel, team and area. Anything a kind may not carry is not sent.
 * A material is sent when it was handed out, brought back or passed on.
 */
export function contactBody(
  id: string,
  shiftId: string,
  who: ContactWho,
  draft: ContactDraft,
): CreateContactBody & { id: string } {
  const anonymous = who.kind === 'anonymous';
  const { women, men, nonBinary } = draft.breakdown;
  const targetGroups = Object.entries(draft.breakdown.targetGroups)
    .filter(([, n]) => n > 0)
    .map(([targetGroupId, n]) => ({ targetGroupId, count: n }));
  const s = draft.situation;
  const situationGiven =
    s.housing !== null ||
    s.income.length > 0 ||
    s.documents !== null ||
    [s.health, s.needs, s.institutions].some((v) => v.trim() !== '');
  const followUpGiven = draft.followUpWhat.trim() !== '' || draft.followUpDueOn !== '';
  const materialIds = [
    ...new Set([...Object.keys(draft.materials), ...Object.keys(draft.returned), ...Object.keys(draft.secondaryFor)]),
  ];
  return {
    id,
    kind: who.kind,
    clientId: anonymous ? null : who.clientId,
    shiftId,
    spotId: draft.spotId,
    topicIds: draft.topicIds,
    services: draft.serviceIds.map((serviceId) => ({ serviceId, minutes: null })),
    materials: materialIds
      .map((materialId) => ({
        materialId,
        quantity: count(draft.materials, materialId),
        returned: count(draft.returned, materialId),
        secondaryFor: count(draft.secondaryFor, materialId),
      }))
      .filter((m) => m.quantity > 0 || m.returned > 0 || m.secondaryFor > 0),
    referrals: draft.referrals
      .filter(referralGiven)
      .map((r) => ({ reasonId: r.reasonId, partnerName: text(r.partnerName), note: text(r.note) })),
    followUp: followUpGiven ? { what: draft.followUpWhat.trim(), dueOn: draft.followUpDueOn } : null,
    notes: text(draft.notes),
    changes: who.kind === 'repeat' ? text(draft.changes) : null,
    initialSituation:
      who.kind === 'first' && situationGiven
        ? {
            housing: s.housing,
            income: s.income,
            documents: s.documents,
            health: text(s.health),
            needs: text(s.needs),
            institutions: text(s.institutions),
          }
        : null,
    headCount: anonymous ? draft.headCount : null,
    breakdown:
      anonymous && women + men + nonBinary + targetGroups.length > 0 ? { women, men, nonBinary, targetGroups } : null,
  };
}

/**
 * Where a referral row's fields sit in the body sent, for their field names
 * (and so their error messages): rows left empty are not sent, so the body's
 * `referrals.1` may be the third row on screen. Null for a row not sent.
 */
export function sentReferralIndex(draft: ContactDraft, key: number): number | null {
  const index = draft.referrals.filter(referralGiven).findIndex((r) => r.key === key);
  return index < 0 ? null : index;
}

/**
 * Target groups counted above the head count (a person may belong to several
 * groups, so each group's count is bounded, not their sum). The schema does not
 * know the groups' bound, so the form checks it before sending.
 */
export function targetGroupsOverHeadCount(draft: ContactDraft): string[] {
  return Object.entries(draft.breakdown.targetGroups)
    .filter(([, n]) => n > draft.headCount)
    .map(([id]) => id);
}

/** Material keys of needle and syringe work: these offer "returned" and "passed on" counts up front. */
const exchangeKey = /syringe|needle/i;
export const isExchangeMaterial = (item: { key: string }) => exchangeKey.test(item.key);
