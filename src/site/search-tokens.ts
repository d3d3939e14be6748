/**
 * The one segmentation the full-text search uses, at index time (src/integrations/search.ts) and at
 * query time (the search page, src/site/search-query.ts), so that both always cut text the same way.
 *
 * Chinese is cut into overlapping character pairs (bigrams): 施工许可证 → 施工 工许 许可 可证, plus
 * the run's last character alone (证), so that any fragment of two or more characters a citizen types
 * matches wherever those characters stand together, and a single character matches too. Letters and
 * digits stay whole words (codes, 文号 numbers). Brackets and punctuation separate words, so
 * 晋政办发〔2020〕99号 and 晋政办发[2020]99号 give the same words.
 *
 * Pagefind would otherwise segment Chinese with a dictionary when indexing and with the browser's
 * Intl.Segmenter when searching, and the two disagree. Each Chinese word is therefore handed to
 * Pagefind as a word of Latin letters (four per character), which neither segmenter splits: Pagefind
 * indexes exactly the words made here, and a query made of them matches them exactly or as a prefix.
 */

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
/** Marks a word that stands for Chinese characters; no word of the catalogue's own text starts so. */
const PREFIX = 'zz';
const HAN = /\p{Script=Han}/u;
/** A run of Chinese characters, or a run of other letters and digits. */
const WORD = /\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu;

/** Four letters for one character: its code point in base 26 (every code point below 26⁴ fits). */
function letters(ch: string): string {
  let n = ch.codePointAt(0)!;
  let s = '';
  for (let i = 0; i < 4; i++) {
    s = LETTERS[n % 26]! + s;
    n = Math.floor(n / 26);
  }
  return s;
}

/** The comparable form of text: full-width letters and digits as half-width (NFKC), lower case. */
export const normalizeSearchText = (text: string): string => text.normalize('NFKC').toLowerCase();

/** The runs of a text: Chinese runs and other words, in order, normalized. */
export function searchRuns(text: string): { readonly text: string; readonly han: boolean }[] {
  return [...normalizeSearchText(text).matchAll(WORD)].map((m) => ({ text: m[0], han: HAN.test(m[0]) }));
}

/** The character pairs of a Chinese run and its last character (a run of one: that character). */
export function hanPieces(run: string): string[] {
  const cs = [...run];
  const out: string[] = [];
  for (let i = 0; i + 1 < cs.length; i++) out.push(cs[i]! + cs[i + 1]!);
  out.push(cs[cs.length - 1]!);
  return out;
}

/** The words Pagefind indexes for `text`, or searches for when `text` is a query. */
export function searchTokens(text: string): string[] {
  const out: string[] = [];
  for (const r of searchRuns(text)) {
    if (!r.han) out.push(r.text);
    else for (const p of hanPieces(r.text)) out.push(PREFIX + [...p].map(letters).join(''));
  }
  return out;
}

/**
 * The query's words for Pagefind: the words of `searchTokens` without repeats. A query's last
 * single character is dropped when a pair already covers it, so 许可证 asks for 许可 可证 and not
 * also 证 on its own, which every pair starting with 证 would match.
 */
export function queryTokens(query: string): string[] {
  const out: string[] = [];
  for (const r of searchRuns(query)) {
    if (!r.han) out.push(r.text);
    else {
      const pieces = hanPieces(r.text);
      for (const p of pieces.length > 1 ? pieces.slice(0, -1) : pieces) out.push(PREFIX + [...p].map(letters).join(''));
    }
  }
  return [...new Set(out)];
}
