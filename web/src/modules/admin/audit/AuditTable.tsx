import { useTranslation } from 'react-i18next';
import type { AuditEvent } from '../../../api/types';
import { DataTable } from '../../../ui/DataTable';
import { formatDateTime } from '../../../ui/format';

/** Audit events, newest first as the server sends them. */
export function AuditTable({ items }: { items: AuditEvent[] }) {
  const { t, i18n } = useTranslation();
  return (
    <DataTable caption={t('nav.audit')}>
      <thead>
        <tr>
          <th scope="col" className="num">
            {t('audit.seq')}
          </th>
          <th scope="col">{t('audit.at')}</th>
          <th scope="col">{t('audit.actor')}</th>
          <th scope="col">{t('audit.action')}</th>
          <th scope="col">{t('audit.entity')}</th>
          <th scope="col">{t('audit.flagged')}</th>
          <th scope="col">{t('audit.ip')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((e) => (
          <tr key={e.id}>
            <td className="num">{e.seq}</td>
            <td>{formatDateTime(e.at, i18n.language)}</td>
            <td>{e.actorName ?? t('audit.system')}</td>
            <td>
              <code>{e.action}</code>
            </td>
            <td>
              {e.entityType ? <code>{e.entityType}</code> : null}
              {e.entityId ? <div className="muted mono">{e.entityId}</div> : null}
            </td>
            <td>
              {e.flagged ? <span className="badge">{t('audit.flaggedYes')}</span> : null}
              {e.reason ? <div>{e.reason}</div> : null}
            </td>
            <td className="mono">{e.ip}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
