import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { v7 as uuidv7 } from 'uuid';
import { ApiError } from '../../api/errors';
import { useCheckIn } from '../../api/visits';
import { Button } from '../../ui/Button';
import { FormError } from '../../ui/FormError';
import { CheckInWho, type ChosenPerson, type WhoMode } from './CheckInWho';
import { ServiceChips } from './ServiceChips';

/**
 * The desk's fast check-in: who (a person found by pseudonym or code, or an
 * anonymous head count), the services used so far, one button. The form then
 * empties for the next person and says who was checked in. A check-in carries
 * an id made here, so a second press after a lost answer records nothing twice.
 */
export function CheckInForm({ siteId }: { siteId: string }) {
  const { t } = useTranslation();
  const checkIn = useCheckIn();
  const box = useRef<HTMLElement>(null);
  const [mode, setMode] = useState<WhoMode>('person');
  const [person, setPerson] = useState<ChosenPerson | null>(null);
  const [headCount, setHeadCount] = useState(1);
  const [serviceIds, setServiceIds] = useState<string[]>([]);
  const [attempt, setAttempt] = useState(() => uuidv7());
  const [missing, setMissing] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const error = checkIn.error;
  const alreadyIn = error instanceof ApiError && error.status === 409 && 'clientId' in error.fields;

  // A different who is a different check-in: a new id, and the last answer no longer applies.
  const changeWho = (next: () => void) => {
    next();
    setAttempt(uuidv7());
    setMissing(false);
    setNotice(null);
    checkIn.reset();
  };

  function submit() {
    if (mode === 'person' && !person) {
      setMissing(true);
      return;
    }
    const who = mode === 'person' && person ? { clientId: person.id, headCount: 1 } : { clientId: null, headCount };
    const name =
      mode === 'person' && person
        ? t('reception.checkedIn', { name: person.pseudonym })
        : t('reception.checkedInAnonymous', { count: headCount });
    checkIn.mutate(
      { id: attempt, siteId, ...who, services: serviceIds.map((serviceId) => ({ serviceId, quantity: 1 })) },
      {
        onSuccess: () => {
          setPerson(null);
          setHeadCount(1);
          setServiceIds([]);
          setAttempt(uuidv7());
          setNotice(name);
          // Ready for the next person: back in the search box.
          setTimeout(() => box.current?.querySelector<HTMLInputElement>('input[name="q"]')?.focus(), 0);
        },
      },
    );
  }

  return (
    <section className="panel stack" aria-labelledby="check-in-title" ref={box}>
      <h2 id="check-in-title">{t('reception.checkInTitle')}</h2>
      <CheckInWho
        mode={mode}
        onMode={(m) => changeWho(() => setMode(m))}
        person={person}
        onPerson={(p) => changeWho(() => setPerson(p))}
        headCount={headCount}
        onHeadCount={(n) => changeWho(() => setHeadCount(n))}
        alreadyIn={alreadyIn}
        missing={missing}
      />
      <ServiceChips
        label={t('reception.servicesUsed')}
        description={t('reception.servicesHint')}
        value={serviceIds}
        onChange={setServiceIds}
      />
      {alreadyIn ? null : <FormError error={error} />}
      <div className="btn-row">
        <Button variant="primary" className="btn-big" onPress={submit} isPending={checkIn.isPending}>
          {t('reception.checkIn')}
        </Button>
      </div>
      <div role="status">{notice ? <p className="alert alert-success">{notice}</p> : null}</div>
    </section>
  );
}
