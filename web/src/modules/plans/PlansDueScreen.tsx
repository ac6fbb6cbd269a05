import { useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { can } from '#core/permissions/index';
import { usePlansDue } from '../../api/plans';
import { useMe } from '../../api/session';
import { compact } from '../../app/search';
import { TextLink } from '../../ui/Button';
import { Checkbox } from '../../ui/CheckboxGroup';
import { PageHeader } from '../../ui/PageHeader';
import { QueryState } from '../../ui/QueryState';
import { Select } from '../../ui/Select';
import { formatDay } from '../clients/labels';
import { defaultMine } from './logic';
import { defaultDueDays } from './search';
import './plans.css';

const dayChoices = [0, 7, 14, 30, 60, 90];

/**
 * What is due on support plans: open steps due within the chosen days (or past
 * due), the worker's own or everyone's, and goals past their target day; each
 * row leads to its person's page.
 */
export function PlansDueScreen() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const navigate = useNavigate({ from: '/plans/due' });
  const search = useSearch({ from: '/app/plans/due' });
  const days = search.days ?? defaultDueDays;
  const mine = search.mine ?? defaultMine(me.roles);
  const due = usePlansDue({ days, mine: mine ? 'true' : 'false' });
  const linked = can(me.roles, 'clients.read');
  const go = (next: { days?: number; mine?: boolean }) =>
    void navigate({ search: compact({ days: search.days, mine: search.mine, ...next }) });
  const choices = dayChoices.includes(days) ? dayChoices : [...dayChoices, days].sort((a, b) => a - b);
  const person = (clientId: string, pseudonym: string) =>
    linked ? <TextLink href={`/clients/${encodeURIComponent(clientId)}`}>{pseudonym}</TextLink> : pseudonym;
  const day = (d: string | null) => formatDay(d, i18n.language);

  return (
    <div className="stack">
      <PageHeader title={t('nav.plansDue')}>
        <p className="muted">{t('plans.dueIntro')}</p>
      </PageHeader>
      <div className="filters">
        <Select
          name="days"
          label={t('plans.dueWithin')}
          options={choices.map((n) => ({
            id: String(n),
            label: n === 0 ? t('plans.dueTodayOnly') : t('plans.dueDays', { count: n }),
          }))}
          value={String(days)}
          onChange={(v) => go({ days: Number(v) })}
        />
        <Checkbox isSelected={mine} onChange={(on) => go({ mine: on })}>
          {t('plans.mineOnly')}
        </Checkbox>
      </div>
      <QueryState query={due}>
        {(list) => (
          <>
            <section className="stack" aria-labelledby="plans-due-steps">
              <h2 id="plans-due-steps">{t('plans.dueSteps')}</h2>
              {list.steps.length === 0 ? (
                <p>{t('plans.noneDue')}</p>
              ) : (
                <ul className="action-list">
                  {list.steps.map((s) => (
                    <li key={s.id} className="action-item">
                      <div className="action-item-text">
                        <span className="action-item-title">{s.title}</span>
                        <span>
                          {person(s.clientId, s.pseudonym)} · {t(`plans.domains.${s.domain}`)}
                        </span>
                        <span className="muted">
                          {t('plans.dueOn', { day: day(s.dueOn) })} · {s.ownerName ?? t('plans.ownerPerson')}
                          {s.overdue ? (
                            <>
                              {' '}
                              <span className="badge badge-warn">{t('plans.pastDue')}</span>
                            </>
                          ) : null}
                        </span>
                      </div>
                    </li>
                  ))}
                </ul>
              )}
            </section>
            <section className="stack" aria-labelledby="plans-due-goals">
              <h2 id="plans-due-goals">{t('plans.dueGoals')}</h2>
              {list.goals.length === 0 ? (
                <p>{t('plans.noGoalsOverdue')}</p>
              ) : (
                <ul className="action-list">
                  {list.goals.map((g) => (
                    <li key={g.id} className="action-item">
                      <div className="action-item-text">
                        <span className="action-item-title">{t(`plans.domains.${g.domain}`)}</span>
                        <span>{person(g.clientId, g.pseudonym)}</span>
                        <span className="muted">{t('plans.target', { day: day(g.targetOn) })}</span>
                      </div>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          </>
        )}
      </QueryState>
    </div>
  );
}
