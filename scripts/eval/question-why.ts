// Why each development-note uncertainty anchor with an explicit cue got no question: no rule's cue
// matched its sentence, a rule's cue matched but its builder refused (with the refusal noted), a
// draft was merged into another question by topic, or the cap on questions ranked it out. Counted
// per cue class, with the anchors listed under --list CUE.
//
//   npx tsx scripts/eval/question-why.ts [--list CUE] [--bucket TEXT] [--cache FILE]
//
// --cache keeps the read articles (analysis, dates, claims, actors) in FILE, so that a second run
// after a change to the question rules alone skips the reading.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { readArticle } from '../../src/ingest/index.js';
import { readQuestionsInput } from '../../src/extract/index.js';
import { buildRuleContext, rankQuestionDrafts, type QuestionsInput } from '../../src/extract/questions/index.js';
import { SENTENCE_RULES, type Draft } from '../../src/extract/questions/rules.js';
import { noteSubjectMisses } from '../../src/extract/questions/clause.js';
import { findAnchor } from './brief-score.js';
import { readDevNotes, referenceTimeOf } from './dev-notes.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const shared = process.env['NEWSBRIEF_SHARED'] ?? path.resolve(repo, '..', 'shared');
const argv = process.argv.slice(2);
const valueOf = (flag: string): string | undefined => (argv.includes(flag) ? argv[argv.indexOf(flag) + 1] : undefined);

