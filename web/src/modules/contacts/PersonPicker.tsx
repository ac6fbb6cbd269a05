import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { limits } from '#core/limits';
import { type ClientSummary, useClientSearch } from '../../api/clients';
import { readingLocally } from '../../offline/local';
import { Button } from '../../ui/Button';
import { Disclosure } from '../../ui/Disclosure';
import { Form } from '../../ui/Form';
import { QueryState } from '../../ui/QueryState';
import { TextField } from '../../ui/TextField';
import { useTargetGroupNames } from '../clients/ClientTable';
import { useDebounced } from '../clients/useDebounced';
import { useSlashShortcut } from '../clients/useSlashShortcut';
import './contacts.css';

/**
 * Finding a known person to record something for (a contact, a check-in): by
 * pseudonym as you type (similar spellings too) or by anonymous code (applied
 * on Enter or the button), each result one big button. The code travels only
 * in a request body. "/" brings the focus back to the search box.
 */
export function PersonPicker({ onChoose }: { onChoose: (person: ClientSummary) => void }) {
  const { t } = useTranslation();
  const groupNames = useTargetGroupNames();
  const [q, setQ] = useState('');
  const [codeText, setCodeText] = useState('');
  const [code, setCode] = useState('');
  const settled = useDebounced(q.trim(), 300);
  const searchQ = settled.length >= limits.searchMin ? settled : '';
  const body = searchQ || code ? { ...(searchQ ? { q: searchQ } : {}), ...(code ? { code } : {}) } : null;
  const search = useClientSearch(body);
  const box = useRef<HTMLDivElement>(null);
  // The hint under the box promises it: "/" comes back to the search from anywhere on the screen.
  useSlashShortcut(() => box.current?.querySelector<HTMLInputElement>('input[name="q"]')?.focus());

  function searchCode(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setCode(codeText.trim());
  }

  return (
    <div className="stack" ref={box}>
      <Form className="who-search" role="search" aria-label={t('clients.searchLabel')} onSubmit={searchCode}>
        <TextField
          name="q"
          type="search"
          label={t('contacts.findPerson')}
          description={t('clients.searchPseudonymHint')}
          maxLength={limits.pseudonymMax}
          autoComplete="off"
          value={q}
          onChange={setQ}
        />
        <Disclosure title={t('contacts.byCode')}>
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
              if (v.trim() === '') setCode('');
            }}
          />
          <div className="btn-row">
            <Button type="submit">{t('common.search')}</Button>
          </div>
        </Disclosure>
      </Form>
      {code && readingLocally() ? <p className="muted">{t('field.codeOffline')}</p> : null}
      {q.trim().length > 0 && q.trim().length < limits.searchMin && !code ? (
        <p className="muted">{t('clients.searchTooShort', { count: limits.searchMin })}</p>
      ) : null}
      {body ? (
        <QueryState query={search}>
          {({ items }) => (
            <div className="stack">
              <p className="muted" aria-live="polite">
                {t('clients.found', { count: items.length })}
              </p>
              {items.length > 0 ? (
                <ul className="pick-people">
                  {items.map((person) => (
                    <li key={person.id}>
                      <Button className="pick-person" onPress={() => onChoose(person)}>
                        <span className="pick-person-name">{person.pseudonym}</span>
                        {person.targetGroupIds.length > 0 ? (
                          <span className="pick-person-note">{groupNames(person.targetGroupIds)}</span>
                        ) : null}
                      </Button>
                    </li>
                  ))}
                </ul>
              ) : null}
            </div>
          )}
        </QueryState>
      ) : null}
    </div>
  );
}
