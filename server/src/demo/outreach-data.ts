/**
 * Outreach demo for S1 (sex workers, Śródmieście and clubs) and S5 (people
 * experiencing homelessness, Praga-Północ), and the Prague street team. All
 * people are fictional; codes are valid Czech ID kódy built from invented facts.
 */
export interface DemoPerson {
  pseudonym: string;
  code: string | null;
  targetGroups: string[];
  gender: 'woman' | 'man' | 'non_binary' | null;
  birthYear: number | null;
}

export interface DemoContact {
  person: number | null;
  kind: 'first' | 'repeat' | 'anonymous';
  hour: number;
  spot: string;
  materials: [key: string, quantity: number][];
  services?: string[];
  topics?: string[];
  headCount?: number;
  notes?: string;
  changes?: string;
  followUpInDays?: number;
  followUp?: string;
  referral?: string;
  situation?: {
    housing: 'street' | 'squat' | 'night_shelter' | 'rented_room_or_flat';
    documents: 'has_documents' | 'partial' | 'none';
  };
}

export interface DemoShift {
  team: string;
  /** Days from today (negative: past). */
  day: number;
  start: string;
  end: string;
  channel: 'street' | 'club' | 'party' | 'agency';
  area: string;
  spots: string[];
  members: string[];
  state: 'planned' | 'open' | 'submitted' | 'approved' | 'returned';
  narrative?: string;
  returnComment?: string;
  contacts: DemoContact[];
}

export interface DemoOutreach {
  people: DemoPerson[];
  stock: { team: string; material: string; received: number; threshold: number }[];
  shifts: DemoShift[];
}

const street = 'Zespół streetworkingu';
const party = 'Zespół partyworkingu';

