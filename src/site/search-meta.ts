/**
 * What the full-text search knows about a page besides its text: the result's name, code and
 * department (Pagefind metadata) and the values it can be filtered by (Pagefind filters).
 * SearchMeta.astro renders one of these as hidden data-pagefind-* markup.
 */
import type { GuideView } from './views/guide.ts';
import type { MatterView } from './views/matter.ts';
import type { NoticeView } from './views/notice.ts';
import type { TransferView } from './views/transfer.ts';

/** The filter keys, in the order the search page shows them. */
export const SEARCH_FILTERS = ['类别', '区划', '部门', '事项类型', '办理形式', '通办', '服务对象'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

/** Page kinds, the values of the 类别 filter. */
export type SearchKind = '办事指南' | '事项' | '划转清单' | '政策文件';

export interface SearchRecord {
  readonly kind: SearchKind;
  /** 名称 */
  readonly name: string;
  /** 编码: implementation code, basic code, or 文号 */
  readonly code?: string;
  /** 部门: the implementing department, or the issuer of a document */
  readonly department?: string;
  /** 关键词: common names and other names, ranked just below the name */
  readonly keywords: readonly string[];
  /**
   * A matter that has guides is one result with them: its page is left out of the index and its
   * text is added to each of these guides' (their URLs).
   */
  readonly foldInto: readonly string[];
  readonly filters: Partial<Record<SearchFilter, readonly string[]>>;
}

/** The 通办 value of a guide outside every 通办 scope (the guide page's own wording). */
export const NOT_TONGBAN = '不在通办范围';

const uniq = (xs: readonly (string | undefined)[]): string[] => [...new Set(xs.filter((x): x is string => !!x))];

/**
 * The words a guide is also known by (shown as “也称”): its own keywords, and those of the matter it
 * implements when that is a matter and not a sub-item (a matter's keywords name the whole matter).
 */
export function guideKeywords(v: GuideView): string[] {
  const matter = v.parent && v.parent.code === v.guide.matter ? v.parent.keywords : [];
  return uniq([...v.guide.keywords, ...matter]);
}

export function guideSearchRecord(v: GuideView): SearchRecord {
  const g = v.guide;
  return {
    kind: '办事指南',
    name: g.name,
    code: g.code,
    department: v.department.name,
    keywords: uniq([...guideKeywords(v), ...(v.parent && v.parent.code === g.matter ? v.parent.aliases : [])]),
    foldInto: [],
    filters: {
      类别: ['办事指南'],
      区划: [v.jurisdiction.name],
      部门: [v.department.name],
      事项类型: uniq([v.elements?.type ?? g.type]),
      办理形式: uniq(g.handlingForms),
      通办: g.tongban.length ? uniq(g.tongban) : [NOT_TONGBAN],
      服务对象: uniq(v.elements?.serviceObjects ?? g.serviceObjects ?? []),
    },
  };
}

export function matterSearchRecord(v: MatterView): SearchRecord {
  const guides = [...v.guides, ...v.subItems.flatMap((s) => s.guides)];
  const holders = v.histories.map((h) => h.current);
  const departments = uniq([...guides.map((g) => g.department.name), ...holders.filter((d) => d.known).map((d) => d.name)]);
  return {
    kind: '事项',
    name: v.name,
    code: v.code,
    ...(departments.length ? { department: departments.join('、') } : {}),
    keywords: v.parent ? [] : uniq([...v.matter.keywords, ...v.matter.aliases]),
    foldInto: v.guides.map((g) => g.href),
    filters: {
      类别: ['事项'],
      区划: uniq([...guides.map((g) => g.jurisdiction.name), ...v.histories.map((h) => h.jurisdiction.name)]),
      部门: departments,
      事项类型: uniq([v.elements.type]),
      通办: uniq(guides.flatMap((g) => g.tongban)),
      服务对象: uniq(v.elements.serviceObjects),
    },
  };
}

export function transferSearchRecord(v: TransferView): SearchRecord {
  const entries = v.groups.flatMap((g) => g.departments.flatMap((d) => d.entries));
  return {
    kind: '划转清单',
    name: v.title,
    ...(v.docNumber ? { code: v.docNumber } : {}),
    department: v.issuer,
    keywords: [],
    foldInto: [],
    filters: {
      类别: ['划转清单'],
      区划: [v.jurisdictionRef.name],
      部门: uniq(entries.flatMap((e) => [e.from, e.to]).filter((d) => d.known).map((d) => d.name)),
    },
  };
}

export function noticeSearchRecord(v: NoticeView): SearchRecord {
  return {
    kind: '政策文件',
    name: v.title,
    ...(v.docNumber ? { code: v.docNumber } : {}),
    ...(v.issuer ? { department: v.issuer } : {}),
    keywords: [],
    foldInto: [],
    filters: {
      类别: ['政策文件'],
      区划: [v.jurisdiction.name],
    },
  };
}
