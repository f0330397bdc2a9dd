import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './app/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { initI18n } from './i18n';

async function startMocks() {
  // Compiled out of production builds (`__MOCKS__` is false there), so msw never reaches them.
  if (__MOCKS__) {
    const { startBrowserMocks } = await import('../mocks/browser');
    await startBrowserMocks();
  }
}

async function bootstrap() {
  await Promise.all([initI18n(), startMocks()]);
  const container = document.getElementById('root');
  if (!container) throw new Error('No #root element');
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void bootstrap();
