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

/** What the second screen holds: taps and counts, a few optional texts. */
export interface ContactDraft {
  spotId: string | null;
  /** Material id → how many were handed out (0 = none). */
  materials: Record<string, number>;
  serviceIds: string[];
  topicIds: string[];
  headCount: number;
  breakdown: { women: number; men: number; nonBinary: number };
  notes: string;
  changes: string;
  followUpWhat: string;
  followUpDueOn: string;
  referralReasonId: string | null;
  referralPartner: string;
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
    serviceIds: [],
    topicIds: [],
    headCount: 1,
    breakdown: { women: 0, men: 0, nonBinary: 0 },
    notes: '',
    changes: '',
    followUpWhat: '',
    followUpDueOn: '',
    referralReasonId: null,
    referralPartner: '',
    situation: { housing: null, income: [], documents: null, health: '', needs: '', institutions: '' },
  };
}

const text = (value: string) => (value.trim() === '' ? null : value.trim());

/**
 * The API body for a draft. Parts left empty are left out (null), so the
 * server stores "not filled in" rather than empty strings; the shift supplies
 * the channel, team and area. Anything a kind may not carry is not sent.
 */
export function contactBody(
  id: string,
  shiftId: string,
  who: ContactWho,
  draft: ContactDraft,
): CreateContactBody & { id: string } {
  const anonymous = who.kind === 'anonymous';
  const { women, men, nonBinary } = draft.breakdown;
  const s = draft.situation;
  const situationGiven =
    s.housing !== null ||
    s.income.length > 0 ||
    s.documents !== null ||
    [s.health, s.needs, s.institutions].some((v) => v.trim() !== '');
  const referralGiven = draft.referralReasonId !== null || draft.referralPartner.trim() !== '';
  const followUpGiven = draft.followUpWhat.trim() !== '' || draft.followUpDueOn !== '';
  return {
    id,
    kind: who.kind,
    clientId: anonymous ? null : who.clientId,
    shiftId,
    spotId: draft.spotId,
    topicIds: draft.topicIds,
    services: draft.serviceIds.map((serviceId) => ({ serviceId, minutes: null })),
    materials: Object.entries(draft.materials)
      .filter(([, quantity]) => quantity > 0)
      .map(([materialId, quantity]) => ({ materialId, quantity, returned: 0, secondaryFor: 0 })),
    referrals: referralGiven
      ? [{ reasonId: draft.referralReasonId, partnerName: text(draft.referralPartner), note: null }]
      : [],
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
    breakdown: anonymous && women + men + nonBinary > 0 ? { women, men, nonBinary, targetGroups: [] } : null,
  };
}
