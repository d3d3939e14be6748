/**
 * Data is never code. A copy of the demo whose every free-text field carries a script, an
 * <img onerror> and a javascript: URL, whose URL fields hold javascript: and data: URLs, and
 * which has a notice full of code and raw HTML, is built with the two rules that would refuse it
 * (url-scheme, notice-content) taken out of the copy: the pages must still hold no script but the
 * site's own, no event handler, no javascript: or data: URL, and nothing the notice tried to read.
 * The full check, on the same copy, refuses exactly those URLs and that notice.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { type DefaultTreeAdapterMap, parse } from 'parse5';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml, stringify } from 'yaml';
import { formatPath } from '../src/check/problems.ts';
import { validate } from '../src/check/validate.ts';
import { COLLECTIONS, DATA_COLLECTION_NAMES, schemaFileName } from '../src/schemas/index.ts';
import { type BuildResult, astroBuild, copyProject, linkNodeModules } from './helpers/build.ts';
import { REPO } from './helpers/cli.ts';
import { htmlPages } from './helpers/dist.ts';

const PAYLOAD = ' <script>alert(1)</script><img src=x onerror=alert(1)> javascript:alert(1)';
const BAD_URLS = ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', ' JaVa\tScRiPt:alert(1)'];
/** A string of the project's package.json that the probe notice tries to read into its page. */
const PACKAGE_MARK = '"allowScripts"';

const PROBE_NOTICE = `---
title: 探测文件
issuer: 泽州县人民政府
date: 2020-12-24
jurisdiction: '140525'
kind: 其他
---

## 探测

import fs from "node:fs"

export const secret = process.env.HOME

{process.env.HOME}{fs.readFileSync("package.json", "utf8")}

<script>alert(1)</script>

<img src=x onerror=alert(1)>

<iframe srcdoc="<script>alert(1)</script>"></iframe>

[链接](javascript:alert(1)) ![图](data:image/svg+xml,<svg onload=alert(1)>) [b]

[b]: javascript:alert(1)

面积 m<sup onclick="alert(1)">2</sup>，H<sub>2</sub>O，上<br />下。代码 \`<script>alert(1)</script>\`，转义 \\<script\\>alert(1)\\</script\\>。
`;

type Json = Record<string, unknown>;
type Leaf = { file: string; path: (string | number)[]; original: string };

/** The JSON Schema node that describes a value of this JavaScript type (picking among anyOf). */
function forValue(schema: Json | undefined, value: unknown): Json | undefined {
  if (!schema) return undefined;
  if (Array.isArray(schema.anyOf)) {
    const kind = Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value === 'object' ? 'object' : typeof value;
    const options = (schema.anyOf as Json[]).map((o) => forValue(o, value)).filter((o): o is Json => !!o);
    return options.find((o) => o.type === kind || (kind === 'number' && o.type === 'integer')) ?? options[0];
  }
  return schema;
}

/** A string field of free text: no pattern, format, enum or constant (codes, ids, dates, URLs, code lists). */
const isFreeText = (s: Json | undefined) =>
  !!s && s.type === 'string' && s.pattern === undefined && s.format === undefined && s.enum === undefined && s.const === undefined;

/** Every free-text string leaf of a record, by its JSON Schema. */
function freeTextLeaves(value: unknown, schema: Json | undefined, at: (string | number)[] = []): { path: (string | number)[]; value: string }[] {
  const s = forValue(schema, value);
  if (typeof value === 'string') return isFreeText(s) ? [{ path: at, value }] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => freeTextLeaves(v, s?.items as Json | undefined, [...at, i]));
  if (value && typeof value === 'object') {
    const props = (s?.properties ?? {}) as Record<string, Json>;
    return Object.entries(value).flatMap(([k, v]) => freeTextLeaves(v, props[k] ?? (s?.additionalProperties as Json | undefined), [...at, k]));
  }
  return [];
}