export const warsawOutreach: DemoOutreach = {
  people: [
    { pseudonym: 'Roksana', code: 'DOR14KAS03', targetGroups: ['sex_workers'], gender: 'woman', birthYear: 1994 },
    {
      pseudonym: 'Mira z Wileńskiego',
      code: 'HAL02MIR11',
      targetGroups: ['people_experiencing_homelessness'],
      gender: 'woman',
      birthYear: 1971,
    },
    {
      pseudonym: 'Pan Zdzisław',
      code: 'JAD27ZDZ06',
      targetGroups: ['people_experiencing_homelessness', 'people_who_use_drugs'],
      gender: 'man',
      birthYear: 1962,
    },
    { pseudonym: 'Tina', code: null, targetGroups: ['sex_workers', 'trans_people'], gender: 'woman', birthYear: null },
    {
      pseudonym: 'Kuba spod bazaru',
      code: 'EWA09JAK01',
      targetGroups: ['people_who_inject_drugs'],
      gender: 'man',
      birthYear: 1988,
    },
    {
      pseudonym: 'Ola',
      code: 'MAR30ALE07',
      targetGroups: ['sex_workers', 'migrants'],
      gender: 'woman',
      birthYear: 1999,
    },
  ],
  stock: [
    { team: street, material: 'condom', received: 500, threshold: 100 },
    { team: street, material: 'syringe', received: 300, threshold: 50 },
    { team: street, material: 'food', received: 120, threshold: 20 },
    { team: party, material: 'condom', received: 200, threshold: 150 },
    { team: party, material: 'lubricant', received: 150, threshold: 30 },
  ],
  shifts: [
    {
      team: street,
      day: -7,
      start: '18:00',
      end: '22:00',
      channel: 'street',
      area: 'Śródmieście',
      spots: ['Dworzec Centralny', 'Róg ulic S2'],
      members: ['outreach', 'peer'],
      state: 'approved',
      narrative: 'Spokojny dyżur. Dużo nowych osób przy dworcu, rozmowy o przemocy ze strony klientów.',
      contacts: [
        {
          person: 0,
          kind: 'first',
          hour: 19,
          spot: 'Róg ulic S2',
          materials: [
            ['condom', 20],
            ['lubricant', 5],
            ['leaflet', 1],
          ],
          services: ['information'],
          topics: ['safer_sex', 'violence', 'rights'],
          notes: 'Pierwsza rozmowa, zainteresowana dyżurem w punkcie.',
          situation: { housing: 'rented_room_or_flat', documents: 'has_documents' },
        },
        {
          person: null,
          kind: 'anonymous',
          hour: 20,
          spot: 'Dworzec Centralny',
          headCount: 3,
          materials: [
            ['condom', 15],
            ['leaflet', 3],
          ],
        },
        {
          person: 5,
          kind: 'first',
          hour: 21,
          spot: 'Róg ulic S2',
          materials: [['condom', 10]],
          topics: ['health', 'migration'],
          followUpInDays: -2,
          followUp: 'Umówić tłumacza na wizytę w punkcie',
          referral: 'medical_care',
          situation: { housing: 'rented_room_or_flat', documents: 'partial' },
        },
      ],
    },
    {
      team: street,
      day: -3,
      start: '10:00',
      end: '15:00',
      channel: 'street',
      area: 'Praga-Północ',
      spots: ['Dworzec Wileński', 'Pustostan przy torach P2', 'Okolice bazaru P1'],
      members: ['outreach', 'volunteer'],
      state: 'approved',
      narrative: 'Obchód Pragi. Pan Zdzisław bez dokumentów, ustalony plan wyrobienia dowodu.',
      contacts: [
        {
          person: 1,
          kind: 'first',
          hour: 10,
          spot: 'Dworzec Wileński',
          materials: [
            ['food', 2],
            ['socks', 1],
          ],
          services: ['material_aid', 'information'],
          topics: ['housing', 'health'],
          situation: { housing: 'street', documents: 'has_documents' },
          notes: 'Śpi na dworcu, nie chce do schroniska.',
        },
        {
          person: 2,
          kind: 'first',
          hour: 11,
          spot: 'Pustostan przy torach P2',
          materials: [
            ['food', 1],
            ['syringe', 10],
            ['needle', 10],
          ],
          services: ['first_aid'],
          topics: ['documents', 'safer_use'],
          situation: { housing: 'squat', documents: 'none' },
          followUpInDays: 4,
          followUp: 'Pójść razem do urzędu po dowód',
          referral: 'legal_aid',
        },
        {
          person: 4,
          kind: 'first',
          hour: 13,
          spot: 'Okolice bazaru P1',
          materials: [
            ['syringe', 20],
            ['alcohol_swab', 20],
          ],
          topics: ['safer_use', 'overdose'],
        },
      ],
    },
    {
      team: street,
      day: -1,
      start: '18:00',
      end: '22:00',
      channel: 'street',
      area: 'Praga-Północ',
      spots: ['Dworzec Wileński', 'Skwer P3'],
      members: ['outreach'],
      state: 'submitted',
      narrative: 'Zimno, rozdaliśmy jedzenie i koce. Mira rozważa nocleg w ogrzewalni.',
      contacts: [
        {
          person: 1,
          kind: 'repeat',
          hour: 18,
          spot: 'Dworzec Wileński',
          materials: [
            ['food', 2],
            ['emergency_blanket', 1],
          ],
          services: ['counselling'],
          changes: 'Rozważa ogrzewalnię na noc.',
          followUpInDays: 1,
          followUp: 'Sprawdzić miejsce w ogrzewalni',
        },
        {
          person: 2,
          kind: 'repeat',
          hour: 19,
          spot: 'Skwer P3',
          materials: [['syringe', 10]],
          changes: 'Zebrał zaświadczenia do dowodu.',
        },
        { person: null, kind: 'anonymous', hour: 21, spot: 'Skwer P3', headCount: 4, materials: [['food', 4]] },
      ],
    },
    {
      team: party,
      day: -2,
      start: '22:00',
      end: '04:00',
      channel: 'party',
      area: 'Wola',
      spots: ['Klub K2'],
      members: ['peer'],
      state: 'returned',
      returnComment: 'Uzupełnij, proszę, opis dyżuru (narrację).',
      contacts: [
        {
          person: null,
          kind: 'anonymous',
          hour: 23,
          spot: 'Klub K2',
          headCount: 12,
          materials: [
            ['condom', 40],
            ['lubricant', 10],
            ['leaflet', 12],
          ],
        },
        { person: 3, kind: 'first', hour: 1, spot: 'Klub K2', materials: [['condom', 10]], topics: ['hiv_sti'] },
      ],
    },
    {
      team: street,
      day: 0,
      start: '17:00',
      end: '21:00',
      channel: 'street',
      area: 'Śródmieście',
      spots: ['Dworzec Centralny', 'Przejście podziemne S1'],
      members: ['outreach', 'peer'],
      state: 'open',
      contacts: [
        {
          person: 0,
          kind: 'repeat',
          hour: 17,
          spot: 'Dworzec Centralny',
          materials: [['condom', 10]],
          changes: 'Przyjdzie na dyżur w punkcie w czwartek.',
        },
      ],
    },
    {
      team: party,
      day: 2,
      start: '22:00',
      end: '03:00',
      channel: 'club',
      area: 'Śródmieście',
      spots: ['Klub K1'],
      members: ['peer', 'volunteer'],
      state: 'planned',
      contacts: [],
    },
  ],
};

