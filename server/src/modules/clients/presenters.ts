import type { Selectable } from 'kysely';
import type { Client, ClientStatus, ClientSummary, ConsentPurpose, consentMethods } from '#core/schemas/clients';
import type { ClientConsentsTable, ClientMergesTable, ClientsTable } from './tables';

type ClientRow = Selectable<ClientsTable>;

/** The columns a summary needs: nothing beyond what a look-up may show. */
export const summaryColumns = ['id', 'pseudonym', 'status', 'code_kind', 'target_group_ids'] as const;

/** Every column of the client record except the keyed hash and the search form. */
export const clientColumns = [
  ...summaryColumns,
  'temporary_code',
  'birth_year',
  'age_band',
  'age_missing',
  'gender',
  'gender_self_described',
  'gender_missing',
  'languages',
  'first_contact_on',
  'assigned_worker_id',
  'safe_contact_enc',
  'merged_into_id',
  'created_at',
  'updated_at',
] as const;

export function presentSummary(r: Pick<ClientRow, (typeof summaryColumns)[number]>): ClientSummary {
  return {
    id: r.id,
    pseudonym: r.pseudonym,
    status: r.status as ClientStatus,
    codeKind: r.code_kind as ClientSummary['codeKind'],
    targetGroupIds: r.target_group_ids,
  };
}

/** The full record; `safeContact` arrives decrypted, `hasIdentity` from the identity table. */
export function presentClient(
  r: Pick<ClientRow, (typeof clientColumns)[number]>,
  safeContact: string | null,
  hasIdentity: boolean,
): Client {
  return {
    ...presentSummary(r),
    temporaryCode: r.temporary_code,
    birthYear: r.birth_year,
    ageBand: r.age_band as Client['ageBand'],
    ageMissing: r.age_missing as Client['ageMissing'],
    gender: r.gender as Client['gender'],
    genderSelfDescribed: r.gender_self_described,
    genderMissing: r.gender_missing as Client['genderMissing'],
    languages: r.languages,
    firstContactOn: r.first_contact_on,
    assignedWorkerId: r.assigned_worker_id,
    safeContact,
    hasIdentity,
    mergedIntoId: r.merged_into_id,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

export function presentConsent(r: Selectable<ClientConsentsTable>) {
  return {
    id: r.id,
    clientId: r.client_id,
    purpose: r.purpose as ConsentPurpose,
    partnerName: r.partner_name,
    givenOn: r.given_on,
    withdrawnOn: r.withdrawn_on,
    method: r.method as (typeof consentMethods)[number],
    note: r.note,
    recordedBy: r.created_by,
  };
}

export function presentMerge(r: Selectable<ClientMergesTable>) {
  return {
    id: r.id,
    keptId: r.kept_id,
    mergedId: r.merged_id,
    mergedAt: r.merged_at.toISOString(),
    undoneAt: r.undone_at ? r.undone_at.toISOString() : null,
    movedRecords: Object.values(r.moved).reduce((n, ids) => n + ids.length, 0),
  };
}
