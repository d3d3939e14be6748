/**
 * From a parsed notice to the draft of its transfer list record (src/schemas/transfer.ts) and its
 * notice page (src/schemas/notice.ts): every matter and department matched to the catalogue, and
 * a finding for everything a person has to look at, located by the notice's line.
 */
import { stringify } from 'yaml';
import { parseDocNumber } from '../../domain/code-formats.ts';
import { CANONICAL_OPTIONS, canonicalize } from '../../io/canonical.ts';
import { MATTER_TYPES, TRANSFER_DIRECTIONS, normalizeLabel } from '../../schemas/codes.ts';
import type { Department } from '../../schemas/department.ts';
import type { Matter } from '../../schemas/matter.ts';
import type { Notice } from '../../schemas/notice.ts';
import { type Candidate, type NameMatch, departmentIndex, departmentNames, formatScore, matterIndex } from './match.ts';
import { chineseDate } from './numerals.ts';
import type { Direction, NoticeItem, ParsedNotice } from './parse.ts';

/**
 * Spellings of a power type that are typos of an alias in MATTER_TYPES (src/schemas/codes.ts):
 * the note then says what was meant, as the demo's 2020-12-24 list does.
 */
export const POWER_TYPE_TYPOS: Readonly<Record<string, string>> = { 其他权利: '其他权力' };

/** The note of an entry whose power type was written as an alias. */
export function powerTypeNote(raw: string, label: string): string | undefined {
  if (raw === label) return undefined;
  const meant = POWER_TYPE_TYPOS[raw];
  return meant
    ? `通知原文标注为“${raw}”，系“${meant}”的笔误，按代码表归为${label}。`
    : `通知原文标注为“${raw}”，按代码表归为${label}。`;
}

export interface Finding {
  readonly line: number;
  /** What the finding is about: the matter or department name as written, or a short label. */
  readonly subject: string;
  readonly message: string;
  /** Blocks --write: something is missing or could not be matched. */
  readonly blocking: boolean;
}

export interface DraftContext {
  readonly jurisdiction: { readonly id: string; readonly name: string };
  /** The jurisdiction's departments. */
  readonly departments: readonly Department[];
  readonly matters: readonly Matter[];
  /** Every notice (for the id prefix of this jurisdiction's notices and for cited documents). */
  readonly notices: readonly (Notice & { readonly id: string })[];
  /** Identifiers chosen by the user instead of the derived ones. */
  readonly id?: string;
  readonly noticeId?: string;
}

export interface Draft {
  /** The transfer list in the schema's shape (fields that could not be matched left out). */
  readonly list: Record<string, unknown>;
  readonly listFile: string;
  readonly noticeId: string;
  readonly noticeFile: string;
  readonly notice: Notice;
  readonly noticeBody: string;
  readonly findings: readonly Finding[];
  readonly counts: { readonly in: number; readonly back: number };
}

export type DraftOutcome = { readonly ok: true; readonly draft: Draft } | { readonly ok: false; readonly findings: readonly Finding[] };

const DIRECTION_LABEL: Readonly<Record<Direction, string>> = Object.fromEntries(
  TRANSFER_DIRECTIONS.entries.map(([code, label]) => [code, label]),
) as Record<Direction, string>;

function candidatesText(candidates: readonly Candidate[]): string {
  return candidates.map((c) => `“${c.name}”（${c.key}，${formatScore(c.score)}）`).join('、');
}

/** The list's id: its date and what it does (see the demo's 2020-12-24-adjustment). */
export function listIdOf(date: string, directions: ReadonlySet<Direction>): string {
  const kind = directions.size > 1 ? 'adjustment' : directions.has('back') ? 'return' : 'transfer';
  return `${date}-${kind}`;
}

/**
 * The notice's id, formed like the jurisdiction's existing notices (zezhou-2020-12-24,
 * shanxi-2020-99): their common prefix, then the 文号's year and serial, or the date.
 */
