import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { canonicalize, collectionOfFile, schemaCommentFor } from '../src/io/canonical.ts';
import { parseYaml } from '../src/io/yaml.ts';
import { main as fmt } from '../src/cli/fmt.ts';
import { REPO, copyDemo, runCommand } from './helpers/cli.ts';

/** Every YAML data file of a tree, relative to its root, sorted. */
function dataFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const e of fs.readdirSync(path.join(root, rel), { withFileTypes: true })) {
      if (e.name.startsWith('.')) continue;
      const child = `${rel}/${e.name}`;
      if (e.isDirectory()) walk(child);
      else if (/\.ya?ml$/.test(e.name)) out.push(child);
    }
  };
  walk('data');
  return out.sort();
}

function ok(text: string, file: string): string {
  const r = canonicalize(text, file);
  if (r.kind !== 'ok') throw new Error(`${file}: ${JSON.stringify(r)}`);
  return r.text;
}

/** The same data with every map's keys reversed. */
function reverseKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(reverseKeys);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reverseKeys(x)]));
  return v;
}

// A snapshot of the demo catalogue: data/ is being edited, and the tests never write to it.
let demo: { dir: string; cleanup: () => void };
let files: string[];
beforeAll(() => {
  demo = copyDemo();
  files = dataFiles(demo.dir);
});
afterAll(() => demo.cleanup());

