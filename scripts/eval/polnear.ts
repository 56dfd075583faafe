// PolNeAR (../shared/eval/polnear/, README section 7) through the product: each article written
// as the JSON article a user would give, `{ "title", "text", "published" }`, read by extractFile
// (as `newsbrief extract`), its claims scored by polnear-score.ts.
//
//   npx tsx scripts/eval/polnear.ts [--split train|dev|test] [--verbose] [--classes]
//
// Without --split, dev and test are printed side by side: develop on train/dev, report test.
// --classes counts the speech attributions of train/dev with a wrong speaker by error class
// (polnear-classes.ts); never of test.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  addPolnearCounts,
  emptyPolnearCounts,
  PolnearRecordSchema,
  scorePolnear,
  scoreRefused,
  type JudgedAttribution,
  type PolnearCounts,
  type PolnearMisses,
  type PolnearRecord,
  type Subset,
} from './polnear-score.js';
import { countErrorClasses } from './polnear-classes.js';
import { runProduct } from './product-pool.js';
import { f1Of, fmt, fmtRatio, groupByReason, median, rateOf, table, type Ratio } from './table.js';

export const POLNEAR_SPLITS = ['train', 'dev', 'test'] as const;
export type PolnearSplit = (typeof POLNEAR_SPLITS)[number];

export interface PolnearOptions {
  sharedDir: string;
  /** One split; default dev and test side by side. */
  split?: PolnearSplit;
  verbose: boolean;
  /** Print error classes of the development splits. */
  classes?: boolean;
}

export interface PolnearIo {
  out: (line: string) => void;
}

interface SplitScore {
  split: PolnearSplit;
  articles: number;
  counts: PolnearCounts;
  failed: string[];
  ms: number[];
  /** article.text against the record's text: identical, differing only in whitespace, otherwise. */
  texts: { same: number; whitespace: number; other: number };
  misses: { id: string; misses: PolnearMisses }[];
  judged: JudgedAttribution[];
}

async function readRecords(file: string): Promise<PolnearRecord[]> {
  return (await readFile(file, 'utf8'))
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => PolnearRecordSchema.parse(JSON.parse(l)));
}

async function scoreSplit(sharedDir: string, split: PolnearSplit): Promise<SplitScore> {
  const records = await readRecords(path.join(sharedDir, 'eval', 'polnear', `${split}.jsonl`));
  const results = await runProduct(
    records.map((r) => ({ name: `${r.id}.json`, content: JSON.stringify({ title: r.title, text: r.text, published: r.published }) })),
  );
  const score: SplitScore = { split, articles: records.length, counts: emptyPolnearCounts(), failed: [], ms: [], texts: { same: 0, whitespace: 0, other: 0 }, misses: [], judged: [] };
  records.forEach((record, i) => {
    const result = results[i]!;
    if (!result.ok) {
      score.failed.push(`${record.id}: ${result.reason}`);
      score.counts = addPolnearCounts(score.counts, scoreRefused(record));
      return;
    }
    score.ms.push(result.ms);
    const text = result.brief.article.text;
    const squeeze = (t: string): string => t.replace(/\s+/g, '');
    score.texts[text === record.text ? 'same' : squeeze(text) === squeeze(record.text) ? 'whitespace' : 'other']++;
    const scored = scorePolnear(record, result.brief);
    score.counts = addPolnearCounts(score.counts, scored.counts);
    score.misses.push({ id: record.id, misses: scored.misses });
    score.judged.push(...scored.judged);
  });
  return score;
}

const SUBSET_LABELS: [Subset, string][] = [
  ['all', 'all'],
  ['speech', 'cue_class speech'],
  ['speechOther', 'cue_class speech + other'],
];