/** The explicit cues of an uncertain sentence, first match wins (the classes the brief counted). */
const CUES: [string, RegExp][] = [
  ['if/unless/whether', /\b(?:if|unless|whether)\b/i],
  ['could/might/may', /\b(?:could|might|may)\b/i],
  ['will', /\b(?:will|shall|won['’]t)\b|['’]ll\b/i],
  ['would', /\bwould\b/i],
  ['should', /\b(?:should|must|ought)\b/i],
  ['expect/due/plan/set to', /\b(?:expect\w*|due|plan\w*|set|scheduled|poised|intend\w*|aim\w*|hop(?:e|es|ed|ing))\s+to\b/i],
  ['likely/possible', /\b(?:likely|unlikely|possibl[ey]|probabl[ey]|perhaps|maybe)\b/i],
  ['unclear/unknown/yet to', /\b(?:unclear|uncertain|unknown|not (?:yet )?(?:known|clear)|yet to)\b/i],
  ['believe/think/seem/suggest/fear/hope', /\b(?:believ|think|thought|seem|appear|suggest|fear|hope|suspect)\w*/i],
  ['claim/deny/alleged', /\b(?:claim|den(?:y|ies|ied)|alleg|accus|insist|reject|disput)\w*/i],
  ['decide/vote/talks/review/appeal', /\b(?:decid|decision|vote|ballot|talks|review|appeal|trial|hearing|inquiry|investigat|election|consider)\w*/i],
];

/** The rules written for each cue class: the refusal shown is theirs where they fired (an earlier rule with a broader cue refusing says little). */
const DESIGNATED: Record<string, string[]> = {
  'if/unless/whether': ['conditional', 'modalClause', 'hedgedModal', 'embeddedQuestion'],
  'could/might/may': ['modalClause', 'hedgedModal'],
  will: ['modalClause', 'forecast'],
  would: ['modalClause', 'forecast'],
  should: ['recommendation'],
  'expect/due/plan/set to': ['predictivePhrase', 'intention'],
  'likely/possible': ['predictivePhrase', 'hedgedExtraposition', 'hedgedClause'],
  'unclear/unknown/yet to': ['withheld', 'embeddedQuestion', 'notYetDone'],
  'believe/think/seem/suggest/fear/hope': ['apparentClause', 'singleSource', 'contestedClaim', 'suggestedContent'],
  'claim/deny/alleged': ['disputedClaim', 'claimDenied', 'contestedClaim'],
  'decide/vote/talks/review/appeal': ['upcomingEvent', 'deliberation', 'embeddedQuestion'],
};

interface Input {
  id: string;
  input: QuestionsInput;
  anchors: string[];
}

async function readInputs(): Promise<Input[]> {
  const cache = valueOf('--cache');
  if (cache && existsSync(cache)) return deserialize(readFileSync(cache)) as Input[];
  const notes = (await readDevNotes((l) => console.error(l))).filter((n) => n.fields.includes('uncertainties'));
  const out: Input[] = [];
  for (const note of notes) {
    const published = await referenceTimeOf(note, shared);
    const { article, referenceTime } = await readArticle(path.join(shared, note.input), { published });
    out.push({ id: note.id, input: readQuestionsInput(article, { referenceTime }), anchors: note.uncertainties.map((u) => u.anchor) });
  }
  if (cache) writeFileSync(cache, serialize(out));
  return out;
}

/** Why the sentence gave no kept question. */
function fateOf(input: QuestionsInput, s: { i: number; start: number; end: number }, kept: Draft[], uncapped: Draft[], cue: string): string {
  const text = input.analysis.text.slice(s.start, s.end);
  const refusals: string[] = [];
  const ctx = { ...buildRuleContext(input), refusals };
  const sentence = ctx.analysis.sentences[s.i]!;
  const fired: string[] = [];
  let first: string | null = null;
  for (const rule of SENTENCE_RULES) {
    if (!rule.cue.test(text)) continue;
    refusals.length = 0;
    const d = noteSubjectMisses(refusals, () => rule.ask(ctx, sentence));
    if (d) {
      first = rule.ask.name;
      break;
    }
    fired.push(`${rule.ask.name}${refusals[0] ? `: ${refusals[0]}` : ''}`);
  }
  if (first) {
    const inside = (d: Draft): boolean => [d.sentence, ...d.context].some((e) => e.i === s.i);
    if (uncapped.some(inside) && !kept.some(inside)) return `ranked out by the cap (${first})`;
    return `drafted by ${first}, merged or lost`;
  }
  if (fired.length === 0) return 'no rule cue matched';
  const own = DESIGNATED[cue] ?? [];
  const mine = own.map((r) => fired.find((f) => f === r || f.startsWith(`${r}:`))).find(Boolean);
  return `refused: ${mine ?? fired[0]}`;
}

const inputs = await readInputs();
const rows: { cue: string; fate: string; id: string; anchor: string; sentence: string; all: string }[] = [];
let anchorsFound = 0;
let asked = 0;
const dumped: string[] = [];
let grounded = 0;
let covered = 0;
for (const { id, input, anchors } of inputs) {
  const { analysis } = input;
  const kept = rankQuestionDrafts(input);
  const uncapped = rankQuestionDrafts(input, { max: 1000 });
  asked += kept.length;
  const spansAll = anchors.map((x) => findAnchor(analysis.text, x));
  for (const d of kept) {
    const g = [d.sentence, ...d.context].some((e) => spansAll.some((a) => a.some((x) => e.start < x.end && x.start < e.end)));
    dumped.push(JSON.stringify({ id, rule: d.rule, g, text: d.text, sentence: analysis.text.slice(d.sentence.start, d.sentence.end).replace(/\s+/g, ' ') }));
  }
  grounded += kept.filter((d) => [d.sentence, ...d.context].some((e) => spansAll.some((a) => a.some((x) => e.start < x.end && x.start < e.end)))).length;
  const within = (d: Draft, a: { start: number; end: number }[]): boolean => [d.sentence, ...d.context].some((e) => a.some((x) => e.start <= x.start && x.end <= e.end));
  for (const anchor of anchors) {
    const a = findAnchor(analysis.text, anchor);
    if (a.length === 0) continue;
    anchorsFound++;
    if (kept.some((d) => within(d, a))) {
      covered++;
      continue;
    }
    const sents = analysis.sentences.filter((s) => a.some((x) => s.start < x.end && x.start < s.end));
    const sentence = sents.map((s) => analysis.text.slice(s.start, s.end)).join(' ').replace(/\s+/g, ' ');
    const cue = CUES.find(([, re]) => re.test(sentence))?.[0];
    if (!cue) continue;
    const fate = sents.length !== 1 ? 'anchor spans sentences' : fateOf(input, sents[0]!, kept, uncapped, cue);
    rows.push({ cue, fate, id, anchor, sentence, all: fate });
  }
}

console.log(`questions ${asked}, grounded precision ${(grounded / asked).toFixed(3)} (${grounded}); recall ${(covered / anchorsFound).toFixed(3)} (${covered}/${anchorsFound}); missed with a cue ${rows.length}`);
const bucket = (f: string): string => f.replace(/^(refused: \w+).*/, '$1').replace(/^(drafted by) \w+.*/, '$1 …, merged or lost').replace(/^(ranked out by the cap).*/, '$1');
const buckets = [...new Set(rows.map((r) => bucket(r.fate)))];
const total = (b: string): number => rows.filter((r) => bucket(r.fate) === b).length;
buckets.sort((x, y) => total(y) - total(x));
const cues = CUES.map(([c]) => c);
console.log(`| bucket | ${cues.join(' | ')} | total |`);
console.log(`|---|${cues.map(() => '---').join('|')}|---|`);
for (const b of buckets) console.log(`| ${b} | ${cues.map((c) => rows.filter((r) => r.cue === c && bucket(r.fate) === b).length).join(' | ')} | ${total(b)} |`);
console.log(`| total | ${cues.map((c) => rows.filter((r) => r.cue === c).length).join(' | ')} | ${rows.length} |`);
const causes = new Map<string, number>();
for (const r of rows) if (r.fate.startsWith('refused')) causes.set(r.fate, (causes.get(r.fate) ?? 0) + 1);
console.log('\nrefusals, by rule and cause');
for (const [c, n] of [...causes].sort((x, y) => y[1] - x[1])) console.log(`${n}\t${c}`);
const dumpTo = valueOf('--dump');
if (dumpTo) writeFileSync(dumpTo, dumped.join('\n') + '\n');
const list = valueOf('--list');
const b = valueOf('--bucket');
if (list || b) for (const r of rows.filter((x) => (!list || x.cue === list) && (!b || x.fate.includes(b)))) console.log(`  ${r.id} [${r.fate}] «${r.anchor}» ⟨${r.sentence}⟩`);
