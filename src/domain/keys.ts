/**
 * The one way to join a jurisdiction and an id into a key (140525/xzspj): departments, transfer
 * lists and responsibilities are keyed this way, and so are holders in the holdings history.
 * Jurisdiction ids never contain a slash (see jurisdictionId in src/schemas/common.ts), so the
 * first slash splits a key again.
 */

/** 140525 + xzspj → 140525/xzspj. */
export const jurisdictionKey = (jurisdiction: string, id: string): string => `${jurisdiction}/${id}`;

/** 140525/xzspj → ['140525', 'xzspj']; a key without a slash has an empty jurisdiction. */
export function splitJurisdictionKey(key: string): readonly [jurisdiction: string, id: string] {
  const i = key.indexOf('/');
  return i < 0 ? ['', key] : [key.slice(0, i), key.slice(i + 1)];
}
