/// <reference types="vite/client" />

/** True in builds that run on the mock back ends (`npm run dev`, `--mode e2e`); false in production. */
declare const __MOCKS__: boolean;

interface ImportMetaEnv {
  /** Minutes without input before the console locks (default 15). Not secret. */
  readonly VITE_IDLE_LOCK_MINUTES?: string;
  /** `npm run dev` only: the instant the mock back ends and the app start at (mocks/browser.ts). Not secret. */
  readonly VITE_MOCK_NOW?: string;
}
