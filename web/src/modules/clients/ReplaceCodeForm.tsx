import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CodeSchemeId } from '#core/codes/index';
import { type Client, useSetClientCode } from '../../api/clients';
import { Button } from '../../ui/Button';
import { Form } from '../../ui/Form';
import { FormError } from '../../ui/FormError';
import { CodeBuilder, useProblemText } from './CodeBuilder';
import { type CodeFacts, codeFromFacts } from './codeFacts';

/** Gives the person their full code in place of a temporary (or wrong) one; the change is audited. */
export function ReplaceCodeForm({
  client,
  scheme,
  onDone,
}: {
  client: Client;
  scheme: CodeSchemeId;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const setCode = useSetClientCode(client.id);
  const [facts, setFacts] = useState<CodeFacts>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const result = codeFromFacts(scheme, facts);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (result.state !== 'ok') {
      const next: Record<string, string> = result.state === 'empty' ? { form: t('clients.codeIncompleteSubmit') } : {};
      if (result.state !== 'empty') {
        for (const [field, problem] of Object.entries(result.problems)) next[`code.${field}`] = problemText(problem);
        if (result.state === 'incomplete') next.form = t('clients.codeIncompleteSubmit');
      }
      setErrors(next);
      return;
    }
    setErrors({});
    setCode.mutate(result.code, { onSuccess: onDone });
  }

  return (
    <Form className="form" onSubmit={submit} validationErrors={errors}>
      <FormError error={setCode.error} />
      <p>
        {client.codeKind === 'temporary'
          ? t('clients.replaceTemporaryIntro', { code: client.temporaryCode ?? '' })
          : t('clients.replaceCodeIntro')}
      </p>
      <CodeBuilder scheme={scheme} facts={facts} onChange={setFacts} />
      {errors.form ? <p className="field-error">{errors.form}</p> : null}
      <div className="btn-row">
        <Button type="submit" variant="primary" isPending={setCode.isPending}>
          {t('clients.replaceCode')}
        </Button>
        <Button slot="close">{t('common.cancel')}</Button>
      </div>
    </Form>
  );
}
