import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main as auditPages } from '../src/cli/audit-pages.ts';
import { main as benchGitSource } from '../src/cli/bench-git-source.ts';
import { main as bench } from '../src/cli/bench.ts';
import { main as check } from '../src/cli/check.ts';
import { main as fmt } from '../src/cli/fmt.ts';
import { main as schemas } from '../src/cli/schemas.ts';
import type { Main } from '../src/cli/cli.ts';
import { REPO, copyDemo, runCommand, runScript } from './helpers/cli.ts';

const LINE = /^(\S+):(\d+):(\d+) {2}([a-z-]+) {2}(\S+) {2}(.+)$/;
const STACK = /at .+:\d+:\d+|Error:/;

describe('npm run check', () => {
  let cleanup: (() => void) | undefined;
  afterEach(() => cleanup?.());

  it('passes the demo catalogue with exit 0', async () => {
    const r = await runCommand(check, []);
    // Its two hints: a guide's fee changed since the last release without a note, and the
    // 2020-12-24 handover that no public record shows as done. No data file is out of its form.
    expect(r.stdout).toMatch(/^data\/guides\/140525\/140121002000\.yaml:\d+:\d+ {2}major-change {2}fees {2}（提示）/);
    expect(r.stdout).toMatch(/^data\/transfers\/140525\/2020-12-24-adjustment\.yaml:\d+:\d+ {2}handover-unrecorded {2}handover\.checklist {2}（提示）/m);
    expect(r.stdout).not.toContain('canonical-form');
    expect(r.stdout).toContain('0 个错误（涉及 0 个文件），2 个提示');
    expect(r.code).toBe(0);
  });

  it('fails with exit 1 and a located message when a held matter loses its guide', async () => {
    const demo = copyDemo();
    cleanup = demo.cleanup;
    const guides = path.join(demo.dir, 'data/guides/140525');
    const victim = fs.readdirSync(guides).sort()[0]!;
    fs.rmSync(path.join(guides, victim));
    const r = await runCommand(check, [demo.dir]);
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n');
    const problem = lines.find((l) => l.includes('held-coverage'));
    expect(problem, r.stdout).toMatch(LINE);
    const m = LINE.exec(problem!)!;
    expect(m[1]).toMatch(/^data\/transfers\/140525\/.+\.yaml$/);
    expect(m[5]).toMatch(/^entries\[\d+\]\.matter$/);
    expect(m[6]).toContain('没有办事指南');
    expect(lines.at(-1)).toMatch(/1 个错误/);
    expect(r.stderr).toBe('');
  });

  it('checks the directory given relative to where it runs', async () => {
    const demo = copyDemo();
    cleanup = demo.cleanup;
    fs.rmSync(path.join(demo.dir, 'data/guides/140525', fs.readdirSync(path.join(demo.dir, 'data/guides/140525')).sort()[0]!));
    const r = await runCommand(check, [path.basename(demo.dir)], path.dirname(demo.dir));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('held-coverage');
    expect((await runCommand(check, [], demo.dir)).code).toBe(1);
  });

  it('collects every problem of a badly broken file and never prints a stack trace', async () => {
    const demo = copyDemo();
    cleanup = demo.cleanup;
    const file = path.join(demo.dir, 'data/jurisdictions/140525.yaml');
    fs.writeFileSync(file, 'id: １４０５２５\nname: 泽州县\nlevel: 县\nparent: [\n');
    fs.writeFileSync(path.join(demo.dir, 'data/stray.yaml'), 'a: 1\n');
    const r = await runCommand(check, [demo.dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/data\/jurisdictions\/140525\.yaml:\d+:\d+ {2}yaml-syntax/);
    expect(r.stdout).toMatch(/data\/stray\.yaml:1:1 {2}file-location/);
    expect(r.stderr).toBe('');
  });

  it('writes nothing', async () => {
    const demo = copyDemo();
    cleanup = demo.cleanup;
    const before = fs.readdirSync(demo.dir, { recursive: true }).sort();
    expect((await runCommand(check, [demo.dir])).code).toBe(0);
    expect(fs.readdirSync(demo.dir, { recursive: true }).sort()).toEqual(before);
  });

  it('exits 2 on a usage error and explains it in Chinese', async () => {
    const cases: [string[], string][] = [
      [['--bogus'], '不认识的选项“--bogus”'],
      [['a', 'b'], '只能检查一个目录，收到了 2 个：a b'],
      [['--today=yesterday'], '--today 应写作 YYYY-MM-DD，收到了“yesterday”'],
    ];
    for (const [args, message] of cases) {
      const r = await runCommand(check, args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(`${message}\n用法见 npm run check -- --help\n`);
    }
  });

  it('prints help and the rule list', async () => {
    const help = await runCommand(check, ['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('退出码');
    const rules = await runCommand(check, ['--rules']);
    expect(rules.code).toBe(0);
    expect(rules.stdout).toContain('held-coverage');
    expect(rules.stdout).toContain('catch-all');
  });

  it('gives JSON for other programs', async () => {
    const r = await runCommand(check, ['--json']);
    const json = JSON.parse(r.stdout) as { ok: boolean; files: number; problems: unknown[] };
    expect(json.ok).toBe(true);
    expect(json.files).toBeGreaterThan(40);
    expect(json.problems).toEqual([
      expect.objectContaining({ rule: 'major-change', severity: 'warning' }),
      expect.objectContaining({ rule: 'handover-unrecorded', severity: 'warning' }),
    ]);
  });
});

describe('npm run schemas', () => {
  it('schemas/ is up to date with the zod schemas', async () => {
    const r = await runCommand(schemas, ['--check']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('schemas/ 是最新的。\n');
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
  it('finds the repository data in canonical form', async () => {
    const r = await runCommand(fmt, ['--check']);
    expect(r.stdout + r.stderr).toContain('都是规范格式');
    expect(r.code).toBe(0);
  });
});

describe('measurement scripts', () => {
  it.each([
    ['bench', bench, 'npm run bench -- --help'],
    ['audit-pages', auditPages, 'npm run audit-pages -- --help'],
    ['bench-git-source', benchGitSource, undefined],
  ] as const)('%s prints help and refuses a bad --runs', async (_name, main, helpHint) => {
    const help = await runCommand(main, ['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('中位数');
    const bad = await runCommand(main, ['--runs', 'many']);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toBe(`--runs 应为正整数，收到了“many”\n${helpHint ? `用法见 ${helpHint}\n` : ''}`);
  });
});

/**
 * One real process per command: scripts/<command>.ts binds main to the process's arguments,
 * streams and exit code, and reports a usage error in Chinese with exit 2 and no stack trace.
 * Help (exit 0, on stdout) is checked in process, through the same main.
 */
describe('each command as a process', () => {
  const USAGE: Record<string, string> = {
    'bench-git-source': '不认识的选项“--bogus”\n用法见 node scripts/bench-git-source.ts --help\n',
  };
  it.each(['check', 'schemas', 'diff', 'fmt', 'export', 'import', 'new', 'template', 'verify', 'docs', 'bench', 'audit-pages', 'bench-git-source', 'typecheck-canary'])('scripts/%s.ts', async (name) => {
    const { main } = (await import(`../src/cli/${name}.ts`)) as { main: Main };
    const [help, bad] = await Promise.all([runCommand(main, ['--help']), runScript(`scripts/${name}.ts`, ['--bogus'])]);
    expect(help.code, help.stderr).toBe(0);
    expect(help.stdout).toMatch(/^用法：/);
    expect(help.stderr).toBe('');
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toBe(USAGE[name] ?? `不认识的选项“--bogus”\n用法见 npm run ${name} -- --help\n`);
    expect(bad.stderr).not.toMatch(STACK);
  });

  it('scripts/check.ts stops quietly when its output pipe closes early', () => {
    // `true` exits without reading, so the pipe is closed before the first write.
    const r = spawnSync('sh', ['-c', `"${process.execPath}" scripts/check.ts --rules | true`], { cwd: REPO, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stderr).not.toMatch(/EPIPE|at .+:\d+:\d+/);
  });
});
