import { Route, Routes } from 'react-router';
import { NotBuilt } from '@/components/NotBuilt';

/** The patients area's routes, mounted at `/patients/*`. Each page is lazy (`lazyPage`), with the "patients" namespace. */
export function PatientsRoutes() {
  return (
    <Routes>
      <Route index element={<NotBuilt areaKey="nav.patients" />} />
    </Routes>
  );
}
