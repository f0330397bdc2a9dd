import { Navigate, Route, Routes, useParams } from 'react-router';
import { lazyPage } from '@/components/lazy-page';

// Each page is its own chunk, loaded with the "orders" translations when first visited.
const AllOrdersPage = lazyPage(() => import('./AllOrdersPage'), 'orders');
const OrderWorklistPage = lazyPage(() => import('./OrderWorklistPage'), 'orders');
// The Scan.com wizard's block picker (src/components/scheduling) speaks the schedule namespace.
const NewOrderPage = lazyPage(() => import('./NewOrderPage'), 'orders', 'schedule');
const OrderDetailPage = lazyPage(() => import('./OrderDetailPage'), 'orders');
const PostDicomOrderDetailPage = lazyPage(() => import('./detail/PostDicomOrderDetailPage'), 'orders');
const ImpiloOrderDetailPage = lazyPage(() => import('./detail/ImpiloOrderDetailPage'), 'orders');
const ScanReferralDetailPage = lazyPage(() => import('./detail/ScanReferralDetailPage'), 'orders');

/** Boot loads the worklist before the first render when the tab opens at `/orders` (app/router.tsx). */
export const preloadIndexPage = (): Promise<void> => AllOrdersPage.preload();

/** `/orders/eden/:id` is the canonical Eden address; `/orders/:id` (older links) shows the same page. */
function EdenAlias() {
  const { orderId = '' } = useParams();
  return <Navigate to={`/orders/${encodeURIComponent(orderId)}`} replace />;
}

/** The orders area's routes, mounted at `/orders/*`. */
export function OrdersRoutes() {
  return (
    <Routes>
      <Route index element={<AllOrdersPage />} />
      <Route path="eden" element={<OrderWorklistPage />} />
      <Route path="new" element={<NewOrderPage />} />
      <Route path="eden/:orderId" element={<EdenAlias />} />
      <Route path="postdicom/:orderId" element={<PostDicomOrderDetailPage />} />
      <Route path="impilo/:orderId" element={<ImpiloOrderDetailPage />} />
      <Route path="scan/:referralId" element={<ScanReferralDetailPage />} />
      <Route path=":orderId" element={<OrderDetailPage />} />
    </Routes>
  );
}
