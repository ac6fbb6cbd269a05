/**
 * Every encrypted column, so key rotation can re-encrypt all of them. A
 * module that adds an encrypted column registers it here (one line), and
 * the rotation test fails if a column is encrypted but not listed.
 * AAD is always `<table>.<column>:<row id>`.
 */
export interface EncryptedColumn {
  table: string;
  column: string;
  /** The column that identifies the row within its organisation (default `id`). */
  idColumn?: string;
}

const columns: EncryptedColumn[] = [
  { table: 'users', column: 'totp_secret_enc' },
  { table: 'users', column: 'totp_pending_secret_enc' },
];

/** Adds a module's encrypted column to the rotation list. */
export function registerEncryptedColumn(column: EncryptedColumn): void {
  if (!columns.some((c) => c.table === column.table && c.column === column.column)) columns.push(column);
}

export function encryptedColumns(): readonly EncryptedColumn[] {
  return columns;
}

/** The additional authenticated data binding a ciphertext to its row. */
export function columnAad(table: string, column: string, id: string): string {
  return `${table}.${column}:${id}`;
}
