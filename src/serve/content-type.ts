// Content types of what an output folder holds.
import { basename, extname } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.pdf': 'application/pdf',
  '.md': 'text/markdown; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
};

export function contentTypeOf(path: string): string {
  if (basename(path) === 'feed.xml') return 'application/atom+xml; charset=utf-8';
  return TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The download name of a PDF: `<slug>.pdf` for a brief's `<slug>/brief.pdf`,
 * else the file's own name, reduced to characters every browser and file
 * system accepts.
 */
export function downloadNameOf(segments: string[]): string {
  const file = segments[segments.length - 1] ?? 'download.pdf';
  const folder = segments[segments.length - 2];
  const name = file === 'brief.pdf' && folder ? `${folder}.pdf` : file;
  return name.replace(/[^A-Za-z0-9._-]+/g, '_');
}
