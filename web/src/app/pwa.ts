/**
 * Service-worker registration, loaded after the first screen rendered so it adds
 * nothing to the first screen's JavaScript. With `registerType: 'prompt'` a new
 * version waits until the user agrees to reload (they may be in the middle of a form).
 */

type Listener = () => void;
let needRefresh = false;
let update: ((reload?: boolean) => Promise<void>) | null = null;
const listeners = new Set<Listener>();

export function subscribeUpdate(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function isUpdateWaiting(): boolean {
  return needRefresh;
}

/** Activates the waiting service worker and reloads. */
export async function applyUpdate(): Promise<void> {
  await update?.(true);
}

export async function registerServiceWorker(): Promise<void> {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const { registerSW } = await import('virtual:pwa-register');
  update = registerSW({
    immediate: true,
    onNeedRefresh() {
      needRefresh = true;
      for (const listener of listeners) listener();
    },
  });
}
