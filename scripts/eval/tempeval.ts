// Scores dates against TempEval-3 (tbaq, platinum) and MEANTIME (dev, test) as users get them:
// each document written to a text file and read by extractFile (`newsbrief extract --published`),
// the brief's dates aligned back onto the record's text. Beside it, as a diagnosis, the date
// extractor called directly on the record's text (extractDates), and chrono-node as-is. Also the
// date part of the gold briefs by a direct call (the briefs set scores them through the product).
//   npx tsx scripts/eval/tempeval.ts [--errors tbaq|dev|briefs]
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readFileSync, readdirSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import * as chrono from 'chrono-node';
import { analyseText, type Analysis } from '../../src/extract/nlp.js';
import { extractDates, type FoundDate } from '../../src/extract/dates/index.js';
import {
  addBriefScores, addCounts, canonicaliseValue, countTimexMatches, emptyBriefScores, emptyCounts, scoreBriefDates, summariseCounts,
  type BriefDateScores, type Timex, type TimexCounts,
} from './tempeval-score.js';
import { scoreProductTimexes, scoreRefusedTimexes } from './product-timexes.js';
import { runProduct, type ProductJob } from './product-pool.js';
import { MEANTIME_INPUT, meantimeJob, tempevalJob } from './product-inputs.js';
import { groupByReason, table } from './table.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
let SHARED = `${(process.env['NEWSBRIEF_SHARED'] ?? path.resolve(repoRoot, '..', 'shared')).replace(/\/$/, '')}/`;
let out: (line: string) => void = (line) => process.stdout.write(`${line}\n`);

interface GoldDoc {
  id: string;
  text: string;
  ref: string;
  /** What a user gives the product: the file and --published. */
  job: ProductJob;
  timexes: Timex[];
  /** Gold exists only before this offset (MEANTIME). */
  annotatedEnd: number;
  locale: 'en-GB' | 'en-US';
}

type System = (doc: { text: string; ref: string; locale: 'en-GB' | 'en-US'; analysis: Analysis }) => Timex[];

const TYPES = { date: 'DATE', time: 'TIME', duration: 'DURATION', set: 'SET' } as const;

/** Our dates the way TimeML annotates them: ranges as their two ends, TimeML's own values. */
export function toTimexes(dates: readonly FoundDate[]): Timex[] {
  return dates.flatMap((d) => (d.parts ?? [d]).map((p) => ({
    start: p.start,
    end: p.end,
    type: p.timeml?.type ?? TYPES[p.kind],
    value: p.timeml?.value ?? p.value,
  })));
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** chrono-node as-is: its start component as YYYY-MM-DD / YYYY-MM / YYYY by its certainty flags. */
function runChrono(text: string, ref: string): Array<{ start: number; end: number; value: string }> {
  return chrono.parse(text, new Date(ref)).map((r) => {
    const c = r.start;
    const y = c.get('year') ?? 0;
    const m = c.get('month') ?? 1;
    const d = c.get('day') ?? 1;
    const value = c.isCertain('day') ? `${y}-${pad2(m)}-${pad2(d)}` : c.isCertain('month') ? `${y}-${pad2(m)}` : `${y}`;
    return { start: r.index, end: r.index + r.text.length, value };
  });
}

const ours: System = ({ analysis, ref, locale }) => toTimexes(extractDates(analysis, { referenceTime: ref, locale }));
const baseline: System = ({ text, ref }) => runChrono(text, ref).map((r) => ({ ...r, type: 'DATE' }));

function readJsonl(path: string): unknown[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as unknown);
}

function loadTempEval(name: string): GoldDoc[] {
  return (readJsonl(`${SHARED}eval/tempeval3/${name}.jsonl`) as Array<{ id: string; text: string; dct: string; timexes: Timex[] }>).map((d) => ({
    id: d.id, text: d.text, ref: d.dct, timexes: d.timexes, annotatedEnd: d.text.length, locale: 'en-US',
    job: tempevalJob(d),
  }));
}

