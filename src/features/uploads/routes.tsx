import { Route, Routes } from 'react-router';
import { lazyPage } from '@/components/lazy-page';

// The page is its own chunk (with the DICOM worker client); the DICOM library itself runs in the worker.
const UploadsPage = lazyPage(() => import('./UploadsPage'), 'uploads');

/** The uploads area's routes, mounted at `/uploads/*`. */
export function UploadsRoutes() {
  return (
    <Routes>
      <Route index element={<UploadsPage />} />
    </Routes>
  );
}
