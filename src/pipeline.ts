// ingest → extract → render: the single composition point.
import type { Brief, Message } from './brief/model.js';
import { SCHEMA_VERSION } from './brief/model.js';
import { checkBrief } from './brief/invariants.js';
import { parseInstant, formatTimexMinute } from './brief/time.js';
import { extractBrief } from './extract/index.js';
import { type IngestOptions, type IngestedArticle, readArticle, readArticles } from './ingest/index.js';
import { renderEmailFormats } from './publish/index.js';
import type { PageSize, PdfRenderer } from './render/pdf.js';
import type { Templates } from './render/templates.js';
import { buildView } from './render/view-model.js';

export type Stage = 'ingest' | 'extract' | 'render' | 'pdf' | 'write';

/** A failure in one stage for one input; keeps the original error as `cause`. */
export class StageError extends Error {
  constructor(
    readonly stage: Stage,
    readonly input: string,
    cause: unknown,
  ) {
    super(`${stage}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'StageError';
  }
}

async function stage<T>(name: Stage, input: string, run: () => T | Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof StageError) throw error;
    throw new StageError(name, input, error);
  }
}

/** Reads an article file and extracts its brief (nothing rendered). */
export async function extractFile(path: string, options: IngestOptions = {}): Promise<Brief> {
  const ingested = await stage('ingest', path, () => readArticle(path, options));
  return stage('extract', path, () => assembleBrief(ingested));
}

/** Like extractFile, for files that may hold several articles (a JSON array): one brief each. */
export async function extractFiles(path: string, options: IngestOptions = {}): Promise<Brief[]> {
  const all = await stage('ingest', path, () => readArticles(path, options));
  return stage('extract', path, () => all.map(assembleBrief));
}

/** Extracts the brief parts of an ingested article and checks the whole against its contract. */
function assembleBrief(ingested: IngestedArticle): Brief {
  const headerDates = ingested.metadataDates.flatMap((d) => {
    const instant = parseInstant(d.value);
    return instant ? [{ text: d.text, value: formatTimexMinute(instant), event: d.event }] : [];
  });
  const extraction = extractBrief(ingested.article, { referenceTime: ingested.referenceTime, headerDates });
  const brief: Brief = {
    schemaVersion: SCHEMA_VERSION,
    source: ingested.source,
    referenceTime: ingested.referenceTime,
    article: ingested.article,
    summary: extraction.summary,
    actors: extraction.actors,
    claims: extraction.claims,
    questions: extraction.questions,
    dates: extraction.dates,
    messages: [...ingested.messages, ...extraction.messages],
  };
  const violations = checkBrief(brief);
  if (violations.length > 0) throw new Error(`the brief breaks its contract: ${violations.map((v) => `${v.path}: ${v.problem}`).join('; ')}`);
  return brief;
}

export type Format = 'html' | 'pdf' | 'md' | 'json';

export interface RenderOptions {
  templates: Templates;
  formats: ReadonlySet<Format>;
  page: PageSize;
  /** Needed when formats include pdf. */
  pdf?: PdfRenderer;
}

export interface Rendered {
  html?: string;
  markdown?: string;
  /** The email pair rendered from the Markdown: brief.email.html and brief.txt. */
  emailHtml?: string;
  text?: string;
  pdf?: Uint8Array;
  /** The brief with the render messages added (e.g. what the PDF left out). */
  brief: Brief;
}

/** Renders a brief to the requested formats. */
export async function renderBrief(brief: Brief, options: RenderOptions): Promise<Rendered> {
  const input = brief.source.path;
  const view = await stage('render', input, () => buildView(brief));
  const out: Rendered = { brief };
  const needHtml = options.formats.has('html') || options.formats.has('pdf');
  const html = needHtml ? await stage('render', input, () => options.templates.renderHtml(view)) : undefined;
  if (options.formats.has('html')) out.html = html;
  if (options.formats.has('md')) out.markdown = await stage('render', input, () => options.templates.renderMarkdown(view));
  if (options.formats.has('pdf') && html !== undefined) {
    const renderer = options.pdf;
    if (!renderer) throw new StageError('pdf', input, new Error('no PDF renderer was given'));
    const result = await stage('pdf', input, () => renderer.render(html, view.dropOrder, options.page));
    out.pdf = result.pdf;
    const messages: Message[] = [];
    if (result.dropped.length > 0)
      messages.push({
        severity: 'info',
        source: 'render',
        ruleId: 'pdf-items-dropped',
        reason: `${result.dropped.length} lower-priority item(s) left out of the one-page PDF: ${result.dropped.join(', ')}; the HTML brief has them all`,
        position: null,
        items: result.dropped,
      });
    if (result.clipped)
      messages.push({ severity: 'warning', source: 'render', ruleId: 'pdf-clipped', reason: 'the brief did not fit one page even scaled down; the PDF shows its first page only', position: null });
    out.brief = { ...brief, messages: [...brief.messages, ...messages] };
  }
  if (out.markdown !== undefined) {
    const markdown = out.markdown;
    const email = await stage('render', input, () => renderEmailFormats(out.brief, markdown, { templates: options.templates }));
    out.emailHtml = email.emailHtml;
    out.text = email.text;
    if (email.messages.length > 0) out.brief = { ...out.brief, messages: [...out.brief.messages, ...email.messages] };
  }
  return out;
}
