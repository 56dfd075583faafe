// A robustness check of a whole page's headline and date choice, on data there is plenty of: each
// BBC article (../shared/corpus/bbc, first line = headline, no date) is wrapped in page furniture
// of the kinds seen on scraped pages (consent walls, menus and long menus, breadcrumbs, teaser lists
// with their own dates, section labels, kickers, bylines, share lines, captions and credits, clutter
// between paragraphs, "More from …" lists and footers), with a date line of one of many formats
// (some stating only an update) placed before or after the headline. Which pieces a page gets, and
// their wording, are drawn at random from a seed. The page is read by readArticle, as `newsbrief
// extract` reads a file; the shown title must be the BBC headline and publishedAt (else updatedAt)
// the date put in. All furniture is written here; the
// articles are read from ../shared and the pages written to a scratch folder, never the repository.
//
//   npx tsx scripts/eval/headline-robustness.ts [--seed N] [--limit N] [--half odd|even] [--verbose] [--show N]
//
// --half splits the articles (odd or even position in each section) so a change can be made
// looking at one half and checked on the other; --show N prints the N-th page as generated.
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readArticle } from '../../src/ingest/index.js';
import { parseScrapedText } from '../../src/ingest/scraped-text.js';
import { listCandidates } from './headline-candidates.js';
import { normaliseTitle } from './title-date-score.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const shared = process.env['NEWSBRIEF_SHARED'] ?? path.resolve(repo, '..', 'shared');
const argv = process.argv.slice(2);
const option = (name: string): string | undefined => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const seed = Number(option('--seed') ?? 1);
const limit = Number(option('--limit') ?? Infinity);
const half = option('--half');
const verbose = argv.includes('--verbose');
const show = option('--show') === undefined ? -1 : Number(option('--show'));

/** mulberry32: a small seeded generator, so every run builds the same pages. */
function generator(state: number): () => number {
  let a = state >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(r: Random, items: readonly T[]): T => items[Math.floor(r() * items.length)]!;
const chance = (r: Random, p: number): boolean => r() < p;
const sample = <T>(r: Random, items: readonly T[], n: number): T[] => {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < n && pool.length > 0) out.push(pool.splice(Math.floor(r() * pool.length), 1)[0]!);
  return out;
};

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const pad = (n: number): string => String(n).padStart(2, '0');

interface Stamp {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const randomStamp = (r: Random): Stamp => {
  const ms = Date.UTC(2001, 0, 1) + Math.floor(r() * (Date.UTC(2024, 11, 31) - Date.UTC(2001, 0, 1)));
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth(), day: d.getUTCDate(), hour: Math.floor(r() * 24), minute: Math.floor(r() * 60) };
};
const isoDate = (s: Stamp): string => `${s.year}-${pad(s.month + 1)}-${pad(s.day)}`;

