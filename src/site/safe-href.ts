/**
 * The one gate between a URL written in the data (a guide's online address, a department's
 * website) and an `href`: only http(s), tel and mailto URLs become links. Anything else
 * (javascript:, data:, vbscript:, a relative path) gives undefined, and the page shows the text
 * instead of a link. The URL is parsed as browsers parse it, so "java\tscript:" or " JavaScript:"
 * is recognised for what it is. The check (rule url-scheme) reports such URLs; this is the
 * second line of defence.
 */

const LINKABLE = new Set(['http:', 'https:', 'tel:', 'mailto:']);

/** `url` itself when it may be a link, otherwise undefined. */
export function safeHref(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  return LINKABLE.has(parsed.protocol) ? url : undefined;
}
