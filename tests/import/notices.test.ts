/**
 * Notices of another county (陵川县, added to a temporary copy of the demo), each in another
 * numbering style and file type: what they draft, what they report, what --write does.
 */
import fs from 'node:fs';
import path from 'node:path';
import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/io/yaml.ts';
import { FIXTURES, lingchuanCatalogue, runImport } from './helpers.ts';

type List = Record<string, unknown> & { entries: Record<string, unknown>[] };
const parse = (yaml: string) => parseYaml(yaml).value as List;

let cat: ReturnType<typeof lingchuanCatalogue>;
beforeEach(() => {
  cat = lingchuanCatalogue();
  fs.cpSync(FIXTURES, path.join(cat.dir, 'notices'), { recursive: true });
});
afterEach(() => cat.cleanup());

const run = (file: string, ...extra: string[]) => runImport(['notice', file, '--jurisdiction', '140524', ...extra], cat.dir);

describe('a .txt notice numbered 一、 and 1、 with a 文号 and items broken mid-word', () => {
  it('drafts every field, joining 鉴/定 and 其他权/力 across lines', async () => {
    const r = await run('notices/lingchuan-2021-7.txt');
    expect(r.code, r.stderr).toBe(0);
    expect(parse(r.stdout)).toEqual({
      id: '2021-03-15-adjustment',
      jurisdiction: '140524',
      title: '陵川县人民政府办公室关于调整县行政审批服务管理局集中行使事项的通知',
      docNumber: '陵政办发〔2021〕7号',
      issuer: '陵川县人民政府办公室',
      date: '2021-03-15',
      handoverBy: '2021-03-31',
      transitionMonths: 2,
      notice: '140524-2021-7',
      declared: { in: { departments: 2, matters: 4 }, back: { matters: 1 } },
      entries: [
        { matter: '141021002000', name: '道路运输企业监控平台备案', powerType: '其他行政权力', direction: '划转', from: 'jtysj', to: 'xzspj', note: '通知原文标注为“其他权力”，按代码表归为其他行政权力。' },
        { matter: '140721001000', name: '公路工程交竣工质量鉴定', powerType: '行政确认', direction: '划转', from: 'jtysj', to: 'xzspj' },
        { matter: '141021001000', name: '对公路养护工程从业单位申请资质的意见签注', powerType: '其他行政权力', direction: '划转', from: 'jtysj', to: 'xzspj', note: '通知原文标注为“其他权力”，按代码表归为其他行政权力。' },
        { matter: '141016001000', name: '计划生育技术服务人员合格证审批', powerType: '其他行政权力', direction: '划转', from: 'wjtyj', to: 'xzspj' },
        { matter: '140131002000', name: '森林植物产地检疫合格证核发', powerType: '行政许可', direction: '划回', from: 'xzspj', to: 'lyj' },
      ],
    });
    // The numbered requirements under 四、工作要求 are not matters.
    expect(r.stdout).not.toContain('各部门和县行政审批服务管理局');
  });

  it('writes the list and a notice page with the 文号 in its front matter', async () => {
    const r = await run('notices/lingchuan-2021-7.txt', '--write');
    expect(r.code, r.stderr).toBe(0);
    const list = fs.readFileSync(path.join(cat.dir, 'data/transfers/140524/2021-03-15-adjustment.yaml'), 'utf8');
    expect(list).toContain('docNumber: 陵政办发〔2021〕7号\n');
    const mdx = fs.readFileSync(path.join(cat.dir, 'src/content/notices/140524-2021-7.mdx'), 'utf8');
    expect(mdx).toContain("docNumber: 陵政办发〔2021〕7号\n");
    expect(mdx).toContain('本文件共列出 5 个事项：4 个事项划入县行政审批服务管理局（来自 2 个部门），1 个事项划回原部门（涉及 1 个部门）。');
    expect(mdx).toContain('- 过渡期：2 个月。');
  });
});

/** A Word notice: （一） headings, 1. items, a 划回 item naming its department, a misspelt matter. */
async function wordNotice(file: string): Promise<void> {
  const p = (text: string, centered = false) =>
    new Paragraph({ children: [new TextRun(text)], ...(centered ? { alignment: AlignmentType.CENTER } : {}) });
  const doc = new Document({
    sections: [
      {
        children: [
          p('陵川县人民政府', true),
          p('关于第二批划转行政审批事项的通知', true),
          p(''),
          p('各乡（镇）人民政府，县直各有关单位：'),
          p('经研究，决定将县交通运输局的 2 个事项划转至县行政审批服务管理局集中办理，将 1 个事项划回原部门。请于2021年5月31日前完成移交，过渡期为3个月。'),
          p('（一）将县交通运输局 2 个事项划转至县行政审批服务管理局'),
          p('1.渔业船舶和船用产品检验（行政许可）'),
          p('2.新增客运班线经营许可（行政许可）'),
          p('（二）将下列 1 个事项划回原部门办理'),
          p('1.将人防工程监理乙级以下资质年检事项划回县住房和城乡建设局办理（其他权力）'),
          p(''),
          p('陵川县人民政府'),
          p('2021年5月10日'),
        ],
      },
    ],
  });
  fs.writeFileSync(file, await Packer.toBuffer(doc));
}

