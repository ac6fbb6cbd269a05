import type { Discipline, Role } from '#core/roles';
import type { siteTypes, spotKinds } from '#core/schemas/places';

/**
 * Pure data for the two demo organisations (engineering.md, "Conventions"): users are named by
 * role (`admin@demo.kontakt.test`, `counsellor.psych@…`) and the second organisation repeats the
 * roles under `@demo2.kontakt.test`, so tenant isolation can be seen. Every name, address, venue
 * and spot here is fictional; clubs and agencies carry the coded names outreach teams use.
 */
export interface DemoOrganisation {
  slug: string;
  name: string;
  defaultLocale: 'pl' | 'cs';
  timeZone: string;
  emailDomain: string;
  users: {
    role: Role;
    emailLocal: string;
    displayName: string;
    disciplines: Discipline[];
    locale: 'pl' | 'cs' | 'en' | 'uk';
    /** The name of one of the organisation's `teams`. */
    team?: string;
  }[];
  sites: {
    name: string;
    type: (typeof siteTypes)[number];
    capacityPlaces: number | null;
    capacityBeds: number | null;
    address: string | null;
    openingHours: string | null;
  }[];
  teams: string[];
  areas: {
    name: string;
    description: string | null;
    spots: { name: string; kind: (typeof spotKinds)[number]; latitude: number | null; longitude: number | null }[];
  }[];
}

const warsawStreetTeam = 'Zespół streetworkingu';
const warsawPartyTeam = 'Zespół partyworkingu';