export function noticeIdOf(
  jurisdiction: string,
  notices: readonly (Notice & { readonly id: string })[],
  date: string,
  docNumber: string | undefined,
): string {
  const prefixes = notices
    .filter((n) => n.jurisdiction === jurisdiction)
    .map((n) => n.id.replace(/-\d{4}(?:-\d{1,3}){0,2}$/u, ''))
    .filter((p) => p !== '');
  const counts = new Map<string, number>();
  for (const p of prefixes) counts.set(p, (counts.get(p) ?? 0) + 1);
  const prefix = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? jurisdiction;
  const parsed = docNumber ? parseDocNumber(docNumber) : undefined;
  return parsed ? `${prefix}-${parsed.year}-${parsed.serial}` : `${prefix}-${date}`;
}

export function buildDraft(parsed: ParsedNotice, ctx: DraftContext): DraftOutcome {
  const findings: Finding[] = [];
  const fatal = (line: number, subject: string, message: string) => findings.push({ line, subject, message, blocking: true });
  const items = parsed.groups.flatMap((g) => g.items.map((item) => ({ group: g, item })));
  if (!parsed.title) fatal(1, '标题', '文件开头没有找到标题（如“××县人民政府关于……的通知”）');
  if (!parsed.date) fatal(parsed.bodyLine, '成文日期', '文末没有找到成文日期（单独一行，如“2020年12月24日”）');
  if (!parsed.issuer) fatal(parsed.bodyLine, '发文机关', '文末日期的上一行没有找到发文机关');
  if (!items.length) {
    fatal(
      parsed.bodyLine,
      '事项',
      '没有找到逐项列出的事项：清单应在“将……N 个事项划转至……”或“将下列事项划回……”这样的标题下，用 1. 1、（一）一、等编号逐项列出（Word 的自动编号读不出来，请改为手工输入的编号）',
    );
  }
  const approval = ctx.departments.filter((d) => d.role === '行政审批服务管理局');
  if (approval.length !== 1) {
    fatal(
      parsed.bodyLine,
      '行政审批服务管理局',
      approval.length
        ? `区划 ${ctx.jurisdiction.id} 有 ${approval.length} 个行政审批服务管理局（${approval.map((d) => d.id).join('、')}），无法确定划转的去向`
        : `区划 ${ctx.jurisdiction.id} 没有角色为“行政审批服务管理局”的部门（data/departments/${ctx.jurisdiction.id}/）`,
    );
  }
  if (findings.length) return { ok: false, findings };
  const bureau = approval[0]!;

  const matters = matterIndex(ctx.matters);
  const departments = departmentIndex(ctx.departments, ctx.jurisdiction.name);
  const matterByCode = new Map<string, { type: string }>();
  for (const m of ctx.matters) {
    matterByCode.set(m.code, m);
    for (const s of m.subItems) matterByCode.set(s.code, s);
  }
  const deptById = new Map(ctx.departments.map((d) => [d.id, d]));
  const deptName = (id: string) => deptById.get(id)?.shortName ?? deptById.get(id)?.name ?? id;

  /** A department named in the text, or a blocking finding. */
  const department = (text: string, line: number, role: string): string | undefined => {
    const m = departments.match(text);
    if (m.kind === 'exact' || m.kind === 'normalized') return m.key;
    if (m.kind === 'similar') {
      findings.push({
        line,
        subject: text,
        message: `${role}按相似度对应到部门“${deptName(m.key)}”（${m.key}，相似度 ${formatScore(m.score)}），请核对${m.candidates.length ? `；其他候选：${candidatesText(m.candidates)}` : ''}`,
        blocking: false,
      });
      return m.key;
    }
    findings.push({
      line,
      subject: text,
      message: `${role}在 data/departments/${ctx.jurisdiction.id}/ 中没有找到${m.kind === 'ambiguous' ? '唯一对应的' : ''}部门${m.candidates.length ? `；最接近的：${candidatesText(m.candidates)}` : ''}：请改正通知中的名称，或先添加这个部门`,
      blocking: true,
    });
    return undefined;
  };

  /** A matter name, or a blocking finding. */
  const matter = (name: string, line: number): { code?: string; match: NameMatch } => {
    const m = matters.match(name);
    if (m.kind === 'exact' || m.kind === 'normalized') return { code: m.key, match: m };
    if (m.kind === 'similar') {
      findings.push({
        line,
        subject: name,
        message: `按相似度对应到基本目录“${m.name}”（${m.key}，相似度 ${formatScore(m.score)}），请核对${m.candidates.length ? `；其他候选：${candidatesText(m.candidates)}` : ''}`,
        blocking: false,
      });
      return { code: m.key, match: m };
    }
    findings.push({
      line,
      subject: name,
      message: `基本目录（data/matters/）中没有${m.kind === 'ambiguous' ? '唯一对应的' : '这个'}事项${m.candidates.length ? `；最接近的：${candidatesText(m.candidates)}` : ''}：请核对名称，或先在基本目录中添加这个事项`,
      blocking: true,
    });
    return { match: m };
  };

  /** Checks that a 划转 destination written in the text is the approval bureau. */
  const checkApproval = (text: string | undefined, line: number) => {
    if (!text) return;
    const m = departments.match(text);
    if ((m.kind === 'exact' || m.kind === 'normalized' || m.kind === 'similar') && m.key !== bureau.id) {
      findings.push({ line, subject: text, message: `划转的去向应为本区划的行政审批服务管理局（${bureau.id}），通知写的是“${deptName(m.key)}”`, blocking: true });
    } else if (m.kind === 'none' || m.kind === 'ambiguous') {
      findings.push({ line, subject: text, message: `划转的去向未能确认为${deptName(bureau.id)}（${bureau.id}），请核对`, blocking: false });
    }
  };
  for (const g of parsed.groups) if (g.direction === 'in') checkApproval(g.approval, g.line);

  /** A 划转 item written “将县交通运输局的……事项划转至……”: the department at the start of the name. */
  const splitDepartment = (item: NoticeItem): { name: string; department?: string } => {
    if (!item.nameMayStartWithDepartment) return { name: item.name };
    const names = ctx.departments.flatMap((d) => departmentNames(d, ctx.jurisdiction.name)).sort((a, b) => b.length - a.length);
    const prefix = names.find((n) => item.name.startsWith(n) && item.name.length > n.length);
    return prefix ? { name: item.name.slice(prefix.length).replace(/^的/u, ''), department: prefix } : { name: item.name };
  };

  const entries: Record<string, unknown>[] = [];
  const perDirection: Record<Direction, { items: number; departments: Set<string> }> = {
    in: { items: 0, departments: new Set() },
    back: { items: 0, departments: new Set() },
  };
  for (const { group, item } of items) {
    const { name, department: ownDepartment } = splitDepartment(item);
    if (item.direction === 'in') checkApproval(item.approval?.value, item.line);
    const found = matter(name, item.line);

    const deptText = ownDepartment ?? item.department?.value ?? (item.direction === group.direction ? group.department : undefined);
    const deptLine = ownDepartment ? item.line : item.department?.line ?? group.line;
    let dept: string | undefined;
    if (!deptText) {
      findings.push({
        line: item.line,
        subject: name,
        message: item.direction === 'in' ? '没有写明从哪个部门划转（标题或事项中应写明原部门）' : '没有写明划回哪个部门（事项中应写明“划回××局”）',
        blocking: true,
      });
    } else {
      dept = department(deptText, deptLine, item.direction === 'in' ? '划出部门' : '划回部门');
      if (dept === bureau.id) {
        findings.push({ line: deptLine, subject: deptText, message: `${item.direction === 'in' ? '划出' : '划回'}的部门不能是行政审批服务管理局本身`, blocking: true });
        dept = undefined;
      }
    }

    let powerType: string | undefined;
    let note: string | undefined;
    const catalogueType = found.code ? matterByCode.get(found.code)?.type : undefined;
    if (item.powerType) {
      powerType = normalizeLabel(MATTER_TYPES, item.powerType);
      note = powerType ? powerTypeNote(item.powerType, powerType) : undefined;
      if (powerType && catalogueType && powerType !== catalogueType) {
        findings.push({ line: item.line, subject: name, message: `通知标注的权力类型为“${item.powerType}”，基本目录中为“${catalogueType}”：请核对，不一致时检查程序会报错`, blocking: false });
      }
    } else if (catalogueType) {
      powerType = catalogueType;
      findings.push({ line: item.line, subject: name, message: `通知没有标注权力类型，按基本目录记为“${catalogueType}”，请核对`, blocking: false });
    } else {
      findings.push({ line: item.line, subject: name, message: '通知没有标注权力类型（应在事项后的括号中，如“（行政许可）”）', blocking: true });
    }

    perDirection[item.direction].items++;
    if (dept) perDirection[item.direction].departments.add(dept);
    const [from, to] = item.direction === 'in' ? [dept, bureau.id] : [bureau.id, dept];
    entries.push({
      ...(found.code ? { matter: found.code } : {}),
      name,
      ...(powerType ? { powerType } : {}),
      direction: DIRECTION_LABEL[item.direction],
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
      ...(note ? { note } : {}),
    });
  }

  checkCounts(parsed, perDirection, findings);

  const date = parsed.date!.value;
  const directions = new Set(items.map((i) => i.item.direction));
  const id = ctx.id ?? listIdOf(date, directions);
  const docNumber = parsed.docNumber && !parsed.docNumber.problem ? parsed.docNumber.value : undefined;
  if (parsed.docNumber?.problem) {
    findings.push({ line: parsed.docNumber.line, subject: parsed.docNumber.raw, message: `文号格式有误，未填入：${parsed.docNumber.problem}`, blocking: false });
  }
  const noticeId = ctx.noticeId ?? noticeIdOf(ctx.jurisdiction.id, ctx.notices, date, docNumber);

  const declared: Record<string, unknown> = {};
  for (const d of ['in', 'back'] as const) {
    const c = parsed.declared[d];
    if (c) declared[d] = { ...(c.departments !== undefined ? { departments: c.departments } : {}), matters: c.matters };
  }
  const list: Record<string, unknown> = {
    id,
    jurisdiction: ctx.jurisdiction.id,
    title: parsed.title!.value,
    ...(docNumber ? { docNumber } : {}),
    issuer: parsed.issuer!.value,
    date,
    ...(parsed.handoverBy ? { handoverBy: parsed.handoverBy.value } : {}),
    ...(parsed.transitionMonths ? { transitionMonths: parsed.transitionMonths.value } : {}),
    notice: noticeId,
    ...(Object.keys(declared).length ? { declared } : {}),
    entries,
  };

  const basis = ctx.notices.filter((n) => n.docNumber && n.docNumber !== docNumber && parsed.cited.some((c) => c.endsWith(n.docNumber!))).map((n) => n.id);
  const notice: Notice = {
    title: parsed.title!.value,
    ...(docNumber ? { docNumber } : {}),
    issuer: parsed.issuer!.value,
    date,
    jurisdiction: ctx.jurisdiction.id,
    kind: '划转清单',
    basis: [...new Set(basis)].sort(),
  };

  return {
    ok: true,
    draft: {
      list,
      listFile: `data/transfers/${ctx.jurisdiction.id}/${id}.yaml`,
      noticeId,
      noticeFile: `src/content/notices/${noticeId}.mdx`,
      notice,
      noticeBody: noticeBody(parsed, entries, deptName, bureau.id),
      findings: findings.sort((a, b) => a.line - b.line),
      counts: { in: perDirection.in.items, back: perDirection.back.items },
    },
  };
}

