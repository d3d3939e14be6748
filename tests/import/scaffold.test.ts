/**
 * npm run new: the scaffold of a guide, a responsibility division, a matter, a form or a transfer
 * list, written into a copy of the demo. Each is canonical and accepted by its schema; the check reports exactly its blanks
 * (rule unfinished) and passes once they are written.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { validate } from '../../src/check/validate.ts';
import { main as fmt } from '../../src/cli/fmt.ts';
import { main } from '../../src/cli/new.ts';
import { canonicalize } from '../../src/io/canonical.ts';
import { parseYaml } from '../../src/io/yaml.ts';
import { COLLECTIONS, type DataCollectionName } from '../../src/schemas/index.ts';
import { copyDemo, runCommand } from '../helpers/cli.ts';

const TODAY = '2026-11-23';
const GUIDE = 'data/guides/140525/141021001000.yaml';
const RESPONSIBILITY = 'data/responsibilities/140525/141021001000.yaml';

let demo: ReturnType<typeof copyDemo> | undefined;
afterEach(() => {
  demo?.cleanup();
  demo = undefined;
});

/** A copy of the demo without `removed` (a record the scaffold is to recreate), and the removed record. */
function demoWithout(removed?: string) {
  demo = copyDemo();
  const dir = demo.dir;
  let before: Record<string, unknown> | undefined;
  if (removed) {
    before = parseYaml(fs.readFileSync(path.join(dir, removed), 'utf8')).value as Record<string, unknown>;
    fs.rmSync(path.join(dir, removed));
  }
  return { dir, before };
}

const read = (dir: string, file: string) => fs.readFileSync(path.join(dir, file), 'utf8');

/** The written file: canonical, accepted by its collection's schema; its data. */
function writtenRecord(dir: string, file: string, collection: DataCollectionName) {
  const text = read(dir, file);
  const canonical = canonicalize(text, file);
  expect(canonical).toMatchObject({ kind: 'ok', changed: false });
  const parsed = COLLECTIONS[collection].schema.safeParse(parseYaml(text).value);
  expect(parsed.error?.issues ?? []).toEqual([]);
  return parsed.data as Record<string, any>;
}

/** The errors of the check, as `file path rule`. */
function errors(dir: string) {
  return validate(dir, { today: TODAY })
    .problems.filter((p) => p.severity === 'error')
    .map((p) => `${p.file} ${p.path} ${p.rule}`)
    .sort();
}

/** Writes real text over every blank of `file`. */
function fillBlanks(dir: string, file: string) {
  const text = read(dir, file).replace(/【待填写：([^】]*)】/gu, (_m, label: string) => `按本县规定写明的${label}`);
  fs.writeFileSync(path.join(dir, file), text);
}

