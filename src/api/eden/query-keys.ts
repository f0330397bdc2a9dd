import type { EdenListOrdersParams } from './order-schemas';

export const edenKeys = {
  all: ['eden'] as const,
  facilities: () => [...edenKeys.all, 'facilities'] as const,
  orders: () => [...edenKeys.all, 'orders'] as const,
  orderList: (params: EdenListOrdersParams) => [...edenKeys.orders(), 'list', params] as const,
  order: (id: string) => [...edenKeys.orders(), 'detail', id] as const,
};
