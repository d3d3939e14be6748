/**
 * The one group-by of the code base. Items are grouped by one key each, or by several (an item
 * then appears in every group it names). Groups come in `order` first (keys that have items), then
 * the other keys in order of first appearance; items keep their order within a group.
 */
export function groupBy<T, K extends PropertyKey>(
  items: Iterable<T>,
  keys: (item: T) => K | readonly K[],
  order: readonly K[] = [],
): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = keys(item);
    for (const key of Array.isArray(k) ? (k as readonly K[]) : [k as K]) {
      const list = groups.get(key);
      if (list) list.push(item);
      else groups.set(key, [item]);
    }
  }
  if (order.length === 0) return groups;
  const ordered = new Map<K, T[]>();
  for (const key of order) {
    const list = groups.get(key);
    if (list && !ordered.has(key)) ordered.set(key, list);
  }
  for (const [key, list] of groups) if (!ordered.has(key)) ordered.set(key, list);
  return ordered;
}
