import { Route, Routes } from 'react-router';
import { lazyPage } from '@/components/lazy-page';

// Each page is its own chunk, loaded with the "schedule" translations when first visited.
const SchedulePage = lazyPage(() => import('./SchedulePage'), 'schedule');
const AgendaPage = lazyPage(() => import('./AgendaPage'), 'schedule');
const AppointmentPage = lazyPage(() => import('./AppointmentPage'), 'schedule');
const ZonesPage = lazyPage(() => import('./ZonesPage'), 'schedule');
const ScanSlotsPage = lazyPage(() => import('./ScanSlotsPage'), 'schedule');

/** The schedule area's routes, mounted at `/schedule/*`. */
export function ScheduleRoutes() {
  return (
    <Routes>
      <Route index element={<SchedulePage />} />
      <Route path="agenda" element={<AgendaPage />} />
      <Route path="appointments/:appointmentId" element={<AppointmentPage />} />
      <Route path="zones" element={<ZonesPage />} />
      <Route path="scan" element={<ScanSlotsPage />} />
    </Routes>
  );
}
