import {
  type AgeBand,
  type editableClientStatuses,
  type Gender,
  genders,
  type MissingReason,
  missingReasons,
} from '#core/schemas/clients';
import type { Client } from '../../api/clients';

export type EditableStatus = (typeof editableClientStatuses)[number];

/**
 * How the form asks about age: one choice that is either a way of answering
 * (year of birth, age band) or a reason the answer is missing. "none" is a field
 * nobody filled in, which is stored apart from "not collected".
 */
export type AgeChoice = 'none' | 'year' | 'band' | MissingReason;
/** Gender: an answer, or a reason it is missing, or nothing filled in. */
export type GenderChoice = 'none' | Gender | MissingReason;

export const ageChoices: readonly AgeChoice[] = ['none', 'year', 'band', ...missingReasons];
export const genderChoices: readonly GenderChoice[] = ['none', ...genders, ...missingReasons];

export interface ClientValues {
  pseudonym: string;
  age: AgeChoice;
  /** NaN while empty (what a cleared number field reports). */
  birthYear: number;
  ageBand: AgeBand | null;
  gender: GenderChoice;
  genderSelfDescribed: string;
  languages: string[];
  targetGroupIds: string[];
  assignedWorkerId: string | null;
  safeContact: string;
  status: EditableStatus;
}

const isMissing = (value: string): value is MissingReason => (missingReasons as readonly string[]).includes(value);
const isGender = (value: string): value is Gender => (genders as readonly string[]).includes(value);
const isEditable = (value: string): value is EditableStatus => ['active', 'inactive', 'closed'].includes(value);

/** The values of a new, empty record. */
export function emptyValues(): ClientValues {
  return {
    pseudonym: '',
    age: 'none',
    birthYear: Number.NaN,
    ageBand: null,
    gender: 'none',
    genderSelfDescribed: '',
    languages: [],
    targetGroupIds: [],
    assignedWorkerId: null,
    safeContact: '',
    status: 'active',
  };
}

/** The form's values for an existing record. */
export function valuesFromClient(client: Client): ClientValues {
  const age: AgeChoice = client.ageMissing
    ? client.ageMissing
    : client.birthYear !== null
      ? 'year'
      : client.ageBand !== null
        ? 'band'
        : 'none';
  const gender: GenderChoice = client.genderMissing ?? client.gender ?? 'none';
  return {
    pseudonym: client.pseudonym,
    age,
    birthYear: client.birthYear ?? Number.NaN,
    ageBand: client.ageBand,
    gender,
    genderSelfDescribed: client.genderSelfDescribed ?? '',
    languages: client.languages,
    targetGroupIds: client.targetGroupIds,
    assignedWorkerId: client.assignedWorkerId,
    safeContact: client.safeContact ?? '',
    status: isEditable(client.status) ? client.status : 'active',
  };
}

/** The record's fields as the API takes them (create and update share them). */
export function fieldsFromValues(values: ClientValues) {
  const year = values.age === 'year' && !Number.isNaN(values.birthYear) ? values.birthYear : null;
  return {
    pseudonym: values.pseudonym.trim(),
    birthYear: year,
    ageBand: values.age === 'band' ? values.ageBand : null,
    ageMissing: isMissing(values.age) ? values.age : null,
    gender: isGender(values.gender) ? values.gender : null,
    genderSelfDescribed: values.gender === 'self_described' ? values.genderSelfDescribed : null,
    genderMissing: isMissing(values.gender) ? values.gender : null,
    languages: values.languages,
    targetGroupIds: values.targetGroupIds,
    assignedWorkerId: values.assignedWorkerId,
    safeContact: values.safeContact,
  };
}

/**
 * Checks the schema cannot make: a way of answering was chosen but left empty.
 * Returns field → i18n key.
 */
export function incompleteAnswers(values: ClientValues): Record<string, string> {
  const errors: Record<string, string> = {};
  if (values.age === 'year' && Number.isNaN(values.birthYear)) errors.birthYear = 'validation.required';
  if (values.age === 'band' && values.ageBand === null) errors.ageBand = 'validation.required';
  if (values.gender === 'self_described' && values.genderSelfDescribed.trim() === '') {
    errors.genderSelfDescribed = 'validation.required';
  }
  return errors;
}

/** The record's missing-data reason or value, as the code a label is looked up by. */
export { isGender, isMissing };
