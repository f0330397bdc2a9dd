import { Route, Routes } from 'react-router';
import { lazyPage } from '@/components/lazy-page';

// Each page is its own chunk, loaded with the "orders" translations when first visited.
const OrderWorklistPage = lazyPage(() => import('./OrderWorklistPage'), 'orders');
const NewOrderPage = lazyPage(() => import('./NewOrderPage'), 'orders');
const OrderDetailPage = lazyPage(() => import('./OrderDetailPage'), 'orders');

/** The orders area's routes, mounted at `/orders/*`. */
export function OrdersRoutes() {
  return (
    <Routes>
      <Route index element={<OrderWorklistPage />} />
      <Route path="new" element={<NewOrderPage />} />
      <Route path=":orderId" element={<OrderDetailPage />} />
    </Routes>
  );
}