describe('canonical form of the demo files', () => {
  it('finds the demo files', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it('is idempotent and keeps the data of every file', () => {
    for (const file of files) {
      const text = fs.readFileSync(path.join(demo.dir, file), 'utf8');
      const once = ok(text, file);
      expect(ok(once, file), file).toBe(once);
      expect(parseYaml(once).value, file).toEqual(parseYaml(text).value);
      expect(once.startsWith(`#${schemaCommentFor(file, collectionOfFile(file)!)}\n`), file).toBe(true);
      expect(once.endsWith('\n') && !once.endsWith('\n\n') && !once.includes('\r'), file).toBe(true);
    }
  });

  it('restores shuffled keys, double quotes, CRLF and a missing header to the canonical bytes', () => {
    for (const file of files) {
      const canonical = ok(fs.readFileSync(path.join(demo.dir, file), 'utf8'), file);
      if (/^\s*#(?! yaml-language-server)/m.test(canonical)) continue; // the variant below drops comments
      const data = parseYaml(canonical).value;
      const variant = stringify(reverseKeys(data), { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', indent: 4, lineWidth: 40 })
        .replace(/\n/g, '\r\n');
      expect(variant).not.toBe(canonical);
      expect(ok(variant, file), file).toBe(canonical);
    }
  });
});

describe('canonical form: rules', () => {
  const FILE = 'data/departments/140525/jtysj.yaml';

  it('orders keys by the schema, keeps unknown keys at the end in their order, quotes digit codes', () => {
    const text = 'zeta: 1\nrole: 行业主管部门\nalpha: 2\nname: "泽州县交通运输局"\njurisdiction: 140525\nid: "jtysj"\nphone: "12345"\n';
    expect(ok(text, FILE)).toBe(
      [
        '# yaml-language-server: $schema=../../../schemas/departments.schema.json',
        'id: jtysj',
        "jurisdiction: '140525'",
        'name: 泽州县交通运输局',
        'role: 行业主管部门',
        "phone: '12345'",
        'zeta: 1',
        'alpha: 2',
        '',
      ].join('\n'),
    );
  });

  it('keeps comments with their keys, and the comments at the top and the end', () => {
    const text = [
      '# yaml-language-server: $schema=../wrong/path.json',
      '# 演示数据，待核实',
      '',
      'role: 行业主管部门 # 三定方案',
      '# 名称以机构编制部门批复为准',
      'name: 泽州县交通运输局',
      'formerNames:',
      '  # 2019 年机构改革前',
      '  - 泽州县交通局',
      'jurisdiction: "140525"',
      'id: jtysj',
      '',
      '# 文件结束',
      '',
    ].join('\n');
    const out = ok(text, FILE);
    expect(out).toBe(
      [
        '# yaml-language-server: $schema=../../../schemas/departments.schema.json',
        '# 演示数据，待核实',
        '',
        'id: jtysj',
        "jurisdiction: '140525'",
        '# 名称以机构编制部门批复为准',
        'name: 泽州县交通运输局',
        'role: 行业主管部门 # 三定方案',
        'formerNames:',
        '  # 2019 年机构改革前',
        '  - 泽州县交通局',
        '',
        '# 文件结束',
        '',
      ].join('\n'),
    );
    expect(ok(out, FILE)).toBe(out);
  });

  it('writes time limits and table rows as flow collections, everything else as blocks', () => {
    const guide = ok(
      'steps:\n  - name: 受理\n    limit:\n      unit: 工作日\n      value: 1\n    actor: 窗口\nfees: [ ]\nconditions: [甲, 乙]\n',
      'data/guides/140525/x.yaml',
    );
    expect(guide).toContain('  - name: 受理\n    actor: 窗口\n    limit: { value: 1, unit: 工作日 }\n');
    expect(guide).toContain('conditions:\n  - 甲\n  - 乙\n');
    expect(guide).toContain('fees: []\n');
    const form = ok(
      'id: f\nsections:\n  - fields:\n      - sample:\n          - - 张三\n            - "13800000000"\n        type: table\n        label: 人员\n',
      'data/forms/f.yaml',
    );
    expect(form).toContain("      - label: 人员\n        type: table\n        sample:\n          - [ 张三, '13800000000' ]\n");
  });

  it('orders the fields of a discriminated union by the variant named in `type`', () => {
    const form = ok(
      'id: f\nsections:\n  - fields:\n      - sample: 甲\n        multiple: false\n        options: [甲, 乙]\n        type: choice\n        width: half\n        label: 类型\n',
      'data/forms/f.yaml',
    );
    expect(form).toContain('      - label: 类型\n        width: half\n        type: choice\n        options:\n          - 甲\n          - 乙\n        multiple: false\n        sample: 甲\n');
  });

  it('writes multi-line strings as literal blocks and long strings on one line', () => {
    const long = '很长的说明'.repeat(40);
    const out = ok(`id: x\nname: x\nlevel: 县级\nnote: "第一行\\n第二行"\nfullName: >-\n  ${long}\n  续写\n`, 'data/jurisdictions/x.yaml');
    expect(out).toContain('note: |-\n  第一行\n  第二行\n');
    expect(out).toContain(`fullName: ${long} 续写\n`);
  });

  it('reports syntax errors with their position and leaves other files to the validator', () => {
    const r = canonicalize('id: x\n  name: [\n', FILE);
    expect(r.kind).toBe('syntax');
    if (r.kind === 'syntax') expect(r.errors[0]!.pos.line).toBeGreaterThan(0);
    expect(canonicalize('id: x\n', 'data/unknown/x.yaml').kind).toBe('skipped');
    expect(canonicalize('', FILE).kind).toBe('skipped');
  });

  it('refuses, without throwing, a file whose alias the key order would move before its anchor', () => {
    // `phone` comes after `address` in the schema: the alias would be printed first.
    const r = canonicalize('id: jtysj\nphone: &p 0356-1234567\naddress: *p\n', FILE);
    expect(r.kind).toBe('unsafe');
    if (r.kind === 'unsafe') expect(r.message).toContain('锚点（&）和别名（*）');
  });
});

describe('npm run fmt', () => {
  let tmp: { dir: string; cleanup: () => void };
  beforeAll(() => {
    tmp = copyDemo();
  });
  afterAll(() => tmp.cleanup());

  it('prints help and rejects unknown options', async () => {
    const help = await runCommand(fmt, ['--help'], tmp.dir);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('用法：npm run fmt');
    const bogus = await runCommand(fmt, ['--bogus'], tmp.dir);
    expect(bogus.code).toBe(2);
    expect(bogus.stderr).toBe('不认识的选项“--bogus”\n用法见 npm run fmt -- --help\n');
    const missing = await runCommand(fmt, ['no-such-dir'], tmp.dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('找不到“no-such-dir”。\n');
    const outside = await runCommand(fmt, ['src'], REPO);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toBe('“src”不在 data/ 目录下：只能整理 data/ 中的数据文件。\n');
  });

  it('formats a copy of data/, then --check passes', async () => {
    const r = await runCommand(fmt, [], tmp.dir);
    expect(r.code, r.stderr).toBe(0);
    const check = await runCommand(fmt, ['--check'], tmp.dir);
    expect(check.code, check.stdout + check.stderr).toBe(0);
  });

  it('--check exits 1 on a non-canonical file, names it and writes nothing', async () => {
    const file = 'data/jurisdictions/140525.yaml';
    const abs = path.join(tmp.dir, file);
    const canonical = fs.readFileSync(abs, 'utf8');
    const [header, ...body] = canonical.trimEnd().split('\n');
    const messy = [header, ...body.reverse()].join('\r\n').replace(/'(\d+)'/g, '"$1"');
    fs.writeFileSync(abs, messy);
    const check = await runCommand(fmt, ['--check'], tmp.dir);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain(file);
    expect(check.stdout).toContain('npm run fmt');
    expect(fs.readFileSync(abs, 'utf8')).toBe(messy);
    const fix = await runCommand(fmt, [file], tmp.dir);
    expect(fix.code, fix.stderr).toBe(0);
    expect(fs.readFileSync(abs, 'utf8')).toBe(canonical);
  });

  it('reports a file with a syntax error at its line and leaves it alone', async () => {
    const file = 'data/matters/broken.yaml';
    const abs = path.join(tmp.dir, file);
    fs.writeFileSync(abs, 'name: x\ncode: [1\n');
    for (const args of [[], ['--check']]) {
      const r = await runCommand(fmt, args, tmp.dir);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(new RegExp(`${file}:\\d+:\\d+  yaml-syntax`));
    }
    expect(fs.readFileSync(abs, 'utf8')).toBe('name: x\ncode: [1\n');
    fs.rmSync(abs);
  });

  it('rewrites only the files that are not canonical, in the directory it runs in', async () => {
    const stamp = () =>
      new Map(
        (fs.readdirSync(path.join(tmp.dir, 'data'), { recursive: true }) as string[])
          .filter((f) => f.endsWith('.yaml'))
          .map((f) => [f.split(path.sep).join('/'), fs.statSync(path.join(tmp.dir, 'data', f)).mtimeMs] as const),
      );
    const file = 'jurisdictions/140500.yaml';
    const abs = path.join(tmp.dir, 'data', file);
    const canonical = fs.readFileSync(abs, 'utf8');
    fs.writeFileSync(abs, canonical.replace(/'(\d+)'/g, '"$1"'));
    const before = stamp();
    await new Promise((r) => setTimeout(r, 20)); // a rewrite gets a later mtime
    const r = await runCommand(fmt, [], tmp.dir);
    expect(r.stdout).toBe(`已整理 data/${file}\n检查了 ${before.size} 个文件，整理了 1 个。\n`);
    expect(fs.readFileSync(abs, 'utf8')).toBe(canonical);
    const after = stamp();
    expect([...after].filter(([f, t]) => t !== before.get(f)).map(([f]) => f)).toEqual([file]);
  });
});
