// `npm run eval`: measures extraction quality against the shared evaluation data and prints
// tables (ours | baseline | target). It measures; it does not gate: the exit code is 0 unless a
// set crashed (the other sets still run).
//
//   npx tsx scripts/eval/run.ts [--set briefs|devnotes|meantime|tempeval|polnear|html|fixtures|all] [--split train|dev|test] [--verbose] [--rules] [--why]
//
// --split picks one PolNeAR split (default: dev and test side by side). --rules adds, for the
// gold tune half and the development notes, how many questions each rule asks and how many are
// grounded; --why, how many sentences with a question cue got no question, and why (the verbose
// output lists the annotated ones). docs/evaluation.md says
// what each set and figure is.
//
// The data is read from ../shared next to the repository (env NEWSBRIEF_SHARED overrides it); it
// is third-party text that must never be copied into the repository.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Article, Brief, Evidence } from '../../src/brief/model.js';
import { alignText, mapSpan } from './align-text.js';
import { MEANTIME_INPUT, meantimeJob } from './product-inputs.js';
import { runProduct } from './product-pool.js';
import { groupByReason, listLines } from './table.js';
import { formatRuleExamples, formatRuleTally, showQuestion, formatWhyTally, tallyRules, tallyUnphrased, type RuleExamples, type RuleTally, type Unphrased, type WhyTally } from './question-rules.js';
import { extractBaseline } from './baseline.js';
import { readGoldBriefs } from './gold-files.js';
import { assignHalves, HALVES, readHalves, readReportPages, type Half } from './halves.js';
import { parsePolnearSplit, type PolnearSplit } from './polnear.js';
import {
  addCounts,
  emptyCounts,
  f1,
  rate,
  scoreBrief,
  type BriefCounts,
  type BriefMisses,
  type Ratio,
} from './brief-score.js';
import {
  ACTOR_TYPES,
  emptyMeantimeCounts,
  EntityTypeValues,
  MeantimeRecordSchema,
  scoreMeantime,
  type EntityType,
  type MeantimeCounts,
  type MeantimeMisses,
  type MeantimeRecord,
} from './meantime-score.js';

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  env: Record<string, string | undefined>;
}

const SETS = ['briefs', 'devnotes', 'meantime', 'tempeval', 'polnear', 'html', 'fixtures', 'all'] as const;
type SetName = (typeof SETS)[number];

export interface Options {
  set: SetName;
  verbose: boolean;
  /** Per-rule question figures (tune half and development notes). */
  rules: boolean;
  /** Cue sentences left without a question, by cause (tune half and development notes). */
  why: boolean;
  sharedDir: string;
  /** PolNeAR: one split instead of dev and test. */
  split?: PolnearSplit;
}

// ---------------------------------------------------------------------------------------------
// The product, loaded lazily so that a missing or broken module is reported, not a crash.

type Extraction = Pick<Brief, 'summary' | 'actors' | 'claims' | 'questions' | 'dates' | 'messages'>;
interface Product {
  extractFile: (file: string, options: { published?: string }) => Promise<Brief>;
  extractBrief: (article: Article, options: { referenceTime: string }) => Extraction;
  traceQuestionRules: (article: Article, options: { referenceTime: string }) => string[];
  traceUnphrased: (article: Article, options: { referenceTime: string }) => Unphrased[];
}

// Imported lazily so that a module that fails to load is reported, not a crash.
let loaded: Promise<{ product: Partial<Product>; problems: string[] }> | undefined;

/** Loads the product once per run; problems are printed by the first set that needs it. */
function loadProduct(): Promise<{ product: Partial<Product>; problems: string[] }> {
  loaded ??= importProduct();
  return loaded;
}

async function importProduct(): Promise<{ product: Partial<Product>; problems: string[] }> {
  const product: Partial<Product> = {};
  const problems: string[] = [];
  try {
    const m = await import('../../src/pipeline.js');
    product.extractFile = m.extractFile;
  } catch (error) {
    problems.push(`src/pipeline.ts: ${messageOf(error)}`);
  }
  try {
    const m = await import('../../src/extract/index.js');
    product.extractBrief = m.extractBrief;
    product.traceQuestionRules = m.traceQuestionRules;
    product.traceUnphrased = m.traceUnphrased;
  } catch (error) {
    problems.push(`src/extract/index.ts: ${messageOf(error)}`);
  }
  return { product, problems };
}

function messageOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const first = error.message.split('\n')[0] ?? '';
  return error.cause instanceof Error && !first.includes(error.cause.message) ? `${first} (${error.cause.message.split('\n')[0]})` : first;
}

// ---------------------------------------------------------------------------------------------
// Formatting

function fmt(r: number | null): string {
  return r === null ? '—' : r.toFixed(3);
}

function fmtRatio(r: Ratio): string {
  return r.den === 0 ? '— (0/0)' : `${fmt(rate(r))} (${r.num}/${r.den})`;
}

function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)];
}

function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function timeMedian(fn: () => void, runs = 5): number {
  fn(); // warm-up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return median(times)!;
}

// ---------------------------------------------------------------------------------------------
// Gold briefs

interface Target {
  /** Figure meets the target when the value is >= min (or <= max for counts of errors). */
  min?: number;
  max?: number;
  label: string;
}

interface FigureRow {
  figure: string;
  ratio: (c: BriefCounts) => Ratio | null;
  value: (c: BriefCounts) => number | null;
  target: Target | null;
}

const ratioRow = (figure: string, key: keyof BriefCounts, target: Target | null): FigureRow => ({
  figure,
  ratio: (c) => c[key],
  value: (c) => rate(c[key]),
  target,
});
const atLeast = (min: number): Target => ({ min, label: `≥ ${min.toFixed(2)}` });

// Targets of the extraction issue (measured there on unseen articles).
const BRIEF_ROWS: FigureRow[] = [
  ratioRow('key-actor recall', 'keyActorRecall', atLeast(0.95)),
  ratioRow('actor precision', 'actorPrecision', atLeast(0.85)),
  {
    figure: 'actor F1',
    ratio: () => null,
    value: (c) => f1(rate(c.actorPrecision), rate(c.keyActorRecall)),
    target: null,
  },
  ratioRow('key actors the brief shows as key (matched key gold actors)', 'keyFlagRecall', null),
  ratioRow('actors shown as key that gold calls key', 'keyFlagPrecision', null),
  ratioRow('actor type accuracy (matched actors)', 'actorType', atLeast(0.85)),
  ratioRow('role accuracy (matched persons with a role)', 'actorRole', atLeast(0.75)),
  ratioRow('claim recall', 'claimRecall', atLeast(0.85)),
  ratioRow('speaker accuracy (recalled claims)', 'claimSpeaker', atLeast(0.92)),
  ratioRow('claims recalled with right speaker (all gold)', 'claimRightSpeaker', null),
  ratioRow('claim precision (claims with a speaker)', 'claimPrecision', atLeast(0.9)),
  ratioRow('question grounded precision', 'questionPrecision', atLeast(0.8)),
  ratioRow('question recall (uncertainties covered)', 'questionRecall', atLeast(0.55)),
  ratioRow('grounded precision of the first three questions', 'questionTop3Precision', null),
  ratioRow('date value recall', 'dateRecall', atLeast(0.9)),
  ratioRow('date value precision (kind date|time, no *_REF)', 'datePrecision', atLeast(0.9)),
  ratioRow('title accuracy (articles with a headline)', 'title', null),
  ratioRow('headline-less articles given no headline', 'noHeadline', null),
  ratioRow('publication time accuracy (HTML pages: as the page states it)', 'publishedHtml', null),
  {
    figure: 'evidence-invariant violations',
    ratio: (c) => c.evidenceViolations,
    value: (c) => c.evidenceViolations.num,
    target: { max: 0, label: '= 0' },
  },
];

function meets(target: Target | null, value: number | null): boolean {
  if (target === null || value === null) return false;
  if (target.min !== undefined && value < target.min) return false;
  if (target.max !== undefined && value > target.max) return false;
  return true;
}

function cell(row: FigureRow, c: BriefCounts | null): string {
  if (c === null) return 'n/a';
  const value = row.value(c);
  const r = row.ratio(c);
  const mark = meets(row.target, value) ? ' ✓' : '';
  if (row.figure === 'evidence-invariant violations' && r !== null) return `${r.num} of ${r.den}${mark}`;
  return (r === null ? fmt(value) : fmtRatio(r)) + mark;
}

