import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { keyOf } from '../src/schemas/index.ts';
import { SCHEMA_VERSION } from '../src/schemas/version.ts';
import {
  OPEN_DATA_COLLECTIONS,
  type OpenDataCollection,
  cellText,
  collectionCsv,
  csvColumns,
  csvField,
  openDataFiles,
  transferHeadLines,
  transferXlsxName,
  writeOpenData,
} from '../src/export/index.ts';
import { jsonSchemaFiles } from '../src/export/json-schema.ts';
import { type ValidationResult, validate } from '../src/check/validate.ts';
import { main as exportCommand } from '../src/cli/export.ts';
import { copyDemo, runCommand } from './helpers/cli.ts';

/** An RFC 4180 reader written for the test, independent of the writer. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (ch === '"') {
        quoted = false;
        i++;
      } else {
        field += ch;
        i++;
      }
    } else if (ch === '"' && field === '') {
      quoted = true;
      i++;
    } else if (ch === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
    } else if (ch === '\n' || ch === '\r') {
      throw new Error(`bare line break outside quotes at ${i}`);
    } else {
      field += ch;
      i++;
    }
  }
  if (field !== '' || row.length) throw new Error('the last record is not terminated by CRLF');
  return rows;
}


let demo: { dir: string; cleanup: () => void };
let out: string;
let result: ValidationResult;
let written: string[];

/** The loaded records of a collection, sorted by key, as JSON would carry them. */
function expected(name: OpenDataCollection): unknown[] {
  const records = (result.catalogue[name] as { data: unknown }[]).map((r) => r.data);
  records.sort((a, b) => (keyOf(name, a) < keyOf(name, b) ? -1 : keyOf(name, a) > keyOf(name, b) ? 1 : 0));
  return JSON.parse(JSON.stringify(records)) as unknown[];
}

function readCsv(name: string): { header: string[]; rows: string[][]; raw: string } {
  const raw = fs.readFileSync(path.join(out, 'csv', `${name}.csv`), 'utf8');
  const [header, ...rows] = parseCsv(raw.replace(/^\uFEFF/, ''));
  return { header: header!, rows, raw };
}

beforeAll(async () => {
  demo = copyDemo();
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'oneseal-open-data-'));
  result = validate(demo.dir, { today: '2026-01-01' });
  written = await writeOpenData(result, out);
});
afterAll(() => {
  demo.cleanup();
  fs.rmSync(out, { recursive: true, force: true });
});

