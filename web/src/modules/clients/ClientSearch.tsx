import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CodeSchemeId } from '#core/codes/index';
import { limits } from '#core/limits';
import { useClientSearch } from '../../api/clients';
import { Button } from '../../ui/Button';
import { Checkbox } from '../../ui/CheckboxGroup';
import { Form } from '../../ui/Form';
import { QueryState } from '../../ui/QueryState';
import { TextField } from '../../ui/TextField';
import { ClientTable } from './ClientTable';
import { CodeBuilder } from './CodeBuilder';
import { type CodeFacts, codeFromFacts } from './codeFacts';
import { useDebounced } from './useDebounced';
import { takeSearchFocusRequest, useSlashShortcut } from './useSlashShortcut';

/**
 * One search box for the pseudonym (similar spellings too, as you type) and a
 * code field (applied on Enter or the button; or built from the person's
 * answers). The code travels only in the request body.
 */
export function ClientSearch({
  scheme,
  canRead,
  onActiveChange,
}: {
  scheme: CodeSchemeId | undefined;
  canRead: boolean;
  onActiveChange?: (active: boolean) => void;
}) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const [q, setQ] = useState('');
  const [codeText, setCodeText] = useState('');
  const [building, setBuilding] = useState(false);
  const [facts, setFacts] = useState<CodeFacts>({});
  const [appliedCode, setAppliedCode] = useState('');
  const [includeClosed, setIncludeClosed] = useState(false);
  const settledQ = useDebounced(q.trim(), 300);
  const built = building && scheme ? codeFromFacts(scheme, facts) : null;

  const focusSearch = () => box.current?.querySelector<HTMLInputElement>('input[name="q"]')?.focus();
  useSlashShortcut(focusSearch);
  useEffect(() => {
    // After the shell has moved focus to the new screen's main landmark.
    if (!takeSearchFocusRequest()) return;
    const timer = setTimeout(() => box.current?.querySelector<HTMLInputElement>('input[name="q"]')?.focus(), 0);
    return () => clearTimeout(timer);
  }, []);

  const searchQ = settledQ.length >= limits.searchMin ? settledQ : '';
  const body =
    searchQ || appliedCode
      ? { ...(searchQ ? { q: searchQ } : {}), ...(appliedCode ? { code: appliedCode } : {}), includeClosed }
      : null;
  const search = useClientSearch(body);
  const active = body !== null;
  const notify = useRef(onActiveChange);
  notify.current = onActiveChange;
  useEffect(() => notify.current?.(active), [active]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (building) setAppliedCode(built?.state === 'ok' ? built.code : '');
    else setAppliedCode(codeText.trim());
  }

  return (
    <div className="stack">
      <div ref={box}>
        <Form className="search-form" role="search" aria-label={t('clients.searchLabel')} onSubmit={submit}>
          <TextField
            name="q"
            type="search"
            label={t('clients.searchPseudonym')}
            description={t('clients.searchPseudonymHint')}
            maxLength={limits.pseudonymMax}
            autoComplete="off"
            value={q}
            onChange={setQ}
          />
          {building ? null : (
            <TextField
              name="code"
              label={t('clients.searchCode')}
              description={t('clients.searchCodeHint')}
              maxLength={limits.codeMax}
              autoComplete="off"
              spellCheck="false"
              value={codeText}
              onChange={(v) => {
                setCodeText(v);
                if (v.trim() === '') setAppliedCode('');
              }}
            />
          )}
          {scheme ? (
            <Checkbox
              isSelected={building}
              onChange={(on) => {
                setBuilding(on);
                setAppliedCode('');
              }}
            >
              {t('clients.buildCodeForSearch')}
            </Checkbox>
          ) : null}
          {building && scheme ? (
            <CodeBuilder scheme={scheme} facts={facts} onChange={setFacts} namePrefix="search" />
          ) : null}
          <Checkbox isSelected={includeClosed} onChange={setIncludeClosed}>
            {t('clients.includeClosed')}
          </Checkbox>
          <div className="btn-row">
            <Button type="submit" variant="primary">
              {t('common.search')}
            </Button>
          </div>
        </Form>
      </div>
      {q.trim().length > 0 && q.trim().length < limits.searchMin && !appliedCode ? (
        <p className="muted">{t('clients.searchTooShort', { count: limits.searchMin })}</p>
      ) : null}
      {body ? (
        <section className="stack">
          <h2 id="search-results">{t('clients.results')}</h2>
          <QueryState query={search}>
            {({ items }) => (
              <>
                <p className="muted" aria-live="polite">
                  {t('clients.found', { count: items.length })}
                </p>
                {items.length === 0 ? (
                  <p>{t('clients.noneFound')}</p>
                ) : (
                  <ClientTable caption={t('clients.results')} items={items} canRead={canRead} showMatch />
                )}
              </>
            )}
          </QueryState>
        </section>
      ) : null}
    </div>
  );
}