interface ArticleResult {
  id: string;
  half: Half;
  status: string;
  ours: { counts: BriefCounts; misses: BriefMisses; ms: number | null } | null;
  baseline: { counts: BriefCounts; ms: number } | null;
}

async function runBriefs(options: Options, io: Io): Promise<void> {
  const { product, problems } = await loadProduct();
  for (const p of problems) io.out(`ours: not available: ${p}`);
  const golds = await readGoldBriefs(io.err, options.sharedDir);
  const halves = assignHalves(golds, await readHalves(), await readReportPages(options.sharedDir));
  const unassigned = golds.filter((g) => !halves.has(g.id));
  const results: ArticleResult[] = [];
  const tuneRules: RuleTally = new Map();
  const tuneExamples: RuleExamples = new Map();
  const tuneWhy: WhyTally = new Map();
  const tuneWhyLines: string[] = [];

  for (const gold of golds) {
    const result: ArticleResult = { id: gold.id, half: halves.get(gold.id)!, status: 'ok', ours: null, baseline: null };
    results.push(result);
    const input = path.join(options.sharedDir, gold.input);
    let brief: Brief;
    if (product.extractFile === undefined) {
      // Without our ingest, the baseline still runs on plain-text inputs read as they are.
      result.status = 'ours not available';
      if (gold.format === 'text') {
        const text = await readFile(input, 'utf8');
        const article = rawArticle(text);
        const referenceTime = gold.published;
        const base = extractBaseline(article, { referenceTime });
        result.baseline = { counts: scoreBrief(gold, base).counts, ms: timeMedian(() => extractBaseline(article, { referenceTime })) };
        result.status += '; baseline on the raw file';
      }
      continue;
    }
    try {
      brief = await product.extractFile(input, { published: gold.published });
    } catch (error) {
      result.status = `unsupported: ${messageOf(error)}`;
      continue;
    }
    const scored = scoreBrief(gold, brief);
    // Per-rule figures for the tune half only: the report half's questions stay unseen.
    if (options.rules && result.half === 'tune' && product.traceQuestionRules)
      tallyRules(tuneRules, product.traceQuestionRules(brief.article, { referenceTime: brief.referenceTime }), scored.questionsGrounded, {
        map: tuneExamples,
        id: gold.id,
        texts: brief.questions.map(showQuestion),
      });
    if (options.why && result.half === 'tune' && product.traceUnphrased)
      tallyUnphrased(tuneWhy, product.traceUnphrased(brief.article, { referenceTime: brief.referenceTime }), brief.article.text, gold.uncertainties.map((u) => u.anchor), { out: tuneWhyLines, id: gold.id });
    const extract = product.extractBrief;
    const ms = extract === undefined ? null : timeMedian(() => extract(brief.article, { referenceTime: brief.referenceTime }));
    result.ours = { ...scored, ms };
    // The baseline reads the same clean text, so both are scored on the same article.
    const base = extractBaseline(brief.article, { referenceTime: brief.referenceTime });
    const baseMs = timeMedian(() => extractBaseline(brief.article, { referenceTime: brief.referenceTime }));
    result.baseline = { counts: scoreBrief(gold, base).counts, ms: baseMs };
  }

  const pool = (rs: readonly ArticleResult[], pick: (r: ArticleResult) => { counts: BriefCounts } | null): BriefCounts | null => {
    const done = rs.flatMap((r) => {
      const x = pick(r);
      return x === null ? [] : [x.counts];
    });
    return done.length === 0 ? null : done.reduce<BriefCounts>((acc, c) => addCounts(acc, c), emptyCounts());
  };
  const oursOf = (r: ArticleResult): ArticleResult['ours'] => r.ours;
  const inHalf = (half: Half): ArticleResult[] => results.filter((r) => r.half === half);
  const columns = [
    ...HALVES.map((half) => ({ label: `ours: ${half} (${inHalf(half).filter((r) => r.ours).length})`, counts: pool(inHalf(half), oursOf) })),
    { label: `ours: all (${results.filter((r) => r.ours).length})`, counts: pool(results, oursOf) },
    { label: 'baseline: all', counts: pool(results, (r) => r.baseline) },
  ];

  io.out('');
  io.out(
    `Gold briefs through the product (ingestion included, as \`newsbrief extract --published\`): ${results.filter((r) => r.ours).length} of ${golds.length} articles scored. ` +
      'Rules are tuned on the tune half only; the report half measures them. Micro-averaged (counts pooled over articles); ✓ = meets target; baseline = same clean text as ours',
  );
  if (unassigned.length > 0) io.out(`WARNING: ${unassigned.length} gold brief(s) have no half in eval/halves.json; run \`npx tsx scripts/eval/halves.ts --write\``);
  const rows = BRIEF_ROWS.map((row) => [row.figure, ...columns.map((c) => cell(row, c.counts)), row.target?.label ?? '']);
  const msCell = (xs: number[]): string =>
    xs.length === 0 ? 'n/a' : `${median(xs)!.toFixed(1)} (max ${Math.max(...xs).toFixed(1)})`;
  const oursMs = (rs: readonly ArticleResult[]): number[] => rs.map((r) => r.ours?.ms ?? null).filter((x): x is number => x !== null);
  rows.push([
    'extraction ms per article (median of 5 warm runs)',
    ...HALVES.map((half) => msCell(oursMs(inHalf(half)))),
    msCell(oursMs(results)),
    msCell(results.flatMap((r) => (r.baseline ? [r.baseline.ms] : []))),
    '',
  ]);
  for (const line of table(['figure', ...columns.map((c) => c.label), 'target'], rows)) io.out(line);
  // A report half more than 0.05 below the tune half suggests rules fitted to the tune articles.
  const [tune, report] = [columns[0]!.counts, columns[1]!.counts];
  if (tune && report) {
    const gaps = BRIEF_ROWS.flatMap((row) => {
      const [t, r] = [row.value(tune), row.value(report)];
      return row.target?.max === undefined && t !== null && r !== null && Math.abs(t - r) > 0.05 ? [`${row.figure} (tune ${fmt(t)}, report ${fmt(r)})`] : [];
    });
    io.out(gaps.length === 0 ? 'Report half within 0.05 of the tune half on every figure.' : `Halves more than 0.05 apart: ${gaps.join('; ')}`);
  }

  io.out('');
  io.out('Per article (ours):');
  const perArticle = results.map((r) => {
    if (r.ours === null) return [r.id, r.half, r.status, '', '', '', '', ''];
    const c = r.ours.counts;
    return [
      r.id,
      r.half,
      r.status,
      `${fmt(rate(c.keyActorRecall))} / ${fmt(rate(c.actorPrecision))}`,
      `${fmt(rate(c.claimRecall))} / ${fmt(rate(c.claimSpeaker))}`,
      `${fmt(rate(c.questionPrecision))} / ${fmt(rate(c.questionRecall))}`,
      `${fmt(rate(c.dateRecall))} / ${fmt(rate(c.datePrecision))}`,
      r.ours.ms === null ? 'n/a' : r.ours.ms.toFixed(1),
    ];
  });
  for (const line of table(['article', 'half', 'status', 'actors R/P', 'claims R/speaker', 'questions P/R', 'dates R/P', 'ms'], perArticle)) io.out(line);
  const dropped = results.reduce((n, r) => n + (r.ours?.misses.anchorsNotInText.length ?? 0), 0);
  if (dropped > 0) io.out(`WARNING: ${dropped} gold anchors are not in our clean text (counted as missed; --verbose lists them)`);
  if (options.rules) {
    io.out('');
    for (const line of formatRuleTally(`Questions by rule, gold tune half (${inHalf('tune').filter((r) => r.ours).length} articles)`, tuneRules, inHalf('tune').filter((r) => r.ours).length)) io.out(line);
    if (options.verbose) for (const line of formatRuleExamples(tuneExamples)) io.out(line);
  }
  if (options.why) {
    io.out('');
    for (const line of formatWhyTally('Cue sentences without a question, by cause, gold tune half', tuneWhy)) io.out(line);
    if (options.verbose) for (const line of tuneWhyLines) io.out(line);
  }

  if (options.verbose) {
    for (const r of results) {
      // The report half's individual errors stay unseen: rules are changed only while looking at the tune half.
      if (r.ours === null || r.half === 'report') continue;
      const m = r.ours.misses;
      io.out('');
      io.out(`## ${r.id}`);
      const list = (label: string, items: readonly string[]): void => listLines(label, items).forEach((line) => io.out(line));
      list('WARNING gold anchors not in the clean text (ingest dropped text?)', m.anchorsNotInText);
      list('missed key actors', m.missedKeyActors);
      list('key actors filed under also mentioned', m.keyNotShownAsKey);
      list('shown as key, not key in gold', m.keyNotKey);
      list('false-positive actors', m.falsePositiveActors);
      list('wrong actor types', m.wrongTypes);
      list('wrong roles', m.wrongRoles);
      list('missed claim anchors', m.missedClaims);
      list('wrong speakers', m.wrongSpeakers.map((w) => `${w.anchor} — predicted ${w.predicted ?? '(none)'}, gold ${w.gold}`));
      list('claims with a speaker that match no gold anchor', m.unmatchedClaims.map((s) => s.slice(0, 160)));
      list('missed dates', m.missedDates);
      list('false dates', m.falseDates);
      list('uncertainties no question covers', m.missedUncertainties);
      list('ungrounded questions', m.ungroundedQuestions);
      list('evidence-invariant violations', m.evidenceViolations);
    }
  }
}

