import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const api = 'http://127.0.0.1:3000';

/**
 * The web app builds from `web/` into `web/dist`, which the server serves.
 * `#core/*` resolves through package.json `imports` (Vite follows subpath imports),
 * so core code is shared without aliases.
 */
export default defineConfig({
  root: webRoot,
  publicDir: 'public',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Budget: ≤ 130 KB gzip before the first screen; the report script in
    // web/scripts/entry-size.mjs measures it after each build.
    chunkSizeWarningLimit: 400,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // The libraries every screen needs go into one chunk: one request, and
          // one gzip stream compresses better than the many small shared chunks
          // the automatic splitting makes.
          groups: [
            {
              name: 'framework',
              test: /node_modules[\\/](react|react-dom|scheduler|@tanstack|i18next|react-i18next|use-sync-external-store)[\\/]/,
            },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': { target: api, changeOrigin: false },
      '/health': { target: api, changeOrigin: false },
    },
  },
  preview: {
    proxy: {
      '/api': { target: api, changeOrigin: false },
      '/health': { target: api, changeOrigin: false },
    },
  },
  plugins: [
    react(),
    VitePWA({
      strategies: 'generateSW',
      // The app asks before reloading: a field worker may be in the middle of a form.
      registerType: 'prompt',
      // Registered from code (web/src/app/pwa.ts) through `virtual:pwa-register`:
      // the server's CSP forbids inline scripts.
      injectRegister: false,
      includeAssets: ['icon.svg', 'favicon.svg'],
      manifest: {
        // Neutral on purpose (ux.md, "Discreet"): nothing on a home screen should
        // tell an onlooker what the app is for.
        name: 'Kontakt',
        short_name: 'Kontakt',
        description: 'Kontakt',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#1f2933',
        theme_color: '#1f2933',
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        navigateFallback: '/index.html',
        // API calls and the health check must always reach the network, never the shell.
        navigateFallbackDenylist: [/^\/api\//, /^\/health/],
        cleanupOutdatedCaches: true,
      },
    }),
  ],
});
