import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogueKind } from '#core/schemas/catalogues';
import { useCatalogue } from '../../../api/catalogues';
import type { CatalogueItem } from '../../../api/types';
import { Button } from '../../../ui/Button';
import { DataTable } from '../../../ui/DataTable';
import { ModalDialog } from '../../../ui/Dialog';
import { QueryState } from '../../../ui/QueryState';
import { ActiveBadge } from '../shared/ActiveBadge';
import { EditButton } from '../shared/EditButton';
import { CatalogueItemForm } from './CatalogueItemForm';
import { itemLabel } from './labels';

/** The items of one catalogue kind, in their sort order, with add and edit. */
export function CatalogueTable({ kind, canManage }: { kind: CatalogueKind; canManage: boolean }) {
  const { t, i18n } = useTranslation();
  const catalogue = useCatalogue(kind);
  const [editing, setEditing] = useState<CatalogueItem | 'new' | null>(null);
  const kindName = t(`catalogueKinds.${kind}`);

  return (
    <div className="stack">
      {canManage ? (
        <div className="btn-row">
          <Button variant="primary" onPress={() => setEditing('new')}>
            {t('catalogues.new')}
          </Button>
        </div>
      ) : null}
      <QueryState query={catalogue}>
        {({ items }) =>
          items.length === 0 ? (
            <p>{t('catalogues.empty')}</p>
          ) : (
            <DataTable caption={kindName}>
              <thead>
                <tr>
                  <th scope="col">{t('catalogues.label')}</th>
                  <th scope="col">{t('catalogues.key')}</th>
                  {kind === 'material' ? <th scope="col">{t('catalogues.unit')}</th> : null}
                  <th scope="col" className="num">
                    {t('catalogues.sortOrder')}
                  </th>
                  <th scope="col">{t('common.status')}</th>
                  {canManage ? (
                    <th scope="col">
                      <span className="visually-hidden">{t('common.actions')}</span>
                    </th>
                  ) : null}
                </tr>
              </thead>
              <tbody>
                {[...items]
                  .sort((a, b) => a.sortOrder - b.sortOrder)
                  .map((item) => (
                    <tr key={item.id}>
                      <th scope="row">{itemLabel(item, i18n.language)}</th>
                      <td>
                        <code>{item.key}</code>
                      </td>
                      {kind === 'material' ? <td>{item.unit ? t(`units.${item.unit}`) : ''}</td> : null}
                      <td className="num">{item.sortOrder}</td>
                      <td>
                        <ActiveBadge active={item.active} />
                      </td>
                      {canManage ? (
                        <td>
                          <EditButton name={itemLabel(item, i18n.language)} onPress={() => setEditing(item)} />
                        </td>
                      ) : null}
                    </tr>
                  ))}
              </tbody>
            </DataTable>
          )
        }
      </QueryState>
      <ModalDialog
        title={editing === 'new' ? t('catalogues.newIn', { kind: kindName }) : t('catalogues.edit')}
        isOpen={editing !== null}
        onOpenChange={(open) => !open && setEditing(null)}
      >
        {editing !== null ? (
          <CatalogueItemForm
            kind={kind}
            item={editing === 'new' ? undefined : editing}
            onDone={() => setEditing(null)}
          />
        ) : null}
      </ModalDialog>
    </div>
  );
}
