// The article-extraction benchmark (../shared/eval/html/, README section 3) and its scraped-text
// counterpart (eval/scraped-text/, section 6): our body text scored with the benchmark's own
// shingle F1 (html-score.ts), next to the published reference outputs, with the time per page;
// and the title and publication date the product reads, against what each page's own metadata
// says (page-metadata.ts, title-date-score.ts). Every file is read by readArticle as
// `newsbrief extract FILE` reads it, without --published (a date given there would be echoed
// back as the article's when it states none).
//
//   npx tsx scripts/eval/html.ts [--verbose] [--compare-dom]
//
// Split: ids sorted, the first 120 are development pages, the remaining 61 are for reporting.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { readArticle } from '../../src/ingest/index.js';
import type { Article } from '../../src/brief/model.js';
import { type BenchmarkScore, pagePrecision, pageRecall, scoreBenchmark, scorePage } from './html-score.js';
import { type PageMetadata, readPageMetadata } from './page-metadata.js';
import { fmtRatio, type Ratio } from './table.js';
import { isDateOnly, judgeDate, judgeTitle, referenceHeadline, shownHeadline, statesDate } from './title-date-score.js';

export interface HtmlEvalOptions {
  sharedDir: string;
  verbose: boolean;
  compareDom?: boolean;
}

export interface HtmlEvalIo {
  out: (line: string) => void;
}

const DEV_SIZE = 120;

function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)];
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length === 0 ? NaN : s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

const f3 = (x: number): string => x.toFixed(3);

interface Run {
  texts: Map<string, string>;
  /** The title and publication time the product read (absent for a refused file). */
  articles: Map<string, Pick<Article, 'publishedAt' | 'updatedAt'> & { title: string | null; dateOnly: boolean }>;
  ms: Map<string, number>;
  failures: string[];
}

/** Reads every file with readArticle and keeps article.text (a refused file counts as empty). */
async function runIngest(files: readonly { id: string; file: string }[]): Promise<Run> {
  const run: Run = { texts: new Map(), articles: new Map(), ms: new Map(), failures: [] };
  for (const { id, file } of files) {
    const t0 = performance.now();
    try {
      const ingested = await readArticle(file);
      run.texts.set(id, ingested.article.text);
      // `title` may be null for an article without a headline.
      const stated = ingested.article.provenance['publishedAt'] ?? ingested.article.provenance['updatedAt'];
      run.articles.set(id, {
        title: (ingested.article.title as string | null) ?? null,
        publishedAt: ingested.article.publishedAt,
        updatedAt: ingested.article.updatedAt,
        dateOnly: typeof stated?.raw === 'string' && isDateOnly(stated.raw),
      });
    } catch (error) {
      run.texts.set(id, '');
      run.failures.push(`${id.slice(0, 8)}: ${error instanceof Error ? error.message : String(error)}`);
    }
    run.ms.set(id, performance.now() - t0);
  }
  return run;
}

function scoreRow(name: string, truth: Map<string, string>, texts: Map<string, string>, ids: readonly string[], ms: Map<string, number> | null): string[] {
  const sub = new Map(ids.map((id) => [id, truth.get(id)!]));
  const s: BenchmarkScore = scoreBenchmark(sub, texts);
  const times = ms === null ? [] : ids.map((id) => ms.get(id) ?? NaN).filter((x) => !Number.isNaN(x));
  return [name, String(ids.length), f3(s.f1), f3(s.precision), f3(s.recall), f3(s.accuracy), times.length === 0 ? '—' : `${median(times).toFixed(1)} (max ${Math.max(...times).toFixed(0)})`];
}

const HEADER = ['system', 'pages', 'F1', 'precision', 'recall', 'accuracy', 'ms per page: median'];

function worstPages(truth: Map<string, string>, texts: Map<string, string>, ids: readonly string[], io: HtmlEvalIo): void {
  const rows = ids
    .map((id) => {
      const c = scorePage(truth.get(id)!, texts.get(id) ?? '');
      return { id, p: pagePrecision(c), r: pageRecall(c) };
    })
    .sort((a, b) => Math.min(a.p, a.r) - Math.min(b.p, b.r))
    .slice(0, 15);
  io.out('  worst pages (min of P, R):');
  for (const r of rows) io.out(`    ${r.id.slice(0, 8)}  P ${f3(r.p)}  R ${f3(r.r)}`);
}

