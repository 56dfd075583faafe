// Trains the sentence-selection model of the questions stage (src/extract/questions/select.ts) on
// the development notes and says how well it generalises: a logistic regression over every
// sentence's grammatical features (whether a rule asks about it among them), scored by k-fold cross-validation over ARTICLES (a fold's articles are never seen in
// its training), then trained once on all notes. `--write` stores those weights in
// src/extract/questions/selection-weights.ts; `--list` prints the held-out scores of the sentences
// no rule asks about.
//
//   npx tsx scripts/eval/train-selection.ts [--folds 5] [--write] [--list]
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readArticle } from '../../src/ingest/index.js';
import { readQuestionsInput } from '../../src/extract/index.js';
import { buildRuleContext, draftAllRules, rankQuestionDrafts } from '../../src/extract/questions/index.js';
import { scoreSentence, sentenceFeatures, type Features } from '../../src/extract/questions/select.js';
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
const asked = new Map<string, number[]>();

async function readRows(): Promise<Row[]> {
  const rows: Row[] = [];
  for (const note of await readDevNotes((l) => console.error(l))) {
    const published = await referenceTimeOf(note, shared);
    const { article, referenceTime } = await readArticle(path.join(shared, note.input), { published });
    const input = readQuestionsInput(article, { referenceTime });
    const ctx = buildRuleContext(input);
    const all = draftAllRules(input);
    asked.set(note.id, rankQuestionDrafts(input).map((d) => d.sentence.i));
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
console.log('\nGrounded share of the first k questions per article (product order / held-out score order)');
for (const k of [1, 2, 3, 4]) {
  let n = 0;
  let product = 0;
  let model = 0;
  for (const [id, order] of asked) {
    const xs = order.map((i) => byKey.get(`${id}#${i}`)!);
    const top = Math.min(k, xs.length);
    n += top;
    product += xs.slice(0, top).filter((x) => x.r.label).length;
    model += [...xs].sort((x, y) => y.p - x.p).slice(0, top).filter((x) => x.r.label).length;
  }
  console.log(`  k=${k}: ${n} questions, ${(product / n).toFixed(3)} / ${(model / n).toFixed(3)}`);
}
if (process.argv.includes('--list'))
  for (const x of scored) if (!x.r.f['via-rule'] && x.p >= 0.5) console.log(`LIST ${x.r.label ? '+' : '-'} ${x.p.toFixed(2)} [${Object.keys(x.r.f).join(',')}] ${x.r.text}`);
const w = train(rows);
const rounded = Object.fromEntries(Object.entries(w).map(([n, v]) => [n, Math.round(v * 1000) / 1000]));
console.log('\nWeights trained on all notes:', JSON.stringify(rounded));
if (process.argv.includes('--write')) {
  const file = path.join(repo, 'src', 'extract', 'questions', 'selection-weights.ts');
  const body = Object.entries(rounded).map(([n, v]) => `  '${n}': ${v},`).join('\n');
  await writeFile(
    file,
    `// Written by scripts/eval/train-selection.ts --write (a logistic regression trained on the\n// development notes; its cross-validated figures are printed by the same script). Do not edit by hand.\nexport const SELECTION_WEIGHTS: Readonly<Record<string, number>> = {\n${body}\n};\n`,
  );
  console.log(`wrote ${path.relative(repo, file)}`);
}
