/** Untrusted input: each way a pasted, converted or hostile file once crashed, leaked or passed. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatProblem } from '../src/check/problems.ts';
import { validate, validateSource } from '../src/check/validate.ts';
import { AttachmentError, readAttachment } from '../src/io/files.ts';
import { decodeUtf8 } from '../src/io/text.ts';
import atomicOut, { discard, stagingDir } from '../src/integrations/atomic-out.ts';
import { todayProblem } from '../src/cli/cli.ts';
import { FORM, MATTER, TODAY, baseRecords, problemsOf, rec, run, toFiles } from './helpers/fixture.ts';
import { memorySource } from './helpers/memory-source.ts';
import { main as checkMain } from '../src/cli/check.ts';
import { main as exportMain } from '../src/cli/export.ts';
import { copyDemo, runCommand } from './helpers/cli.ts';
import { tempRepo } from './helpers/git.ts';
import { gitSource } from '../src/io/git.ts';

const PDF = Buffer.from('%PDF-1.4\n%%EOF\n');

const temps: string[] = [];
const tempDir = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'oneseal-hardening-'));
  temps.push(d);
  return d;
};
afterEach(() => {
  for (const d of temps.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** The fixture written to disk (so that links are real), with the form using department files. */
function onDisk(extra: Record<string, string | Uint8Array> = {}) {
  const records = baseRecords();
  const form = rec(records, FORM);
  delete form.sections;
  form.blank = { file: 'forms/files/blank.pdf' };
  form.sample = { file: 'forms/files/sample.pdf' };
  const root = tempDir();
  const files = toFiles(records, { 'data/forms/files/blank.pdf': PDF, 'data/forms/files/sample.pdf': PDF, ...extra });
  for (const [f, content] of Object.entries(files)) {
    fs.mkdirSync(path.join(root, path.dirname(f)), { recursive: true });
    fs.writeFileSync(path.join(root, f), content);
  }
  return root;
}

const check = (root: string) => validate(root, { today: TODAY });

describe('symbolic links under data/ are reported, never followed (item 1)', () => {
  it('the fixture on disk is clean', () => {
    expect(check(onDisk()).problems).toEqual([]);
  });

  it('reports a linked attachment and does not read through it', () => {
    const root = onDisk();
    const outside = path.join(tempDir(), 'secret.pdf');
    fs.writeFileSync(outside, PDF);
    fs.rmSync(path.join(root, 'data/forms/files/sample.pdf'));
    fs.symlinkSync(outside, path.join(root, 'data/forms/files/sample.pdf'));
    const result = check(root);
    expect(result.ok).toBe(false);
    const [link] = problemsOf(result, 'file-location');
    expect(link).toMatchObject({ file: 'data/forms/files/sample.pdf', line: 1, col: 1 });
    expect(link!.message).toContain('符号链接');
    const [ref] = problemsOf(result, 'form-files');
    expect(ref).toMatchObject({ file: FORM, path: 'sample.file' });
    expect(ref!.message).toContain('data/ 目录之外');
  });

  it('reports a linked YAML record instead of skipping it silently', () => {
    const root = onDisk();
    const elsewhere = path.join(tempDir(), 'm.yaml');
    fs.writeFileSync(elsewhere, fs.readFileSync(path.join(root, MATTER)));
    fs.symlinkSync(elsewhere, path.join(root, 'data/matters/141099001000.yaml'));
    const found = problemsOf(check(root), 'file-location');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: 'data/matters/141099001000.yaml', line: 1 });
    expect(found[0]!.message).toContain('符号链接');
  });

  it('reports a linked folder, and the attachments reached through it by their real path', () => {
    const root = onDisk();
    const elsewhere = tempDir();
    fs.cpSync(path.join(root, 'data/forms/files'), elsewhere, { recursive: true });
    fs.rmSync(path.join(root, 'data/forms/files'), { recursive: true });
    fs.symlinkSync(elsewhere, path.join(root, 'data/forms/files'));
    const result = check(root);
    expect(problemsOf(result, 'file-location').map((p) => p.file)).toEqual(['data/forms/files']);
    const refs = problemsOf(result, 'form-files');
    expect(refs.map((p) => p.path).sort()).toEqual(['blank.file', 'sample.file']);
    expect(refs[0]!.message).toContain('符号链接');
  });

  it('reports a link committed to git, in a version read from git', () => {
    const repo = tempRepo();
    try {
      repo.write(toFiles(baseRecords()));
      fs.symlinkSync('../../../outside.yaml', path.join(repo.dir, 'data/matters/141099001000.yaml'));
      repo.git('add', '-A');
      repo.git('commit', '-q', '-m', 'link');
      const found = problemsOf(validateSource(gitSource(repo.dir, 'HEAD'), { today: TODAY }), 'file-location');
      expect(found.map((p) => `${p.file}:${p.line}`)).toEqual(['data/matters/141099001000.yaml:1']);
      expect(found[0]!.message).toContain('符号链接');
    } finally {
      repo.cleanup();
    }
  });

  it('explains a backslash path instead of passing it to the build', () => {
    const records = baseRecords();
    const form = rec(records, FORM);
    delete form.sections;
    form.blank = { file: 'forms\\files\\blank.pdf' };
    form.sample = { file: 'forms/files/sample.pdf' };
    const result = run(records, { 'data/forms/files/blank.pdf': PDF, 'data/forms/files/sample.pdf': PDF });
    const [p] = problemsOf(result, 'form-files');
    expect(p).toMatchObject({ file: FORM, path: 'blank.file', line: 6 });
    expect(p!.message).toContain('反斜杠');
    expect(p!.message).toContain('forms/files/blank.pdf');
  });
});

