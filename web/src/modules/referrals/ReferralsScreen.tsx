import { useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { can } from '#core/permissions/index';
import { useReferrals } from '../../api/referrals';
import { useMe } from '../../api/session';
import { compact } from '../../app/search';
import { TextLink } from '../../ui/Button';
import { Checkbox } from '../../ui/CheckboxGroup';
import { PageHeader } from '../../ui/PageHeader';
import { Pager } from '../../ui/Pager';
import { QueryState } from '../../ui/QueryState';
import { ReferralItem } from './ReferralItem';

const pageSize = 25;

/**
 * Open referrals to follow up, soonest expected answer first (the server's
 * order); each names its person and leads to their page.
 */
export function ReferralsScreen() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate({ from: '/referrals' });
  const search = useSearch({ from: '/app/referrals' });
  const overdueOnly = search.overdue === true;
  const referrals = useReferrals({
    status: 'open',
    overdue: overdueOnly ? 'true' : undefined,
    page: search.page ?? 1,
    pageSize,
  });
  const linked = can(me.roles, 'clients.read');

  return (
    <div className="stack">
      <PageHeader title={t('nav.referrals')}>
        <p className="muted">{t('referrals.listIntro')}</p>
      </PageHeader>
      <div className="filters">
        <Checkbox
          isSelected={overdueOnly}
          onChange={(on) => void navigate({ search: compact({ overdue: on ? true : undefined }) })}
        >
          {t('referrals.overdueOnly')}
        </Checkbox>
      </div>
      <QueryState query={referrals}>
        {(result) =>
          result.items.length === 0 ? (
            <p>{overdueOnly ? t('referrals.noneOverdue') : t('referrals.noneOpen')}</p>
          ) : (
            <section className="stack" aria-labelledby="referrals-list">
              <h2 id="referrals-list" className="visually-hidden">
                {t('nav.referrals')}
              </h2>
              <p className="muted" aria-live="polite">
                {t('referrals.count', { count: result.total })}
              </p>
              <ul className="action-list">
                {result.items.map((r) => (
                  <ReferralItem
                    key={r.id}
                    referral={r}
                    person={
                      linked ? (
                        <TextLink href={`/clients/${encodeURIComponent(r.clientId)}`}>{r.pseudonym}</TextLink>
                      ) : (
                        r.pseudonym
                      )
                    }
                  />
                ))}
              </ul>
              <Pager
                page={result.page}
                pageSize={result.pageSize}
                total={result.total}
                onPage={(page) => void navigate({ search: (s) => ({ ...s, page }) })}
              />
            </section>
          )
        }
      </QueryState>
    </div>
  );
}
