import type { QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { gatewaySession } from './session';

/** Behind the gateway, keeps the pages live: webhook events invalidate the queries they concern (lazy chunk). */
export function useGatewayEvents(queryClient: QueryClient): void {
  useEffect(() => {
    if (!gatewaySession()) return;
    let close: (() => void) | null = null;
    let cancelled = false;
    void import('./events').then(({ connectGatewayEvents }) => {
      if (!cancelled) close = connectGatewayEvents(queryClient);
    });
    return () => {
      cancelled = true;
      close?.();
    };
  }, [queryClient]);
}
