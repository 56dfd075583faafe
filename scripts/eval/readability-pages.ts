// Metadata of Mozilla Readability's test pages (<slug>/{source.html,expected-metadata.json}) read
// through `readArticle`, as a user gets it: title (exact and containment), byline, publication
// time and site name against the expected metadata. The pages are third-party text kept outside
// the repository; the folder is named by NEWSBRIEF_READABILITY_PAGES.
//
//   NEWSBRIEF_READABILITY_PAGES=/path/to/pages npx tsx scripts/eval/readability-pages.ts [--verbose]
//
// Readability's expectations are its own heuristics' output, so they are a reference, not a gold
// standard: a byline counts as right when one names the other ("Bradley M. Kuhn" in "Bradley M.
// Kuhn (http://ebb.org/bkuhn/)"), a title when the words agree. A field the expectation leaves
// out (older versions of the file) is not scored; an expected null is right only when we say null.
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { readArticle } from '../../src/ingest/index.js';

interface Expected {
  title?: string | null;
  byline?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
}

interface Ours {
  title: string;
  byline: string | null;
  outlet: string | null;
  publishedAt: string | null;
  failure: string | null;
}

type Field = 'title exact' | 'title containment' | 'byline' | 'publication time' | 'site name';
const FIELDS: Field[] = ['title exact', 'title containment', 'byline', 'publication time', 'site name'];

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();
const words = (s: string): string => squash(s.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, ' '));
const nameOf = (s: string): string => words(s.replace(/^\s*by\s+/i, ''));

/** Both null, or both said and one holds the other's words. */
function agree(ours: string | null, expected: string | null, norm: (s: string) => string): boolean {
  if (expected === null || norm(expected) === '') return ours === null || norm(ours) === '';
  if (ours === null || norm(ours) === '') return false;
  const [a, b] = [norm(ours), norm(expected)];
  return ` ${a} `.includes(` ${b} `) || ` ${b} `.includes(` ${a} `);
}

/** The same instant; a date-only expectation is matched by the calendar date we state. */
function sameTime(ours: string | null, expected: string | null): boolean {
  if (expected === null) return ours === null;
  if (ours === null) return false;
  if (/^\d{4}-\d{2}-\d{2}$/.test(expected.trim())) return ours.slice(0, 10) === expected.trim();
  const [a, b] = [Date.parse(ours), Date.parse(expected)];
  return !Number.isNaN(a) && a === b;
}

/** Whether our value is right for the field, or undefined when the expectation does not say. */
function score(field: Field, ours: Ours, expected: Expected): boolean | undefined {
  switch (field) {
    case 'title exact':
      return expected.title === undefined ? undefined : squash(ours.title) === squash(expected.title ?? '');
    case 'title containment':
      return expected.title === undefined ? undefined : agree(ours.title, expected.title, words);
    case 'byline':
      return expected.byline === undefined ? undefined : agree(ours.byline, expected.byline, nameOf);
    case 'publication time':
      return expected.publishedTime === undefined ? undefined : sameTime(ours.publishedAt, expected.publishedTime);
    case 'site name':
      return expected.siteName === undefined ? undefined : (expected.siteName === null ? ours.outlet === null : ours.outlet !== null && words(ours.outlet) === words(expected.siteName));
  }
}

async function readOurs(file: string): Promise<Ours> {
  try {
    const { article } = await readArticle(file);
    return { title: article.title ?? '', byline: article.byline, outlet: article.outlet, publishedAt: article.publishedAt, failure: null };
  } catch (error) {
    return { title: '', byline: null, outlet: null, publishedAt: null, failure: error instanceof Error ? error.message : String(error) };
  }
}

export async function main(dir: string | undefined, verbose: boolean, out: (line: string) => void): Promise<number> {
  if (!dir || !existsSync(dir)) {
    out('set NEWSBRIEF_READABILITY_PAGES to a folder of <slug>/{source.html,expected-metadata.json}');
    return 1;
  }
  const slugs = (await readdir(dir, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  const tally = new Map<Field, { right: number; scored: number }>(FIELDS.map((f) => [f, { right: 0, scored: 0 }]));
  const misses: string[] = [];
  let pages = 0;
  for (const slug of slugs) {
    const source = path.join(dir, slug, 'source.html');
    const metadata = path.join(dir, slug, 'expected-metadata.json');
    if (!existsSync(source) || !existsSync(metadata)) continue;
    pages++;
    const expected = JSON.parse(await readFile(metadata, 'utf8')) as Expected;
    const ours = await readOurs(source);
    if (ours.failure !== null) misses.push(`${slug}: refused: ${ours.failure}`);
    for (const field of FIELDS) {
      const ok = score(field, ours, expected);
      if (ok === undefined) continue;
      const t = tally.get(field)!;
      t.scored++;
      if (ok) t.right++;
      else if (field !== 'title exact' || score('title containment', ours, expected)) {
        const pair: Record<Field, [unknown, unknown]> = {
          'title exact': [ours.title, expected.title],
          'title containment': [ours.title, expected.title],
          byline: [ours.byline, expected.byline],
          'publication time': [ours.publishedAt, expected.publishedTime],
          'site name': [ours.outlet, expected.siteName],
        };
        misses.push(`${slug}: ${field}: ours ${JSON.stringify(pair[field][0])}, expected ${JSON.stringify(pair[field][1])}`);
      }
    }
  }
  out(`Readability test pages (${pages} in ${dir}): metadata through readArticle`);
  out('| field             | accuracy | right / scored |');
  out('|-------------------|----------|----------------|');
  for (const field of FIELDS) {
    const t = tally.get(field)!;
    out(`| ${field.padEnd(17)} | ${(t.scored === 0 ? '—' : (t.right / t.scored).toFixed(3)).padEnd(8)} | ${`${t.right} / ${t.scored}`.padEnd(14)} |`);
  }
  if (verbose) for (const m of misses) out(`  ${m}`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const code = await main(process.env['NEWSBRIEF_READABILITY_PAGES'], process.argv.includes('--verbose'), (line) => console.log(line));
  process.exitCode = code;
}
