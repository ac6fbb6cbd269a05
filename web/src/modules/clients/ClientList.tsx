import { useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { type ClientStatus, clientStatuses } from '#core/schemas/clients';
import { useClients } from '../../api/clients';
import { useDirectoryUsers } from '../../api/directory';
import { useMe } from '../../api/session';
import { compact } from '../../app/search';
import { Pager } from '../../ui/Pager';
import { QueryState } from '../../ui/QueryState';
import { Select } from '../../ui/Select';
import { ClientTable } from './ClientTable';

const all = 'all';
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const pageSize = 25;

function asStatus(value: string | undefined): ClientStatus | undefined {
  return (clientStatuses as readonly string[]).includes(value ?? '') ? (value as ClientStatus) : undefined;
}

/** Every person of the organisation, paged on the server, filtered by status (the filter and page are in the URL). */
export function ClientList() {
  const { t } = useTranslation();
  const search = useSearch({ from: '/app/clients' });
  const navigate = useNavigate({ from: '/clients' });
  const me = useMe();
  const workers = useDirectoryUsers();
  const status = asStatus(search.status);
  const worker = search.worker && uuid.test(search.worker) ? search.worker : undefined;
  const clients = useClients({ status, assignedWorkerId: worker, page: search.page ?? 1, pageSize });
  const workerOptions = [
    { id: all, label: t('clients.anyWorker') },
    { id: me.id, label: t('clients.assignedToMe') },
    ...(workers.data?.items ?? []).filter((u) => u.id !== me.id).map((u) => ({ id: u.id, label: u.displayName })),
  ];
  const workerNames = new Map((workers.data?.items ?? []).map((u) => [u.id, u.displayName]));

  return (
    <section className="stack">
      <h2 id="all-clients">{t('clients.allTitle')}</h2>
      <div className="filters">
        <Select
          name="status"
          label={t('common.status')}
          options={[
            { id: all, label: t('clients.allStatuses') },
            ...clientStatuses.map((id) => ({ id, label: t(`clients.statuses.${id}`) })),
          ]}
          value={status ?? all}
          onChange={(v) =>
            void navigate({ search: compact({ ...search, status: v === all ? undefined : v, page: undefined }) })
          }
        />
        <Select
          name="worker"
          label={t('clients.assignedWorker')}
          options={workerOptions}
          value={worker ?? all}
          onChange={(v) =>
            void navigate({ search: compact({ ...search, worker: v === all ? undefined : v, page: undefined }) })
          }
        />
      </div>
      <QueryState query={clients}>
        {(result) =>
          result.items.length === 0 ? (
            <p>{t('clients.empty')}</p>
          ) : (
            <>
              <p className="muted" aria-live="polite">
                {t('clients.count', { count: result.total })}
              </p>
              <ClientTable
                caption={t('clients.allTitle')}
                items={result.items}
                canRead
                workerOf={(item) =>
                  item.assignedWorkerId
                    ? (workerNames.get(item.assignedWorkerId) ?? t('clients.formerColleague'))
                    : t('clients.nobodyAssigned')
                }
              />
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
    </section>
  );
}
