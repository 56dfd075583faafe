// How far choosing sentences can take open questions, measured honestly: a logistic regression over
// every development-note sentence's grammatical features (sentence-features.ts; whether a rule asks
// about the sentence among them), scored by k-fold cross-validation over ARTICLES (a fold's
// articles are never seen in its training). Prints the held-out precision and share of anchored
// sentences kept at each threshold, for all sentences, those a rule asks about and the rest; the
// grounded share of each article's first k questions in the rules' order and in the model's; and
// the weights trained on all notes. `--list` prints the held-out scores of the sentences no rule
// asks about that score 0.5 or more.
//
//   npx tsx scripts/eval/train-selection.ts [--folds 5] [--list]
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readArticle } from '../../src/ingest/index.js';
import { readQuestionsInput } from '../../src/extract/index.js';
import { buildRuleContext, draftAllRules, rankQuestionDrafts } from '../../src/extract/questions/index.js';
import { scoreSentence, sentenceFeatures, type Features } from './sentence-features.js';
import { findAnchor } from './brief-score.js';
import { readDevNotes, referenceTimeOf } from './dev-notes.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const shared = process.env['NEWSBRIEF_SHARED'] ?? path.resolve(repo, '..', 'shared');
const foldsAt = process.argv.indexOf('--folds');
const FOLDS = foldsAt > 0 ? Number(process.argv[foldsAt + 1]) : 5;

interface Row {
  id: string;
  i: number;
  text: string;
  fold: number;
  label: boolean;
  f: Features;
}

/** A fixed fold per article, from a hash of its id. */
const foldOf = (id: string): number => createHash('sha256').update(id).digest()[0]! % FOLDS;

/** Each article's questions in the product's order, by the index of the sentence each is asked about. */
const asked = new Map<string, { i: number; weight: number }[]>();

async function readRows(): Promise<Row[]> {
  const rows: Row[] = [];
  for (const note of await readDevNotes((l) => console.error(l))) {
    const published = await referenceTimeOf(note, shared);
    const { article, referenceTime } = await readArticle(path.join(shared, note.input), { published });
    const input = readQuestionsInput(article, { referenceTime });
    const ctx = buildRuleContext(input);
    const all = draftAllRules(input);
    asked.set(note.id, rankQuestionDrafts(input).map((d) => ({ i: d.sentence.i, weight: d.weight })));
    const spans = note.uncertainties.flatMap((u) => findAnchor(article.text, u.anchor));
    for (const s of input.analysis.sentences) {
      const ruled = (all.get(s.i) ?? []).length > 0;
      const f = { ...sentenceFeatures(input.analysis, s, ctx), ...(ruled ? { 'via-rule': 1 } : {}) };
      const label = spans.some((x) => x.start < s.end && s.start < x.end);
      rows.push({ id: note.id, i: s.i, text: article.text.slice(s.start, s.end).replace(/\s+/g, ' '), fold: foldOf(note.id), label, f });
    }
  }
  return rows;
}

type Weights = Record<string, number>;

/** Logistic regression by full-batch gradient descent with an L2 penalty: deterministic, no dependency. */
function train(rows: readonly Row[], l2 = 1, steps = 2000, rate = 0.5): Weights {
  const names = [...new Set(rows.flatMap((r) => Object.keys(r.f)))].sort();
  const w: Weights = Object.fromEntries(['bias', ...names].map((n) => [n, 0]));
  for (let step = 0; step < steps; step++) {
    const grad: Weights = Object.fromEntries(Object.keys(w).map((n) => [n, 0]));
    for (const r of rows) {
      const err = scoreSentence(r.f, w) - (r.label ? 1 : 0);
      grad['bias']! += err;
      for (const [n, v] of Object.entries(r.f)) if (v) grad[n]! += err * v;
    }
    for (const n of Object.keys(w)) w[n]! -= (rate * (grad[n]! + (n === 'bias' ? 0 : l2 * w[n]!))) / rows.length;
  }
  return w;
}

