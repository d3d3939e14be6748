/**
 * What `npm run bench -- --synthetic` reports: the memory of a whole process tree (a child and
 * the process it starts), the growth exponent, and the table of one small synthetic run.
 */
import { describe, expect, it } from 'vitest';
import { treeOf } from '../../src/bench/proc-tree.ts';
import { formatTable, growthExponent, main as bench, measure } from '../../src/cli/bench.ts';
import { runCommand } from '../helpers/cli.ts';

/** A Node process that starts another, which holds `mb` MB for a moment; the parent holds little. */
const grandchild = (mb: number) =>
  `const { spawnSync } = require('node:child_process');` +
  `spawnSync(process.execPath, ['-e', 'const b = Buffer.alloc(${mb} * 2 ** 20, 1); setTimeout(() => b.length, 600);'], { stdio: 'inherit' });`;

describe('process tree memory', () => {
  it('counts the memory of a grandchild, not only of the child', async () => {
    const m = await measure(process.execPath, ['-e', grandchild(300)], process.cwd(), process.env);
    expect(m.code).toBe(0);
    // The grandchild alone holds 300 MB; a Node process without it stays far below.
    expect(m.peakRss).toBeGreaterThan(300 * 2 ** 20);
    expect(m.cpu).toBeGreaterThan(0);
  });

  it('lists a process and its descendants', () => {
    expect(treeOf(process.pid)).toContain(process.pid);
  });
});

describe('growth exponent and table', () => {
  it('is 1 for linear growth and 2 for quadratic', () => {
    expect(growthExponent(1000, 2, 5000, 10)).toBeCloseTo(1, 10);
    expect(growthExponent(1000, 2, 5000, 50)).toBeCloseTo(2, 10);
  });

  it('right-aligns cells, counting a CJK character as two columns', () => {
    const t = formatTable([{ header: '记录', cell: (r: number) => String(r) }, { header: 'x', cell: (r: number, p?: number) => (p === undefined ? '–' : String(r - p)) }], [5, 12]);
    expect(t.split('\n')).toEqual(['记录  x', '   5  –', '  12  7']);
  });
});

describe('npm run bench -- --synthetic', () => {
  it('checks a generated catalogue and prints a row per size with its record count and memory', async () => {
    const r = await runCommand(bench, ['--synthetic', '50', '--runs', '1']);
    expect(r.code).toBe(0);
    const row = r.stdout.trim().split('\n').at(-1)!.trim().split(/\s+/);
    // guides, records (the check's file count), generation, check, CPU, per 1k, exponents, memory
    expect(row[0]).toBe('50');
    expect(Number(row[1])).toBeGreaterThan(400);
    expect(Number(row.at(-1))).toBeGreaterThan(30);
  });

  it('refuses a size that is not a positive integer', async () => {
    const r = await runCommand(bench, ['--synthetic', '50,abc']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--synthetic 的每个指南数应为正整数，收到了“abc”');
  });
});
