import { Route, Routes } from 'react-router';
import { NotBuilt } from '@/components/NotBuilt';

/** The schedule area's routes, mounted at `/schedule/*`. Each page is lazy (`lazyPage`), with the "schedule" namespace. */
export function ScheduleRoutes() {
  return (
    <Routes>
      <Route index element={<NotBuilt areaKey="nav.schedule" />} />
    </Routes>
  );
}
