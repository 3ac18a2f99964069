/** The items once each, in first-seen order. */
export const unique = <T>(items: T[]) => [...new Set(items)];

/** The items by key; each group keeps the input order. */
export const group = <T, K>(items: T[], key: (item: T) => K) => {
  const map = new Map<K, T[]>();
  for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
  return map;
};

/** A provision and every provision under it, as a set of ids; `provisions` lists parents before their children. */
export function subtreeIds(provisions: { id: string; data: { parent?: { id: string } | undefined } }[], root: string) {
  const inside = new Set([root]);
  for (const p of provisions) if (p.data.parent && inside.has(p.data.parent.id)) inside.add(p.id);
  return inside;
}
