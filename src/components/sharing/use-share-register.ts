import { useSyncExternalStore } from 'react';
import { gatewaySession } from '@/api/gateway/session';
import { type ShareRecord, type ShareRegister, sessionShareRegister, withServerCopy } from './share-register';
import { useProvidedShareRegister } from './share-register-context';

export { ShareRegisterContext } from './share-register-context';

/** Behind the gateway: the session's register, each share also written to the gateway's (audit) register. */
let sessionWithGatewayCopy: ShareRegister | null = null;
function withGatewayCopy(): ShareRegister {
  sessionWithGatewayCopy ??= withServerCopy(
    sessionShareRegister,
    // Loaded with the first share: the idle lock (first route) uses this module too.
    async (record) => (await import('./gateway-share-copy')).copyShareToGateway(record),
    // No patient data in the log: the share's kind only.
    (record) => console.warn(`The gateway did not record a share (${record.kind}).`),
  );
  return sessionWithGatewayCopy;
}

export function useShareRegister(): ShareRegister {
  const register = useProvidedShareRegister();
  return register === sessionShareRegister && gatewaySession() ? withGatewayCopy() : register;
}

/** The register's shares, newest first, re-rendered on every change. */
export function useShareRecords(): readonly ShareRecord[] {
  const register = useShareRegister();
  return useSyncExternalStore(register.subscribe, register.list, register.list);
}
