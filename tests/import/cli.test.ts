/** Bad input to npm run import: a located Chinese message, exit 1 or 2, nothing written, no stack trace. */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, lingchuanCatalogue, runImport } from './helpers.ts';

let cat: ReturnType<typeof lingchuanCatalogue>;
let before: string[];
beforeAll(() => {
  cat = lingchuanCatalogue();
  const dir = path.join(cat.dir, 'in');
  fs.mkdirSync(dir);
  fs.writeFileSync(path.join(dir, 'notice.pdf'), '%PDF-1.4\n');
  fs.writeFileSync(path.join(dir, 'renamed.docx'), '这不是 Word 文件');
  fs.writeFileSync(path.join(dir, 'old.docx'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
  fs.writeFileSync(path.join(dir, 'empty.txt'), '');
  fs.writeFileSync(path.join(dir, 'blank.md'), '\n   \n\n');
  // 第 3 行 in GBK: “县交通运输局” is not UTF-8.
  fs.writeFileSync(path.join(dir, 'gbk.txt'), Buffer.concat([Buffer.from('泽州县人民政府\n关于的通知\n', 'utf8'), Buffer.from([0xcf, 0xd8, 0xbd, 0xbb, 0xcd, 0xa8]), Buffer.from('\n')]));
  fs.writeFileSync(
    path.join(dir, 'prose.txt'),
    '陵川县人民政府\n关于做好审批服务工作的通知\n各乡（镇）人民政府：\n一、提高认识\n各部门要高度重视审批服务工作。\n二、加强协作\n各部门要密切配合。\n陵川县人民政府\n2021年3月1日\n',
  );
  fs.copyFileSync(path.join(FIXTURES, 'lingchuan-2021-7.txt'), path.join(dir, 'ok.txt'));
  before = cat.files();
});
afterAll(() => {
  expect(cat.files()).toEqual(before); // nothing was written by any of these runs
  cat.cleanup();
});

const run = (...args: string[]) => runImport(args, cat.dir);

describe('npm run import: bad input', () => {
  it.each([
    [['notice', 'in/notice.pdf', '--jurisdiction', '140524'], 2, '“in/notice.pdf”不是可以导入的文件：只能导入 .docx、.txt、.md 文件'],
    [['notice', 'in/missing.txt', '--jurisdiction', '140524'], 2, '找不到通知文件“in/missing.txt”'],
    [['notice', 'in/ok.txt', '--jurisdiction', '999999'], 2, '没有区划“999999”（data/jurisdictions/ 中有：'],
    [['notice', 'in/ok.txt'], 2, '缺少 --jurisdiction'],
    [['notice', '--jurisdiction', '140524'], 2, '缺少通知文件'],
    [[], 2, '缺少要导入的内容'],
    [['guide', 'in/ok.txt', '--jurisdiction', '140524'], 2, '不认识的导入类型“guide”'],
    [['notice', 'in/ok.txt', '--jurisdiction', '140524', '--force'], 2, '不认识的选项“--force”'],
    [['notice', 'in/ok.txt', '--jurisdiction', '140524', '--id', 'Bad Id'], 2, '--id 只能使用小写英文字母'],
    [['notice', 'in/renamed.docx', '--jurisdiction', '140524'], 1, 'in/renamed.docx  不是有效的 Word 文件：.docx 文件应是 zip 压缩包'],
    [['notice', 'in/old.docx', '--jurisdiction', '140524'], 1, 'in/old.docx  不是有效的 Word 文件（这是旧版 Word 的 .doc 格式）'],
    [['notice', 'in/empty.txt', '--jurisdiction', '140524'], 1, 'in/empty.txt  文件是空的'],
    [['notice', 'in/blank.md', '--jurisdiction', '140524'], 1, 'in/blank.md  文件是空的'],
    [['notice', 'in/gbk.txt', '--jurisdiction', '140524'], 1, 'in/gbk.txt:3  文件不是 UTF-8 编码'],
    [['notice', 'in/prose.txt', '--jurisdiction', '140524', '--write'], 1, 'in/prose.txt:4  事项  没有找到逐项列出的事项'],
  ])('%j → exit %i', async (args, code, message) => {
    const r = await run(...args);
    expect(r.stderr).toContain(message);
    expect(r.code).toBe(code);
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toMatch(/\n\s+at /u);
    if (code === 2) expect(r.stderr).toContain('用法见 npm run import -- --help');
  });

  it('prints its help on stdout with exit 0', async () => {
    const r = await run('--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('用法：npm run import -- notice <通知文件> --jurisdiction <区划>');
  });

  it('drafts a list in process and refuses a file type it cannot read', async () => {
    const r = await runImport(['notice', 'in/ok.txt', '--jurisdiction', '140524'], cat.dir);
    expect(r.stderr).toContain('共 5 个事项（划转 4、划回 1）');
    expect(r.stdout).toContain('id: 2021-03-15-adjustment\n');
    expect(r.code).toBe(0);
    const bad = await runImport(['notice', 'in/notice.pdf', '--jurisdiction', '140524'], cat.dir);
    expect(bad.code).toBe(2);
  });
});
