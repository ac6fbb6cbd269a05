import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { limits } from '#core/limits';
import { can } from '#core/permissions/index';
import { useOrganisation } from '../../api/organisation';
import { useMe } from '../../api/session';
import { Button } from '../../ui/Button';
import { ChoiceChips } from '../../ui/ChipGroup';
import { ModalDialog } from '../../ui/Dialog';
import { QueryState } from '../../ui/QueryState';
import { Stepper } from '../../ui/Stepper';
import { CreateClientForm } from '../clients/CreateClientForm';
import { PersonPicker } from '../contacts/PersonPicker';

export type WhoMode = 'person' | 'anonymous';
export interface ChosenPerson {
  id: string;
  pseudonym: string;
}

/**
 * Who is checking in: a known person (found with the contact form's picker,
 * or added here), or an anonymous head count. `alreadyIn` is the desk's
 * answer that the chosen person is in at this site already, shown beside them.
 */
export function CheckInWho({
  mode,
  onMode,
  person,
  onPerson,
  headCount,
  onHeadCount,
  alreadyIn,
  missing,
}: {
  mode: WhoMode;
  onMode: (mode: WhoMode) => void;
  person: ChosenPerson | null;
  onPerson: (person: ChosenPerson | null) => void;
  headCount: number;
  onHeadCount: (count: number) => void;
  alreadyIn: boolean;
  missing: boolean;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const organisation = useOrganisation();
  const [creating, setCreating] = useState(false);
  const changeButton = useRef<HTMLDivElement>(null);
  const choose = (chosen: ChosenPerson) => {
    onPerson({ id: chosen.id, pseudonym: chosen.pseudonym });
    // The result pressed is gone: the focus goes to the person chosen, then on to the services.
    setTimeout(() => changeButton.current?.querySelector('button')?.focus(), 0);
  };

  return (
    <div className="stack">
      <ChoiceChips
        name="who"
        label={t('reception.who')}
        options={[
          { id: 'person', label: t('reception.knownPerson') },
          { id: 'anonymous', label: t('reception.anonymous') },
        ]}
        value={mode}
        onChange={onMode}
      />
      {mode === 'anonymous' ? (
        <Stepper
          name="headCount"
          label={t('reception.headCount')}
          description={t('reception.headCountHint')}
          minValue={1}
          maxValue={limits.headCountMax}
          value={headCount}
          onChange={onHeadCount}
        />
      ) : person ? (
        <div className="chosen-person stack-tight" ref={changeButton}>
          <p className="lead">
            <strong>{person.pseudonym}</strong>
          </p>
          {alreadyIn ? (
            <p role="alert" className="alert alert-error">
              {t('reception.alreadyIn', { name: person.pseudonym })}
            </p>
          ) : null}
          <div className="btn-row">
            <Button onPress={() => onPerson(null)}>{t('reception.changePerson')}</Button>
          </div>
        </div>
      ) : (
        <div className="stack">
          <PersonPicker onChoose={choose} />
          {missing ? (
            <p role="alert" className="field-error">
              {t('reception.choosePersonFirst')}
            </p>
          ) : null}
          {can(me.roles, 'clients.create') ? (
            <div className="btn-row">
              <Button onPress={() => setCreating(true)}>{t('reception.newPerson')}</Button>
            </div>
          ) : null}
        </div>
      )}
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
                  choose(created);
                }}
              />
            )}
          </QueryState>
        ) : null}
      </ModalDialog>
    </div>
  );
}
