import { Route, Routes } from 'react-router';
import { NotBuilt } from '@/components/NotBuilt';

/** The sharing area's routes, mounted at `/sharing/*`. Each page is lazy (`lazyPage`), with the "sharing" namespace. */
export function SharingRoutes() {
  return (
    <Routes>
      <Route index element={<NotBuilt areaKey="nav.sharing" />} />
    </Routes>
  );
}
