import type { Translation } from '../../resources';
import type en from '../en/sharing';

/** Spanish strings of the "sharing" namespace: the same keys as ../en/sharing.ts. */
const sharing: Translation<typeof en> = {};

export default sharing;
