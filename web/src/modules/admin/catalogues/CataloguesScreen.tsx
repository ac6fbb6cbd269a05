import { useNavigate, useSearch } from '@tanstack/react-router';
import { Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { can } from '#core/permissions/index';
import { type CatalogueKind, catalogueKinds } from '#core/schemas/catalogues';
import { useMe } from '../../../api/session';
import { PageHeader } from '../../../ui/PageHeader';
import { CatalogueTable } from './CatalogueTable';

function asKind(value: string | undefined): CatalogueKind {
  return (catalogueKinds as readonly string[]).includes(value ?? '') ? (value as CatalogueKind) : 'material';
}

/** The organisation's catalogues (materials, services, topics…), one tab per kind; the tab is in the URL. */
export function CataloguesScreen() {
  const { t } = useTranslation();
  const me = useMe();
  const search = useSearch({ from: '/app/admin/catalogues' });
  const navigate = useNavigate({ from: '/admin/catalogues' });
  const kind = asKind(search.kind);
  const canManage = can(me.roles, 'catalogues.manage');

  return (
    <div className="stack">
      <PageHeader title={t('nav.catalogues')} />
      <Tabs
        selectedKey={kind}
        onSelectionChange={(key) => void navigate({ search: { kind: String(key) }, replace: true })}
      >
        <TabList className="tabs-list" aria-label={t('catalogues.kinds')}>
          {catalogueKinds.map((k) => (
            <Tab key={k} id={k} className="tab">
              {t(`catalogueKinds.${k}`)}
            </Tab>
          ))}
        </TabList>
        {catalogueKinds.map((k) => (
          <TabPanel key={k} id={k}>
            <CatalogueTable kind={k} canManage={canManage} />
          </TabPanel>
        ))}
      </Tabs>
    </div>
  );
}