/** A date line in one of the shapes news sites print; `kind` says which. */
function writeDateLine(r: Random, s: Stamp): { text: string; kind: string } {
  const mon = MONTHS[s.month]!.slice(0, 3);
  const full = MONTHS[s.month]!;
  const weekday = DAYS[new Date(Date.UTC(s.year, s.month, s.day)).getUTCDay()]!;
  const h12 = s.hour % 12 === 0 ? 12 : s.hour % 12;
  const ampm = s.hour < 12 ? 'AM' : 'PM';
  const dotted = s.month === 4 ? 'May' : s.month === 8 ? 'Sept.' : `${mon}.`;
  const forms: [string, string][] = [
    ['published-time-first', `Published ${h12}:${pad(s.minute)} ${ampm} EST ${mon} ${s.day}, ${s.year}`],
    ['month-day-year', `${full} ${s.day}, ${s.year}`],
    ['day-month-year', `${s.day} ${full} ${s.year}`],
    ['abbrev-time-utc', `${dotted} ${s.day}, ${s.year}, ${h12}:${pad(s.minute)} ${ampm} UTC`],
    ['iso-labelled', `Published: ${isoDate(s)}`],
    ['posted-on-at', `Posted on ${full} ${s.day}, ${s.year} at ${h12}:${pad(s.minute)} ${ampm.toLowerCase()}`],
    ['weekday-gmt', `${weekday.slice(0, 3)} ${s.day} ${mon} ${s.year} ${pad(s.hour)}.${pad(s.minute)} GMT`],
    ['slashed-updated-ago', `${full} ${s.day}, ${s.year} / ${h12}:${pad(s.minute)} ${ampm} / Updated ${1 + Math.floor(r() * 20)} hours ago`],
    ['weekday-long', `${weekday}, ${full} ${s.day}, ${s.year}`],
    ['first-published', `First published on ${s.day} ${full} ${s.year}`],
    ['dotted-european', `${pad(s.day)}.${pad(s.month + 1)}.${s.year} ${pad(s.hour)}:${pad(s.minute)}`],
    ['published-updated', `Published ${mon} ${s.day}, ${s.year} • Updated ${mon} ${s.day}, ${s.year}`],
  ];
  const [kind, text] = pick(r, forms);
  return { text, kind };
}

/** A date line that states only when the page was updated: the brief gives it as updatedAt. */
function writeUpdatedLine(r: Random, s: Stamp): { text: string; kind: string } {
  const mon = MONTHS[s.month]!.slice(0, 3);
  const full = MONTHS[s.month]!;
  const weekday = DAYS[new Date(Date.UTC(s.year, s.month, s.day)).getUTCDay()]!;
  const h12 = s.hour % 12 === 0 ? 12 : s.hour % 12;
  const ampm = s.hour < 12 ? 'AM' : 'PM';
  const forms: [string, string][] = [
    ['updated-time-first', `Updated ${h12}:${pad(s.minute)} ${ampm} GMT, ${mon} ${s.day}, ${s.year}`],
    ['last-updated-labelled', `Last updated: ${s.day} ${full} ${s.year}`],
    ['updated-weekday', `Updated ${weekday} ${s.day} ${full} ${s.year} ${pad(s.hour)}.${pad(s.minute)} GMT`],
    ['last-updated-iso', `Last updated ${isoDate(s)} ${pad(s.hour)}:${pad(s.minute)}`],
  ];
  const [kind, text] = pick(r, forms);
  return { text, kind: `updated:${kind}` };
}

const FIRST = ['Jane', 'Tom', 'Priya', 'Marcus', 'Elena', 'David', 'Aisha', 'Oliver', 'Mei', 'Carlos', 'Sarah', 'Kwame', 'Laura', 'Hugo', 'Fatima', 'Ben'];
const LAST = ['Holloway', 'Okafor', 'Lindqvist', 'Moreno', 'Hart', 'Chen', 'Fraser', 'Novak', 'Adeyemi', 'Whitfield', 'Sato', 'Brennan', 'Duarte', 'Keller'];
const name = (r: Random): string => `${pick(r, FIRST)} ${pick(r, LAST)}`;
const ROLES = ['Business reporter', 'Staff writer', 'Political correspondent', 'Technology editor', 'Senior reporter', 'Sports writer'];

