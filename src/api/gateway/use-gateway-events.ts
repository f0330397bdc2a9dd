import type { QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { afterPaint } from '@/lib/after-paint';

/** Behind the gateway, keeps the pages live: webhook events invalidate the queries they concern (lazy chunk). */
export function useGatewayEvents(queryClient: QueryClient): void {
  useEffect(() => {
    if (__MOCKS__) return;
    let close: (() => void) | null = null;
    let cancelled = false;
    // Both modules are small chunks of their own, off the first route (session.ts is loaded at boot already),
    // asked for once the first page has painted.
    const cancelWait = afterPaint(() => {
      void Promise.all([import('./session-state'), import('./events')]).then(
        ([{ gatewaySession }, { connectGatewayEvents }]) => {
          if (!cancelled && gatewaySession()) close = connectGatewayEvents(queryClient);
        },
      );
    });
    return () => {
      cancelled = true;
      cancelWait();
      close?.();
    };
  }, [queryClient]);
}
