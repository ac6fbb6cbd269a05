import { useTranslation } from 'react-i18next';
import type { Plan } from '../../api/plans';
import { formatDay } from '../clients/labels';

/** Closed plans in summary: when agreed and closed, and how many goals were achieved. */
export function EarlierPlans({ plans }: { plans: readonly Plan[] }) {
  const { t, i18n } = useTranslation();
  if (plans.length === 0) return null;
  return (
    <section className="stack" aria-labelledby="earlier-plans-title">
      <h3 id="earlier-plans-title">{t('plans.earlier', { count: plans.length })}</h3>
      <ul className="plan-earlier">
        {plans.map((p) => (
          <li key={p.id}>
            {t('plans.earlierLine', {
              agreed: formatDay(p.agreedOn, i18n.language),
              closed: formatDay(p.closedOn, i18n.language),
            })}{' '}
            {t('plans.goalsAchieved', {
              count: p.goals.length,
              achieved: String(p.goals.filter((g) => g.status === 'achieved').length),
            })}{' '}
            <span className="muted">{p.goals.map((g) => t(`plans.domains.${g.domain}`)).join(', ')}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
