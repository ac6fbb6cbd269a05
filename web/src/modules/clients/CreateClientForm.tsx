import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CodeSchemeId } from '#core/codes/index';
import { limits } from '#core/limits';
import { createClientBody } from '#core/schemas/clients';
import { type CreatedClient, useCreateClient } from '../../api/clients';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Checkbox } from '../../ui/CheckboxGroup';
import { Form } from '../../ui/Form';
import { FormError } from '../../ui/FormError';
import { TextField } from '../../ui/TextField';
import { useSchemaForm } from '../../ui/useSchemaForm';
import { ClientFields } from './ClientFields';
import { CodeBuilder, useProblemText } from './CodeBuilder';
import { type CodeFacts, codeFromFacts } from './codeFacts';
import { DuplicateCandidates } from './DuplicateCandidates';
import { type ClientValues, emptyValues, fieldsFromValues, incompleteAnswers } from './values';

const fieldNames = [
  'pseudonym',
  'code',
  'birthYear',
  'ageBand',
  'ageMissing',
  'genderSelfDescribed',
  'genderMissing',
  'languages',
  'targetGroupIds',
  'assignedWorkerId',
  'safeContact',
];

/** What the worker sees once the person is saved: their temporary code, to say back, if one was issued. */
function CreatedView({
  created,
  canRead,
  onDone,
  onCreated,
}: {
  created: CreatedClient;
  canRead: boolean;
  onDone: () => void;
  onCreated?: ((created: CreatedClient) => void) | undefined;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <div className="stack">
      <Alert tone="success">{t('clients.created', { pseudonym: created.pseudonym })}</Alert>
      {created.temporaryCode ? (
        <>
          <p>{t('clients.temporaryCodeIssued')}</p>
          <p className="otp mono">{created.temporaryCode}</p>
        </>
      ) : null}
      <div className="btn-row">
        {onCreated ? (
          <Button variant="primary" onPress={() => onCreated(created)}>
            {t('common.continue')}
          </Button>
        ) : canRead ? (
          <Button
            variant="primary"
            onPress={() => {
              onDone();
              void navigate({ to: '/clients/$clientId', params: { clientId: created.id } });
            }}
          >
            {t('clients.openPage')}
          </Button>
        ) : null}
        {onCreated ? null : (
          <Button variant={canRead ? 'secondary' : 'primary'} onPress={onDone}>
            {t('common.done')}
          </Button>
        )}
      </div>
    </div>
  );
}

/**
 * A new person: pseudonym, anonymous code from the organisation's scheme (or a
 * temporary one), then the optional facts. Likely duplicates show while typing.
 * With `onCreated` (recording a first contact) the new person is handed on
 * instead of opening their page; a temporary code is shown first, to say back.
 */
export function CreateClientForm({
  scheme,
  canRead,
  onDone,
  onCreated,
}: {
  scheme: CodeSchemeId;
  canRead: boolean;
  onDone: () => void;
  onCreated?: (created: CreatedClient) => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const problemText = useProblemText();
  const create = useCreateClient();
  const form = useSchemaForm(createClientBody, create.error);
  const [values, setValues] = useState<ClientValues>(emptyValues);
  const [facts, setFacts] = useState<CodeFacts>({});
  const [temporary, setTemporary] = useState(false);
  const [extraErrors, setExtraErrors] = useState<Record<string, string>>({});
  // A new object only with new messages (see ui/useSchemaForm.ts).
  const validationErrors = useMemo(
    () => ({ ...form.validationErrors, ...extraErrors }),
    [form.validationErrors, extraErrors],
  );
  const code = temporary ? { state: 'empty' as const } : codeFromFacts(scheme, facts);

  if (create.data && (create.data.temporaryCode || (!canRead && !onCreated))) {
    return <CreatedView created={create.data} canRead={canRead} onDone={onDone} onCreated={onCreated} />;
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const errors: Record<string, string> = Object.fromEntries(
      Object.entries(incompleteAnswers(values)).map(([field, key]) => [field, t(key)]),
    );
    if (code.state === 'incomplete' || code.state === 'invalid') {
      for (const [field, problem] of Object.entries(code.problems)) errors[`code.${field}`] = problemText(problem);
      if (code.state === 'incomplete') errors.code = t('clients.codeIncompleteSubmit');
    }
    const body = {
      ...fieldsFromValues(values),
      ...(code.state === 'ok' ? { code: code.code } : {}),
      temporaryCode: temporary,
    };
    const valid = form.check(body);
    setExtraErrors(errors);
    if (!valid || Object.keys(errors).length > 0) return;
    create.mutate(body, {
      onSuccess: (created) => {
        if (created.temporaryCode) return; // the created view shows what to say back
        if (onCreated) return onCreated(created);
        if (!canRead) return; // the created view says the person was added
        onDone();
        void navigate({ to: '/clients/$clientId', params: { clientId: created.id } });
      },
    });
  }

  return (
    <Form className="form" onSubmit={submit} validationErrors={validationErrors}>
      <FormError error={create.error} fieldNames={fieldNames} />
      <TextField
        name="pseudonym"
        label={t('clients.pseudonym')}
        description={t('clients.pseudonymHint')}
        isRequired
        maxLength={limits.pseudonymMax}
        autoComplete="off"
        value={values.pseudonym}
        onChange={(pseudonym) => setValues((v) => ({ ...v, pseudonym }))}
      />
      <Checkbox name="temporaryCode" isSelected={temporary} onChange={setTemporary}>
        {t('clients.temporaryCode')}
      </Checkbox>
      <p className="field-description">{t('clients.temporaryCodeHint')}</p>
      {temporary ? null : <CodeBuilder scheme={scheme} facts={facts} onChange={setFacts} />}
      {extraErrors.code || form.validationErrors.code ? (
        <p className="field-error">{extraErrors.code ?? form.validationErrors.code}</p>
      ) : null}
      <DuplicateCandidates
        pseudonym={values.pseudonym}
        code={code.state === 'ok' ? code.code : null}
        canRead={canRead}
      />
      <ClientFields value={values} onChange={setValues} showStatus={false} />
      <div className="btn-row">
        <Button type="submit" variant="primary" isPending={create.isPending}>
          {t('clients.create')}
        </Button>
        <Button slot="close">{t('common.cancel')}</Button>
      </div>
    </Form>
  );
}
