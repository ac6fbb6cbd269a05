/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/vanillajs" />

interface ImportMetaEnv {
  /** '1' only in the browser tests' build (scripts/run-e2e.mjs). */
  readonly VITE_E2E_HOOKS?: string;
}
