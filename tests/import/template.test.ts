/**
 * npm run template: a blank workbook per importable sheet, from the importer's column tables, with
 * drop-down lists that equal the code lists; a template filled in with a demo record imports cleanly.
 */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/template.ts';
import { SHEET_KINDS, SHEET_TITLES } from '../../src/domain/sheet-columns.ts';
import { LISTS_SHEET, TEMPLATE_ROWS, templateColumns } from '../../src/import/xlsx/template.ts';
import { HANDLING_TYPES, MATTER_TYPES, RESULT_TYPES, TRANSFER_DIRECTIONS } from '../../src/schemas/codes.ts';
import { copyDemo, runCommand } from '../helpers/cli.ts';
import { runImport } from './helpers.ts';

let demo: ReturnType<typeof copyDemo>;
beforeEach(() => {
  demo = copyDemo();
});
afterEach(() => demo.cleanup());

async function template(kind: string, out: string): Promise<ExcelJS.Workbook> {
  const r = await runCommand(main, [kind, '--out', out], demo.dir);
  expect(r.code, r.stderr).toBe(0);
  expect(r.stdout).toBe(`已生成${SHEET_TITLES[kind as keyof typeof SHEET_TITLES]}模板 ${out}：填好后运行 npm run import -- xlsx ${out} 预览导入结果。\n`);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(demo.dir, out));
  return wb;
}

/** The options of the drop-down at a cell, read from the hidden list sheet it points at. */
function dropDown(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet, ref: string): string[] | undefined {
  const v = ws.getCell(ref).dataValidation;
  if (!v || v.type !== 'list') return undefined;
  const m = /^'(.+)'!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/u.exec(v.formulae?.[0] ?? '');
  expect(m, String(v.formulae?.[0])).not.toBeNull();
  const lists = wb.getWorksheet(m![1]!)!;
  const out: string[] = [];
  for (let r = Number(m![3]); r <= Number(m![5]); r++) out.push(String(lists.getCell(`${m![2]}${r}`).value));
  return out;
}

const labels = (list: { entries: readonly (readonly [string, string])[] }) => list.entries.map(([, l]) => l);

describe('npm run template', () => {
  it.each(SHEET_KINDS)('%s: header frozen, a note on every column, drop-downs equal to the code lists and the department names', async (kind) => {
    const wb = await template(kind, `${kind}.xlsx`);
    const ws = wb.getWorksheet(SHEET_TITLES[kind])!;
    expect(wb.getWorksheet(LISTS_SHEET)!.state).toBe('veryHidden');
    const headerRow = kind === 'transfer' ? 7 : 1;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: headerRow });
    const columns = templateColumns(kind);
    expect(columns.map((_, i) => ws.getCell(headerRow, i + 1).value)).toEqual(columns.map((c) => c.header));
    const departments = fs
      .readdirSync(path.join(demo.dir, 'data/departments'), { recursive: true })
      .filter((f) => String(f).endsWith('.yaml'))
      .map((f) => /\nname: (.+)\n/u.exec(fs.readFileSync(path.join(demo.dir, 'data/departments', String(f)), 'utf8'))![1]!);
    columns.forEach((c, i) => {
      const header = ws.getCell(headerRow, i + 1);
      expect(header.note, c.header).toBe(c.note);
      const first = ws.getCell(headerRow + 1, i + 1).address;
      const last = ws.getCell(headerRow + TEMPLATE_ROWS, i + 1).address;
      const options = dropDown(wb, ws, first);
      if (c.codes && c.type === 'code') expect(options, c.header).toEqual(labels(c.codes));
      else if (c.type === 'department') expect([...(options ?? [])].sort(), c.header).toEqual([...new Set(departments)].sort());
      else if (c.type === 'yesNo') expect(options).toEqual(['是', '否']);
      else expect(options, c.header).toBeUndefined();
      if (options) expect(dropDown(wb, ws, last)).toEqual(options);
      if (c.type === 'basicCode') expect(ws.getCell(first).numFmt).toBe('@');
    });
    // The lists checked against the schemas' own code lists, by name.
    const byHeader = (h: string) => dropDown(wb, ws, ws.getCell(headerRow + 1, columns.findIndex((c) => c.header === h) + 1).address);
    if (kind === 'transfer') {
      expect(byHeader('事项类型')).toEqual(labels(MATTER_TYPES));
      expect(byHeader('方向')).toEqual(labels(TRANSFER_DIRECTIONS));
    }
    if (kind === 'implementation') {
      expect(byHeader('办件类型')).toEqual(labels(HANDLING_TYPES));
      expect(byHeader('审批结果类型')).toEqual(labels(RESULT_TYPES));
    }
    // No cell of the template holds a formula.
    for (const sheet of wb.worksheets) sheet.eachRow((row) => row.eachCell((cell) => expect(cell.formula).toBeFalsy()));
  });

  it('gives the same bytes twice, never overwrites a file and never writes into the repository’s folders', async () => {
    await template('transfer', 'a.xlsx');
    await template('transfer', 'b.xlsx');
    expect(fs.readFileSync(path.join(demo.dir, 'a.xlsx')).equals(fs.readFileSync(path.join(demo.dir, 'b.xlsx')))).toBe(true);
    for (const [args, message] of [
      [['transfer', '--out', 'a.xlsx'], '“a.xlsx”已经存在，不会覆盖'],
      [['transfer', '--out', 'data/t.xlsx'], '不能把文件写到仓库的 data/ 目录（“data/t.xlsx”）中'],
      [['transfer', '--out', 't.csv'], '--out 的文件名要以 .xlsx 结尾'],
      [['roster'], '不认识的种类“roster”'],
      [[], '缺少种类'],
    ] as const) {
      const r = await runCommand(main, [...args], demo.dir);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toContain(message);
    }
    expect(fs.existsSync(path.join(demo.dir, 'data/t.xlsx'))).toBe(false);
  });
});