describe('the build never leaves a partial dist/ (item 2)', () => {
  it('a form file gone since the check stops the page with a Chinese message and no stack trace', () => {
    const gone = path.join(tempDir(), 'blank.pdf');
    let err: unknown;
    try {
      readAttachment(gone, 'forms/files/blank.pdf');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(AttachmentError);
    expect((err as Error).message).toContain('表格文件 data/forms/files/blank.pdf 已不存在');
    expect((err as Error).stack).toBe((err as Error).message);
  });

  /** The integration's hooks, driven as Astro drives them, for an output folder `out`. */
  function start(out: string) {
    const integration = atomicOut();
    const hooks = integration.hooks as Record<string, (arg: any) => void>;
    let outDir: URL | undefined;
    const exitBefore = process.listeners('exit').length;
    hooks['astro:config:setup']!({ config: { outDir: new URL(`file://${out}/`) }, command: 'build', updateConfig: (c: { outDir: URL }) => (outDir = c.outDir) });
    expect(process.listeners('exit').length).toBe(exitBefore + 1);
    const staging = outDir!.pathname.replace(/\/$/, '');
    return { hooks, staging, onExit: process.listeners('exit').at(-1) as () => void };
  }

  it('builds into a sibling of the output folder given (--outDir) and moves it into place at the end', () => {
    const parent = tempDir();
    const out = path.join(parent, 'site-out');
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, 'old.html'), 'old');
    const { hooks, staging } = start(out);
    expect(staging).toBe(stagingDir(out));
    expect(path.dirname(staging)).toBe(parent);
    fs.mkdirSync(staging, { recursive: true });
    fs.writeFileSync(path.join(staging, 'new.html'), 'new');
    expect(fs.readdirSync(out)).toEqual(['old.html']); // untouched while building
    hooks['astro:build:done']!({ logger: { info: () => {} } });
    expect(fs.readdirSync(out)).toEqual(['new.html']);
    expect(fs.readdirSync(parent)).toEqual(['site-out']);
  });

  it('leaves the old output folder untouched and removes the temporary folder when the build fails', () => {
    const parent = tempDir();
    const out = path.join(parent, 'dist');
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, 'index.html'), 'old');
    const { staging, onExit } = start(out);
    fs.mkdirSync(path.join(staging, 'forms'), { recursive: true });
    fs.writeFileSync(path.join(staging, 'forms', 'half.html'), 'partial');
    onExit(); // the process ends without astro:build:done
    process.removeListener('exit', onExit);
    expect(fs.readdirSync(parent)).toEqual(['dist']);
    expect(fs.readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('old');
    discard(staging);
  });
});

const matterWith = (yaml: string) => validateSource(memorySource({ ...toFiles(baseRecords()), 'data/matters/141099001000.yaml': yaml }), { today: TODAY });
const onlyProblem = (result: ReturnType<typeof matterWith>) => {
  expect(result.problems, JSON.stringify(result.problems, null, 1)).toHaveLength(1);
  return result.problems[0]!;
};

