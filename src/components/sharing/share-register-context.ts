import { createContext, useContext } from 'react';
import { type ShareRegister, sessionShareRegister } from './share-register';

/**
 * The register in use: the session's in-memory one by default; a server-side one can be provided later.
 * A module of its own, this small: the idle lock (first route) clears the register through it.
 */
export const ShareRegisterContext = createContext<ShareRegister>(sessionShareRegister);

/** The register as provided, for clearing it (the idle lock); the dialogs use `useShareRegister`. */
export function useProvidedShareRegister(): ShareRegister {
  return useContext(ShareRegisterContext);
}
