import { useSyncExternalStore } from 'react';
import { type FieldState, fieldState } from '../../offline/state';

/** Field mode's state (device, lock, outbox, sync) for a screen. */
export function useFieldState(): FieldState {
  return useSyncExternalStore(fieldState.subscribe, fieldState.get, fieldState.get);
}

export function useOnline(): boolean {
  return useSyncExternalStore(
    (callback) => {
      window.addEventListener('online', callback);
      window.addEventListener('offline', callback);
      return () => {
        window.removeEventListener('online', callback);
        window.removeEventListener('offline', callback);
      };
    },
    () => navigator.onLine,
    () => true,
  );
}
