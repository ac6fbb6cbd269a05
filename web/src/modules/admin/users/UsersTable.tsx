import { Link } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../api/types';
import { DataTable } from '../../../ui/DataTable';
import { formatDateTime } from '../../../ui/format';

/** One page of users; the name opens the user's page. */
export function UsersTable({ items }: { items: User[] }) {
  const { t, i18n } = useTranslation();
  const list = new Intl.ListFormat(i18n.language, { type: 'unit' });
  return (
    <DataTable caption={t('nav.users')}>
      <thead>
        <tr>
          <th scope="col">{t('users.displayName')}</th>
          <th scope="col">{t('auth.email')}</th>
          <th scope="col">{t('users.roles')}</th>
          <th scope="col">{t('common.status')}</th>
          <th scope="col">{t('twoFactor.title')}</th>
          <th scope="col">{t('users.lastSignIn')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((user) => (
          <tr key={user.id}>
            <th scope="row">
              <Link href={`/admin/users/${user.id}`} className="link">
                {user.displayName}
              </Link>
            </th>
            <td>{user.email}</td>
            <td>{list.format(user.roles.map((r) => t(`roles.${r}`)))}</td>
            <td>
              <span className={user.status === 'active' ? 'badge badge-on' : 'badge badge-off'}>
                {t(`userStatus.${user.status}`)}
              </span>
            </td>
            <td>{user.twoFactorEnabled ? t('twoFactor.statusOn') : t('twoFactor.statusOff')}</td>
            <td>{user.lastSignInAt ? formatDateTime(user.lastSignInAt, i18n.language) : t('users.never')}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
