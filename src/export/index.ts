/**
 * Open data: the catalogue in machine-readable and office formats, built from a validation result.
 * Each exporter owns one entry of the output directory:
 *
 * - catalogue.json (catalogue-json.ts): every record sorted by key, and the holdings history;
 * - csv/<collection>.csv (csv.ts): one row per record, for spreadsheets;
 * - xlsx/<jurisdiction>-<list-id>.xlsx (transfer-xlsx.ts): each transfer list laid out for filing upward (备案);
 * - schemas/<collection>.schema.json (json-schema.ts): the JSON Schemas the records follow.
 *
 * The build adds manifest.json (manifest.ts): the digest of every record and of every file of the
 * site, written last by src/integrations/open-data.ts because it covers the other files.
 *
 * The same data always gives the same bytes: no build timestamp, records and keys in a fixed order,
 * workbook dates taken from the list's own date and zip entry times fixed to it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { catalogueJson } from './catalogue-json.ts';
import { collectionCsv } from './csv.ts';
import { jsonSchemaFiles } from './json-schema.ts';
import { OPEN_DATA_COLLECTIONS, type Result, byString, utf8 } from './records.ts';
import { transferXlsx, transferXlsxName } from './transfer-xlsx.ts';

export { type HoldingPeriodJson, OPEN_DATA_FORMAT_VERSION, catalogueJson, holdingsJson } from './catalogue-json.ts';
export { CSV_LIST_SEPARATOR, type CsvColumn, cellText, collectionCsv, csvCell, csvColumns, csvField } from './csv.ts';
export { OPEN_DATA_COLLECTIONS, type OpenDataCollection, sortedRecords } from './records.ts';
export {
  MANIFEST_FILE,
  MANIFEST_FORMAT_VERSION,
  type Manifest,
  type ManifestFile,
  type ManifestRecord,
  type ManifestRelease,
  type ManifestSource,
  fileDigests,
  manifestJson,
  parseManifest,
  recordDigest,
  recordDigests,
  sha256,
} from './manifest.ts';
export { NO_DOC_NUMBER, TRANSFER_XLSX_COLUMNS, TRANSFER_XLSX_SHEET, transferHeadLines, transferXlsx, transferXlsxName } from './transfer-xlsx.ts';

/** Default output directory of `npm run export`, relative to the repository root. */
export const DEFAULT_OPEN_DATA_DIR = 'dist/open-data';

/** One format of the open data: the entry of the output directory it owns, and its files. */
export interface OpenDataExporter {
  /** A file or folder name directly under the output directory; replaced as a whole. */
  readonly entry: string;
  /** Its files: path relative to the output directory (forward slashes) → bytes, in order. */
  readonly files: (result: Result) => Promise<Iterable<readonly [string, Uint8Array]>> | Iterable<readonly [string, Uint8Array]>;
}

export const OPEN_DATA_EXPORTERS: readonly OpenDataExporter[] = [
  { entry: 'catalogue.json', files: (result) => [['catalogue.json', utf8(catalogueJson(result))]] },
  { entry: 'csv', files: (result) => OPEN_DATA_COLLECTIONS.map((name) => [`csv/${name}.csv`, utf8(collectionCsv(result, name))] as const) },
  {
    entry: 'xlsx',
    files: async (result) => {
      const lists = [...result.catalogue.transfers].sort((a, b) => byString(transferXlsxName(a.data), transferXlsxName(b.data)));
      const out: [string, Uint8Array][] = [];
      for (const list of lists) out.push([`xlsx/${transferXlsxName(list.data)}`, await transferXlsx(list.data, result.index)]);
      return out;
    },
  },
  {
    entry: 'schemas',
    // The same text `npm run schemas` writes to schemas/, generated from the zod schemas in use.
    files: () => [...jsonSchemaFiles()].sort(([a], [b]) => byString(a, b)).map(([file, text]) => [`schemas/${file}`, utf8(text)] as const),
  },
];

/** Every file of the open data: path relative to the output directory (forward slashes) → bytes. */
export async function openDataFiles(result: Result): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  for (const exporter of OPEN_DATA_EXPORTERS) for (const [file, bytes] of await exporter.files(result)) files.set(file, bytes);
  return files;
}

/**
 * Writes the open data into `outDir` (created if missing): catalogue.json, csv/, xlsx/, schemas/.
 * Those entries are replaced as a whole, so files of records since removed do not linger; nothing
 * else in the directory is touched. Returns the written paths, relative to outDir.
 */
export async function writeOpenData(result: Result, outDir: string): Promise<string[]> {
  const files = await openDataFiles(result);
  fs.mkdirSync(outDir, { recursive: true });
  for (const { entry } of OPEN_DATA_EXPORTERS) fs.rmSync(path.join(outDir, entry), { recursive: true, force: true });
  for (const [rel, bytes] of files) {
    const target = path.join(outDir, ...rel.split('/'));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, bytes);
  }
  return [...files.keys()];
}