const pragueStreet = 'Terénní tým';

export const pragueOutreach: DemoOutreach = {
  people: [
    {
      pseudonym: 'Pepa',
      code: 'VER11JOS02',
      targetGroups: ['people_experiencing_homelessness', 'people_who_inject_drugs'],
      gender: 'man',
      birthYear: 1979,
    },
    {
      pseudonym: 'Lenka',
      code: 'IVA05LEN09',
      targetGroups: ['people_who_use_drugs'],
      gender: 'woman',
      birthYear: 1991,
    },
    {
      pseudonym: 'Dušan',
      code: null,
      targetGroups: ['people_experiencing_homelessness'],
      gender: 'man',
      birthYear: null,
    },
  ],
  stock: [{ team: pragueStreet, material: 'syringe', received: 400, threshold: 100 }],
  shifts: [
    {
      team: pragueStreet,
      day: -4,
      start: '09:00',
      end: '13:00',
      channel: 'street',
      area: 'Praha 1',
      spots: ['Masarykovo nádraží'],
      members: ['outreach'],
      state: 'approved',
      narrative: 'Výměnný program u Florence, dva noví klienti.',
      contacts: [
        {
          person: 0,
          kind: 'first',
          hour: 9,
          spot: 'Masarykovo nádraží',
          materials: [
            ['syringe', 20],
            ['needle', 20],
            ['alcohol_swab', 20],
          ],
          topics: ['safer_use'],
          situation: { housing: 'street', documents: 'partial' },
        },
        {
          person: 1,
          kind: 'first',
          hour: 10,
          spot: 'Masarykovo nádraží',
          materials: [['syringe', 10]],
          topics: ['hepatitis'],
          followUpInDays: 3,
          followUp: 'Doprovod na testy HCV',
          referral: 'medical_care',
        },
        {
          person: null,
          kind: 'anonymous',
          hour: 12,
          spot: 'Masarykovo nádraží',
          headCount: 5,
          materials: [['syringe', 25]],
        },
      ],
    },
    {
      team: pragueStreet,
      day: -1,
      start: '09:00',
      end: '13:00',
      channel: 'street',
      area: 'Praha 1',
      spots: ['Masarykovo nádraží'],
      members: ['outreach'],
      state: 'submitted',
      narrative: 'Pepa ztratil doklady, domluvena pomoc se žádostí.',
      contacts: [
        {
          person: 0,
          kind: 'repeat',
          hour: 10,
          spot: 'Masarykovo nádraží',
          materials: [['syringe', 10]],
          changes: 'Ztratil doklady.',
        },
      ],
    },
  ],
};
