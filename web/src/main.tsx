import './ui/tokens.css';
import './ui/base.css';
import './ui/layout.css';
import './ui/forms.css';
import './ui/components.css';
import './ui/widgets.css';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createQueryClient } from './api/queryClient';
import { createAppRouter } from './app/router';
import { applyStoredTheme } from './app/theme';
import { initI18n } from './i18n/index';

applyStoredTheme();
const queryClient = createQueryClient();
const router = createAppRouter(queryClient);

// The messages, the session check and the first screen's chunks load in
// parallel; rendering waits for all of them so nothing flashes untranslated.
void Promise.all([initI18n(), router.load()]).then(() => {
  const root = document.getElementById('root');
  if (!root) throw new Error('#root missing from index.html');
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </StrictMode>,
  );
  // After the first screen: the service worker is not needed to show it.
  void import('./app/pwa').then((pwa) => pwa.registerServiceWorker());
  // Dead code in every build but the browser tests' (see offline/e2eHooks.ts).
  if (import.meta.env.VITE_E2E_HOOKS === '1') void import('./offline/e2eHooks').then((m) => m.installE2EHooks());
});