function setAt(obj: unknown, at: readonly (string | number)[], v: unknown): void {
  let o = obj as Record<string | number, unknown>;
  for (const k of at.slice(0, -1)) o = o[k] as Record<string | number, unknown>;
  o[at[at.length - 1]!] = v;
}

const YAML_FILE = /\.ya?ml$/u;

function yamlFiles(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => YAML_FILE.test(f)).map((f) => f.split(path.sep).join('/'));
}

/**
 * Poisons the catalogue under `root`: the payload appended to every free-text string, a bad URL in
 * every URL field (top level, where the schemas have them). Appends are then undone where the
 * check (without url-scheme, which the bad URLs fail on purpose) objects, e.g. a name that must
 * match another file's. Returns the free-text fields left poisoned.
 */
function poison(root: string): Leaf[] {
  const schemas = Object.fromEntries(
    DATA_COLLECTION_NAMES.map((c) => [COLLECTIONS[c].source.dir, JSON.parse(fs.readFileSync(path.join(REPO, 'schemas', schemaFileName(c)), 'utf8')) as Json]),
  );
  const docs = new Map<string, { data: Json; header: string }>();
  const leaves = new Map<string, Leaf>();
  let bad = 0;
  for (const f of yamlFiles(path.join(root, 'data'))) {
    const file = `data/${f}`;
    const text = fs.readFileSync(path.join(root, file), 'utf8');
    const data = parseYaml(text) as Json;
    const schema = schemas[f.split('/')[0]!];
    if (!schema || !data || typeof data !== 'object') continue;
    for (const leaf of freeTextLeaves(data, schema)) {
      setAt(data, leaf.path, leaf.value + PAYLOAD);
      leaves.set(`${file}|${formatPath(leaf.path)}`, { file, path: leaf.path, original: leaf.value });
    }
    for (const [k, p] of Object.entries((schema.properties ?? {}) as Record<string, Json>)) {
      if (forValue(p, '')?.format === 'uri') data[k] = BAD_URLS[bad++ % BAD_URLS.length];
    }
    docs.set(file, { data, header: text.startsWith('#') ? `${text.split('\n')[0]}\n` : '' });
  }
  const write = () => {
    for (const [file, { data, header }] of docs) fs.writeFileSync(path.join(root, file), header + stringify(data));
  };
  write();
  for (let round = 0; round < 5; round++) {
    const errors = validate(root).problems.filter((p) => p.severity === 'error' && p.rule !== 'url-scheme' && p.rule !== 'notice-content');
    if (errors.length === 0) return [...leaves.values()];
    let undone = 0;
    for (const p of errors) {
      const leaf = leaves.get(`${p.file}|${p.path}`);
      if (!leaf) continue;
      setAt(docs.get(leaf.file)!.data, leaf.path, leaf.original);
      leaves.delete(`${p.file}|${p.path}`);
      undone++;
    }
    if (undone === 0) throw new Error(`the poisoned copy fails the check where nothing was poisoned:\n${errors.map((p) => `${p.file}:${p.line}  ${p.rule}  ${p.path}  ${p.message}`).join('\n')}`);
    write();
  }
  throw new Error('the poisoned copy still fails the check after five rounds of undoing');
}

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

function* elements(node: Node): Generator<Element> {
  if ('tagName' in node) yield node;
  if ('content' in node && node.content) yield* elements(node.content as Node);
  if ('childNodes' in node) for (const c of node.childNodes) yield* elements(c);
}

const textOf = (node: Node): string =>
  'value' in node && node.nodeName === '#text' ? node.value : 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';

/** Attributes whose value a browser may load or navigate to. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'data', 'cite', 'background', 'ping']);
const JS_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript', 'text/ecmascript', 'application/ecmascript']);
/** The schemes a page may link to: the web, the telephone and mail. */
const SAFE_SCHEMES = new Set(['http:', 'https:', 'tel:', 'mailto:']);

