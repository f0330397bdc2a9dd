import type { DefaultError, UseMutationOptions } from '@tanstack/react-query';

/**
 * The config passthrough of every hook of the service layer (bulletproof-react's `queryConfig` /
 * `mutationConfig`): a page can add or override options of one use without a hook of its own.
 *
 *   useSoloPatient(id, { queryConfig: { enabled: Boolean(id), staleTime: 0 } })
 *   useCreateEdenOrder({ mutationConfig: { onSuccess: (result) => navigate(…) } })
 *
 * `queryKey` and `queryFn` come from the module's `queryOptions` factory and cannot be overridden. A
 * mutation's own `onSuccess` (cache updates) always runs, then the caller's. `retry` cannot be set on a
 * mutation: mutations never retry (a retry after a lost answer could create twice).
 */

/** A `queryOptions` factory of any signature. */
type AnyFactory = (...args: never[]) => object;

/** Everything of a `queryOptions(...)` result but its key and function: `QueryConfig<typeof edenOrderQuery>`. */
export type QueryConfig<F extends AnyFactory> = Omit<ReturnType<F>, 'queryKey' | 'queryFn'>;

export interface WithQueryConfig<F extends AnyFactory> {
  queryConfig?: QueryConfig<F>;
}

/** The options of `useMutation` a caller may add, for a mutation function `fn`. */
export type MutationConfig<TData, TVariables> = Omit<
  UseMutationOptions<TData, DefaultError, TVariables>,
  'mutationFn' | 'retry' | 'retryDelay'
>;

export interface WithMutationConfig<TData, TVariables> {
  mutationConfig?: MutationConfig<TData, TVariables>;
}

type Callback<A extends unknown[]> = ((...args: A) => unknown) | undefined;

function chain<A extends unknown[]>(first: Callback<A>, second: Callback<A>): Callback<A> {
  if (!first || !second) return first ?? second;
  return async (...args: A) => {
    await first(...args);
    await second(...args);
  };
}

/**
 * The module's options with the caller's config: the module's `mutationFn` always; the module's
 * `onSuccess` / `onError` / `onSettled` (cache updates) first, then the caller's; any other option as the
 * caller sets it. Mutations never retry.
 */
export function withMutationConfig<TData, TVariables>(
  own: Omit<UseMutationOptions<TData, DefaultError, TVariables>, 'retry'>,
  config: MutationConfig<TData, TVariables> | undefined,
): UseMutationOptions<TData, DefaultError, TVariables> {
  const { onSuccess, onError, onSettled, ...rest } = config ?? {};
  return {
    ...own,
    ...rest,
    mutationFn: own.mutationFn,
    retry: false,
    onSuccess: chain(own.onSuccess, onSuccess),
    onError: chain(own.onError, onError),
    onSettled: chain(own.onSettled, onSettled),
  };
}
