/**
 * When a transfer list must be filed with the higher level (备案): the filing period a jurisdiction
 * sets (`transferFiling`, src/schemas/jurisdiction.ts) applies to its own lists and to those of
 * every jurisdiction under it, the nearest setting winning. Rules filing-period and filing-missing
 * and the transfer-list page read it from here (docs/ARCHITECTURE.md, Checking).
 */
import type { Loaded } from '../io/load.ts';
import type { Jurisdiction, TransferFiling, TransferList } from '../schemas/index.ts';
import type { CatalogueIndex } from './catalogue.ts';

export interface FilingRequirement {
  /** The setting that applies. */
  readonly setting: TransferFiling;
  /** The jurisdiction that sets it (the list's own or one above it). */
  readonly setBy: Loaded<Jurisdiction>;
  /** The day the period counts from: the notice's publication date, else the list's issue date. */
  readonly from: string;
  /** Whether `from` is a publication date (false: the issue date stands in for it). */
  readonly fromPublished: boolean;
  /** How messages and pages name the basis: the notice's 文号, else its title, else its id. */
  readonly basisName: string;
  /** The last day a filing is on time: `from` + `setting.days` calendar days (the day itself not counted). */
  readonly deadline: string;
}

/** `iso` plus `days` calendar days, as YYYY-MM-DD (UTC, so no time zone shifts the day). */
export function addDays(iso: string, days: number): string {
  const t = Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** The nearest jurisdiction, from `id` upwards, that sets a filing period; stops at a parent cycle. */
export function filingSettingFor(index: CatalogueIndex, id: string): Loaded<Jurisdiction> | undefined {
  const seen = new Set<string>();
  for (let j = index.jurisdictions.get(id); j && !seen.has(j.data.id); j = j.data.parent ? index.jurisdictions.get(j.data.parent) : undefined) {
    seen.add(j.data.id);
    if (j.data.transferFiling) return j;
  }
  return undefined;
}

/**
 * Whether `list` must be filed and by when; undefined when no jurisdiction from its own upwards
 * sets a period, or the period applies only to adjustments and `list` is its jurisdiction's first
 * list (in effective-date order).
 */
export function filingRequirement(index: CatalogueIndex, list: TransferList): FilingRequirement | undefined {
  const setBy = filingSettingFor(index, list.jurisdiction);
  const setting = setBy?.data.transferFiling;
  if (!setBy || !setting) return undefined;
  if (setting.applies === '清单调整') {
    const first = index.transfersOf(list.jurisdiction)[0];
    if (!first || first.data.id === list.id) return undefined;
  }
  const published = list.notice ? index.notices.get(list.notice)?.data.published : undefined;
  const from = published ?? list.date;
  const basis = index.notices.get(setting.basis)?.data;
  const basisName = basis ? (basis.docNumber ?? `《${basis.title}》`) : setting.basis;
  return { setting, setBy, from, fromPublished: published !== undefined, basisName, deadline: addDays(from, setting.days) };
}

/** The requirement in words: 山东省规定清单调整公布之日起 10 日内报山东省人民政府备案（鲁政办字〔2020〕85号）. */
export function describeRequirement(req: FilingRequirement): string {
  const what = req.setting.applies === '清单调整' ? '清单调整' : '清单';
  return `${req.setBy.data.name}规定${what}公布之日起 ${req.setting.days} 日内报${req.setting.to}备案（${req.basisName}）`;
}
