// Scraped-text title and date on the development pages only (ids 1-120 sorted), in two folds
// (odd and even positions), so a header change can be checked on the fold it was not made on.
//
//   npx tsx scripts/eval/dev-folds.ts [--verbose] [--perturb blanks|wall|menu|caption|datefirst]
//
// --perturb changes each page the way other sites lay theirs out, around the headline the page
// shows (the reference), with lines written here: no blank lines at all; a consent wall right
// above the headline; a long menu above it; a photo caption between it and the rest of the header;
// the date line printed above the headline. Robust header rules keep their figure under each.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { readArticle } from '../../src/ingest/index.js';
import { pagePrecision, pageRecall, scorePage } from './html-score.js';
import { readPageMetadata } from './page-metadata.js';
import { isDateOnly, judgeDate, judgeTitle, normaliseTitle, referenceHeadline, shownHeadline, statesDate } from './title-date-score.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const shared = process.env['NEWSBRIEF_SHARED'] ?? path.resolve(repo, '..', 'shared');
const verbose = process.argv.includes('--verbose') || process.argv.includes('-v');
const htmlDir = path.join(shared, 'eval', 'html');
const gt = JSON.parse(await readFile(path.join(htmlDir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody?: string }>;
// The development pages only: the first 120 ids sorted.
const dev = Object.keys(gt).sort().slice(0, 120);
const perturbation = process.argv[process.argv.indexOf('--perturb') + 1] ?? '';
const perturbing = process.argv.includes('--perturb');
const scratch = path.join(tmpdir(), 'newsbrief-dev-folds');
await mkdir(scratch, { recursive: true });

const WALL = [
  'Welcome to our international edition',
  'We and our partners use cookies and similar technologies to store and access personal data on your device.',
  'You can accept all or manage your choices at any time in our privacy settings.',
  'Accept all',
  'Manage preferences',
];
const MENU = ['World', 'Politics', 'Business', 'Tech', 'Science', 'Health', 'Sports', 'Culture', 'Travel', 'Opinion', 'Weather', 'Video', 'Podcasts', 'Newsletters'];

/** The page's text laid out another way around the line that shows its headline. */
function perturb(text: string, shown: string | null): string {
  const lines = text.split('\n');
  if (perturbation === 'blanks') return lines.filter((l) => l.trim() !== '').join('\n');
  const at = shown === null ? -1 : lines.findIndex((l) => normaliseTitle(l) === normaliseTitle(shown));
  if (at < 0) return text;
  // Above the header: the headline, or the date line a site prints over it.
  let top = at;
  for (let k = at - 1; k >= Math.max(0, at - 2); k--) if (/\b(?:19|20)\d\d\b/.test(lines[k]!) && lines[k]!.length < 120) top = k;
  if (perturbation === 'wall') lines.splice(top, 0, ...WALL);
  else if (perturbation === 'menu') lines.splice(top, 0, ...MENU);
  else if (perturbation === 'caption') lines.splice(at + 1, 0, 'A general view of the scene on Tuesday, as seen from across the street. (Photo: Staff/Agency)');
  else if (perturbation === 'datefirst') {
    const date = lines.findIndex((l, k) => k > at && k <= at + 8 && /\b(?:19|20)\d\d\b/.test(l) && l.length < 120);
    if (date > at) lines.splice(at, 0, ...lines.splice(date, 1));
  }
  return lines.join('\n');
}

type Tally = { og: number; shown: number; titles: number; date: number; dateShown: number; dates: number; f1: number; pages: number };
const folds: Tally[] = [0, 1].map(() => ({ og: 0, shown: 0, titles: 0, date: 0, dateShown: 0, dates: 0, f1: 0, pages: 0 }));
const misses: string[] = [];
for (const [k, id] of dev.entries()) {
  const fold = folds[k % 2]!;
  const name = k % 2 === 0 ? 'A' : 'B';
  const text = await readFile(path.join(shared, 'eval', 'scraped-text', `${id}.txt`), 'utf8');
  const meta = readPageMetadata(gunzipSync(await readFile(path.join(htmlDir, 'pages', `${id}.html.gz`))).toString('utf8'));
  let article: Awaited<ReturnType<typeof readArticle>>['article'] | null = null;
  let file = path.join(shared, 'eval', 'scraped-text', `${id}.txt`);
  if (perturbing) {
    file = path.join(scratch, `${id}.txt`);
    await writeFile(file, perturb(text, meta.headline === null ? null : shownHeadline(meta, text)));
  }
  try {
    article = (await readArticle(file)).article;
  } catch {
    article = null;
  }
  const body = article?.text ?? '';
  const truth = gt[id]!.articleBody ?? '';
  const counts = scorePage(truth, body);
  const p = pagePrecision(counts);
  const r = pageRecall(counts);
  fold.f1 += p + r === 0 ? 0 : (2 * p * r) / (p + r);
  fold.pages++;
  const title = (article?.title as string | null | undefined) ?? null;
  const headline = referenceHeadline(meta);
  if (headline !== null) {
    fold.titles++;
    const shown = shownHeadline(meta, text) ?? headline;
    if (judgeTitle(title, headline).exact) fold.og++;
    const ok = judgeTitle(title, shown).exact;
    if (ok) fold.shown++;
    else misses.push(`${name} ${String(k + 1).padStart(3)} ${id.slice(0, 8)} title ${JSON.stringify(title)} ≠ shown ${JSON.stringify(shown)}`);
  }
  if (meta.published !== null && statesDate(text, meta.published.date)) {
    fold.dates++;
    const stated = article?.provenance['publishedAt'] ?? article?.provenance['updatedAt'];
    const dateOnly = typeof stated?.raw === 'string' && isDateOnly(stated.raw);
    const j = judgeDate(article?.publishedAt ?? null, meta.published, dateOnly);
    if (j === 'right') fold.date++;
    if (judgeDate(article?.publishedAt ?? article?.updatedAt ?? null, meta.published, dateOnly) === 'right') fold.dateShown++;
    if (j !== 'right') misses.push(`${name} ${String(k + 1).padStart(3)} ${id.slice(0, 8)} date ${article?.publishedAt ?? 'none'} (updated ${article?.updatedAt ?? 'none'}) ≠ ${meta.published.date} (${meta.published.raw})`);
  }
}
const f = (n: number, d: number): string => `${(n / d).toFixed(3)} (${n}/${d})`;
for (const [i, t] of folds.entries()) {
  process.stdout.write(`fold ${i === 0 ? 'A (odd)' : 'B (even)'}: title og ${f(t.og, t.titles)}  shown ${f(t.shown, t.titles)}  date ${f(t.date, t.dates)}  pub-else-upd ${f(t.dateShown, t.dates)}  body F1 ${(t.f1 / t.pages).toFixed(3)}\n`);
}
if (verbose) for (const m of misses) process.stdout.write(`${m}\n`);
