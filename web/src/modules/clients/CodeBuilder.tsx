import { useTranslation } from 'react-i18next';
import type { CodeField, CodeSchemeId } from '#core/codes/index';
import { limits } from '#core/limits';
import { NumberField } from '../../ui/NumberField';
import { Select } from '../../ui/Select';
import { TextField } from '../../ui/TextField';
import { type CodeFacts, type CodeResult, codeFromFacts, codeProblemKeys, schemeFields } from './codeFacts';

export interface CodeBuilderProps {
  scheme: CodeSchemeId;
  facts: CodeFacts;
  onChange: (facts: CodeFacts) => void;
  /** Prefix of the inputs' names, so a form can put errors next to them (`code.birthDay`). */
  namePrefix?: string;
}

/** A problem key of a scheme, translated; unknown ones read as "not valid". */
export function useProblemText() {
  const { t } = useTranslation();
  return (problem: string) =>
    (codeProblemKeys as readonly string[]).includes(problem)
      ? t(`clients.codeProblems.${problem}`)
      : t('validation.invalid');
}

/** The line under the answers: the code as it will be sent, or what is still missing. */
export function CodePreview({ scheme, result }: { scheme: CodeSchemeId; result: CodeResult }) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const fields = schemeFields(scheme);
  const problems =
    result.state === 'invalid' || result.state === 'incomplete'
      ? Object.entries(result.problems).map(([field, problem]) => `${fieldLabel(t, field)}: ${problemText(problem)}`)
      : [];
  return (
    <div className="code-preview">
      <span className="field-label">{t('clients.codePreview')}</span>{' '}
      <output aria-live="polite" className="code-value mono">
        {result.state === 'ok' ? result.code : null}
        {result.state === 'empty' ? <span className="muted">{t('clients.codeEmpty')}</span> : null}
        {result.state === 'incomplete' ? (
          <span className="muted">
            {t('clients.codeIncomplete', { count: fields.filter((f) => f.required).length })}
          </span>
        ) : null}
        {result.state === 'invalid' ? <span className="muted">{t('clients.codeInvalid')}</span> : null}
      </output>
      {problems.length > 0 ? (
        <ul className="field-error plain-list">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function fieldLabel(t: (key: string) => string, name: string): string {
  return t(`clients.codeFields.${name}`);
}

function FactInput({
  field,
  value,
  onChange,
  name,
  isRequired,
}: {
  field: CodeField;
  value: string | number | undefined;
  onChange: (value: string | number) => void;
  name: string;
  /** Required only once an answer is given: a person may have no code at all. */
  isRequired: boolean;
}) {
  const { t } = useTranslation();
  const label = fieldLabel(t, field.name);
  const description = t(`clients.codeHints.${field.name}`, { defaultValue: '' }) || undefined;
  switch (field.kind) {
    case 'day':
    case 'month':
      return (
        <NumberField
          name={name}
          label={label}
          description={description}
          isRequired={isRequired}
          minValue={1}
          maxValue={field.kind === 'day' ? 31 : 12}
          step={1}
          formatOptions={{ useGrouping: false, maximumFractionDigits: 0 }}
          value={typeof value === 'number' ? value : Number.NaN}
          onChange={onChange}
        />
      );
    case 'choice':
      return (
        <Select
          name={name}
          label={label}
          description={description}
          isRequired={isRequired}
          options={(field.options ?? []).map((id) => ({ id, label: t(`clients.codeChoices.${field.name}.${id}`) }))}
          value={typeof value === 'string' && value ? value : null}
          onChange={onChange}
        />
      );
    default:
      return (
        <TextField
          name={name}
          label={label}
          description={description}
          type={field.kind === 'date' ? 'date' : 'text'}
          isRequired={isRequired}
          maxLength={limits.nameMax}
          autoComplete="off"
          spellCheck="false"
          value={typeof value === 'string' ? value : ''}
          onChange={onChange}
        />
      );
  }
}

/**
 * The person's answers for the organisation's anonymous-code scheme and the code
 * they make, live. The answers stay in this form: only the finished code is
 * sent, and the server keeps only a keyed hash of it.
 */
export function CodeBuilder({ scheme, facts, onChange, namePrefix = 'code' }: CodeBuilderProps) {
  const { t } = useTranslation();
  const fields = schemeFields(scheme);
  const result = codeFromFacts(scheme, facts);
  return (
    <fieldset className="stack code-builder">
      <legend className="field-label">{t('clients.codeLegend', { scheme: t(`codeSchemes.${scheme}`) })}</legend>
      <p className="field-description">{t('clients.codeIntro')}</p>
      <div className="form-grid">
        {fields.map((field) => (
          <FactInput
            key={field.name}
            field={field}
            name={`${namePrefix}.${field.name}`}
            value={facts[field.name]}
            isRequired={field.required && result.state !== 'empty'}
            onChange={(v) => onChange({ ...facts, [field.name]: v })}
          />
        ))}
      </div>
      <CodePreview scheme={scheme} result={result} />
    </fieldset>
  );
}
