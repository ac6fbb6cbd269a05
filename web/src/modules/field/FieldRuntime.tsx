import { useQueryClient } from '@tanstack/react-query';
import { useRouter } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { lockDevice } from '../../offline/device';
import { syncNow, syncOnReconnect } from '../../offline/sync';
import { useFieldState } from './useFieldState';

const activity = ['pointerdown', 'keydown', 'touchstart', 'wheel'] as const;

/**
 * What a field device does while the app is open: syncs on start, after each
 * unlock and on reconnect; locks after the chosen idle time; and when locked
 * forgets what screens read and asks for the PIN again.
 */
export function FieldRuntime() {
  const { status } = useFieldState();
  const router = useRouter();
  const queryClient = useQueryClient();
  const unlocked = status.kind === 'unlocked' ? status.store : null;

  useEffect(() => {
    if (!unlocked) return;
    void syncNow();
    return syncOnReconnect();
  }, [unlocked]);

  useEffect(() => {
    if (!unlocked) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const restart = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(lockDevice, unlocked.device.autoLockMinutes * 60_000);
    };
    restart();
    for (const event of activity) window.addEventListener(event, restart, { passive: true });
    return () => {
      if (timer) clearTimeout(timer);
      for (const event of activity) window.removeEventListener(event, restart);
    };
  }, [unlocked]);

  // Locking while in use (idle, or "lock now") leaves for the PIN screen; a
  // device found locked at start is the route guard's to handle.
  const was = useRef(status.kind);
  useEffect(() => {
    const before = was.current;
    was.current = status.kind;
    if (status.kind !== 'locked' || before !== 'unlocked') return;
    const here = router.state.location.href;
    queryClient.clear();
    void router.navigate({ to: '/unlock', search: { redirect: here } });
  }, [status.kind, router, queryClient]);

  return null;
}
