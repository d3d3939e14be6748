/**
 * The fast reader of src/io/fast-yaml.ts gives exactly the value of the full YAML parser
 * (parseYaml, src/io/yaml.ts) whenever it gives one, and otherwise declines so that the full
 * parser reports what is wrong: on the demo, on the synthetic catalogue, on random mutations of
 * demo files and on random records written by the yaml library.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { generateSyntheticCatalogue } from '../src/bench/synthetic.ts';
import { parseSimpleYaml } from '../src/io/fast-yaml.ts';
import { fsSource } from '../src/io/source.ts';
import { frontMatter, parseYaml } from '../src/io/yaml.ts';
import { REPO } from './helpers/cli.ts';

const demo = fsSource(REPO);
const yamlOf = (file: string, text: string) => (file.endsWith('.yaml') ? text : (frontMatter(text)?.yaml ?? ''));
const DEMO = [...demo.list('data'), ...demo.list('src/content/notices')]
  .filter((f) => /\.(?:yaml|mdx)$/.test(f))
  .map((f) => ({ file: f, text: yamlOf(f, demo.read(f)!.toString('utf8')) }));

/** The full parser's value when the fast reader gives one; undefined when the fast reader declines. */
function agree(text: string): boolean {
  const fast = parseSimpleYaml(text);
  if (!fast) return false;
  const full = parseYaml(text);
  expect(full.syntaxErrors).toEqual([]);
  expect(fast.value).toStrictEqual(full.value);
  return true;
}

const synthetic = generateSyntheticCatalogue({ guides: 50, seed: 11 });
afterAll(() => synthetic.cleanup());

describe('fast YAML reader', () => {
  it('reads every demo record as the full parser does', () => {
    const read = DEMO.filter((d) => agree(d.text)).map((d) => d.file);
    // Every record file of the demo is in the subset (a notice's front matter may use more).
    const data = DEMO.filter((d) => d.file.startsWith('data/')).map((d) => d.file);
    expect(read.filter((f) => f.startsWith('data/'))).toEqual(data);
    expect(data.length).toBeGreaterThan(70);
  });

  it('reads every synthetic record as the full parser does', () => {
    const src = fsSource(synthetic.dir);
    const files = src.list('data');
    expect(files.filter((f) => agree(src.read(f)!.toString('utf8')))).toEqual(files);
  });

  it('declines what it does not know, and what is not YAML', () => {
    for (const text of ['a: |\n  x\n', 'a: &x 1\nb: *x\n', 'a: 1\na: 2\n', 'a:\tb\n', 'a: "x\n  y"\n', 'a: b\n  c\n', '---\na: 1\n', 'a: ~\n',  'a: 1.5e3\n', 'a: .5\n', "a: ['b, c']\n", 'a: 0x1f\n', 'a: True\n', '- - a\n', 'a: [b, [c]]\n', 'a: b # c\n', '\u3000a: b\n']) {
      expect(parseSimpleYaml(text), text).toBeUndefined();
    }
  });

  it('keeps codes as text, as the loader does: a leading zero or six digits or more', () => {
    expect(parseSimpleYaml("a: 012\nb: 140525\nc: 12\nd: '12'\ne: 2020-12-24\nf: 0.5\n")!.value).toEqual({ a: '012', b: '140525', c: 12, d: '12', e: '2020-12-24', f: 0.5 });
  });

  const CHARS = [...new Set([...'审批局泽州县：，　１２', ...":-?[]{}&*!|>'\"%@`#,\n  ", '\u0000', '\t', '\u3000', '\r'])];
  const text = fc.string({ unit: fc.constantFrom(...CHARS), maxLength: 8 });

  it('agrees with the full parser on random mutations of demo records', () => {
    expect.hasAssertions();
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.nat(), fc.constantFrom('insert', 'delete', 'duplicate', 'reindent'), fc.integer({ min: -3, max: 3 }), text, (f, a, b, kind, indent, t) => {
        const lines = DEMO[f % DEMO.length]!.text.split('\n');
        const i = a % lines.length;
        if (kind === 'insert') lines[i] = lines[i]!.slice(0, b % (lines[i]!.length + 1)) + t + lines[i]!.slice(b % (lines[i]!.length + 1));
        if (kind === 'delete') lines.splice(i, 1);
        if (kind === 'duplicate') lines.splice(i, 0, lines[i]!);
        if (kind === 'reindent') lines[i] = indent >= 0 ? ' '.repeat(indent) + lines[i] : lines[i]!.slice(-indent);
        agree(lines.join('\n'));
      }),
      { seed: 20_261_201, numRuns: 3000 },
    );
  });

  it('agrees with the full parser on random records written by the yaml library', () => {
    expect.hasAssertions();
    const key = fc.constantFrom('a', 'name', 'code', 'value', 'unit', 'x_1', 'faq');
    const scalar = fc.oneof(fc.string({ unit: fc.constantFrom(...CHARS, ...'0123456789.eE+-xo'), maxLength: 10 }), fc.integer(), fc.boolean(), fc.double(), fc.constant(null));
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, scalar, fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(key, tie('node'), { maxKeys: 4 })),
    })).node;
    fc.assert(
      fc.property(fc.dictionary(key, value, { minKeys: 1, maxKeys: 6 }), fc.boolean(), (record, flow) => {
        agree(stringify(record, flow ? { collectionStyle: 'flow' } : {}));
      }),
      { seed: 20_261_202, numRuns: 2000 },
    );
  });
});