/** Readability alone over linkedom and over jsdom: the measurement behind the choice of DOM. */
async function compareDoms(pages: { id: string; file: string }[], truth: Map<string, string>, io: HtmlEvalIo): Promise<void> {
  const { Readability } = await import('@mozilla/readability');
  const { parseHTML } = await import('linkedom');
  const { JSDOM, VirtualConsole } = await import('jsdom');
  const { blockText } = await import('../../src/ingest/html-text.js');
  const virtualConsole = new VirtualConsole();
  const rows: string[][] = [];
  for (const dom of ['linkedom', 'jsdom'] as const) {
    const texts = new Map<string, string>();
    const ms = new Map<string, number>();
    let errors = 0;
    for (const { id, file } of pages) {
      const html = gunzipSync(await readFile(file)).toString('utf8');
      const t0 = performance.now();
      try {
        const doc = dom === 'linkedom' ? (parseHTML(html).document as unknown as Document) : new JSDOM(html, { virtualConsole }).window.document;
        const r = new Readability<Node>(doc, { serializer: (n) => n }).parse();
        texts.set(id, r?.content ? blockText(r.content) : '');
      } catch {
        errors++;
        texts.set(id, '');
      }
      ms.set(id, performance.now() - t0);
    }
    const ids = pages.map((p) => p.id);
    rows.push([...scoreRow(`Readability over ${dom}${errors ? ` (${errors} threw)` : ''}`, truth, texts, ids, ms)]);
  }
  io.out('');
  io.out('DOM for Readability (Readability 0.6 alone, parse + extract, no clean-up of ours):');
  for (const line of table(HEADER, rows)) io.out(line);
}

interface TitleDateCounts {
  pages: number;
  withHeadline: number;
  titleExact: Ratio;
  titleContains: Ratio;
  /** Against the headline the page shows (shownHeadline). */
  titleShown: Ratio;
  withDate: number;
  /** Scraped text: pages whose text writes the metadata date. */
  textStates: number;
  /** Over the pages the date is judged on (HTML: metadata has one; text: the text states it). */
  dateRight: Ratio;
  dateNone: Ratio;
  /** publishedAt, else updatedAt (a page that shows only its update time), on the date. */
  dateShown: Ratio;
  /** Over every page with a metadata date. */
  dateWrong: Ratio;
}

/** Title and date of the product's articles against the pages' metadata, over some pages. */
/** `visible`: each page's visible text (the scraped text of the same page), which says whether the page shows its og:title. */
function countTitleDate(
  ids: readonly string[],
  meta: ReadonlyMap<string, PageMetadata>,
  run: Run,
  texts: ReadonlyMap<string, string> | null,
  visible: ReadonlyMap<string, string>,
  misses?: string[],
): TitleDateCounts {
  const c: TitleDateCounts = {
    pages: ids.length, withHeadline: 0, titleExact: { num: 0, den: 0 }, titleContains: { num: 0, den: 0 }, titleShown: { num: 0, den: 0 }, withDate: 0, textStates: 0,
    dateRight: { num: 0, den: 0 }, dateNone: { num: 0, den: 0 }, dateShown: { num: 0, den: 0 }, dateWrong: { num: 0, den: 0 },
  };
  for (const id of ids) {
    const m = meta.get(id)!;
    const article = run.articles.get(id);
    const headline = referenceHeadline(m);
    if (headline !== null) {
      c.withHeadline++;
      const j = judgeTitle(article?.title ?? null, headline);
      c.titleExact.den++;
      c.titleContains.den++;
      if (j.exact) c.titleExact.num++;
      if (j.contains) c.titleContains.num++;
      const shown = shownHeadline(m, visible.get(id) ?? '') ?? headline;
      c.titleShown.den++;
      if (judgeTitle(article?.title ?? null, shown).exact) c.titleShown.num++;
      if (!j.exact) misses?.push(`${id.slice(0, 8)} title ${JSON.stringify(article?.title ?? null)} ≠ ${JSON.stringify(headline)} (${m.headlineFrom}${shown !== headline ? `; shown: ${JSON.stringify(shown)}` : ''})`);
    }
    if (m.published === null) continue;
    c.withDate++;
    const judged = judgeDate(article?.publishedAt ?? null, m.published, article?.dateOnly ?? false);
    c.dateWrong.den++;
    if (judged === 'wrong') c.dateWrong.num++;
    const text = texts?.get(id);
    if (texts !== null && (text === undefined || !statesDate(text, m.published.date))) continue;
    if (texts !== null) c.textStates++;
    c.dateRight.den++;
    c.dateNone.den++;
    if (judged === 'right') c.dateRight.num++;
    if (judged === 'none') c.dateNone.num++;
    c.dateShown.den++;
    if (judgeDate(article?.publishedAt ?? article?.updatedAt ?? null, m.published, article?.dateOnly ?? false) === 'right') c.dateShown.num++;
    if (judged !== 'right') misses?.push(`${id.slice(0, 8)} date ${article?.publishedAt ?? 'none'} ≠ ${m.published.date} (${m.published.from}: ${m.published.raw})`);
  }
  return c;
}