function loadMeantime(name: string): GoldDoc[] {
  return (readJsonl(`${SHARED}eval/meantime/${name}.jsonl`) as Array<{ id: string; title: string; text: string; published: string; annotated_end: number; timexes: Timex[] }>).map((d) => ({
    id: d.id, text: d.text, ref: d.published, timexes: d.timexes, annotatedEnd: d.annotated_end, locale: 'en-US',
    job: meantimeJob(d),
  }));
}

interface SetResult {
  product: ProductResult;
  ours: TimexCounts;
  chrono: TimexCounts;
  medianMs: number;
  chronoMedianMs: number;
  errors: string[];
}

interface ProductResult {
  docs: number;
  accepted: number;
  counts: TimexCounts;
  /** Gold timexes in text the product dropped (counted as missed). */
  dropped: number;
  refused: string[];
  ms: number[];
  /** Per document: null when refused, else the brief's timexes and the gold ones in dropped text. */
  perDoc: Map<string, { predicted: Timex[]; dropped: Timex[] } | null>;
  /** Gold timexes the direct call values right and the product does not, by why. */
  gap: { droppedOrRefused: number; otherValue: number; notGiven: number };
  /** The gap's items, one line each, for --errors. */
  gapLines: string[];
}

/** The documents through extractFile: each as a text file with --published. */
async function scoreProduct(docs: GoldDoc[]): Promise<ProductResult> {
  const results = await runProduct(docs.map((d) => d.job));
  const r: ProductResult = {
    docs: docs.length, accepted: 0, counts: emptyCounts(), dropped: 0, refused: [], ms: [], perDoc: new Map(), gap: { droppedOrRefused: 0, otherValue: 0, notGiven: 0 }, gapLines: [],
  };
  docs.forEach((doc, i) => {
    const result = results[i]!;
    if (!result.ok) {
      r.refused.push(`${doc.id}: ${result.reason}`);
      r.counts = addCounts(r.counts, scoreRefusedTimexes(doc));
      r.perDoc.set(doc.id, null);
      return;
    }
    r.accepted++;
    r.ms.push(result.ms);
    const scored = scoreProductTimexes(doc, result.brief);
    r.counts = addCounts(r.counts, scored.counts);
    r.dropped += scored.dropped.length;
    r.perDoc.set(doc.id, { predicted: scored.predicted, dropped: scored.dropped });
  });
  return r;
}

