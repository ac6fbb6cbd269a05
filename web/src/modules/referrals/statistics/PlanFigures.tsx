import { useTranslation } from 'react-i18next';
import { type PlanStatistics, usePlanStatistics } from '../../../api/planStatistics';
import { DataTable } from '../../../ui/DataTable';
import { QueryState } from '../../../ui/QueryState';
import { useNumberFormat } from '../../outreach/names';
import type { Period } from './period';

function Figures({ s }: { s: PlanStatistics }) {
  const { t } = useTranslation();
  const nf = useNumberFormat();
  if (s.plans === 0) return <p>{t('referralStatistics.noPlans')}</p>;
  return (
    <>
      <dl className="figures">
        <div className="figure">
          <dt>{t('referralStatistics.plansAgreed')}</dt>
          <dd>{nf.number(s.plans)}</dd>
        </div>
        <div className="figure">
          <dt>{t('referralStatistics.withGoalAchieved')}</dt>
          <dd>{nf.number(s.withGoalAchieved)}</dd>
        </div>
      </dl>
      <DataTable caption={t('referralStatistics.goalsCaption')}>
        <thead>
          <tr>
            <th scope="col">{t('referralStatistics.domain')}</th>
            <th scope="col" className="num">
              {t('referralStatistics.goals')}
            </th>
            {/* The goal statuses' own words, as the plan on the person's page shows them. */}
            <th scope="col" className="num">
              {t('plans.statuses.open')}
            </th>
            <th scope="col" className="num">
              {t('plans.statuses.achieved')}
            </th>
            <th scope="col" className="num">
              {t('plans.statuses.dropped')}
            </th>
          </tr>
        </thead>
        <tbody>
          {s.goals.map((g) => (
            <tr key={g.domain}>
              <th scope="row">{t(`plans.domains.${g.domain}`)}</th>
              <td className="num">{nf.number(g.total)}</td>
              <td className="num">{nf.number(g.total - g.achieved - g.dropped)}</td>
              <td className="num">{nf.number(g.achieved)}</td>
              <td className="num">{nf.number(g.dropped)}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
    </>
  );
}

/** Support plans agreed in the period, those with a goal achieved so far, and their goals by domain and status. */
export function PlanFigures({ period }: { period: Period }) {
  const { t } = useTranslation();
  const stats = usePlanStatistics(period, period.valid);
  return (
    <section className="panel stack" aria-labelledby="plan-statistics">
      <h2 id="plan-statistics">{t('referralStatistics.plansTitle')}</h2>
      <QueryState query={stats}>{(s) => <Figures s={s} />}</QueryState>
    </section>
  );
}