function titleDateRows(columns: readonly TitleDateCounts[], scraped: boolean): string[][] {
  const row = (figure: string, cell: (c: TitleDateCounts) => string): string[] => [figure, ...columns.map(cell)];
  const judgedOn = scraped ? 'pages whose text writes the metadata date' : 'pages with a metadata date';
  return [
    row('pages with a headline in their metadata (others left out)', (c) => `${c.withHeadline} of ${c.pages}`),
    row('title = headline (normalised)', (c) => fmtRatio(c.titleExact)),
    row('title and headline: one contains the other', (c) => fmtRatio(c.titleContains)),
    row('title = the headline the page shows (og:title; its <h1> where the page does not show og:title)', (c) => fmtRatio(c.titleShown)),
    row('pages with a publication date in their metadata', (c) => `${c.withDate} of ${c.pages}`),
    ...(scraped ? [row('— whose text writes that date', (c) => `${c.textStates} of ${c.withDate}`)] : []),
    row(`publishedAt on that calendar date (${judgedOn})`, (c) => fmtRatio(c.dateRight)),
    row(`publishedAt none (${judgedOn})`, (c) => fmtRatio(c.dateNone)),
    row(`publishedAt, else updatedAt, on that calendar date (${judgedOn})`, (c) => fmtRatio(c.dateShown)),
    row('publishedAt on another date (pages with a metadata date)', (c) => fmtRatio(c.dateWrong)),
  ];
}

