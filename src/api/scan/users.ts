import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { z } from 'zod';
import { getScanSessionSnapshot, startScanSession, subscribeScanSession } from './session';

/**
 * `POST /api/v1/users`. The reference lists five strings (three required) and a boolean "If true, we will
 * send marketing emails to this user" defaulting to false. ASSUMED names: first_name, last_name, email
 * (required), phone (optional), and `marketing_opt_in`.
 */
export const createScanUserSchema = z.object({
  first_name: z.string().trim().min(1).max(255),
  last_name: z.string().trim().min(1).max(255),
  email: z.email(),
  phone: z.string().trim().min(1).max(50).optional(),
  marketing_opt_in: z.boolean().default(false),
});
export type CreateScanUserInput = z.input<typeof createScanUserSchema>;

export const scanUserKeys = {
  all: ['scan'] as const,
};

/** Creates the user and starts its session (tokens stay in ./session). Resolves with the expiry only. */
export async function createScanUser(input: CreateScanUserInput, options: { signal?: AbortSignal } = {}) {
  const body = createScanUserSchema.parse(input);
  return startScanSession(body, options);
}

/** Creating a user switches the session: everything cached for the previous user is dropped. */
export function useCreateScanUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateScanUserInput) => createScanUser(input),
    onSuccess: () => queryClient.removeQueries({ queryKey: scanUserKeys.all }),
  });
}

/** Whether a Scan.com user is active in this tab (never exposes the tokens). */
export function useScanSession() {
  return useSyncExternalStore(subscribeScanSession, getScanSessionSnapshot, getScanSessionSnapshot);
}
