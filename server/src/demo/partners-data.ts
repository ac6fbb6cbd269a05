import type { z } from 'zod';
import type { createPartnerBody, createPartnerLocationBody, createPartnerServiceBody } from '#core/schemas/partners';

/**
 * The demo's partner directory: the institutions of seed 000 and seed 004's
 * cooperation model in Warsaw and Gdańsk (the Polish demo) and in Prague and
 * Ostrava (the Czech one). Names are generic, addresses fictional, phone numbers
 * of the reserved demo ranges.
 */
type Place = Omit<z.input<typeof createPartnerLocationBody>, 'partnerId'>;
type Service = Omit<z.input<typeof createPartnerServiceBody>, 'partnerId' | 'locationIds'> & { at: string[] };
export interface DemoPartner {
  partner: z.input<typeof createPartnerBody>;
  places: Place[];
  services: Service[];
}

const weekdays = ['MO', 'TU', 'WE', 'TH', 'FR'] as ['MO', 'TU', 'WE', 'TH', 'FR'];
const office = (opensAt: string, closesAt: string) => [{ days: weekdays, opensAt, closesAt }];

export const warsawPartners: DemoPartner[] = [
  {
    partner: {
      name: 'Ośrodek Pomocy Społecznej Praga-Północ',
      phone: '+48 22 000 10 10',
      cooperationProcedure:
        'Skierowanie mailem do pracownika socjalnego dzielnicy; oddzwania w ciągu dwóch dni. Osobę można przyprowadzić we wtorki bez zapisu.',
      contacts: [{ name: 'Maria K.', title: 'Pracownica socjalna' }],
    },
    places: [
      { name: 'Siedziba', address: 'ul. Przykładowa 12', city: 'Warszawa', postalCode: '03-400', country: 'PL' },
    ],
    services: [
      {
        name: 'Pomoc społeczna dla osób w kryzysie bezdomności',
        serviceTypes: ['social_assistance', 'documents', 'housing'],
        targetGroups: ['people_experiencing_homelessness'],
        languages: ['pl', 'uk'],
        hours: office('08:00', '16:00'),
        at: ['Siedziba'],
      },
    ],
  },
  {
    partner: {
      name: 'Szpital Zakaźny — Poradnia Profilaktyczno-Lecznicza',
      phone: '+48 22 000 20 20',
      cooperationProcedure:
        'Wyniki reaktywne: telefon do koordynatorki, termin w ciągu tygodnia; osoba może przyjść z towarzyszeniem.',
      contacts: [{ name: 'Anna N.', title: 'Koordynatorka' }],
    },
    places: [{ name: 'Poradnia', address: 'ul. Testowa 37', city: 'Warszawa', postalCode: '01-200', country: 'PL' }],
    services: [
      {
        name: 'Testy i leczenie HIV, HCV, STI',
        serviceTypes: ['infectious_diseases', 'health_care'],
        targetGroups: ['sex_workers', 'people_who_use_drugs', 'lgbt'],
        languages: ['pl', 'en', 'uk'],
        hours: office('08:00', '18:00'),
        at: ['Poradnia'],
      },
    ],
  },
  {
    partner: {
      name: 'Poradnia leczenia substytucyjnego',
      cooperationProcedure: 'Kwalifikacja po rozmowie z lekarzem; skierowanie z punktu przyspiesza termin.',
    },
    places: [{ name: 'Program', address: 'ul. Zielona 5', city: 'Warszawa', postalCode: '02-100', country: 'PL' }],
    services: [
      {
        name: 'Leczenie substytucyjne (metadon, buprenorfina)',
        serviceTypes: ['substitution_treatment', 'addiction_treatment'],
        targetGroups: ['people_who_use_drugs'],
        hours: [{ days: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'], opensAt: '07:00', closesAt: '12:00' }],
        at: ['Program'],
      },
    ],
  },
  {
    partner: { name: 'Klinika Prawa — bezpłatna pomoc prawna', website: 'https://example.org/klinika' },
    places: [{ name: 'Punkt porad', city: 'Warszawa', country: 'PL' }],
    services: [
      {
        name: 'Porady prawne: najem, długi, prawo pracy',
        serviceTypes: ['legal_aid'],
        targetGroups: ['sex_workers', 'migrants', 'people_experiencing_homelessness'],
        languages: ['pl', 'en'],
        hours: [{ days: ['WE'], opensAt: '16:00', closesAt: '19:00' }],
        at: ['Punkt porad'],
      },
    ],
  },
  {
    partner: {
      name: 'Komenda Rejonowa Policji — zespół ds. ofiar przemocy',
      cooperationProcedure: 'Zgłoszenie tylko za zgodą osoby; towarzyszymy na komisariacie.',
      contacts: [{ name: 'asp. Tomasz W.', title: 'Oficer łącznikowy' }],
    },
    places: [],
    services: [
      {
        name: 'Kontakt z policją dla osób doświadczających przemocy',
        serviceTypes: ['police_liaison', 'crisis_intervention'],
        targetGroups: ['sex_workers', 'women_in_crisis'],
        at: [],
      },
    ],
  },
  {
    partner: { name: 'Dom dla Kobiet w Kryzysie' },
    places: [
      {
        name: 'Hostel dla kobiet',
        address: 'adres poufny',
        city: 'Warszawa',
        postalCode: '00-000',
        country: 'PL',
        latitude: 52.2,
        longitude: 21.0,
        confidential: true,
      },
    ],
    services: [
      {
        name: 'Schronienie dla kobiet doświadczających przemocy',
        serviceTypes: ['shelter', 'crisis_intervention'],
        targetGroups: ['women_in_crisis'],
        at: ['Hostel dla kobiet'],
      },
    ],
  },
  {
    partner: { name: 'Miejski Ośrodek Pomocy Rodzinie w Gdańsku', phone: '+48 58 000 30 30' },
    places: [{ name: 'Dział pomocy osobom bezdomnym', city: 'Gdańsk', country: 'PL' }],
    services: [
      {
        name: 'Pomoc społeczna i noclegi interwencyjne',
        serviceTypes: ['social_assistance', 'shelter'],
        targetGroups: ['people_experiencing_homelessness'],
        hours: office('07:30', '15:30'),
        at: ['Dział pomocy osobom bezdomnym'],
      },
    ],
  },
  {
    partner: {
      name: 'Pomorskie Centrum Chorób Zakaźnych w Gdańsku — poradnia',
      phone: '+48 58 000 40 40',
      cooperationProcedure: 'Zapis telefoniczny; osoby bez ubezpieczenia przyjmowane w ramach programu.',
    },
    places: [{ name: 'Poradnia', city: 'Gdańsk', country: 'PL' }],
    services: [
      {
        name: 'Diagnostyka i leczenie HIV i WZW',
        serviceTypes: ['infectious_diseases', 'health_care'],
        targetGroups: ['people_who_use_drugs', 'people_experiencing_homelessness'],
        hours: office('08:00', '15:00'),
        at: ['Poradnia'],
      },
    ],
  },
];

export const praguePartners: DemoPartner[] = [
  {
    partner: {
      name: 'Úřad městské části — sociální odbor',
      cooperationProcedure: 'Doporučení e-mailem sociální pracovnici; klient může přijít v úředních hodinách.',
      contacts: [{ name: 'Jana P.', title: 'Sociální pracovnice' }],
    },
    places: [{ name: 'Úřad', address: 'Vzorová 10', city: 'Praha', postalCode: '120 00', country: 'CZ' }],
    services: [
      {
        name: 'Sociální poradenství a dávky',
        serviceTypes: ['social_assistance', 'documents'],
        targetGroups: ['people_experiencing_homelessness', 'sex_workers'],
        languages: ['cs', 'uk'],
        hours: [{ days: ['MO', 'WE'], opensAt: '08:00', closesAt: '17:00' }],
        at: ['Úřad'],
      },
    ],
  },
  {
    partner: { name: 'Infekční klinika — HIV centrum', phone: '+420 200 000 100' },
    places: [{ name: 'Ambulance', address: 'Testovací 1', city: 'Praha', postalCode: '180 00', country: 'CZ' }],
    services: [
      {
        name: 'Testování a léčba HIV a hepatitid',
        serviceTypes: ['infectious_diseases', 'health_care'],
        targetGroups: ['sex_workers', 'people_who_use_drugs', 'lgbt'],
        languages: ['cs', 'en'],
        hours: office('08:00', '14:00'),
        at: ['Ambulance'],
      },
    ],
  },
  {
    partner: { name: 'Substituční centrum', cooperationProcedure: 'Vstupní pohovor po telefonické domluvě.' },
    places: [{ name: 'Centrum', city: 'Praha', country: 'CZ' }],
    services: [
      {
        name: 'Substituční léčba',
        serviceTypes: ['substitution_treatment'],
        targetGroups: ['people_who_use_drugs'],
        hours: office('07:00', '11:00'),
        at: ['Centrum'],
      },
    ],
  },
  {
    partner: { name: 'Charita Ostrava — noclehárna a azylový dům' },
    places: [{ name: 'Noclehárna', city: 'Ostrava', country: 'CZ' }],
    services: [
      {
        name: 'Noclehárna a azylové bydlení',
        serviceTypes: ['shelter', 'housing'],
        targetGroups: ['people_experiencing_homelessness'],
        hours: [{ days: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'], opensAt: '18:00', closesAt: '23:00' }],
        at: ['Noclehárna'],
      },
    ],
  },
  {
    partner: {
      name: 'Policie ČR Ostrava — styčný důstojník pro oběti násilí',
      cooperationProcedure: 'Jen se souhlasem klientky; na oddělení ji doprovázíme.',
      contacts: [{ name: 'npor. Pavel D.', title: 'Styčný důstojník' }],
    },
    places: [],
    services: [
      {
        name: 'Kontakt s policií pro oběti násilí a obchodu s lidmi',
        serviceTypes: ['police_liaison', 'crisis_intervention'],
        targetGroups: ['sex_workers', 'women_in_crisis'],
        languages: ['cs', 'uk'],
        at: [],
      },
    ],
  },
  {
    partner: { name: 'Azylový dům pro ženy a matky s dětmi Ostrava' },
    places: [
      {
        name: 'Azylový dům',
        address: 'utajená adresa',
        city: 'Ostrava',
        country: 'CZ',
        latitude: 49.8,
        longitude: 18.3,
        confidential: true,
      },
    ],
    services: [
      {
        name: 'Azylové ubytování pro ženy ohrožené násilím',
        serviceTypes: ['shelter', 'crisis_intervention'],
        targetGroups: ['women_in_crisis'],
        at: ['Azylový dům'],
      },
    ],
  },
  {
    partner: { name: 'Právní poradna pro lidi v sexbyznysu' },
    places: [],
    services: [
      {
        name: 'Právní poradenství',
        serviceTypes: ['legal_aid'],
        targetGroups: ['sex_workers', 'migrants'],
        languages: ['cs', 'en', 'uk'],
        at: [],
      },
    ],
  },
];
