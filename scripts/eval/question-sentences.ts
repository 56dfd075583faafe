// Sentence figures for open questions on the development notes: for each sentence, its
// grammatical features (src/extract/questions/select.ts) and whether an annotator marked an
// uncertainty in it. Prints, per feature, how many sentences carry it and what share of them hold
// an anchor, beside whether any rule asks about the sentence ('any-rule-builds') and whether the
// brief does ('asked-now'); `--dump FILE` writes the rows as JSON lines.
//
//   npx tsx scripts/eval/question-sentences.ts [--dump FILE]
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readArticle } from '../../src/ingest/index.js';
import { readQuestionsInput } from '../../src/extract/index.js';
import { buildRuleContext, draftAllRules, rankQuestionDrafts } from '../../src/extract/questions/index.js';
import { sentenceFeatures } from './sentence-features.js';
import { findAnchor } from './brief-score.js';
import { readDevNotes, referenceTimeOf } from './dev-notes.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const shared = process.env['NEWSBRIEF_SHARED'] ?? path.resolve(repo, '..', 'shared');
const dumpAt = process.argv.indexOf('--dump');
const notes = await readDevNotes((l) => console.error(l));
const rows: string[] = [];
const tally = new Map<string, { n: number; pos: number }>();
let total = 0;
let positives = 0;
for (const note of notes) {
  const published = await referenceTimeOf(note, shared);
  const { article, referenceTime } = await readArticle(path.join(shared, note.input), { published });
  const input = readQuestionsInput(article, { referenceTime });
  const { analysis } = input;
  const spans = note.uncertainties.flatMap((u) => findAnchor(article.text, u.anchor));
  const ctx = buildRuleContext(input);
  const all = draftAllRules(input);
  const kept = new Set(rankQuestionDrafts(input).flatMap((d) => [d.sentence.i]));
  for (const s of analysis.sentences) {
    const label = spans.some((x) => x.start < s.end && s.start < x.end);
    const f = sentenceFeatures(analysis, s, ctx);
    const built = (all.get(s.i) ?? []).map((d) => d.rule ?? '');
    f['any-rule-builds'] = built.length > 0 ? 1 : 0;
    f['asked-now'] = kept.has(s.i) ? 1 : 0;
    total++;
    if (label) positives++;
    for (const [k, v] of Object.entries(f)) {
      if (!v) continue;
      const t = tally.get(k) ?? { n: 0, pos: 0 };
      t.n++;
      if (label) t.pos++;
      tally.set(k, t);
    }
    rows.push(JSON.stringify({ id: note.id, i: s.i, label, f, built }));
  }
}
console.log(`${notes.length} notes, ${total} sentences, ${positives} hold an anchor (${(positives / total).toFixed(3)})`);
console.log('| feature | sentences | with anchor | share |');
console.log('|---|---|---|---|');
for (const [k, t] of [...tally].sort((x, y) => y[1].pos / y[1].n - x[1].pos / x[1].n))
  console.log(`| ${k} | ${t.n} | ${t.pos} | ${(t.pos / t.n).toFixed(2)} |`);
if (dumpAt > 0) await writeFile(process.argv[dumpAt + 1]!, rows.join('\n') + '\n');
