import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useMySessions, useRevokeMySession } from '../../api/mySessions';
import { useSignOut } from '../../api/session';
import { Button } from '../../ui/Button';
import { FormError } from '../../ui/FormError';
import { describeUserAgent, formatDateTime } from '../../ui/format';
import { QueryState } from '../../ui/QueryState';

/**
 * The devices where the user is signed in; any of them can be signed out from
 * here. A list of cards rather than a table: it has to read well on a phone.
 */
export function MySessions() {
  const { t, i18n } = useTranslation();
  const sessions = useMySessions();
  const revoke = useRevokeMySession();
  const signOut = useSignOut();
  const navigate = useNavigate();

  return (
    <section aria-labelledby="sessions-title" className="panel stack">
      <h2 id="sessions-title">{t('sessions.title')}</h2>
      <FormError error={revoke.error} />
      <QueryState query={sessions}>
        {({ items }) => (
          <ul className="session-list" aria-label={t('sessions.caption', { count: items.length })}>
            {items.map((s) => {
              const device = describeUserAgent(s.userAgent) || t('sessions.unknownDevice');
              return (
                <li key={s.id} className="session">
                  <h3 className="session-device">
                    {device}
                    {s.current ? <span className="badge badge-on">{t('sessions.current')}</span> : null}
                  </h3>
                  <dl className="session-facts">
                    <dt>{t('sessions.lastSeen')}</dt>
                    <dd>{formatDateTime(s.lastSeenAt, i18n.language)}</dd>
                    <dt>{t('sessions.started')}</dt>
                    <dd>{formatDateTime(s.createdAt, i18n.language)}</dd>
                    {s.ip ? (
                      <>
                        <dt>{t('audit.ip')}</dt>
                        <dd className="mono">{s.ip}</dd>
                      </>
                    ) : null}
                  </dl>
                  <Button
                    isPending={s.current ? signOut.isPending : revoke.isPending && revoke.variables === s.id}
                    onPress={() =>
                      s.current
                        ? signOut.mutate(undefined, { onSettled: () => void navigate({ to: '/sign-in' }) })
                        : revoke.mutate(s.id)
                    }
                  >
                    {t('sessions.signOut')}
                  </Button>
                </li>
              );
            })}
          </ul>
        )}
      </QueryState>
    </section>
  );
}
