/**
 * Integration: build the demo site with Astro into a temporary directory and check that every
 * record has its page, every internal link and asset resolves, and no page loads anything from
 * another host. Also: a catalogue with an error does not build, and says why.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formDownloads, generatedDocx } from '../src/site/downloads.ts';
import { routes } from '../src/site/routes.ts';
import { Site } from '../src/site/site.ts';
import { validate } from '../src/check/validate.ts';
import { REPO, copyDemo } from './helpers/cli.ts';
import { htmlPages, isExternal, referencesOf, resolveInternal } from './helpers/dist.ts';

const ASTRO = path.join(REPO, 'node_modules/astro/bin/astro.mjs');

function astroBuild(root: string, outDir: string) {
  return spawnSync(process.execPath, [ASTRO, 'build', '--root', root, '--outDir', outDir], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' },
  });
}

describe('the demo site', () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'oneseal-dist-'));
  let build: ReturnType<typeof astroBuild>;
  let pages: string[];
  const { catalogue } = validate(REPO);

  beforeAll(() => {
    build = astroBuild(REPO, out);
    pages = htmlPages(out);
  }, 300_000);
  afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

  it('builds', () => {
    expect(build.status, build.stdout + build.stderr).toBe(0);
  });

  it('has a page for every guide, matter, sub-item, list, division, department and notice', () => {
    const expected = [
      ...catalogue.guides.map((g) => `guides/${g.data.jurisdiction}/${g.data.code}/index.html`),
      ...catalogue.matters.flatMap((m) => [m.data.code, ...m.data.subItems.map((s) => s.code)]).map((c) => `matters/${c}/index.html`),
      ...catalogue.transfers.map((t) => `transfers/${t.data.jurisdiction}/${t.data.id}/index.html`),
      ...catalogue.responsibilities.map((r) => `responsibilities/${r.data.jurisdiction}/${r.data.matter}/index.html`),
      ...catalogue.departments.map((d) => `departments/${d.data.jurisdiction}/${d.data.id}/index.html`),
      ...catalogue.notices.map((n) => `notices/${n.data.id}/index.html`),
      'index.html',
    ];
    expect(catalogue.guides.length).toBeGreaterThanOrEqual(14);
    const missing = expected.filter((p) => !pages.includes(p));
    expect(missing).toEqual([]);
  });

  it('shows every guide element on the guide page', () => {
    for (const g of catalogue.guides) {
      const html = fs.readFileSync(path.join(out, `guides/${g.data.jurisdiction}/${g.data.code}/index.html`), 'utf8');
      for (const text of [g.data.name, g.data.code, g.data.place, ...g.data.materials.map((m) => m.name), ...g.data.steps.map((s) => s.name), g.data.result.name, g.data.remedy.litigation, ...[g.data.exerciseLevel, g.data.implementerNature, g.data.powerSource].filter((x) => x !== undefined)]) {
        expect(html, `${g.file}: ${text}`).toContain(escapeHtml(text));
      }
    }
  });

  it('declares Chinese on every page', () => {
    for (const p of pages) expect(fs.readFileSync(path.join(out, p), 'utf8'), p).toMatch(/<html[^>]*\blang="zh-CN"/);
  });

  it('resolves every internal link and asset', () => {
    const broken: string[] = [];
    for (const p of pages) {
      for (const ref of referencesOf(out, p)) {
        if (isExternal(ref.url)) continue;
        if (!resolveInternal(out, p, ref.url)) broken.push(`${p}: <${ref.tag}> ${ref.url}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('offers the blank and sample of every form material, as files of the size shown, and a page for each', async () => {
    const site = new Site(validate(REPO), REPO);
    let checked = 0;
    for (const g of catalogue.guides) {
      const page = `guides/${g.data.jurisdiction}/${g.data.code}/index.html`;
      const html = fs.readFileSync(path.join(out, page), 'utf8');
      for (const m of g.data.materials) {
        if (!m.formRef) continue;
        for (const href of [routes.form(m.formRef), routes.formSample(m.formRef)]) expect(html, `${page}: ${href}`).toContain(`href="${href}"`);
        for (const d of await formDownloads(site, m.formRef)) {
          expect(html, `${page}: ${d.href}`).toContain(`href="${d.href}"`);
          expect(html, `${page}: ${d.label}`).toContain(`${d.type}，${d.size}`);
          const file = resolveInternal(out, page, d.href);
          expect(file, `${page}: ${d.href}`).toBeDefined();
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
          expect(built.equals(Buffer.from(await generatedDocx(site, f.data, kind))), `${f.data.id} ${kind}`).toBe(true);
        }
      }
    }
  });

  it('loads nothing from another host', () => {
    const external = pages.flatMap((p) => referencesOf(out, p).filter((r) => r.tag !== 'a' && isExternal(r.url)).map((r) => `${p}: <${r.tag}> ${r.url}`));
    expect(external).toEqual([]);
  });
});

describe('a catalogue with an error', () => {
  it('does not build, and prints the located problem without a stack trace', () => {
    const demo = copyDemo();
    try {
      for (const f of ['astro.config.mjs', 'tsconfig.json', 'package.json']) fs.copyFileSync(path.join(REPO, f), path.join(demo.dir, f));
      fs.cpSync(path.join(REPO, 'src'), path.join(demo.dir, 'src'), { recursive: true });
      fs.symlinkSync(path.join(REPO, 'node_modules'), path.join(demo.dir, 'node_modules'));
      const guide = fs.readdirSync(path.join(demo.dir, 'data/guides/140525')).sort()[0]!;
      fs.rmSync(path.join(demo.dir, 'data/guides/140525', guide));
      const out = path.join(demo.dir, 'dist');
      const r = astroBuild(demo.dir, out);
      const output = r.stdout + r.stderr;
      expect(r.status).not.toBe(0);
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
