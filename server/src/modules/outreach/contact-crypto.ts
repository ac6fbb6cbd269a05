import { columnAad, registerEncryptedColumn } from '../../platform/crypto/encrypted-columns';

/** The encrypted parts of a contact card: notes, the first card's initial situation, the repeat card's changes. */
export type ContactSecretColumn = 'notes_enc' | 'initial_situation_enc' | 'changes_enc';

for (const column of ['notes_enc', 'initial_situation_enc', 'changes_enc'])
  registerEncryptedColumn({ table: 'contacts', column });

export const contactAad = (column: ContactSecretColumn, id: string) => columnAad('contacts', column, id);
