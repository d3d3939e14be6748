/**
 * Integration: the demo site, built once for the run (tests/helpers/demo-site.ts): every record
 * has its page and there is no other page, every internal link and asset resolves, and no page
 * loads anything from another host. Also: a catalogue with an error does not build, and says why.
 */
import fs from 'node:fs';
import path from 'node:path';
import { type DefaultTreeAdapterMap, parse } from 'parse5';
import { beforeAll, describe, expect, it } from 'vitest';
import { formDownloads, generatedDocx } from '../src/site/downloads.ts';
import { routes } from '../src/site/routes.ts';
import { Site } from '../src/site/site.ts';
import { validate } from '../src/check/validate.ts';
import { isUnpublished } from '../src/schemas/index.ts';
import { astroBuild, copyProject, linkNodeModules } from './helpers/build.ts';
import { REPO, copyDemo } from './helpers/cli.ts';
import { type DemoSite, demoSite } from './helpers/demo-site.ts';
import { htmlPages, isExternal, referencesOf, resolveInternal } from './helpers/dist.ts';

/** The file a page route is written to: /guides/140525/x/ → guides/140525/x/index.html */
const pageFile = (route: string) => `${route.slice(1)}index.html`;

describe('the demo site', () => {
  let site: DemoSite;
  let out: string;
  let pages: string[];
  let expected: string[];
  const { catalogue } = validate(REPO);

  beforeAll(async () => {
    site = await demoSite();
    out = site.out;
    pages = htmlPages(out);
    expected = [
      ...[routes.home, routes.matters, routes.guides, routes.transfers, routes.responsibilities, routes.departments, routes.notices, routes.forms, routes.tongban, routes.search, routes.versions, routes.openData].map((r) => r()),
      ...catalogue.guides.map((g) => routes.guide(g.data.jurisdiction, g.data.code)),
      ...catalogue.matters.flatMap((m) => [m.data.code, ...m.data.subItems.map((s) => s.code)]).map(routes.matter),
      ...catalogue.transfers.map((t) => routes.transfer(t.data.jurisdiction, t.data.id)),
      ...catalogue.responsibilities.map((r) => routes.responsibility(r.data.jurisdiction, r.data.matter)),
      ...catalogue.departments.map((d) => routes.department(d.data.jurisdiction, d.data.id)),
      ...catalogue.notices.map((n) => routes.notice(n.data.id)),
      ...catalogue.forms.flatMap((f) => [routes.form(f.data.id), routes.formSample(f.data.id)]),
      ...[site.first, site.second].map((c) => routes.version(c.slice(0, 10))),
      ...catalogue.releases.map((r) => routes.release(r.data.id)),
    ]
      .map(pageFile)
      .concat('404.html')
      .sort();
  }, 600_000);

  /** Every page built, checked first to be exactly the expected ones: a loop over no pages proves nothing. */
  const everyPage = () => {
    expect(pages).toEqual(expected);
    return pages;
  };

  it('builds', () => {
    expect(site.build.code, site.build.output).toBe(0);
  });

  it('has a page for every guide, matter, sub-item, list, division, department, notice, form and version, and no other', () => {
    expect(catalogue.guides.length).toBeGreaterThanOrEqual(14);
    expect(expected.length).toBeGreaterThan(100);
    expect(pages).toEqual(expected);
  });

  it('shows every guide element on the guide page', () => {
    for (const g of catalogue.guides) {
      const html = fs.readFileSync(path.join(out, `guides/${g.data.jurisdiction}/${g.data.code}/index.html`), 'utf8');
      for (const text of [g.data.name, g.data.code, g.data.place, ...g.data.materials.map((m) => m.name), ...g.data.steps.map((s) => s.name), g.data.result.name, g.data.remedy.litigation, ...[g.data.exerciseLevel, g.data.implementerNature, g.data.powerSource].filter((x) => x !== undefined)]) {
        expect(html, `${g.file}: ${text}`).toContain(escapeHtml(text));
      }
    }
  });

  it('shows the handover and filing a list records as captioned tables with headers, and nothing for a list without them', () => {
    const adjustment = catalogue.transfers.find((t) => t.data.id === '2020-12-24-adjustment')!.data;
    const page = parse(fs.readFileSync(path.join(out, pageFile(routes.transfer('140525', adjustment.id))), 'utf8'));
    const handover = tableByCaption(page, '移交内容及状态');
    expect(textOf(handover.caption)).toBe('移交内容及状态（交接截止日期 2020年12月30日）');
    expect(handover.head).toEqual([['移交内容', 'col'], ['状态', 'col'], ['移交人', 'col'], ['接收人', 'col'], ['日期', 'col'], ['说明', 'col']]);
    expect(handover.rows.map((r) => [r.header, r.cells[0]])).toEqual(adjustment.handover!.checklist.map((c) => [c.item, c.state]));
    expect(handover.rows.every((r) => r.headerScope === 'row')).toBe(true);
    const liaisons = tableByCaption(page, '各部门移交工作联络员');
    expect(liaisons.rows.map((r) => r.cells.at(-1))).toEqual(adjustment.handover!.liaisons.map(() => '未公开'));
    const filing = elementById(page, 'filing');
    expect(textOf(filing)).toContain('未见公开的备案记录');
    expect(textOf(filing)).toContain('本站没有收录泽州县及其上级区划规定的清单备案期限');
    const first = parse(fs.readFileSync(path.join(out, pageFile(routes.transfer('140525', 'first-batch'))), 'utf8'));
    expect(elementById(first, 'handover')).toBeUndefined();
    expect(elementById(first, 'filing')).toBeUndefined();
  });

  it('shows the elements a citizen acts on, and where to ask for each fact that is not published', () => {
    // A fact is shown as given, or as 未公开 with where to ask.
    const shown = (v: unknown): string[] => (isUnpublished(v) ? ['未公开', v.ask] : typeof v === 'string' ? [v] : []);
    for (const g of catalogue.guides) {
      const d = g.data;
      const html = fs.readFileSync(path.join(out, `guides/${d.jurisdiction}/${d.code}/index.html`), 'utf8');
      const texts = [
        ...shown(d.address),
        ...shown(d.room),
        ...shown(d.phones.consultation),
        d.phones.complaint,
        ...shown(d.onlineUrl),
        ...shown(d.result.sample),
        ...shown(d.appointment),
        ...shown(d.express),
        ...shown(d.onlineDepth),
        ...shown(d.exerciseMode),
        ...(d.visits > 0 && d.visitsReason ? [d.visitsReason] : []),
        ...d.fees.flatMap((f) => [f.item, ...shown(f.standard), f.basis]),
        ...d.intermediaries.flatMap((m) => [m.name, ...shown(m.basis)]),
        ...d.specialProcedures.flatMap((p) => [p.name, p.basis, ...(typeof p.limit === 'string' ? [p.limit] : [])]),
      ];
      for (const text of texts) expect(html, `${g.file}: ${text}`).toContain(escapeHtml(text));
      expect(html, `${g.file}: 中介服务`).toContain(d.intermediaries.length ? '设定依据' : '本事项不涉及中介服务');
      expect(html, `${g.file}: 特别程序`).toContain(d.specialProcedures.length ? '是否计入办理时限' : '本事项没有特别程序');
    }
    // The demo's facts that the public record does not give are said to be unpublished, not invented.
    expect(catalogue.guides.filter((g) => isUnpublished(g.data.address)).length).toBeGreaterThan(0);
  });

  it('declares Chinese on every page', () => {
    for (const p of everyPage()) expect(fs.readFileSync(path.join(out, p), 'utf8'), p).toMatch(/<html[^>]*\blang="zh-CN"/);
  });

  it('resolves every internal link and asset', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const p of everyPage()) {
      for (const ref of referencesOf(out, p)) {
        if (isExternal(ref.url)) continue;
        checked++;
        if (!resolveInternal(out, p, ref.url)) broken.push(`${p}: <${ref.tag}> ${ref.url}`);
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(pages.length * 5); // every page links to the home page, its styles, its lists…
  });

  it('offers the blank and sample of every form material, as files of the size shown, and a page for each', async () => {
    const view = new Site(validate(REPO), REPO);
    let checked = 0;
    for (const g of catalogue.guides) {
      const page = `guides/${g.data.jurisdiction}/${g.data.code}/index.html`;
      const html = fs.readFileSync(path.join(out, page), 'utf8');
      for (const m of g.data.materials) {
        if (!m.formRef) continue;
        for (const href of [routes.form(m.formRef), routes.formSample(m.formRef)]) expect(html, `${page}: ${href}`).toContain(`href="${href}"`);
        for (const d of await formDownloads(view, m.formRef)) {
          expect(html, `${page}: ${d.href}`).toContain(`href="${d.href}"`);
          expect(html, `${page}: ${d.label}`).toContain(`${d.type}，${d.size}`);
          const file = resolveInternal(out, page, d.href);
          expect(file, `${page}: ${d.href}`).toBe(decodeURIComponent(d.href).slice(1));
          const bytes = fs.readFileSync(path.join(out, file!));
          expect(bytes.length, d.href).toBe(d.bytes);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
    for (const f of catalogue.forms) {
      for (const p of [`forms/${f.data.id}/index.html`, `forms/${f.data.id}/sample/index.html`]) expect(pages).toContain(p);
      // Built in another process at another time, the Word files are the same bytes as made now.
      if (f.data.sections?.length) {
        for (const kind of ['blank', 'sample'] as const) {
          const built = fs.readFileSync(path.join(out, `forms/${f.data.id}/${f.data.id}-${kind}.docx`));
          expect(built.equals(Buffer.from(await generatedDocx(view, f.data, kind))), `${f.data.id} ${kind}`).toBe(true);
        }
      }
    }
  });

  it('loads nothing from another host', () => {
    const refs = everyPage().flatMap((p) => referencesOf(out, p));
    expect(refs.filter((r) => r.tag === 'link' || r.tag === 'script').length).toBeGreaterThanOrEqual(pages.length); // each page's styles
    const external = refs.filter((r) => r.tag !== 'a' && isExternal(r.url)).map((r) => `${r.page}: <${r.tag}> ${r.url}`);
    expect(external).toEqual([]);
  });
});

describe('a catalogue with an error', () => {
  // A build of its own: the shared one is of a valid catalogue.
  it('does not build, and prints the located problem without a stack trace', async () => {
    const demo = copyDemo();
    try {
      copyProject(demo.dir);
      linkNodeModules(demo.dir);
      const guide = fs.readdirSync(path.join(demo.dir, 'data/guides/140525')).sort()[0]!;
      fs.rmSync(path.join(demo.dir, 'data/guides/140525', guide));
      const out = path.join(demo.dir, 'dist');
      const r = await astroBuild(demo.dir, out);
      const output = r.output;
      expect(r.code).not.toBe(0);
      expect(output).toMatch(/data\/transfers\/140525\/\S+\.yaml:\d+:\d+ {2}held-coverage {2}entries\[\d+\]\.matter/);
      expect(output).toContain('目录数据有错误，未生成网站');
      expect(output).not.toMatch(/Stack trace|unhandled error|    at \S+:\d+:\d+/);
      expect(fs.existsSync(path.join(out, 'index.html'))).toBe(false);
    } finally {
      demo.cleanup();
    }
  }, 120_000);
});

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const isElement = (n: Node): n is Element => 'tagName' in n;
const childrenOf = (n: Node): Node[] => ('childNodes' in n ? n.childNodes : []);
const attr = (e: Element, name: string) => e.attrs.find((a) => a.name === name)?.value;

function elements(n: Node, pick: (e: Element) => boolean): Element[] {
  const own = isElement(n) && pick(n) ? [n] : [];
  return [...own, ...childrenOf(n).flatMap((c) => elements(c, pick))];
}

function textOf(n: Node | undefined): string {
  if (!n) return '';
  if (n.nodeName === '#text') return (n as DefaultTreeAdapterMap['textNode']).value;
  return childrenOf(n).map(textOf).join('');
}

const elementById = (root: Node, id: string) => elements(root, (e) => attr(e, 'id') === id)[0];

/** The table whose caption starts with `caption`: its header cells (text, scope) and body rows. */
function tableByCaption(root: Node, caption: string) {
  const table = elements(root, (e) => e.tagName === 'table').find((t) => textOf(elements(t, (e) => e.tagName === 'caption')[0]).startsWith(caption));
  if (!table) throw new Error(`no table captioned ${caption}`);
  const [thead] = elements(table, (e) => e.tagName === 'thead');
  const [tbody] = elements(table, (e) => e.tagName === 'tbody');
  return {
    caption: elements(table, (e) => e.tagName === 'caption')[0],
    head: elements(thead!, (e) => e.tagName === 'th').map((th) => [textOf(th), attr(th, 'scope')]),
    rows: elements(tbody!, (e) => e.tagName === 'tr').map((tr) => {
      const th = elements(tr, (e) => e.tagName === 'th')[0];
      return { header: textOf(th), headerScope: th && attr(th, 'scope'), cells: elements(tr, (e) => e.tagName === 'td').map(textOf) };
    }),
  };
}
