/**
 * Zezhou's 2020-12-24 notice (the demo's adjustment, as text taken from its PDF) drafts exactly the
 * demo's list, and --write turns it into files the checker accepts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { canonicalize } from '../../src/io/canonical.ts';
import { parseYaml } from '../../src/io/yaml.ts';
import { validate } from '../../src/check/validate.ts';
import { REPO, copyDemo } from '../helpers/cli.ts';
import { FIXTURES, runImport } from './helpers.ts';

const SEED = path.join(FIXTURES, 'zezhou-2020-12-24.txt');
const LIST = 'data/transfers/140525/2020-12-24-adjustment.yaml';
const NOTICE = 'src/content/notices/zezhou-2020-12-24.mdx';
const args = (file = SEED) => ['notice', path.relative(REPO, file), '--jurisdiction', '140525'];

/**
 * The demo list without what the notice cannot give: `summary` (written by staff), the note on
 * 旅行社设立许可中的分社、网点设立 (an editor's remark citing the 旅行社条例, not in the notice), and
 * the handover and filing records, which staff keep as the handover happens.
 */
function demoAsTheNoticeGivesIt(): Record<string, unknown> {
  const demo = parseYaml(fs.readFileSync(path.join(REPO, LIST), 'utf8')).value as Record<string, unknown> & { entries: Record<string, unknown>[] };
  delete demo.summary;
  expect(demo.handover).toBeDefined();
  delete demo.handover;
  delete demo.filings;
  const travel = demo.entries.find((e) => e.matter === '140125001000')!;
  expect(travel.note).toMatch(/旅行社条例/u);
  delete travel.note;
  return demo;
}

describe('import notice: the Zezhou 2020-12-24 notice', () => {
  let cleanup: (() => void) | undefined;
  afterEach(() => {
    cleanup?.();
    cleanup = undefined;
  });

  it('drafts the demo’s 2020-12-24 list: 22 entries in order, directions, departments, types, notes, counts, dates', async () => {
    const r = await runImport(args());
    expect(r.code, r.stderr).toBe(0);
    const draft = parseYaml(r.stdout).value as { entries: unknown[] };
    expect(draft.entries).toHaveLength(22);
    expect(draft).toEqual(demoAsTheNoticeGivesIt());
    // Nothing to review: every item matched exactly or after normalisation.
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('共 22 个事项（划转 14、划回 8）');
    expect(r.stderr).toContain('已存在，不会覆盖');
  });

  it('prints the canonical form, as npm run fmt would write the file', async () => {
    const r = await runImport(args());
    const c = canonicalize(r.stdout, LIST);
    expect(c.kind).toBe('ok');
    expect(c.kind === 'ok' && c.changed).toBe(false);
    expect(r.stdout.startsWith('# yaml-language-server: $schema=../../../schemas/transfers.schema.json\n')).toBe(true);
  });

  it('refuses --write in the demo, where the list and the notice exist, and changes nothing', async () => {
    const demo = copyDemo();
    cleanup = demo.cleanup;
    const before = fs.readFileSync(path.join(demo.dir, LIST), 'utf8');
    fs.cpSync(FIXTURES, path.join(demo.dir, 'fixtures'), { recursive: true });
    const r = await runImport(['notice', 'fixtures/zezhou-2020-12-24.txt', '--jurisdiction', '140525', '--write'], demo.dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('已存在，未写入任何文件（从不覆盖）');
    expect(r.stdout).toBe('');
    expect(fs.readFileSync(path.join(demo.dir, LIST), 'utf8')).toBe(before);
  });

  it('writes the list and a notice page that the checker accepts, where they do not exist yet', async () => {
    const demo = copyDemo();
    cleanup = demo.cleanup;
    fs.rmSync(path.join(demo.dir, LIST));
    fs.rmSync(path.join(demo.dir, NOTICE));
    fs.cpSync(FIXTURES, path.join(demo.dir, 'fixtures'), { recursive: true });
    // With the demo's notice gone there is no 140525 notice to take the id's prefix from: name it.
    const argv = ['notice', 'fixtures/zezhou-2020-12-24.txt', '--jurisdiction', '140525', '--notice-id', 'zezhou-2020-12-24'];
    const dry = await runImport(argv, demo.dir);
    const r = await runImport([...argv, '--write'], demo.dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`已写入 ${LIST}`);
    expect(r.stdout).toContain(`已写入 ${NOTICE}`);
    expect(fs.readFileSync(path.join(demo.dir, LIST), 'utf8')).toBe(dry.stdout);

    const mdx = fs.readFileSync(path.join(demo.dir, NOTICE), 'utf8');
    expect(mdx).toMatch(/^---\ntitle: 泽州县人民政府关于“一枚印章管审批”事项调整及完善审管衔接机制的通知\nissuer: 泽州县人民政府\ndate: 2020-12-24\njurisdiction: '140525'\nkind: 划转清单\nbasis: \[\]\n---\n/u);
    // A neutral summary from the structure, never the notice's sentences.
    expect(mdx).toContain('本文件共列出 22 个事项：14 个事项划入县行政审批服务管理局（来自 3 个部门），8 个事项划回原部门（涉及 6 个部门）。');
    expect(mdx).toContain('| 县交通运输局 | 11 |');
    expect(mdx).toContain('| 县文化和旅游局 | 2 |');
    expect(mdx).toContain('- 交接截止日期：2020年12月30日。');
    expect(mdx).toContain('- 过渡期：3 个月。');
    expect(mdx).not.toContain('谁审批谁负责');

    const check = validate(demo.dir);
    expect(check.problems.filter((p) => p.severity !== 'warning'), JSON.stringify(check.problems, null, 1)).toEqual([]);

    // A second --write never overwrites.
    const again = await runImport([...argv, '--write'], demo.dir);
    expect(again.code).toBe(1);
    expect(fs.readFileSync(path.join(demo.dir, NOTICE), 'utf8')).toBe(mdx);
  });
});
