/**
 * npm run new: the scaffold of a guide, a responsibility division or a matter, written into a copy
 * of the demo. Each is canonical and accepted by its schema; the check reports exactly its blanks
 * (rule unfinished) and passes once they are written.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { validate } from '../../src/check/validate.ts';
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
    expect(run.stdout).toContain('请填写这 14 处空白');
    expect(run.stdout).toContain('  conditions[0]  一项受理条件\n');

    const g = writtenRecord(dir, GUIDE, 'guides');
    // The department (the bureau, the matter's holder by the transfer lists) and its code.
    expect(g.department).toBe('xzspj');
    expect(g.code).toBe(before!.code);
    expect(g.code).toBe('11140525MB195120394141021001000');
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
      'hours',
      'phones.consultation.ask',
      'result.name',
      'visitsReason',
      'remedy.reconsideration[0]',
      'remedy.litigation',
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
    [['transfer', '141021001000'], '不认识的种类“transfer”：可选 guide、responsibility、matter、form'],
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
    expect(errors(dir)).toEqual(['approval.note', 'pushes[0].channel', 'supervision[0].note'].map((p) => `${RESPONSIBILITY} ${p} unfinished`));
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
