import type { CallOptions } from '../http';
import { parseInput } from '../zod-issues';
import { IMPILO_MAX_PAGE_SIZE } from './common';
import { impiloEndpoints } from './endpoints';
import {
  createImpiloOrder,
  type ImpiloCreateOrderInput,
  type ImpiloOrder,
  impiloCreateOrderSchema,
  listImpiloOrders,
} from './orders';

/**
 * Creating an Impilo order exactly once. `externalOrderIds` is the client's key: the form generates one
 * per draft and sends it first. Before every send the console looks for an order that already carries
 * that id (an earlier attempt whose answer was lost, a retry after a timeout, a reload mid-submit); if
 * there is one, that is the order, and nothing is sent. Impilo does not refuse a repeated external id
 * (the guide says nothing about it), so the look-up is the only guard.
 */

/** Pages read at most while looking for an earlier attempt (250 orders a page). */
export const IMPILO_LOOKUP_MAX_PAGES = 40;

export interface ImpiloOrderCreateOnceResult {
  order: ImpiloOrder;
  /** True when an earlier attempt had already created it: nothing was sent. */
  replayed: boolean;
}

/** The order that carries `externalOrderId`, if Impilo has one (every page, up to the bound above). */
export async function findImpiloOrderByExternalId(
  externalOrderId: string,
  options: CallOptions = {},
): Promise<ImpiloOrder | undefined> {
  for (let page = 0; page < IMPILO_LOOKUP_MAX_PAGES; page++) {
    const result = await listImpiloOrders({ page, size: IMPILO_MAX_PAGE_SIZE }, options);
    const found = result.content.find((order) => order.externalOrderIds.includes(externalOrderId));
    if (found) return found;
    if (result.last || result.content.length === 0) return undefined;
  }
  return undefined;
}

/** `POST /order`, exactly once (see above). The first external order id is the key. */
export async function createImpiloOrderOnce(
  input: ImpiloCreateOrderInput,
  options: CallOptions = {},
): Promise<ImpiloOrderCreateOnceResult> {
  const sent = parseInput('impilo', impiloEndpoints.createOrder.name, impiloCreateOrderSchema, input);
  const key = sent.externalOrderIds?.[0];
  if (key) {
    const earlier = await findImpiloOrderByExternalId(key, options);
    if (earlier) return { order: earlier, replayed: true };
  }
  return { order: await createImpiloOrder(sent, options), replayed: false };
}
