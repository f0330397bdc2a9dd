import { Navigate, Route, Routes } from 'react-router';
import { lazyPage } from '@/components/lazy-page';

// Each page is its own chunk, loaded with the "admin" translations when first visited.
const IntegrationsPage = lazyPage(() => import('./IntegrationsPage'), 'admin');
const WebhooksPage = lazyPage(() => import('./WebhooksPage'), 'admin');
const DeliveryLogPage = lazyPage(() => import('./DeliveryLogPage'), 'admin');
const ReportsPage = lazyPage(() => import('./ReportsPage'), 'admin');
const SettingsPage = lazyPage(() => import('./SettingsPage'), 'admin');
const AuditLogPage = lazyPage(() => import('./AuditLogPage'), 'admin');

/** The admin area's routes, mounted at `/admin/*`. */
export function AdminRoutes() {
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
