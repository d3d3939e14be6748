import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { REPO, copyDemo, runScript } from './helpers/cli.ts';

const LINE = /^(\S+):(\d+):(\d+) {2}([a-z-]+) {2}(\S+) {2}(.+)$/;

describe('npm run check', () => {
  let cleanup: (() => void) | undefined;
  afterEach(() => cleanup?.());

  it('passes the demo catalogue with exit 0', () => {
    const r = runScript('scripts/check.ts', []);
    expect(r.stdout).toContain('没有发现问题');
    expect(r.code).toBe(0);
  });

  it('fails with exit 1 and a located message when a held matter loses its guide', () => {
    const demo = copyDemo();
    cleanup = demo.cleanup;
    const guides = path.join(demo.dir, 'data/guides/140525');
    const victim = fs.readdirSync(guides).sort()[0]!;
    fs.rmSync(path.join(guides, victim));
    const r = runScript('scripts/check.ts', [demo.dir]);
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n');
    const problem = lines.find((l) => l.includes('held-coverage'));
    expect(problem, r.stdout).toBeDefined();
    const m = LINE.exec(problem!)!;
    expect(m[1]).toMatch(/^data\/transfers\/140525\/.+\.yaml$/);
    expect(m[5]).toMatch(/^entries\[\d+\]\.matter$/);
    expect(m[6]).toContain('没有办事指南');
    expect(lines.at(-1)).toMatch(/1 个错误/);
    expect(r.stderr).not.toMatch(/at .+:\d+:\d+/); // no stack trace
  });

  it('collects every problem of a badly broken file and never prints a stack trace', () => {
    const demo = copyDemo();
    cleanup = demo.cleanup;
    const file = path.join(demo.dir, 'data/jurisdictions/140525.yaml');
    fs.writeFileSync(file, 'id: １４０５２５\nname: 泽州县\nlevel: 县\nparent: [\n');
    fs.writeFileSync(path.join(demo.dir, 'data/stray.yaml'), 'a: 1\n');
    const r = runScript('scripts/check.ts', [demo.dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/data\/jurisdictions\/140525\.yaml:\d+:\d+ {2}yaml-syntax/);
    expect(r.stdout).toMatch(/data\/stray\.yaml:1:1 {2}file-location/);
    expect(r.stderr).toBe('');
  });

  it('writes nothing', () => {
    const demo = copyDemo();
    cleanup = demo.cleanup;
    const before = fs.readdirSync(demo.dir, { recursive: true }).sort();
    runScript('scripts/check.ts', [demo.dir]);
    expect(fs.readdirSync(demo.dir, { recursive: true }).sort()).toEqual(before);
  });

  it('exits 2 on a usage error and explains it in Chinese', () => {
    const r = runScript('scripts/check.ts', ['--bogus']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('用法');
    const two = runScript('scripts/check.ts', ['a', 'b']);
    expect(two.code).toBe(2);
    expect(runScript('scripts/check.ts', ['--today=yesterday']).code).toBe(2);
  });

  it('stops quietly when its output pipe closes early', () => {
    // `true` exits without reading, so the pipe is closed before the first write.
    const r = spawnSync('sh', ['-c', `"${process.execPath}" scripts/check.ts --rules | true`], { cwd: REPO, encoding: 'utf8' });
    expect(r.stderr).not.toMatch(/EPIPE|at .+:\d+:\d+/);
  });

  it('prints help and the rule list', () => {
    expect(runScript('scripts/check.ts', ['--help']).stdout).toContain('退出码');
    const rules = runScript('scripts/check.ts', ['--rules']).stdout;
    expect(rules).toContain('held-coverage');
    expect(rules).toContain('catch-all');
  });

  it('gives JSON for other programs', () => {
    const r = runScript('scripts/check.ts', ['--json']);
    const json = JSON.parse(r.stdout) as { ok: boolean; problems: unknown[] };
    expect(json.ok).toBe(true);
  });
});

describe('npm run schemas', () => {
  it('schemas/ is up to date with the zod schemas', () => {
    const r = runScript('scripts/schemas.ts', ['--check']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
  it('every data file points editors at its schema', () => {
    const root = path.join(import.meta.dirname, '..', 'data');
    const files = (fs.readdirSync(root, { recursive: true }) as string[]).filter((f) => f.endsWith('.yaml'));
    expect(files.length).toBeGreaterThan(40);
    for (const f of files) {
      const first = fs.readFileSync(path.join(root, f), 'utf8').split('\n')[0]!;
      const collection = f.split(path.sep)[0]!;
      const m = /^# yaml-language-server: \$schema=(\S+)$/.exec(first);
      expect(m, f).not.toBeNull();
      expect(path.resolve(root, path.dirname(f), m![1]!), f).toBe(path.resolve(root, '..', 'schemas', `${collection}.schema.json`));
    }
  });
});

describe('npm run fmt', () => {
  it('finds the repository data in canonical form', () => {
    const r = runScript('scripts/fmt.ts', ['--check']);
    expect(r.stdout + r.stderr).toContain('都是规范格式');
    expect(r.code).toBe(0);
  });
});

describe('measurement scripts', () => {
  it.each(['scripts/bench.ts', 'scripts/audit-pages.ts'])('%s prints help and refuses a bad --runs', (script) => {
    const help = runScript(script, ['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('中位数');
    const bad = runScript(script, ['--runs', 'many']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--runs 应为正整数');
  });
});