describe('npm run new -- guide', () => {
  it('recreates a demo guide with its implementation code, and the check reports exactly its blanks', async () => {
    const { dir, before } = demoWithout(GUIDE);
    const run = await runCommand(main, ['guide', '141021001000', '--jurisdiction', '140525', '--today', TODAY], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^已写入 data\/guides\/140525\/141021001000\.yaml\n/);
    expect(run.stdout).toContain('请填写这 11 处空白');
    // Hours and remedies every other guide of the bureau gives alike are taken over, to be confirmed.
    expect(run.stdout).toContain('  hours  法定工作日 上午 8:30—12:00');
    expect(run.stdout).toContain('（同县行政审批服务管理局在本区划的其他 13 份办事指南）');
    expect(run.stdout).toContain('  conditions[0]  一项受理条件\n');

    const g = writtenRecord(dir, GUIDE, 'guides');
    // The department (the bureau, the matter's holder by the transfer lists) and its code.
    expect(g.department).toBe('xzspj');
    expect(g.code).toBe(before!.code);
    expect(g.code).toBe('11140525MB195120394141021001000');
    expect({ hours: g.hours, remedy: g.remedy }).toEqual({ hours: before!.hours, remedy: before!.remedy });
    expect({ name: g.name, type: g.type, statutoryLimit: g.statutoryLimit }).toEqual({
      name: before!.name,
      type: before!.type,
      statutoryLimit: before!.statutoryLimit,
    });

    const blanks = [
      'conditions[0]',
      'materials[0].name',
      'steps[0].actor',
      'steps[1].actor',
      'steps[2].actor',
      'place',
      'address',
      'room',
      'phones.consultation.ask',
      'result.name',
      'visitsReason',
    ];
    expect(errors(dir)).toEqual(blanks.map((p) => `${GUIDE} ${p} unfinished`).sort());
    fillBlanks(dir, GUIDE);
    expect(errors(dir)).toEqual([]);
  });

  it('asks a licence for its sample, takes the complaint line the jurisdiction’s guides use, and passes once filled', async () => {
    const licence = 'data/guides/140525/140116001000.yaml';
    const { dir } = demoWithout(licence);
    const run = await runCommand(main, ['guide', '140116001000', '--jurisdiction', '140525', '--today', TODAY], dir);
    expect(run.code).toBe(0);
    const g = writtenRecord(dir, licence, 'guides');
    expect(g.result).toMatchObject({ type: '证照', sample: { unpublished: true } });
    expect(g.phones.complaint).toBe('0356-12345');
    expect(errors(dir)).toContain(`${licence} result.sample.ask unfinished`);
    fillBlanks(dir, licence);
    expect(errors(dir)).toEqual([]);
  });

  it('takes the level digit and credit code of the department given', async () => {
    const { dir } = demoWithout();
    const run = await runCommand(main, ['guide', '141012001000', '--jurisdiction', '140525', '--department', 'rsj', '--dry-run', '--today', TODAY], dir);
    expect(run.code).toBe(0);
    const rsj = parseYaml(read(dir, 'data/departments/140525/rsj.yaml')).value as { creditCode: string };
    expect(parseYaml(run.stdout).value).toMatchObject({ code: `${rsj.creditCode}4141012001000`, department: 'rsj', jurisdiction: '140525' });
    expect(fs.existsSync(path.join(dir, 'data/guides/140525/141012001000.yaml'))).toBe(false);
  });

  it('never overwrites a file: exit 1, the file unchanged', async () => {
    const { dir } = demoWithout();
    const original = read(dir, GUIDE);
    const run = await runCommand(main, ['guide', '141021001000', '--jurisdiction', '140525'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${GUIDE} 已存在，没有写入`);
    expect(read(dir, GUIDE)).toBe(original);
  });

  it.each([
    [['guide', '141021001001', '--jurisdiction', '140525'], '没有编码为“141021001001”的事项或子项：最接近的是：141021001000（对公路养护工程从业单位申请资质的意见签注）'],
    [['guide', '141021001000', '--jurisdiction', '14052'], '没有区划“14052”（data/jurisdictions/）：最接近的是：140525（泽州县）'],
    [['guide', '141021001000', '--jurisdiction', '140525', '--department', 'jtys'], '区划 140525 没有部门“jtys”（data/departments/140525/）：最接近的是：jtysj（泽州县交通运输局）'],
    [['list', '141021001000'], '不认识的种类“list”：可选 guide、responsibility、matter、form、transfer'],
  ])('refuses %j with the closest candidates, exit 2', async (args, message) => {
    const { dir } = demoWithout();
    const run = await runCommand(main, args, dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain('用法见 npm run new -- --help');
  });
});

describe('npm run new -- responsibility', () => {
  it('recreates a demo division: the bureau approves, the department that held the matter supervises', async () => {
    const { dir, before } = demoWithout(RESPONSIBILITY);
    const run = await runCommand(main, ['responsibility', '141021001000', '--jurisdiction', '140525'], dir);
    expect(run.code).toBe(0);
    const r = writtenRecord(dir, RESPONSIBILITY, 'responsibilities');
    const old = before as { approval: { department: string }; supervision: { department: string }[] };
    expect(r.approval.department).toBe(old.approval.department);
    expect(r.supervision.map((s: { department: string }) => s.department)).toEqual(old.supervision.map((s) => s.department));
    expect(r.pushes[0].channel).toBe('审管联动系统、一体化在线政务服务平台');
    expect(errors(dir)).toEqual(['approval.note', 'supervision[0].note'].map((p) => `${RESPONSIBILITY} ${p} unfinished`));
    fillBlanks(dir, RESPONSIBILITY);
    expect(errors(dir)).toEqual([]);
  });
});

describe('npm run new -- matter', () => {
  it('writes the ten elements given, the legal basis blank', async () => {
    const { dir } = demoWithout();
    const file = 'data/matters/141099001000.yaml';
    const args = ['matter', '141099001000', '--name', '公路超限运输许可', '--type', '行政许可', '--limit', '20工作日', '--objects', '企业法人、自然人', '--local'];
    const run = await runCommand(main, args, dir);
    expect(run.code).toBe(0);
    const m = writtenRecord(dir, file, 'matters');
    expect(m).toMatchObject({ code: '141099001000', name: '公路超限运输许可', type: '行政许可', statutoryLimit: { value: 20, unit: '工作日' }, serviceObjects: ['企业法人', '自然人'], local: true });
    expect(errors(dir)).toEqual([`${file} legalBasis[0].articles unfinished`, `${file} legalBasis[0].law unfinished`]);
    fillBlanks(dir, file);
    expect(errors(dir)).toEqual([]);
  });
});

describe('npm run new -- form', () => {
  it('writes a structured form issued by the department given, its title and fields blank', async () => {
    const { dir } = demoWithout();
    const file = 'data/forms/road-maintenance-opinion.yaml';
    const run = await runCommand(main, ['form', 'road-maintenance-opinion', '--jurisdiction', '140525', '--department', 'jtysj'], dir);
    expect(run.code).toBe(0);
    const f = writtenRecord(dir, file, 'forms');
    expect(f).toMatchObject({ id: 'road-maintenance-opinion', issuer: '泽州县交通运输局' });
    expect(errors(dir)).toEqual(['sections[0].fields[0].label', 'sections[0].fields[0].sample', 'sections[0].title', 'title'].map((p) => `${file} ${p} unfinished`));
    fillBlanks(dir, file);
    expect(errors(dir)).toEqual([]);
  });
});

describe('npm run new -- transfer', () => {
  const LIST = 'data/transfers/140525/2026-11-20-transfer.yaml';
  // Two matters the demo's forestry bureau took back, one of the agriculture bureau's.
  const CODES = ['140131001000', '140131002000', '141012001000'];
  const args = (...more: string[]) => ['transfer', '--jurisdiction', '140525', '--date', '2026-11-20', ...more];

  it('writes a 3-matter list from the holdings; with a guide and a division per matter the check reports only blanks, then passes', async () => {
    const { dir } = demoWithout();
    const run = await runCommand(main, args('--matters', CODES.join(',')), dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^已写入 data\/transfers\/140525\/2026-11-20-transfer\.yaml\n/);
    expect(run.stdout).toContain('  declared.in  2 个部门 3 个事项（按所列事项计）');

    const t = writtenRecord(dir, LIST, 'transfers');
    expect(t).toMatchObject({ id: '2026-11-20-transfer', jurisdiction: '140525', issuer: '泽州县人民政府', date: '2026-11-20', declared: { in: { departments: 2, matters: 3 } } });
    expect(t.entries).toEqual([
      { matter: '140131001000', name: '森林植物及其产品、苗木和其它繁殖材料省内调运检疫', powerType: '行政许可', direction: '划转', from: 'lyj', to: 'xzspj' },
      { matter: '140131002000', name: '森林植物产地检疫合格证核发', powerType: '行政许可', direction: '划转', from: 'lyj', to: 'xzspj' },
      { matter: '141012001000', name: '无公害农产品产地认定审核转报', powerType: '其他行政权力', direction: '划转', from: 'nyncj', to: 'xzspj' },
    ]);
    const checked = await runCommand(fmt, ['--check', LIST], dir);
    expect(checked.stdout).toBe('检查了 1 个文件，都是规范格式。\n');
    expect(checked.code).toBe(0);

    // The bureau now holds the three matters: their guides (by the bureau) and divisions follow.
    for (const code of CODES) {
      expect((await runCommand(main, ['guide', code, '--jurisdiction', '140525', '--today', TODAY], dir)).code).toBe(0);
      expect((await runCommand(main, ['responsibility', code, '--jurisdiction', '140525'], dir)).code).toBe(0);
      expect(writtenRecord(dir, `data/guides/140525/${code}.yaml`, 'guides').department).toBe('xzspj');
    }
    const found = errors(dir);
    expect(found.filter((e) => !e.endsWith(' unfinished'))).toEqual([]);
    expect(found.filter((e) => e.startsWith(LIST))).toEqual([`${LIST} summary unfinished`, `${LIST} title unfinished`]);

    const files = [LIST, ...CODES.flatMap((c) => [`data/guides/140525/${c}.yaml`, `data/responsibilities/140525/${c}.yaml`])];
    for (const f of files) fillBlanks(dir, f);
    expect(errors(dir)).toEqual([]);
  });

  it('returns a matter to the department that held it before the bureau', async () => {
    const { dir } = demoWithout();
    const run = await runCommand(main, args('--matters', '141021001000', '--direction', '划回', '--dry-run'), dir);
    expect(run.code).toBe(0);
    const t = parseYaml(run.stdout).value as Record<string, any>;
    expect(t.id).toBe('2026-11-20-return');
    expect(t.declared).toEqual({ back: { departments: 1, matters: 1 } });
    expect(t.entries).toEqual([{ matter: '141021001000', name: '对公路养护工程从业单位申请资质的意见签注', powerType: '其他行政权力', direction: '划回', from: 'xzspj', to: 'jtysj' }]);
  });

  it('takes the department given for a matter no list names', async () => {
    const { dir } = demoWithout();
    const run = await runCommand(main, args('--matters', '140121001000', '--department', 'jtysj', '--dry-run'), dir);
    expect(run.code).toBe(0);
    expect((parseYaml(run.stdout).value as Record<string, any>).entries[0]).toMatchObject({ matter: '140121001000', from: 'jtysj', to: 'xzspj' });
  });

  it('never overwrites a list: exit 1, the file unchanged', async () => {
    const { dir } = demoWithout();
    const file = 'data/transfers/140525/2020-12-24-adjustment.yaml';
    const original = read(dir, file);
    const run = await runCommand(main, ['transfer', '--jurisdiction', '140525', '--date', '2020-12-24', '--id', '2020-12-24-adjustment', '--matters', '140131001000'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${file} 已存在，没有写入`);
    expect(read(dir, file)).toBe(original);
  });

  it.each([
    [['--matters', '141021001000'], '“对公路养护工程从业单位申请资质的意见签注”（141021001000）按已公布的划转清单已由泽州县行政审批服务管理局实施，不能再划转'],
    [['--matters', '140131001000', '--direction', '划回'], '现在不由泽州县行政审批服务管理局实施，不能划回'],
    [['--matters', '140121001000'], '没有写明谁实施“道路旅客运输经营许可”（140121001000）：请用 --department 写明划出部门'],
    [['--matters', '140131001000', '--department', 'nyncj'], '现由 lyj 实施，--department 写的却是 nyncj'],
    [['--matters', '140131001000,140131001000'], '--matters 中的 140131001000 写了两次'],
    [['--matters', '140131001000', '--direction', '调出'], '--direction 的“调出”不是划转方向'],
    [['--matters', '140131001000', '--id', '../../outside'], '--id 的“../../outside”只能使用小写英文字母、数字和连字符'],
    [['--matters', '140131001000', '--notice', 'zezhou-2021'], '没有政策文件“zezhou-2021”'],
    [['--matters', '140131001000', '--date', '2026-02-30'], '--date 的“2026-02-30”不是真实的日期'],
    [[], '请用 --matters 写明清单中的事项'],
  ])('refuses %j, exit 2, nothing written', async (more, message) => {
    const { dir } = demoWithout();
    const run = await runCommand(main, args(...more), dir);
    expect(run.stderr).toContain(message);
    expect(run.code).toBe(2);
    expect(fs.readdirSync(path.join(dir, 'data/transfers/140525')).sort()).toEqual(['2020-12-24-adjustment.yaml', 'first-batch.yaml']);
  });
});