/** An Article for a plain-text file read as it is (first line as title), for when ingest is missing. */
function rawArticle(text: string): Article {
  return {
    title: text.split('\n')[0]?.trim() ?? '',
    byline: null,
    outlet: null,
    publishedAt: null,
    updatedAt: null,
    url: null,
    language: 'en',
    text,
    provenance: {},
  };
}

// ---------------------------------------------------------------------------------------------
// MEANTIME

function meantimeArticle(r: MeantimeRecord): Article {
  return {
    title: r.title,
    byline: null,
    outlet: null,
    publishedAt: `${r.published}T00:00:00Z`,
    updatedAt: null,
    url: r.url,
    language: 'en',
    text: r.text,
    provenance: {},
  };
}

interface SplitResult {
  docs: number;
  /** Through extractFile, as users get it; refused articles count with no actors and no claims. */
  product: { actor: MeantimeCounts; all: MeantimeCounts };
  refused: string[];
  failed: string[];
  /** extractBrief called on the record's text: the diagnosis. */
  ours: { actor: MeantimeCounts; all: MeantimeCounts } | null;
  baseline: { actor: MeantimeCounts; all: MeantimeCounts };
  misses: { id: string; misses: MeantimeMisses }[];
}

/**
 * A brief's actors and claims with their offsets read in the record's text (through the
 * alignment of article.text onto it). Spans in text the record does not have, the headline line,
 * are left out; an actor keeps its name and aliases even when none of its mentions is left.
 */