const SITES = ['The Daily Courier', 'Northern Herald', 'Metro Ledger', 'The Evening Post', 'Westbrook Times', 'Global Wire Today'];
const SECTIONS: Record<string, string> = { business: 'Business', entertainment: 'Entertainment', politics: 'Politics', sport: 'Sport', tech: 'Technology' };
const MENU = ['Home', 'News', 'World', 'UK', 'Business', 'Politics', 'Technology', 'Science', 'Health', 'Sport', 'Entertainment', 'Arts', 'Travel', 'Opinion', 'Weather', 'Video', 'Podcasts', 'Newsletters', 'Live'];
/** The sub-sections of a site's full menu, printed as a long list above the article. */
const SUBSECTIONS = [
  'Africa', 'Asia', 'Australia', 'Europe', 'Latin America', 'Middle East', 'US & Canada', 'England', 'Scotland', 'Wales', 'Northern Ireland',
  'Markets', 'Companies', 'Economy', 'Personal finance', 'Work', 'Football', 'Cricket', 'Rugby union', 'Tennis', 'Golf', 'Formula 1', 'Athletics',
  'Books', 'Music', 'Film', 'TV & radio', 'Games', 'Climate', 'Education', 'Family', 'Food', 'Style', 'Property', 'Obituaries', 'Letters', 'Puzzles',
];
/** Kickers: a label over a headline or a date line that says what kind of piece it is. */
const KICKERS = ['ANALYSIS', 'Analysis', 'EXCLUSIVE', 'Exclusive', 'Explainer', 'Fact check', 'In depth', 'Special report', 'The Big Read', 'Inside Politics', 'Comment', 'Live'];

const WALLS: string[][] = [
  ['Welcome to our international edition', 'We and our partners use cookies and similar technologies to store and access personal data on your device.', 'You can accept all or manage your choices at any time in our privacy settings.', 'Accept all', 'Manage preferences'],
  ['Your privacy matters to us', 'This site uses cookies to personalise content and ads, to provide social media features and to analyse our traffic.', 'By continuing to browse you agree to our use of cookies.', 'I agree', 'Learn more'],
  ['Before you continue', 'We use cookies and data to deliver and maintain our services and to show personalised advertising.', 'Select "Accept all" to agree or "Manage options" to choose.', 'Accept all', 'Reject all', 'Manage options'],
];

const CAPTIONS = [
  'The building in the city centre was opened in the 1990s.',
  'A file picture taken earlier this year.',
  'Officials met for several hours on Tuesday.',
  'Crowds gathered outside the venue ahead of the announcement.',
  'The figures were published on Monday morning.',
  'A general view of the site, seen from across the river.',
];
const CREDITS = ['(Photo: J. Reyes/Staff)', 'Image copyright Getty Images', 'Photograph: Alamy', '(AP Photo/Staff)', 'Credit: Reuters', 'Getty Images'];
const SHARES = ['Share', 'Share this article', 'Facebook Twitter Email', 'Share on Facebook\nShare on Twitter\nShare by email', 'Share\nTweet\nEmail', '12 comments'];
const SIGNUPS = [
  'Sign up for our morning newsletter and get the day\'s top stories in your inbox.',
  'Follow us on Twitter and Facebook for the latest updates.',
  'Get our free app for breaking news alerts.',
];
const CLUTTER = ['Advertisement', 'Continue reading the main story', 'Story continues below', 'ADVERTISEMENT'];

interface Article {
  file: string;
  section: string;
  headline: string;
  paragraphs: string[];
}

