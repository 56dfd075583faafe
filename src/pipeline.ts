// ingest → extract → render: the single composition point.
import { checkTeaser } from './brief/teaser.js';
import type { Brief, Message } from './brief/model.js';
import { SCHEMA_VERSION } from './brief/model.js';
import { checkBrief } from './brief/invariants.js';
import { parseInstant, formatTimexMinute } from './brief/time.js';
import type { IngestOptions, IngestedArticle } from './ingest/index.js';
import type { EmailFormats } from './publish/email.js';
import type { PageSize, PdfRenderer, PdfResult } from './render/pdf.js';
import type { Templates } from './render/templates.js';
import { type BriefView, buildView, viewWithout } from './render/view-model.js';

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

type Stages = [typeof import('./ingest/index.js'), typeof import('./extract/index.js')];
let stages: Promise<Stages> | undefined;
/**
 * Ingestion and extraction (the DOM and NLP libraries) are loaded on first
 * use: `build` runs them in a worker thread, and its main thread, which
 * drives the browser, need not load them at all.
 */
const loadStages = (): Promise<Stages> => (stages ??= Promise.all([import('./ingest/index.js'), import('./extract/index.js')]));

/** Loads ingestion and extraction now, ahead of the first article (the worker does while it waits for one). */
export async function prepareStages(): Promise<void> {
  await loadStages();
}

/** Reads an article file and extracts its brief (nothing rendered). */
export async function extractFile(path: string, options: IngestOptions = {}): Promise<Brief> {
  const [{ readArticle }, { extractBrief }] = await loadStages();
  const ingested = await stage('ingest', path, () => readArticle(path, options));
  return stage('extract', path, () => assembleBrief(ingested, extractBrief));
}

/** Like extractFile, for files that may hold several articles (a JSON array): one brief each. */
export async function extractFiles(path: string, options: IngestOptions = {}): Promise<Brief[]> {
  const [{ readArticles }, { extractBrief }] = await loadStages();
  const all = await stage('ingest', path, () => readArticles(path, options));
  return stage('extract', path, () => all.map((ingested) => assembleBrief(ingested, extractBrief)));
}

