import { Navigate, Route, Routes } from 'react-router';
import { lazyPage } from '@/components/lazy-page';
import { preloadWorklist } from '@/features/orders/preload-worklist';
import { PatientsRoutes, preloadIndexPage as preloadPatientSearch } from '@/features/patients/routes';
import { NotFoundPage } from './NotFoundPage';
import { AppLayout } from './shell/AppLayout';

/**
 * Declarative routes (react-router's "declarative mode": its data-router core would cost the first
 * route ~12 KB gzip that this console does not use). Each workflow declares its own routes in
 * `features/<workflow>/routes.tsx`, where every page is a lazy chunk (and every table but the landing area's). Errors are caught per route in AppLayout.
 */
// The landing area's route table is in the first route; the others' tables (and with them their pages'
// imports) load when first visited: a few hundred bytes each, but they would add up on the first route.
const loadOrders = () => import('@/features/orders/routes');
const OrdersRoutes = lazyPage(() => loadOrders().then((m) => ({ default: m.OrdersRoutes })));
const ScheduleRoutes = lazyPage(() =>
  import('@/features/schedule/routes').then((m) => ({ default: m.ScheduleRoutes })),
);
const UploadsRoutes = lazyPage(() =>
  import('@/features/uploads/routes').then((m) => ({ default: m.UploadsRoutes })),
);
const SharingRoutes = lazyPage(() =>
  import('@/features/sharing/routes').then((m) => ({ default: m.SharingRoutes })),
);
const AdminRoutes = lazyPage(() =>
  import('@/features/admin/routes').then((m) => ({ default: m.AdminRoutes })),
);

/**
 * Loads the page the tab opens at before the first render, for the landing page and the orders worklist
 * (the pages opened most): it then renders with the shell at once, without a fallback first (see
 * components/lazy-page.tsx). Other addresses load on render, as before. Never fails: a chunk that does not
 * load is the route's error boundary's business, on render.
 */
export function preloadFirstPage(pathname: string): Promise<void> {
  const path = pathname.replace(/\/+$/, '') || '/';
  const pending =
    path === '/' || path === '/patients'
      ? preloadPatientSearch()
      : path === '/orders'
        ? Promise.all([
            OrdersRoutes.preload(),
            loadOrders().then((m) => m.preloadIndexPage()),
            preloadWorklist(),
          ])
        : null;
  return (pending ?? Promise.resolve()).then(
    () => undefined,
    () => undefined,
  );
}

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<Navigate to="/patients" replace />} />
        <Route path="patients/*" element={<PatientsRoutes />} />
        <Route path="orders/*" element={<OrdersRoutes />} />
        <Route path="schedule/*" element={<ScheduleRoutes />} />
        <Route path="uploads/*" element={<UploadsRoutes />} />
        <Route path="sharing/*" element={<SharingRoutes />} />
        <Route path="admin/*" element={<AdminRoutes />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
