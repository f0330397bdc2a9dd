import { Route, Routes } from 'react-router';
import { lazyPage } from '@/components/lazy-page';

// Each page is its own chunk, loaded with the "patients" translations when first visited.
const PatientSearchPage = lazyPage(() => import('./PatientSearchPage'), 'patients');
const PatientRecordPage = lazyPage(() => import('./PatientRecordPage'), 'patients');
const SoloPatientPage = lazyPage(() => import('./SoloPatientPage'), 'patient-forms');
const ImpiloPatientPage = lazyPage(() => import('./ImpiloPatientPage'), 'patient-forms');

/** Boot loads the landing page before the first render when the tab opens at it (app/router.tsx). */
export const preloadIndexPage = (): Promise<void> => PatientSearchPage.preload();

/** The patients area's routes, mounted at `/patients/*`. `/patients` is the console's landing page. */
export function PatientsRoutes() {
  return (
    <Routes>
      <Route index element={<PatientSearchPage />} />
      <Route path="new/solo" element={<SoloPatientPage />} />
      <Route path="new/impilo" element={<ImpiloPatientPage />} />
      <Route path=":key" element={<PatientRecordPage />} />
      <Route path=":key/edit/solo" element={<SoloPatientPage />} />
      <Route path=":key/edit/impilo" element={<ImpiloPatientPage />} />
    </Routes>
  );
}
