import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../api/session';
import { lockDevice, wipeDevice } from '../../offline/device';
import { unlockedStore } from '../../offline/state';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { ModalDialog } from '../../ui/Dialog';
import { Select } from '../../ui/Select';
import { DeviceList } from './DeviceList';
import { EnrolForm } from './EnrolForm';
import { SyncDetails } from './SyncDetails';
import { useFieldState } from './useFieldState';

const lockChoices = ['1', '5', '15', '30'] as const;

/**
 * "This phone for field work" on the account page: enrol it, see and steer
 * its sync, set the auto-lock, lock it, remove its data; and the list of the
 * user's devices (an admin's: everyone's) with revoking.
 */
export function FieldDevicePanel() {
  const { t } = useTranslation();
  const me = useMe();
  const state = useFieldState();
  const queryClient = useQueryClient();
  const [removing, setRemoving] = useState(false);
  const [, rerender] = useState(0);
  const store = state.status.kind === 'unlocked' ? state.status.store : null;
  const pending = state.outbox.filter((op) => op.state === 'pending').length;

  return (
    <section aria-labelledby="field-title" className="panel stack">
      <h2 id="field-title">{t('field.title')}</h2>
      {state.wiped ? <Alert tone="warning">{t(`field.wiped.${state.wiped}`)}</Alert> : null}
      {state.status.kind === 'none' ? (
        <>
          <p className="muted">{t('field.enrolIntro')}</p>
          <EnrolForm onEnrolled={() => void queryClient.invalidateQueries({ queryKey: ['devices'] })} />
        </>
      ) : null}
      {store && store.device.userId === me.id ? (
        <div className="stack">
          <p>{t('field.enrolledHere', { name: store.device.name })}</p>
          <SyncDetails />
          <Select
            name="autoLock"
            label={t('field.autoLock')}
            options={lockChoices.map((m) => ({ id: m, label: t('field.minutes', { count: Number(m) }) }))}
            value={String(store.device.autoLockMinutes) as (typeof lockChoices)[number]}
            onChange={(m) =>
              void unlockedStore()
                ?.saveDevice({ autoLockMinutes: Number(m) })
                .then(() => rerender((n) => n + 1))
            }
          />
          <div className="btn-row">
            <Button onPress={() => lockDevice()}>{t('field.lockNow')}</Button>
            <Button variant="danger" onPress={() => setRemoving(true)}>
              {t('field.remove')}
            </Button>
          </div>
        </div>
      ) : null}
      {state.status.kind === 'locked' && state.status.userId !== me.id ? (
        <p className="muted">{t('field.otherUser')}</p>
      ) : null}
      <DeviceList thisDeviceId={store?.device.deviceId ?? null} />
      <ModalDialog title={t('field.removeTitle')} role="alertdialog" isOpen={removing} onOpenChange={setRemoving}>
        <p>{pending > 0 ? t('field.removeWithPending', { count: pending }) : t('field.removeText')}</p>
        <div className="btn-row">
          <Button onPress={() => setRemoving(false)}>{t('common.cancel')}</Button>
          <Button
            variant="danger"
            onPress={() => {
              setRemoving(false);
              void wipeDevice(null);
            }}
          >
            {t('field.removeConfirm')}
          </Button>
        </div>
      </ModalDialog>
    </section>
  );
}