function rows(scores: readonly SplitScore[]): string[][] {
  const out: string[][] = [];
  const row = (figure: string, cell: (s: SplitScore) => string): void => {
    out.push([figure, ...scores.map(cell)]);
  };
  for (const [subset, label] of SUBSET_LABELS) {
    const c = (s: SplitScore) => s.counts.subsets[subset];
    row(`${label}: gold attributions / predicted claims`, (s) => `${c(s).recall.den} / ${c(s).precision.den}`);
    row(`${label}: recall`, (s) => fmtRatio(c(s).recall));
    row(`${label}: precision`, (s) => fmtRatio(c(s).precision));
    row(`${label}: F1`, (s) => fmt(f1Of(rateOf(c(s).precision), rateOf(c(s).recall))));
    row(`${label}: source accuracy (name only) over recalled with a source`, (s) => `${fmt(rateOf(c(s).source))} (${fmt(rateOf(c(s).sourceNameOnly))}) over ${c(s).source.den}`);
  }
  const ratio = (figure: string, pick: (c: PolnearCounts) => Ratio): void => row(figure, (s) => fmtRatio(pick(s.counts)));
  ratio('recall, derived.quote direct', (c) => c.byQuote.direct);
  ratio('recall, derived.quote mixed', (c) => c.byQuote.mixed);
  ratio('recall, derived.quote indirect', (c) => c.byQuote.indirect);
  ratio('recall, cue_class internal', (c) => c.byCue.internal);
  ratio('recall, cue_class other', (c) => c.byCue.other);
  ratio('recall, attributions without a source', (c) => c.noSource);
  ratio('source accuracy (all), named gold sources', (c) => c.sourceNamed);
  row('source accuracy (all), pronoun/description sources', (s) => `${fmtRatio(s.counts.sourceDescribed)}; ${s.counts.viaNearestNamed} via the nearest named source`);
  row('articles failed', (s) => `${s.failed.length} of ${s.articles}`);
  row('article.text vs text: identical / whitespace only / other', (s) => `${s.texts.same} / ${s.texts.whitespace} / ${s.texts.other}`);
  row('ms per article (extractFile in a child): median (max)', (s) => (s.ms.length === 0 ? '—' : `${median(s.ms)!.toFixed(1)} (${Math.max(...s.ms).toFixed(0)})`));
  return out;
}

export async function runPolnear(options: PolnearOptions, io: PolnearIo): Promise<void> {
  const splits: PolnearSplit[] = options.split ? [options.split] : ['dev', 'test'];
  const scores: SplitScore[] = [];
  for (const split of splits) scores.push(await scoreSplit(options.sharedDir, split));
  io.out('');
  io.out(
    'PolNeAR through the product (each article as a JSON article {title, text, published} read by extractFile, as `newsbrief extract article.json`; ' +
      'recalled = one claim\'s evidence covers >= 30 % of the content\'s characters; precision = claims on some gold content of the subset; ' +
      'source accuracy on the claim covering most of the content). Develop on train/dev, report test.',
  );
  for (const line of table(['figure', ...scores.map((s) => `${s.split} (${s.articles} articles)`)], rows(scores))) io.out(line);
  for (const s of scores) for (const f of groupByReason(s.failed)) io.out(`  ${s.split} failed (all attributions missed): ${f}`);
  if (options.classes) {
    for (const s of scores) {
      if (s.split === 'test') continue; // the report split's errors stay unseen
      io.out('');
      io.out(`Speech attributions of ${s.split} recalled with a gold source, by the form of the source and the claim they were judged on (wrong = speaker judged wrong):`);
      const classes = countErrorClasses(s.judged);
      for (const line of table(['source', 'judged on', 'judged', 'wrong', 'accuracy'], classes.map((c) => [c.form, c.on, String(c.judged), String(c.wrong), fmt(1 - c.wrong / c.judged)]))) io.out(line);
    }
  }
  if (options.verbose) {
    for (const s of scores) {
      if (s.split === 'test') continue; // the report split's individual errors stay unseen
      for (const { id, misses } of s.misses) {
        io.out(`## ${s.split} ${id}`);
        for (const m of misses.missed) io.out(`  missed: ${m}`);
        for (const m of misses.wrongSources) io.out(`  wrong source: ${m}`);
        for (const m of misses.offContent) io.out(`  off content: ${m}`);
      }
    }
  }
}

export function parsePolnearSplit(value: string | undefined): PolnearSplit | string {
  return value !== undefined && (POLNEAR_SPLITS as readonly string[]).includes(value) ? (value as PolnearSplit) : `--split must be one of ${POLNEAR_SPLITS.join('|')}`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
  const argv = process.argv.slice(2);
  const at = argv.indexOf('--split');
  const split = at < 0 ? undefined : parsePolnearSplit(argv[at + 1]);
  if (typeof split === 'string' && !(POLNEAR_SPLITS as readonly string[]).includes(split)) {
    process.stderr.write(`polnear: ${split}\n`);
    process.exitCode = 2;
  } else {
    await runPolnear(
      {
        sharedDir: process.env['NEWSBRIEF_SHARED'] ?? path.resolve(repo, '..', 'shared'),
        ...(split === undefined ? {} : { split: split as PolnearSplit }),
        verbose: argv.includes('--verbose') || argv.includes('-v'),
        classes: argv.includes('--classes'),
      },
      { out: (line) => process.stdout.write(`${line}\n`) },
    );
  }
}
