/** A change to a view kept in the URL: the fields to set, or a function of the view the URL holds now. */
export type UrlViewPatch<V> = Partial<V> | ((current: V) => Partial<V>);

/** The fields a patch sets, given the view the URL holds now. */
export function patchFields<V>(patch: UrlViewPatch<V>, current: V): Partial<V> {
  return typeof patch === 'function' ? patch(current) : patch;
}
