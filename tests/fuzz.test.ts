/**
 * Property-based fuzzing of the validator with mutations of the demo catalogue: lines deleted,
 * duplicated, swapped and re-indented, CJK, full-width and control characters inserted, files
 * truncated (also inside a multi-byte character), keys inserted. Whatever a staff member pastes,
 * the validator never throws, never prints, and reports every problem located and on one line.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { formatProblem } from '../src/check/problems.ts';
import { RULES } from '../src/check/rules/index.ts';
import { validateSource } from '../src/check/validate.ts';
import { fsSource } from '../src/io/source.ts';
import { REPO } from './helpers/cli.ts';
import { TODAY } from './helpers/fixture.ts';
import { memorySource } from './helpers/memory-source.ts';

const SEED = 20_261_201;
/** Cases, each mutating this many files of the demo once: 50 × 10 = 500 mutations (a full validation per case keeps the test near 30 s). */
const CASES = 50;
const PER_CASE = 10;

const demo = fsSource(REPO);
const DEMO: Readonly<Record<string, Buffer>> = Object.fromEntries(
  [...demo.list('data'), ...demo.list('src/content/notices')].map((f) => [f, demo.read(f)!]),
);
const FILES = Object.keys(DEMO);
const RULE_IDS = new Set(RULES.map((r) => r.id));

const CJK = '审批局泽州县行政许可办事指南材料申请表事项编码晋城市开发区';
const FULL_WIDTH = '：，。（）【】　１２３４５６ａｂｃ＃－＇＂｜＞';
const CONTROL = '\u0000\u0007\b\t\v\f\r\u001b\u007f\u0085\u00a0\u2028\u2029\ufeff\u200b';
const YAML_SYNTAX = ":-?[]{}&*!|>'\"%@`#,\n ";
const CHARS = [...new Set([...CJK, ...FULL_WIDTH, ...CONTROL, ...YAML_SYNTAX])];

const text = fc.string({ unit: fc.constantFrom(...CHARS), maxLength: 12 });
const mutation = fc.record({
  kind: fc.constantFrom('delete', 'duplicate', 'swap', 'reindent', 'insert-text', 'truncate', 'insert-key'),
  file: fc.nat(),
  a: fc.nat(),
  b: fc.nat(),
  indent: fc.integer({ min: -4, max: 6 }),
  text,
});
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

/** Applies one mutation to a file's bytes. */
function mutate(bytes: Buffer, m: Mutation): Buffer {
  if (m.kind === 'truncate') return bytes.subarray(0, m.a % (bytes.length + 1));
  const lines = bytes.toString('utf8').split('\n');
  const i = m.a % lines.length;
  const j = m.b % lines.length;
  switch (m.kind) {
    case 'delete':
      lines.splice(i, 1);
      break;
    case 'duplicate':
      lines.splice(i, 0, lines[i]!);
      break;
    case 'swap':
      [lines[i], lines[j]] = [lines[j]!, lines[i]!];
      break;
    case 'reindent':
      lines[i] = m.indent >= 0 ? `${' '.repeat(m.indent)}${lines[i]}` : lines[i]!.slice(-m.indent);
      break;
    case 'insert-text': {
      const line = lines[i]!;
      const at = m.b % (line.length + 1);
      lines[i] = `${line.slice(0, at)}${m.text}${line.slice(at)}`;
      break;
    }
    case 'insert-key':
      lines.splice(i, 0, `${' '.repeat(Math.max(0, m.indent))}${m.text || '键'}: ${m.text}`);
      break;
  }
  return Buffer.from(lines.join('\n'), 'utf8');
}

describe('fuzzing the validator with mutations of the demo catalogue', () => {
  it(`never throws or prints; every problem is located, of a registered rule, on one line (${CASES * PER_CASE} mutations)`, { timeout: 120_000 }, () => {
    let mutations = 0;
    let slowest = 0;
    const spies = [
      vi.spyOn(process.stdout, 'write'),
      vi.spyOn(process.stderr, 'write'),
      vi.spyOn(process, 'emitWarning'),
      ...(['log', 'info', 'warn', 'error', 'debug', 'trace'] as const).map((m) => vi.spyOn(console, m)),
    ];
    try {
      fc.assert(
        fc.property(fc.array(mutation, { minLength: PER_CASE, maxLength: PER_CASE }), (ms) => {
          const files: Record<string, Buffer> = { ...DEMO };
          const touched = new Set<string>();
          for (const m of ms) {
            // A different file for each mutation of a case, so that each one is seen by the loader.
            let k = m.file % FILES.length;
            while (touched.has(FILES[k]!)) k = (k + 1) % FILES.length;
            const file = FILES[k]!;
            touched.add(file);
            files[file] = mutate(files[file]!, m);
            mutations++;
          }
          for (const s of spies) s.mockClear();
          const started = performance.now();
          const result = validateSource(memorySource(files), { today: TODAY });
          const ms_ = performance.now() - started;
          slowest = Math.max(slowest, ms_);
          expect(ms_, 'one case').toBeLessThan(10_000);
          for (const p of result.problems) {
            const where = JSON.stringify(p);
            expect(p.file in files, where).toBe(true);
            expect(p.line, where).toBeGreaterThanOrEqual(1);
            expect(p.col, where).toBeGreaterThanOrEqual(1);
            expect(RULE_IDS.has(p.rule), where).toBe(true);
            expect(p.message, where).not.toBe('');
            expect(formatProblem(p), where).not.toMatch(/[\n\r\v\f\u0085\u2028\u2029]/);
          }
          for (const s of spies) expect(s, 'nothing printed').not.toHaveBeenCalled();
        }),
        { seed: SEED, numRuns: CASES, endOnFailure: true },
      );
    } finally {
      for (const s of spies) s.mockRestore();
    }
    expect(mutations).toBeGreaterThanOrEqual(500);
    expect(slowest).toBeLessThan(10_000);
  });
});
