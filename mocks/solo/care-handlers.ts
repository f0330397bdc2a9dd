import type { RequestHandler } from 'msw';

/** Patients, appointments, waiting rooms, slots, visit notes, episodes. */
export const soloCareHandlers: RequestHandler[] = [];
