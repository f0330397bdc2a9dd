import { AdminShell } from './components/AdminShell';
import { ImpiloWebhooks } from './components/ImpiloWebhooks';
import { SoloWebhooks } from './components/SoloWebhooks';

/** Solo's and Impilo's webhooks, through the vendors' own APIs (mocked in mock mode, proxied by the gateway). */
export default function WebhooksPage() {
  return (
    <AdminShell section="webhooks">
      <SoloWebhooks />
      <ImpiloWebhooks />
    </AdminShell>
  );
}
