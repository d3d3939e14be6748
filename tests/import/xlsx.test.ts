/**
 * npm run import -- xlsx: workbooks built here with exceljs (no binary fixtures) read into a copy
 * of the demo. Export → import is the identity; sheets of each kind update only the fields they
 * carry; bad input gives a located message and writes nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { transferXlsx } from '../../src/export/index.ts';
import { validate } from '../../src/check/validate.ts';
import { copyDemo } from '../helpers/cli.ts';
import { runImport } from './helpers.ts';

type Cell = ExcelJS.CellValue;
interface SheetSpec {
  readonly name: string;
  readonly rows: readonly (readonly Cell[])[];
  readonly merges?: readonly string[];
}

/** The bytes of a workbook with these sheets. */
export async function book(...sheets: SheetSpec[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((row, i) => row.forEach((v, c) => v !== null && v !== undefined && (ws.getCell(i + 1, c + 1).value = v)));
    for (const m of s.merges ?? []) ws.mergeCells(m);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Every file under data/ with its bytes. */
function tree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of (fs.readdirSync(path.join(dir, 'data'), { recursive: true }) as string[]).sort()) {
    const abs = path.join(dir, 'data', f);
    if (fs.statSync(abs).isFile()) out.set(f.split(path.sep).join('/'), fs.readFileSync(abs).toString('base64'));
  }
  return out;
}

let demo: ReturnType<typeof copyDemo>;
let before: Map<string, string>;
beforeEach(() => {
  demo = copyDemo();
  fs.mkdirSync(path.join(demo.dir, 'in'));
  before = tree(demo.dir);
});
afterEach(() => demo.cleanup());

const put = (name: string, bytes: Uint8Array) => fs.writeFileSync(path.join(demo.dir, 'in', name), bytes);
const run = (...args: string[]) => runImport(args, demo.dir);
const read = (rel: string) => fs.readFileSync(path.join(demo.dir, rel), 'utf8');

/** The lines of `after` that differ from `before`, as -/+ pairs (a small line diff for assertions). */
function changedLines(a: string, b: string): string[] {
  const x = a.split('\n');
  const y = b.split('\n');
  const out: string[] = [];
  for (const l of x) if (!y.includes(l)) out.push(`- ${l}`);
  for (const l of y) if (!x.includes(l)) out.push(`+ ${l}`);
  return out;
}

describe('export → import', () => {
  it('is the identity for every demo transfer list: the exported workbook imports back with no byte changed', async () => {
    const result = validate(demo.dir);
    expect(result.catalogue.transfers.length).toBeGreaterThanOrEqual(2);
    for (const { data: list } of result.catalogue.transfers) {
      put(`${list.id}.xlsx`, await transferXlsx(list, result.index));
      const r = await run('xlsx', `in/${list.id}.xlsx`, '--write');
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe(`in/${list.id}.xlsx 的内容与目录一致（工作表 划转清单（${list.entries.length} 行）），没有需要修改的文件。\n`);
    }
    expect(tree(demo.dir)).toEqual(before);
  });

  it('applies an edited filing workbook: the diff in the text format of npm run diff, only the edited fields written, and a second import changes nothing', async () => {
    const result = validate(demo.dir);
    const list = result.catalogue.transfers.find((t) => t.data.id === '2020-12-24-adjustment')!.data;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await transferXlsx(list, result.index)) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    ws.getCell('C6').value = '6 个月'; // 过渡期
    ws.getCell('G14').value = '交接时一并移交档案'; // 备注 of 客运经营者变更经营许可
    put('edited.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    const file = 'data/transfers/140525/2020-12-24-adjustment.yaml';
    const old = read(file);

    const dry = await run('xlsx', 'in/edited.xlsx');
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toContain('目录差异：当前目录 → in/edited.xlsx');
    expect(dry.stdout).toContain('    * 修改 泽州县人民政府关于“一枚印章管审批”事项调整及完善审管衔接机制的通知［140525/2020-12-24-adjustment］');
    expect(dry.stdout).toContain('        过渡期：3 → 6');
    expect(dry.stdout).toContain('        清单事项［140121001001］·备注：新增 “交接时一并移交档案”');
    expect(dry.stderr).toBe(`预览，未写入文件；确认无误后加 --write 写入 ${file}。\n`);
    expect(tree(demo.dir)).toEqual(before);

    const w = await run('xlsx', 'in/edited.xlsx', '--write');
    expect(w.code, w.stderr).toBe(0);
    expect(w.stdout).toContain(`已写入 ${file}\n`);
    expect(changedLines(old, read(file))).toEqual(['- transitionMonths: 3', '+ transitionMonths: 6', '+     note: 交接时一并移交档案']);
    const after = tree(demo.dir);
    const again = await run('xlsx', 'in/edited.xlsx', '--write');
    expect(again.stdout).toContain('没有需要修改的文件');
    expect(tree(demo.dir)).toEqual(after);
  });
});

