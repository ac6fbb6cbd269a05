import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { limits } from '#core/limits';
import { reasonBody } from '#core/schemas/clients';
import { type Client, type IdentityRecord, useOpenIdentity } from '../../api/clients';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { ModalDialog } from '../../ui/Dialog';
import { Form } from '../../ui/Form';
import { FormError } from '../../ui/FormError';
import { TextField } from '../../ui/TextField';
import { useSchemaForm } from '../../ui/useSchemaForm';
import { IdentityForm } from './IdentityForm';
import { formatDay } from './labels';

function ReasonForm({
  onOpen,
  pending,
  error,
}: {
  onOpen: (reason: string) => void;
  pending: boolean;
  error: unknown;
}) {
  const { t } = useTranslation();
  const form = useSchemaForm(reasonBody, error);
  const [reason, setReason] = useState('');
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = { reason: reason.trim() };
    if (!form.check(body)) return;
    onOpen(body.reason);
  }
  return (
    <Form className="form" onSubmit={submit} validationErrors={form.validationErrors}>
      <Alert tone="warning">{t('clients.identityWarning')}</Alert>
      <FormError error={error} fieldNames={['reason']} />
      <TextField
        name="reason"
        label={t('clients.identityReason')}
        description={t('clients.identityReasonHint', { count: limits.reasonMin })}
        isRequired
        minLength={limits.reasonMin}
        maxLength={limits.reasonMax}
        multiline
        value={reason}
        onChange={setReason}
      />
      <div className="btn-row">
        <Button type="submit" variant="primary" isPending={pending}>
          {t('clients.openIdentity')}
        </Button>
        <Button slot="close">{t('common.cancel')}</Button>
      </div>
    </Form>
  );
}

function IdentityView({ identity }: { identity: IdentityRecord | null }) {
  const { t, i18n } = useTranslation();
  if (!identity) return <p>{t('clients.identityEmpty')}</p>;
  return (
    <dl className="facts">
      <dt>{t('clients.legalName')}</dt>
      <dd>{identity.legalName || <span className="missing">{t('clients.notFilled')}</span>}</dd>
      <dt>{t('clients.dateOfBirth')}</dt>
      <dd>
        {identity.dateOfBirth ? (
          formatDay(identity.dateOfBirth, i18n.language)
        ) : (
          <span className="missing">{t('clients.notFilled')}</span>
        )}
      </dd>
      <dt>{t('clients.documents')}</dt>
      <dd>
        {identity.documents.length === 0 ? (
          <span className="missing">{t('clients.noDocuments')}</span>
        ) : (
          <ul className="plain-list">
            {identity.documents.map((d, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: documents have no id; the list is read-only here
              <li key={i}>
                {t(`clients.documentTypes.${d.type}`)}: <span className="mono">{d.number}</span>
              </li>
            ))}
          </ul>
        )}
      </dd>
      <dt>{t('clients.identityNote')}</dt>
      <dd>{identity.note || <span className="missing">{t('clients.notFilled')}</span>}</dd>
    </dl>
  );
}

/**
 * The legal identity, kept apart and encrypted, opened only with a reason that
 * is recorded and flagged for the coordinator ("break the glass"). What was
 * opened lives only in this section's state and is gone when it closes.
 */
export function IdentitySection({ client }: { client: Client }) {
  const { t } = useTranslation();
  const open = useOpenIdentity(client.id);
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [editing, setEditing] = useState(false);
  const [shown, setShown] = useState<{ identity: IdentityRecord | null } | null>(null);
  const close = () => {
    setShown(null);
    setEditing(false);
    setReason('');
    open.reset();
  };

  return (
    <section className="panel stack" aria-labelledby="identity-title">
      <div className="section-header">
        <h2 id="identity-title">{t('clients.identity')}</h2>
        {shown ? <Button onPress={close}>{t('clients.closeIdentity')}</Button> : null}
      </div>
      {shown === null ? (
        <>
          <p>{client.hasIdentity ? t('clients.identityKeptIntro') : t('clients.identityNoneIntro')}</p>
          <div className="btn-row">
            <Button onPress={() => setAsking(true)}>{t('clients.openIdentity')}</Button>
          </div>
        </>
      ) : editing ? (
        <IdentityForm
          clientId={client.id}
          identity={shown.identity}
          reason={reason}
          onDone={(identity) => {
            setShown({ identity });
            setEditing(false);
          }}
        />
      ) : (
        <>
          <p className="muted">{t('clients.identityOpenedNote')}</p>
          <IdentityView identity={shown.identity} />
          <div className="btn-row">
            <Button onPress={() => setEditing(true)}>
              {shown.identity ? t('clients.editIdentity') : t('clients.addIdentity')}
            </Button>
          </div>
        </>
      )}
      <ModalDialog title={t('clients.openIdentityTitle')} isOpen={asking} onOpenChange={setAsking}>
        {asking ? (
          <ReasonForm
            pending={open.isPending}
            error={open.error}
            onOpen={(given) =>
              open.mutate(given, {
                onSuccess: (result) => {
                  setReason(given);
                  setShown({ identity: result.identity });
                  setAsking(false);
                },
              })
            }
          />
        ) : null}
      </ModalDialog>
    </section>
  );
}
