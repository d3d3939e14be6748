/**
 * The structure of a transfer notice (划转清单), from its lines alone: no catalogue, no files.
 *
 * What is read is decided by the document's layout, not by one notice's wording:
 * - the title is the heading lines at the top (up to the line ending in 通知/决定/清单…, or the
 *   addressee line ending in “：”), the 文号 a line of its own there;
 * - the issuer and the date are the last two lines of the foot (issuer, then a date line);
 * - enumerations are numbered lines (一、 （一） (一) 1. 1、 （1） 1) ① •); their nesting comes
 *   from the order in which the numbering styles first appear;
 * - a numbered line (or a paragraph followed by one) that moves a set of matters (“将……N 个事项划转至
 *   ……”, “将下列事项划回……”: a direction and a count or “下列”) opens a group; the numbered lines
 *   below it are its items; an item with items below it is a sub-heading (a department);
 * - an item continues over the following non-numbered lines until it ends with its power type in
 *   brackets or with 。；; any other numbered line or paragraph continues only while its previous
 *   line is as long as the page's full lines (text wrapped by PDF or Word); blank lines between
 *   wrapped lines are skipped;
 * - declared counts, the handover date and the transition period come from the prose around the
 *   groups, read clause by clause with stray spaces removed.
 */
import { docNumberProblem, normalizeDocNumber } from '../../domain/code-formats.ts';
import { MATTER_TYPES, normalizeLabel } from '../../schemas/codes.ts';
import { DATE, NUM, isoOf, parseNumber } from './numerals.ts';
import type { SourceLine } from './text.ts';

export type Direction = 'in' | 'back';

/** A value with the line (or paragraph) of the notice it was read from. */
export interface Located<T> {
  readonly value: T;
  readonly line: number;
}

export interface NoticeItem {
  /** Line where the item starts. */
  readonly line: number;
  /** The whole item, its wrapped lines joined. */
  readonly text: string;
  /** The matter's name as written (without numbering, power type and “将……事项划回……”). */
  readonly name: string;
  /** The power type in brackets as written, e.g. 其他权力. */
  readonly powerType?: string;
  readonly direction: Direction;
  /**
   * The line department as the item or its sub-heading writes it: where a 划转 item comes from,
   * where a 划回 item goes back to. Undefined when only the group heading names it.
   */
  readonly department?: Located<string>;
  /** Where a 划转 item goes as the item writes it (the approval bureau), when it says so. */
  readonly approval?: Located<string>;
  /** A 划转 item with its own verb (“将县交通运输局的……事项划转至……”): `name` may begin with a department. */
  readonly nameMayStartWithDepartment: boolean;
  /** The sub-heading's count of the group this item belongs to, if any (for checks). */
  readonly subHeading?: { readonly line: number; readonly text: string; readonly count?: number };
}

export interface NoticeGroup {
  readonly line: number;
  readonly text: string;
  readonly direction: Direction;
  /** The line department as the heading writes it (undefined for “原部门”, “下列” and the like). */
  readonly department?: string;
  /** Where 划转 matters go as the heading writes it (the approval bureau). */
  readonly approval?: string;
  /** “N 个事项” in the heading. */
  readonly count?: number;
  /** “N 个部门” in the heading. */
  readonly departments?: number;
  readonly items: readonly NoticeItem[];
}

export interface DeclaredCount {
  readonly departments?: number;
  readonly matters: number;
  readonly line: number;
}

export interface ParsedNotice {
  readonly title?: Located<string>;
  /** The 文号 as normalised; `problem` when it is still not well formed. */
  readonly docNumber?: Located<string> & { readonly raw: string; readonly problem?: string };
  readonly issuer?: Located<string>;
  readonly date?: Located<string>;
  readonly handoverBy?: Located<string>;
  readonly transitionMonths?: Located<number>;
  /** Totals the prose states (“将 3 个部门 14 个事项再划转至……”, “首批划转的 8 个……划回”). */
  readonly declared: { readonly in?: DeclaredCount; readonly back?: DeclaredCount };
  readonly groups: readonly NoticeGroup[];
  /** 文号 of other documents cited in the text, normalised. */
  readonly cited: readonly string[];
  /** The first line of the body (after the title and addressee); for messages. */
  readonly bodyLine: number;
}

// ---------------------------------------------------------------- text helpers

const FULL_WIDTH_DIGIT = /[０-９]/gu;

