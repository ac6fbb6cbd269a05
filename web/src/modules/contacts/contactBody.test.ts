import { describe, expect, it } from 'vitest';
import { createContactBody } from '#core/schemas/contacts';
import type { CatalogueItem } from '../../api/types';
import { contactBody, emptyDraft, newReferral, sentReferralIndex, targetGroupsOverHeadCount } from './contactBody';
import { exchangeMaterials, featuredMaterials } from './MaterialSteppers';

const id = '01960000-0000-7000-8000-000000000001';
const shiftId = '01960000-0000-7000-8000-000000000002';
const clientId = '01960000-0000-7000-8000-000000000003';
const material = (n: number) => `01960000-0000-7000-8000-0000000001${String(n).padStart(2, '0')}`;

describe('contactBody', () => {
  it('sends only what was tapped: materials above zero, no empty texts, the shift gives the place', () => {
    const draft = { ...emptyDraft(), materials: { [material(1)]: 20, [material(2)]: 0, [material(3)]: 1 } };
    const body = contactBody(id, shiftId, { kind: 'repeat', clientId, pseudonym: 'Roksana' }, draft);
    expect(body).toMatchObject({
      id,
      kind: 'repeat',
      clientId,
      shiftId,
      materials: [
        { materialId: material(1), quantity: 20, returned: 0, secondaryFor: 0 },
        { materialId: material(3), quantity: 1, returned: 0, secondaryFor: 0 },
      ],
      referrals: [],
      followUp: null,
      notes: null,
      changes: null,
      initialSituation: null,
      headCount: null,
      breakdown: null,
    });
    expect(body).not.toHaveProperty('channel');
    expect(createContactBody.safeParse(body).success).toBe(true);
  });

  it('keeps each kind to its own parts: changes on repeat cards, the situation on first cards, counts on anonymous ones', () => {
    const draft = {
      ...emptyDraft(),
      changes: '  Zebrał zaświadczenia. ',
      headCount: 3,
      breakdown: { women: 1, men: 1, nonBinary: 0, targetGroups: {} },
      situation: { ...emptyDraft().situation, housing: 'street' as const, health: ' ' },
    };
    const repeat = contactBody(id, shiftId, { kind: 'repeat', clientId, pseudonym: 'P' }, draft);
    expect(repeat.changes).toBe('Zebrał zaświadczenia.');
    expect(repeat.initialSituation).toBeNull();
    expect(repeat.headCount).toBeNull();

    const first = contactBody(id, shiftId, { kind: 'first', clientId, pseudonym: 'P' }, draft);
    expect(first.changes).toBeNull();
    expect(first.initialSituation).toEqual({
      housing: 'street',
      income: [],
      documents: null,
      health: null,
      needs: null,
      institutions: null,
    });
    expect(createContactBody.safeParse(first).success).toBe(true);

    const anonymous = contactBody(id, shiftId, { kind: 'anonymous' }, draft);
    expect(anonymous).toMatchObject({
      clientId: null,
      headCount: 3,
      breakdown: { women: 1, men: 1, nonBinary: 0, targetGroups: [] },
      changes: null,
      initialSituation: null,
    });
    expect(createContactBody.safeParse(anonymous).success).toBe(true);
  });

  it('sends a half-filled follow-up so the missing half is named next to its field', () => {
    const draft = { ...emptyDraft(), followUpWhat: 'Pójść razem po dowód' };
    const body = contactBody(id, shiftId, { kind: 'anonymous' }, draft);
    const result = createContactBody.safeParse(body);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['followUp.dueOn']);
  });

  it('notes several referrals, dropping empty rows, and refuses a breakdown bigger than the head count', () => {
    const reason = '01960000-0000-7000-8000-000000000201';
    const draft = {
      ...emptyDraft(),
      referrals: [
        { key: 1, reasonId: null, partnerName: ' MOPS ', note: '' },
        { key: 2, reasonId: null, partnerName: ' ', note: '' },
        { key: 3, reasonId: reason, partnerName: '', note: ' po 10:00 ' },
      ],
      headCount: 2,
      breakdown: { women: 2, men: 1, nonBinary: 0, targetGroups: {} },
    };
    const body = contactBody(id, shiftId, { kind: 'anonymous' }, draft);
    expect(body.referrals).toEqual([
      { reasonId: null, partnerName: 'MOPS', note: null },
      { reasonId: reason, partnerName: null, note: 'po 10:00' },
    ]);
    // The third row on screen is the second one sent: its fields are named after where they are sent.
    expect([1, 2, 3].map((key) => sentReferralIndex(draft, key))).toEqual([0, null, 1]);
    const result = createContactBody.safeParse(body);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['breakdown']);
  });

  it('starts with one empty referral row that is not sent, and makes new rows with keys of their own', () => {
    const draft = emptyDraft();
    expect(draft.referrals).toHaveLength(1);
    expect(contactBody(id, shiftId, { kind: 'repeat', clientId, pseudonym: 'P' }, draft).referrals).toEqual([]);
    const rows = [...draft.referrals, newReferral(draft.referrals)];
    expect(newReferral(rows).key).not.toBe(rows[0]?.key);
    expect(new Set([...rows, newReferral(rows)].map((r) => r.key)).size).toBe(3);
  });

  it('sends what was brought back and passed on with each material, even with none handed out', () => {
    const draft = {
      ...emptyDraft(),
      materials: { [material(1)]: 10, [material(2)]: 0 },
      returned: { [material(1)]: 8, [material(2)]: 5, [material(3)]: 0 },
      secondaryFor: { [material(1)]: 2 },
    };
    const body = contactBody(id, shiftId, { kind: 'repeat', clientId, pseudonym: 'P' }, draft);
    expect(body.materials).toEqual([
      { materialId: material(1), quantity: 10, returned: 8, secondaryFor: 2 },
      { materialId: material(2), quantity: 0, returned: 5, secondaryFor: 0 },
    ]);
    expect(createContactBody.safeParse(body).success).toBe(true);
  });

  it('sends an anonymous breakdown by target group, leaving out groups at zero, and flags a group above the head count', () => {
    const group = (n: number) => `01960000-0000-7000-8000-0000000003${String(n).padStart(2, '0')}`;
    const draft = {
      ...emptyDraft(),
      headCount: 3,
      breakdown: { women: 0, men: 0, nonBinary: 0, targetGroups: { [group(1)]: 3, [group(2)]: 0 } },
    };
    const body = contactBody(id, shiftId, { kind: 'anonymous' }, draft);
    expect(body.breakdown).toEqual({
      women: 0,
      men: 0,
      nonBinary: 0,
      targetGroups: [{ targetGroupId: group(1), count: 3 }],
    });
    expect(createContactBody.safeParse(body).success).toBe(true);
    expect(targetGroupsOverHeadCount(draft)).toEqual([]);
    expect(targetGroupsOverHeadCount({ ...draft, headCount: 2 })).toEqual([group(1)]);
    // A named card never carries a breakdown.
    expect(contactBody(id, shiftId, { kind: 'repeat', clientId, pseudonym: 'P' }, draft).breakdown).toBeNull();
  });
});

