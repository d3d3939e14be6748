/**
 * What the /open-data/ page lists: every file of the open data (src/lib/export.ts) with its URL,
 * format, exact size and a description. The sizes come from the same bytes the build writes
 * (src/integrations/open-data.ts), so the page never shows a size that differs from the download.
 */
import { COLLECTIONS, type CollectionName } from '../../schemas/index.ts';
import { SCHEMA_VERSION } from '../../schemas/version.ts';
import {
  MANIFEST_FILE,
  MANIFEST_FORMAT_VERSION,
  OPEN_DATA_COLLECTIONS,
  OPEN_DATA_FORMAT_VERSION,
  type OpenDataCollection,
  openDataFiles,
  sortedRecords,
  transferXlsxName,
} from '../../export/index.ts';
import { formatBytes } from '../../io/files.ts';
import { routes } from '../routes.ts';
import type { ValidationResult } from '../../check/validate.ts';

/** Where the open data is published under the site (and written under the build's outDir). */
export const OPEN_DATA_PATH = 'open-data';

export type OpenDataGroup = 'catalogue' | 'csv' | 'xlsx' | 'schemas';

export const OPEN_DATA_GROUPS: readonly { readonly group: OpenDataGroup; readonly title: string; readonly intro: string }[] = [
  {
    group: 'catalogue',
    title: '整个目录（JSON）',
    intro: '全部记录和每个事项历次的实施部门，供程序读取。记录按编码或标识排序，字段名与数据文件相同。',
  },
  {
    group: 'csv',
    title: '分类表格（CSV）',
    intro: '每类记录一个表，每条记录一行。UTF-8 编码（带 BOM），可直接用电子表格软件打开；一个单元格中的多项用“；”分隔。',
  },
  {
    group: 'xlsx',
    title: '划转清单（Excel 工作簿）',
    intro: '每份划转清单一个工作簿，按报备格式排版（A4 横向打印）。',
  },
  {
    group: 'schemas',
    title: '数据结构（JSON Schema）',
    intro: '各类记录的字段、类型和可选值（JSON Schema 2020-12），与数据文件、catalogue.json 中的记录一致。',
  },
];

export interface OpenDataEntry {
  /** Path under open-data/ (forward slashes): csv/guides.csv. */
  readonly path: string;
  readonly href: string;
  readonly group: OpenDataGroup;
  /** JSON / CSV / XLSX / JSON Schema. */
  readonly format: string;
  readonly bytes: number;
  /** 12 KB */
  readonly size: string;
  readonly description: string;
}

const title = (name: OpenDataCollection) => (name === 'notices' ? '政策文件' : COLLECTIONS[name as CollectionName].title);

type Result = Pick<ValidationResult, 'catalogue' | 'index' | 'holdings'>;

/** The open data's files as the page lists them, in the order of OPEN_DATA_GROUPS. */
export async function openDataListing(result: Result): Promise<OpenDataEntry[]> {
  const files = await openDataFiles(result);
  const describe = new Map<string, { group: OpenDataGroup; format: string; description: string }>();
  describe.set('catalogue.json', {
    group: 'catalogue',
    format: 'JSON',
    description: `全部 ${OPEN_DATA_COLLECTIONS.length} 类记录和实施部门沿革（formatVersion ${OPEN_DATA_FORMAT_VERSION}，schemaVersion ${SCHEMA_VERSION}）`,
  });
  for (const name of OPEN_DATA_COLLECTIONS) {
    describe.set(`csv/${name}.csv`, { group: 'csv', format: 'CSV', description: `${title(name)}，${sortedRecords(result, name).length} 条记录` });
    describe.set(`schemas/${name}.schema.json`, { group: 'schemas', format: 'JSON Schema', description: `${title(name)}的数据结构` });
  }
  for (const list of result.catalogue.transfers) {
    const l = list.data;
    describe.set(`xlsx/${transferXlsxName(l)}`, {
      group: 'xlsx',
      format: 'XLSX',
      description: `${l.title}${l.docNumber ? `（${l.docNumber}）` : ''}，${l.entries.length} 个事项`,
    });
  }
  const order = new Map(OPEN_DATA_GROUPS.map((g, i) => [g.group, i]));
  const entries: OpenDataEntry[] = [...files].map(([file, bytes]) => {
    const dir = file.split('/')[0] as OpenDataGroup;
    const d = describe.get(file) ?? { group: order.has(dir) ? dir : 'catalogue', format: (file.split('.').pop() ?? '').toUpperCase(), description: '' };
    return { path: file, href: routes.openDataFile(file), group: d.group, format: d.format, bytes: bytes.byteLength, size: formatBytes(bytes.byteLength), description: d.description };
  });
  // Stable: by group, then in the order openDataFiles gives (sorted within each group).
  return entries.map((e, i) => ({ e, i })).sort((a, b) => (order.get(a.e.group) ?? order.size) - (order.get(b.e.group) ?? order.size) || a.i - b.i).map((x) => x.e);
}

/**
 * The manifest (src/export/manifest.ts), listed apart from the exports: it is written after every
 * other file, covers this page too, and so has no size the page could show.
 */
export const OPEN_DATA_MANIFEST = {
  path: MANIFEST_FILE,
  href: routes.openDataFile(MANIFEST_FILE),
  formatVersion: MANIFEST_FORMAT_VERSION,
  title: '核对清单（manifest.json）',
  proves:
    '列出本站每条记录的 SHA-256 校验值（按类别和编码，注明数据文件）、本站每个文件（网页、表格下载、开放数据等）的大小和 SHA-256 校验值，以及生成本站所依据的数据版本（哪一次数据修订）。据此可以证明：网站上的内容就是版本库中这个版本的目录，没有多、没有少、没有改动。',
  command: 'verify 下载的目录 [版本]',
  howTo:
    '（下载的目录是整个网站或开放数据目录；版本默认为最新的数据修订，也可写发布编号，如 2020-12-24-adjustment；详见目录仓库说明中的“核对网站是否就是版本库中的目录”）。程序从版本库重新计算每条记录的校验值，与清单和 catalogue.json 中的记录逐条比较，并重新计算每个文件的校验值，逐条列出不一致的记录和文件；全部一致时退出码为 0。也可以用 sha256sum 等工具单独核对某个文件。',
} as const;
