import { Route, Routes } from 'react-router';
import { NotBuilt } from '@/components/NotBuilt';

/** The uploads area's routes, mounted at `/uploads/*`. Each page is lazy (`lazyPage`), with the "uploads" namespace. */
export function UploadsRoutes() {
  return (
    <Routes>
      <Route index element={<NotBuilt areaKey="nav.uploads" />} />
    </Routes>
  );
}
