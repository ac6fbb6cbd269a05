import { useTranslation } from 'react-i18next';
import { can } from '#core/permissions/index';
import { ApiError } from '../../api/errors';
import { useMe } from '../../api/session';
import type { StampedClient } from '../../offline/clientEdits';
import { Alert } from '../../ui/Alert';
import { StatusBadge, useTargetGroupNames } from '../clients/ClientTable';
import { formatDay } from '../clients/labels';
import { OfflinePersonForm } from './OfflinePersonForm';
import { OfflinePlanSteps } from './OfflinePlanSteps';
import { OfflineReferral } from './OfflineReferral';
import { useFieldState, useOnline } from './useFieldState';

export type OfflinePersonState = { kind: 'held'; person: StampedClient } | { kind: 'missing' } | null;

/**
 * Whether a person's page shows what this field device holds instead of the
 * server's record: when the phone is unlocked and the page cannot be read from
 * the server — offline, or the request failed on the network. Null otherwise
 * (the online page as it is).
 */
export function useOfflinePerson(clientId: string, error: unknown): OfflinePersonState {
  const { status } = useFieldState();
  const online = useOnline();
  if (status.kind !== 'unlocked') return null;
  const networkFailed = error instanceof ApiError && error.code === 'network';
  if (online && !networkFailed) return null;
  const person = status.store.get<StampedClient>('client', clientId);
  return person ? { kind: 'held', person } : { kind: 'missing' };
}

/**
 * A person's page offline: what the phone's index holds (pseudonym, target
 * groups, status, last activity — never identity or notes), a form for the
 * fields that may be changed offline, the plan steps to tick off and a
 * referral to make; each is sent when online.
 */
export function OfflinePerson({ state }: { state: Exclude<OfflinePersonState, null> }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const { outbox } = useFieldState();
  const groupNames = useTargetGroupNames();
  if (state.kind === 'missing') return <Alert tone="warning">{t('offlinePerson.missing')}</Alert>;
  const { person } = state;
  const waiting = outbox.filter(
    (op) => op.state === 'pending' && op.type === 'client.update' && op.recordId === person.id,
  ).length;

  return (
    <>
      <p className="lead">
        <strong>{person.pseudonym}</strong>
      </p>
      <Alert tone="info">{t('offlinePerson.intro')}</Alert>
      <section className="panel stack" aria-labelledby="offline-record-title">
        <h2 id="offline-record-title">{t('offlinePerson.heldTitle')}</h2>
        <dl className="facts">
          <dt>{t('clients.pseudonym')}</dt>
          <dd>{person.pseudonym}</dd>
          <dt>{t('common.status')}</dt>
          <dd>
            <StatusBadge status={person.status} />
          </dd>
          <dt>{t('clients.targetGroups')}</dt>
          <dd>{person.targetGroupIds.length > 0 ? groupNames(person.targetGroupIds) : t('clients.none')}</dd>
          <dt>{t('offlinePerson.lastActivity')}</dt>
          <dd>{person.lastActivityOn ? formatDay(person.lastActivityOn, i18n.language) : t('clients.noContactYet')}</dd>
          <dt>{t('offlinePerson.followUps')}</dt>
          <dd>
            {person.openFollowUps && person.nextFollowUpOn
              ? t('offlinePerson.openFollowUps', {
                  count: person.openFollowUps,
                  date: formatDay(person.nextFollowUpOn, i18n.language),
                })
              : t('offlinePerson.noFollowUps')}
          </dd>
        </dl>
        {waiting > 0 ? <p className="muted">{t('offlinePerson.waiting', { count: waiting })}</p> : null}
      </section>
      {can(me.roles, 'clients.update') ? (
        <section className="panel stack" aria-labelledby="offline-edit-title">
          <h2 id="offline-edit-title">{t('offlinePerson.editTitle')}</h2>
          <OfflinePersonForm person={person} />
        </section>
      ) : null}
      {can(me.roles, 'plans.manage') ? <OfflinePlanSteps clientId={person.id} /> : null}
      {can(me.roles, 'referrals.create') ? <OfflineReferral clientId={person.id} /> : null}
    </>
  );
}
