// The article-extraction benchmark (../shared/eval/html/, README section 3) and its scraped-text
// counterpart (eval/scraped-text/, section 6): our body text scored with the benchmark's own
// shingle F1 (html-score.ts), next to the published reference outputs, with the time per page.
//
//   npx tsx scripts/eval/html.ts [--verbose] [--compare-dom]
//
// Split: ids sorted, the first 120 are development pages, the remaining 61 are for reporting.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { readArticle } from '../../src/ingest/index.js';
import { type BenchmarkScore, pagePrecision, pageRecall, scoreBenchmark, scorePage } from './html-score.js';

export interface HtmlEvalOptions {
  sharedDir: string;
  verbose: boolean;
  compareDom?: boolean;
}

export interface HtmlEvalIo {
  out: (line: string) => void;
}

const DEV_SIZE = 120;
const REFERENCE_TIME = '2019-11-20T00:00:00Z';

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
  ms: Map<string, number>;
  failures: string[];
}

/** Reads every file with readArticle and keeps article.text (a refused file counts as empty). */
async function runIngest(files: readonly { id: string; file: string }[]): Promise<Run> {
  const run: Run = { texts: new Map(), ms: new Map(), failures: [] };
  for (const { id, file } of files) {
    const t0 = performance.now();
    try {
      const ingested = await readArticle(file, { published: REFERENCE_TIME });
      run.texts.set(id, ingested.article.text);
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

  // Scraped page text.
  const textDir = path.join(options.sharedDir, 'eval', 'scraped-text');
  const present = new Set((await readdir(textDir)).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)));
  const textIds = ids.filter((id) => present.has(id));
  const scraped = await runIngest(textIds.map((id) => ({ id, file: path.join(textDir, `${id}.txt`) })));
  const whole = new Map<string, string>();
  for (const id of textIds) whole.set(id, await readFile(path.join(textDir, `${id}.txt`), 'utf8'));
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
