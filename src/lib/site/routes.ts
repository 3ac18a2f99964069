/**
 * "One page per entry" routes: every `[id].astro`-style route turns a list of entries into Astro's
 * `getStaticPaths` result the same way, so the route files stay thin and name only what differs.
 */

/** One static path: the entry's id as the route parameter, the entry itself as the named prop. */
export type EntryPath<K extends string, E> = {
  params: Record<string, string>;
  props: Record<K, E>;
};

/**
 * One page per entry: `params[param]` is the entry's id and `props[prop]` the entry.
 * Throws, naming the prop, when two entries share an id (Astro would silently keep one page).
 */
export function pagePerEntry<K extends string, E extends { id: string }>(
  entries: readonly E[],
  prop: K,
  param = 'id',
): EntryPath<K, E>[] {
  const seen = new Set<string>();
  return entries.map((entry) => {
    if (seen.has(entry.id)) throw new Error(`pagePerEntry: two ${prop} entries share the id "${entry.id}"`);
    seen.add(entry.id);
    return { params: { [param]: entry.id }, props: { [prop]: entry } as Record<K, E> };
  });
}
