// Builds real briefs into a temporary output folder, as `build` would: the
// seed and two BBC articles, every format, then the email formats and the index.
import { mkdtemp, mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Brief } from '../../src/brief/model.js';
import { writeFileAtomic } from '../../src/output/write.js';
import { headingOf } from '../../src/brief/heading.js';
import { makeSlug } from '../../src/output/slug.js';
import { extractFile, renderBrief } from '../../src/pipeline.js';
import { PdfRenderer } from '../../src/render/pdf.js';
import { type Templates, loadTemplates } from '../../src/render/templates.js';
import { writeEmailFormats } from '../../src/publish/email.js';
import { BBC, SEED, SEED_PUBLISHED } from '../helpers.js';

export interface BuiltBrief {
  slug: string;
  dir: string;
  /** As written to brief.json (render messages included). */
  brief: Brief;
  markdown: string;
}

export interface BuiltOutputs {
  outDir: string;
  /** Newest first, as the index lists them. */
  briefs: BuiltBrief[];
  templates: Templates;
  cleanup(): Promise<void>;
}

export const INPUTS = [
  { path: SEED, published: SEED_PUBLISHED },
  { path: join(BBC, 'politics', '001.txt'), published: '2005-02-14T09:00:00Z' },
  { path: join(BBC, 'business', '001.txt'), published: '2005-01-19T09:00:00Z' },
];

/** Writes one brief's files into `<outDir>/<slug>/` and returns what was written. */
export async function writeBriefFolder(outDir: string, input: { path: string; published: string }, templates: Templates, pdf: PdfRenderer): Promise<BuiltBrief> {
  const extracted = await extractFile(input.path, { published: input.published });
  const rendered = await renderBrief(extracted, { templates, formats: new Set(['html', 'pdf', 'md', 'json']), page: 'a4', pdf });
  const slug = makeSlug(headingOf(extracted.article), extracted.article.publishedAt ?? extracted.article.updatedAt);
  const dir = join(outDir, slug);
  await mkdir(dir, { recursive: true });
  const email = await writeEmailFormats(dir, rendered.brief, rendered.markdown!, { templates });
  const brief = { ...rendered.brief, messages: [...rendered.brief.messages, ...email.messages] };
  await writeFileAtomic(join(dir, 'brief.html'), rendered.html!);
  await writeFileAtomic(join(dir, 'brief.pdf'), rendered.pdf!);
  await writeFileAtomic(join(dir, 'brief.md'), rendered.markdown!);
  await writeFileAtomic(join(dir, 'brief.json'), `${JSON.stringify(brief, null, 2)}\n`);
  return { slug, dir, brief, markdown: rendered.markdown! };
}

export async function buildOutputs(): Promise<BuiltOutputs> {
  const outDir = await mkdtemp(join(tmpdir(), 'newsbrief-publish-'));
  const templates = await loadTemplates();
  const pdf = new PdfRenderer({ concurrency: 1 });
  try {
    const briefs: BuiltBrief[] = [];
    for (const input of INPUTS) briefs.push(await writeBriefFolder(outDir, input, templates, pdf));
    return { outDir, briefs, templates, cleanup: () => rm(outDir, { recursive: true, force: true }) };
  } finally {
    await pdf.close();
  }
}