describe('hostile YAML gets located Chinese messages (items 3, 7, 8)', () => {
  it('an alias bomb is a yaml-syntax problem at its first alias (item 3)', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefg'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefg'[i]}`).join(', ')}]`)].join('\n');
    const p = onlyProblem(matterWith(`${bomb}\n`));
    expect(p).toMatchObject({ rule: 'yaml-syntax', file: 'data/matters/141099001000.yaml', line: 2, col: 8 });
    expect(p.message).toContain('别名');
  });

  it('a list or a map as a key is a yaml-syntax problem, and nothing reaches stderr (item 7)', () => {
    const warn = vi.spyOn(process, 'emitWarning').mockImplementation(() => {});
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      for (const [yaml, line, col] of [
        ['code: x\n? [a, b]\n: 1\n', 2, 3],
        ['code: x\n{a: 1}: 2\n', 2, 1],
      ] as const) {
        const p = onlyProblem(matterWith(yaml));
        expect(p).toMatchObject({ rule: 'yaml-syntax', file: 'data/matters/141099001000.yaml', line, col });
        expect(p.message).toContain('键必须是普通文字');
      }
      expect(warn).not.toHaveBeenCalled();
      expect(err).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
      err.mockRestore();
    }
  });

  it('10,000 nested lists give a Chinese message, not "Maximum call stack size exceeded" (item 8)', () => {
    const p = onlyProblem(matterWith(`code: x\nnotices: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`));
    expect(p).toMatchObject({ rule: 'yaml-syntax', line: 2, col: 74 });
    expect(p.message).toContain('嵌套层数过多');
    const block = onlyProblem(matterWith(Array.from({ length: 2000 }, (_, i) => `${' '.repeat(i)}- `).join('\n')));
    expect(block).toMatchObject({ rule: 'yaml-syntax', line: 160, col: 161 });
    expect(block.message).toContain('嵌套层数过多');
  });

  it('a second document (---) gives a Chinese message at the separator (item 8)', () => {
    const p = onlyProblem(matterWith('code: x\n---\ncode: y\n'));
    expect(p).toMatchObject({ rule: 'yaml-syntax', file: 'data/matters/141099001000.yaml', line: 2, col: 1 });
    expect(p.message).toContain('第二个文档分隔符 ---');
    expect(p.message).not.toMatch(/parseAllDocuments|Source contains/);
  });
});

describe('files that are not UTF-8 (item 4)', () => {
  it('a GBK file is reported at its first bad byte, saying to save it as UTF-8', () => {
    const gbk = Buffer.concat([Buffer.from("id: '140500'\nname: "), Buffer.from([0xbd, 0xfa, 0xb3, 0xc7, 0xca, 0xd0]), Buffer.from('\nlevel: 市级\n')]);
    const result = validateSource(memorySource({ ...toFiles(baseRecords()), 'data/jurisdictions/140500.yaml': gbk }), { today: TODAY });
    const p = problemsOf(result, 'yaml-syntax')[0]!;
    expect(p).toMatchObject({ file: 'data/jurisdictions/140500.yaml', line: 2, col: 7 });
    expect(p.message).toContain('文件不是 UTF-8 编码');
    expect(p.message).toContain('另存为 UTF-8');
  });

  it('a file whose very first byte is not UTF-8 is reported on line 1, column 1', () => {
    expect(decodeUtf8(Buffer.from([0xb9, 0xd8, 0x0a, 0x41, 0x0a]))).toMatchObject({ pos: { line: 1, col: 1 } });
  });

  it('a UTF-8 byte-order mark is accepted, with only the hint that npm run fmt removes it', () => {
    const files = toFiles(baseRecords());
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(files[MATTER] as string)]);
    const found = validateSource(memorySource({ ...files, [MATTER]: withBom }), { today: TODAY }).problems;
    expect(found.map((p) => `${p.file}:${p.line} ${p.rule} ${p.severity}`)).toEqual([`${MATTER}:1 canonical-form warning`]);
  });
});

