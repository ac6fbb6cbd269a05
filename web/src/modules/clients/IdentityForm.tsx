import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { limits } from '#core/limits';
import { identityDocumentTypes, saveIdentityBody } from '#core/schemas/clients';
import { type IdentityRecord, useSaveIdentity } from '../../api/clients';
import { Button } from '../../ui/Button';
import { Form } from '../../ui/Form';
import { FormError } from '../../ui/FormError';
import { Select } from '../../ui/Select';
import { TextField } from '../../ui/TextField';
import { useSchemaForm } from '../../ui/useSchemaForm';

type DocumentType = (typeof identityDocumentTypes)[number];
interface DocumentRow {
  key: number;
  type: DocumentType;
  number: string;
}

let nextKey = 1;
const fieldNames = ['identity.legalName', 'identity.dateOfBirth', 'identity.note', 'identity.documents', 'reason'];

/** Edits the identity record opened with `reason`; saving is audited under the same reason. */
export function IdentityForm({
  clientId,
  identity,
  reason,
  onDone,
}: {
  clientId: string;
  identity: IdentityRecord | null;
  reason: string;
  onDone: (saved: IdentityRecord | null) => void;
}) {
  const { t } = useTranslation();
  const save = useSaveIdentity(clientId);
  const form = useSchemaForm(saveIdentityBody, save.error);
  const [legalName, setLegalName] = useState(identity?.legalName ?? '');
  const [dateOfBirth, setDateOfBirth] = useState(identity?.dateOfBirth ?? '');
  const [note, setNote] = useState(identity?.note ?? '');
  const [documents, setDocuments] = useState<DocumentRow[]>(() =>
    (identity?.documents ?? []).map((d) => ({ key: nextKey++, type: d.type, number: d.number })),
  );
  const setDocument = (key: number, patch: Partial<DocumentRow>) =>
    setDocuments((rows) => rows.map((row) => (row.key === key ? { ...row, ...patch } : row)));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = {
      identity: {
        legalName,
        dateOfBirth: dateOfBirth || null,
        documents: documents.map(({ type, number }) => ({ type, number })),
        note,
      },
      reason,
    };
    if (!form.check(body)) return;
    save.mutate(body, { onSuccess: (result) => onDone(result.identity) });
  }

  return (
    <Form className="form" onSubmit={submit} validationErrors={form.validationErrors}>
      <FormError
        error={save.error}
        fieldNames={[
          ...fieldNames,
          ...documents.flatMap((_, i) => [`identity.documents.${i}.type`, `identity.documents.${i}.number`]),
        ]}
      />
      <TextField
        name="identity.legalName"
        label={t('clients.legalName')}
        maxLength={limits.nameMax}
        autoComplete="off"
        value={legalName}
        onChange={setLegalName}
      />
      <TextField
        name="identity.dateOfBirth"
        type="date"
        label={t('clients.dateOfBirth')}
        value={dateOfBirth}
        onChange={setDateOfBirth}
      />
      <fieldset className="stack">
        <legend className="field-label">{t('clients.documents')}</legend>
        {documents.length === 0 ? <p className="muted">{t('clients.noDocuments')}</p> : null}
        {documents.map((row, i) => (
          <div key={row.key} className="doc-row">
            <Select<DocumentType>
              name={`identity.documents.${i}.type`}
              label={t('clients.documentType', { n: String(i + 1) })}
              options={identityDocumentTypes.map((id) => ({ id, label: t(`clients.documentTypes.${id}`) }))}
              value={row.type}
              onChange={(type) => setDocument(row.key, { type })}
            />
            <TextField
              name={`identity.documents.${i}.number`}
              label={t('clients.documentNumber', { n: String(i + 1) })}
              isRequired
              maxLength={limits.codeMax}
              autoComplete="off"
              value={row.number}
              onChange={(number) => setDocument(row.key, { number })}
            />
            <Button
              onPress={() => setDocuments((rows) => rows.filter((r) => r.key !== row.key))}
              aria-label={t('clients.removeDocumentNamed', { n: String(i + 1) })}
            >
              {t('clients.removeDocument')}
            </Button>
          </div>
        ))}
        {documents.length < limits.documentsMax ? (
          <div className="btn-row">
            <Button onPress={() => setDocuments((rows) => [...rows, { key: nextKey++, type: 'id_card', number: '' }])}>
              {t('clients.addDocument')}
            </Button>
          </div>
        ) : null}
      </fieldset>
      <TextField
        name="identity.note"
        label={t('clients.identityNote')}
        multiline
        maxLength={limits.longTextMax}
        value={note}
        onChange={setNote}
      />
      <div className="btn-row">
        <Button type="submit" variant="primary" isPending={save.isPending}>
          {t('common.save')}
        </Button>
        <Button onPress={() => onDone(identity)}>{t('common.cancel')}</Button>
      </div>
    </Form>
  );
}
