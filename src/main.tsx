import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './app/global.css';
import './app/zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { requestGatewaySession } from './api/gateway/session-state';
import { App } from './app/App';
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
  await Promise.all([initI18n(), startMocks(), startGateway()]);
  const container = document.getElementById('root');
  if (!container) throw new Error('No #root element');
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void bootstrap();