/** A Warsaw foundation: drop-in for sex workers, shelter and housing for people in Praga-Północ. */
const warsaw: DemoOrganisation = {
  slug: 'demo',
  name: 'Fundacja Siatka Bezpieczeństwa (demo)',
  defaultLocale: 'pl',
  timeZone: 'Europe/Warsaw',
  emailDomain: 'demo.kontakt.test',
  teams: [warsawStreetTeam, warsawPartyTeam],
  users: [
    { role: 'admin', emailLocal: 'admin', displayName: 'Magdalena K.', disciplines: [], locale: 'pl' },
    {
      role: 'coordinator',
      emailLocal: 'coordinator',
      displayName: 'Tomasz W.',
      disciplines: [],
      locale: 'pl',
      team: warsawStreetTeam,
    },
    {
      role: 'outreach',
      emailLocal: 'outreach',
      displayName: 'Agnieszka R.',
      disciplines: [],
      locale: 'pl',
      team: warsawStreetTeam,
    },
    { role: 'peer', emailLocal: 'peer', displayName: 'Olena S.', disciplines: [], locale: 'uk', team: warsawPartyTeam },
    {
      role: 'counsellor',
      emailLocal: 'counsellor.psych',
      displayName: 'Katarzyna M.',
      disciplines: ['psychological'],
      locale: 'pl',
    },
    {
      role: 'counsellor',
      emailLocal: 'counsellor.medical',
      displayName: 'Piotr Z.',
      disciplines: ['medical'],
      locale: 'pl',
    },
    {
      role: 'counsellor',
      emailLocal: 'counsellor.legal',
      displayName: 'Joanna L.',
      disciplines: ['legal'],
      locale: 'pl',
    },
    { role: 'reception', emailLocal: 'reception', displayName: 'Marek B.', disciplines: [], locale: 'pl' },
    {
      role: 'volunteer',
      emailLocal: 'volunteer',
      displayName: 'Zuzanna P.',
      disciplines: [],
      locale: 'pl',
      team: warsawPartyTeam,
    },
    { role: 'viewer', emailLocal: 'viewer', displayName: 'Andrzej N.', disciplines: [], locale: 'pl' },
  ],
  sites: [
    {
      name: 'Punkt wsparcia Siatka (drop-in)',
      type: 'drop_in_centre',
      capacityPlaces: 15,
      capacityBeds: null,
      address: 'ul. Przykładowa 12, 00-001 Warszawa',
      openingHours: 'pon.–pt. 12:00–20:00',
    },
    {
      name: 'Ogrzewalnia Praga',
      type: 'warming_shelter',
      capacityPlaces: 40,
      capacityBeds: null,
      address: 'ul. Wzorcowa 3, 03-001 Warszawa',
      openingHours: 'codziennie 19:00–8:00 (październik–kwiecień)',
    },
    {
      name: 'Punkt sanitarny Praga',
      type: 'sanitary_point',
      capacityPlaces: 6,
      capacityBeds: null,
      address: 'ul. Wzorcowa 3, 03-001 Warszawa',
      openingHours: 'codziennie 8:00–14:00',
    },
    {
      name: 'Punkt dziennego pobytu',
      type: 'day_centre',
      capacityPlaces: 25,
      capacityBeds: null,
      address: 'ul. Wzorcowa 5, 03-001 Warszawa',
      openingHours: 'pon.–sob. 9:00–17:00',
    },
    {
      name: 'Noclegownia',
      type: 'night_shelter',
      capacityPlaces: null,
      capacityBeds: 30,
      address: 'ul. Próbna 8, 03-002 Warszawa',
      openingHours: 'codziennie 20:00–8:00',
    },
    {
      name: 'Hostel',
      type: 'hostel',
      capacityPlaces: null,
      capacityBeds: 12,
      address: 'ul. Próbna 10, 03-002 Warszawa',
      openingHours: 'całodobowo',
    },
    // Addresses of the flats are kept out of the system on purpose.
    {
      name: 'Mieszkanie readaptacyjne 1',
      type: 're_adaptation_flat',
      capacityPlaces: null,
      capacityBeds: 3,
      address: null,
      openingHours: null,
    },
    {
      name: 'Mieszkanie readaptacyjne 2',
      type: 're_adaptation_flat',
      capacityPlaces: null,
      capacityBeds: 2,
      address: null,
      openingHours: null,
    },
    {
      name: 'Biuro fundacji',
      type: 'office',
      capacityPlaces: null,
      capacityBeds: null,
      address: 'ul. Przykładowa 12, 00-001 Warszawa',
      openingHours: 'pon.–pt. 9:00–17:00',
    },
  ],
  areas: [
    {
      name: 'Śródmieście',
      description: 'Centrum: okolice dworca, kluby i agencje.',
      spots: [
        { name: 'Dworzec Centralny', kind: 'station', latitude: 52.2289, longitude: 21.0033 },
        { name: 'Przejście podziemne S1', kind: 'street', latitude: 52.2301, longitude: 21.0069 },
        { name: 'Róg ulic S2', kind: 'street', latitude: 52.2338, longitude: 21.0152 },
        { name: 'Klub K1', kind: 'club', latitude: 52.2329, longitude: 21.0108 },
        { name: 'Agencja A1', kind: 'agency', latitude: 52.2262, longitude: 21.0147 },
      ],
    },
    {
      name: 'Praga-Północ',
      description: 'Streetworking wśród osób w kryzysie bezdomności i osób używających narkotyków.',
      spots: [
        { name: 'Dworzec Wileński', kind: 'station', latitude: 52.2546, longitude: 21.0347 },
        { name: 'Okolice bazaru P1', kind: 'street', latitude: 52.2512, longitude: 21.0378 },
        { name: 'Pustostan przy torach P2', kind: 'squat', latitude: 52.2583, longitude: 21.0421 },
        { name: 'Skwer P3', kind: 'park', latitude: 52.2497, longitude: 21.0322 },
      ],
    },
    {
      name: 'Wola',
      description: 'Kluby i agencje; dyżury partyworkingowe w weekendy.',
      spots: [
        { name: 'Dworzec Zachodni', kind: 'station', latitude: 52.2193, longitude: 20.9652 },
        { name: 'Róg ulic W1', kind: 'street', latitude: 52.2361, longitude: 20.9897 },
        { name: 'Klub K2', kind: 'club', latitude: 52.2318, longitude: 20.9846 },
        { name: 'Agencja A2', kind: 'agency', latitude: 52.2384, longitude: 20.9752 },
      ],
    },
    {
      name: 'Internet',
      description: 'Praca w sieci: portale ogłoszeniowe i komunikatory.',
      spots: [{ name: 'Portale ogłoszeniowe', kind: 'online', latitude: null, longitude: null }],
    },
  ],
};

const pragueStreetTeam = 'Terénní tým';
const pragueWomenTeam = 'Tým programu pro ženy';

