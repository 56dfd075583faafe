// npm run bench: how fast newsbrief is against the floor of this machine —
// Chromium printing the finished HTML — at N = 1, 100 and 1,000 articles.
// Prints one table; figures are medians or ratios from this one run.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type CDPSession, type Page } from 'puppeteer';
import { extractBrief } from '../../src/extract/index.js';
import { readArticle } from '../../src/ingest/index.js';
import { LAUNCH_ARGS, isHeadlessShell, resolveBrowserPath } from '../../src/render/browser.js';
import { PdfRenderer, cachedBrowserPaths } from '../../src/render/pdf.js';
import { loadTemplates } from '../../src/render/templates.js';
import { buildView } from '../../src/render/view-model.js';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const SHARED = process.env['NEWSBRIEF_SHARED'] ?? resolve(REPO, '..', 'shared');
const BBC = join(SHARED, 'corpus', 'bbc');
const PUBLISHED = '2005-01-15T12:00:00Z';
const SIZES = (process.env['BENCH_SIZES'] ?? '1,100,1000').split(',').map(Number);

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const mb = (kb: number): string => `${(kb / 1024).toFixed(0)} MB`;

/** The first n BBC articles, taken round-robin over the five categories so every size mixes them. */
async function corpus(n: number): Promise<string[]> {
  const categories = (await readdir(BBC)).sort();
  const lists = await Promise.all(categories.map(async (c) => (await readdir(join(BBC, c))).sort().map((f) => join(BBC, c, f))));
  const out: string[] = [];
  for (let i = 0; out.length < n; i++) {
    const before = out.length;
    for (const list of lists) if (list[i] && out.length < n) out.push(list[i]!);
    if (out.length === before) break;
  }
  return out;
}

interface BuildRun {
  seconds: number;
  maxRssKb: number;
  code: number;
  out: string;
}

/** (2) newsbrief build of the articles, all four formats, in a fresh process: cold start included. */
async function runBuild(files: string[]): Promise<BuildRun> {
  const out = await mkdtemp(join(tmpdir(), 'nb-bench-out-'));
  const started = performance.now();
  const child = spawn(process.execPath, [join(REPO, 'scripts', 'bench', 'build-child.js'), 'build', ...files, '--out', out, '--published', PUBLISHED], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exit = await new Promise<number>((done) => child.on('close', (c) => done(c ?? 1)));
  const seconds = (performance.now() - started) / 1000;
  const last = stderr.trim().split('\n').pop() ?? '{}';
  const report = JSON.parse(last) as { code?: number; maxRssKb?: number };
  if (exit !== 0) process.stderr.write(`build exited ${exit}:\n${stderr.slice(0, 2000)}\n`);
  return { seconds, maxRssKb: report.maxRssKb ?? NaN, code: exit, out };
}

/** Page counts the floor tries: on two cores the fastest is two or three, depending on the briefs. */
const BARE_CONCURRENCIES = [2, 3, 4];
/** Briefs the page count is chosen on when there are more. */
const BARE_PROBE = 100;

/**
 * (1) The floor: bare print at the page count that prints fastest, chosen on
 * the first BARE_PROBE briefs. The full set is then printed with it as many
 * times as the build runs, and the median counts, as for the build: the
 * fastest of several noisy probes would be a luckier sample than a median.
 */
async function barePrintBest(htmlFiles: string[], runs: number): Promise<{ seconds: number; concurrency: number; runs: number[] }> {
  const probe = htmlFiles.slice(0, BARE_PROBE);
  let best = { seconds: Infinity, concurrency: BARE_CONCURRENCIES[0]! };
  for (const concurrency of BARE_CONCURRENCIES) {
    const seconds = await barePrint(probe, concurrency);
    if (seconds < best.seconds) best = { seconds, concurrency };
  }
  const timed: number[] = [];
  for (let i = 0; i < runs; i++) timed.push(await barePrint(htmlFiles, best.concurrency));
  return { seconds: median(timed), concurrency: best.concurrency, runs: timed };
}

/**
 * Bare print: the finished HTML of each brief printed to PDF by one warm browser, as fast as it
 * goes. Each page is driven through its own protocol session (set the document, wait for its
 * load, print as base64), as the build prints: that is 15-20% faster than page.setContent()
 * with page.pdf(), which take more round trips for the same work.
 */
async function barePrint(htmlFiles: string[], concurrency: number, options: { cold?: boolean } = {}): Promise<number> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'nb-bench-chrome-'));
  // Cold: the clock starts before the browser is launched, and no page is warmed up.
  const coldStart = performance.now();
  // The browser the build prints with, started as puppeteer starts it.
  const executablePath = resolveBrowserPath({ cachedPaths: cachedBrowserPaths(puppeteer) });
  const browser = await puppeteer.launch({ executablePath, headless: isHeadlessShell(executablePath) ? 'shell' : true, args: [...LAUNCH_ARGS, `--user-data-dir=${userDataDir}`] });
  try {
    const pages = await Promise.all(Array.from({ length: concurrency }, () => browser.newPage()));
    const htmls = await Promise.all(htmlFiles.map((f) => readFile(f, 'utf8')));
    const print = async (page: Page, cdp: CDPSession, frameId: string, html: string): Promise<void> => {
      const loaded = new Promise((resolve) => page.once('load', resolve));
      await cdp.send('Page.setDocumentContent', { frameId, html });
      await loaded;
      const { data } = await cdp.send('Page.printToPDF', { transferMode: 'ReturnAsBase64', printBackground: true, paperWidth: 8.2677, paperHeight: 11.6929, marginTop: 0, marginBottom: 0, marginLeft: 0, marginRight: 0, generateTaggedPDF: true });
      Buffer.from(data, 'base64');
    };
    // Warm up every page once before the clock starts.
    const printers = await Promise.all(pages.map(async (page) => {
      const cdp = await page.createCDPSession();
      const { frameTree } = await cdp.send('Page.getFrameTree');
      const printer = (html: string): Promise<void> => print(page, cdp, frameTree.frame.id, html);
      if (!options.cold) await printer(htmls[0] ?? '<p>warm</p>');
      return printer;
    }));
    const queue = [...htmls];
    const started = options.cold ? coldStart : performance.now();
    await Promise.all(printers.map(async (printer) => {
      for (let html = queue.shift(); html !== undefined; html = queue.shift()) await printer(html);
    }));
    return (performance.now() - started) / 1000;
  } finally {
    await browser.close();
    await rm(userDataDir, { recursive: true, force: true });
  }
}

