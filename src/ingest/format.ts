// Which parser an input needs, decided by its content (the extension only breaks a tie for
// Markdown, whose syntax is also plausible plain text).
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

export function detectFormat(text: string, path: string): { format: SourceFormat; json?: unknown } {
  const head = text.slice(0, 4096).replace(/^\uFEFF/, '').trimStart();
  if (/^<\?xml[^>]*>\s*(?:<!--[\s\S]*?-->\s*)*<(?:rss|feed|rdf:RDF)[\s>]/i.test(head) || /^<(?:rss|feed)[\s>]/i.test(head)) return { format: 'feed' };
  if (/^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(head)) return { format: 'html' };
  if (/^</.test(head) && /<\/(?:p|div|article|section|span|a|h[1-6])>/i.test(head) && /<(?:p|div|article|h[1-6])[\s>]/i.test(head)) return { format: 'html' };
  if (/^[[{]/.test(head)) {
    try {
      return { format: 'json', json: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown };
    } catch {
      // Not JSON after all: plain text that starts with a bracket.
    }
  }
  if (hasFrontMatter(text) || /\.(?:md|markdown|mdown|mkd)(?:\.gz)?$/i.test(path)) return { format: 'markdown' };
  // A file named .txt is text even when a line looks like Markdown: "# 1 seed" or "[sic](x)" in prose must stay as written.
  if (/\.(?:txt|text)(?:\.gz)?$/i.test(path)) return { format: 'text' };
  const atxHeading = /^#{1,6}[ \t]+\S/m.test(head);
  const inlineSyntax = /\[[^\]\n]+\]\([^)\s]+\)|\*\*[^*\n]+\*\*|^[ \t]*[-*+][ \t]+\S|^>[ \t]/m.test(head);
  if (atxHeading && inlineSyntax) return { format: 'markdown' };
  return { format: 'text' };
}
