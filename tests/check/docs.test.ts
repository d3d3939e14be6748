/** The rule documentation (npm run docs) comes from the rule files and is up to date. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { RULES } from '../../src/check/rules/index.ts';
import { main as docsMain } from '../../src/cli/docs.ts';
import { REPO, runCommand } from '../helpers/cli.ts';

const between = (text: string, start: string, end: string) => text.slice(text.indexOf(start) + start.length, text.indexOf(end));

describe('npm run docs', () => {
  let tmp: string | undefined;
  afterEach(() => tmp && fs.rmSync(tmp, { recursive: true, force: true }));

  it('README.md and docs/rules.md are up to date with the rules', async () => {
    const r = await runCommand(docsMain, ['--check']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('the README lists every rule once, loader checks first, hints marked', () => {
    const table = between(fs.readFileSync(path.join(REPO, 'README.md'), 'utf8'), '<!-- rules:start -->', '<!-- rules:end -->');
    const rows = [...table.matchAll(/^\| `([a-z-]+)` \| (\S+) \| (.+) \|$/gm)];
    expect(rows.map((m) => m[1])).toEqual([...RULES.filter((r) => !r.check), ...RULES.filter((r) => r.check)].map((r) => r.id));
    for (const m of rows) {
      const rule = RULES.find((r) => r.id === m[1])!;
      expect(m[2], rule.id).toBe(rule.n > 0 ? String(rule.n) : '–');
      expect(m[3], rule.id).toContain(rule.title);
      expect(m[3]!.endsWith('（提示）'), rule.id).toBe(rule.severity === 'warning');
    }
  });

  it('docs/rules.md gives every rule its number, severity, title and the doc comment of its file', () => {
    const doc = fs.readFileSync(path.join(REPO, 'docs/rules.md'), 'utf8');
    for (const r of RULES) {
      const section = `${doc.split(`\n## ${r.id}\n`)[1]?.split('\n## ')[0]}`;
      expect(section, r.id).toContain(`- Severity: ${r.severity}`);
      expect(section, r.id).toContain(`- Title: ${r.title}`);
      expect(section, r.id).toContain(`- Number: ${r.n > 0 ? r.n : '–'}`);
      const source = fs.readFileSync(path.join(REPO, 'src/check/rules', `${r.id}.ts`), 'utf8');
      const firstLine = /^\/\*\*\s*\n?\s*\*?\s*(.+?)(?:\s*\*\/)?$/m.exec(source)![1]!;
      expect(section, r.id).toContain(firstLine);
    }
  });

  it('--check exits 1 on a stale table and writes nothing; without it the files are rewritten', async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'oneseal-docs-'));
    const readme = fs.readFileSync(path.join(REPO, 'README.md'), 'utf8').replace('| `catch-all` | 10 |', '| `catch-all` | 11 |');
    fs.writeFileSync(path.join(tmp, 'README.md'), readme);
    const check = await runCommand(docsMain, ['--check'], tmp);
    expect(check.code).toBe(1);
    expect(check.stderr).toContain('README.md、docs/rules.md');
    expect(fs.readFileSync(path.join(tmp, 'README.md'), 'utf8')).toBe(readme);
    expect(fs.existsSync(path.join(tmp, 'docs'))).toBe(false);
    expect((await runCommand(docsMain, [], tmp)).code).toBe(0);
    expect(fs.readFileSync(path.join(tmp, 'README.md'), 'utf8')).toBe(fs.readFileSync(path.join(REPO, 'README.md'), 'utf8'));
    expect(fs.readFileSync(path.join(tmp, 'docs/rules.md'), 'utf8')).toBe(fs.readFileSync(path.join(REPO, 'docs/rules.md'), 'utf8'));
    expect((await runCommand(docsMain, ['--check'], tmp)).code).toBe(0);
  });

  it('refuses a README without the markers, naming them', async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'oneseal-docs-'));
    fs.writeFileSync(path.join(tmp, 'README.md'), '# OneSeal\n');
    const r = await runCommand(docsMain, [], tmp);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('<!-- rules:start -->');
    expect(r.stderr).not.toMatch(/at .+:\d+:\d+/);
  });
});
