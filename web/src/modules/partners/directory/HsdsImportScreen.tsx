import { type FormEvent, useState } from 'react';
import { FileTrigger } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useHsdsImport } from '../../../api/hsdsImport';
import { Alert } from '../../../ui/Alert';
import { Button, TextLink } from '../../../ui/Button';
import { Form } from '../../../ui/Form';
import { FormError } from '../../../ui/FormError';
import { PageHeader } from '../../../ui/PageHeader';
import { TextField } from '../../../ui/TextField';
import { ImportReport } from './ImportReport';
import { type ReadProblem, readDocument } from './readDocument';
import './directory.css';

/**
 * Imports an Open Referral HSDS 3.0 document (another directory's export, or
 * the standard's examples) into the partner directory. A chosen file is read
 * into the text box, so what is sent is what the user sees and may correct;
 * the text is checked here first, then the server's report is shown.
 */
export function HsdsImportScreen() {
  const { t } = useTranslation();
  const send = useHsdsImport();
  const [text, setText] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const [problem, setProblem] = useState<ReadProblem | null>(null);

  async function choose(files: FileList | null) {
    const file = files?.[0];
    if (!file) return;
    setFileName(file.name);
    setProblem(null);
    setText(await file.text());
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const read = readDocument(text);
    if ('problem' in read) {
      setProblem(read);
      send.reset();
      return;
    }
    setProblem(null);
    send.mutate(read.doc);
  }

  return (
    <div className="stack">
      <PageHeader title={t('directoryImport.title')}>
        <p className="muted">{t('directoryImport.intro')}</p>
        <p>
          <TextLink href="/partners">{t('directoryImport.backToDirectory')}</TextLink>
        </p>
      </PageHeader>
      <Form className="form stack" onSubmit={submit}>
        <div className="btn-row">
          <FileTrigger acceptedFileTypes={['application/json', '.json']} onSelect={(files) => void choose(files)}>
            <Button>{t('directoryImport.chooseFile')}</Button>
          </FileTrigger>
          <span className="muted" aria-live="polite">
            {fileName ? t('directoryImport.fileChosen', { name: fileName }) : t('directoryImport.noFile')}
          </span>
        </div>
        <TextField
          name="document"
          label={t('directoryImport.document')}
          description={t('directoryImport.documentHint')}
          multiline
          className="directory-source"
          value={text}
          onChange={(value) => {
            setText(value);
            setProblem(null);
          }}
        />
        {problem ? (
          <Alert tone="error">
            {problem.problem === 'notJson' && problem.line !== undefined
              ? t('directoryImport.errors.notJsonAt', { line: problem.line, column: problem.column ?? 1 })
              : t(`directoryImport.errors.${problem.problem}`)}
          </Alert>
        ) : null}
        <FormError error={send.error} />
        <div className="btn-row">
          <Button type="submit" variant="primary" isPending={send.isPending}>
            {t('directoryImport.send')}
          </Button>
        </div>
      </Form>
      {send.data ? <ImportReport report={send.data} /> : null}
    </div>
  );
}