function inRecordOffsets(record: MeantimeRecord, brief: Brief): Pick<Brief, 'actors' | 'claims'> {
  const alignment = alignText(record.text, brief.article.text);
  const mapped = (e: Evidence): Evidence[] => {
    const span = mapSpan(alignment, e.start, e.end);
    return span === null ? [] : [{ ...span, quote: record.text.slice(span.start, span.end) }];
  };
  return {
    actors: brief.actors.map((a) => ({ ...a, mentions: a.mentions.flatMap(mapped) })),
    claims: brief.claims.map((c) => ({ ...c, evidence: c.evidence.flatMap(mapped) })).filter((c) => c.evidence.length > 0),
  };
}

async function scoreSplit(file: string, extract: Product['extractBrief'] | undefined): Promise<SplitResult> {
  const records = (await readFile(file, 'utf8'))
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => MeantimeRecordSchema.parse(JSON.parse(l)));
  const all: readonly EntityType[] = EntityTypeValues;
  const result: SplitResult = {
    docs: records.length,
    product: { actor: emptyMeantimeCounts(), all: emptyMeantimeCounts() },
    refused: [],
    failed: [],
    ours: extract === undefined ? null : { actor: emptyMeantimeCounts(), all: emptyMeantimeCounts() },
    baseline: { actor: emptyMeantimeCounts(), all: emptyMeantimeCounts() },
    misses: [],
  };
  const briefs = await runProduct(records.map(meantimeJob));
  records.forEach((r, i) => {
    const got = briefs[i]!;
    const extraction = got.ok ? inRecordOffsets(r, got.brief) : { actors: [], claims: [] };
    if (!got.ok) result.refused.push(`${r.id}: ${got.reason}`);
    const scored = scoreMeantime(r, extraction, { types: ACTOR_TYPES });
    result.product.actor = addCounts(result.product.actor, scored.counts);
    result.product.all = addCounts(result.product.all, scoreMeantime(r, extraction, { types: all }).counts);
    result.misses.push({ id: r.id, misses: scored.misses });
  });
  for (const r of records) {
    const article = meantimeArticle(r);
    const referenceTime = article.publishedAt!;
    const base = extractBaseline(article, { referenceTime });
    result.baseline.actor = addCounts(result.baseline.actor, scoreMeantime(r, base, { types: ACTOR_TYPES }).counts);
    result.baseline.all = addCounts(result.baseline.all, scoreMeantime(r, base, { types: all }).counts);
    if (extract === undefined || result.ours === null) continue;
    let ours: Extraction;
    try {
      ours = extract(article, { referenceTime });
    } catch (error) {
      result.failed.push(`${r.id}: ${messageOf(error)}`);
      continue;
    }
    result.ours.actor = addCounts(result.ours.actor, scoreMeantime(r, ours, { types: ACTOR_TYPES }).counts);
    result.ours.all = addCounts(result.ours.all, scoreMeantime(r, ours, { types: all }).counts);
  }
  return result;
}

