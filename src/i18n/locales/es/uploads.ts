import type { Translation } from '../../resources';
import type en from '../en/uploads';

/** Spanish strings of the "uploads" namespace: the same keys as ../en/uploads.ts. */
const uploads: Translation<typeof en> = {};

export default uploads;
