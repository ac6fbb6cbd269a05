import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type LinkageStatus,
  linkageStatuses,
  recordHealthTestBody,
  type TestResult,
  testMethods,
  testResults,
} from '#core/schemas/health-tests';
import { type HealthTest, useRecordHealthTest, useUpdateHealthTest } from '../../api/healthTests';
import { Button } from '../../ui/Button';
import { Form } from '../../ui/Form';
import { FormError } from '../../ui/FormError';
import { Select } from '../../ui/Select';
import { TextField } from '../../ui/TextField';
import { useSchemaForm } from '../../ui/useSchemaForm';
import { today } from '../clients/labels';
import { useCatalogueNames, usePlaceNames } from '../outreach/names';

const noSite = 'none';
const fieldNames = ['testTypeId', 'testedOn', 'method', 'siteId', 'result', 'linkage', 'linkageOn'];

/** Result and linkage to care: the medical part, the same in both forms. */
function MedicalFields(props: {
  result: TestResult;
  setResult: (r: TestResult) => void;
  linkage: LinkageStatus;
  setLinkage: (l: LinkageStatus) => void;
  linkageOn: string;
  setLinkageOn: (d: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Select
        name="result"
        label={t('counselling.result')}
        options={testResults.map((r) => ({ id: r, label: t(`counselling.results.${r}`) }))}
        value={props.result}
        onChange={props.setResult}
      />
      <Select
        name="linkage"
        label={t('counselling.linkage')}
        options={linkageStatuses.map((l) => ({ id: l, label: t(`counselling.linkages.${l}`) }))}
        value={props.linkage}
        onChange={props.setLinkage}
      />
      {props.linkage !== 'none' ? (
        <TextField
          name="linkageOn"
          type="date"
          label={t('counselling.linkageOn')}
          value={props.linkageOn}
          onChange={props.setLinkageOn}
        />
      ) : null}
    </>
  );
}

/** Records a test for the person (medical counsellors): type, day, method, where, result and linkage. */
export function RecordTestForm({ clientId, onDone }: { clientId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const record = useRecordHealthTest();
  const form = useSchemaForm(recordHealthTestBody, record.error);
  const types = useCatalogueNames('test_type');
  const places = usePlaceNames();
  const [testTypeId, setTestTypeId] = useState<string | null>(null);
  const [testedOn, setTestedOn] = useState(today);
  const [method, setMethod] = useState<(typeof testMethods)[number]>('rapid');
  const [siteId, setSiteId] = useState<string>(noSite);
  const [result, setResult] = useState<TestResult>('pending');
  const [linkage, setLinkage] = useState<LinkageStatus>('none');
  const [linkageOn, setLinkageOn] = useState('');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = {
      clientId,
      testTypeId: testTypeId ?? '',
      testedOn,
      method,
      siteId: siteId === noSite ? null : siteId,
      result,
      linkage,
      linkageOn: linkage === 'none' || !linkageOn ? null : linkageOn,
    };
    if (!form.check(body)) return;
    record.mutate(body, { onSuccess: onDone });
  }

  return (
    <Form className="form" onSubmit={submit} validationErrors={form.validationErrors}>
      <FormError error={record.error} fieldNames={fieldNames} />
      <Select
        name="testTypeId"
        label={t('counselling.testType')}
        isRequired
        options={types.choices.map((c) => ({ id: c.id, label: types.name(c.id) }))}
        value={testTypeId}
        onChange={setTestTypeId}
      />
      <div className="form-grid">
        <TextField
          name="testedOn"
          type="date"
          label={t('counselling.testedOn')}
          isRequired
          value={testedOn}
          onChange={setTestedOn}
        />
        <Select
          name="method"
          label={t('counselling.method')}
          options={testMethods.map((m) => ({ id: m, label: t(`counselling.methods.${m}`) }))}
          value={method}
          onChange={setMethod}
        />
      </div>
      <Select
        name="siteId"
        label={t('counselling.site')}
        options={[
          { id: noSite, label: t('counselling.noSite') },
          ...places.sites.filter((s) => s.active && s.type !== 'office').map((s) => ({ id: s.id, label: s.name })),
        ]}
        value={siteId}
        onChange={setSiteId}
      />
      <MedicalFields {...{ result, setResult, linkage, setLinkage, linkageOn, setLinkageOn }} />
      <div className="btn-row">
        <Button type="submit" variant="primary" isPending={record.isPending}>
          {t('counselling.saveTest')}
        </Button>
        <Button slot="close">{t('common.cancel')}</Button>
      </div>
    </Form>
  );
}

/** A result that came in, or the next step of linkage to care. */
export function UpdateTestForm({ test, onDone }: { test: HealthTest; onDone: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateHealthTest();
  const [result, setResult] = useState<TestResult>(test.medical?.result ?? 'pending');
  const [linkage, setLinkage] = useState<LinkageStatus>(test.medical?.linkage ?? 'none');
  const [linkageOn, setLinkageOn] = useState(test.medical?.linkageOn ?? '');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    update.mutate(
      { id: test.id, body: { result, linkage, linkageOn: linkage === 'none' || !linkageOn ? null : linkageOn } },
      { onSuccess: onDone },
    );
  }

  return (
    <Form className="form" onSubmit={submit}>
      <FormError error={update.error} fieldNames={['result', 'linkage', 'linkageOn']} />
      <MedicalFields {...{ result, setResult, linkage, setLinkage, linkageOn, setLinkageOn }} />
      <div className="btn-row">
        <Button type="submit" variant="primary" isPending={update.isPending}>
          {t('counselling.saveTest')}
        </Button>
        <Button slot="close">{t('common.cancel')}</Button>
      </div>
    </Form>
  );
}
