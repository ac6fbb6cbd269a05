import { useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { can } from '#core/permissions/index';
import { useAuditEvents } from '../../../api/audit';
import { useMe } from '../../../api/session';
import { useAllUsers } from '../../../api/users';
import { compact } from '../../../app/search';
import { PageHeader } from '../../../ui/PageHeader';
import { Pager } from '../../../ui/Pager';
import { QueryState } from '../../../ui/QueryState';
import { AuditFilters } from './AuditFilters';
import { AuditTable } from './AuditTable';
import { VerifyChain } from './VerifyChain';

const pageSize = 50;

/** A day (yyyy-mm-dd, the user's local day) as the API's datetime bounds. */
function dayBound(day: string | undefined, end: boolean): string | undefined {
  if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  const date = new Date(`${day}T${end ? '23:59:59.999' : '00:00:00'}`);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** The audit trail: who did what and when, filtered on the server, and the chain check. */
export function AuditScreen() {
  const { t } = useTranslation();
  const me = useMe();
  const search = useSearch({ from: '/app/admin/audit' });
  const navigate = useNavigate({ from: '/admin/audit' });
  const page = search.page ?? 1;
  const users = useAllUsers(can(me.roles, 'users.read'));
  const events = useAuditEvents(
    compact({
      from: dayBound(search.from, false),
      to: dayBound(search.to, true),
      actorId: search.actorId,
      action: search.action,
      entityType: search.entityType,
      entityId: search.entityId,
      page,
      pageSize,
    }),
  );

  return (
    <div className="stack">
      <PageHeader title={t('nav.audit')} />
      {can(me.roles, 'audit.verify') ? <VerifyChain /> : null}
      <AuditFilters
        value={search}
        users={users.data?.items ?? []}
        onApply={(next) => void navigate({ search: compact(next) })}
      />
      <QueryState query={events}>
        {(result) =>
          result.items.length === 0 ? (
            <p>{t('audit.empty')}</p>
          ) : (
            <>
              <AuditTable items={result.items} />
              <Pager
                page={result.page}
                pageSize={result.pageSize}
                total={result.total}
                onPage={(p) => void navigate({ search: (s) => ({ ...s, page: p }) })}
              />
            </>
          )
        }
      </QueryState>
    </div>
  );
}
