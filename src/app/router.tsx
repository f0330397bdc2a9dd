import { Navigate, Route, Routes } from 'react-router';
import { lazyPage } from './lazy-page';
import { NotBuiltPage } from './NotBuiltPage';
import { NotFoundPage } from './NotFoundPage';
import { AppLayout } from './shell/AppLayout';

// Each area is its own chunk, loaded when first visited.
const OrderWorklistPage = lazyPage(() => import('@/features/orders/OrderWorklistPage'));
const NewOrderPage = lazyPage(() => import('@/features/orders/NewOrderPage'));
const OrderDetailPage = lazyPage(() => import('@/features/orders/OrderDetailPage'));

/**
 * Declarative routes (react-router's "declarative mode": its data-router core would cost the first
 * route ~12 KB gzip that this console does not use). Errors are caught per route in AppLayout.
 */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<Navigate to="/orders" replace />} />
        <Route path="patients" element={<NotBuiltPage areaKey="nav.patients" />} />
        <Route path="orders">
          <Route index element={<OrderWorklistPage />} />
          <Route path="new" element={<NewOrderPage />} />
          <Route path=":orderId" element={<OrderDetailPage />} />
        </Route>
        <Route path="schedule" element={<NotBuiltPage areaKey="nav.schedule" />} />
        <Route path="uploads" element={<NotBuiltPage areaKey="nav.uploads" />} />
        <Route path="sharing" element={<NotBuiltPage areaKey="nav.sharing" />} />
        <Route path="admin" element={<NotBuiltPage areaKey="nav.admin" />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