/** One page around an article; `parts` names what it holds, to break the misses down by. */
function buildPage(r: Random, r2: Random, article: Article, others: readonly string[]): { text: string; date: string; parts: string[] } {
  const parts: string[] = [];
  const out: string[] = [];
  /** Lines packed with no blank line between them (a menu), or set apart as paragraphs. */
  const packed = (lines: string[]): void => void out.push(lines.join('\n'));
  const apart = (lines: string[]): void => void out.push(...lines);
  const site = pick(r, SITES);
  const section = SECTIONS[article.section] ?? 'News';
  const stamp = randomStamp(r);
  if (chance(r, 0.3)) {
    parts.push('wall');
    packed(pick(r, WALLS));
  }
  packed([site, ...sample(r, MENU, 5 + Math.floor(r() * 12)), 'Search', pick(r, ['Sign in', 'Log in', 'Subscribe'])]);
  if (chance(r2, 0.25)) {
    parts.push('long-menu');
    const items = sample(r2, SUBSECTIONS, 20 + Math.floor(r2() * 15));
    if (chance(r2, 0.5)) packed(items);
    else apart(items);
  }
  if (chance(r, 0.3)) {
    parts.push('breadcrumb');
    packed([pick(r, [`Home › News › ${section}`, `Home / ${section}`, `You are here: Home > ${section}`])]);
  }
  if (chance(r, 0.25)) {
    parts.push('teasers-above');
    const teasers: string[] = [pick(r, ['Top stories', 'Latest news', 'Most read'])];
    for (const other of sample(r, others, 3)) {
      teasers.push(other);
      if (chance(r, 0.6)) teasers.push(writeDateLine(r, randomStamp(r)).text);
    }
    packed(teasers);
  }
  if (chance(r, 0.5)) {
    parts.push('section-label');
    packed([chance(r, 0.5) ? section.toUpperCase() : section]);
  }
  const written = writeDateLine(r, stamp);
  const updatedOnly = chance(r2, 0.15);
  const date = updatedOnly ? writeUpdatedLine(r2, stamp) : written;
  parts.push(`date:${date.kind}`);
  const writer = name(r);
  const byline = pick(r, [`By ${writer}`, `By ${writer.toUpperCase()}`, `${writer}, ${pick(r, ROLES)}`, `By ${writer} and ${name(r)}`, `${writer}`]);
  const layout = pick(r, ['headline-byline-date', 'date-headline-byline', 'headline-date-byline', 'headline-byline|date', 'headline-date', 'headline-twice-date']);
  parts.push(`layout:${layout}`);
  const header: string[] = [];
  if (layout === 'headline-byline-date') header.push(article.headline, byline, date.text);
  else if (layout === 'date-headline-byline') header.push(date.text, article.headline, byline);
  else if (layout === 'headline-date-byline') header.push(article.headline, date.text, byline);
  else if (layout === 'headline-byline|date') header.push(article.headline, `By ${writer} | ${date.text}`);
  else if (layout === 'headline-date') header.push(article.headline, date.text);
  else header.push(article.headline, article.headline, byline, date.text);
  // A kicker over the header's first line: the headline, or the date line printed first.
  if (chance(r2, 0.3)) {
    parts.push('kicker');
    header.unshift(pick(r2, KICKERS));
  }
  if (chance(r, 0.5)) apart(header);
  else packed(header);
  if (chance(r, 0.4)) {
    parts.push('share');
    packed([pick(r, SHARES)]);
  }
  if (chance(r, 0.4)) {
    parts.push('caption');
    const caption = pick(r, CAPTIONS);
    const credit = pick(r, CREDITS);
    if (chance(r, 0.5)) packed([caption, credit]);
    else apart([`${caption} ${credit}`]);
  }
  const body = [...article.paragraphs];
  if (chance(r, 0.3) && body.length > 3) {
    parts.push('clutter');
    body.splice(2, 0, pick(r, CLUTTER));
  }
  if (chance(r, 0.3) && body.length > 4) {
    parts.push('read-more');
    body.splice(4, 0, `READ MORE: ${pick(r, others)}`);
  }
  apart(body);
  if (chance(r, 0.4)) {
    parts.push('signup');
    apart([pick(r, SIGNUPS)]);
  }
  if (chance(r, 0.7)) {
    parts.push('list-below');
    const list: string[] = [pick(r, [`More from ${section}`, 'Related stories', 'You may also like', 'Most popular'])];
    for (const other of sample(r, others, 4)) {
      list.push(other);
      if (chance(r, 0.4)) list.push(writeDateLine(r, randomStamp(r)).text);
    }
    packed(list);
  }
  packed([`© ${stamp.year} ${site}. All rights reserved.`, ...sample(r, ['About us', 'Contact us', 'Privacy policy', 'Terms of use', 'Cookie settings', 'Careers', 'Advertise'], 4)]);
  return { text: `${out.join('\n\n')}\n`, date: isoDate(stamp), parts };
}

