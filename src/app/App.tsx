import { useState } from 'react';
import { BrowserRouter } from 'react-router';
import { useGatewayEvents } from '@/api/gateway/use-gateway-events';
import { createQueryClient } from '@/api/query-client';
import { IdleLock } from './idle-lock/IdleLock';
import { Providers } from './providers';
import { AppRoutes } from './router';

export function App() {
  const [queryClient] = useState(() => createQueryClient());
  useGatewayEvents(queryClient);
  return (
    <Providers queryClient={queryClient}>
      <IdleLock>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </IdleLock>
    </Providers>
  );
}
