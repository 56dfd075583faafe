// Which parser an input needs, decided by its content; the extension breaks ties: a file named
// .html is HTML unless it is JSON or a feed, and Markdown's syntax is also plausible plain text.
import type { SourceFormat } from '../brief/model.js';

/** Magic bytes of common binary formats, to say what a refused file is. */
const MAGIC: [string, number[]][] = [
  ['a PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a ZIP archive (or an Office document)', [0x50, 0x4b, 0x03, 0x04]],
  ['a WebP/RIFF file', [0x52, 0x49, 0x46, 0x46]],
  ['an executable', [0x7f, 0x45, 0x4c, 0x46]],
  ['a SQLite database', [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65]],
  ['a bzip2 archive', [0x42, 0x5a, 0x68]],
  ['an xz archive', [0xfd, 0x37, 0x7a, 0x58, 0x5a]],
  ['a 7-Zip archive', [0x37, 0x7a, 0xbc, 0xaf]],
];

/** "a PNG image" for known binary formats, else null. */
export function describeBinary(bytes: Uint8Array): string | null {
  for (const [name, magic] of MAGIC) if (magic.every((b, i) => bytes[i] === b)) return name;
  return null;
}

/** YAML front matter at the top of a Markdown file. */
export const FRONT_MATTER = /^\uFEFF?---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;

export function hasFrontMatter(text: string): boolean {
  return FRONT_MATTER.test(text);
}

/** True for a parsed JSON value that is a JSON Feed. */
export function isJsonFeed(value: unknown): boolean {
  return value !== null && typeof value === 'object' && typeof (value as Record<string, unknown>)['version'] === 'string' && ((value as Record<string, string>)['version'] ?? '').startsWith('https://jsonfeed.org/version/');
}

/** A byte-order mark, also one read in the wrong charset ("ï»¿", "þÿ") or lost (U+FFFD), and whitespace. */
const LEADING_JUNK = /^(?:\uFEFF|\u00EF\u00BB\u00BF|\u00FE\u00FF|\u00FF\u00FE|\uFFFD|\s)+/;

/** Markup that only an HTML page has: a doctype, the document's own elements, head-only elements. */
const HTML_SIGNS: RegExp[] = [
  /<!doctype\s+html/i,
  /<html[\s>]/i,
  /<head[\s>]/i,
  /<body[\s>]/i,
  /<meta\s[^>]*(?:charset|http-equiv|name|property)\s*=[^>]*>/i,
  /<title[^>]*>[^<]*<\/title>/i,
  /<link\s[^>]*rel\s*=[^>]*>/i,
  /<\/(?:p|div|article|section|span|a|h[1-6]|table|td|li)>/i,
];

/** Names that say HTML; content still wins for JSON and feeds. */
const HTML_NAME = /\.(?:html?|xhtml|shtml)(?:\.gz)?$/i;

/**
 * True when the text is an HTML page: it opens with markup and shows one sign of a page, or it
 * shows two kinds of them anywhere in its head, whatever precedes them (a comment, a script, an
 * XML declaration, a mangled byte-order mark).
 */
export function looksLikeHtml(head: string): boolean {
  const signs = HTML_SIGNS.filter((re) => re.test(head)).length;
  return signs >= 2 || (signs === 1 && /^</.test(head));
}

export function detectFormat(text: string, path: string): { format: SourceFormat; json?: unknown } {
  const head = text.slice(0, 8192).replace(LEADING_JUNK, '');
  // (A document type declaration may stand before the root, with an internal subset: "<!DOCTYPE rss [...]>".)
  if (/^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*|<\?[^>]*>\s*|<!DOCTYPE\s+(?:rss|feed|rdf:RDF)\b[^[>]*(?:\[[\s\S]*?\]\s*)?>\s*)*<(?:rss|feed|rdf:RDF)[\s>]/i.test(head)) return { format: 'feed' };
  if (/^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(head)) return { format: 'html' };
  if (/^[[{]/.test(head)) {
    try {
      return { format: 'json', json: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown };
    } catch {
      // Not JSON after all: plain text that starts with a bracket.
    }
  }
  if (HTML_NAME.test(path)) return { format: 'html' };
  if (hasFrontMatter(text) || /\.(?:md|markdown|mdown|mkd)(?:\.gz)?$/i.test(path)) return { format: 'markdown' };
  if (looksLikeHtml(head)) return { format: 'html' };
  // A file named .txt is text even when a line looks like Markdown: "# 1 seed" or "[sic](x)" in prose must stay as written.
  if (/\.(?:txt|text)(?:\.gz)?$/i.test(path)) return { format: 'text' };
  const atxHeading = /^#{1,6}[ \t]+\S/m.test(head);
  const inlineSyntax = /\[[^\]\n]+\]\([^)\s]+\)|\*\*[^*\n]+\*\*|^[ \t]*[-*+][ \t]+\S|^>[ \t]/m.test(head);
  if (atxHeading && inlineSyntax) return { format: 'markdown' };
  return { format: 'text' };
}