describe('open data layout', () => {
  it('writes catalogue.json, a CSV per collection, a workbook per transfer list and the schemas', () => {
    expect(written).toContain('catalogue.json');
    for (const name of OPEN_DATA_COLLECTIONS) expect(written).toContain(`csv/${name}.csv`);
    for (const t of result.catalogue.transfers) expect(written).toContain(`xlsx/${transferXlsxName(t.data)}`);
    for (const [file, text] of jsonSchemaFiles()) expect(fs.readFileSync(path.join(out, 'schemas', file), 'utf8')).toBe(text);
    for (const f of written) expect(fs.existsSync(path.join(out, f)), f).toBe(true);
    expect(fs.existsSync(path.join(out, 'README.txt'))).toBe(false);
  });

  it('replaces its own entries and leaves other files in the directory alone', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'oneseal-open-data-'));
    try {
      fs.mkdirSync(path.join(dir, 'xlsx'));
      fs.writeFileSync(path.join(dir, 'xlsx', 'stale.xlsx'), 'old');
      fs.writeFileSync(path.join(dir, 'keep.txt'), 'mine');
      await writeOpenData(result, dir);
      expect(fs.existsSync(path.join(dir, 'xlsx', 'stale.xlsx'))).toBe(false);
      expect(fs.readFileSync(path.join(dir, 'keep.txt'), 'utf8')).toBe('mine');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('catalogue.json', () => {
  it('reads back equal to the loaded records, sorted by key', () => {
    const doc = JSON.parse(fs.readFileSync(path.join(out, 'catalogue.json'), 'utf8'));
    expect(doc.formatVersion).toBe(1);
    expect(doc.schemaVersion).toBe(SCHEMA_VERSION);
    expect(Object.keys(doc.collections)).toEqual([...OPEN_DATA_COLLECTIONS]);
    for (const name of OPEN_DATA_COLLECTIONS) {
      expect(doc.collections[name], name).toEqual(expected(name));
    }
    expect(result.catalogue.matters.length).toBeGreaterThan(0);
  });

  it('carries the dated holdings, ending with the current holder', () => {
    const doc = JSON.parse(fs.readFileSync(path.join(out, 'catalogue.json'), 'utf8'));
    expect(Object.keys(doc.holdings).sort()).toEqual([...result.holdings.keys()].sort());
    for (const [j, h] of result.holdings) {
      for (const [matter, periods] of h.history) {
        const got = doc.holdings[j][matter] as { department: string; from?: string; until?: string }[];
        expect(got.length).toBe(periods.length);
        expect(got.at(-1)!.department).toBe(h.currentHolder(matter));
        expect(got.at(-1)!.until).toBeUndefined();
        got.slice(1).forEach((p, i) => expect(got[i]!.until).toBe(p.from));
      }
    }
  });
});

describe('CSV', () => {
  it('is UTF-8 with a BOM and CRLF line ends, one row per record', () => {
    for (const name of OPEN_DATA_COLLECTIONS) {
      const { header, rows, raw } = readCsv(name);
      expect(raw.startsWith('\uFEFF'), name).toBe(true);
      expect(raw.endsWith('\r\n'), name).toBe(true);
      expect(rows.length, name).toBe(result.catalogue[name].length);
      for (const r of rows) expect(r.length, name).toBe(header.length);
      for (const h of header) expect(h, name).toMatch(/^[^()]+\([A-Za-z.]+\)$/);
    }
  });

  it('has Chinese headers with the English key, and the records’ values in the cells', () => {
    const matters = readCsv('matters');
    expect(matters.header).toContain('事项名称(name)');
    expect(matters.header).toContain('基本编码(code)');
    const col = (h: string) => matters.header.indexOf(h);
    const want = expected('matters') as { name: string; code: string; serviceObjects: string[]; quantityLimit: boolean; statutoryLimit: { value: number; unit: string } }[];
    want.forEach((m, i) => {
      const row = matters.rows[i]!;
      expect(row[col('事项名称(name)')]).toBe(m.name);
      expect(row[col('基本编码(code)')]).toBe(m.code);
      expect(row[col('服务对象(serviceObjects)')]).toBe(m.serviceObjects.join('；'));
      expect(row[col('有无数量限制(quantityLimit)')]).toBe(m.quantityLimit ? '是' : '否');
      expect(row[col('法定办结时限及单位(statutoryLimit)')]).toBe(`${m.statutoryLimit.value} ${m.statutoryLimit.unit}`);
    });

    const guides = readCsv('guides');
    const g = expected('guides') as { code: string; phones: { consultation: unknown; complaint: string }; materials: unknown[] }[];
    const gc = (h: string) => guides.header.indexOf(h);
    expect(gc('咨询电话(phones.consultation)')).toBeGreaterThan(-1);
    g.forEach((x, i) => {
      expect(guides.rows[i]![gc('实施编码(code)')]).toBe(x.code);
      expect(guides.rows[i]![gc('监督投诉电话(phones.complaint)')]).toBe(x.phones.complaint);
      // A consultation line that is not published is the statement, as JSON like other objects.
      const consultation = x.phones.consultation;
      expect(guides.rows[i]![gc('咨询电话(phones.consultation)')]).toBe(typeof consultation === 'string' ? consultation : JSON.stringify(consultation));
      expect(JSON.parse(guides.rows[i]![gc('申请材料(materials)')]!)).toEqual(x.materials);
    });

    const depts = readCsv('departments');
    const names = (expected('departments') as { name: string }[]).map((d) => d.name);
    expect(depts.rows.map((r) => r[depts.header.indexOf('部门全称(name)')])).toEqual(names);
  });

  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    const values = ['a,b', '他说"好"', '第一行\r\n第二行', '第一行\n第二行', 'plain'];
    const line = `${values.map((v) => csvField(v)).join(',')}\r\n`;
    expect(parseCsv(line)).toEqual([values]);
    expect(cellText([1, '甲', true])).toBe('1；甲；是');
    expect(cellText({ value: 20, unit: '工作日' })).toBe('20 工作日');
    expect(cellText(undefined)).toBe('');
  });
});

