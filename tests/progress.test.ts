/**
 * Progress of npm run check (src/cli/progress.ts): on a terminal, a line redrawn in place once
 * the work has taken a second; in a log, one line per stage for a large catalogue; always on
 * stderr, so stdout stays the problem list.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { generateSyntheticCatalogue } from '../src/bench/synthetic.ts';
import { main as check } from '../src/cli/check.ts';
import { progressReporter } from '../src/cli/progress.ts';
import { runCommand } from './helpers/cli.ts';

/** A writer that records what it is given, and a clock the test moves. */
function fake(isTTY: boolean) {
  const written: string[] = [];
  let t = 0;
  return { out: { write: (s: string) => written.push(s), isTTY }, written, now: () => t, advance: (ms: number) => (t += ms) };
}

describe('progress in a log (not a terminal)', () => {
  it('writes one line per stage when the stage ends, for a catalogue of many files', () => {
    const f = fake(false);
    const p = progressReporter(f.out, { now: f.now, minFiles: 3 });
    for (let i = 1; i <= 4; i++) {
      f.advance(500);
      p.update('读取记录', i, 4);
    }
    p.update('建立索引', 0, 1);
    f.advance(250);
    p.update('建立索引', 1, 1);
    p.finish();
    expect(f.written).toEqual(['读取记录：4/4，用时 2.0 s（共 2.0 s）\n', '建立索引：1/1，用时 0.3 s（共 2.3 s）\n']);
  });

  it('writes nothing for a small catalogue', () => {
    const f = fake(false);
    const p = progressReporter(f.out, { now: f.now, minFiles: 1000 });
    f.advance(5000);
    p.update('读取记录', 87, 87);
    p.update('规则检查', 20, 20);
    p.finish();
    expect(f.written).toEqual([]);
  });
});

describe('progress on a terminal', () => {
  it('stays silent for the first second, then redraws stage, n / N, time so far and time left, and clears the line at the end', () => {
    const f = fake(true);
    const p = progressReporter(f.out, { now: f.now, delayMs: 1000, redrawMs: 100 });
    f.advance(400);
    p.update('读取记录', 1, 10);
    expect(f.written).toEqual([]);
    f.advance(600);
    p.update('读取记录', 5, 10);
    f.advance(10);
    p.update('读取记录', 6, 10); // too soon after the last redraw
    p.finish();
    expect(f.written).toEqual(['\r\x1b[K读取记录 5/10，已用 1.0 s，预计还需 1.0 s', '\r\x1b[K']);
  });
});

describe('npm run check on a large catalogue, not on a terminal', () => {
  const cat = generateSyntheticCatalogue({ guides: 450, seed: 5 });
  afterAll(() => cat.cleanup());

  it('writes a line per stage to stderr and leaves stdout the summary alone', async () => {
    const r = await runCommand(check, [cat.dir, `--today=${cat.today}`]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`检查了 ${cat.files} 个文件，没有发现问题。\n`);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines.map((l) => l.replace(/，用时.*/, ''))).toEqual([`读取记录：${cat.files}/${cat.files}`, '建立索引：1/1', expect.stringMatching(/^规则检查：(\d+)\/\1$/)]);
  });
});
