import { useTranslation } from 'react-i18next';
import type { CreatedDirectoryKey } from '../../../api/directoryKeys';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { CopyButton } from '../../../ui/CopyButton';

/** The read-only HSDS routes a key opens (server/src/modules/partners/routes-hsds.ts). */
const hsdsPaths = ['/api/hsds/services', '/api/hsds/organizations', '/api/hsds/service_at_locations'];
/** The header a key travels in (server/src/platform/http/auth-hook.ts): protocol text, not a message. */
const header = (token: string) => `Authorization: Bearer ${token}`;

/**
 * A new key's token, shown this once (the server keeps only its hash), and how
 * the partner's system uses it: the `Authorization: Bearer` header on the HSDS
 * routes, which is all a key can read.
 */
export function KeyTokenView({ created, onDone }: { created: CreatedDirectoryKey; onDone: () => void }) {
  const { t } = useTranslation();
  const origin = window.location.origin;
  return (
    <div className="stack">
      <Alert tone="warning">{t('directoryKeys.tokenOnce', { name: created.name })}</Alert>
      <p className="field-label">{t('directoryKeys.token')}</p>
      <p className="secret mono">{created.token}</p>
      <div className="btn-row">
        <CopyButton value={created.token} label={t('directoryKeys.copyToken')} />
      </div>
      <h3>{t('directoryKeys.howTitle')}</h3>
      <p>{t('directoryKeys.howHeader')}</p>
      <p className="mono directory-code">{header(created.token)}</p>
      <p>{t('directoryKeys.howUrls')}</p>
      <ul className="plain-list mono directory-code">
        {hsdsPaths.map((path) => (
          <li key={path}>{`${origin}${path}`}</li>
        ))}
      </ul>
      <p className="muted">{t('directoryKeys.howPaging')}</p>
      <div className="btn-row">
        <Button variant="primary" onPress={onDone}>
          {t('common.done')}
        </Button>
      </div>
    </div>
  );
}