/** A Prague organisation: kontaktní centrum, street work and a programme for women. */
const prague: DemoOrganisation = {
  slug: 'demo2',
  name: 'Spolek Kontaktní síť (demo)',
  defaultLocale: 'cs',
  timeZone: 'Europe/Prague',
  emailDomain: 'demo2.kontakt.test',
  teams: [pragueStreetTeam, pragueWomenTeam],
  users: [
    { role: 'admin', emailLocal: 'admin', displayName: 'Jana N.', disciplines: [], locale: 'cs' },
    {
      role: 'coordinator',
      emailLocal: 'coordinator',
      displayName: 'Petr H.',
      disciplines: [],
      locale: 'cs',
      team: pragueStreetTeam,
    },
    {
      role: 'outreach',
      emailLocal: 'outreach',
      displayName: 'Lucie D.',
      disciplines: [],
      locale: 'cs',
      team: pragueStreetTeam,
    },
    {
      role: 'peer',
      emailLocal: 'peer',
      displayName: 'Markéta S.',
      disciplines: [],
      locale: 'cs',
      team: pragueWomenTeam,
    },
    {
      role: 'counsellor',
      emailLocal: 'counsellor.psych',
      displayName: 'Tereza V.',
      disciplines: ['psychological'],
      locale: 'cs',
    },
    {
      role: 'counsellor',
      emailLocal: 'counsellor.medical',
      displayName: 'Martin K.',
      disciplines: ['medical'],
      locale: 'cs',
    },
    {
      role: 'counsellor',
      emailLocal: 'counsellor.legal',
      displayName: 'Kateřina B.',
      disciplines: ['legal'],
      locale: 'cs',
    },
    { role: 'reception', emailLocal: 'reception', displayName: 'Pavel R.', disciplines: [], locale: 'cs' },
    {
      role: 'volunteer',
      emailLocal: 'volunteer',
      displayName: 'Emma T.',
      disciplines: [],
      locale: 'en',
      team: pragueStreetTeam,
    },
    { role: 'viewer', emailLocal: 'viewer', displayName: 'Jiří M.', disciplines: [], locale: 'cs' },
  ],
  sites: [
    {
      name: 'Kontaktní centrum',
      type: 'drop_in_centre',
      capacityPlaces: 20,
      capacityBeds: null,
      address: 'Ukázková 5, 120 00 Praha 2',
      openingHours: 'po–pá 10:00–18:00',
    },
    {
      name: 'Hygienický servis',
      type: 'sanitary_point',
      capacityPlaces: 4,
      capacityBeds: null,
      address: 'Ukázková 5, 120 00 Praha 2',
      openingHours: 'po–pá 10:00–16:00',
    },
    {
      name: 'Program pro ženy – denní centrum',
      type: 'day_centre',
      capacityPlaces: 12,
      capacityBeds: null,
      address: 'Vzorová 14, 150 00 Praha 5',
      openingHours: 'út a čt 14:00–18:00',
    },
    {
      name: 'Kancelář spolku',
      type: 'office',
      capacityPlaces: null,
      capacityBeds: null,
      address: 'Ukázková 5, 120 00 Praha 2',
      openingHours: 'po–pá 9:00–17:00',
    },
  ],
  areas: [
    {
      name: 'Praha 1',
      description: 'Centrum: Václavské náměstí, nádraží, kluby a priváty.',
      spots: [
        { name: 'Masarykovo nádraží', kind: 'station', latitude: 50.0879, longitude: 14.4344 },
        { name: 'Dolní část Václavského náměstí', kind: 'street', latitude: 50.0843, longitude: 14.4247 },
        { name: 'Klub K1', kind: 'club', latitude: 50.0852, longitude: 14.4213 },
        { name: 'Privát A1', kind: 'agency', latitude: 50.0869, longitude: 14.4282 },
      ],
    },
    {
      name: 'Praha 2',
      description: 'Hlavní nádraží a okolí, terénní práce s lidmi užívajícími drogy.',
      spots: [
        { name: 'Hlavní nádraží', kind: 'station', latitude: 50.0831, longitude: 14.4353 },
        { name: 'Park u nádraží', kind: 'park', latitude: 50.0843, longitude: 14.4329 },
        { name: 'Ulice N1', kind: 'street', latitude: 50.0767, longitude: 14.4296 },
      ],
    },
    {
      name: 'Smíchov',
      description: 'Anděl, Smíchovské nádraží a opuštěné objekty podél trati.',
      spots: [
        { name: 'Smíchovské nádraží', kind: 'station', latitude: 50.0611, longitude: 14.4081 },
        { name: 'Anděl – ulice S1', kind: 'street', latitude: 50.0712, longitude: 14.4036 },
        { name: 'Squat u trati S2', kind: 'squat', latitude: 50.0653, longitude: 14.4097 },
        { name: 'Klub K2', kind: 'club', latitude: 50.0724, longitude: 14.4003 },
      ],
    },
    {
      name: 'Online',
      description: 'Inzertní weby a sociální sítě.',
      spots: [{ name: 'Inzertní weby', kind: 'online', latitude: null, longitude: null }],
    },
  ],
};

/** The demo organisations the demo seed creates. */
export const demoOrganisations: readonly DemoOrganisation[] = [warsaw, prague];