/** Counts, for the gold timexes the direct call values right, why the product does not. */
function explainGap(doc: GoldDoc, direct: readonly Timex[], product: ProductResult): void {
  const mine = product.perDoc.get(doc.id);
  if (mine === undefined) return;
  const overlapping = (xs: readonly Timex[], g: Timex): Timex | undefined => xs.find((x) => x.start < g.end && g.start < x.end);
  const where = (g: Timex): string => `${doc.id} ${doc.ref} ${JSON.stringify(doc.text.slice(g.start, g.end))} gold ${g.value}`;
  for (const g of doc.timexes) {
    if (overlapping(direct, g)?.value !== g.value) continue;
    if (mine === null || mine.dropped.includes(g)) {
      product.gap.droppedOrRefused++;
      product.gapLines.push(`PRODUCT DROPPED ${where(g)}`);
    } else {
      const p = overlapping(mine.predicted, g);
      if (p === undefined) {
        product.gap.notGiven++;
        product.gapLines.push(`PRODUCT NOT GIVEN ${where(g)}`);
      } else if (p.value !== g.value) {
        product.gap.otherValue++;
        product.gapLines.push(`PRODUCT VALUE ${where(g)} product ${p.value}`);
      }
    }
  }
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? 0 : s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

function scoreSet(docs: GoldDoc[], wantErrors: boolean, product: ProductResult): SetResult {
  let mine = emptyCounts();
  let theirs = emptyCounts();
  const times: number[] = [];
  const chronoTimes: number[] = [];
  const errors: string[] = [];
  for (const doc of docs) {
    const analysis = analyseText(doc.text);
    const input = { text: doc.text, ref: doc.ref, locale: doc.locale, analysis };
    let t0 = performance.now();
    const predicted = ours(input).filter((t) => t.start < doc.annotatedEnd);
    times.push(performance.now() - t0);
    t0 = performance.now();
    const chronoPredicted = baseline(input).filter((t) => t.start < doc.annotatedEnd);
    chronoTimes.push(performance.now() - t0);
    mine = addCounts(mine, countTimexMatches(doc.timexes, predicted));
    explainGap(doc, predicted, product);
    theirs = addCounts(theirs, countTimexMatches(doc.timexes, chronoPredicted));
    if (wantErrors) errors.push(...listErrors(doc, predicted));
  }
  return { product, ours: mine, chrono: theirs, medianMs: median(times), chronoMedianMs: median(chronoTimes), errors };
}

function listErrors(doc: GoldDoc, predicted: Timex[]): string[] {
  const out: string[] = [];
  const snippet = (t: Timex): string => JSON.stringify(doc.text.slice(t.start, t.end));
  const context = (t: Timex): string => doc.text.slice(Math.max(0, t.start - 50), t.end + 30).replace(/\s+/g, ' ');
  for (const g of doc.timexes) {
    const p = predicted.find((x) => x.start < g.end && g.start < x.end);
    if (!p) out.push(`MISS ${doc.id} ${doc.ref} ${snippet(g)} ${g.type} ${g.value} | ${context(g)}`);
    else if (p.value !== g.value) out.push(`VALUE ${doc.id} ${doc.ref} ${snippet(g)}→${snippet(p)} gold ${g.type} ${g.value} ours ${p.type} ${p.value} | ${context(g)}`);
  }
  for (const p of predicted) {
    if (!doc.timexes.some((g) => p.start < g.end && g.start < p.end)) out.push(`EXTRA ${doc.id} ${doc.ref} ${snippet(p)} ${p.type} ${p.value} | ${context(p)}`);
  }
  return out;
}

const f3 = (x: number): string => x.toFixed(3);

function printTimexTable(title: string, r: SetResult): void {
  const p = summariseCounts(r.product.counts);
  const a = summariseCounts(r.ours);
  const b = summariseCounts(r.chrono);
  const prf = (x: { precision: number; recall: number; f1: number }): string => `${f3(x.precision)} ${f3(x.recall)} ${f3(x.f1)}`;
  const rows: string[][] = [
    ['documents accepted', `${r.product.accepted}/${r.product.docs}`, `${r.product.docs}/${r.product.docs}`, `${r.product.docs}/${r.product.docs}`],
    ['gold timexes in text the product dropped (missed)', `${r.product.dropped}`, '—', ''],
    [
      'valued right by extractDates, not through the product: dropped or refused / other value / not given',
      `${r.product.gap.droppedOrRefused} / ${r.product.gap.otherValue} / ${r.product.gap.notGiven}`, '—', '',
    ],
    ['gold / predicted', `${r.product.counts.gold} / ${r.product.counts.system}`, `${r.ours.gold} / ${r.ours.system}`, `${r.chrono.gold} / ${r.chrono.system}`],
    ['strict P / R / F1', prf(p.strict), prf(a.strict), prf(b.strict)],
    ['relaxed P / R / F1', prf(p.relaxed), prf(a.relaxed), prf(b.relaxed)],
    ['type accuracy', f3(p.typeAccuracy), f3(a.typeAccuracy), f3(b.typeAccuracy)],
    ['value accuracy', f3(p.valueAccuracy), f3(a.valueAccuracy), f3(b.valueAccuracy)],
    ['value F1', f3(p.valueF1), f3(a.valueF1), f3(b.valueF1)],
    ['median ms / doc', r.product.ms.length === 0 ? '—' : median(r.product.ms).toFixed(2), r.medianMs.toFixed(2), r.chronoMedianMs.toFixed(2)],
  ];
  out('');
  out(title);
  for (const line of table(['', 'extract (product)', 'extractDates (diagnosis)', 'chrono'], rows)) out(line);
  for (const x of groupByReason(r.product.refused)) out(`  refused by the product (all their timexes missed): ${x}`);
}

function printTable(title: string, rows: Array<[string, string, string]>): void {
  out('');
  out(title);
  for (const line of table(['', 'extractDates (diagnosis)', 'chrono'], rows)) out(line);
}

// ---- gold briefs -------------------------------------------------------------------------------

interface GoldBrief {
  id: string;
  input: string;
  format: 'text' | 'html';
  published: string;
  dates: Array<{ text: string; value: string }>;
}

const REF_VALUES = /^(?:PRESENT|PAST|FUTURE)_REF$/;

/** The brief's article text: a text file minus its headline; an HTML page's ground-truth body. */
function readBriefText(brief: GoldBrief): string {
  if (brief.format === 'text') return readFileSync(`${SHARED}${brief.input}`, 'utf8').split('\n').slice(1).join('\n');
  const id = brief.input.split('/').pop()!.replace(/\.html\.gz$/, '');
  const truth = JSON.parse(readFileSync(`${SHARED}eval/html/ground-truth.json`, 'utf8')) as Record<string, { articleBody: string }>;
  return truth[id]!.articleBody;
}

function scoreBriefs(wantErrors: boolean): void {
  const dir = `${SHARED}eval/briefs/`;
  const sums = { ours: emptyBriefScores(), oursWithRefs: emptyBriefScores(), chrono: emptyBriefScores(), oursText: emptyBriefScores(), chronoText: emptyBriefScores() };
  const times: number[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const brief = JSON.parse(readFileSync(dir + file, 'utf8')) as GoldBrief;
    const text = readBriefText(brief);
    const analysis = analyseText(text);
    const locale = brief.format === 'html' ? 'en-US' : 'en-GB';
    const t0 = performance.now();
    const dates = extractDates(analysis, { referenceTime: brief.published, locale }).filter((d) => d.kind === 'date' || d.kind === 'time');
    times.push(performance.now() - t0);
    const gold = brief.dates.map((d) => d.value);
    const calendar = dates.filter((d) => !REF_VALUES.test(d.value));
    const mine = scoreBriefDates(gold, calendar.map((d) => d.value));
    const theirs = scoreBriefDates(gold, runChrono(text, brief.published).map((r) => r.value));
    sums.ours = addBriefScores(sums.ours, mine);
    sums.oursWithRefs = addBriefScores(sums.oursWithRefs, scoreBriefDates(gold, dates.map((d) => d.value)));
    sums.chrono = addBriefScores(sums.chrono, theirs);
    if (brief.format === 'text') {
      sums.oursText = addBriefScores(sums.oursText, mine);
      sums.chronoText = addBriefScores(sums.chronoText, theirs);
    }
    if (wantErrors) {
      const values = new Set(calendar.map((d) => canonicaliseValue(d.value)));
      const goldValues = new Set(gold.map(canonicaliseValue));
      for (const g of brief.dates) if (!values.has(canonicaliseValue(g.value))) out(`MISS ${brief.id} ${JSON.stringify(g.text)} ${g.value}`);
      for (const d of calendar) if (!goldValues.has(canonicaliseValue(d.value))) out(`EXTRA ${brief.id} ${JSON.stringify(d.text)} ${d.value} (${d.certainty}) event=${JSON.stringify(d.event)}`);
    }
  }
  const row = (name: string, a: BriefDateScores, b: BriefDateScores): [string, string, string] => [
    name, `R ${f3(a.recall)} P ${f3(a.precision)} (${a.recalled}/${a.gold}, ${a.correct}/${a.predicted})`, `R ${f3(b.recall)} P ${f3(b.precision)} (${b.recalled}/${b.gold}, ${b.correct}/${b.predicted})`,
  ];
  printTable('Gold briefs — date values by a direct call (text briefs: file minus headline; html: ground-truth body); the briefs set scores them through the product', [
    row('all 11 briefs', sums.ours, sums.chrono),
    row('8 text briefs', sums.oursText, sums.chronoText),
    row('all, REF values counted', sums.oursWithRefs, sums.chrono),
    ['median ms / doc', median(times).toFixed(2), ''],
  ]);
}

export interface TempevalOptions {
  sharedDir: string;
  /** List a development set's errors (direct call): tbaq, dev or briefs. */
  errors?: string;
}

/**
 * Prints the TempEval-3, MEANTIME and gold-brief date tables. The product column is what users
 * get; the direct call says how much of the gap is the extractor and how much is the way in.
 */
export async function runTempeval(options: TempevalOptions, io: { out: (line: string) => void }): Promise<void> {
  SHARED = `${options.sharedDir.replace(/\/$/, '')}/`;
  out = io.out;
  const errorsFor = options.errors;
  // Warm up the NLP model and the regexes so that timings measure steady state.
  const warm = analyseText('On Tuesday, 11 July 2023, the summit opened two hours ago.');
  for (let i = 0; i < 50; i++) extractDates(warm, { referenceTime: '2023-06-07T12:00:00Z' });
  runChrono('On Tuesday, 11 July 2023', '2023-06-07');

  const sets: Array<[string, string, GoldDoc[]]> = [
    ['tbaq', 'TempEval-3 TBAQ (training; tuned on)', loadTempEval('tbaq')],
    ['platinum', 'TempEval-3 platinum (official test; report only)', loadTempEval('platinum')],
    ['dev', 'MEANTIME dev (annotated part)', loadMeantime('dev')],
    ['test', 'MEANTIME test (annotated part)', loadMeantime('test')],
  ];
  out('');
  out(
    'Dates through the product: each document as a text file read by extractFile with --published (TempEval-3: the record\'s text as it is, ' +
      `--published = its DCT, midnight UTC for a date; MEANTIME: ${MEANTIME_INPUT}). ` +
      'The brief\'s dates are aligned onto the record\'s text; gold timexes in text the product dropped, and every timex of a refused document, count as missed. ' +
      'Dates read from page metadata and dates in the title line are not timexes of the text and are left out. ' +
      'The brief writes some dates otherwise than TimeML (a part of day as its date, no *_REF values; a range is scored by its two ends), and reads numeric dates day first.',
  );
  const results = new Map<string, SetResult>();
  for (const [key, title, docs] of sets) {
    const product = await scoreProduct(docs);
    // Platinum's individual errors stay unseen: it is the held-out test set.
    const r = scoreSet(docs, errorsFor === key && key !== 'platinum', product);
    results.set(key, r);
    if (errorsFor === key) for (const e of [...r.errors, ...r.product.gapLines]) out(e);
    printTimexTable(title, r);
  }
  scoreBriefs(errorsFor === 'briefs');
  const platinum = results.get('platinum')!;
  out('');
  out(`Target: platinum value F1 ≥ 0.80 (HeidelTime 0.776): through the product ${f3(summariseCounts(platinum.product.counts).valueF1)}; extractDates ${f3(summariseCounts(platinum.ours).valueF1)}`);
}

/** CLI: `--errors SET` lists a development set's errors. */
export async function main(argv: string[], io: { out: (line: string) => void } = { out }): Promise<void> {
  const errors = argv.includes('--errors') ? argv[argv.indexOf('--errors') + 1] : undefined;
  await runTempeval({ sharedDir: SHARED, ...(errors === undefined ? {} : { errors }) }, io);
}

// Run directly (npx tsx scripts/eval/tempeval.ts), not when imported by run.ts.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main(process.argv.slice(2));