describe('CSV formula injection', () => {
  /** Reads CSV text the way a spreadsheet program does: typed cells, by column path. */
  async function spreadsheetRows(text: string): Promise<Map<string, ExcelJS.CellValue>[]> {
    const ws = await new ExcelJS.Workbook().csv.read(Readable.from([text.replace(/^\uFEFF/, '')]));
    const columns = csvColumns('transfers').map((c) => c.path.join('.'));
    const rows: Map<string, ExcelJS.CellValue>[] = [];
    ws.eachRow((row, n) => {
      if (n > 1) rows.push(new Map(columns.map((c, i) => [c, row.getCell(i + 1).value])));
    });
    return rows;
  }

  it('turns text a spreadsheet would evaluate into quoted text starting with a single quote', async () => {
    const [list] = result.catalogue.transfers;
    const hostile = {
      ...list!,
      data: { ...list!.data, id: 'a', title: '=HYPERLINK("http://x","y")', docNumber: '+1', issuer: '-1+2', notice: '@SUM(A1)', transitionMonths: -2 },
    };
    const tabbed = { ...list!, data: { ...list!.data, id: 'b', title: '\t=1', docNumber: '\r=1', issuer: '-', notice: '甲-乙' } };
    const text = collectionCsv({ ...result, catalogue: { ...result.catalogue, transfers: [hostile, tabbed] } }, 'transfers');
    for (const v of ['=HYPERLINK', '+1', '-1+2', '@SUM', '\t=1', '\r=1']) expect(text).toContain(`"'${v.replace(/"/g, '""')}`);

    const [a, b] = await spreadsheetRows(text);
    const cells = [a!.get('title'), a!.get('docNumber'), a!.get('issuer'), a!.get('notice'), b!.get('title'), b!.get('docNumber')];
    expect(cells).toEqual(["'=HYPERLINK(\"http://x\",\"y\")", "'+1", "'-1+2", "'@SUM(A1)", "'\t=1", "'\r=1"]);
    // A number stays a number, a lone “-” and text with a dash inside stay as written.
    expect(a!.get('transitionMonths')).toBe(-2);
    expect(b!.get('issuer')).toBe('-');
    expect(b!.get('notice')).toBe('甲-乙');
  });
});

describe('XLSX of each transfer list', () => {
  it('is laid out for filing: title, the list’s lines, a table per direction with subtotals, the total, the lines filled in by hand', async () => {
    expect(result.catalogue.transfers.length).toBeGreaterThan(0);
    for (const { data: list } of result.catalogue.transfers) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(path.join(out, 'xlsx', transferXlsxName(list)));
      const ws = wb.worksheets[0]!;
      const text = (r: number, c: number) => String(ws.getCell(r, c).value ?? '');
      const dept = (id: string) => result.index.department(list.jurisdiction, id)!.data.name;
      const expected: string[][] = [[list.title]];
      for (const [label, value] of transferHeadLines(list)) expected.push([`${label}：`, value]);
      expect(expected.slice(1).map((l) => l[0])).toEqual(['文号：', '发文机关：', '成文日期：', '交接日期：', '过渡期：']);
      let serial = 0;
      const groups = (['划转', '划回'] as const).filter((d) => list.entries.some((e) => e.direction === d));
      groups.forEach((direction, gi) => {
        expected.push([`${['一', '二'][gi]}、${direction === '划转' ? '划转至行政审批服务管理局的事项' : '划回原部门的事项'}`]);
        expected.push(['序号', '事项名称', '事项编码', '事项类型', '原实施部门', '划转后实施部门', '备注']);
        const entries = list.entries.filter((e) => e.direction === direction);
        const depts = [...new Set(entries.map((e) => (direction === '划转' ? e.from : e.to)))];
        for (const d of depts) {
          const mine = entries.filter((e) => (direction === '划转' ? e.from : e.to) === d);
          for (const e of mine) expected.push([String(++serial), e.name, e.matter, e.powerType, dept(e.from), dept(e.to), e.note ?? '']);
          expected.push(['小计', `${dept(d)} ${mine.length} 项`]);
        }
        expected.push(['小计', `${direction} ${entries.length} 项（${depts.length} 个部门）`]);
      });
      const counts = groups.map((d) => `${d} ${list.entries.filter((e) => e.direction === d).length} 项`).join('，');
      expected.push(['合计', `共 ${list.entries.length} 项（${counts}）`], [], ['填报单位：', ''], ['联系人：', ''], ['联系电话：', ''], ['填报日期：', '']);
      // Each row as its distinct cell texts (merged cells repeat their master's value).
      const rows: string[][] = [];
      for (let r = 1; r <= expected.length; r++) {
        const cells: string[] = [];
        for (let c = 1; c <= 7; c++) {
          const cell = ws.getCell(r, c);
          if (cell.isMerged && cell.master !== cell) continue;
          cells.push(text(r, c));
        }
        while (cells.length && cells.at(-1) === '') cells.pop();
        rows.push(cells);
      }
      expect(rows).toEqual(expected.map((e) => { const x = [...e]; while (x.length && x.at(-1) === '') x.pop(); return x; }));
      expect(text(expected.length + 1, 7)).toBe('（盖章）');
      expect(ws.getCell(expected.length + 1, 1).value).toBeNull();
      // Nothing the data does not hold is filled in: the hand-filled lines are blank.
      for (let r = expected.length - 3; r <= expected.length; r++) expect(ws.getCell(r, 3).value).toBeNull();
      expect(text(4, 3)).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日/);
      expect(ws.getCell(9, 2).border?.top?.style).toBe('thin');
      expect(ws.pageSetup.orientation).toBe('landscape');
      expect(ws.pageSetup.paperSize).toBe(9);
      expect(ws.pageSetup.printTitlesRow).toBe('8:8');
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 8 });
      expect(ws.getColumn(2).width).toBeGreaterThanOrEqual(30);
      expect(wb.created.toISOString().slice(0, 10)).toBe(list.date);
    }
  });
});

