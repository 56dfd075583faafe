// Scores the date extractor against TempEval-3 (tbaq, platinum), MEANTIME (dev, test) and the
// date part of the gold briefs, with chrono-node as-is beside every figure.
//   npx tsx scripts/eval/tempeval.ts [--errors tbaq|dev|briefs]
import { pathToFileURL } from 'node:url';
import { readFileSync, readdirSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import * as chrono from 'chrono-node';
import { analyseText, type Analysis } from '../../src/extract/nlp.js';
import { extractDates, type FoundDate } from '../../src/extract/dates/index.js';
import {
  addBriefScores, addCounts, canonicaliseValue, countTimexMatches, emptyBriefScores, emptyCounts, scoreBriefDates, summariseCounts,
  type BriefDateScores, type Timex, type TimexCounts,
} from './tempeval-score.js';

const SHARED = process.env['NEWSBRIEF_SHARED'] ? `${process.env['NEWSBRIEF_SHARED'].replace(/\/$/, '')}/` : new URL('../../../shared/', import.meta.url).pathname;

interface GoldDoc {
  id: string;
  text: string;
  ref: string;
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
  }));
}

function loadMeantime(name: string): GoldDoc[] {
  return (readJsonl(`${SHARED}eval/meantime/${name}.jsonl`) as Array<{ id: string; text: string; published: string; annotated_end: number; timexes: Timex[] }>).map((d) => ({
    id: d.id, text: d.text, ref: d.published, timexes: d.timexes, annotatedEnd: d.annotated_end, locale: 'en-US',
  }));
}

interface SetResult {
  ours: TimexCounts;
  chrono: TimexCounts;
  medianMs: number;
  chronoMedianMs: number;
  errors: string[];
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? 0 : s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

function scoreSet(docs: GoldDoc[], wantErrors: boolean): SetResult {
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
    theirs = addCounts(theirs, countTimexMatches(doc.timexes, chronoPredicted));
    if (wantErrors) errors.push(...listErrors(doc, predicted));
  }
  return { ours: mine, chrono: theirs, medianMs: median(times), chronoMedianMs: median(chronoTimes), errors };
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
  const a = summariseCounts(r.ours);
  const b = summariseCounts(r.chrono);
  const rows: Array<[string, string, string]> = [
    ['gold / predicted', `${r.ours.gold} / ${r.ours.system}`, `${r.chrono.gold} / ${r.chrono.system}`],
    ['strict P / R / F1', `${f3(a.strict.precision)} ${f3(a.strict.recall)} ${f3(a.strict.f1)}`, `${f3(b.strict.precision)} ${f3(b.strict.recall)} ${f3(b.strict.f1)}`],
    ['relaxed P / R / F1', `${f3(a.relaxed.precision)} ${f3(a.relaxed.recall)} ${f3(a.relaxed.f1)}`, `${f3(b.relaxed.precision)} ${f3(b.relaxed.recall)} ${f3(b.relaxed.f1)}`],
    ['type accuracy', f3(a.typeAccuracy), f3(b.typeAccuracy)],
    ['value accuracy', f3(a.valueAccuracy), f3(b.valueAccuracy)],
    ['value F1', f3(a.valueF1), f3(b.valueF1)],
    ['median ms / doc', r.medianMs.toFixed(2), r.chronoMedianMs.toFixed(2)],
  ];
  printTable(title, rows);
}

function printTable(title: string, rows: Array<[string, string, string]>): void {
  const w0 = Math.max(...rows.map((r) => r[0].length), 6);
  const w1 = Math.max(...rows.map((r) => r[1].length), 4);
  console.log(`\n${title}`);
  console.log(`${''.padEnd(w0)}  ${'ours'.padEnd(w1)}  chrono`);
  for (const [k, x, y] of rows) console.log(`${k.padEnd(w0)}  ${x.padEnd(w1)}  ${y}`);
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
      for (const g of brief.dates) if (!values.has(canonicaliseValue(g.value))) console.log(`MISS ${brief.id} ${JSON.stringify(g.text)} ${g.value}`);
      for (const d of calendar) if (!goldValues.has(canonicaliseValue(d.value))) console.log(`EXTRA ${brief.id} ${JSON.stringify(d.text)} ${d.value} (${d.certainty}) event=${JSON.stringify(d.event)}`);
    }
  }
  const row = (name: string, a: BriefDateScores, b: BriefDateScores): [string, string, string] => [
    name, `R ${f3(a.recall)} P ${f3(a.precision)} (${a.recalled}/${a.gold}, ${a.correct}/${a.predicted})`, `R ${f3(b.recall)} P ${f3(b.precision)} (${b.recalled}/${b.gold}, ${b.correct}/${b.predicted})`,
  ];
  printTable('Gold briefs — date values (text briefs: file minus headline; html: ground-truth body)', [
    row('all 11 briefs', sums.ours, sums.chrono),
    row('8 text briefs', sums.oursText, sums.chronoText),
    row('all, REF values counted', sums.oursWithRefs, sums.chrono),
    ['median ms / doc', median(times).toFixed(2), ''],
  ]);
}

/** Prints the TempEval-3, MEANTIME and gold-brief date tables; `--errors SET` lists a dev set's errors. */
export function main(argv: string[]): void {
  const errorsFor = argv.includes('--errors') ? argv[argv.indexOf('--errors') + 1] : undefined;
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
  const results = new Map<string, SetResult>();
  for (const [key, title, docs] of sets) {
    // Platinum's individual errors stay unseen: it is the held-out test set.
    const r = scoreSet(docs, errorsFor === key && key !== 'platinum');
    results.set(key, r);
    if (errorsFor === key) for (const e of r.errors) console.log(e);
    printTimexTable(title, r);
  }
  scoreBriefs(errorsFor === 'briefs');
  const platinum = summariseCounts(results.get('platinum')!.ours);
  console.log(`\nTarget: platinum value F1 ≥ 0.80 (HeidelTime 0.776): ${f3(platinum.valueF1)}`);
}

// Run directly (npx tsx scripts/eval/tempeval.ts), not when imported by run.ts.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
