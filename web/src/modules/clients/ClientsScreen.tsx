import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '#core/permissions/index';
import { useOrganisation } from '../../api/organisation';
import { useMe } from '../../api/session';
import { Button, LinkButton } from '../../ui/Button';
import { ModalDialog } from '../../ui/Dialog';
import { PageHeader } from '../../ui/PageHeader';
import { QueryState } from '../../ui/QueryState';
import { ClientList } from './ClientList';
import { ClientSearch } from './ClientSearch';
import { CreateClientForm } from './CreateClientForm';
import './clients.css';

/**
 * "People": find a person by pseudonym or code, add a new one; roles that may
 * read clients also get the paged list of everyone while no search is typed.
 */
export function ClientsScreen() {
  const { t } = useTranslation();
  const me = useMe();
  const organisation = useOrganisation();
  const canRead = can(me.roles, 'clients.read');
  const canCreate = can(me.roles, 'clients.create');
  const [creating, setCreating] = useState(false);
  const [searching, setSearching] = useState(false);
  const scheme = organisation.data?.settings.anonymousCodeScheme;

  return (
    <div className="stack">
      <PageHeader
        title={t('nav.clients')}
        actions={
          canCreate || can(me.roles, 'enrollments.manage') ? (
            <>
              {canCreate ? (
                <Button variant="primary" onPress={() => setCreating(true)}>
                  {t('clients.new')}
                </Button>
              ) : null}
              {can(me.roles, 'enrollments.manage') ? (
                <LinkButton href="/clients/exit-review">{t('exitReview.title')}</LinkButton>
              ) : null}
            </>
          ) : null
        }
      >
        <p className="muted">{t('clients.intro')}</p>
      </PageHeader>
      <ClientSearch scheme={scheme} canRead={canRead} onActiveChange={setSearching} />
      {canRead && !searching ? <ClientList /> : null}
      <ModalDialog title={t('clients.new')} isOpen={creating} onOpenChange={setCreating} dismissable={false}>
        {creating ? (
          <QueryState query={organisation}>
            {(org) => (
              <CreateClientForm
                scheme={org.settings.anonymousCodeScheme}
                canRead={canRead}
                onDone={() => setCreating(false)}
              />
            )}
          </QueryState>
        ) : null}
      </ModalDialog>
    </div>
  );
}
