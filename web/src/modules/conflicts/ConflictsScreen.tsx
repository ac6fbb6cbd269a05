import { useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '#core/permissions/index';
import { type ConflictStatus, type SyncConflict, useConflicts } from '../../api/conflicts';
import { useMe } from '../../api/session';
import { compact } from '../../app/search';
import { Alert } from '../../ui/Alert';
import { ChoiceChips } from '../../ui/ChipGroup';
import { PageHeader } from '../../ui/PageHeader';
import { Pager } from '../../ui/Pager';
import { QueryState } from '../../ui/QueryState';
import { ConflictEntry } from './ConflictEntry';
import './conflicts.css';

const pageSize = 20;
const statuses: readonly ConflictStatus[] = ['open', 'resolved'];

/**
 * The coordinators' inbox (offline-sync.md): two phones changed the same field
 * of a person without seeing each other's edit; the later one is on the record
 * and the other waits here until a coordinator keeps the current value or
 * takes the other one. Resolved entries stay to be looked up.
 */
export function ConflictsScreen() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate({ from: '/sync/conflicts' });
  const search = useSearch({ from: '/app/sync/conflicts' });
  const status: ConflictStatus = search.status === 'resolved' ? 'resolved' : 'open';
  const conflicts = useConflicts({ status, page: search.page ?? 1, pageSize });
  const [done, setDone] = useState<SyncConflict | null>(null);
  const canResolve = can(me.roles, 'sync.resolve');

  return (
    <div className="stack">
      <PageHeader title={t('nav.conflicts')}>
        <p className="muted">{t('conflicts.intro')}</p>
      </PageHeader>
      <div className="filters">
        <ChoiceChips
          name="status"
          label={t('conflicts.show')}
          options={statuses.map((id) => ({ id, label: t(`conflicts.statuses.${id}`) }))}
          value={status}
          onChange={(next) => {
            setDone(null);
            void navigate({ search: compact({ status: next === 'open' ? undefined : next }) });
          }}
        />
      </div>
      {done ? (
        <Alert tone="success">
          {t(done.resolution === 'took_other' ? 'conflicts.tookOtherSaved' : 'conflicts.keptSaved', {
            name: done.pseudonym,
          })}
        </Alert>
      ) : null}
      <QueryState query={conflicts}>
        {(result) =>
          result.items.length === 0 ? (
            <p>{t(status === 'open' ? 'conflicts.noneOpen' : 'conflicts.noneResolved')}</p>
          ) : (
            <section className="stack" aria-labelledby="conflicts-list">
              <h2 id="conflicts-list" className="visually-hidden">
                {t(`conflicts.statuses.${status}`)}
              </h2>
              <p className="muted" aria-live="polite">
                {t(status === 'open' ? 'conflicts.countOpen' : 'conflicts.countResolved', { count: result.total })}
              </p>
              <ul className="conflict-list">
                {result.items.map((item) => (
                  <ConflictEntry key={item.id} conflict={item} canResolve={canResolve} onResolved={setDone} />
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
