import type {
  CreatePartnerBody,
  Partner,
  PartnerLocation,
  PartnerService,
  PartnerServiceStatus,
  ServiceType,
  TargetGroup,
  UpdatePartnerLocationBody,
} from '../../api/partners';
import { numberOrNull } from '../../ui/NumberField';
import type { Weekday } from './hours';

// What the partner, place and service forms hold, and the request bodies made
// from it. Text fields hold strings ('' = empty, which the API stores as null);
// number fields NaN while empty (what a cleared number field reports).

export interface ContactValues {
  name: string;
  title: string;
  email: string;
  phone: string;
}
export interface PartnerValues {
  name: string;
  alternateName: string;
  description: string;
  email: string;
  website: string;
  phone: string;
  cooperationProcedure: string;
  contacts: ContactValues[];
}

export const emptyContact = (): ContactValues => ({ name: '', title: '', email: '', phone: '' });

/** A partner's form values (empty for a new one). */
export function partnerValues(partner?: Partner): PartnerValues {
  return {
    name: partner?.name ?? '',
    alternateName: partner?.alternateName ?? '',
    description: partner?.description ?? '',
    email: partner?.email ?? '',
    website: partner?.website ?? '',
    phone: partner?.phone ?? '',
    cooperationProcedure: partner?.cooperationProcedure ?? '',
    contacts: (partner?.contacts ?? []).map((c) => ({
      name: c.name,
      title: c.title ?? '',
      email: c.email ?? '',
      phone: c.phone ?? '',
    })),
  };
}

/**
 * The body of a partner: every field, the contact persons whole (they are
 * written whole). An empty contact row is sent as it is and refused for its
 * missing name, so every message keeps pointing at the row on the screen.
 */
export function partnerBody(values: PartnerValues): CreatePartnerBody & { contacts: ContactValues[] } {
  return {
    name: values.name.trim(),
    alternateName: values.alternateName,
    description: values.description,
    email: values.email.trim(),
    website: values.website.trim(),
    phone: values.phone.trim(),
    cooperationProcedure: values.cooperationProcedure,
    contacts: values.contacts.map((c) => ({
      name: c.name.trim(),
      title: c.title,
      email: c.email.trim(),
      phone: c.phone.trim(),
    })),
  };
}

/**
 * Stops or resumes working with a partner. The contact persons go along: the
 * change schema is a `.partial()` of the new-partner one, whose default for
 * contacts is none, so a change that left them out would erase them.
 */
export function partnerActiveBody(partner: Partner) {
  return { active: !partner.active, contacts: partner.contacts };
}

export interface LocationValues {
  name: string;
  address: string;
  city: string;
  postalCode: string;
  country: string;
  latitude: number;
  longitude: number;
  confidential: boolean;
  transportation: string;
}

/** A place's form values (empty for a new one; Poland or Czechia is typed, not guessed). */
export function locationValues(location?: PartnerLocation): LocationValues {
  return {
    name: location?.name ?? '',
    address: location?.address ?? '',
    city: location?.city ?? '',
    postalCode: location?.postalCode ?? '',
    country: location?.country ?? '',
    latitude: location?.latitude ?? Number.NaN,
    longitude: location?.longitude ?? Number.NaN,
    confidential: location?.confidential ?? false,
    transportation: location?.transportation ?? '',
  };
}

/**
 * A place's body with every field, also for a change: the change schema is a
 * `.partial()` of the new-place one, whose defaults would otherwise fill the
 * fields left out — a confidential place made public, its country and
 * position forgotten.
 */
export function locationBody(values: LocationValues): Required<Omit<UpdatePartnerLocationBody, 'active'>> {
  const country = values.country.trim().toUpperCase();
  return {
    name: values.name.trim(),
    address: values.address,
    city: values.city,
    postalCode: values.postalCode,
    country: country === '' ? null : country,
    latitude: numberOrNull(values.latitude),
    longitude: numberOrNull(values.longitude),
    confidential: values.confidential,
    transportation: values.transportation,
  };
}

/** Takes a place out of use or back, keeping everything else as it is. */
export function locationActiveBody(location: PartnerLocation): UpdatePartnerLocationBody {
  return { ...locationBody(locationValues(location)), active: !location.active };
}

export interface HoursValues {
  days: Weekday[];
  opensAt: string;
  closesAt: string;
  note: string;
}

export const emptyHours = (): HoursValues => ({
  days: ['MO', 'TU', 'WE', 'TH', 'FR'],
  opensAt: '09:00',
  closesAt: '17:00',
  note: '',
});

export interface ServiceValues {
  name: string;
  description: string;
  status: PartnerServiceStatus;
  serviceTypes: ServiceType[];
  targetGroups: TargetGroup[];
  eligibility: string;
  minimumAge: number;
  maximumAge: number;
  languages: string[];
  email: string;
  url: string;
  phone: string;
  applicationProcess: string;
  feesDescription: string;
  hours: HoursValues[];
  locationIds: string[];
}

/** A service's form values (empty for a new one). */
export function serviceValues(service?: PartnerService): ServiceValues {
  return {
    name: service?.name ?? '',
    description: service?.description ?? '',
    status: service?.status ?? 'active',
    serviceTypes: [...(service?.serviceTypes ?? [])],
    targetGroups: [...(service?.targetGroups ?? [])],
    eligibility: service?.eligibility ?? '',
    minimumAge: service?.minimumAge ?? Number.NaN,
    maximumAge: service?.maximumAge ?? Number.NaN,
    languages: [...(service?.languages ?? [])],
    email: service?.email ?? '',
    url: service?.url ?? '',
    phone: service?.phone ?? '',
    applicationProcess: service?.applicationProcess ?? '',
    feesDescription: service?.feesDescription ?? '',
    hours: (service?.hours ?? []).map((h) => ({ ...h, days: [...h.days], note: h.note ?? '' })),
    locationIds: [...(service?.locationIds ?? [])],
  };
}

/** A service's body with every field (a change sends them all too: the form shows them all). */
export function serviceBody(values: ServiceValues) {
  return {
    name: values.name.trim(),
    description: values.description,
    status: values.status,
    serviceTypes: values.serviceTypes,
    targetGroups: values.targetGroups,
    eligibility: values.eligibility,
    minimumAge: numberOrNull(values.minimumAge),
    maximumAge: numberOrNull(values.maximumAge),
    languages: values.languages,
    email: values.email.trim(),
    url: values.url.trim(),
    phone: values.phone.trim(),
    applicationProcess: values.applicationProcess,
    feesDescription: values.feesDescription,
    hours: values.hours.map((h) => ({ days: h.days, opensAt: h.opensAt, closesAt: h.closesAt, note: h.note })),
    locationIds: values.locationIds,
  };
}
