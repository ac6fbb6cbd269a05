import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '#core/permissions/index';
import { useOrganisation } from '../../api/organisation';
import { useMe } from '../../api/session';
import { Button } from '../../ui/Button';
import { ModalDialog } from '../../ui/Dialog';
import { PageHeader } from '../../ui/PageHeader';
import { QueryState } from '../../ui/QueryState';
import { CreateClientForm } from '../clients/CreateClientForm';
import type { ContactWho } from './contactBody';
import { PersonPicker } from './PersonPicker';

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
  const [creating, setCreating] = useState(false);
  const canCreate = can(me.roles, 'clients.create');

  return (
    <div className="stack">
      <PageHeader title={t('contacts.whoTitle')}>
        <p className="muted">{shiftLine}</p>
      </PageHeader>
      <section className="stack contact-part" aria-labelledby="known-title">
        <h2 id="known-title">{t('contacts.knownPerson')}</h2>
        <PersonPicker
          onChoose={(person) => onChoose({ kind: 'repeat', clientId: person.id, pseudonym: person.pseudonym })}
        />
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
