/**
 * The fast canonical writer of src/io/fast-canonical.ts writes exactly what the full formatter
 * (canonicalize, src/io/canonical.ts) writes whenever it writes anything: on the demo, on the
 * synthetic catalogue and on random records. Rule canonical-form trusts a text equal to the fast
 * writer's output without asking the full formatter, so this is what keeps its hints right.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { generateSyntheticCatalogue } from '../src/bench/synthetic.ts';
import { canonicalize, collectionOfFile } from '../src/io/canonical.ts';
import { fastCanonical, isFastCanonical } from '../src/io/fast-canonical.ts';
import { parseSimpleYaml } from '../src/io/fast-yaml.ts';
import { parseYaml } from '../src/io/yaml.ts';
import { type FileSource, fsSource } from '../src/io/source.ts';
import { REPO } from './helpers/cli.ts';

const records = (src: FileSource) =>
  src
    .list('data')
    .filter((f) => f.endsWith('.yaml') && collectionOfFile(f) !== undefined)
    .map((file) => ({ file, text: src.read(file)!.toString('utf8') }));

const demo = records(fsSource(REPO));

/** The full formatter's text for a file. */
function full(text: string, file: string): string {
  const outcome = canonicalize(text, file);
  if (outcome.kind !== 'ok') throw new Error(`${file}: ${outcome.kind}`);
  return outcome.text;
}

/**
 * The fast writer's text for a file's value (undefined when the reader or the writer declines),
 * after checking that the comparing form (what the loader uses) says whether the text is that.
 */
const fast = (text: string, file: string) => {
  const read = parseSimpleYaml(text);
  if (!read) return undefined;
  const out = fastCanonical(read.value, file);
  expect(isFastCanonical(text, read.value, file), file).toBe(out === text);
  return out;
};

const synthetic = generateSyntheticCatalogue({ guides: 50, seed: 7 });
afterAll(() => synthetic.cleanup());

