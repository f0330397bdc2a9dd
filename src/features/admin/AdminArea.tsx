import { Navigate, Route, Routes } from 'react-router';
import AuditLogPage from './AuditLogPage';
import DeliveryLogPage from './DeliveryLogPage';
import IntegrationsPage from './IntegrationsPage';
import ReportsPage from './ReportsPage';
import SettingsPage from './SettingsPage';
import WebhooksPage from './WebhooksPage';

/**
 * Admin's pages, as one lazy chunk: loaded together when an admin first opens /admin. (Six chunks that each
 * share a different handful of components with the first route made the bundler split that route's
 * shared code finer, which cost it 13 KB gzip.)
 */
export default function AdminArea() {
  return (
    <Routes>
      <Route index element={<IntegrationsPage />} />
      <Route path="webhooks" element={<WebhooksPage />} />
      <Route path="deliveries" element={<DeliveryLogPage />} />
      <Route path="reports" element={<ReportsPage />} />
      <Route path="settings" element={<SettingsPage />} />
      <Route path="audit" element={<AuditLogPage />} />
      <Route path="*" element={<Navigate to="/admin" replace />} />
    </Routes>
  );
}
