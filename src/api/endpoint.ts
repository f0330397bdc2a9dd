/**
 * One entry of a vendor's endpoint table (`src/api/<vendor>/endpoints.ts`). The path template is written
 * once, as the vendor's documentation writes it (`/orders/{id}/`); the path builder, the name used in errors
 * and logs (`GET /orders/{id}/`) and the msw route of the mock (`/orders/:id/`) are all derived from it, so
 * they can never disagree.
 */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** `'/a/{x}/b/{y}'` → `'x' | 'y'`. */
export type PathParams<T extends string> = T extends `${string}{${infer P}}${infer Rest}`
  ? P | PathParams<Rest>
  : never;

type ParamArgs<T extends string> = [PathParams<T>] extends [never]
  ? []
  : [params: Record<PathParams<T>, string | number>];

/** What a client request needs from the table: spread it into `client.request({ ...e.at(params), schema })`. */
export interface EndpointCall<M extends HttpMethod = HttpMethod> {
  method: M;
  path: string;
  endpoint: string;
}

export interface Endpoint<M extends HttpMethod = HttpMethod, T extends string = string> {
  readonly method: M;
  /** The vendor's path template, e.g. `/orders/{id}/`. */
  readonly template: T;
  /** `METHOD template`: the stable name of the endpoint in errors and logs. */
  readonly name: `${M} ${T}`;
  /** The same path as an msw route (`{id}` → `:id`), for the mock's handlers. */
  readonly route: string;
  /** The path with every `{param}` filled in, URI-encoded. */
  path(...params: ParamArgs<T>): string;
  /** `{ method, path, endpoint }` for the vendor client. */
  at(...params: ParamArgs<T>): EndpointCall<M>;
}

export function defineEndpoint<M extends HttpMethod, T extends string>(
  method: M,
  template: T,
): Endpoint<M, T> {
  const path = (...args: ParamArgs<T>): string => {
    const values = (args[0] ?? {}) as Record<string, string | number>;
    return template.replace(/\{([^}]+)\}/g, (_, name: string) => {
      const value = values[name];
      if (value === undefined) throw new Error(`No value for {${name}} in ${template}`);
      return encodeURIComponent(String(value));
    });
  };
  const name = `${method} ${template}` as const;
  return {
    method,
    template,
    name,
    route: template.replace(/\{([^}]+)\}/g, ':$1'),
    path,
    at: (...args) => ({ method, path: path(...args), endpoint: name }),
  };
}
