import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './app/global.css';
import './app/zod-jitless';
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { requestGatewaySession } from './api/gateway/session-state';
import { App } from './app/App';
import { preloadFirstPage } from './app/router';
import { initI18n } from './i18n';

async function startMocks() {
  // Compiled out of production builds (`__MOCKS__` is false there), so msw never reaches them.
  if (__MOCKS__) {
    const { startBrowserMocks } = await import('../mocks/browser');
    await startBrowserMocks();
  }
}

/** Live builds served by the gateway (server/): CSRF token on writes, sign-in when the session ends. */
async function startGateway() {
  if (__MOCKS__) return;
  // The session request leaves now, while the module that reads it (and its zod schema) loads.
  const answer = requestGatewaySession();
  answer.catch(() => undefined);
  const { startGatewayMode } = await import('./api/gateway/session');
  await startGatewayMode(answer);
}

async function bootstrap() {
  // i18n first: the landing page's preload loads its strings into it.
  const i18n = initI18n();
  await Promise.all([
    i18n,
    startMocks(),
    startGateway(),
    i18n.then(() => preloadFirstPage(location.pathname)),
  ]);
  const container = document.getElementById('root');
  if (!container) throw new Error('No #root element');
  const root = createRoot(container);
  // The first render is a transition, which React renders in slices of a few milliseconds, yielding to
  // the browser between them: without it the whole console (shell and page) is one task of a few hundred
  // milliseconds on a slow phone, during which a tap waits. Nothing is drawn any later: the page is
  // already loaded (preloadFirstPage), so it commits as soon as it is rendered.
  startTransition(() => {
    root.render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  });
}

void bootstrap();
