/**
 * Holdings over time. Folding a jurisdiction's transfer lists in date order gives, for every
 * matter and date, the department that holds it. Each list is checked against the state just
 * before it takes effect: 划转 moves only what the bureau does not hold, 划回 only what it holds.
 */
import type { TransferEntry, TransferList } from '../schemas/index.ts';
import { type CatalogueIndex, effectiveDate } from './catalogue.ts';
import { jurisdictionKey } from './keys.ts';
import type { Loaded } from '../io/load.ts';

/** One period during which a department held a matter. */
export interface HoldingPeriod {
  /** Department key (jurisdiction/id). */
  readonly holder: string;
  /** First day of the period; undefined for "since before the first list". */
  readonly from?: string;
  /** The list that started the period. */
  readonly list?: Loaded<TransferList>;
  readonly entryIndex?: number;
  readonly direction?: TransferEntry['direction'];
}

/** A list entry that does not fit the state just before its list took effect. */
export interface HoldingConflict {
  readonly list: Loaded<TransferList>;
  readonly entryIndex: number;
  /** The department that held the matter then, if known. */
  readonly heldBy?: string;
  /** The list that gave it that holder. */
  readonly heldSince?: Loaded<TransferList>;
  readonly kind: 'already-held' | 'not-held' | 'wrong-from';
}

export interface Holdings {
  readonly jurisdiction: string;
  /** For every matter code named by a list: its periods, oldest first. */
  readonly history: ReadonlyMap<string, readonly HoldingPeriod[]>;
  readonly conflicts: readonly HoldingConflict[];
  /** The department that held `matter` on `date` (ISO), or undefined when no list names it. */
  holderOn(matter: string, date: string): string | undefined;
  /** The current holder (after every published list). */
  currentHolder(matter: string): string | undefined;
  /** Matter codes the department holds now. */
  heldBy(department: string): string[];
}

/** Folds the transfer lists of one jurisdiction. `bureau` is the approval bureau's department key. */
export function foldHoldings(index: CatalogueIndex, jurisdiction: string): Holdings {
  const lists = index.transfersOf(jurisdiction);
  const bureau = index.approvalBureau(jurisdiction);
  const bureauKey = bureau ? jurisdictionKey(jurisdiction, bureau.data.id) : undefined;
  const history = new Map<string, HoldingPeriod[]>();
  const conflicts: HoldingConflict[] = [];

  for (const list of lists) {
    const from = effectiveDate(list.data);
    list.data.entries.forEach((entry, entryIndex) => {
      const periods = history.get(entry.matter) ?? [];
      const last = periods.at(-1);
      const fromKey = jurisdictionKey(jurisdiction, entry.from);
      const toKey = jurisdictionKey(jurisdiction, entry.to);
      const heldBy = last?.holder;
      const conflict = (kind: HoldingConflict['kind']) =>
        conflicts.push({ list, entryIndex, kind, ...(heldBy ? { heldBy } : {}), ...(last?.list ? { heldSince: last.list } : {}) });
      if (entry.direction === '划转') {
        if (heldBy !== undefined && heldBy === bureauKey) conflict('already-held');
        else if (heldBy !== undefined && heldBy !== fromKey) conflict('wrong-from');
      } else {
        if (heldBy === undefined || heldBy !== bureauKey) conflict('not-held');
        else if (heldBy !== fromKey) conflict('wrong-from');
      }
      if (periods.length === 0) periods.push({ holder: fromKey });
      periods.push({ holder: toKey, from, list, entryIndex, direction: entry.direction });
      history.set(entry.matter, periods);
    });
  }

  const holderOn = (matter: string, date: string) => {
    const periods = history.get(matter);
    if (!periods) return undefined;
    let holder: string | undefined;
    for (const p of periods) if (p.from === undefined || p.from <= date) holder = p.holder;
    return holder;
  };
  const currentHolder = (matter: string) => history.get(matter)?.at(-1)?.holder;
  return {
    jurisdiction,
    history,
    conflicts,
    holderOn,
    currentHolder,
    heldBy: (department) => [...history.keys()].filter((m) => currentHolder(m) === department).sort(),
  };
}
