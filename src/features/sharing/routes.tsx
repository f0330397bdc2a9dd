import { Route, Routes } from 'react-router';
import { lazyPage } from '@/components/lazy-page';

// Each page is its own chunk, loaded with the "sharing" translations when first visited.
const RegisterPage = lazyPage(() => import('./RegisterPage'), 'sharing');
const StudiesPage = lazyPage(() => import('./StudiesPage'), 'sharing');
const FoldersPage = lazyPage(() => import('./FoldersPage'), 'sharing');
const VisitsPage = lazyPage(() => import('./VisitsPage'), 'sharing');
const ContextLinksPage = lazyPage(() => import('./ContextLinksPage'), 'sharing');

/** The sharing area's routes, mounted at `/sharing/*`. */
export function SharingRoutes() {
  return (
    <Routes>
      <Route index element={<RegisterPage />} />
      <Route path="studies" element={<StudiesPage />} />
      <Route path="folders" element={<FoldersPage />} />
      <Route path="visits" element={<VisitsPage />} />
      <Route path="context-links" element={<ContextLinksPage />} />
    </Routes>
  );
}