interface MeantimeFigure {
  figure: string;
  value: (s: { actor: MeantimeCounts; all: MeantimeCounts }) => number | null;
  cell: (s: { actor: MeantimeCounts; all: MeantimeCounts }) => string;
}

const mtRatio = (figure: string, scope: 'actor' | 'all', key: keyof MeantimeCounts): MeantimeFigure => ({
  figure,
  value: (s) => rate(s[scope][key]),
  cell: (s) => fmtRatio(s[scope][key]),
});
const mtF1 = (figure: string, scope: 'actor' | 'all'): MeantimeFigure => ({
  figure,
  value: (s) => f1(rate(s[scope].entityPrecision), rate(s[scope].entityRecall)),
  cell: (s) => fmt(f1(rate(s[scope].entityPrecision), rate(s[scope].entityRecall))),
});

const MEANTIME_ROWS: MeantimeFigure[] = [
  mtRatio('entity recall — PER/ORG/LOC', 'actor', 'entityRecall'),
  mtRatio('entity precision — PER/ORG/LOC', 'actor', 'entityPrecision'),
  mtF1('entity F1 — PER/ORG/LOC', 'actor'),
  mtRatio('actor type agrees (found PER/ORG/LOC)', 'actor', 'entityType'),
  mtRatio('predicted actors ignored (other-type/untyped gold)', 'actor', 'ignoredActors'),
  mtRatio('entity recall — all types', 'all', 'entityRecall'),
  mtRatio('entity precision — all types', 'all', 'entityPrecision'),
  mtF1('entity F1 — all types', 'all'),
  mtRatio('speech cues inside a predicted claim (coverage)', 'actor', 'speakerCoverage'),
  mtRatio('speaker accuracy (covered cues)', 'actor', 'speakerAccuracy'),
];

