/**
 * Renders a catalogue diff (src/lib/diff.ts) as plain text (terminals, closing notes), Markdown,
 * JSON (machine-readable, stable key order, with a formatVersion) or a self-contained HTML fragment.
 */
import type { z } from 'zod';
import type { CatalogueDiff, ChangedRecord, CollectionDiff, DiffCollection, FieldChange, HoldingsDiff, JurisdictionGroup, RecordRef } from './diff.ts';
import { formatTimeLimit } from '../site/format.ts';
import { fieldOf, itemsOf, keyLabel, pathLabel, schemaAt } from '../schemas/index.ts';

export const DIFF_FORMATS = ['text', 'md', 'json', 'html'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

/** Version of the JSON output's structure; bump on any incompatible change. */
export const DIFF_FORMAT_VERSION = 1;

export interface VersionInfo {
  /** The ref as given (v1, main, HEAD~2, a commit id, a release id). */
  readonly ref: string;
  /** How the version is named in the title, instead of the ref (a release: its title, id and date). */
  readonly label?: string;
  /** The release the version is, when it is one. */
  readonly release?: { readonly id: string; readonly title: string; readonly date: string };
  readonly commit?: string;
  /** Committer date, ISO 8601. */
  readonly date?: string;
  readonly subject?: string;
}

export interface DiffMeta {
  readonly from: VersionInfo;
  readonly to: VersionInfo;
}

export function formatDiff(diff: CatalogueDiff, format: DiffFormat, meta: DiffMeta): string {
  switch (format) {
    case 'text':
      return formatText(diff, meta);
    case 'md':
      return formatMarkdown(diff, meta);
    case 'json':
      return `${JSON.stringify(toJson(diff, meta), null, 2)}\n`;
    case 'html':
      return formatHtml(diff, meta);
  }
}

// ---------------------------------------------------------------------------------------------
// Shared wording

const isPlain = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isTimeLimit = (v: unknown): v is { value: number; unit: string } =>
  isPlain(v) && Object.keys(v).length === 2 && typeof v.value === 'number' && typeof v.unit === 'string';

/**
 * A value as people read it: strings in quotes, 是/否, 20 个工作日, lists with 、; the fields of an
 * object are named in Chinese from `schema` (the value's schema, see src/schemas/labels.ts).
 */
export function showValue(v: unknown, schema?: z.ZodType): string {
  if (v === undefined || v === null) return '（无）';
  if (typeof v === 'string') return `“${v.replace(/\r?\n/g, '↵')}”`;
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return v.length ? `［${v.map((x) => showValue(x, itemsOf(schema))).join('、')}］` : '（空）';
  if (isTimeLimit(v)) return formatTimeLimit(v as Parameters<typeof formatTimeLimit>[0]);
  if (isPlain(v)) {
    const parts = Object.entries(v)
      .filter(([, x]) => x !== undefined)
      .map(([k, x]) => `${keyLabel(schema, k)}：${showValue(x, fieldOf(schema, k))}`);
    return `｛${parts.join('；')}｝`;
  }
  return String(v);
}

/** The schema of the value a change is about, in a record of `collection`. */
export const changeSchema = (collection: DiffCollection, c: FieldChange): z.ZodType | undefined => schemaAt(collection, c.segments);

/** Where a change is, in Chinese: 申请材料［营业执照］·纸质份数. */
export const changeLabel = (collection: DiffCollection, c: FieldChange): string => pathLabel(collection, c.segments);

/** What happened to a field, without the path: `“a” → “b”`, `新增 …`, `删除 …`, `顺序调整 …`. */
export function describeChange(c: FieldChange, schema?: z.ZodType): string {
  const show = (v: unknown) => showValue(v, schema);
  switch (c.kind) {
    case 'added':
      return `新增 ${show(c.after)}`;
    case 'removed':
      return `删除 ${show(c.before)}`;
    case 'reordered':
      return `顺序调整：${(c.before as string[]).join('、')} → ${(c.after as string[]).join('、')}`;
    case 'changed': {
      const added = c.addedItems ?? [];
      const removed = c.removedItems ?? [];
      if (c.addedItems && (added.length || removed.length)) {
        const item = (x: unknown) => showValue(x, itemsOf(schema));
        return [added.length ? `新增 ${added.map(item).join('、')}` : '', removed.length ? `删除 ${removed.map(item).join('、')}` : '']
          .filter(Boolean)
          .join('；');
      }
      return `${show(c.before)} → ${show(c.after)}`;
    }
  }
}

export const KIND_LABEL: Record<FieldChange['kind'], string> = { changed: '修改', added: '新增', removed: '删除', reordered: '顺序调整' };

function versionLabel(v: VersionInfo): string {
  if (v.label) return v.label;
  const extra = [v.commit && v.commit !== v.ref ? v.commit.slice(0, 10) : '', v.date ? v.date.slice(0, 10) : ''].filter(Boolean).join('，');
  return extra ? `${v.ref}（${extra}）` : v.ref;
}

const title = (meta: DiffMeta) => `目录差异：${versionLabel(meta.from)} → ${versionLabel(meta.to)}`;
const NO_DIFFERENCE = '两个版本的目录没有差异。';
export const HOLDINGS_TITLE = '实施部门变化（按划转清单推算）';
const changedCollections = (diff: CatalogueDiff) => diff.collections.filter((c) => c.added + c.removed + c.changed > 0);
const recordLabel = (r: RecordRef) => (r.name && r.name !== r.key ? `${r.name}［${r.key}］` : `［${r.key}］`);

/** Holding changes in runs that share their transfer list, each run headed by 依据：<list>. */
export function byList(h: HoldingsDiff): { heading: string; sentences: string[] }[] {
  const runs: { key: string; heading: string; sentences: string[] }[] = [];
  for (const c of h.changes) {
    const last = runs.at(-1);
    if (last && last.key === c.list.key) last.sentences.push(c.sentence);
    else runs.push({ key: c.list.key, heading: `依据：${c.list.title}${c.list.docNumber ? `（${c.list.docNumber}）` : ''}`, sentences: [c.sentence] });
  }
  return runs;
}

// ---------------------------------------------------------------------------------------------
// Text

function formatText(diff: CatalogueDiff, meta: DiffMeta): string {
  const out: string[] = [title(meta), ''];
  if (diff.identical) return `${out.join('\n')}${NO_DIFFERENCE}\n`;
  out.push('概要');
  for (const c of diff.collections) out.push(`  ${c.summary}`);
  for (const h of diff.holdings) out.push(`  ${h.summary}`);
  for (const c of changedCollections(diff)) {
    out.push('', c.title);
    for (const g of c.groups) {
      out.push(`  ${g.label}`);
      for (const r of g.added) out.push(`    + 新增 ${recordLabel(r)}`);
      for (const r of g.removed) out.push(`    - 删除 ${recordLabel(r)}`);
      for (const r of g.changed) {
        out.push(`    * 修改 ${recordLabel(r)}`);
        for (const f of r.changes) out.push(`        ${changeLabel(c.collection, f)}：${describeChange(f, changeSchema(c.collection, f))}`);
      }
    }
  }
  if (diff.holdings.length) {
    out.push('', HOLDINGS_TITLE);
    for (const h of diff.holdings) {
      out.push(`  ${h.label}`);
      for (const run of byList(h)) {
        out.push(`    ${run.heading}`);
        for (const sentence of run.sentences) out.push(`      ${sentence}`);
      }
    }
  }
  return `${out.join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------------
// Markdown

/** Escapes text for Markdown, inline or in a table cell. */
export function escapeMarkdown(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|~])/g, '\\$1')
    .replace(/\r?\n/g, '<br>');
}

function formatMarkdown(diff: CatalogueDiff, meta: DiffMeta): string {
  const md = escapeMarkdown;
  const out: string[] = [`# ${md(title(meta))}`, ''];
  if (diff.identical) return `${out.join('\n')}${NO_DIFFERENCE}\n`;
  out.push('## 概要', '');
  for (const c of diff.collections) out.push(`- ${md(c.summary)}`);
  for (const h of diff.holdings) out.push(`- ${md(h.summary)}`);
  for (const c of changedCollections(diff)) {
    out.push('', `## ${md(c.title)}`);
    for (const g of c.groups) {
      out.push('', `### ${md(g.label)}`, '');
      for (const r of g.added) out.push(`- 新增：${md(recordLabel(r))}`);
      for (const r of g.removed) out.push(`- 删除：${md(recordLabel(r))}`);
      for (const r of g.changed) {
        out.push(`- 修改：${md(recordLabel(r))}`, '');
        out.push('  | 字段 | 变化 | 修改前 | 修改后 |', '  | --- | --- | --- | --- |');
        for (const f of r.changes) {
          const [before, after] = cells(f, changeSchema(c.collection, f));
          out.push(`  | ${md(changeLabel(c.collection, f))} | ${KIND_LABEL[f.kind]} | ${md(before)} | ${md(after)} |`);
        }
        out.push('');
      }
    }
  }
  if (diff.holdings.length) {
    out.push('', `## ${md(HOLDINGS_TITLE)}`);
    for (const h of diff.holdings) {
      out.push('', `### ${md(h.label)}`);
      for (const run of byList(h)) {
        out.push('', md(run.heading), '');
        for (const sentence of run.sentences) out.push(`- ${md(sentence)}`);
      }
    }
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n')}\n`;
}

/** Before and after cells of a field change. */
export function cells(f: FieldChange, schema?: z.ZodType): [string, string] {
  if (f.kind === 'reordered') return [(f.before as string[]).join('、'), (f.after as string[]).join('、')];
  return [f.before === undefined ? '' : showValue(f.before, schema), f.after === undefined ? '' : showValue(f.after, schema)];
}

// ---------------------------------------------------------------------------------------------
// JSON

/** Plain data with object keys sorted, so the output does not depend on how values were built. */
function sortedValue(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortedValue);
  if (isPlain(v)) {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) if (v[k] !== undefined) out[k] = sortedValue(v[k]);
    return out;
  }
  return v;
}

