/**
 * A fast reader for the plain YAML that catalogue records are written in: block maps with simple
 * keys, block lists, single-line plain or quoted scalars, `[]`, `{}` and one-line flow maps and
 * lists of plain scalars (`{ value: 10, unit: 工作日 }`), whole-line comments. It gives exactly the
 * value `parseYaml` (src/io/yaml.ts) gives for such a text, or undefined for anything else — a
 * construct outside that subset, or something that might be a mistake (a duplicate key, a tab, a
 * line indented oddly) — and the loader then reads the file with the full YAML library, which
 * reports syntax errors and keeps positions. The yaml library builds a document with positions
 * for every node, which costs milliseconds a file; this reader does one pass over the lines and
 * keeps nothing. tests/fast-yaml.test.ts compares the two on the demo, the synthetic catalogue and
 * random records. See docs/ARCHITECTURE.md, "From a YAML file to a page".
 */
import { looksLikeCode } from './yaml.ts';

interface Line {
  indent: number;
  /** The line without its indentation (and without trailing spaces). */
  text: string;
}

/** Signals that the text is outside the subset: the caller falls back to the full parser. */
class Outside extends Error {}
const outside = (): never => {
  throw new Outside();
};

/** Deeper than any record goes; the full parser decides what such nesting is. */
const MAX_INDENT = 64;
/** Characters the full parser rejects or treats specially anywhere in a file. */
const UNSAFE = /[\t\r\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufeff\u2028\u2029]/u;
const KEY = /^([A-Za-z_][A-Za-z0-9_]*):(?: +|$)/;
/** The core schema's tests (yaml/dist/schema/core) for plain scalars that are not strings; the fast canonical writer quotes a string one of them matches. */
export const NOT_STRING: readonly RegExp[] = [
  /^(?:~|[Nn]ull|NULL)?$/,
  /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
  /^0o[0-7]+$/,
  /^[-+]?[0-9]+$/,
  /^0x[0-9a-fA-F]+$/,
  /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
];
/** First characters of every text a NOT_STRING test can match (the empty text is refused before). */
const MAYBE_NOT_STRING = new Set([...'~nNtTfF0123456789+-.']);
/** A plain scalar cannot start with an indicator; `-`, `?`, `:` followed by text could, but are left to the full parser. */
const INDICATOR_START = /^[-?:,[\]{}#&*!|>'"%@`]/;
/** JSON's escapes, which mean the same in a YAML double-quoted scalar. */
const DOUBLE_QUOTED = /^"(?:[^"\\]|\\["\\/bfnrt]|\\u[0-9a-fA-F]{4})*"$/;

/** Only the space is YAML's indentation and separator here: a full-width space (U+3000) is text. */
const trimSpaces = (s: string) => s.replace(/^ +| +$/g, '');

/** The value of a plain scalar, as the core schema and the loader's code rule read it. */
function plain(s: string, flow: boolean): unknown {
  if (s === '' || INDICATOR_START.test(s) || s.includes(' #') || s.includes(': ') || s.endsWith(':')) outside();
  if (flow && /[,[\]{}]/.test(s)) outside();
  if (/^[0-9]+$/.test(s)) {
    if (looksLikeCode(s)) return s;
    const n = Number(s);
    return Number.isSafeInteger(n) ? n : outside();
  }
  // Only a text starting with one of these can be anything but a string in the core schema.
  if (!MAYBE_NOT_STRING.has(s[0]!)) return s;
  if (s === 'true') return true;
  if (s === 'false') return false;
  // A decimal fraction (0.5, 8.35), read by the core schema's float tag with parseFloat.
  if (/^[0-9]+\.[0-9]+$/.test(s)) return Number.parseFloat(s);
  for (const re of NOT_STRING) if (re.test(s)) outside();
  return s;
}

/** A value written on the line of its key or list marker. */
function inline(s: string): unknown {
  const c = s[0];
  if (c === '"') {
    if (!DOUBLE_QUOTED.test(s)) outside();
    return JSON.parse(s) as string;
  }
  if (c === "'") {
    if (s.length < 2 || !s.endsWith("'") || s.slice(1, -1).replace(/''/g, '').includes("'")) outside();
    return s.slice(1, -1).replace(/''/g, "'");
  }
  if (c === '{' || c === '[') {
    const close = c === '{' ? '}' : ']';
    if (!s.endsWith(close)) outside();
    const inner = trimSpaces(s.slice(1, -1));
    if (inner === '') return c === '{' ? {} : [];
    const parts = inner.split(',').map(trimSpaces);
    // A quoted item is read whole only when no comma was inside it (else a piece lacks a quote).
    if (c === '[') return parts.map((p) => (p.startsWith("'") || p.startsWith('"') ? inline(p) : plain(p, true)));
    const out: Record<string, unknown> = {};
    for (const p of parts) {
      const m = KEY.exec(p);
      if (!m || Object.hasOwn(out, m[1]!)) outside();
      out[m![1]!] = plain(p.slice(m![0].length), true);
    }
    return out;
  }
  return plain(s, false);
}

/** The record's value, or undefined when the text is outside the subset this reader handles. */
export function parseSimpleYaml(text: string): { value: unknown } | undefined {
  if (UNSAFE.test(text)) return undefined;
  const lines: Line[] = [];
  for (const raw of text.split('\n')) {
    let indent = 0;
    while (raw.charCodeAt(indent) === 32) indent++;
    let end = raw.length;
    while (end > indent && raw.charCodeAt(end - 1) === 32) end--;
    if (end === indent || raw.charCodeAt(indent) === 35 /* # */) continue;
    const body = raw.slice(indent, end);
    if (indent === 0 && (body.startsWith('---') || body.startsWith('...') || body.startsWith('%'))) return undefined;
    if (indent > MAX_INDENT) return undefined;
    lines.push({ indent, text: body });
  }
  if (lines.length === 0 || lines[0]!.indent !== 0) return undefined;
  let i = 0;

  const isItem = (l: Line) => l.text === '-' || l.text.startsWith('- ');

  /** A block node starting at lines[i], which is indented `indent`. */
  const node = (indent: number): unknown => (isItem(lines[i]!) ? seq(indent) : map(indent));

  /** The value after `key:` or `-` with nothing on its line: the deeper lines, or null. */
  const nested = (indent: number, sameIndentList: boolean): unknown => {
    const next = lines[i];
    if (next && (next.indent > indent || (sameIndentList && next.indent === indent && isItem(next)))) return node(next.indent);
    return null;
  };

  const map = (indent: number): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    while (i < lines.length && lines[i]!.indent === indent) {
      const line = lines[i]!;
      const m = KEY.exec(line.text);
      if (!m || Object.hasOwn(out, m[1]!)) outside();
      const key = m![1]!;
      const rest = line.text.slice(m![0].length);
      i++;
      if (rest === '') out[key] = nested(indent, true);
      else out[key] = inline(rest);
    }
    // A deeper line here would continue a value on the line above: the full parser decides.
    if (i < lines.length && lines[i]!.indent > indent) outside();
    return out;
  };

  const seq = (indent: number): unknown[] => {
    const out: unknown[] = [];
    while (i < lines.length && lines[i]!.indent === indent && isItem(lines[i]!)) {
      const line = lines[i]!;
      const rest = line.text.slice(1).replace(/^ +/, '');
      if (rest === '') {
        i++;
        out.push(nested(indent, false));
      } else if (KEY.test(rest)) {
        // "- key: value": a map whose first key stands where the text after the marker starts.
        const at = indent + line.text.length - rest.length;
        lines[i] = { indent: at, text: rest };
        out.push(map(at));
      } else if (isItem({ indent, text: rest })) {
        outside();
      } else {
        i++;
        out.push(inline(rest));
      }
    }
    if (i < lines.length && lines[i]!.indent > indent) outside();
    return out;
  };

  try {
    const value = node(0);
    return i === lines.length ? { value } : undefined;
  } catch (e) {
    if (e instanceof Outside) return undefined;
    throw e;
  }
}