describe('a template filled in with a demo record', () => {
  const fill = async (kind: string, rows: Record<number, Record<number, ExcelJS.CellValue>>) => {
    const wb = await template(kind, `${kind}.xlsx`);
    const ws = wb.getWorksheet(SHEET_TITLES[kind as keyof typeof SHEET_TITLES])!;
    for (const [r, cells] of Object.entries(rows)) for (const [c, v] of Object.entries(cells)) ws.getCell(Number(r), Number(c)).value = v;
    fs.writeFileSync(path.join(demo.dir, `${kind}.xlsx`), Buffer.from(await wb.xlsx.writeBuffer()));
    const before = fs.readdirSync(path.join(demo.dir, 'data'), { recursive: true }).map(String).sort().map((f) => [f, fs.statSync(path.join(demo.dir, 'data', f)).isFile() ? fs.readFileSync(path.join(demo.dir, 'data', f), 'utf8') : '']);
    const r = await runImport(['xlsx', `${kind}.xlsx`, '--write'], demo.dir);
    const after = fs.readdirSync(path.join(demo.dir, 'data'), { recursive: true }).map(String).sort().map((f) => [f, fs.statSync(path.join(demo.dir, 'data', f)).isFile() ? fs.readFileSync(path.join(demo.dir, 'data', f), 'utf8') : '']);
    return { r, same: JSON.stringify(before) === JSON.stringify(after) };
  };

  it('imports cleanly: a transfer list', async () => {
    const entries = [
      ['人防工程监理乙级以下资质年检', '141017002000', '其他行政权力', '泽州县住房和城乡建设管理局', '泽州县行政审批服务管理局', '划转'],
      ['森林植物及其产品、苗木和其它繁殖材料省内调运检疫', '140131001000', '行政许可', '泽州县林业局', '泽州县行政审批服务管理局', '划转'],
    ];
    const rows: Record<number, Record<number, ExcelJS.CellValue>> = {
      1: { 1: '泽州县相对集中行政许可权改革首批划转事项（摘录）' },
      2: { 2: '（未载明）' },
      3: { 2: '泽州县人民政府' },
      4: { 2: '2019-12-01（推定）' },
    };
    entries.forEach((e, i) => (rows[8 + i] = Object.fromEntries([i + 1, ...e].map((v, c) => [c + 1, v]))));
    const { r } = await fill('transfer', rows);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    // The sheet lists two of the list's eight entries: the import keeps them, in place, and removes the rest.
    expect(r.stdout).toContain('划转清单：新增 0，删除 0，修改 1');
    const text = fs.readFileSync(path.join(demo.dir, 'data/transfers/140525/first-batch.yaml'), 'utf8');
    expect(text.match(/- matter: '(\d+)'/gu)).toEqual(["- matter: '141017002000'", "- matter: '140131001000'"]);
  });

  it('imports cleanly: a guide and a responsibility division, unchanged', async () => {
    const guide = await fill('implementation', {
      2: { 1: '新增客运班线经营许可', 2: '140121001003', 3: '11140525MB195120394140121001003', 4: '行政许可', 5: '泽州县行政审批服务管理局', 9: '承诺件', 11: '15个工作日', 12: 1, 15: '泽州县政务服务中心 县行政审批服务管理局 交通运输审批窗口', 19: '否' },
    });
    expect(guide.r.code, guide.r.stderr).toBe(0);
    expect(guide.r.stdout).toContain('没有需要修改的文件');
    expect(guide.same).toBe(true);
    const memo = await fill('responsibility', {
      2: { 1: '新增客运班线经营许可', 2: '140121001003', 3: '泽州县行政审批服务管理局', 4: '审批结果信息', 5: '泽州县交通运输局', 7: '审管联动系统、一体化在线政务服务平台' },
    });
    expect(memo.r.code, memo.r.stderr).toBe(0);
    expect(memo.r.stdout).toContain('没有需要修改的文件');
    expect(memo.same).toBe(true);
  });
});
