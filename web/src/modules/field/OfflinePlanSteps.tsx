import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localPlanSteps } from '../../offline/planSteps';
import { queuePlanStep } from '../../offline/writes';
import { Checkbox } from '../../ui/CheckboxGroup';
import { formatDay, today } from '../clients/labels';
import { useFieldState } from './useFieldState';
import '../plans/plans.css';

/**
 * The person's plan steps this phone holds — the worker's own and the person's,
 * of goals still open — to tick off in the field. A tick is kept on the phone
 * and sent when online; the goals' wording and the reviews stay on the server.
 */
export function OfflinePlanSteps({ clientId }: { clientId: string }) {
  const { t, i18n } = useTranslation();
  const { status } = useFieldState();
  const [writing, setWriting] = useState<string | null>(null);
  if (status.kind !== 'unlocked') return null;
  const steps = localPlanSteps(status.store, clientId);

  async function tick(stepId: string, done: boolean) {
    setWriting(stepId);
    try {
      await queuePlanStep(stepId, done, today());
    } finally {
      setWriting(null);
    }
  }

  return (
    <section className="panel stack" aria-labelledby="offline-plan-title">
      <h2 id="offline-plan-title">{t('offlineWork.planTitle')}</h2>
      {steps.length === 0 ? (
        <p>{t('offlineWork.noSteps')}</p>
      ) : (
        <>
          <p className="muted">{t('offlineWork.planHint')}</p>
          <ul className="plan-steps">
            {steps.map((s) => {
              const due = s.dueOn ? t('plans.dueOn', { day: formatDay(s.dueOn, i18n.language) }) : '';
              const owner = s.ownerUserId ? t('offlineWork.ownerMe') : t('plans.ownerPerson');
              return (
                <li key={s.id} className={s.doneOn ? 'plan-step plan-step-done' : 'plan-step'}>
                  <Checkbox
                    isSelected={s.doneOn !== null}
                    isDisabled={writing !== null}
                    onChange={(done) => void tick(s.id, done)}
                  >
                    {[`${t(`plans.domains.${s.domain}`)}: ${s.title}`, owner, due].filter(Boolean).join(' · ')}
                  </Checkbox>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