function versionJson(v: VersionInfo) {
  return { ref: v.ref, commit: v.commit ?? null, date: v.date ?? null, subject: v.subject ?? null, release: v.release ? { ...v.release } : null };
}

function toJson(diff: CatalogueDiff, meta: DiffMeta) {
  const ref = (r: RecordRef) => ({ key: r.key, name: r.name });
  const change = (c: DiffCollection, f: FieldChange) => ({
    path: f.path,
    label: changeLabel(c, f),
    segments: f.segments.map((s) => (typeof s === 'object' ? { by: [...s.by], values: [...s.values] } : s)),
    kind: f.kind,
    before: f.before === undefined ? null : sortedValue(f.before),
    after: f.after === undefined ? null : sortedValue(f.after),
    ...(f.addedItems ? { addedItems: sortedValue(f.addedItems), removedItems: sortedValue(f.removedItems ?? []) } : {}),
  });
  const record = (c: DiffCollection, r: ChangedRecord) => ({ key: r.key, name: r.name, changes: r.changes.map((f) => change(c, f)) });
  const group = (c: DiffCollection, g: JurisdictionGroup) => ({
    jurisdiction: g.jurisdiction || null,
    label: g.label,
    added: g.added.map(ref),
    removed: g.removed.map(ref),
    changed: g.changed.map((r) => record(c, r)),
  });
  const collection = (c: CollectionDiff) => ({
    collection: c.collection,
    title: c.title,
    added: c.added,
    removed: c.removed,
    changed: c.changed,
    summary: c.summary,
    groups: c.groups.map((g) => group(c.collection, g)),
  });
  const holdings = (h: HoldingsDiff) => ({
    jurisdiction: h.jurisdiction,
    label: h.label,
    movedIn: h.movedIn,
    movedBack: h.movedBack,
    removed: h.removed,
    summary: h.summary,
    changes: h.changes.map((c) => ({
      kind: c.kind,
      matter: c.matter,
      matterName: c.matterName,
      date: c.date,
      direction: c.direction,
      from: { id: c.from.id, name: c.from.name },
      to: { id: c.to.id, name: c.to.name },
      list: { key: c.list.key, title: c.list.title, docNumber: c.list.docNumber ?? null },
      sentence: c.sentence,
    })),
  });
  return {
    formatVersion: DIFF_FORMAT_VERSION,
    from: versionJson(meta.from),
    to: versionJson(meta.to),
    identical: diff.identical,
    summary: [...diff.collections.map((c) => c.summary), ...diff.holdings.map((h) => h.summary)],
    collections: diff.collections.map(collection),
    holdings: diff.holdings.map(holdings),
  };
}

