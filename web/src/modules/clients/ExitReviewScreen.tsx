import { useNavigate, useSearch } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '#core/permissions/index';
import { type Programme, programmes } from '#core/schemas/enrollments';
import { type ExitReviewItem, useExitReview } from '../../api/enrollments';
import { useMe } from '../../api/session';
import { compact } from '../../app/search';
import { Alert } from '../../ui/Alert';
import { Button, TextLink } from '../../ui/Button';
import { ModalDialog } from '../../ui/Dialog';
import { Form } from '../../ui/Form';
import { NumberField } from '../../ui/NumberField';
import { PageHeader } from '../../ui/PageHeader';
import { Pager } from '../../ui/Pager';
import { QueryState } from '../../ui/QueryState';
import { Select } from '../../ui/Select';
import { CloseEpisodeForm } from './EnrollmentForms';
import { formatDay } from './labels';
import './clients.css';

const pageSize = 25;

function asProgramme(value: string | undefined): Programme {
  return (programmes as readonly string[]).includes(value ?? '') ? (value as Programme) : 'outreach';
}

/**
 * Exit review: open programme episodes with no contact for a while (the
 * organisation's setting unless another number of days is asked for), longest
 * silent first; each can be closed with an exit date and reason.
 */
export function ExitReviewScreen() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const navigate = useNavigate({ from: '/clients/exit-review' });
  const search = useSearch({ from: '/app/clients/exit-review' });
  const programme = asProgramme(search.programme);
  const review = useExitReview({ programme, days: search.days, page: search.page ?? 1, pageSize });
  const [days, setDays] = useState(search.days ?? Number.NaN);
  const [closing, setClosing] = useState<ExitReviewItem | null>(null);
  const [closed, setClosed] = useState<string | null>(null);
  const canRead = can(me.roles, 'clients.read');

  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void navigate({ search: compact({ ...search, days: Number.isNaN(days) ? undefined : days, page: undefined }) });
  }

  return (
    <div className="stack">
      <p>
        <TextLink href="/clients">{t('clients.backToList')}</TextLink>
      </p>
      <PageHeader title={t('exitReview.title')}>
        <p className="muted">{t('exitReview.intro')}</p>
      </PageHeader>
      <Form className="filters" onSubmit={apply}>
        <Select
          name="programme"
          label={t('enrollments.programme')}
          options={programmes.map((id) => ({ id, label: t(`enrollments.programmes.${id}`) }))}
          value={programme}
          onChange={(v) => void navigate({ search: compact({ ...search, programme: v, page: undefined }) })}
        />
        <NumberField
          name="days"
          label={t('exitReview.days')}
          description={t('exitReview.daysHint')}
          minValue={1}
          maxValue={3650}
          step={1}
          value={days}
          onChange={setDays}
        />
        <div className="btn-row">
          <Button type="submit">{t('common.applyFilters')}</Button>
        </div>
      </Form>
      {closed ? <Alert tone="success">{t('exitReview.closed', { name: closed })}</Alert> : null}
      <QueryState query={review}>
        {(result) =>
          result.items.length === 0 ? (
            <p>{t('exitReview.empty')}</p>
          ) : (
            <>
              <p className="muted" aria-live="polite">
                {t('exitReview.count', { count: result.total })}
              </p>
              <ul className="action-list" aria-label={t('exitReview.title')}>
                {result.items.map((item) => (
                  <li key={item.id} className="action-item">
                    <div className="action-item-text">
                      <span className="action-item-title">
                        {canRead ? (
                          <TextLink href={`/clients/${item.clientId}`}>{item.pseudonym}</TextLink>
                        ) : (
                          item.pseudonym
                        )}
                      </span>
                      <span>{t('exitReview.silentFor', { count: item.daysWithoutActivity })}</span>
                      <span className="muted">
                        {t('exitReview.dates', {
                          last: formatDay(item.lastActivityOn, i18n.language),
                          start: formatDay(item.startOn, i18n.language),
                        })}
                      </span>
                    </div>
                    <Button
                      aria-label={t('exitReview.closeNamed', { name: item.pseudonym })}
                      onPress={() => setClosing(item)}
                    >
                      {t('enrollments.close')}
                    </Button>
                  </li>
                ))}
              </ul>
              <Pager
                page={result.page}
                pageSize={result.pageSize}
                total={result.total}
                onPage={(page) => void navigate({ search: (s) => ({ ...s, page }) })}
              />
            </>
          )
        }
      </QueryState>
      <ModalDialog
        title={t('enrollments.closeTitle')}
        role="alertdialog"
        isOpen={closing !== null}
        onOpenChange={(open) => !open && setClosing(null)}
      >
        {closing ? (
          <CloseEpisodeForm
            enrollment={closing}
            onDone={() => {
              setClosed(closing.pseudonym);
              setClosing(null);
            }}
          />
        ) : null}
      </ModalDialog>
    </div>
  );
}
