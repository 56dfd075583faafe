// The development notes' uncertainty anchors that no question covers, classed by the grammar of
// the sentence that holds them, beside what became of them: whether a rule drafts a question on
// that sentence at all, whether the cap on questions (`max`) or the merge of questions by topic
// drops it, or whether the anchor runs past one sentence. Also the question figures (grounded
// precision, recall) computed here as the eval computes them, with the cap lifted and with the
// page's four, to see what the cap and the one-page limit cost.
//
//   npx tsx scripts/eval/question-misses.ts [--list CLASS] [--dump FILE]
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readArticle } from '../../src/ingest/index.js';
import { readQuestionsInput } from '../../src/extract/index.js';
import { draftAllRules, rankQuestionDrafts, type QuestionsInput } from '../../src/extract/questions/index.js';
import type { Draft } from '../../src/extract/questions/rules.js';
import { findAnchor } from './brief-score.js';
import { readDevNotes, referenceTimeOf } from './dev-notes.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const shared = process.env['NEWSBRIEF_SHARED'] ?? path.resolve(repo, '..', 'shared');
const argv = process.argv.slice(2);
const valueOf = (flag: string): string | undefined => (argv.includes(flag) ? argv[argv.indexOf(flag) + 1] : undefined);

/** The grammar of an uncertain sentence, first match wins: the cue classes of cues.ts and the hedging literature it cites. */
const CLASSES: [string, RegExp][] = [
  ['question', /\?/],
  ['conditional', /\b(?:if|unless)\b/i],
  ['modal may/might/could', /\b(?:may|might|could)\b/i],
  ['future will/would/shall', /\b(?:will|would|shall|wo)\b|['’]ll\b|\bgoing to\b/i],
  ['obligation should/must', /\b(?:should|must|ought)\b/i],
  ['intention to-verb', /\b(?:plan|intend|hop|aim|seek|sought|want|wish|threaten|vow|pledg|promis|propos|prepar|tr(?:y|ies|ied)|attempt)\w*\s+to\b/i],
  ['predictive be X to', /\b(?:likely|unlikely|expected|set|due|poised|bound|scheduled|slated|projected|tipped)\s+to\b/i],
  ['stated unknown', /\b(?:unclear|uncertain|unknown|not (?:yet )?(?:known|clear|certain|sure)|whether|no (?:word|details?|indication|sign|explanation))\b/i],
  ['disputed / denied', /\b(?:den(?:y|ies|ied)|disput|reject|contest|refut|rebut|dismiss|accus|alleg|claim|insist)\w*/i],
  ['hedge word', /\b(?:possibl[ey]|probabl[ey]|perhaps|maybe|reportedly|apparently|seem|appear|believ|think|thought|suggest|suspect|fear|estimat|expect|speculat|rumou?r|understood|likely|potential)\w*/i],
  ['pending event', /\b(?:trial|hearing|appeal|vote|election|talks|negotiat|inquiry|investigat|review|summit|meeting|deadline|decision|consider|await)\w*/i],
  ['negation', /\b(?:not|n['’]t|never|no)\b/i],
  ['reported speech', /\b(?:said|says|told|according|reported|added|warned|argued)\b/i],
];

interface Miss {
  id: string;
  anchor: string;
  sentence: string;
  cls: string;
  fate: string;
  rules: string[];
}

const notes = (await readDevNotes((l) => console.error(l))).filter((n) => n.fields.includes('uncertainties'));
const misses: Miss[] = [];
const figures = new Map<string, { grounded: number; asked: number; covered: number; anchors: number }>();
const tallyFigures = (name: string, drafts: Draft[], input: QuestionsInput, spans: { start: number; end: number }[][]): void => {
  const f = figures.get(name) ?? { grounded: 0, asked: 0, covered: 0, anchors: 0 };
  const evid = (d: Draft): { start: number; end: number }[] => [d.sentence, ...d.context];
  const contains = (d: Draft, a: { start: number; end: number }[]): boolean => evid(d).some((e) => a.some((x) => e.start <= x.start && x.end <= e.end));
  const overlap = (d: Draft, a: { start: number; end: number }[]): boolean => evid(d).some((e) => a.some((x) => e.start < x.end && x.start < e.end));
  for (const d of drafts) {
    f.asked++;
    if (spans.some((a) => overlap(d, a))) f.grounded++;
  }
  for (const a of spans) {
    f.anchors++;
    if (drafts.some((d) => contains(d, a))) f.covered++;
  }
  void input;
  figures.set(name, f);
};

for (const note of notes) {
  const published = await referenceTimeOf(note, shared);
  const { article, referenceTime } = await readArticle(path.join(shared, note.input), { published });
  const input = readQuestionsInput(article, { referenceTime });
  const { analysis } = input;
  const spans = note.uncertainties.map((u) => findAnchor(article.text, u.anchor));
  const kept = rankQuestionDrafts(input);
  const uncapped = rankQuestionDrafts(input, { max: 1000 });
  tallyFigures('brief (max 8)', kept, input, spans);
  tallyFigures('page (first 4)', kept.slice(0, 4), input, spans);
  tallyFigures('no cap', uncapped, input, spans);
  const all = draftAllRules(input);
  const within = (d: Draft, a: { start: number; end: number }[]): boolean => [d.sentence, ...d.context].some((e) => a.some((x) => e.start <= x.start && x.end <= e.end));
  note.uncertainties.forEach((u, k) => {
    const a = spans[k]!;
    if (a.length === 0 || kept.some((d) => within(d, a))) return;
    const sents = analysis.sentences.filter((s) => a.some((x) => s.start < x.end && x.start < s.end));
    const sentence = sents.map((s) => article.text.slice(s.start, s.end)).join(' ').replace(/\s+/g, ' ');
    const cls = CLASSES.find(([, re]) => re.test(sentence))?.[0] ?? 'no cue';
    const rules = sents.flatMap((s) => (all.get(s.i) ?? []).map((d) => d.rule ?? ''));
    let fate: string;
    if (sents.length > 1) fate = 'anchor spans sentences';
    else if (uncapped.some((d) => within(d, a))) fate = 'dropped by the cap of 8';
    else if (rules.length > 0) fate = 'drafted, lost in ranking or merge';
    else fate = 'no rule drafts';
    misses.push({ id: note.id, anchor: u.anchor, sentence, cls, fate, rules });
  });
}

const pct = (n: number, d: number): string => (d === 0 ? '—' : (n / d).toFixed(3));
console.log(`${notes.length} notes`);
console.log('| questions kept | asked | grounded precision | recall |');
console.log('|---|---|---|---|');
for (const [name, f] of figures) console.log(`| ${name} | ${f.asked} | ${pct(f.grounded, f.asked)} (${f.grounded}) | ${pct(f.covered, f.anchors)} (${f.covered}/${f.anchors}) |`);
const fates = [...new Set(misses.map((m) => m.fate))].sort();
console.log(`\n${misses.length} anchors no question covers, by the grammar of their sentence and their fate`);
console.log(`| class | ${fates.join(' | ')} | total |`);
console.log(`|---|${fates.map(() => '---').join('|')}|---|`);
for (const cls of [...CLASSES.map(([c]) => c), 'no cue']) {
  const xs = misses.filter((m) => m.cls === cls);
  console.log(`| ${cls} | ${fates.map((f) => xs.filter((m) => m.fate === f).length).join(' | ')} | ${xs.length} |`);
}
const list = valueOf('--list');
if (list) for (const m of misses.filter((x) => x.cls === list || x.fate === list)) console.log(`  ${m.id} [${m.fate}${m.rules.length ? `: ${m.rules.join(',')}` : ''}] «${m.anchor}» ⟨${m.sentence}⟩`);
const dump = valueOf('--dump');
if (dump) await writeFile(dump, misses.map((m) => JSON.stringify(m)).join('\n') + '\n');
