import { useTranslation } from 'react-i18next';
import type { Plan } from '../../api/plans';
import { Disclosure } from '../../ui/Disclosure';
import { formatDay } from '../clients/labels';
import { localDay } from '../clients/timeline';
import { historyLine } from './logic';

/** The plan's history, folded away: who changed what and when (never the sealed wording). */
export function PlanHistory({ plan }: { plan: Plan }) {
  const { t, i18n } = useTranslation();
  const day = (d: string | undefined) => (d ? formatDay(d, i18n.language) : '');
  return (
    <Disclosure title={t('plans.historyTitle')} summary={t('plans.historyCount', { count: plan.history.length })}>
      <ol className="plan-history" aria-label={t('plans.historyTitle')}>
        {plan.history.map((entry, i) => {
          const line = historyLine(entry, plan);
          const text = t(`plans.history.${line.what}`, {
            domain: line.domain ? t(`plans.domains.${line.domain}`) : '',
            step: line.step ?? '',
            from: line.from ? t(`plans.statuses.${line.from}`) : '',
            to: line.to ? t(`plans.statuses.${line.to}`) : '',
            day: day(line.day),
            how: line.how ? t(`plans.how.${line.how}`) : '',
          });
          return (
            // The history has no ids of its own; its order never changes.
            // biome-ignore lint/suspicious/noArrayIndexKey: append-only list
            <li key={i}>
              <span className="muted">
                {day(localDay(entry.at))} · {entry.by ?? t('plans.bySystem')}
              </span>{' '}
              {text}
            </li>
          );
        })}
      </ol>
    </Disclosure>
  );
}
