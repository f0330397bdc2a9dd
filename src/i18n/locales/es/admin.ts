import type { Translation } from '../../resources';
import type en from '../en/admin';

/** Spanish strings of the "admin" namespace: the same keys as ../en/admin.ts. */
const admin: Translation<typeof en> = {};

export default admin;