/** Declared counts against what was listed: a difference usually means an item was misread. */
function checkCounts(
  parsed: ParsedNotice,
  found: Record<Direction, { items: number; departments: Set<string> }>,
  findings: Finding[],
): void {
  const verb = { in: '划转', back: '划回' } as const;
  for (const d of ['in', 'back'] as const) {
    const c = parsed.declared[d];
    if (!c) continue;
    if (c.matters !== found[d].items) {
      findings.push({ line: c.line, subject: `${verb[d]}数量`, message: `通知写明${verb[d]} ${c.matters} 个事项，逐项列出的是 ${found[d].items} 个：请核对`, blocking: false });
    }
    if (c.departments !== undefined && c.departments !== found[d].departments.size) {
      findings.push({ line: c.line, subject: `${verb[d]}部门数`, message: `通知写明 ${c.departments} 个部门，逐项列出的事项来自 ${found[d].departments.size} 个部门：请核对`, blocking: false });
    }
  }
  const check = (line: number, text: string, count: number | undefined, listed: number) => {
    if (count !== undefined && count !== listed) {
      findings.push({ line, subject: text, message: `标题写明 ${count} 个事项，其下列出的是 ${listed} 个：请核对`, blocking: false });
    }
  };
  for (const g of parsed.groups) {
    check(g.line, g.text, g.count, g.items.length);
    const subs = new Map<number, { text: string; count?: number; n: number }>();
    for (const i of g.items) {
      if (!i.subHeading) continue;
      const s = subs.get(i.subHeading.line) ?? { text: i.subHeading.text, ...(i.subHeading.count !== undefined ? { count: i.subHeading.count } : {}), n: 0 };
      s.n++;
      subs.set(i.subHeading.line, s);
    }
    for (const [line, s] of subs) check(line, s.text, s.count, s.n);
  }
}