describe('exchangeMaterials', () => {
  const item = (key: string, n: number): CatalogueItem => ({
    id: material(n),
    kind: 'material',
    key,
    labels: { en: key },
    unit: 'piece',
    active: true,
    sortOrder: n,
  });
  const choices = [item('condom', 1), item('syringe', 2), item('needle', 3), item('foil', 4), item('syringe_2ml', 5)];

  it('offers returned and passed-on counts for needles and syringes, and for anything already counted there', () => {
    const none = { materials: {}, returned: {}, secondaryFor: {} };
    expect(exchangeMaterials(choices, none).map((m) => m.key)).toEqual(['syringe', 'needle', 'syringe_2ml']);
    expect(exchangeMaterials(choices, { ...none, secondaryFor: { [material(4)]: 1 } }).map((m) => m.key)).toEqual([
      'syringe',
      'needle',
      'foil',
      'syringe_2ml',
    ]);
  });
});

describe('featuredMaterials', () => {
  const item = (n: number): CatalogueItem => ({
    id: material(n),
    kind: 'material',
    key: `m${n}`,
    labels: { en: `M${n}` },
    unit: 'piece',
    active: true,
    sortOrder: n * 10,
  });
  const choices = [1, 2, 3, 4, 5, 6, 7].map(item);

  it('puts the first few, the likely ones and the counted ones up front, in catalogue order', () => {
    const { featured, more } = featuredMaterials(choices, new Set([material(6)]), { [material(5)]: 2 });
    expect(featured.map((m) => m.key)).toEqual(['m1', 'm2', 'm3', 'm5', 'm6']);
    expect(more.map((m) => m.key)).toEqual(['m4', 'm7']);
  });
});
