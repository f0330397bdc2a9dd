import { setupServer } from 'msw/node';
import { handlers } from './handlers';

/** The mock back ends in Node (Vitest). Any request without a handler is an error. */
export const server = setupServer(...handlers);