async function runMeantime(options: Options, io: Io): Promise<void> {
  const { product, problems } = await loadProduct();
  if (product.extractBrief === undefined && options.set !== 'all') for (const p of problems) io.out(`diagnosis: not available: ${p}`);
  const dir = path.join(options.sharedDir, 'eval', 'meantime');
  const splits: [string, SplitResult][] = [];
  for (const split of ['dev', 'test']) {
    splits.push([split, await scoreSplit(path.join(dir, `${split}.jsonl`), product.extractBrief)]);
  }
  for (const [split, s] of splits) {
    io.out('');
    io.out(
      `MEANTIME ${split} (${s.docs} articles; annotated part only; micro-averaged; actor scope = PER/ORG/LOC, ` +
        'also all types; entity = found when a predicted mention covers the head of one of its names or a predicted name equals one). ' +
        `Through the product: each article as ${MEANTIME_INPUT}, read by extractFile; the brief's offsets are aligned onto the record's text. ` +
        'Diagnosis: extractBrief called on the record\'s text.',
    );
    const rows = MEANTIME_ROWS.map((row) => [row.figure, row.cell(s.product), s.ours === null ? 'n/a' : row.cell(s.ours), row.cell(s.baseline)]);
    rows.unshift(['articles accepted', `${s.docs - s.refused.length}/${s.docs}`, s.ours === null ? 'n/a' : `${s.docs - s.failed.length}/${s.docs}`, `${s.docs}/${s.docs}`]);
    for (const line of table(['figure', 'ours: extract (product)', 'ours: extractBrief (diagnosis)', 'baseline'], rows)) io.out(line);
    for (const f of groupByReason(s.refused)) io.out(`  refused by the product (no actors, no claims): ${f}`);
    for (const f of s.failed) io.out(`  diagnosis failed: ${f}`);
    if (options.verbose && split === 'dev') {
      // The test split's individual errors stay unseen: it is for reporting.
      for (const { id, misses } of s.misses) {
        const parts: string[] = [];
        if (misses.missedEntities.length > 0) parts.push(`missed: ${misses.missedEntities.join('; ')}`);
        if (misses.falsePositiveActors.length > 0) parts.push(`false positives: ${misses.falsePositiveActors.join('; ')}`);
        if (misses.wrongTypes.length > 0) parts.push(`wrong types: ${misses.wrongTypes.join('; ')}`);
        if (misses.ignoredActors.length > 0) parts.push(`ignored: ${misses.ignoredActors.join('; ')}`);
        if (misses.wrongSpeakers.length > 0) parts.push(`wrong speakers: ${misses.wrongSpeakers.join('; ')}`);
        if (misses.uncoveredCues.length > 0) parts.push(`cues outside claims: ${misses.uncoveredCues.join('; ')}`);
        if (parts.length > 0) io.out(`  ${split} ${id}: ${parts.join(' | ')}`);
      }
    }
  }

  // Does the test split (other topic: stock markets) behave like dev? Within 0.05 on each figure.
  const dev = splits[0]?.[1];
  const test = splits[1]?.[1];
  for (const [who, pick] of [
    ['ours (product)', (s: SplitResult) => s.product],
    ['ours (diagnosis)', (s: SplitResult) => s.ours],
    ['baseline', (s: SplitResult) => s.baseline],
  ] as const) {
    if (dev === undefined || test === undefined) break;
    const d = pick(dev);
    const t = pick(test);
    if (d === null || t === null) continue;
    const checks = [MEANTIME_ROWS[2]!, MEANTIME_ROWS[7]!, MEANTIME_ROWS[8]!, MEANTIME_ROWS[9]!].map((row) => {
      const dv = row.value(d);
      const tv = row.value(t);
      const delta = dv === null || tv === null ? null : tv - dv;
      return { row, dv, tv, ok: delta !== null && Math.abs(delta) <= 0.05, delta };
    });
    const all = checks.every((c) => c.ok);
    io.out('');
    io.out(
      `MEANTIME ${who}: test ${all ? 'IS' : 'is NOT'} within 0.05 of dev — ` +
        checks
          .map((c) => `${c.row.figure}: dev ${fmt(c.dv)}, test ${fmt(c.tv)} (Δ ${c.delta === null ? '—' : (c.delta >= 0 ? '+' : '') + c.delta.toFixed(3)})`)
          .join('; '),
    );
  }
}

// ---------------------------------------------------------------------------------------------
// TempEval-3, PolNeAR and HTML: their own modules, loaded when their set runs

/** TempEval-3 and MEANTIME dates through the product: scripts/eval/tempeval.ts. */
async function runTempevalSet(options: Options, io: Io): Promise<void> {
  const { runTempeval } = await import('./tempeval.js');
  await runTempeval({ sharedDir: options.sharedDir }, io);
}

/** Persons, roles and uncertainties of the development notes: scripts/eval/dev-notes.ts. */
async function runDevNotesSet(options: Options, io: Io): Promise<void> {
  const { product, problems } = await loadProduct();
  if (product.extractFile === undefined) {
    io.out(`devnotes: not available (${problems.join('; ')})`);
    return;
  }
  const { runDevNotes } = await import('./dev-notes.js');
  await runDevNotes(
    {
      sharedDir: options.sharedDir,
      verbose: options.verbose,
      ...(options.rules && product.traceQuestionRules ? { traceQuestionRules: product.traceQuestionRules } : {}),
      ...(options.why && product.traceUnphrased ? { traceUnphrased: product.traceUnphrased } : {}),
    },
    product.extractFile,
    io,
  );
}