// ---------------------------------------------------------------------------------------------
// HTML

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);
}

const STYLE = `.oneseal-diff{font-family:system-ui,sans-serif;line-height:1.6}
.oneseal-diff table{border-collapse:collapse;margin:.25rem 0 1rem}
.oneseal-diff th,.oneseal-diff td{border:1px solid #bbb;padding:.25rem .5rem;text-align:left;vertical-align:top}
.oneseal-diff del{background:#fde2e1;text-decoration:line-through}
.oneseal-diff ins{background:#dcf5e3;text-decoration:none}
.oneseal-diff code{font-family:ui-monospace,monospace}`;

function formatHtml(diff: CatalogueDiff, meta: DiffMeta): string {
  const h = escapeHtml;
  const out: string[] = [`<section class="oneseal-diff" lang="zh-CN">`, `<style>${STYLE}</style>`, `<h2>${h(title(meta))}</h2>`];
  if (diff.identical) {
    out.push(`<p>${h(NO_DIFFERENCE)}</p>`, '</section>');
    return `${out.join('\n')}\n`;
  }
  out.push('<h3>概要</h3>', '<ul>');
  for (const c of diff.collections) out.push(`<li>${h(c.summary)}</li>`);
  for (const x of diff.holdings) out.push(`<li>${h(x.summary)}</li>`);
  out.push('</ul>');
  for (const c of changedCollections(diff)) {
    out.push(`<h3>${h(c.title)}</h3>`);
    for (const g of c.groups) {
      out.push(`<h4>${h(g.label)}</h4>`, '<ul>');
      for (const r of g.added) out.push(`<li>新增：<ins>${h(recordLabel(r))}</ins></li>`);
      for (const r of g.removed) out.push(`<li>删除：<del>${h(recordLabel(r))}</del></li>`);
      for (const r of g.changed) {
        out.push(`<li>修改：${h(recordLabel(r))}`, '<table>', '<thead><tr><th scope="col">字段</th><th scope="col">变化</th><th scope="col">修改前</th><th scope="col">修改后</th></tr></thead>', '<tbody>');
        for (const f of r.changes) {
          const [before, after] = cells(f, changeSchema(c.collection, f));
          out.push(
            `<tr><td>${h(changeLabel(c.collection, f))}</td><td>${KIND_LABEL[f.kind]}</td><td>${before ? `<del>${h(before)}</del>` : ''}</td><td>${after ? `<ins>${h(after)}</ins>` : ''}</td></tr>`,
          );
        }
        out.push('</tbody>', '</table>', '</li>');
      }
      out.push('</ul>');
    }
  }
  if (diff.holdings.length) {
    out.push(`<h3>${h(HOLDINGS_TITLE)}</h3>`);
    for (const x of diff.holdings) {
      out.push(`<h4>${h(x.label)}</h4>`);
      for (const run of byList(x)) {
        out.push(`<p>${h(run.heading)}</p>`, '<ul>');
        for (const sentence of run.sentences) out.push(`<li>${h(sentence)}</li>`);
        out.push('</ul>');
      }
    }
  }
  out.push('</section>');
  return `${out.join('\n')}\n`;
}
