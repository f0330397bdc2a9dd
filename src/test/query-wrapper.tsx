import { QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { createQueryClient } from '../api/query-client';

/** A fresh QueryClient (no retries) and a wrapper for `renderHook` / `render`. */
export function createQueryWrapper() {
  const queryClient = createQueryClient({ retry: false });
  function Wrapper({ children }: { children: ReactNode }) {
    return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
  }
  return { queryClient, wrapper: Wrapper };
}