/** Extracts the brief parts of an ingested article and checks the whole against its contract. */
function assembleBrief(ingested: IngestedArticle, extractBrief: Stages[1]['extractBrief']): Brief {
  const headerDates = ingested.metadataDates.flatMap((d) => {
    // (A day stated without its time stays a day.)
    if (/^\d{4}-\d{2}-\d{2}$/.test(d.value)) return [{ text: d.text, value: d.value, event: d.event }];
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
  const teaser = checkTeaser(ingested.article, ingested.source.format);
  if (teaser) brief.messages.push(teaser);
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
  /** The email pair when it is rendered elsewhere (build's worker thread); else it is rendered here. */
  email?: Promise<EmailFormats>;
}

/** finishBrief needs the templates only to render the email pair itself (none given). */
export type FinishOptions = Omit<RenderOptions, 'templates'> & { templates?: Templates };

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

/** What a brief renders to without a browser or the email inliner: its view model, HTML and Markdown. Plain data. */
export interface Draft {
  brief: Brief;
  view: BriefView;
  html?: string;
  markdown?: string;
  /** The page the PDF is printed from when it is not `html`: a brief of more than PRINT_MAX_ITEMS items. */
  print?: PrintPage;
}

/** What the PDF is printed from: the HTML, the order its items go in to fit one page, and the items already left out of it. */
export interface PrintPage {
  html: string;
  dropOrder: string[];
  leftOut: string[];
}

/**
 * Most items the PDF's page is laid out with. One page holds far fewer (the
 * longest of 300 BBC briefs has 68 items, 48 of which fit), and the printer
 * tries at most 100 of those it dropped again, so leaving out the rest in drop
 * order first changes nothing it prints. A book-length text has tens of
 * thousands: 4 MB made 36,000 items and 12 MB of HTML, which took 12 s to print,
 * and 19 MB (~170,000 items) did not print within the 60 s timeout.
 */
export const PRINT_MAX_ITEMS = 500;

/** The page to print: the brief's HTML, or for a brief of more than PRINT_MAX_ITEMS items, one without the lowest-priority rest. */
function printPageOf(view: BriefView, templates: Templates): PrintPage | undefined {
  const extra = view.dropOrder.length - PRINT_MAX_ITEMS;
  if (extra <= 0) return undefined;
  const leftOut = view.dropOrder.slice(0, extra);
  const trimmed = viewWithout(view, new Set(leftOut));
  return { html: templates.renderHtml(trimmed), dropOrder: trimmed.dropOrder, leftOut };
}

/** The first half of renderBrief: the view model, then the HTML and the Markdown of the requested formats. */
export async function draftBrief(brief: Brief, options: Pick<RenderOptions, 'templates' | 'formats'>): Promise<Draft> {
  const input = brief.source.path;
  const view = await stage('render', input, () => buildView(brief));
  const draft: Draft = { brief, view };
  if (options.formats.has('html') || options.formats.has('pdf')) draft.html = await stage('render', input, () => options.templates.renderHtml(view));
  if (options.formats.has('pdf')) {
    const print = await stage('render', input, () => printPageOf(view, options.templates));
    if (print) draft.print = print;
  }
  if (options.formats.has('md')) draft.markdown = await stage('render', input, () => options.templates.renderMarkdown(view));
  return draft;
}

/**
 * The second half: the PDF and the email pair, and their messages added to
 * the brief. Chromium prints in its own process, so the email is rendered
 * (here, or given by the caller) while it prints; a failure of the print is
 * still reported before one of the email.
 */
export async function finishBrief(draft: Draft, options: FinishOptions): Promise<Rendered> {
  const { brief, view, html, markdown } = draft;
  const input = brief.source.path;
  const out: Rendered = { brief };
  if (options.formats.has('html')) out.html = html;
  if (options.formats.has('md')) out.markdown = markdown;
  let printing: Promise<PdfResult> | undefined;
  if (options.formats.has('pdf') && html !== undefined) {
    const renderer = options.pdf;
    if (!renderer) throw new StageError('pdf', input, new Error('no PDF renderer was given'));
    const print = draft.print ?? { html, dropOrder: view.dropOrder, leftOut: [] };
    printing = stage('pdf', input, async () => {
      const result = await renderer.render(print.html, print.dropOrder, options.page, { leftOut: print.leftOut.length });
      return { ...result, dropped: [...print.leftOut, ...result.dropped] };
    });
    printing.catch(() => undefined);
  }
  let emailing: Promise<EmailFormats> | undefined;
  if (out.markdown !== undefined) {
    const md = out.markdown;
    // The email does not depend on the PDF's messages: it is rendered from the brief as extracted.
    const { email, templates } = options;
    emailing = stage('render', input, async () => {
      if (email) return email;
      if (!templates) throw new Error('no templates to render the email with');
      // Loaded here, not with this module: build's main thread is given its emails and never loads the email libraries.
      const { renderEmailFormats } = await import('./publish/email.js');
      return renderEmailFormats(brief, md, { templates, view });
    });
    emailing.catch(() => undefined);
  }
  const messages: Message[] = [];
  if (printing) {
    const result = await printing;
    out.pdf = result.pdf;
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
  }
  if (emailing) {
    const email = await emailing;
    out.emailHtml = email.emailHtml;
    out.text = email.text;
    messages.push(...email.messages);
  }
  if (printing || messages.length > 0) out.brief = { ...brief, messages: [...brief.messages, ...messages] };
  return out;
}

/** Renders a brief to the requested formats. */
export async function renderBrief(brief: Brief, options: RenderOptions): Promise<Rendered> {
  return finishBrief(await draftBrief(brief, options), options);
}
