// Shared test utilities: paths to ../shared, a fake Io, and PDF inspection.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';
import type { Io } from '../src/cli/io.js';

export const REPO = fileURLToPath(new URL('..', import.meta.url));
export const SHARED = process.env['NEWSBRIEF_SHARED'] ?? resolve(REPO, '..', 'shared');
export const SEED = join(REPO, 'input', 'nato-troops.txt');
export const SEED_PUBLISHED = '2023-06-07T12:00:00Z';
export const BBC = join(SHARED, 'corpus', 'bbc');
export const hasShared = existsSync(BBC);

export interface FakeIo extends Io {
  out: () => string;
  err: () => string;
}

export function fakeIo(cwd = REPO): FakeIo {
  let out = '';
  let err = '';
  return {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    cwd,
    env: process.env,
    out: () => out,
    err: () => err,
  };
}

export interface PdfInfo {
  pages: number;
  text: string;
  width: number;
  height: number;
}

/** Page count, page size (pt) and the selectable text of a PDF, read with pdf.js. */
export async function readPdf(data: Uint8Array): Promise<PdfInfo> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(data), useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
  let text = '';
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    const content = await page.getTextContent();
    // pdf.js splits runs at kerning and glyph boundaries; spaces and line ends are their own marks.
    text += content.items.map((i) => ('str' in i ? i.str + (i.hasEOL ? '\n' : '') : '')).join('') + '\n';
  }
  const first = await doc.getPage(1);
  const [, , width, height] = first.view as [number, number, number, number];
  const pages = doc.numPages;
  await doc.destroy();
  return { pages, text, width, height };
}
