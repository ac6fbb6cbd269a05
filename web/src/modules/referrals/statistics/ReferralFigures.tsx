import { useTranslation } from 'react-i18next';
import { type ReferralStatistics, useReferralStatistics } from '../../../api/referrals';
import { DataTable } from '../../../ui/DataTable';
import { intlLocale } from '../../../ui/format';
import { QueryState } from '../../../ui/QueryState';
import { useCatalogueNames, useNumberFormat } from '../../outreach/names';
import type { Period } from './period';

/** Days to an outcome, a median that may fall between two days (6.5). */
function useDays() {
  const { t, i18n } = useTranslation();
  const days = new Intl.NumberFormat(intlLocale(i18n.language), { maximumFractionDigits: 1 });
  return (median: number | null) =>
    median === null
      ? t('referralStatistics.noOutcome')
      : t('referralStatistics.days', { count: median, value: days.format(median) });
}

/** A table of referrals per row with how many of them were completed. */
function CountTable({
  caption,
  heading,
  rows,
}: {
  caption: string;
  heading: string;
  rows: { key: string; label: string; count: number; completed: number }[];
}) {
  const { t } = useTranslation();
  const nf = useNumberFormat();
  return (
    <DataTable caption={caption}>
      <thead>
        <tr>
          <th scope="col">{heading}</th>
          <th scope="col" className="num">
            {t('referralStatistics.referrals')}
          </th>
          <th scope="col" className="num">
            {t('referralStatistics.completed')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.label}</th>
            <td className="num">{nf.number(r.count)}</td>
            <td className="num">{nf.number(r.completed)}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

function Figures({ s }: { s: ReferralStatistics }) {
  const { t } = useTranslation();
  const nf = useNumberFormat();
  const reasons = useCatalogueNames('referral_reason');
  const days = useDays();
  if (s.total === 0) return <p>{t('referralStatistics.none')}</p>;
  return (
    <>
      <dl className="figures">
        <div className="figure">
          <dt>{t('referralStatistics.total')}</dt>
          <dd>{nf.number(s.total)}</dd>
        </div>
        <div className="figure">
          <dt>{t('referralStatistics.withOutcome')}</dt>
          <dd>{nf.number(s.daysToOutcome.count)}</dd>
        </div>
        <div className="figure">
          <dt>{t('referralStatistics.medianDays')}</dt>
          <dd>{days(s.daysToOutcome.median)}</dd>
        </div>
      </dl>
      <p className="field-description">{t('referralStatistics.outcomeNote')}</p>
      <DataTable caption={t('referralStatistics.byStatusCaption')}>
        <thead>
          <tr>
            <th scope="col">{t('referralStatistics.status')}</th>
            <th scope="col" className="num">
              {t('referralStatistics.referrals')}
            </th>
          </tr>
        </thead>
        <tbody>
          {s.byStatus.map((r) => (
            <tr key={r.status}>
              <th scope="row">{t(`referrals.statuses.${r.status}`)}</th>
              <td className="num">{nf.number(r.count)}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
      <CountTable
        caption={t('referralStatistics.byPartnerCaption')}
        heading={t('referralStatistics.partner')}
        rows={s.byPartner.map((r) => ({ key: r.partnerId, label: r.partnerName, ...r }))}
      />
      <CountTable
        caption={t('referralStatistics.byReasonCaption')}
        heading={t('referrals.reason')}
        rows={s.byReason.map((r) => ({
          key: r.reasonId ?? 'none',
          label: r.reasonId ? reasons.name(r.reasonId) : t('referrals.noReason'),
          ...r,
        }))}
      />
    </>
  );
}

/**
 * A period's referrals (by the day they were made): by status, by partner and
 * by reason with how many were completed, and the median days to an outcome.
 */
export function ReferralFigures({ period }: { period: Period }) {
  const { t } = useTranslation();
  const stats = useReferralStatistics(period, period.valid);
  return (
    <section className="panel stack" aria-labelledby="referral-statistics">
      <h2 id="referral-statistics">{t('referralStatistics.referralsTitle')}</h2>
      <QueryState query={stats}>{(s) => <Figures s={s} />}</QueryState>
    </section>
  );
}
