import { describe, expect, it } from 'vitest';
import { partnerListParams, partnerServiceParams } from '../../api/partners';
import { validatePartnersSearch } from './search';
import { directoryQuery, serviceStatusKey, termList, termName } from './terms';

describe('the directory request', () => {
  it('comes from the address, dropping a type or group the taxonomy does not have', () => {
    const search = validatePartnersSearch({ q: 'mops', type: 'legal_aid', group: 'nobody', inactive: true, page: '2' });
    expect(directoryQuery(search, 25)).toEqual({
      q: 'mops',
      serviceType: 'legal_aid',
      targetGroup: undefined,
      active: 'all',
      page: 2,
      pageSize: 25,
    });
    expect(validatePartnersSearch({ inactive: '1', other: 'x' })).toEqual({});
  });

  it('sends exactly the parameters the routes take, set ones only', () => {
    const query = { q: '  ', serviceType: 'shelter', active: undefined, page: 1, pageSize: 25, extra: 'x' } as never;
    expect(partnerListParams(query)).toEqual({ serviceType: 'shelter', page: 1, pageSize: 25 });
    expect(partnerServiceParams({ q: 'law', targetGroup: 'migrants', active: 'all' } as never)).toEqual({
      q: 'law',
      targetGroup: 'migrants',
    });
  });
});

describe('taxonomy labels', () => {
  it('name terms in the UI language, English for a language Kontakt does not speak', () => {
    expect(termName('service-type', 'legal_aid', 'pl')).toBe('Pomoc prawna');
    expect(termName('target-group', 'migrants', 'de')).toBe('Migrants and refugees');
    expect(termList('service-type', ['shelter', 'food'], 'cs')).toBe('Azyl a noclehárny, Potraviny');
    expect(serviceStatusKey('temporarily closed')).toBe('partners.statuses.temporarily_closed');
  });
});
