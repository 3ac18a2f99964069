/** The items once each, in first-seen order. */
export const unique = <T>(items: T[]) => [...new Set(items)];

/** The items by key; each group keeps the input order. */
export const group = <T, K>(items: T[], key: (item: T) => K) => {
  const map = new Map<K, T[]>();
  for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
  return map;
};