interface Finding {
  readonly page: string;
  readonly what: string;
}

function scanPage(dist: string, page: string): { findings: Finding[]; scripts: string[]; text: string } {
  const doc = parse(fs.readFileSync(path.join(dist, page), 'utf8'));
  const findings: Finding[] = [];
  const scripts: string[] = [];
  for (const el of elements(doc)) {
    for (const a of el.attrs) {
      if (/^on/iu.test(a.name)) findings.push({ page, what: `<${el.tagName} ${a.name}="${a.value}">` });
      if (URL_ATTRIBUTES.has(a.name.toLowerCase()) || a.name === 'srcset') {
        for (const v of a.name === 'srcset' ? a.value.split(',').map((s) => s.trim().split(/\s+/u)[0]!) : [a.value]) {
          const scheme = new URL(v, 'https://site.invalid/').protocol;
          if (!SAFE_SCHEMES.has(scheme)) findings.push({ page, what: `<${el.tagName} ${a.name}="${v}">` });
        }
      }
      if (a.name === 'srcdoc') findings.push({ page, what: `<${el.tagName} srcdoc>` });
    }
    if (['iframe', 'object', 'embed', 'base', 'frame', 'frameset', 'applet'].includes(el.tagName)) findings.push({ page, what: `<${el.tagName}>` });
    if (el.tagName === 'meta' && el.attrs.some((a) => a.name === 'http-equiv' && a.value.toLowerCase() === 'refresh')) findings.push({ page, what: '<meta http-equiv=refresh>' });
    if (el.tagName === 'script') {
      const type = (el.attrs.find((a) => a.name === 'type')?.value ?? '').trim().toLowerCase();
      if (JS_TYPES.has(type)) scripts.push(el.attrs.find((a) => a.name === 'src')?.value ?? textOf(el));
    }
  }
  return { findings, scripts, text: textOf(doc) };
}

/** Pagefind's fragments (gzip, then a signature, then JSON): the text the search page shows as excerpts. */
function pagefindFragments(dist: string): { file: string; json: string }[] {
  const dir = path.join(dist, 'pagefind/fragment');
  return fs.readdirSync(dir).map((f) => {
    const raw = zlib.gunzipSync(fs.readFileSync(path.join(dir, f))).toString('utf8');
    return { file: f, json: raw.slice(raw.indexOf('{')) };
  });
}