describe('cycles, misnamed and stray files (item 5)', () => {
  it('reports a jurisdiction parent cycle at the parent field of each jurisdiction in it', () => {
    const records = baseRecords();
    rec(records, 'data/jurisdictions/140500.yaml').parent = '140525';
    const found = problemsOf(run(records), 'jurisdiction-cycle');
    expect(found.map((p) => `${p.file}:${p.line} ${p.path}`)).toEqual(['data/jurisdictions/140500.yaml:5 parent', 'data/jurisdictions/140525.yaml:5 parent']);
    expect(found[0]!.message).toContain('循环');
  });

  it('reports a matter file whose name is not its code, at the code', () => {
    const records = baseRecords();
    records['data/matters/140121009000.yaml'] = records[MATTER]!;
    delete records[MATTER];
    const found = problemsOf(run(records), 'file-location');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: 'data/matters/140121009000.yaml', path: 'code', line: 3 });
    expect(found[0]!.message).toContain('改名为 140121001000.yaml');
  });

  it('reports renamed records and backups under data/ as stray files, and accepts attachments', () => {
    const records = baseRecords();
    const guide = 'data/guides/140525/140121001003.yaml';
    const text = toFiles(records)[guide] as string;
    delete records[guide];
    const result = run(records, {
      'data/guides/140525/140121001003.yaml.txt': text,
      'data/matters/140121001000.yml~': 'x',
      'data/forms/old.bak': 'x',
      'data/forms/files/blank.pdf': PDF,
      'data/forms/files/notes.txt': 'x',
    });
    const stray = problemsOf(result, 'file-location');
    expect(stray.map((p) => `${p.file}:${p.line}:${p.col}`)).toEqual([
      'data/forms/files/notes.txt:1:1',
      'data/forms/old.bak:1:1',
      'data/guides/140525/140121001003.yaml.txt:1:1',
      'data/matters/140121001000.yml~:1:1',
    ]);
    expect(stray[2]!.message).toContain('请改名为 140121001003.yaml');
    expect(stray[0]!.message).toContain('不支持的附件类型');
  });
});

describe('one problem is one line (item 6)', () => {
  it('folds line breaks in a message and a path into ⏎', () => {
    const line = formatProblem({ file: 'data/a.yaml', line: 3, col: 5, rule: 'schema', path: 'a\nb', message: '第一行\n第二行\r\n第三行\u2028', severity: 'error' });
    expect(line).toBe('data/a.yaml:3:5  schema  a⏎b  第一行⏎第二行⏎第三行⏎');
  });

  it('a block-scalar value quoted in a message stays on one line', () => {
    const records = baseRecords();
    rec(records, MATTER).type = '行政许可\n其他\n';
    const p = problemsOf(run(records), 'schema')[0]!;
    expect(p.message).toContain('\n');
    expect(formatProblem(p)).not.toMatch(/[\n\r]/);
    expect(formatProblem(p)).toContain('⏎');
  });
});

describe('npm run check refuses what it cannot check (item 9)', () => {
  it('a folder that does not exist, or has no data/, is a usage error, not a clean check', async () => {
    const missing = await runCommand(checkMain, [path.join(tempDir(), 'nonexistent')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('不存在');
    expect(missing.stdout).not.toContain('没有发现问题');
    const empty = await runCommand(checkMain, [tempDir()]);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('没有 data/ 目录');
  });

  it('an impossible --today is a usage error', async () => {
    const r = await runCommand(checkMain, ['--today=2021-02-30']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('“2021-02-30”不是真实的日期');
    expect(r.stderr).not.toMatch(/at .+:\d+:\d+/);
    expect(todayProblem('2024-02-29')).toBeUndefined();
    expect(todayProblem('2021-13-01')).toContain('不是真实的日期');
  });
});

describe('npm run export writes only where it may (item 10)', () => {
  it('refuses / and the catalogue itself with exit 2 and writes nothing', async () => {
    const demo = copyDemo();
    try {
      for (const [out, fragment] of [
        ['/', '根目录'],
        ['data', 'data/ 目录'],
        ['.', '仓库目录本身'],
      ] as const) {
        const r = await runCommand(exportMain, ['--out', out], demo.dir);
        expect(r.code, out).toBe(2);
        expect(r.stderr).toContain(fragment);
      }
      expect(fs.existsSync(path.join(demo.dir, 'data/catalogue.json'))).toBe(false);
      expect(fs.existsSync(path.join(demo.dir, 'catalogue.json'))).toBe(false);
      const again = path.join(demo.dir, 'out');
      expect((await runCommand(exportMain, ['--out', again], demo.dir)).code).toBe(0);
      const second = await runCommand(exportMain, ['--out', again], demo.dir);
      expect(second.code).toBe(2);
      expect(second.stderr).toContain('--force');
      expect((await runCommand(exportMain, ['--out', again, '--force'], demo.dir)).code).toBe(0);
    } finally {
      demo.cleanup();
    }
  }, 120_000);
});