describe('a .docx notice numbered （一） and 1. with a similarity match', () => {
  it('drafts the list and reports the matter matched by similarity, with its paragraph and score', async () => {
    await wordNotice(path.join(cat.dir, 'notices/second.docx'));
    const r = await run('notices/second.docx');
    expect(r.code, r.stderr).toBe(0);
    const list = parse(r.stdout);
    expect(list).toMatchObject({
      id: '2021-05-10-adjustment',
      title: '陵川县人民政府关于第二批划转行政审批事项的通知',
      issuer: '陵川县人民政府',
      date: '2021-05-10',
      handoverBy: '2021-05-31',
      transitionMonths: 3,
      notice: '140524-2021-05-10',
      declared: { in: { matters: 2 }, back: { matters: 1 } },
    });
    expect(list.docNumber).toBeUndefined();
    expect(list.entries.map((e) => [e.matter, e.name, e.direction, e.from, e.to])).toEqual([
      ['140121002000', '渔业船舶和船用产品检验', '划转', 'jtysj', 'xzspj'],
      ['140121001003', '新增客运班线经营许可', '划转', 'jtysj', 'xzspj'],
      ['141017002000', '人防工程监理乙级以下资质年检', '划回', 'xzspj', 'zjj'],
    ]);
    // Paragraph 7 of the document (the title's empty paragraph counts).
    expect(r.stderr).toMatch(/^notices\/second\.docx:7 {2}渔业船舶和船用产品检验 {2}（请核对）按相似度对应到基本目录“渔业船舶及船用产品检验”（140121002000，相似度 0\.91）/mu);
    expect(r.stderr).toContain('1 处请核对');
  });

  it('writes it: a similarity match does not block --write', async () => {
    await wordNotice(path.join(cat.dir, 'notices/second.docx'));
    const r = await run('notices/second.docx', '--write');
    expect(r.code, r.stderr).toBe(0);
    expect(fs.existsSync(path.join(cat.dir, 'data/transfers/140524/2021-05-10-adjustment.yaml'))).toBe(true);
    expect(fs.existsSync(path.join(cat.dir, 'src/content/notices/140524-2021-05-10.mdx'))).toBe(true);
  });
});

describe('a .md notice numbered 一、 and （一） with an unmatched matter', () => {
  it('prints the draft without the unknown code, reports it with the closest candidates, exit 1', async () => {
    const r = await run('notices/lingchuan-2021-06-01.md');
    expect(r.code).toBe(1);
    const list = parse(r.stdout);
    expect(list).toMatchObject({ id: '2021-06-01-transfer', title: '陵川县人民政府关于划转第三批行政审批事项的通知', handoverBy: '2021-06-30', transitionMonths: 3, declared: { in: { matters: 2 } } });
    expect(list.entries).toEqual([
      { matter: '140121001005', name: '包车客运新增运力许可', powerType: '行政许可', direction: '划转', from: 'jtysj', to: 'xzspj' },
      { name: '城市道路占用挖掘许可', powerType: '行政许可', direction: '划转', from: 'jtysj', to: 'xzspj' },
    ]);
    const line = r.stderr.split('\n').find((l) => l.includes('城市道路占用挖掘许可'))!;
    expect(line).toMatch(/^notices\/lingchuan-2021-06-01\.md:13 {2}城市道路占用挖掘许可 {2}基本目录（data\/matters\/）中没有这个事项；最接近的：“[^”]+”（\d{12}，0\.\d\d）、/u);
    expect(r.stderr).toContain('1 处未能对应');
  });

  it('refuses --write and writes nothing', async () => {
    const before = cat.files();
    const r = await run('notices/lingchuan-2021-06-01.md', '--write');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('有未能对应的事项或部门，未写入任何文件');
    expect(r.stdout).toBe('');
    expect(cat.files()).toEqual(before);
  });
});

describe('departments', () => {
  it('reports a department that is not in the jurisdiction, with candidates, and blocks --write', async () => {
    const text = fs.readFileSync(path.join(FIXTURES, 'lingchuan-2021-7.txt'), 'utf8').replace('三、将下列事项划回县林业局办理', '三、将下列事项划回县园林局办理');
    fs.writeFileSync(path.join(cat.dir, 'notices/other.txt'), text);
    const r = await run('notices/other.txt', '--write');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^notices\/other\.txt:17 {2}县园林局 {2}划回部门在 data\/departments\/140524\/ 中没有找到部门；最接近的：“县林业局”（lyj，0\.\d\d）/mu);
    expect(fs.existsSync(path.join(cat.dir, 'data/transfers/140524'))).toBe(false);
  });
});
