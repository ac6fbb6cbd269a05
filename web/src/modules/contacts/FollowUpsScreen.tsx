import { useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '#core/permissions/index';
import { type FollowUpItem, useFollowUps, useUpdateContact } from '../../api/contacts';
import { useMe } from '../../api/session';
import { compact } from '../../app/search';
import { Alert } from '../../ui/Alert';
import { Button, TextLink } from '../../ui/Button';
import { Checkbox } from '../../ui/CheckboxGroup';
import { ModalDialog } from '../../ui/Dialog';
import { FormError } from '../../ui/FormError';
import { PageHeader } from '../../ui/PageHeader';
import { Pager } from '../../ui/Pager';
import { QueryState } from '../../ui/QueryState';
import { formatDay } from '../clients/labels';
import { useWorkerNames } from '../outreach/names';
import { ContactCard } from './ContactCard';
import './contacts.css';

const pageSize = 25;

function FollowUp({
  item,
  onDone,
  onOpen,
}: {
  item: FollowUpItem;
  onDone: (item: FollowUpItem) => void;
  onOpen: (item: FollowUpItem) => void;
}) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const workers = useWorkerNames();
  const update = useUpdateContact();
  const person = item.pseudonym ?? t('contacts.kinds.anonymous');
  return (
    <li className={item.overdue ? 'action-item action-item-overdue' : 'action-item'}>
      <div className="action-item-text">
        <span className="action-item-title">{item.what}</span>
        <span>
          {item.overdue ? <span className="badge badge-warn">{t('followUps.overdue')}</span> : null}{' '}
          {t('followUps.dueOn', { date: formatDay(item.dueOn, i18n.language) })}
        </span>
        <span className="muted">
          {can(me.roles, 'clients.read') && item.clientId ? (
            <TextLink href={`/clients/${item.clientId}`}>{person}</TextLink>
          ) : (
            person
          )}
          {item.workerId ? ` · ${workers.name(item.workerId)}` : ''}
        </span>
        <FormError error={update.error} />
      </div>
      <div className="btn-row">
        <Button aria-label={t('followUps.openCardNamed', { what: item.what })} onPress={() => onOpen(item)}>
          {t('contacts.openCard')}
        </Button>
        {can(me.roles, 'contacts.update') ? (
          <Button
            isPending={update.isPending}
            aria-label={t('followUps.markDoneNamed', { what: item.what })}
            onPress={() =>
              update.mutate({ id: item.contactId, body: { followUpDone: true } }, { onSuccess: () => onDone(item) })
            }
          >
            {t('followUps.markDone')}
          </Button>
        ) : null}
      </div>
    </li>
  );
}

/**
 * Open follow-ups in the user's scope, soonest due first; ticking one off
 * records it as done, and each opens the card it was agreed on.
 */
export function FollowUpsScreen() {
  const { t } = useTranslation();
  const navigate = useNavigate({ from: '/follow-ups' });
  const search = useSearch({ from: '/app/follow-ups' });
  const overdueOnly = search.overdue === 'true';
  const followUps = useFollowUps({
    overdueOnly: overdueOnly ? 'true' : undefined,
    page: search.page ?? 1,
    pageSize,
  });
  const [done, setDone] = useState<FollowUpItem | null>(null);
  const [open, setOpen] = useState<FollowUpItem | null>(null);

  return (
    <div className="stack">
      <PageHeader title={t('nav.followUps')}>
        <p className="muted">{t('followUps.intro')}</p>
      </PageHeader>
      <div className="filters">
        <Checkbox
          isSelected={overdueOnly}
          onChange={(on) => void navigate({ search: compact({ overdue: on ? 'true' : undefined }) })}
        >
          {t('followUps.overdueOnly')}
        </Checkbox>
      </div>
      {done ? <Alert tone="success">{t('followUps.doneSaved', { what: done.what })}</Alert> : null}
      <QueryState query={followUps}>
        {(result) =>
          result.items.length === 0 ? (
            <p>{overdueOnly ? t('followUps.noneOverdue') : t('followUps.none')}</p>
          ) : (
            <section className="stack" aria-labelledby="follow-ups-list">
              <h2 id="follow-ups-list" className="visually-hidden">
                {t('nav.followUps')}
              </h2>
              <p className="muted" aria-live="polite">
                {t('followUps.count', { count: result.total })}
              </p>
              <ul className="action-list">
                {result.items.map((item) => (
                  <FollowUp key={item.contactId} item={item} onDone={setDone} onOpen={setOpen} />
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
      <ModalDialog
        title={t('contacts.cardTitle')}
        isOpen={open !== null}
        onOpenChange={(isOpen) => !isOpen && setOpen(null)}
      >
        {open ? (
          <ContactCard contactId={open.contactId} pseudonym={open.pseudonym} onClose={() => setOpen(null)} />
        ) : null}
      </ModalDialog>
    </div>
  );
}