export async function runHtmlEval(options: HtmlEvalOptions, io: HtmlEvalIo): Promise<void> {
  const dir = path.join(options.sharedDir, 'eval', 'html');
  const gt = JSON.parse(await readFile(path.join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody?: string }>;
  const truth = new Map(Object.entries(gt).map(([id, v]) => [id, v.articleBody ?? '']));
  const ids = [...truth.keys()].sort();
  const dev = ids.slice(0, DEV_SIZE);
  const report = ids.slice(DEV_SIZE);

  // HTML pages.
  const pages = ids.map((id) => ({ id, file: path.join(dir, 'pages', `${id}.html.gz`) }));
  const html = await runIngest(pages);
  const rows: string[][] = [];
  for (const ref of ['trafilatura', 'readability_js']) {
    const data = JSON.parse(await readFile(path.join(dir, 'reference', `${ref}.json`), 'utf8')) as { version?: string; output: Record<string, { articleBody?: string }> };
    const texts = new Map(Object.entries(data.output).map(([id, v]) => [id, v.articleBody ?? '']));
    rows.push(scoreRow(`${ref} ${data.version ?? ''} (reference output)`, truth, texts, ids, null));
  }
  rows.push(scoreRow('ours: all pages', truth, html.texts, ids, html.ms));
  rows.push(scoreRow('ours: dev (first 120)', truth, html.texts, dev, html.ms));
  rows.push(scoreRow('ours: report (last 61)', truth, html.texts, report, html.ms));
  io.out('');
  io.out('HTML article extraction (eval/html, 181 pages; shingle F1 of mean P and mean R as in evaluate.py; target F1 ≥ 0.955, median ≤ 50 ms; ms = readArticle: gunzip, decode, metadata, body):');
  for (const line of table(HEADER, rows)) io.out(line);
  for (const f of html.failures) io.out(`  refused: ${f}`);
  if (options.verbose) worstPages(truth, html.texts, ids, io);

  // What each page says of itself: the reference for titles and dates, HTML and scraped text alike.
  const meta = new Map<string, PageMetadata>();
  for (const { id, file } of pages) meta.set(id, readPageMetadata(gunzipSync(await readFile(file)).toString('utf8')));
  // The visible text of each page (the scraped text of the same page): whether it shows its og:title.
  const textDir = path.join(options.sharedDir, 'eval', 'scraped-text');
  const present = new Set((await readdir(textDir)).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)));
  const textIds = ids.filter((id) => present.has(id));
  const whole = new Map<string, string>();
  for (const id of textIds) whole.set(id, await readFile(path.join(textDir, `${id}.txt`), 'utf8'));
  const titleDateHeader = ['figure', `dev (first ${DEV_SIZE})`, `report (last ${ids.length - DEV_SIZE})`];
  io.out('');
  io.out(
    'HTML pages: title and publication date (readArticle, no --published) against the page\'s metadata: headline = og:title, else JSON-LD headline, else <title>, ' +
      'without a trailing " | Site" / " - Site" (og:site_name, or at most 4 words after the last separator); ' +
      'date = JSON-LD datePublished, else article:published_time and other common meta, else <time datetime> in <article>; ' +
      'compared as calendar dates in the page\'s time zone where it gives one.',
  );
  const htmlMisses: string[] = [];
  for (const line of table(titleDateHeader, titleDateRows([countTitleDate(dev, meta, html, null, whole, htmlMisses), countTitleDate(report, meta, html, null, whole)], false))) io.out(line);
  // Only the development pages' misses are listed: the report pages stay unseen.
  if (options.verbose) for (const m of htmlMisses) io.out(`  dev ${m}`);

  // Scraped page text.
  const scraped = await runIngest(textIds.map((id) => ({ id, file: path.join(textDir, `${id}.txt`) })));
  const textRows = [
    scoreRow('keep everything: all', truth, whole, textIds, null),
    scoreRow('ours: all files', truth, scraped.texts, textIds, scraped.ms),
    scoreRow('ours: dev (first 120)', truth, scraped.texts, textIds.filter((id) => dev.includes(id)), scraped.ms),
    scoreRow('ours: report (last 61)', truth, scraped.texts, textIds.filter((id) => report.includes(id)), scraped.ms),
  ];
  io.out('');
  io.out(`Scraped page text (eval/scraped-text, ${textIds.length} files; same ground truth and score; target F1 ≥ 0.92):`);
  for (const line of table(HEADER, textRows)) io.out(line);
  for (const f of scraped.failures) io.out(`  refused: ${f}`);
  if (options.verbose) worstPages(truth, scraped.texts, textIds, io);

  io.out('');
  io.out(
    'Scraped page text: title and publication date (readArticle, no --published) against the metadata of the same page (as above); ' +
      'the date is judged on the pages whose text writes it ("Nov 19, 2019", "19 November 2019", "2019-11-19", "11/19/2019", ...).',
  );
  const textDev = textIds.filter((id) => dev.includes(id));
  const textReport = textIds.filter((id) => report.includes(id));
  const textMisses: string[] = [];
  for (const line of table(titleDateHeader, titleDateRows([countTitleDate(textDev, meta, scraped, whole, whole, textMisses), countTitleDate(textReport, meta, scraped, whole, whole)], true))) io.out(line);
  if (options.verbose) for (const m of textMisses) io.out(`  dev ${m}`);

  if (options.compareDom) await compareDoms(pages, truth, io);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
  const argv = process.argv.slice(2);
  await runHtmlEval(
    {
      sharedDir: process.env['NEWSBRIEF_SHARED'] ?? path.resolve(repo, '..', 'shared'),
      verbose: argv.includes('--verbose') || argv.includes('-v'),
      compareDom: argv.includes('--compare-dom'),
    },
    { out: (line) => process.stdout.write(`${line}\n`) },
  );
}
