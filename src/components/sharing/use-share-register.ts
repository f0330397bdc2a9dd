import { createContext, useContext, useSyncExternalStore } from 'react';
import { type ShareRecord, type ShareRegister, sessionShareRegister } from './share-register';

/** The register in use: the session's in-memory one by default; a server-side one can be provided later. */
export const ShareRegisterContext = createContext<ShareRegister>(sessionShareRegister);

export function useShareRegister(): ShareRegister {
  return useContext(ShareRegisterContext);
}

/** The register's shares, newest first, re-rendered on every change. */
export function useShareRecords(): readonly ShareRecord[] {
  const register = useShareRegister();
  return useSyncExternalStore(register.subscribe, register.list, register.list);
}