/** PolNeAR attributions through the product: scripts/eval/polnear.ts. */
async function runPolnearSet(options: Options, io: Io): Promise<void> {
  const { runPolnear } = await import('./polnear.js');
  await runPolnear({ sharedDir: options.sharedDir, verbose: options.verbose, ...(options.split ? { split: options.split } : {}) }, io);
}

/** The article-extraction benchmark (eval/html/) and the scraped-text set: scripts/eval/html.ts. */
async function runHtml(options: Options, io: Io): Promise<void> {
  try {
    const { runHtmlEval } = await import('./html.js');
    await runHtmlEval({ sharedDir: options.sharedDir, verbose: options.verbose }, io);
  } catch (error) {
    io.out('');
    io.out(`html: not available (${messageOf(error)})`);
  }
}

/** Another extractor's saved test pages, fetched from the npm registry: scripts/eval/fixture-pages.ts. */
async function runFixtures(options: Options, io: Io): Promise<void> {
  try {
    const { runFixturePages } = await import('./fixture-pages.js');
    const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
    await runFixturePages({ cacheDir: io.env.NEWSBRIEF_EVAL_CACHE ?? path.join(repoRoot, 'node_modules', '.cache', 'newsbrief-eval'), verbose: options.verbose }, io);
  } catch (error) {
    io.out('');
    io.out(`fixtures: not available (${messageOf(error)})`);
  }
}

// ---------------------------------------------------------------------------------------------
// CLI

export function parseArgs(argv: readonly string[], env: Io['env'], repoRoot: string): Options | string {
  let set: SetName = 'all';
  let verbose = false;
  let rules = false;
  let why = false;
  let split: PolnearSplit | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--verbose' || a === '-v') verbose = true;
    else if (a === '--rules') rules = true;
    else if (a === '--why') why = true;
    else if (a === '--split' || a.startsWith('--split=')) {
      const v = parsePolnearSplit(a === '--split' ? argv[++i] : a.slice('--split='.length));
      if (v !== 'train' && v !== 'dev' && v !== 'test') return v;
      split = v;
    }
    else if (a === '--set' || a.startsWith('--set=')) {
      const v = a === '--set' ? argv[++i] : a.slice('--set='.length);
      if (v === undefined || !(SETS as readonly string[]).includes(v)) return `--set must be one of ${SETS.join('|')}`;
      set = v as SetName;
    } else return `unknown argument: ${a}`;
  }
  const sharedDir = env.NEWSBRIEF_SHARED ?? path.resolve(repoRoot, '..', 'shared');
  return { set, verbose, rules, why, sharedDir, ...(split ? { split } : {}) };
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
  const options = parseArgs(argv, io.env, repoRoot);
  if (typeof options === 'string') {
    io.err(`eval: ${options}`);
    io.err('usage: npx tsx scripts/eval/run.ts [--set briefs|devnotes|meantime|tempeval|polnear|html|fixtures|all] [--split train|dev|test] [--verbose] [--rules] [--why]');
    return 2;
  }
  const sets: [SetName, (options: Options, io: Io) => Promise<void>][] = [
    ['briefs', runBriefs],
    ['devnotes', runDevNotesSet],
    ['meantime', runMeantime],
    ['tempeval', runTempevalSet],
    ['polnear', runPolnearSet],
    ['html', runHtml],
    ['fixtures', runFixtures],
  ];
  // A set that crashes (a product module that no longer loads, say) is reported and the others run.
  let crashed = false;
  for (const [name, runSet] of sets) {
    if (options.set !== 'all' && options.set !== name) continue;
    const t0 = performance.now();
    try {
      await runSet(options, io);
      io.out(`(${name}: ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
    } catch (error) {
      crashed = true;
      io.out('');
      io.out(`${name}: not available (${messageOf(error)})`);
      io.err(`eval: ${name} crashed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  }
  return crashed ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const code = await main(process.argv.slice(2), {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    env: process.env,
  });
  process.exitCode = code;
}
