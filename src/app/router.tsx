import { Navigate, Route, Routes } from 'react-router';
import { AdminRoutes } from '@/features/admin/routes';
import { OrdersRoutes } from '@/features/orders/routes';
import { PatientsRoutes } from '@/features/patients/routes';
import { ScheduleRoutes } from '@/features/schedule/routes';
import { SharingRoutes } from '@/features/sharing/routes';
import { UploadsRoutes } from '@/features/uploads/routes';
import { NotFoundPage } from './NotFoundPage';
import { AppLayout } from './shell/AppLayout';

/**
 * Declarative routes (react-router's "declarative mode": its data-router core would cost the first
 * route ~12 KB gzip that this console does not use). Each workflow declares its own routes in
 * `features/<workflow>/routes.tsx`, where every page is a lazy chunk. Errors are caught per route in AppLayout.
 */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<Navigate to="/patients" replace />} />
        <Route path="patients/*" element={<PatientsRoutes />} />
        <Route path="orders/*" element={<OrdersRoutes />} />
        <Route path="schedule/*" element={<ScheduleRoutes />} />
        <Route path="uploads/*" element={<UploadsRoutes />} />
        <Route path="sharing/*" element={<SharingRoutes />} />
        <Route path="admin/*" element={<AdminRoutes />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
