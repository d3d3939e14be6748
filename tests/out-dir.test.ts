/** Where `npm run export` may write (src/io/out-dir.ts): the policy alone, on a temporary repository. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { outDirProblem } from '../src/io/out-dir.ts';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'oneseal-out-'));
for (const d of ['data/matters', 'src', 'node_modules/x', '.git', 'dist/open-data/csv', 'notes']) fs.mkdirSync(path.join(root, d), { recursive: true });
fs.writeFileSync(path.join(root, 'dist/open-data/catalogue.json'), '{}');
fs.writeFileSync(path.join(root, 'notes/todo.txt'), 'x');
fs.writeFileSync(path.join(root, 'README.md'), 'x');
fs.mkdirSync(path.join(root, 'empty'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const problem = (out: string, force = false) => outDirProblem({ root, out, force });

describe('outDirProblem', () => {
  it('refuses the filesystem root, the repository and its own folders (and anything inside them)', () => {
    expect(problem('/')).toContain('根目录');
    expect(problem('.')).toContain('仓库目录本身');
    expect(problem(root)).toContain('仓库目录本身');
    expect(problem('data')).toContain('data/ 目录');
    expect(problem('data/matters/new')).toContain('data/ 目录');
    expect(problem('src/out')).toContain('src/ 目录');
    expect(problem('node_modules/x')).toContain('node_modules/ 目录');
    expect(problem('.git')).toContain('.git/ 目录');
    expect(problem('schemas')).toContain('schemas/ 目录');
  });

  it('refuses an existing file and a folder holding anything but an earlier export', () => {
    expect(problem('README.md')).toContain('已有的文件');
    expect(problem('notes')).toContain('不是空的');
    expect(problem('notes', true)).toContain('不是空的');
  });

  it('replaces an earlier export only with --force', () => {
    expect(problem('dist/open-data')).toContain('--force');
    expect(problem('dist/open-data', true)).toBeUndefined();
  });

  it('accepts a new folder and an empty one', () => {
    expect(problem('export-2026')).toBeUndefined();
    expect(problem('empty')).toBeUndefined();
    expect(problem(path.join(os.tmpdir(), 'oneseal-out-new-folder'))).toBeUndefined();
  });
});
