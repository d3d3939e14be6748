/**
 * Just enough of the zip format for Word files: set every entry's time (so building twice gives
 * the same bytes), and read entries back (for the tests). A .docx is a zip archive.
 */
import zlib from 'node:zlib';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

interface Entry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly centralOffset: number;
  readonly localOffset: number;
}

function entries(zip: Uint8Array): Entry[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip archive: no end of central directory');
  const count = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  const out: Entry[] = [];
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (view.getUint32(p, true) !== CENTRAL) throw new Error('broken zip central directory');
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    const localOffset = view.getUint32(p + 42, true);
    if (view.getUint32(localOffset, true) !== LOCAL) throw new Error('broken zip local header');
    out.push({
      name: decoder.decode(zip.subarray(p + 46, p + 46 + nameLen)),
      method: view.getUint16(p + 10, true),
      compressedSize: view.getUint32(p + 20, true),
      centralOffset: p,
      localOffset,
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

/** The MS-DOS time and date fields of a day (midnight), as the zip format stores them. */
function dosDateTime(isoDate: string): { time: number; date: number } {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!m) throw new Error(`not an ISO date: ${isoDate}`);
  const year = Math.max(1980, Number(m[1]));
  return { time: 0, date: ((year - 1980) << 9) | (Number(m[2]) << 5) | Number(m[3]) };
}

/**
 * A copy of the archive whose entries all carry the given date (midnight). Only the time fields
 * change; checksums cover the contents, not the times, so the archive stays valid.
 */
export function setZipDates(zip: Uint8Array, isoDate: string): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(zip);
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const { time, date } = dosDateTime(isoDate);
  for (const e of entries(out)) {
    view.setUint16(e.centralOffset + 12, time, true);
    view.setUint16(e.centralOffset + 14, date, true);
    view.setUint16(e.localOffset + 10, time, true);
    view.setUint16(e.localOffset + 12, date, true);
  }
  return out;
}

/** The names of the archive's entries, in order. */
export function zipNames(zip: Uint8Array): string[] {
  return entries(zip).map((e) => e.name);
}

/** The contents of one entry, or undefined when the archive has none of that name. */
export function readZipEntry(zip: Uint8Array, name: string): Uint8Array | undefined {
  const e = entries(zip).find((x) => x.name === name);
  if (!e) return undefined;
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const start = e.localOffset + 30 + view.getUint16(e.localOffset + 26, true) + view.getUint16(e.localOffset + 28, true);
  const data = zip.subarray(start, start + e.compressedSize);
  if (e.method === 0) return data;
  if (e.method === 8) return new Uint8Array(zlib.inflateRawSync(data));
  throw new Error(`unsupported zip compression method ${e.method} for ${name}`);
}
