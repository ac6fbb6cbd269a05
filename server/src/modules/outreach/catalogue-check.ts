import type { CatalogueKind } from '#core/schemas/catalogues';
import type { Tx } from '../../platform/db/tenancy';
import { fieldError } from '../../platform/errors';

/** Every id must be an active item of the organisation's catalogue of that kind. */
export async function checkCatalogueItems(tx: Tx, kind: CatalogueKind, ids: readonly string[], field: string) {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return;
  const found = await tx
    .selectFrom('catalogue_items')
    .select('id')
    .where('kind', '=', kind)
    .where('active', '=', true)
    .where('id', 'in', unique)
    .execute();
  if (found.length !== unique.length) throw fieldError(field, 'validation.catalogue_unknown');
}

/** The row must exist in the organisation (RLS hides other organisations' rows). */
export async function checkExists(
  tx: Tx,
  table: 'teams' | 'areas' | 'spots' | 'users',
  id: string | null | undefined,
  field: string,
) {
  if (!id) return;
  const row = await tx.selectFrom(table).select('id').where('id', '=', id).executeTakeFirst();
  if (!row) throw fieldError(field, 'validation.invalid');
}
