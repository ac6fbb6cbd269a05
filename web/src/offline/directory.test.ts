import { describe, expect, it } from 'vitest';
import { localPartnerServices } from './directory';
import type { FieldStore } from './store';

const held: Record<string, unknown[]> = {
  partner: [
    { id: 'p1', name: 'Ośrodek Pomocy Społecznej', active: true },
    { id: 'p2', name: 'Closed clinic', active: false },
  ],
  partner_service: [
    {
      id: 's1',
      partnerId: 'p1',
      name: 'Zasiłek celowy',
      status: 'active',
      serviceTypes: ['social_assistance'],
      targetGroups: [],
    },
    {
      id: 's2',
      partnerId: 'p1',
      name: 'Asystent rodziny',
      status: 'inactive',
      serviceTypes: ['family_support'],
      targetGroups: ['families'],
    },
    {
      id: 's3',
      partnerId: 'p2',
      name: 'HIV tests',
      status: 'active',
      serviceTypes: ['health_testing'],
      targetGroups: [],
    },
    {
      id: 's4',
      partnerId: 'p1',
      name: 'Praca socjalna',
      status: 'active',
      serviceTypes: ['social_assistance'],
      targetGroups: ['families'],
    },
  ],
};
const store = { all: (entity: string) => held[entity] ?? [] } as unknown as FieldStore;
const names = (query: Parameters<typeof localPartnerServices>[1]) =>
  localPartnerServices(store, query).items.map((s) => s.name);

describe('the partner directory on the phone', () => {
  it('lists active partners’ services only, active ones first, then by name', () => {
    expect(names({})).toEqual(['Praca socjalna', 'Zasiłek celowy', 'Asystent rodziny']);
  });

  it('finds a service by its name or its partner’s, diacritics folded', () => {
    expect(names({ q: 'zasilek' })).toEqual(['Zasiłek celowy']);
    expect(names({ q: 'ośrodek' })).toHaveLength(3);
    expect(names({ q: 'HIV' })).toEqual([]);
  });

  it('narrows by type and target group, and pages', () => {
    expect(names({ serviceType: 'social_assistance' as never })).toEqual(['Praca socjalna', 'Zasiłek celowy']);
    expect(names({ targetGroup: 'families' as never })).toEqual(['Praca socjalna', 'Asystent rodziny']);
    const second = localPartnerServices(store, { pageSize: 2, page: 2 });
    expect(second).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(second.items.map((s) => s.partnerName)).toEqual(['Ośrodek Pomocy Społecznej']);
  });
});
