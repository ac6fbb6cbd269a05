import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { limits } from '#core/limits';
import { can } from '#core/permissions/index';
import { useClientSearch } from '../../api/clients';
import { useOrganisation } from '../../api/organisation';
import { useMe } from '../../api/session';
import { readingLocally } from '../../offline/local';
import { Button } from '../../ui/Button';
import { ModalDialog } from '../../ui/Dialog';
import { Disclosure } from '../../ui/Disclosure';
import { Form } from '../../ui/Form';
import { PageHeader } from '../../ui/PageHeader';
import { QueryState } from '../../ui/QueryState';
import { TextField } from '../../ui/TextField';
import { useTargetGroupNames } from '../clients/ClientTable';
import { CreateClientForm } from '../clients/CreateClientForm';
import { useDebounced } from '../clients/useDebounced';
import type { ContactWho } from './contactBody';

/**
 * The first screen: who the contact was with. A known person is found by
 * pseudonym (similar spellings too) or code and chosen with one tap; a new
 * person is added with the first contact card; an anonymous contact is a head
 * count. The code travels only in a request body.
 */
export function WhoStep({ shiftLine, onChoose }: { shiftLine: string; onChoose: (who: ContactWho) => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const organisation = useOrganisation();
  const groupNames = useTargetGroupNames();
  const [q, setQ] = useState('');
  const [codeText, setCodeText] = useState('');
  const [code, setCode] = useState('');
  const [creating, setCreating] = useState(false);
  const settled = useDebounced(q.trim(), 300);
  const searchQ = settled.length >= limits.searchMin ? settled : '';
  const body = searchQ || code ? { ...(searchQ ? { q: searchQ } : {}), ...(code ? { code } : {}) } : null;
  const search = useClientSearch(body);
  const canCreate = can(me.roles, 'clients.create');

  function searchCode(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setCode(codeText.trim());
  }

  return (
    <div className="stack">
      <PageHeader title={t('contacts.whoTitle')}>
        <p className="muted">{shiftLine}</p>
      </PageHeader>
      <section className="stack contact-part" aria-labelledby="known-title">
        <h2 id="known-title">{t('contacts.knownPerson')}</h2>
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
                        <Button
                          className="pick-person"
                          onPress={() => onChoose({ kind: 'repeat', clientId: person.id, pseudonym: person.pseudonym })}
                        >
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
      </section>
      <section className="stack contact-part" aria-labelledby="other-title">
        <h2 id="other-title">{t('contacts.orElse')}</h2>
        <div className="who-choices">
          {canCreate ? (
            <Button className="btn-big" onPress={() => setCreating(true)}>
              {t('contacts.newPerson')}
            </Button>
          ) : null}
          <Button className="btn-big" onPress={() => onChoose({ kind: 'anonymous' })}>
            {t('contacts.anonymousContact')}
          </Button>
        </div>
      </section>
      <ModalDialog
        title={t('contacts.newPersonTitle')}
        isOpen={creating}
        onOpenChange={setCreating}
        dismissable={false}
      >
        {creating ? (
          <QueryState query={organisation}>
            {(org) => (
              <CreateClientForm
                scheme={org.settings.anonymousCodeScheme}
                canRead={can(me.roles, 'clients.read')}
                onDone={() => setCreating(false)}
                onCreated={(created) => {
                  setCreating(false);
                  onChoose({ kind: 'first', clientId: created.id, pseudonym: created.pseudonym });
                }}
              />
            )}
          </QueryState>
        ) : null}
      </ModalDialog>
    </div>
  );
}
