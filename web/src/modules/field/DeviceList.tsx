import { useTranslation } from 'react-i18next';
import { type Device, useDevices, useRevokeDevice } from '../../api/devices';
import { Button } from '../../ui/Button';
import { FormError } from '../../ui/FormError';
import { formatDateTime } from '../../ui/format';
import { QueryState } from '../../ui/QueryState';

/**
 * Enrolled field devices: one's own, or (admins) everyone's. Revoking one
 * makes it delete its store and keys the next time it reaches the server.
 */
export function DeviceList({ thisDeviceId }: { thisDeviceId: string | null }) {
  const { t, i18n } = useTranslation();
  const devices = useDevices();
  const revoke = useRevokeDevice();
  const when = (iso: string | null) => (iso ? formatDateTime(iso, i18n.language) : t('field.never'));
  const facts = (d: Device) => (
    <dl className="session-facts">
      {d.userName ? (
        <>
          <dt>{t('field.deviceUser')}</dt>
          <dd>{d.userName}</dd>
        </>
      ) : null}
      <dt>{t('field.enrolledAt')}</dt>
      <dd>{when(d.enrolledAt)}</dd>
      <dt>{t('field.lastSyncAt')}</dt>
      <dd>{when(d.lastSyncAt)}</dd>
      {d.revokedAt ? (
        <>
          <dt>{t('field.revokedAt')}</dt>
          <dd>{when(d.revokedAt)}</dd>
        </>
      ) : null}
    </dl>
  );
  return (
    <div className="stack">
      <h3>{t('field.devicesTitle')}</h3>
      <FormError error={revoke.error} />
      <QueryState query={devices}>
        {({ items }) =>
          items.length === 0 ? (
            <p className="muted">{t('field.noDevices')}</p>
          ) : (
            <ul className="session-list" aria-label={t('field.devicesTitle')}>
              {items.map((d) => (
                <li key={d.id} className="session">
                  <h4 className="session-device">
                    {d.name}
                    {d.id === thisDeviceId ? <span className="badge badge-on">{t('field.thisDevice')}</span> : null}
                    {d.revokedAt ? <span className="badge">{t('field.revoked')}</span> : null}
                  </h4>
                  {facts(d)}
                  {d.revokedAt ? null : (
                    <Button
                      isPending={revoke.isPending && revoke.variables === d.id}
                      onPress={() => revoke.mutate(d.id)}
                      aria-label={t('field.revokeNamed', { name: d.name })}
                    >
                      {t('field.revoke')}
                    </Button>
                  )}
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
    </div>
  );
}
