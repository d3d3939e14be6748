/**
 * What a person reads on the built site is Chinese: no page of the demo build (every .html) shows
 * a schema's English field id (a camelCase key such as exerciseLevel) or a version-control term
 * (commit, git, HEAD, tag, npm run, 提交编号) as visible text — text nodes, and the alt, title,
 * aria-label and placeholder attributes; scripts and styles are not text.
 */
import fs from 'node:fs';
import path from 'node:path';
import { type DefaultTreeAdapterMap, parse } from 'parse5';
import { beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { COLLECTION_NAMES, collection } from '../src/schemas/index.ts';
import { elementOf, recordValueOf, shapeOf, unionOf } from '../src/schemas/walk.ts';
import { demoSite } from './helpers/demo-site.ts';
import { htmlPages } from './helpers/dist.ts';

type Node = DefaultTreeAdapterMap['node'];
const HIDDEN = new Set(['script', 'style', 'template', 'noscript']);
const SHOWN_ATTRIBUTES = new Set(['alt', 'title', 'aria-label', 'placeholder']);

/** The visible text of an HTML document, one string per text node or shown attribute. */
export function visibleText(html: string): string[] {
  const out: string[] = [];
  const walk = (node: Node) => {
    if ('tagName' in node) {
      if (HIDDEN.has(node.tagName)) return;
      for (const a of node.attrs) if (SHOWN_ATTRIBUTES.has(a.name)) out.push(a.value);
    }
    if (node.nodeName === '#text' && 'value' in node) out.push(node.value);
    const children = 'content' in node && node.nodeName === 'template' ? [] : 'childNodes' in node ? node.childNodes : [];
    for (const c of children) walk(c);
  };
  walk(parse(html) as Node);
  return out;
}

/** Every camelCase key of every collection's schema, nested ones included. */
export function camelCaseKeys(): string[] {
  const keys = new Set<string>();
  const seen = new Set<z.ZodType>();
  const visit = (s: z.ZodType | undefined) => {
    if (!s || seen.has(s)) return;
    seen.add(s);
    for (const [k, f] of Object.entries(shapeOf(s) ?? {})) {
      if (/[a-z][A-Z]/.test(k)) keys.add(k);
      visit(f);
    }
    visit(elementOf(s));
    visit(recordValueOf(s));
    for (const o of unionOf(s)?.options ?? []) visit(o);
  };
  for (const name of COLLECTION_NAMES) visit(collection(name).schema);
  return [...keys].sort();
}

const GIT_TERMS = /\bcommit\b|\bgit\b|\bHEAD\b|\btag\b|npm run|提交编号/i;

/** The forbidden words found in `texts`, with a little context each. */
export function forbiddenIn(texts: readonly string[], ids: readonly string[]): string[] {
  const fieldIds = new RegExp(`\\b(?:${ids.join('|')})\\b`);
  const found: string[] = [];
  for (const t of texts) {
    for (const re of [fieldIds, GIT_TERMS]) {
      const m = re.exec(t);
      if (m) found.push(`“${m[0]}” in “${t.trim().slice(Math.max(0, m.index - 30), m.index + 30)}”`);
    }
  }
  return found;
}

describe('visible text of the demo site', () => {
  let out: string;
  beforeAll(async () => {
    const site = await demoSite();
    expect(site.build.code, site.build.output).toBe(0);
    out = site.out;
  }, 600_000);

  it('knows the field ids to look for, and finds them and the version-control terms in visible text only', () => {
    const ids = camelCaseKeys();
    expect(ids).toEqual(expect.arrayContaining(['exerciseLevel', 'implementerNature', 'promisedLimit', 'formRef', 'noticeUnpublished']));
    const html = '<p>修改了 exerciseLevel</p><p title="git 版本">x</p><script>const promisedLimit = 1</script><p data-x="commit">行使层级</p><p>见 npm run diff</p>';
    expect(forbiddenIn(visibleText(html), ids)).toEqual(['“exerciseLevel” in “修改了 exerciseLevel”', '“git” in “git 版本”', '“npm run” in “见 npm run diff”']);
  });

  it('shows no English field id and no version-control term on any page', () => {
    const ids = camelCaseKeys();
    const pages = htmlPages(out);
    expect(pages.length).toBeGreaterThan(100);
    const problems = pages.flatMap((p) => forbiddenIn(visibleText(fs.readFileSync(path.join(out, p), 'utf8')), ids).map((f) => `${p}: ${f}`));
    expect(problems).toEqual([]);
  });
});
