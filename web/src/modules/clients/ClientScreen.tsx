import { useNavigate, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '#core/permissions/index';
import { type Client, useClient } from '../../api/clients';
import { useOrganisation } from '../../api/organisation';
import { useMe } from '../../api/session';
import { Alert } from '../../ui/Alert';
import { Button, TextLink } from '../../ui/Button';
import { ModalDialog } from '../../ui/Dialog';
import { PageHeader } from '../../ui/PageHeader';
import { QueryState } from '../../ui/QueryState';
import { ClientAppointmentsSection } from '../counselling/ClientAppointmentsSection';
import { ClientHealthTestsSection } from '../counselling/ClientHealthTestsSection';
import { OfflinePerson, useOfflinePerson } from '../field/OfflinePerson';
import { ClientPlacementsSection } from '../housing/ClientPlacementsSection';
import { ClientPlanSection } from '../plans/ClientPlanSection';
import { ClientReferralsSection } from '../referrals/ClientReferralsSection';
import { AccessLogSection } from './AccessLogSection';
import { ClientContactsSection } from './ClientContactsSection';
import { ClientDetails } from './ClientDetails';
import { ClientTimeline } from './ClientTimeline';
import { ClientVisitsSection } from './ClientVisitsSection';
import { ConsentsSection } from './ConsentsSection';
import { EditClientForm } from './EditClientForm';
import { EnrollmentsSection } from './EnrollmentsSection';
import { IdentitySection } from './IdentitySection';
import { MergeSection } from './MergeSection';
import { ReplaceCodeForm } from './ReplaceCodeForm';
import { requestSearchFocus, useSlashShortcut } from './useSlashShortcut';
import './clients.css';

function ClientHub({ client }: { client: Client }) {
  const { t } = useTranslation();
  const me = useMe();
  const organisation = useOrganisation();
  const [dialog, setDialog] = useState<'edit' | 'code' | null>(null);
  const closed = client.status === 'merged' || client.status === 'anonymised';
  const canUpdate = can(me.roles, 'clients.update') && !closed;
  const scheme = organisation.data?.settings.anonymousCodeScheme;

  return (
    <>
      <p className="lead">
        <strong>{client.pseudonym}</strong>
      </p>
      {client.status === 'merged' && client.mergedIntoId ? (
        <Alert tone="warning">
          {t('clients.mergedInto')}{' '}
          <TextLink href={`/clients/${client.mergedIntoId}`}>{t('clients.openKeptRecord')}</TextLink>
        </Alert>
      ) : null}
      <section className="panel stack" aria-labelledby="record-title">
        <div className="section-header">
          <h2 id="record-title">{t('clients.record')}</h2>
          {canUpdate ? (
            <div className="btn-row">
              <Button variant="primary" onPress={() => setDialog('edit')}>
                {t('common.edit')}
              </Button>
              {scheme ? <Button onPress={() => setDialog('code')}>{t('clients.replaceCode')}</Button> : null}
            </div>
          ) : null}
        </div>
        <ClientDetails client={client} />
      </section>
      <ClientTimeline clientId={client.id} />
      <ConsentsSection clientId={client.id} canUpdate={canUpdate} />
      {can(me.roles, 'contacts.read') ? <ClientContactsSection clientId={client.id} /> : null}
      {can(me.roles, 'visits.read') ? <ClientVisitsSection clientId={client.id} /> : null}
      <ClientPlacementsSection clientId={client.id} />
      {can(me.roles, 'appointments.read') ? (
        <ClientAppointmentsSection client={client} canBook={can(me.roles, 'appointments.manage') && !closed} />
      ) : null}
      {can(me.roles, 'plans.read') ? (
        <ClientPlanSection clientId={client.id} canWork={can(me.roles, 'plans.manage') && !closed} />
      ) : null}
      {can(me.roles, 'referrals.read') ? (
        <ClientReferralsSection
          clientId={client.id}
          canCreate={can(me.roles, 'referrals.create') && !closed}
          canManage={can(me.roles, 'referrals.manage')}
        />
      ) : null}
      {can(me.roles, 'tests.read') ? <ClientHealthTestsSection clientId={client.id} /> : null}
      {can(me.roles, 'enrollments.read') ? (
        <EnrollmentsSection clientId={client.id} canManage={can(me.roles, 'enrollments.manage') && !closed} />
      ) : null}
      {can(me.roles, 'clients.identity') ? <IdentitySection client={client} /> : null}
      <MergeSection
        keptId={client.id}
        keptPseudonym={client.pseudonym}
        canMerge={can(me.roles, 'clients.merge') && !closed}
      />
      <AccessLogSection clientId={client.id} />
      <ModalDialog
        title={t('clients.editTitle')}
        isOpen={dialog === 'edit'}
        onOpenChange={(o) => !o && setDialog(null)}
      >
        {dialog === 'edit' ? <EditClientForm client={client} onDone={() => setDialog(null)} /> : null}
      </ModalDialog>
      <ModalDialog
        title={t('clients.replaceCode')}
        isOpen={dialog === 'code'}
        onOpenChange={(o) => !o && setDialog(null)}
      >
        {dialog === 'code' && scheme ? (
          <ReplaceCodeForm client={client} scheme={scheme} onDone={() => setDialog(null)} />
        ) : null}
      </ModalDialog>
    </>
  );
}

/**
 * A person's page, the hub of their record. The title stays "Person": titles
 * show in task switchers and history, so they never carry a pseudonym. On a
 * field device without a connection it shows what the phone holds instead.
 */
export function ClientScreen() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { clientId } = useParams({ from: '/app/clients/$clientId' });
  const client = useClient(clientId);
  // On a field device that cannot reach the server: what the phone holds of the person.
  const offline = useOfflinePerson(clientId, client.error);
  useSlashShortcut(() => {
    requestSearchFocus();
    void navigate({ to: '/clients' });
  });

  return (
    <div className="stack">
      <p>
        <TextLink href="/clients">{t('clients.backToList')}</TextLink>
      </p>
      <PageHeader title={t('clients.personTitle')} />
      {offline ? (
        <OfflinePerson state={offline} />
      ) : (
        <QueryState query={client}>{(c) => <ClientHub key={c.id} client={c} />}</QueryState>
      )}
    </div>
  );
}