describe('data is never code: a poisoned catalogue builds into pages without foreign scripts', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'oneseal-xss-'));
  const out = path.join(root, 'dist');
  const home = path.join(root, 'home-of-the-build');
  let leaves: Leaf[] = [];
  let build: BuildResult;
  let pages: string[] = [];

  beforeAll(async () => {
    copyProject(root);
    fs.cpSync(path.join(REPO, 'data'), path.join(root, 'data'), { recursive: true });
    linkNodeModules(root);
    fs.mkdirSync(home);
    fs.writeFileSync(path.join(root, 'src/content/notices/probe.mdx'), PROBE_NOTICE);
    leaves = poison(root);
    // The first line of defence out of the way: the pages alone must keep the data inert.
    for (const rule of ['url-scheme', 'notice-content']) fs.rmSync(path.join(root, `src/check/rules/${rule}.ts`));
    build = await astroBuild(root, out, { env: { HOME: home } });
    pages = build.code === 0 ? htmlPages(out) : [];
  }, 300_000);
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('poisons the free text of every collection that has any', () => {
    const collections = new Set(leaves.map((l) => l.file.split('/')[1]));
    const present = DATA_COLLECTION_NAMES.map((c) => COLLECTIONS[c].source.dir).filter((d) => fs.existsSync(path.join(REPO, 'data', d)));
    expect(present.length).toBeGreaterThanOrEqual(7);
    for (const c of present) expect(collections, c).toContain(c);
    expect(leaves.length).toBeGreaterThan(300);
  });

  it('is refused by the full check exactly for its URLs and its notice', () => {
    // The rules as the repository has them (the copy's rule folder has lost two).
    const problems = validate(root).problems.filter((p) => p.severity === 'error');
    expect(new Set(problems.map((p) => p.rule))).toEqual(new Set(['url-scheme', 'notice-content']));
    expect(problems.filter((p) => p.rule === 'notice-content').every((p) => p.file === 'src/content/notices/probe.mdx')).toBe(true);
    expect(problems.filter((p) => p.rule === 'url-scheme').map((p) => p.path)).toEqual(expect.arrayContaining(['website', 'onlineUrl']));
  });

  it('builds without those two rules', () => {
    expect(build.code, build.output.slice(-3000)).toBe(0);
    expect(pages.length).toBeGreaterThan(100);
  });

  it('shows the payload as text on the pages', () => {
    const shown = pages.filter((p) => scanPage(out, p).text.includes('<script>alert(1)</script><img src=x onerror=alert(1)>'));
    for (const prefix of ['guides/', 'matters/', 'departments/', 'forms/', 'transfers/', 'responsibilities/', 'notices/probe/'])
      expect(shown.some((p) => p.startsWith(prefix)), prefix).toBe(true);
  });

  it('has no event handler, no javascript: or data: URL, no frame and no foreign script on any page', () => {
    const findings: Finding[] = [];
    const scripts: { page: string; script: string }[] = [];
    for (const page of pages) {
      const scan = scanPage(out, page);
      findings.push(...scan.findings);
      for (const script of scan.scripts) scripts.push({ page, script });
    }
    expect(findings).toEqual([]);
    // The only script is the search page's own, bundled by Astro from src/pages/search.astro
    // (inline, or a file of the site's own when it is larger).
    expect(scripts.map((s) => s.page)).toEqual(['search/index.html']);
    const own = scripts[0]!.script;
    const code = /^\/_astro\/[\w.-]+\.js$/u.test(own) ? fs.readFileSync(path.join(out, own), 'utf8') : own;
    expect(code).toContain('pagefind');
    expect(code).not.toContain('alert(');
    // It writes results as text: no HTML from the index reaches the page.
    expect(code).not.toContain('innerHTML');
  });

  it('shows the bad URLs of the data as text, not links', () => {
    const guide = pages.find((p) => p.startsWith('guides/') && p.split('/').length === 4)!;
    const text = scanPage(out, guide).text;
    expect(BAD_URLS.some((u) => text.includes(u.trim()))).toBe(true);
  });

  it('renders the probe notice as inert text: nothing read, nothing run', () => {
    const html = fs.readFileSync(path.join(out, 'notices/probe/index.html'), 'utf8');
    expect(html).not.toContain(home);
    expect(html).not.toContain(PACKAGE_MARK);
    const text = scanPage(out, 'notices/probe/index.html').text;
    expect(text).toContain('{process.env.HOME}');
    expect(text).toContain('import fs from "node:fs"');
    // The allowed tags, rebuilt; the <sup> with an attribute is dropped with its closing tag.
    expect(html).toContain('面积 m2，H<sub>2</sub>O，上<br>下');
  });

  it('gives the search page the payload as text: in the metadata it shows, and never as markup in the index', () => {
    const fragments = pagefindFragments(out);
    const poisoned = fragments.filter((f) => f.json.includes('alert(1)'));
    expect(poisoned.length).toBeGreaterThan(10);
    for (const f of poisoned) {
      const { content, meta } = JSON.parse(f.json) as { content: string; meta: Record<string, string> };
      expect(content, f.file).not.toMatch(/<(?:script|img)/iu);
      // The page sets 名称, 正文 and the rest with textContent (see the script check above).
      expect(Object.values(meta).some((v) => v.includes('alert(1)')), f.file).toBe(true);
    }
  });
});