describe('sheets staff keep', () => {
  it('reads a 划转清单 with columns in any order, synonyms, a two-line merged header and codes typed as numbers', async () => {
    put(
      'list.xlsx',
      await book({
        name: '清单',
        rows: [
          ['泽州县相对集中行政许可权改革首批划转事项（摘录）'],
          ['方向', '事项', '编码', '实施部门', null, '权力类型', '序号', '说明'],
          [null, null, null, '原', '划转后', null, null, null],
          ['划转', '人防工程监理乙级以下资质年检', 141017002000, '县住房和城乡建设管理局', '县行政审批服务管理局', '其他权力', 1, '改为备注'],
        ],
        merges: ['D2:E2', 'A2:A3', 'B2:B3', 'C2:C3', 'F2:F3', 'G2:G3', 'H2:H3'],
      }),
    );
    const r = await run('xlsx', 'in/list.xlsx', '--list', 'first-batch', '--write');
    expect(r.code, r.stderr).toBe(0);
    const text = read('data/transfers/140525/first-batch.yaml');
    // The sheet lists one entry: the others are removed, this one gets the note; the list's own fields stay.
    expect(text).toContain("entries:\n  - matter: '141017002000'\n    name: 人防工程监理乙级以下资质年检\n    powerType: 其他行政权力\n    direction: 划转\n    from: zjj\n    to: xzspj\n    note: 改为备注\n");
    expect(text).toContain('dateEstimated: true\ncomplete: false\n');
    expect(text.match(/- matter:/gu)).toHaveLength(1);
  });

  it('recovers a code that lost its leading zeros and reports one in scientific notation that the catalogue cannot settle', async () => {
    const list = (code: Cell) =>
      book({
        name: 'Sheet1',
        rows: [
          ['事项名称', '事项编码', '原实施部门', '划转后实施部门', '方向', '事项类型'],
          ['人防工程监理乙级以下资质年检', code, '泽州县住房和城乡建设管理局', '泽州县行政审批服务管理局', '划转', '其他行政权力'],
        ],
      });
    put('sci.xlsx', await list('1.4E+11'));
    const r = await run('xlsx', 'in/sci.xlsx', '--list', 'first-batch');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^in\/sci\.xlsx {2}Sheet1!B2 {2}matter {2}编码写成了科学计数法“1\.4E\+11”，后几位已经丢失（基本目录中有 \d+ 个编码都可能是它）：请把这一列设为“文本”格式，重新输入完整的 12 位编码\n/u);
    put('sci-one.xlsx', await list('1.41017002E+11'));
    const one = await run('xlsx', 'in/sci-one.xlsx', '--list', 'first-batch');
    expect(one.code, one.stderr).toBe(0);
    expect(one.stderr).toContain('in/sci-one.xlsx  Sheet1!B2  matter  （提示）编码写成了科学计数法“1.41017002E+11”，按基本目录读作 141017002000');
    expect(tree(demo.dir)).toEqual(before);
  });

  it('updates the guide fields an 实施清单 carries and keeps every other field', async () => {
    const file = 'data/guides/140525/140121001003.yaml';
    const old = read(file);
    put(
      'guides.xlsx',
      await book({
        name: '实施清单',
        rows: [
          ['泽州县实施清单'],
          ['承诺办结时限', '事项名称', '基本编码', '办件类型', '办理地点', '是否收费', '到办事现场次数', '实施主体', '办理时间'],
          // 办理时间 left blank: a required field stays as it is.
          ['10个工作日', '新增客运班线经营许可', '140121001003', '承诺件', '泽州县政务服务中心二楼', '否', 1, '泽州县行政审批服务管理局', null],
        ],
      }),
    );
    const r = await run('xlsx', 'in/guides.xlsx', '--write');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('        承诺办结时限·时限数值：15 → 10');
    expect(changedLines(old, read(file))).toEqual([
      '- promisedLimit: { value: 15, unit: 工作日 }',
      '- place: 泽州县政务服务中心 县行政审批服务管理局 交通运输审批窗口',
      '+ promisedLimit: { value: 10, unit: 工作日 }',
      '+ place: 泽州县政务服务中心二楼',
    ]);
  });

  it('updates the pushes of a 审管衔接备忘录, and says which column has no field', async () => {
    const file = 'data/responsibilities/140525/140121001003.yaml';
    const old = read(file);
    put(
      'memo.xlsx',
      await book({
        name: '备忘录',
        rows: [
          ['事项名称', '审批科室', '审批信息员及联系方式', '审批信息推送要点', '监管科室', '信息互通方式', '信息互通时限'],
          ['新增客运班线经营许可', '县行政审批服务管理局', '张三 13800000000', '审批结果信息及申请材料', '县交通运输局', '审管联动系统', '1个工作日'],
        ],
      }),
    );
    const r = await run('xlsx', 'in/memo.xlsx', '--write');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('in/memo.xlsx  备忘录!C1  审批信息员及联系方式  （提示）目录中没有与“审批信息员及联系方式”对应的字段，这一列未导入');
    // The record exists, so the import updates it and announces no new file.
    expect(r.stderr).not.toContain('将新建');
    expect(changedLines(old, read(file))).toEqual([
      '-   - what: 审批结果信息',
      '-     channel: 审管联动系统、一体化在线政务服务平台',
      '+   - what: 审批结果信息及申请材料',
    ]);
    const [first, second] = (parse(read(file)) as { pushes: Record<string, unknown>[] }).pushes;
    expect(first).toEqual({ what: '审批结果信息及申请材料', from: 'xzspj', to: 'jtysj', when: '作出审批决定后同步推送', within: { value: 1, unit: '工作日' }, feedbackWithin: { value: 1, unit: '工作日' }, channel: '审管联动系统' });
    expect(second).toMatchObject({ what: '监管中知悉或形成的与审批相关的政策文件', from: 'jtysj', to: 'xzspj' });
    expect(read(file)).not.toContain('张三');
  });

  it('reads a formula cell as the result it saved, and reports one without a result', async () => {
    const rows = (promised: Cell) => [
      ['事项名称', '基本编码', '办件类型', '承诺办结时限'],
      ['新增客运班线经营许可', '140121001003', '承诺件', promised],
    ];
    put('cached.xlsx', await book({ name: 'S', rows: rows({ formula: 'CONCATENATE("15","个工作日")', result: '15个工作日' } as ExcelJS.CellFormulaValue) }));
    const cached = await run('xlsx', 'in/cached.xlsx');
    expect(cached.code, cached.stderr).toBe(0);
    expect(cached.stdout).toContain('没有需要修改的文件');
    put('uncached.xlsx', await book({ name: 'S', rows: rows({ formula: 'A1&B1' } as ExcelJS.CellFormulaValue) }));
    const uncached = await run('xlsx', 'in/uncached.xlsx', '--write');
    expect(uncached.code).toBe(1);
    expect(uncached.stderr).toContain('in/uncached.xlsx  S!D2  promisedLimit  单元格中是公式，没有保存计算结果');
    expect(tree(demo.dir)).toEqual(before);
  });
});

