import type { Translation } from '../../resources';
import type en from '../en/schedule';

/** Spanish strings of the "schedule" namespace: the same keys as ../en/schedule.ts. */
const schedule: Translation<typeof en> = {};

export default schedule;