describe('determinism', () => {
  it('gives identical bytes when exported twice, whatever the clock says', async () => {
    const first = await openDataFiles(result);
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2031-07-15T13:47:31Z'));
      const second = await openDataFiles(result);
      expect([...second.keys()]).toEqual([...first.keys()]);
      for (const [f, bytes] of first) expect(Buffer.compare(Buffer.from(second.get(f)!), Buffer.from(bytes)), f).toBe(0);
    } finally {
      vi.useRealTimers();
    }
    for (const [f, bytes] of first) expect(Buffer.compare(fs.readFileSync(path.join(out, f)), Buffer.from(bytes)), f).toBe(0);
  });
});

describe('npm run export', () => {
  it('writes the open data into --out, and refuses usage errors', async () => {
    const dir = path.join(demo.dir, 'out');
    const r = await runCommand(exportCommand, ['--out', 'out'], demo.dir);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^正在检查目录数据……\n正在导出……\n已导出 \d+ 个文件到 out：catalogue\.json，\d+ 个 CSV，\d+ 个划转清单工作簿。\n$/);
    expect(fs.readFileSync(path.join(dir, 'catalogue.json'), 'utf8')).toBe(fs.readFileSync(path.join(out, 'catalogue.json'), 'utf8'));
    const help = await runCommand(exportCommand, ['--help'], demo.dir);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('用法：npm run export');
    const cases: [string[], string][] = [
      [['--bogus'], '不认识的选项“--bogus”'],
      [['a', 'b'], '只能导出一个仓库目录，收到了 2 个：a b'],
      [['--out', ' '], '--out 后面要写输出目录。'],
    ];
    for (const [args, message] of cases) {
      const bad = await runCommand(exportCommand, args, demo.dir);
      expect(bad.code, args.join(' ')).toBe(2);
      expect(bad.stderr).toBe(`${message}\n用法见 npm run export -- --help\n`);
    }
  });

  it('exports nothing from a catalogue with errors', async () => {
    const broken = copyDemo();
    try {
      fs.writeFileSync(path.join(broken.dir, 'data/matters/broken.yaml'), 'name: 缺少编码的事项\n');
      const r = await runCommand(exportCommand, [], broken.dir);
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('data/matters/broken.yaml');
      expect(r.stdout).toContain('数据有错误，未导出。');
      expect(fs.existsSync(path.join(broken.dir, 'dist/open-data'))).toBe(false);
    } finally {
      broken.cleanup();
    }
  });
});
