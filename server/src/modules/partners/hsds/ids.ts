import { v5 as uuidv5 } from 'uuid';

/**
 * HSDS gives every nested thing (a phone, a schedule, a language, a contact)
 * an id of its own. Kontakt keeps those inside their record, so their ids are
 * derived: a UUID v5 of the record's id, what it is and its place — the same in
 * every export while the record is unchanged.
 */
const namespace = '0b8f6f0e-3c1a-5d2e-9a47-6c1f2b7d8e90';

export function derivedId(recordId: string, what: string, index = 0): string {
  return uuidv5(`${recordId}/${what}/${index}`, namespace);
}

/** A taxonomy term's id, from its URI: one id for the term in every organisation's export. */
export function termId(uri: string): string {
  return uuidv5(uri, namespace);
}