interface StageFigures {
  ingest: number;
  extract: number;
  renderHtmlMd: number;
  pdf: number;
  maxRssKb: number;
}

/** (3) Per-stage medians in this process, one article after another, after a warm-up. */
async function stageMedians(files: string[]): Promise<StageFigures> {
  const templates = await loadTemplates();
  const pdf = new PdfRenderer({ concurrency: 1 });
  const t = { ingest: [] as number[], extract: [] as number[], render: [] as number[], pdf: [] as number[] };
  try {
    // Warm-up: model load, template compile, browser start.
    const warm = await readArticle(files[0]!, { published: PUBLISHED });
    const warmBrief = extractBrief(warm.article, { referenceTime: warm.referenceTime });
    void warmBrief;
    for (const file of files) {
      let s = performance.now();
      const ingested = await readArticle(file, { published: PUBLISHED });
      t.ingest.push(performance.now() - s);
      s = performance.now();
      const parts = extractBrief(ingested.article, { referenceTime: ingested.referenceTime });
      t.extract.push(performance.now() - s);
      const brief = { schemaVersion: 1 as const, source: ingested.source, referenceTime: ingested.referenceTime, article: ingested.article, ...parts, messages: [...ingested.messages, ...parts.messages] };
      s = performance.now();
      const view = buildView(brief);
      const html = templates.renderHtml(view);
      templates.renderMarkdown(view);
      t.render.push(performance.now() - s);
      s = performance.now();
      await pdf.render(html, view.dropOrder, 'a4');
      t.pdf.push(performance.now() - s);
    }
  } finally {
    await pdf.close();
  }
  return { ingest: median(t.ingest), extract: median(t.extract), renderHtmlMd: median(t.render), pdf: median(t.pdf), maxRssKb: process.resourceUsage().maxRSS };
}

async function htmlFilesIn(out: string): Promise<string[]> {
  return (await readdir(out, { withFileTypes: true })).filter((d) => d.isDirectory() && !d.name.startsWith('.')).map((d) => join(out, d.name, 'brief.html'));
}

interface Row {
  n: number;
  build: BuildRun & { runs: number[] };
  bare: number | null;
  barePages: number | null;
  /** Each timed bare print of the full set; `bare` is their median. */
  bareRuns: number[];
  stages: StageFigures;
}

/**
 * One build is one noisy sample on a shared machine: N = 1 is built 5 times and N up to 100
 * 3 times, each in a fresh process, and the median reported; larger N once.
 */
const runsFor = (n: number): number => (n === 1 ? 5 : n <= 100 ? 3 : 1);

/** The build of `files`: the median of runsFor(n) cold builds. */
async function measuredBuild(files: string[]): Promise<BuildRun & { runs: number[] }> {
  const count = runsFor(files.length);
  const runs: BuildRun[] = [];
  for (let i = 0; i < count; i++) {
    const run = await runBuild(files);
    runs.push(run);
    if (i < count - 1) await rm(run.out, { recursive: true, force: true });
  }
  const seconds = runs.map((r) => r.seconds);
  const mid = [...runs].sort((a, b) => a.seconds - b.seconds)[Math.floor(runs.length / 2)]!;
  return { ...runs[runs.length - 1]!, seconds: median(seconds), maxRssKb: mid.maxRssKb, runs: seconds };
}