/** A short neutral summary made from the structure alone (counts, departments, dates). */
function noticeBody(parsed: ParsedNotice, entries: readonly Record<string, unknown>[], deptName: (id: string) => string, bureau: string): string {
  const byDept = (direction: string, key: 'from' | 'to') => {
    const m = new Map<string, number>();
    for (const e of entries) {
      if (e.direction !== direction || typeof e[key] !== 'string') continue;
      m.set(e[key] as string, (m.get(e[key] as string) ?? 0) + 1);
    }
    return m;
  };
  const ins = entries.filter((e) => e.direction === '划转').length;
  const backs = entries.filter((e) => e.direction === '划回').length;
  const from = byDept('划转', 'from');
  const to = byDept('划回', 'to');
  const parts: string[] = [];
  if (ins) parts.push(`${ins} 个事项划入${deptName(bureau)}（来自 ${from.size} 个部门）`);
  if (backs) parts.push(`${backs} 个事项划回原部门（涉及 ${to.size} 个部门）`);
  const out: string[] = [
    '{/* 以下要点按清单的结构生成（事项数、部门、日期），请核对后补充。 */}',
    '',
    '## 文件要点',
    '',
    `本文件共列出 ${ins + backs} 个事项：${parts.join('，')}。`,
  ];
  const table = (heading: string, column: string, m: Map<string, number>) => {
    out.push('', `## ${heading}`, '', `| ${column} | 事项数 |`, '|---|---|');
    for (const [id, n] of m) out.push(`| ${deptName(id)} | ${n} |`);
  };
  if (ins) table(`划入${deptName(bureau)}的 ${ins} 项`, '原部门', from);
  if (backs) table(`划回原部门的 ${backs} 项`, '接收部门', to);
  const arrangements: string[] = [];
  if (parsed.handoverBy) arrangements.push(`- 交接截止日期：${chineseDate(parsed.handoverBy.value)}。`);
  if (parsed.transitionMonths) arrangements.push(`- 过渡期：${parsed.transitionMonths.value} 个月。`);
  if (arrangements.length) out.push('', '## 交接安排', '', ...arrangements);
  return `${out.join('\n')}\n`;
}

/** The list as canonical YAML, exactly as `npm run fmt` would write the file. */
export function listYaml(draft: Draft): string {
  const r = canonicalize(stringify(draft.list, CANONICAL_OPTIONS), draft.listFile);
  if (r.kind !== 'ok') throw new Error(`canonical form of the draft failed: ${r.kind}`);
  return r.text;
}

/** The notice page: front matter, then the generated summary. */
export function noticeMdx(draft: Draft): string {
  return `---\n${stringify(draft.notice, CANONICAL_OPTIONS)}---\n\n${draft.noticeBody}`;
}

