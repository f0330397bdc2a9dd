import { z } from 'zod';
import { type CallOptions, callLibrary, type LibraryCall } from './call';
import type { PostDicomCloudApi } from './library';
import { loadPostDicomLibrary, resetPostDicomLibrary } from './loader';
import { idSchema, successSchema } from './schemas';

/** `Initialize` calls back with `{ Success, Message, Account }`: the account, its users and its institutions. */
export const postDicomUserSchema = z.object({
  UserUuid: idSchema,
  UserName: z.string(),
  FirstName: z.string().optional(),
  LastName: z.string().optional(),
  Email: z.string().optional(),
});
export const postDicomInstitutionSchema = z.object({
  InstitutionUuid: idSchema,
  InstitutionName: z.string(),
});
export const postDicomAccountSchema = z.object({
  AccountUuid: idSchema.optional(),
  AccountName: z.string().optional(),
  UserList: z.array(postDicomUserSchema),
  InstitutionList: z.array(postDicomInstitutionSchema),
});
export const initializeResultSchema = successSchema.extend({ Account: postDicomAccountSchema });

export type PostDicomUser = z.infer<typeof postDicomUserSchema>;
export type PostDicomInstitution = z.infer<typeof postDicomInstitutionSchema>;
export type PostDicomAccount = z.infer<typeof postDicomAccountSchema>;

interface Session {
  api: PostDicomCloudApi;
  account: PostDicomAccount;
}

let session: Promise<Session> | null = null;

async function open(options: CallOptions): Promise<Session> {
  const api = await loadPostDicomLibrary();
  const result = await callLibrary(
    api,
    {
      method: 'Initialize',
      invoke: (lib, callback) => lib.Initialize(callback),
      schema: initializeResultSchema,
    },
    options,
  );
  return { api, account: result.Account };
}

/**
 * Loads the library (first use only) and calls `Initialize` once; every other method waits for it, as the
 * vendor says to initialize first. `force` calls `Initialize` again (e.g. to refresh the user list).
 * A failure is not cached: the next call tries again.
 */
export function openPostDicomSession(options: CallOptions & { force?: boolean } = {}): Promise<Session> {
  if (!session || options.force) {
    const opening = open(options);
    session = opening;
    opening.catch(() => {
      if (session === opening) session = null;
    });
  }
  return session;
}

/** The initialized library object. */
export async function getPostDicomApi(options: CallOptions = {}): Promise<PostDicomCloudApi> {
  return (await openPostDicomSession(options)).api;
}

/** Forgets the session and the library object (tests; after the keys were rotated). */
export function resetPostDicomSession(): void {
  session = null;
  resetPostDicomLibrary();
}

/** Opens the session if needed, then calls one library method (see ./call.ts for the error mapping). */
export async function runPostDicom<S extends z.ZodType>(
  call: LibraryCall<S>,
  options: CallOptions = {},
): Promise<z.output<S>> {
  const api = await getPostDicomApi(options);
  return callLibrary(api, call, options);
}