/**
 * A line's text without stray spaces: spaces next to a Chinese character or full-width
 * punctuation are layout, not text (“14 个”, “2020 年 12 月”); spaces between Latin words stay.
 */
export function tidy(text: string): string {
  return text
    .replace(FULL_WIDTH_DIGIT, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/gu, ' ')
    .trim()
    .replace(/\s+(?=[^\x00-\x7f])|(?<=[^\x00-\x7f])\s+/gu, '')
    .replace(/\s{2,}/gu, ' ');
}

/** Two wrapped pieces of one sentence: a space only between two Latin letters or digits. */
function joinWrapped(a: string, b: string): string {
  return /[A-Za-z0-9]$/u.test(a) && /^[A-Za-z0-9]/u.test(b) ? `${a} ${b}` : a + b;
}

/** Width of a line in Chinese characters (Latin letters and digits count half). */
function widthOf(text: string): number {
  let w = 0;
  for (const c of text) w += c.charCodeAt(0) < 0x2e80 ? 0.5 : 1;
  return w;
}

/** Page numbers of a PDF's text (“- 3 -”, “— 12 —”) and similar lines carry nothing. */
const PAGE_NUMBER = /^[-—－–\s]*\d{1,3}[-—－–\s]*$/u;

const CN_ORDINAL = '[一二三四五六七八九十百]+';

/** Numbering styles; the key identifies the style, nesting comes from the document. */
const NUMBERINGS: readonly (readonly [style: string, re: RegExp])[] = [
  ['一、', new RegExp(`^${CN_ORDINAL}[、．.](?!\\d)`, 'u')],
  ['（一）', new RegExp(`^[（(]${CN_ORDINAL}[）)][、．.]?`, 'u')],
  ['（1）', /^[（(]\d{1,3}[）)][、．.]?/u],
  ['1.', /^\d{1,3}(?:[、．]|\.(?!\d))/u],
  ['1)', /^\d{1,3}[）)]/u],
  ['①', /^[①-⑳]/u],
  ['•', /^[•·●▪]/u],
];

function numbering(text: string): { style: string; rest: string } | undefined {
  for (const [style, re] of NUMBERINGS) {
    const m = re.exec(text);
    if (m) return { style, rest: text.slice(m[0].length).trim() };
  }
  return undefined;
}

const TRAILING_PUNCT = /[。；;，,、\s]+$/u;
const ENDS_SENTENCE = /[。；;！!？?：:]$/u;

/** The last bracket whose text is a power type (行政许可, 其他权力…), with its position. */
function powerBracket(text: string): { raw: string; start: number; end: number } | undefined {
  let found: { raw: string; start: number; end: number } | undefined;
  for (const m of text.matchAll(/[（(]([^（()）]{2,12})[）)]/gu)) {
    const raw = m[1]!.replace(/\s/gu, '');
    if (normalizeLabel(MATTER_TYPES, raw)) found = { raw, start: m.index, end: m.index + m[0].length };
  }
  return found;
}

function endsWithPowerType(text: string): boolean {
  const t = text.replace(TRAILING_PUNCT, '');
  const b = powerBracket(t);
  return b !== undefined && b.end === t.length;
}

// ---------------------------------------------------------------- directions and departments

/** Verbs that move matters; 划回/退回/交回 return them to a line department. */
const VERB = /划转(?:至|到|给)?|划入|划回|退回|交回/u;
const BACK_VERB = /^(?:划回|退回|交回)/u;

/** “N 个事项”, “N项”, “N 个不适宜集中办理事项”: a count of matters (not of days, months or departments). */
const MATTER_COUNT = new RegExp(`(?:${NUM}个部门的?)?${NUM}(?:个|项)((?:(?!工作日|月|年|小时|部门)[^\\d，,。；;])*?)事项`, 'u');
const ANY_COUNT = new RegExp(`${NUM}(?:个|项)(?!部门|工作日|月|年|小时)`, 'u');
const DEPARTMENT_COUNT = new RegExp(`${NUM}个部门`, 'u');

interface Verb {
  readonly direction: Direction;
  readonly index: number;
  readonly length: number;
}

/**
 * The verb that moves the matters of a clause: the first verb after the count or the word 事项
 * (“将首批划转的 8 个……事项划回” is a 划回), else the first verb at all.
 */
