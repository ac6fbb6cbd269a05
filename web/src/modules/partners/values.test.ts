import { describe, expect, it } from 'vitest';
import { createPartnerBody, createPartnerServiceBody, updatePartnerLocationBody } from '#core/schemas/partners';
import type { Partner, PartnerLocation } from '../../api/partners';
import {
  emptyHours,
  locationActiveBody,
  locationBody,
  locationValues,
  partnerActiveBody,
  partnerBody,
  partnerValues,
  serviceBody,
  serviceValues,
} from './values';

const partner: Partner = {
  id: '0192f5a0-0000-7000-8000-000000000001',
  name: 'MOPS Wola',
  alternateName: null,
  description: null,
  email: null,
  website: null,
  phone: '+48 22 111 22 33',
  cooperationProcedure: 'Call first.',
  contacts: [{ name: 'Anna Nowak', title: null, email: 'anna@mops.example', phone: null }],
  active: true,
  updatedAt: '2026-12-01T10:00:00.000Z',
};

const shelter: PartnerLocation = {
  id: '0192f5a0-0000-7000-8000-000000000002',
  partnerId: partner.id,
  name: 'Shelter',
  address: 'Secret street 1',
  city: 'Warszawa',
  postalCode: '00-001',
  country: 'PL',
  latitude: 52.23,
  longitude: 21.01,
  confidential: true,
  transportation: null,
  active: true,
};

describe('partner bodies', () => {
  it('turn a partner into form values and back into a body the schema accepts', () => {
    const body = partnerBody(partnerValues(partner));
    expect(createPartnerBody.parse(body)).toMatchObject({
      name: 'MOPS Wola',
      description: null,
      phone: '+48 22 111 22 33',
      contacts: [{ name: 'Anna Nowak', title: null, email: 'anna@mops.example', phone: null }],
    });
  });

  it('keep an empty contact row where it is, so its message points at it', () => {
    const values = partnerValues(partner);
    values.contacts.unshift({ name: '', title: '', email: '', phone: '' });
    const result = createPartnerBody.safeParse(partnerBody(values));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['contacts.0.name']);
  });

  it('send the contact persons along when a partner is deactivated, so they are not erased', () => {
    expect(partnerActiveBody(partner)).toEqual({ active: false, contacts: partner.contacts });
    expect(partnerActiveBody({ ...partner, active: false }).active).toBe(true);
  });
});

describe('place bodies', () => {
  it('send every field, so a change never makes a confidential place public', () => {
    const body = locationActiveBody(shelter);
    expect(updatePartnerLocationBody.parse(body)).toMatchObject({
      active: false,
      confidential: true,
      country: 'PL',
      latitude: 52.23,
      longitude: 21.01,
    });
  });

  it('clear empty numbers and write the country code in capitals', () => {
    const values = { ...locationValues(), name: ' Office ', country: 'cz ' };
    expect(locationBody(values)).toMatchObject({ name: 'Office', country: 'CZ', latitude: null, longitude: null });
    expect(locationBody(locationValues()).country).toBeNull();
  });
});

describe('service bodies', () => {
  it('make a body the schema accepts, with ages, languages, hours and places', () => {
    const values = {
      ...serviceValues(),
      name: 'Legal advice',
      serviceTypes: ['legal_aid' as const, 'documents' as const],
      targetGroups: ['migrants' as const],
      minimumAge: 18,
      languages: ['pl', 'uk'],
      hours: [{ ...emptyHours(), note: 'By appointment' }],
      locationIds: [shelter.id],
    };
    const parsed = createPartnerServiceBody.parse({ partnerId: partner.id, ...serviceBody(values) });
    expect(parsed).toMatchObject({
      minimumAge: 18,
      maximumAge: null,
      email: null,
      hours: [{ days: ['MO', 'TU', 'WE', 'TH', 'FR'], opensAt: '09:00', closesAt: '17:00', note: 'By appointment' }],
    });
  });

  it('refuse a service without a type and hours that close before they open', () => {
    const values = { ...serviceValues(), name: 'X', hours: [{ ...emptyHours(), opensAt: '18:00' }] };
    const result = createPartnerServiceBody.safeParse({ partnerId: partner.id, ...serviceBody(values) });
    expect(result.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['hours.0.closesAt', 'serviceTypes']);
  });
});
