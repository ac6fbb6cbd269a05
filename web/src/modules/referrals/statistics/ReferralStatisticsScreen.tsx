import { useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { can } from '#core/permissions/index';
import { useMe } from '../../../api/session';
import { compact } from '../../../app/search';
import { PageHeader } from '../../../ui/PageHeader';
import { PeriodFields, periodOf } from '../../outreach/period';
import { PlanFigures } from './PlanFigures';
import { ReferralFigures } from './ReferralFigures';
// The figures look like the reception desk's day totals (as the indoor figures do).
import '../../reception/reception.css';

/**
 * Referrals and support plans of a period, no person named: referrals by
 * status, partner and reason with the days to an outcome; plans agreed, those
 * with a goal achieved and their goals by domain. Each part as far as the
 * reader's role goes.
 */
export function ReferralStatisticsScreen() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate({ from: '/referrals/statistics' });
  const search = useSearch({ from: '/app/referrals/statistics' });
  const period = periodOf(search);
  const set = (patch: { from?: string; to?: string }) =>
    void navigate({ search: compact({ ...search, ...patch }), replace: true });
  return (
    <div className="stack">
      <PageHeader title={t('nav.referralStatistics')}>
        <p className="muted">{t('referralStatistics.intro')}</p>
      </PageHeader>
      <section className="panel" aria-label={t('referralStatistics.period')}>
        <div className="form-grid">
          <PeriodFields from={period.from} to={period.to} onChange={set} />
        </div>
      </section>
      {period.valid ? (
        <>
          <ReferralFigures period={period} />
          {can(me.roles, 'plans.read') ? <PlanFigures period={period} /> : null}
        </>
      ) : null}
    </div>
  );
}
