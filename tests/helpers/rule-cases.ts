/** Running the fixture catalogue for one rule's tests, and finding where a value sits in a file. */
import type { Problem } from '../../src/check/problems.ts';
import { validateSource } from '../../src/check/validate.ts';
import { TODAY, baseRecords, toFiles } from './fixture.ts';
import { memorySource } from './memory-source.ts';

type Files = Record<string, string | Uint8Array>;

/** The fixture's files after `mutate` (records as objects, then any raw files), validated. */
export function checkFixture(mutate: (records: ReturnType<typeof baseRecords>) => void = () => {}, extra: Files = {}) {
  const records = baseRecords();
  mutate(records);
  const files = toFiles(records, extra);
  const result = validateSource(memorySource(files), { today: TODAY });
  return { files, result, of: (rule: string): Problem[] => result.problems.filter((p) => p.rule === rule) };
}

/** 1-based line and column of the first occurrence of `needle` in `text`. */
export function positionOf(text: string | Uint8Array, needle: string): { line: number; col: number } {
  const s = typeof text === 'string' ? text : Buffer.from(text).toString('utf8');
  const at = s.indexOf(needle);
  if (at < 0) throw new Error(`"${needle}" not found`);
  const before = s.slice(0, at).split('\n');
  return { line: before.length, col: before[before.length - 1]!.length + 1 };
}
