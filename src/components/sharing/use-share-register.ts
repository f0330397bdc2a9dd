import { createContext, useContext, useSyncExternalStore } from 'react';
import { gatewaySession } from '@/api/gateway/session';
import { recordGatewayShare } from '@/api/gateway/shares';
import { gatewayShareRows } from './gateway-share-copy';
import { userTimeZone } from './share-expiry';
import { type ShareRecord, type ShareRegister, sessionShareRegister, withServerCopy } from './share-register';

/** The register in use: the session's in-memory one by default; a server-side one can be provided later. */
export const ShareRegisterContext = createContext<ShareRegister>(sessionShareRegister);

/** Behind the gateway: the session's register, each share also written to the gateway's (audit) register. */
let sessionWithGatewayCopy: ShareRegister | null = null;
function withGatewayCopy(): ShareRegister {
  sessionWithGatewayCopy ??= withServerCopy(
    sessionShareRegister,
    async (record) => {
      // Row by row; a failed row is tried once more (the rows before it are not sent again).
      for (const row of gatewayShareRows(record, userTimeZone()))
        await recordGatewayShare(row).catch(() => recordGatewayShare(row));
    },
    // No patient data in the log: the share's kind only.
    (record) => console.warn(`The gateway did not record a share (${record.kind}).`),
  );
  return sessionWithGatewayCopy;
}

export function useShareRegister(): ShareRegister {
  const register = useContext(ShareRegisterContext);
  return register === sessionShareRegister && gatewaySession() ? withGatewayCopy() : register;
}

/** The register's shares, newest first, re-rendered on every change. */
export function useShareRecords(): readonly ShareRecord[] {
  const register = useShareRegister();
  return useSyncExternalStore(register.subscribe, register.list, register.list);
}
