import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type DirectoryKey, useDirectoryKeys, useRevokeDirectoryKey } from '../../../api/directoryKeys';
import { Button, TextLink } from '../../../ui/Button';
import { ModalDialog } from '../../../ui/Dialog';
import { FormError } from '../../../ui/FormError';
import { PageHeader } from '../../../ui/PageHeader';
import { QueryState } from '../../../ui/QueryState';
import { DirectoryKeysTable } from './DirectoryKeysTable';
import { NewKeyForm } from './NewKeyForm';
import './directory.css';

/**
 * Keys partners' systems read the directory's HSDS export with, instead of a
 * person's session: made here by name, their token shown once, revoked at once.
 */
export function DirectoryKeysScreen() {
  const { t } = useTranslation();
  const keys = useDirectoryKeys();
  const revoke = useRevokeDirectoryKey();
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<DirectoryKey | null>(null);

  return (
    <div className="stack">
      <PageHeader
        title={t('directoryKeys.title')}
        actions={
          <Button variant="primary" onPress={() => setCreating(true)}>
            {t('directoryKeys.new')}
          </Button>
        }
      >
        <p className="muted">{t('directoryKeys.intro')}</p>
        <p>
          <TextLink href="/partners">{t('directoryKeys.backToDirectory')}</TextLink>
        </p>
      </PageHeader>
      <FormError error={revoke.error} />
      <QueryState query={keys}>
        {({ items }) =>
          items.length === 0 ? (
            <p>{t('directoryKeys.empty')}</p>
          ) : (
            <DirectoryKeysTable items={items} onRevoke={setRevoking} />
          )
        }
      </QueryState>
      {/* Not closed by accident: the token in it is shown only once. */}
      <ModalDialog title={t('directoryKeys.new')} isOpen={creating} onOpenChange={setCreating} dismissable={false}>
        {creating ? <NewKeyForm onDone={() => setCreating(false)} /> : null}
      </ModalDialog>
      <ModalDialog
        title={t('directoryKeys.revokeTitle')}
        role="alertdialog"
        isOpen={revoking !== null}
        onOpenChange={(open) => !open && setRevoking(null)}
      >
        <div className="stack">
          <p>{t('directoryKeys.revokeIntro', { name: revoking?.name ?? '' })}</p>
          <div className="btn-row">
            <Button
              variant="danger"
              isPending={revoke.isPending}
              onPress={() => revoking && revoke.mutate(revoking.id, { onSettled: () => setRevoking(null) })}
            >
              {t('directoryKeys.revoke')}
            </Button>
            <Button onPress={() => setRevoking(null)}>{t('common.cancel')}</Button>
          </div>
        </div>
      </ModalDialog>
    </div>
  );
}
