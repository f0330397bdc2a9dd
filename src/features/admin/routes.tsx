import { lazyPage } from '@/components/lazy-page';

// The admin area is one chunk, loaded with the "admin" translations when first visited.
const AdminArea = lazyPage(() => import('./AdminArea'), 'admin');

/** The admin area's routes, mounted at `/admin/*` (declared in ./AdminArea.tsx). */
export function AdminRoutes() {
  return <AdminArea />;
}
