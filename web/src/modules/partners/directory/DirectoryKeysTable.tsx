import { useTranslation } from 'react-i18next';
import type { DirectoryKey } from '../../../api/directoryKeys';
import { Button } from '../../../ui/Button';
import { DataTable } from '../../../ui/DataTable';
import { formatDateTime } from '../../../ui/format';

/** The organisation's directory keys: when made, when last used, live or revoked. */
export function DirectoryKeysTable({
  items,
  onRevoke,
}: {
  items: readonly DirectoryKey[];
  onRevoke: (key: DirectoryKey) => void;
}) {
  const { t, i18n } = useTranslation();
  const when = (iso: string | null) => (iso ? formatDateTime(iso, i18n.language) : t('directoryKeys.never'));
  return (
    <DataTable caption={t('directoryKeys.title')}>
      <thead>
        <tr>
          <th scope="col">{t('directoryKeys.name')}</th>
          <th scope="col">{t('directoryKeys.createdAt')}</th>
          <th scope="col">{t('directoryKeys.lastUsedAt')}</th>
          <th scope="col">{t('common.status')}</th>
          <th scope="col">{t('common.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((key) => (
          <tr key={key.id}>
            <th scope="row">{key.name}</th>
            <td>{when(key.createdAt)}</td>
            <td>{when(key.lastUsedAt)}</td>
            <td>
              {key.revokedAt ? (
                <span className="badge badge-off">
                  {t('directoryKeys.revokedAt', { when: formatDateTime(key.revokedAt, i18n.language) })}
                </span>
              ) : (
                <span className="badge badge-on">{t('common.active')}</span>
              )}
            </td>
            <td>
              {key.revokedAt ? null : (
                <Button
                  variant="danger"
                  onPress={() => onRevoke(key)}
                  aria-label={t('directoryKeys.revokeNamed', { name: key.name })}
                >
                  {t('directoryKeys.revoke')}
                </Button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