/** `npm run bench -- --fleet`: the fleet's figures instead (scripts/bench/fleet.ts). */
if (process.argv.includes('--fleet')) {
  const { benchFleet } = await import('./fleet.js');
  await benchFleet({ corpus, barePrint, measuredBuild, htmlFilesIn, median, bareConcurrencies: BARE_CONCURRENCIES });
} else {
  const rows: Row[] = [];
  for (const n of SIZES) {
    const files = await corpus(n);
    process.stderr.write(`bench: N = ${files.length}: build…\n`);
    const build = await measuredBuild(files);
    let bare: number | null = null;
    let barePages: number | null = null;
    let bareRuns: number[] = [];
    if (n > 1) {
      process.stderr.write(`bench: N = ${files.length}: bare print…\n`);
      ({ seconds: bare, concurrency: barePages, runs: bareRuns } = await barePrintBest(await htmlFilesIn(build.out), build.runs.length));
    }
    process.stderr.write(`bench: N = ${files.length}: stages…\n`);
    const stages = await stageMedians(files);
    rows.push({ n: files.length, build, bare, barePages, bareRuns, stages });
    await rm(build.out, { recursive: true, force: true });
  }

  const pad = (s: string, w: number) => s.padEnd(w);
  const line = (cells: string[]) => `| ${cells.map((c, i) => pad(c, [22, 12, 12, 12][i] ?? 12)).join(' | ')} |`;
  console.log(`\nnewsbrief bench — ${new Date().toISOString().slice(0, 10)}, node ${process.version}, BBC corpus, all four formats`);
  console.log(line(['figure', ...rows.map((r) => `N = ${r.n}`)]));
  console.log(line(['---', ...rows.map(() => '---')]));
  console.log(line(['build wall (s)', ...rows.map((r) => r.build.seconds.toFixed(2))]));
  console.log(line(['build ms / article', ...rows.map((r) => ((r.build.seconds * 1000) / r.n).toFixed(1))]));
  console.log(line(['bare print (s)', ...rows.map((r) => (r.bare === null ? '—' : r.bare.toFixed(2)))]));
  console.log(line(['bare print pages', ...rows.map((r) => (r.barePages === null ? '—' : String(r.barePages)))]));
  console.log(line(['ratio build / bare', ...rows.map((r) => (r.bare === null ? '—' : (r.build.seconds / r.bare).toFixed(2)))]));
  console.log(line(['build peak RSS', ...rows.map((r) => mb(r.build.maxRssKb))]));
  console.log(line(['median ingest (ms)', ...rows.map((r) => r.stages.ingest.toFixed(2))]));
  console.log(line(['median extract (ms)', ...rows.map((r) => r.stages.extract.toFixed(2))]));
  console.log(line(['median html+md (ms)', ...rows.map((r) => r.stages.renderHtmlMd.toFixed(2))]));
  console.log(line(['median pdf (ms)', ...rows.map((r) => r.stages.pdf.toFixed(1))]));

  const byN = new Map(rows.map((r) => [r.n, r]));
  const r1 = byN.get(1);
  const r100 = byN.get(100);
  const r1000 = byN.get(1000);
  const check = (ok: boolean) => (ok ? 'met' : 'NOT met');
  console.log('\ntargets');
  const runsOf = (xs: number[]): string => xs.map((s) => s.toFixed(2)).join(', ');
  if (r100?.bare) console.log(`- ratio at N = 100 ≤ 1.3: ${(r100.build.seconds / r100.bare).toFixed(2)}, medians of ${r100.build.runs.length} runs each: build ${runsOf(r100.build.runs)} s, bare print ${runsOf(r100.bareRuns)} s (${check(r100.build.seconds <= 1.3 * r100.bare)})`);
  if (r1000?.bare) console.log(`- ratio at N = 1000 ≤ 1.3: ${(r1000.build.seconds / r1000.bare).toFixed(2)} (${check(r1000.build.seconds / r1000.bare <= 1.3)})`);
  if (r1) console.log(`- one article, cold, all formats ≤ 1.5 s: median ${r1.build.seconds.toFixed(2)} s of ${r1.build.runs.length} runs (${r1.build.runs.map((s) => s.toFixed(2)).join(', ')}) (${check(r1.build.seconds <= 1.5)})`);
  const extract = r100?.stages.extract ?? r1?.stages.extract;
  if (extract !== undefined) console.log(`- extraction median ≤ 10 ms: ${extract.toFixed(2)} ms (${check(extract <= 10)})`);
  const render = r100?.stages.renderHtmlMd ?? r1?.stages.renderHtmlMd;
  if (render !== undefined) console.log(`- HTML + Markdown rendering ≤ 5 ms: ${render.toFixed(2)} ms (${check(render <= 5)})`);
  if (r100 && r1000) {
    const rss = r1000.build.maxRssKb / r100.build.maxRssKb;
    const per = r1000.build.seconds / 1000 / (r100.build.seconds / 100);
    console.log(`- peak RSS N = 1000 / N = 100 ≤ 1.5: ${rss.toFixed(2)} (${check(rss <= 1.5)})`);
    console.log(`- time per article N = 1000 / N = 100 ≤ 1.2: ${per.toFixed(2)} (${check(per <= 1.2)})`);
  }
}
