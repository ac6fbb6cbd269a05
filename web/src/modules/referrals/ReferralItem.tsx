import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Referral } from '../../api/referrals';
import { formatDay } from '../clients/labels';
import { useListFormat } from '../outreach/names';
import { isOpen } from './logic';
import './referrals.css';

/** A referral's status as a badge; an open one past its day is marked overdue too. */
export function ReferralBadges({ referral }: { referral: Referral }) {
  const { t } = useTranslation();
  return (
    <>
      <span
        className={
          isOpen(referral.status)
            ? 'badge badge-referral-open'
            : referral.status === 'completed'
              ? 'badge badge-on'
              : 'badge badge-off'
        }
      >
        {t(`referrals.statuses.${referral.status}`)}
      </span>
      {referral.overdue ? <span className="badge badge-referral-overdue">{t('referrals.overdue')}</span> : null}
    </>
  );
}

/**
 * One referral: the service and its partner, its status, the days, what was
 * shared and the partner's feedback; `person` and `actions` are what the
 * screen adds (a link to the person, the status moves).
 */
export function ReferralItem({
  referral: r,
  person,
  actions,
}: {
  referral: Referral;
  person?: ReactNode;
  actions?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const list = useListFormat();
  const day = (d: string | null) => formatDay(d, i18n.language);
  return (
    <li className={r.overdue ? 'action-item action-item-overdue' : 'action-item'}>
      <div className="action-item-text">
        <span className="action-item-title">
          {t('referrals.serviceAt', { service: r.serviceName, partner: r.partnerName })}
        </span>
        <span>
          <ReferralBadges referral={r} />
        </span>
        {person ? <span>{person}</span> : null}
        <span className="muted">
          {t('referrals.referredOnDay', { day: day(r.referredOn) })}
          {isOpen(r.status)
            ? ` · ${t('referrals.expectedByDay', { day: day(r.expectedBy) })}`
            : r.statusOn
              ? ` · ${t('referrals.statusOnDay', { day: day(r.statusOn) })}`
              : ''}
          {r.accompanied ? ` · ${t('referrals.accompaniedShort')}` : ''}
        </span>
        <span className="muted">
          {r.shared.length > 0
            ? t('referrals.sharedList', { items: list(r.shared.map((s) => t(`referrals.sharedItems.${s}`))) })
            : t('referrals.nothingShared')}
        </span>
        {r.feedback ? (
          <p className="referral-feedback">
            <strong>{t('referrals.feedbackLabel')}</strong> {r.feedback}
          </p>
        ) : null}
      </div>
      {actions ? <div className="btn-row">{actions}</div> : null}
    </li>
  );
}