describe('fast canonical writer', () => {
  it('writes every demo record as the full formatter does, and most of them at all', () => {
    let written = 0;
    for (const { file, text } of demo) {
      const out = fast(text, file);
      if (out === undefined) continue;
      written++;
      expect(out, file).toBe(full(text, file));
    }
    expect(demo.length).toBeGreaterThan(70);
    // The demo is canonical: a file the fast writer does not give back as written holds comments.
    const commented = demo.filter((d) => d.text.split('\n').slice(1).some((l) => /^\s*#/.test(l)));
    expect(written).toBeGreaterThanOrEqual(demo.length - commented.length);
    for (const d of demo.filter((x) => !commented.includes(x))) expect(fast(d.text, d.file), d.file).toBe(d.text);
  });

  it('writes every synthetic record as the full formatter does, which is the text generated', () => {
    const files = records(fsSource(synthetic.dir));
    expect(files.length).toBeGreaterThan(100);
    for (const { file, text } of files) {
      expect(fast(text, file), file).toBe(text);
      expect(full(text, file), file).toBe(text);
    }
  });

  it('declines what it does not reproduce, and what is not a record', () => {
    const file = 'data/matters/140121001000.yaml';
    for (const value of [{ a: 'x\ny' }, { a: 'tab\there' }, { a: "it's: a \\ path" }, { a: '--- x' }, { 'a-b': 1 }, { true: 1 }, { a: 140525 }, { a: 1e21 }, { a: Number.NaN }, { a: [['x', { y: 1 }]] }, { a: undefined }, {}, ['a'], 'a']) {
      expect(fastCanonical(value, file), JSON.stringify(value)).toBeUndefined();
    }
    expect(fastCanonical({ a: 1 }, 'data/unknown/x.yaml')).toBeUndefined();
    expect(fastCanonical({ a: 1 }, 'src/content/notices/x.mdx')).toBeUndefined();
  });

  const CHARS = [...new Set([...'审批局泽州县：，　１２', ...":-?[]{}&*!|>'\"%@`#,.~\n  ", '\u0000', '\t', '\u3000', ...'0123456789eE+-xo'])];
  const scalar = fc.oneof(
    fc.string({ unit: fc.constantFrom(...CHARS), maxLength: 10 }),
    fc.constantFrom('true', 'null', 'Null', '~', '', '0.5', '1e3', '0x1f', '.inf', '012', '140525', '2020-12-24', 'a: b', 'a #b', '- a', '---', '...'),
    fc.integer(),
    fc.integer({ min: 0, max: 99_999 }),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
  );

  /** The full formatter, handed the fast writer's text, changes nothing and reads the same data. */
  function agrees(value: unknown, file: string): boolean {
    const out = fastCanonical(value, file);
    if (out === undefined) return false;
    expect(full(out, file)).toBe(out);
    expect(parseYaml(out).value).toStrictEqual(value);
    // The comparing form agrees: the text itself, and the text with a line moved or a piece changed.
    expect(isFastCanonical(out, value, file)).toBe(true);
    const lines = out.split('\n');
    const moved = [lines[0], ...lines.slice(2, -1), lines[1], ''].join('\n');
    expect(isFastCanonical(moved, value, file)).toBe(moved === out);
    expect(isFastCanonical(`${out.slice(0, -2)}\n`, value, file)).toBe(false);
    expect(isFastCanonical(`${out}\n`, value, file)).toBe(false);
    return true;
  }

  it('agrees with the full formatter on random records with the keys of real ones', () => {
    expect.hasAssertions();
    // Keys of the demo's records (so the schemas' orders and unions are met), and some unknown ones.
    const keys = new Set(['zz_unknown', 'a', 'value', 'unit']);
    const collect = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(collect);
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) (keys.add(k), collect(x));
    };
    for (const d of demo) collect(parseSimpleYaml(d.text)?.value);
    const key = fc.constantFrom(...[...keys].sort());
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, scalar, fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(key, tie('node'), { maxKeys: 4, noNullPrototype: true }), fc.record({ value: scalar, unit: scalar }, { noNullPrototype: true })),
    })).node;
    const files = [...new Set(demo.map((d) => d.file))];
    let written = 0;
    fc.assert(
      fc.property(fc.dictionary(key, value, { minKeys: 1, maxKeys: 8, noNullPrototype: true }), fc.constantFrom(...files), (record, file) => {
        if (agrees(record, file)) written++;
      }),
      { seed: 20_261_203, numRuns: 3000 },
    );
    expect(written).toBeGreaterThan(300);
  });

  it('agrees with the full formatter on demo records with random values and keys in random order', () => {
    expect.hasAssertions();
    const values = demo.map((d) => ({ file: d.file, value: parseSimpleYaml(d.text)!.value }));
    /** The record with scalars replaced from `pool` and each map's keys rotated by `turn`. */
    const mutate = (v: unknown, pool: unknown[], turn: number, at = { i: 0 }): unknown => {
      if (Array.isArray(v)) return v.map((x) => mutate(x, pool, turn, at));
      if (v && typeof v === 'object') {
        const entries = Object.entries(v);
        const k = entries.length ? (turn + at.i) % entries.length : 0;
        return Object.fromEntries([...entries.slice(k), ...entries.slice(0, k)].map(([key, x]) => [key, mutate(x, pool, turn, at)]));
      }
      const i = at.i++;
      return i % 3 === 0 && pool.length ? pool[i % pool.length] : v;
    };
    let written = 0;
    fc.assert(
      fc.property(fc.nat(), fc.array(scalar, { maxLength: 12 }), fc.nat(), (f, pool, turn) => {
        const { file, value } = values[f % values.length]!;
        if (agrees(mutate(value, pool, turn), file)) written++;
      }),
      { seed: 20_261_204, numRuns: 400 },
    );
    expect(written).toBeGreaterThan(40);
  });
});
