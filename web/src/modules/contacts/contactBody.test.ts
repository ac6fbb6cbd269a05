import { describe, expect, it } from 'vitest';
import { createContactBody } from '#core/schemas/contacts';
import type { CatalogueItem } from '../../api/types';
import { contactBody, emptyDraft } from './contactBody';
import { featuredMaterials } from './MaterialSteppers';

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
      breakdown: { women: 1, men: 1, nonBinary: 0 },
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

  it('notes a referral with a reason or a partner, and refuses a breakdown bigger than the head count', () => {
    const draft = {
      ...emptyDraft(),
      referralPartner: ' MOPS ',
      headCount: 2,
      breakdown: { women: 2, men: 1, nonBinary: 0 },
    };
    const body = contactBody(id, shiftId, { kind: 'anonymous' }, draft);
    expect(body.referrals).toEqual([{ reasonId: null, partnerName: 'MOPS', note: null }]);
    const result = createContactBody.safeParse(body);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['breakdown']);
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