function verbOf(text: string): Verb | undefined {
  const anchor = MATTER_COUNT.exec(text) ?? /事项/u.exec(text);
  const from = anchor ? anchor.index + anchor[0].length : 0;
  const after = VERB.exec(text.slice(from));
  const m = after ? { index: from + after.index, text: after[0] } : (() => {
    const any = VERB.exec(text);
    return any ? { index: any.index, text: any[0] } : undefined;
  })();
  if (!m) return undefined;
  return { direction: BACK_VERB.test(m.text) ? 'back' : 'in', index: m.index, length: m.text.length };
}

/** Words that point at departments without naming one. */
const GENERIC_DEPARTMENT = /^(?:下列|以下|如下|原|相关|有关|各|各相关|各有关|原审批|原划转|原主管|行业主管|主管)*(?:部门|单位)?$/u;

function named(text: string): string | undefined {
  const t = text.replace(/^[（(：:，,、\s]+|[（(：:，,、\s]+$/gu, '');
  return t && !GENERIC_DEPARTMENT.test(t) ? t : undefined;
}

/** The department before the verb: “将县交通运输局 11 个事项” → 县交通运输局. */
function departmentBefore(subject: string): string | undefined {
  const s = subject.replace(/^(?:现|再|拟|特)?将/u, '');
  const cut = new RegExp(`${NUM}(?:个|项)|下列|以下|如下|的|事项|所属|负责`, 'u').exec(s);
  return named(cut ? s.slice(0, cut.index) : s);
}

/** The department after the verb: “至县行政审批服务管理局集中行使” → 县行政审批服务管理局. */
function departmentAfter(target: string): string | undefined {
  const t = target.replace(/^(?:至|到|给|由)/u, '');
  const cut = /集中|统一|办理|行使|实施|承接|负责|受理|的|事项|[，,。；;：:（(]/u.exec(t);
  return named(cut ? t.slice(0, cut.index) : t);
}

/**
 * A heading that moves a set of matters: one direction, and a count, 下列/以下/如下, or a closing
 * “事项”/“：”; never an item (no power type in brackets).
 */
function isTransferHeading(text: string): boolean {
  if (endsWithPowerType(text)) return false;
  const head = text.split('。')[0]!;
  const directions = new Set(
    head
      .split(/[，,；;]/u)
      .map((c) => verbOf(c)?.direction)
      .filter((d) => d !== undefined),
  );
  if (directions.size !== 1) return false;
  return ANY_COUNT.test(head) || /下列|以下|如下|事项[：:]?$|[：:]$/u.test(head);
}

// ---------------------------------------------------------------- header and foot

const DOC_NUMBER_LINE = /^[\u4e00-\u9fa5]{1,16}[〔[［【(（]\d{4}[〕\]］】)）]第?\d{1,4}号$/u;
const TITLE_END = /(?:通知|决定|意见|批复|函|清单|目录|公告|通告|通报|方案|办法|规定|报告)$/u;
const DATE_LINE = new RegExp(`^${DATE}$`, 'u');

interface Line {
  readonly no: number;
  readonly text: string;
}

interface Header {
  title?: Located<string>;
  docNumber?: ParsedNotice['docNumber'];
  bodyStart: number;
}

function docNumberOf(line: Line): NonNullable<ParsedNotice['docNumber']> {
  const value = normalizeDocNumber(line.text.replace(/第(?=\d+号$)/u, ''));
  const problem = docNumberProblem(value);
  return { value, raw: line.text, line: line.no, ...(problem ? { problem } : {}) };
}

function readHeader(lines: readonly Line[]): Header {
  const title: Line[] = [];
  const header: Header = { bodyStart: 0 };
  let titleDone = false;
  let j = 0;
  for (; j < lines.length && j < 16; j++) {
    const t = lines[j]!.text;
    if (numbering(t)) break;
    if (DOC_NUMBER_LINE.test(t)) {
      header.docNumber ??= docNumberOf(lines[j]!);
      continue;
    }
    if (/^签发人/u.test(t)) continue;
    // The red masthead (“泽州县人民政府文件”) is not part of the title.
    if (j === 0 && /文件$/u.test(t) && !TITLE_END.test(t)) continue;
    if (/[：:]$/u.test(t)) {
      j++; // the addressee line
      break;
    }
    if (titleDone || /。/u.test(t)) break;
    title.push(lines[j]!);
    if (TITLE_END.test(t)) titleDone = true;
  }
  header.bodyStart = j;
  if (title.length) header.title = { value: title.map((l) => l.text).join(''), line: title[0]!.no };
  return header;
}

interface Foot {
  issuer?: Located<string>;
  date?: Located<string>;
  /** Index of the first foot line (the body ends before it). */
  start: number;
}

function readFoot(lines: readonly Line[], from: number): Foot {
  for (let j = lines.length - 1; j >= Math.max(from, lines.length - 8); j--) {
    const m = DATE_LINE.exec(lines[j]!.text);
    if (!m) continue;
    const iso = isoOf(m[1]!, m[2]!, m[3]!);
    const foot: Foot = { start: j };
    if (iso) foot.date = { value: iso, line: lines[j]!.no };
    const prev = lines[j - 1];
    if (prev && j - 1 >= from && !numbering(prev.text) && !/[。；;：:]/u.test(prev.text) && widthOf(prev.text) <= 40) {
      foot.issuer = { value: prev.text, line: prev.no };
      foot.start = j - 1;
    }
    return foot;
  }
  return { start: lines.length };
}

// ---------------------------------------------------------------- elements

interface Element {
  readonly kind: 'numbered' | 'prose';
  readonly level: number;
  readonly item: boolean;
  readonly line: number;
  text: string;
  lastFull: boolean;
  /** For prose: where each character came from, for locating clauses. */
  readonly pieces: { start: number; line: number }[];
}

interface OpenGroup {
  readonly heading: Element;
  itemLevel: number | undefined;
  readonly items: Element[];
}

function finished(el: Element): boolean {
  if (ENDS_SENTENCE.test(el.text)) return true;
  return el.item && endsWithPowerType(el.text);
}

// ---------------------------------------------------------------- items

function parseItem(el: Element, direction: Direction): Omit<NoticeItem, 'subHeading'> {
  let t = el.text.replace(TRAILING_PUNCT, '');
  const bracket = powerBracket(t);
  if (bracket) t = (t.slice(0, bracket.start) + t.slice(bracket.end)).replace(TRAILING_PUNCT, '');
  const verb = verbOf(t);
  const base = { line: el.line, text: el.text, ...(bracket ? { powerType: bracket.raw } : {}) };
  if (verb && (/^(?:现|再)?将/u.test(t) || /事项$/u.test(t.slice(0, verb.index)))) {
    const name = t.slice(0, verb.index).replace(/^(?:现|再)?将/u, '').replace(/事项$/u, '');
    const target = departmentAfter(t.slice(verb.index + verb.length));
    if (verb.direction === 'back') {
      return { ...base, name, direction: 'back', nameMayStartWithDepartment: false, ...(target ? { department: { value: target, line: el.line } } : {}) };
    }
    return { ...base, name, direction: 'in', nameMayStartWithDepartment: true, ...(target ? { approval: { value: target, line: el.line } } : {}) };
  }
  return { ...base, name: t, direction, nameMayStartWithDepartment: false };
}

function headingOf(el: Element): Omit<NoticeGroup, 'items'> {
  const head = el.text.split('。')[0]!.replace(/[：:]$/u, '');
  const verb = verbOf(head)!;
  const subject = head.slice(0, verb.index);
  const target = head.slice(verb.index + verb.length);
  const countMatch = ANY_COUNT.exec(head);
  const deptMatch = DEPARTMENT_COUNT.exec(head);
  const count = countMatch ? parseNumber(countMatch[1]!) : undefined;
  const departments = deptMatch ? parseNumber(deptMatch[1]!) : undefined;
  const department = verb.direction === 'in' ? departmentBefore(subject) : departmentAfter(target);
  const approval = verb.direction === 'in' ? departmentAfter(target) : undefined;
  return {
    line: el.line,
    text: el.text,
    direction: verb.direction,
    ...(department ? { department } : {}),
    ...(approval ? { approval } : {}),
    ...(count !== undefined ? { count } : {}),
    ...(departments !== undefined ? { departments } : {}),
  };
}

/** Items of a group, sub-headings (items with items below them) applied to the items they head. */
function itemsOf(group: OpenGroup, direction: Direction): NoticeItem[] {
  const out: NoticeItem[] = [];
  const subs: { level: number; line: number; text: string; count?: number; department?: string }[] = [];
  group.items.forEach((el, i) => {
    while (subs.length && subs.at(-1)!.level >= el.level) subs.pop();
    const next = group.items[i + 1];
    if (next && next.level > el.level) {
      const text = el.text.replace(TRAILING_PUNCT, '');
      const c = ANY_COUNT.exec(text);
      const count = c ? parseNumber(c[1]!) : undefined;
      const department = departmentBefore(text);
      subs.push({ level: el.level, line: el.line, text: el.text, ...(count !== undefined ? { count } : {}), ...(department ? { department } : {}) });
      return;
    }
    const item = parseItem(el, direction);
    const sub = subs.at(-1);
    const subDept = [...subs].reverse().find((s) => s.department);
    out.push({
      ...item,
      ...(item.department === undefined && subDept?.department && item.direction === direction
        ? { department: { value: subDept.department, line: subDept.line } }
        : {}),
      ...(sub ? { subHeading: { line: sub.line, text: sub.text, ...(sub.count !== undefined ? { count: sub.count } : {}) } } : {}),
    });
  });
  return out;
}

// ---------------------------------------------------------------- prose facts

interface Prose {
  readonly text: string;
  lineAt(offset: number): number;
}

function proseOf(elements: readonly Element[]): Prose {
  let text = '';
  const pieces: { start: number; line: number }[] = [];
  for (const el of elements) {
    for (const p of el.pieces) pieces.push({ start: text.length + p.start, line: p.line });
    text += el.text;
  }
  return {
    text,
    lineAt(offset) {
      let line = pieces[0]?.line ?? 1;
      for (const p of pieces) {
        if (p.start > offset) break;
        line = p.line;
      }
      return line;
    },
  };
}

/** Pieces of `text` between separators, with their offsets. */
function splitWithOffsets(text: string, sep: RegExp): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let start = 0;
  for (const m of text.matchAll(new RegExp(sep.source, 'gu'))) {
    out.push({ text: text.slice(start, m.index), start });
    start = m.index + m[0].length;
  }
  out.push({ text: text.slice(start), start });
  return out;
}

function declaredOf(prose: Prose): ParsedNotice['declared'] {
  const declared: { in?: DeclaredCount; back?: DeclaredCount } = {};
  const put = (direction: Direction, matters: number | undefined, departments: number | undefined, offset: number) => {
    if (matters === undefined || declared[direction]) return;
    declared[direction] = { matters, ...(departments !== undefined ? { departments } : {}), line: prose.lineAt(offset) };
  };
  for (const clause of splitWithOffsets(prose.text, /[，,。；;：:！!？?]/u)) {
    const m = MATTER_COUNT.exec(clause.text);
    if (m) {
      const verb = VERB.exec(clause.text.slice(m.index + m[0].length));
      if (verb) {
        const direction: Direction = BACK_VERB.test(verb[0]) ? 'back' : 'in';
        put(direction, parseNumber(m[2]!), m[1] ? parseNumber(m[1]) : undefined, clause.start + m.index);
        continue;
      }
    }
    const total = new RegExp(`(${VERB.source})[^，,。；;]*?事项(?:共|计|合计)?${NUM}(?:个|项)`, 'u').exec(clause.text);
    if (total) put(BACK_VERB.test(total[1]!) ? 'back' : 'in', parseNumber(total[2]!), undefined, clause.start + total.index);
  }
  return declared;
}

function handoverOf(prose: Prose): Located<string> | undefined {
  for (const s of splitWithOffsets(prose.text, /[。；;]/u)) {
    if (!/移交|交接/u.test(s.text)) continue;
    const m = new RegExp(`${DATE}(?:之前|以前|前)`, 'u').exec(s.text);
    const iso = m && isoOf(m[1]!, m[2]!, m[3]!);
    if (iso) return { value: iso, line: prose.lineAt(s.start + m.index) };
  }
  return undefined;
}

function transitionOf(prose: Prose): Located<number> | undefined {
  const m = new RegExp(`${NUM}个月的?过渡期|过渡期(?:为|是|设为|设置为|定为)?${NUM}个月`, 'u').exec(prose.text);
  const n = m && parseNumber((m[1] ?? m[2])!);
  return m && n !== undefined && n !== null ? { value: n, line: prose.lineAt(m.index) } : undefined;
}

const CITED = /[\u4e00-\u9fa5]{1,16}[〔[［【(（]\d{4}[〕\]］】)）]\d{1,4}号/gu;

// ---------------------------------------------------------------- the notice

/** Reads the structure of a notice from its lines. Never throws; missing parts are left undefined. */
export function parseNotice(source: readonly SourceLine[]): ParsedNotice {
  const lines: Line[] = source.map((l) => ({ no: l.no, text: tidy(l.text) })).filter((l) => l.text !== '' && !PAGE_NUMBER.test(l.text));
  const header = readHeader(lines);
  const foot = readFoot(lines, header.bodyStart);
  const body = lines.slice(header.bodyStart, foot.start);

  // The width of a full line: most body lines of wrapped text are full; paragraphs of a Word
  // document are one line each and long, so a short heading never counts as wrapped there.
  const widths = body.map((l) => widthOf(l.text)).sort((a, b) => a - b);
  const fullWidth = widths.length ? widths[Math.floor((widths.length - 1) * 0.75)]! : 0;
  const isFull = (text: string) => fullWidth >= 12 && widthOf(text) >= fullWidth - 4;

  const stack: string[] = [];
  const groups: OpenGroup[] = [];
  const others: Element[] = [];
  let group: OpenGroup | undefined;
  let current: Element | undefined;

  const complete = (el: Element, nextNumbered: boolean) => {
    if (el.item && group) {
      if (isTransferHeading(el.text)) {
        group = { heading: el, itemLevel: el.level + 1, items: [] };
        groups.push(group);
      } else {
        group.items.push(el);
      }
      return;
    }
    // A paragraph heads a group only when it is a heading: no sentence inside, numbered lines below.
    const paragraphHeading = nextNumbered && !/[。；;]/u.test(el.text.replace(/[：:]$/u, ''));
    if (isTransferHeading(el.text) && (el.kind === 'numbered' || paragraphHeading)) {
      group = { heading: el, itemLevel: el.kind === 'numbered' ? el.level + 1 : undefined, items: [] };
      groups.push(group);
      return;
    }
    // Prose after a group's items ends the group.
    if (el.kind === 'prose' && group && group.items.length) group = undefined;
    others.push(el);
  };

  for (const line of body) {
    const num = numbering(line.text);
    if (!num && current && !finished(current) && (current.item || current.lastFull)) {
      current.pieces.push({ start: current.text.length, line: line.no });
      current.text = joinWrapped(current.text, line.text);
      current.lastFull = isFull(line.text);
      continue;
    }
    if (current) complete(current, num !== undefined);
    if (num) {
      const at = stack.indexOf(num.style);
      if (at === -1) stack.push(num.style);
      else stack.length = at + 1;
      const level = stack.length - 1;
      if (group && group.itemLevel !== undefined && level < group.itemLevel) group = undefined;
      if (group && group.itemLevel === undefined) group.itemLevel = level;
      current = { kind: 'numbered', level, item: group !== undefined, line: line.no, text: num.rest, lastFull: isFull(line.text), pieces: [{ start: 0, line: line.no }] };
    } else {
      current = { kind: 'prose', level: stack.length, item: false, line: line.no, text: line.text, lastFull: isFull(line.text), pieces: [{ start: 0, line: line.no }] };
    }
  }
  if (current) complete(current, false);

  const parsedGroups: NoticeGroup[] = groups
    .filter((g) => g.items.length)
    .map((g) => {
      const heading = headingOf(g.heading);
      return { ...heading, items: itemsOf(g, heading.direction) };
    });

  const prose = proseOf(others);
  const declared = { ...declaredOf(prose) };
  // A direction with a single group and no stated total: the heading's count is the total.
  for (const direction of ['in', 'back'] as const) {
    const of = parsedGroups.filter((g) => g.direction === direction);
    if (declared[direction] || of.length !== 1 || of[0]!.count === undefined) continue;
    const g = of[0]!;
    declared[direction] = { matters: g.count!, ...(g.departments !== undefined ? { departments: g.departments } : {}), line: g.line };
  }
  const handoverBy = handoverOf(prose);
  const transitionMonths = transitionOf(prose);
  const cited = [...new Set([...lines.slice(header.bodyStart).map((l) => l.text).join('').matchAll(CITED)].map((m) => normalizeDocNumber(m[0])))];
  return {
    ...(header.title ? { title: header.title } : {}),
    ...(header.docNumber ? { docNumber: header.docNumber } : {}),
    ...(foot.issuer ? { issuer: foot.issuer } : {}),
    ...(foot.date ? { date: foot.date } : {}),
    ...(handoverBy ? { handoverBy } : {}),
    ...(transitionMonths ? { transitionMonths } : {}),
    declared,
    groups: parsedGroups,
    cited,
    bodyLine: body[0]?.no ?? lines[0]?.no ?? 1,
  };
}
