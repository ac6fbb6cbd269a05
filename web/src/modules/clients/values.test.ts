import { describe, expect, it } from 'vitest';
import { createClientBody, updateClientBody } from '#core/schemas/clients';
import type { Client } from '../../api/clients';
import { emptyValues, fieldsFromValues, incompleteAnswers, valuesFromClient } from './values';

const record: Client = {
  id: '01900000-0000-7000-8000-000000000001',
  pseudonym: 'Bożenka',
  status: 'active',
  codeKind: 'full',
  targetGroupIds: [],
  temporaryCode: null,
  birthYear: null,
  ageBand: null,
  ageMissing: 'prefers_not_to_answer',
  gender: 'self_described',
  genderSelfDescribed: 'queer',
  genderMissing: null,
  languages: ['pl', 'rom'],
  firstContactOn: null,
  assignedWorkerId: null,
  safeContact: null,
  hasIdentity: false,
  mergedIntoId: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

describe('client form values', () => {
  it('keeps "not filled in" apart from a missing-data reason', () => {
    const empty = fieldsFromValues({ ...emptyValues(), pseudonym: ' Mira ' });
    expect(empty).toMatchObject({
      pseudonym: 'Mira',
      birthYear: null,
      ageMissing: null,
      gender: null,
      genderMissing: null,
    });
    const missing = fieldsFromValues({
      ...emptyValues(),
      pseudonym: 'Mira',
      age: 'not_collected',
      gender: 'dont_know',
    });
    expect(missing).toMatchObject({ ageMissing: 'not_collected', genderMissing: 'dont_know', gender: null });
    expect(createClientBody.safeParse(missing).success).toBe(true);
  });

  it('sends only the answer chosen: a year typed before switching to an age band is dropped', () => {
    const body = fieldsFromValues({
      ...emptyValues(),
      pseudonym: 'Mira',
      age: 'band',
      birthYear: 1990,
      ageBand: '25_34',
    });
    expect(body).toMatchObject({ birthYear: null, ageBand: '25_34', ageMissing: null });
    const text = fieldsFromValues({ ...emptyValues(), pseudonym: 'Mira', gender: 'woman', genderSelfDescribed: 'x' });
    expect(text.genderSelfDescribed).toBeNull();
  });

  it('round-trips a record through the edit form into a valid PATCH', () => {
    const values = valuesFromClient(record);
    expect(values).toMatchObject({
      age: 'prefers_not_to_answer',
      gender: 'self_described',
      genderSelfDescribed: 'queer',
    });
    const body = { ...fieldsFromValues(values), status: values.status };
    expect(updateClientBody.safeParse(body).success).toBe(true);
    expect(body).toMatchObject({
      ageMissing: 'prefers_not_to_answer',
      gender: 'self_described',
      languages: ['pl', 'rom'],
    });
  });

  it('asks for the answer a chosen way of answering needs', () => {
    expect(incompleteAnswers({ ...emptyValues(), age: 'year' })).toEqual({ birthYear: 'validation.required' });
    expect(incompleteAnswers({ ...emptyValues(), age: 'band', gender: 'self_described' })).toEqual({
      ageBand: 'validation.required',
      genderSelfDescribed: 'validation.required',
    });
    expect(incompleteAnswers({ ...emptyValues(), age: 'dont_know' })).toEqual({});
  });
});
