import { daysInMonth, twoDigits } from '../../core/codes/dates';
import { buildCzechIdKod, buildSlk581, type Slk581Sex } from '../../core/codes/index';
import { ageBands } from '../../core/schemas/clients';
import { makePerson, type Person } from './names';
import type { Random } from './random';

/**
 * What one generated client looks like: a person (names.ts), an anonymous code
 * of the kind the organisation's history left (Czech ID kód, SLK-581, a
 * temporary NCC number, or none), age and gender answered or missing for a
 * reason, target groups, a status, an assigned worker, a safe-contact note.
 */
const yearMs = 365.25 * 24 * 3600 * 1000;
const statuses = { active: 72, inactive: 20, closed: 8 } as const;
const missing = ['dont_know', 'prefers_not_to_answer', 'not_collected'] as const;
const selfDescribed = ['queer', 'genderfluid', 'agender', 'dwuduchowa osoba', 'nebinární'];
const safeContacts = [
  'Dzwonić po 18:00, nie zostawiać wiadomości.',
  'Tylko SMS, telefon bywa u partnera.',
  'Přes kamarádku v denním centru, nevolat.',
  'Jen SMS, ne před polednem.',
  'Писати в Signal, не дзвонити.',
  'Only through the drop-in; no calls.',
];

/** One generated client, before it is hashed, sealed and copied. */
export interface Row {
  id: string;
  person: Person;
  code: string | null;
  codeKind: 'full' | 'temporary' | null;
  hash: string | null;
  birthYear: number | null;
  ageBand: string | null;
  ageMissing: string | null;
  gender: string | null;
  genderSelfDescribed: string | null;
  genderMissing: string | null;
  targetGroups: string[];
  status: keyof typeof statuses;
  firstContactOn: string | null;
  worker: string | null;
  safeContact: string | null;
  createdAt: Date;
  createdBy: string;
  updatedAt: Date;
}

function ageBandOf(age: number): string {
  const bounds = [15, 18, 25, 35, 45, 55, 65];
  const i = bounds.findIndex((b) => age < b);
  return ageBands[i < 0 ? ageBands.length - 1 : i]!;
}

/** A fictional client created at a random moment of the last three years. */
export function makeRow(rng: Random, now: number, groups: string[], workers: string[], creators: string[]): Row {
  const person = makePerson(rng);
  const createdAt = new Date(now - 3 * yearMs + rng.next() * (3 * yearMs - 24 * 3600 * 1000));
  const year = 1950 + Math.floor(((rng.next() + rng.next() + rng.next()) / 3) * 58);
  const month = rng.int(1, 12);
  const day = rng.int(1, daysInMonth(month, year));
  const kind = rng.weighted({ idKod: 55, slk581: 15, temporary: 8, none: 22 });
  let code: string | null = null;
  if (kind === 'idKod') {
    code = buildCzechIdKod({
      motherFirstName: person.motherFirstName,
      clientFirstName: person.firstName,
      birthDay: day,
      birthMonth: month,
    });
  } else if (kind === 'slk581') {
    const sex: Slk581Sex = person.sex === 'other' ? 'other' : person.sex;
    code = buildSlk581({
      firstName: person.firstName,
      surname: rng.chance(0.9) ? person.surname : null,
      dateOfBirth: `${year}-${twoDigits(month)}-${twoDigits(day)}`,
      sex,
    });
  }
  const age = createdAt.getUTCFullYear() - year;
  const ageKnown = kind === 'slk581' ? 'year' : rng.weighted({ year: 80, band: 10, missing: 10 });
  const genderKnown = rng.chance(0.93);
  const gender = !genderKnown
    ? null
    : person.sex === 'female'
      ? 'woman'
      : person.sex === 'male'
        ? 'man'
        : rng.chance(0.7)
          ? 'non_binary'
          : 'self_described';
  const targetGroups = new Set<string>();
  const groupCount = { none: 0, one: 1, two: 2 }[rng.weighted({ none: 5, one: 70, two: 25 })];
  for (let i = 0; i < groupCount && groups.length; i++) targetGroups.add(rng.common(groups));
  const updatedAt = new Date(createdAt.getTime() + rng.next() ** 3 * (now - createdAt.getTime()));
  return {
    id: '',
    person,
    code, // a temporary code is numbered later, in creation order
    codeKind: kind === 'none' ? null : kind === 'temporary' ? 'temporary' : 'full',
    hash: null,
    birthYear: ageKnown === 'year' ? year : null,
    ageBand: ageKnown === 'band' ? ageBandOf(age) : null,
    ageMissing: ageKnown === 'missing' ? rng.pick(missing) : null,
    gender,
    genderSelfDescribed: gender === 'self_described' ? rng.pick(selfDescribed) : null,
    genderMissing: genderKnown ? null : rng.pick(missing),
    targetGroups: [...targetGroups],
    status: rng.weighted(statuses),
    firstContactOn: rng.chance(0.9) ? createdAt.toISOString().slice(0, 10) : null,
    worker: workers.length && rng.chance(0.35) ? rng.pick(workers) : null,
    safeContact: rng.chance(0.15) ? rng.pick(safeContacts) : null,
    createdAt,
    createdBy: rng.pick(creators),
    updatedAt,
  };
}