const root = path.join(shared, 'corpus', 'bbc');
const articles: Article[] = [];
for (const section of (await readdir(root)).sort()) {
  const names = (await readdir(path.join(root, section))).filter((f) => f.endsWith('.txt')).sort();
  for (const [k, file] of names.entries()) {
    if ((half === 'odd' && k % 2 !== 0) || (half === 'even' && k % 2 !== 1)) continue;
    const text = await readFile(path.join(root, section, file), 'utf8');
    const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
    if (lines.length < 2) continue;
    articles.push({ file: `${section}/${file}`, section, headline: lines[0]!, paragraphs: lines.slice(1) });
  }
}
const chosen = articles.slice(0, limit);
const headlines = articles.map((a) => a.headline);
const scratch = path.join(tmpdir(), `newsbrief-headline-robustness-${process.pid}`);
await mkdir(scratch, { recursive: true });

type Tally = { pages: number; title: number; date: number; noDate: number };
const total: Tally = { pages: 0, title: 0, date: 0, noDate: 0 };
const byPart = new Map<string, Tally>();
const misses: string[] = [];
for (const [k, article] of chosen.entries()) {
  const r = generator(seed * 100_003 + k);
  const others = headlines.filter((h) => h !== article.headline);
  // The long menu, kicker and updated-only date line are drawn from a second generator, so the
  // other pieces of each page are drawn as they were before those were added.
  const page = buildPage(r, generator((seed * 100_003 + k) ^ 0x5bd1e995), article, others);
  if (k === show) process.stdout.write(`${page.text}\n---\n`);
  const file = path.join(scratch, `${k}.txt`);
  await writeFile(file, page.text);
  let title: string | null = null;
  let published: string | null = null;
  try {
    const read = await readArticle(file);
    title = read.article.title ?? null;
    published = read.article.publishedAt ?? read.article.updatedAt ?? null;
  } catch {
    // A refused page counts as missed on both.
  }
  const titleRight = title !== null && normaliseTitle(title) === normaliseTitle(article.headline);
  // (A page that states only when it was updated has that date as updatedAt, read above.)
  const dateRight = published !== null && published.slice(0, 10) === page.date;
  for (const key of ['all', ...page.parts]) {
    const t = key === 'all' ? total : byPart.get(key) ?? { pages: 0, title: 0, date: 0, noDate: 0 };
    byPart.set(key, t);
    t.pages++;
    if (titleRight) t.title++;
    if (dateRight) t.date++;
    if (published === null) t.noDate++;
  }
  if (verbose && (!titleRight || !dateRight)) {
    const lines = [`${article.file} (page ${k}) [${page.parts.join(' ')}]`];
    if (!titleRight) lines.push(`  title ${JSON.stringify(title)} ≠ ${JSON.stringify(article.headline)}`);
    if (!dateRight) lines.push(`  date ${published ?? 'none'} ≠ ${page.date}`);
    if (!titleRight) lines.push(...listCandidates(parseScrapedText(page.text, { reference: { ms: Date.now(), offset: 0 } }).headlineCandidates, article.headline, 4));
    misses.push(lines.join('\n'));
  }
}
const f = (n: number, d: number): string => `${(n / d).toFixed(3)} (${n}/${d})`;
process.stdout.write(`Headline robustness (BBC articles wrapped in page furniture, seed ${seed}${half ? `, ${half} half` : ''}): ${total.pages} pages\n`);
process.stdout.write(`title = headline ${f(total.title, total.pages)}   publishedAt on the date put in ${f(total.date, total.pages)}   no date ${f(total.noDate, total.pages)}\n`);
process.stdout.write('| part | pages | title | date | no date |\n|---|---|---|---|---|\n');
for (const [key, t] of [...byPart.entries()].filter(([key]) => key !== 'all').sort(([a], [b]) => a.localeCompare(b))) {
  process.stdout.write(`| ${key} | ${t.pages} | ${(t.title / t.pages).toFixed(3)} | ${(t.date / t.pages).toFixed(3)} | ${t.noDate} |\n`);
}
if (verbose) for (const m of misses) process.stdout.write(`${m}\n`);
