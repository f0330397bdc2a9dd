import { Route, Routes } from 'react-router';
import { NotBuilt } from '@/components/NotBuilt';

/** The admin area's routes, mounted at `/admin/*`. Each page is lazy (`lazyPage`), with the "admin" namespace. */
export function AdminRoutes() {
  return (
    <Routes>
      <Route index element={<NotBuilt areaKey="nav.admin" />} />
    </Routes>
  );
}
