import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { PersonPicker } from '../contacts/PersonPicker';
import type { ChosenPerson } from './housingText';

/**
 * Who a placement or a waiting-list entry is for: found with the people
 * picker (pseudonym or code), then shown with a button to change it.
 * `problem` is the server's answer about the person (placed elsewhere on
 * those days, already waiting), said beside them; `missing` asks for one.
 * Not inside a form: the picker is a search form of its own.
 */
export function PersonField({
  person,
  onPerson,
  problem,
  missing,
}: {
  person: ChosenPerson | null;
  onPerson: (person: ChosenPerson | null) => void;
  problem: string | null;
  missing: boolean;
}) {
  const { t } = useTranslation();
  const chosen = useRef<HTMLDivElement>(null);
  const choose = (p: ChosenPerson) => {
    onPerson({ id: p.id, pseudonym: p.pseudonym });
    // The result pressed is gone: the focus goes to the person chosen.
    setTimeout(() => chosen.current?.querySelector('button')?.focus(), 0);
  };

  if (!person) {
    return (
      <div className="stack">
        <PersonPicker onChoose={choose} />
        {missing ? (
          <p role="alert" className="field-error">
            {t('housing.choosePersonFirst')}
          </p>
        ) : null}
      </div>
    );
  }
  return (
    <div className="housing-person housing-tight" ref={chosen}>
      <p className="muted">{t('housing.person')}</p>
      <p className="lead">
        <strong>{person.pseudonym}</strong>
      </p>
      {problem ? (
        <p role="alert" className="alert alert-error">
          {problem}
        </p>
      ) : null}
      <div className="btn-row">
        <Button onPress={() => onPerson(null)}>{t('housing.changePerson')}</Button>
      </div>
    </div>
  );
}