describe('bad input: a located message and nothing written', () => {
  const header = ['序号', '事项名称', '事项编码', '事项类型', '原实施部门', '划转后实施部门', '方向'];
  const entry = ['1', '人防工程监理乙级以下资质年检', '141017002000', '其他行政权力', '泽州县住房和城乡建设管理局', '泽州县行政审批服务管理局', '划转'];
  const filing = (date: string, row: readonly Cell[] = entry) => [
    ['泽州县相对集中行政许可权改革首批划转事项（摘录）'],
    ['发文机关：', null, '泽州县人民政府'],
    ['成文日期：', null, date],
    header,
    row,
  ];

  it.each<[string, () => Promise<Uint8Array>, string]>([
    ['a missing column', () => book({ name: '清单', rows: [header.filter((h) => h !== '原实施部门'), entry.filter((_, i) => i !== 4)] }), 'in/bad.xlsx  清单!A1  from  表头认出了 序号、事项名称、事项编码、事项类型、划转后实施部门、方向，像是划转清单，但缺少“原实施部门”列'],
    ['an unknown department', () => book({ name: '清单', rows: filing('2019-12-01', entry.map((v, i) => (i === 4 ? '泽州县气象局' : v))) }), 'in/bad.xlsx  清单!E5  entries.from  data/departments/140525/ 中没有部门“泽州县气象局”'],
    ['a matter not in the catalogue', () => book({ name: '清单', rows: filing('2019-12-01', ['1', '飞行器适航审批', null, '行政许可', '泽州县交通运输局', '泽州县行政审批服务管理局', '划转']) }), 'in/bad.xlsx  清单!B5  matter  基本目录（data/matters/）中没有“飞行器适航审批”'],
    ['a code not in the catalogue', () => book({ name: '清单', rows: filing('2019-12-01', entry.map((v, i) => (i === 2 ? '149999999000' : v))) }), 'in/bad.xlsx  清单!C5  matter  基本目录（data/matters/）中没有编码为 149999999000 的事项'],
    ['a date in a wrong format', () => book({ name: '清单', rows: filing('12/01/2019') }), 'in/bad.xlsx  清单!C3  date  成文日期“12/01/2019”不是日期：请写作 2020-12-24 或 2020年12月24日'],
    ['an empty sheet', () => book({ name: 'Sheet1', rows: [] }), 'in/bad.xlsx  Sheet1!A1  表头  工作表是空的'],
    ['a Word file renamed .xlsx', async () => {
      const { Document, Packer, Paragraph } = await import('docx');
      return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('划转清单')] }] })));
    }, 'in/bad.xlsx  工作簿  文件  这是 Word 文档（.docx）改了扩展名，不是 Excel 工作簿：请在 Excel 或 WPS 中打开原表，“另存为” Excel 工作簿（*.xlsx）后再导入'],
    ['a text file renamed .xlsx', async () => new TextEncoder().encode('事项名称,原实施部门\n'), 'in/bad.xlsx  工作簿  文件  这个文件不是 Excel 工作簿（.xlsx），可能是文本或其他文件改了扩展名'],
  ])('%s', async (_, make, message) => {
    put('bad.xlsx', await make());
    const r = await run('xlsx', 'in/bad.xlsx', '--write');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')).toContainEqual(expect.stringContaining(message));
    expect(r.stderr).toContain('未写入任何文件');
    expect(r.stderr).not.toMatch(/\bat .+:\d+:\d+/u); // no stack trace
    expect(tree(demo.dir)).toEqual(before);
  });

  it('refuses a file that is not .xlsx by name, and options of the notice import', async () => {
    const r = await run('xlsx', 'in/list.csv');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('“in/list.csv”不是 .xlsx 工作簿');
    const id = await run('xlsx', 'in/list.xlsx', '--id', 'x');
    expect(id.code).toBe(2);
    expect(id.stderr).toContain('--id 和 --notice-id 只用于导入通知（notice）');
    expect(tree(demo.dir)).toEqual(before);
  });
});
