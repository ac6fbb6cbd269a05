import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '#core/permissions/index';
import { useSites } from '../../../api/places';
import { useMe } from '../../../api/session';
import type { Site } from '../../../api/types';
import { Button } from '../../../ui/Button';
import { DataTable } from '../../../ui/DataTable';
import { ModalDialog } from '../../../ui/Dialog';
import { PageHeader } from '../../../ui/PageHeader';
import { QueryState } from '../../../ui/QueryState';
import { ActiveBadge } from '../shared/ActiveBadge';
import { EditButton } from '../shared/EditButton';
import { SiteForm } from './SiteForm';

/** Sites the organisation runs: drop-in centres, shelters, flats… with capacity and hours. */
export function SitesScreen() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const sites = useSites();
  const canManage = can(me.roles, 'sites.manage');
  const [editing, setEditing] = useState<Site | 'new' | null>(null);
  const nf = new Intl.NumberFormat(i18n.language);

  return (
    <div className="stack">
      <PageHeader
        title={t('nav.sites')}
        actions={
          canManage ? (
            <Button variant="primary" onPress={() => setEditing('new')}>
              {t('sites.new')}
            </Button>
          ) : null
        }
      />
      <QueryState query={sites}>
        {({ items }) =>
          items.length === 0 ? (
            <p>{t('sites.empty')}</p>
          ) : (
            <DataTable caption={t('nav.sites')}>
              <thead>
                <tr>
                  <th scope="col">{t('sites.name')}</th>
                  <th scope="col">{t('sites.type')}</th>
                  <th scope="col" className="num">
                    {t('sites.capacityPlaces')}
                  </th>
                  <th scope="col" className="num">
                    {t('sites.capacityBeds')}
                  </th>
                  <th scope="col">{t('sites.address')}</th>
                  <th scope="col">{t('sites.openingHours')}</th>
                  <th scope="col">{t('common.status')}</th>
                  {canManage ? (
                    <th scope="col">
                      <span className="visually-hidden">{t('common.actions')}</span>
                    </th>
                  ) : null}
                </tr>
              </thead>
              <tbody>
                {items.map((site) => (
                  <tr key={site.id}>
                    <th scope="row">{site.name}</th>
                    <td>{t(`siteTypes.${site.type}`)}</td>
                    <td className="num">{site.capacityPlaces === null ? '' : nf.format(site.capacityPlaces)}</td>
                    <td className="num">{site.capacityBeds === null ? '' : nf.format(site.capacityBeds)}</td>
                    <td>{site.address}</td>
                    <td>{site.openingHours}</td>
                    <td>
                      <ActiveBadge active={site.active} />
                    </td>
                    {canManage ? (
                      <td>
                        <EditButton name={site.name} onPress={() => setEditing(site)} />
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
        title={editing === 'new' ? t('sites.new') : t('sites.edit')}
        isOpen={editing !== null}
        onOpenChange={(open) => !open && setEditing(null)}
      >
        {editing !== null ? (
          <SiteForm site={editing === 'new' ? undefined : editing} onDone={() => setEditing(null)} />
        ) : null}
      </ModalDialog>
    </div>
  );
}