const rows = await readRows();
const positives = rows.filter((r) => r.label).length;
console.log(`${rows.length} sentences in ${new Set(rows.map((r) => r.id)).size} articles, ${positives} hold an anchor (${(positives / rows.length).toFixed(3)})`);
// Each row scored by the model trained without its article's fold.
const cv = rows.map(() => 0);
for (let k = 0; k < FOLDS; k++) {
  const w = train(rows.filter((r) => r.fold !== k));
  rows.forEach((r, i) => {
    if (r.fold === k) cv[i] = scoreSentence(r.f, w);
  });
}
const table = (title: string, of: { r: Row; p: number }[]): void => {
  const hits = of.filter((x) => x.r.label).length;
  console.log(`\n${title}: ${of.length} sentences, ${hits} hold an anchor`);
  console.log('| threshold | kept | with anchor | precision | share of the anchored kept |');
  console.log('|---|---|---|---|---|');
  for (const th of [0.2, 0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8]) {
    const kept = of.filter((x) => x.p >= th);
    const hit = kept.filter((x) => x.r.label).length;
    console.log(`| ${th} | ${kept.length} | ${hit} | ${kept.length ? (hit / kept.length).toFixed(3) : '-'} | ${hits ? (hit / hits).toFixed(3) : '-'} |`);
  }
};
const scored = rows.map((r, i) => ({ r, p: cv[i]! }));
console.log(`Cross-validated over articles (${FOLDS} folds).`);
table('Every sentence (selection alone, as if any sentence could be asked)', scored);
table('Sentences a rule asks about', scored.filter((x) => x.r.f['via-rule']));
table('Sentences no rule asks about', scored.filter((x) => !x.r.f['via-rule']));
// The order questions are shown in decides which ones a one-page brief keeps: the share grounded
// among each article's first k, in the product's order and in the order of the held-out scores.
const byKey = new Map(scored.map((x) => [`${x.r.id}#${x.r.i}`, x]));
console.log('\nGrounded share of the first k questions per article, ordered by the rules\' weight w, by the held-out score p, and by p + λw');
const LAMBDAS = [0.05, 0.1, 0.2, 0.3];
console.log(`| k | questions | w | p | ${LAMBDAS.map((l) => `p + ${l}w`).join(' | ')} |`);
console.log(`|---|---|---|---|${LAMBDAS.map(() => '---|').join('')}`);
for (const k of [1, 2, 3, 4]) {
  let n = 0;
  const hits = new Map<string, number>();
  const order = (name: string, xs: { x: (typeof scored)[number]; w: number }[], key: (y: { x: (typeof scored)[number]; w: number }) => number, top: number): void =>
    void hits.set(name, (hits.get(name) ?? 0) + [...xs].sort((a, b) => key(b) - key(a)).slice(0, top).filter((y) => y.x.r.label).length);
  for (const [id, drafts] of asked) {
    const xs = drafts.map((d) => ({ x: byKey.get(`${id}#${d.i}`)!, w: d.weight }));
    const top = Math.min(k, xs.length);
    n += top;
    order('w', xs, (y) => y.w, top);
    order('p', xs, (y) => y.x.p, top);
    for (const l of LAMBDAS) order(`${l}`, xs, (y) => y.x.p + l * y.w, top);
  }
  console.log(`| ${k} | ${n} | ${['w', 'p', ...LAMBDAS.map(String)].map((m) => ((hits.get(m) ?? 0) / n).toFixed(3)).join(' | ')} |`);
}
if (process.argv.includes('--list'))
  for (const x of scored) if (!x.r.f['via-rule'] && x.p >= 0.5) console.log(`LIST ${x.r.label ? '+' : '-'} ${x.p.toFixed(2)} [${Object.keys(x.r.f).join(',')}] ${x.r.text}`);
const w = train(rows);
const rounded = Object.fromEntries(Object.entries(w).map(([n, v]) => [n, Math.round(v * 1000) / 1000]));
console.log('\nWeights trained on all notes:', JSON.stringify(rounded));
