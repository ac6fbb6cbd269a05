/**
 * Columns in any module that point at a client. Merging moves every such row
 * from the duplicate to the kept client (and undoing moves exactly those rows
 * back), so a module whose records name a client registers its column here,
 * once, at load time.
 */
export interface ClientReference {
  table: string;
  /** The column holding the client's id. */
  column: string;
  /** The row's own id column (default `id`). */
  idColumn?: string;
}

const references: ClientReference[] = [{ table: 'client_consents', column: 'client_id' }];

export function registerClientReference(ref: ClientReference): void {
  if (!references.some((r) => r.table === ref.table && r.column === ref.column)) references.push(ref);
}

export function clientReferences(): readonly ClientReference[] {
  return references;
}

export const referenceKey = (ref: ClientReference) => `${ref.table}.${ref.column}`;
