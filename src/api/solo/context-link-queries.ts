import { useMutation } from '@tanstack/react-query';
import { type WithMutationConfig, withMutationConfig } from '../query-config';
import { requestSoloContextLink } from './context-links';
import type { SoloContextLink } from './linking';

/** The context link, encrypted by the console's server (./context-links.ts). A mutation: never retried, never cached. */
export function useRequestSoloContextLink({
  mutationConfig,
}: WithMutationConfig<string, SoloContextLink> = {}) {
  return useMutation(
    withMutationConfig(
      { mutationFn: (context: SoloContextLink) => requestSoloContextLink(context) },
      mutationConfig,
    ),
  );
}
