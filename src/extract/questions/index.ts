// Open questions: what the article leaves unresolved, phrased as questions and
// grounded in the sentences that raise them. Fewer, better questions: each sentence
// yields at most one, questions on one topic are merged, and only the most important
// few are kept, most important first.
import type { Actor, Claim, Question } from '../../brief/model.js';
import type { FoundDate } from '../dates/types.js';
import type { Analysis, Sentence, Token } from '../nlp.js';
import { contentLemmas, finishQuestion, noteSubjectMisses } from './clause.js';
import { PARTY_HEAD } from './cues.js';
import { SENTENCE_RULES, type Draft, type RuleContext } from './rules.js';

export interface QuestionsInput {
  analysis: Analysis;
  dates: FoundDate[];
  /** The finished claims and actors, for single-source and disputed claims. */
  claims: Claim[];
  actors: Actor[];
  /** ISO 8601 time the article is read against, to tell an event ahead from one past. */
  referenceTime?: string;
}

export interface QuestionsOptions {
  /** At most this many questions (default 8); a one-page rendering drops the lowest-ranked first. */
  max?: number;
}

const DEFAULT_MAX = 8;
/** "But", "still", "denied": a claim that answers an earlier one. */
const REBUTTAL = /^\W*(?:but|however|yet)\b|\b(?:still|denied|denies|insisted|insists|rejected|rejects|disputed|disputes|dismissed|countered|contradicted|inaccurate|biased|wrong)\b/i;

export function extractQuestions(input: QuestionsInput, options: QuestionsOptions = {}): Question[] {
  const { analysis } = input;
  return rankQuestionDrafts(input, options).map((d, i) => ({
    id: `q${i + 1}`,
    text: d.text,
    basis: d.basis,
    evidence: [d.sentence, ...d.context]
      .sort((x, y) => x.start - y.start)
      .map((s) => ({ start: s.start, end: s.end, quote: analysis.text.slice(s.start, s.end) })),
  }));
}

/** The drafts kept, most important first, each with the rule that asked it. */
export function rankQuestionDrafts(input: QuestionsInput, options: QuestionsOptions = {}): Draft[] {
  const ctx = buildRuleContext(input);
  const { analysis } = ctx;
  const drafts: Draft[] = [];
  for (const s of analysis.sentences) {
    const text = analysis.text.slice(s.start, s.end);
    for (const rule of SENTENCE_RULES) {
      if (!rule.cue.test(text)) continue;
      const d = rule.ask(ctx, s);
      if (d) {
        drafts.push({ ...d, rule: d.rule ?? rule.ask.name });
        break;
      }
    }
  }
  drafts.push(...disputedClaims(ctx, drafts));
  attachVerification(analysis, drafts);
  const withKeyActor = sentencesWithKeyActor(input);
  const scored = drafts.map((d) => ({ ...d, weight: d.weight + bonus(d.sentence, withKeyActor) }));
  const ranked = mergeByTopic(analysis, scored, input.actors, input.dates)
    .map((d) => ({ d, score: d.weight }))
    .sort((x, y) => y.score - x.score || x.d.sentence.start - y.d.sentence.start);
  return ranked.slice(0, options.max ?? DEFAULT_MAX).map(({ d }) => d);
}

/** Every rule's draft for each sentence (not only the first that fits): the eval's sentence figures. */
export function draftAllRules(input: QuestionsInput): Map<number, Draft[]> {
  const ctx = buildRuleContext(input);
  const { analysis } = ctx;
  const out = new Map<number, Draft[]>();
  for (const s of analysis.sentences) {
    const text = analysis.text.slice(s.start, s.end);
    const list: Draft[] = [];
    for (const rule of SENTENCE_RULES) {
      if (!rule.cue.test(text)) continue;
      const d = rule.ask(ctx, s);
      if (d) list.push({ ...d, rule: d.rule ?? rule.ask.name });
    }
    out.set(s.i, list);
  }
  return out;
}

/** The rule context of an article: its dates found per sentence once. */
export function buildRuleContext(input: QuestionsInput): RuleContext {
  const analysis = verbsAfterModals(input.analysis);
  return { analysis, dates: input.dates, datesIn: datesBySentence(analysis.sentences, input.dates), claims: input.claims, actors: input.actors, referenceTime: input.referenceTime ?? '' };
}

/** Modal auxiliaries (Quirk et al. 1985, on the modal auxiliaries): each takes a bare infinitive after it. */
const MODAL = /^(?:will|would|shall|should|can|could|may|might|must|['’]ll|wo|ca)$/i;
const readings = new WeakMap<Analysis, Analysis>();

/**
 * The analysis with the word a modal governs read as the verb it must be: the tagger reads "may
 * close", "could spread", "will face" as an adjective or a noun after a modal, which grammar rules
 * out (nothing but a bare infinitive, past adverbs and "not", follows a modal that has one). Only
 * the questions read this copy; the other stages keep the tagger's reading.
 */
export function verbsAfterModals(analysis: Analysis): Analysis {
  const known = readings.get(analysis);
  if (known) return known;
  let tokens: Token[] | null = null;
  const all = analysis.tokens;
  for (let k = 0; k < all.length; k++) {
    const m = all[k]!;
    if (m.pos !== 'AUX' || !MODAL.test(m.text) || /^\p{Lu}/u.test(m.text)) continue;
    let j = k + 1;
    while (j < k + 3 && (all[j]?.pos === 'ADV' || all[j]?.pos === 'PART') && all[j]!.sentence === m.sentence) j++;
    const w = all[j];
    if (!w || w.sentence !== m.sentence || (w.pos !== 'NOUN' && w.pos !== 'ADJ') || !/^\p{Ll}+$/u.test(w.text)) continue;
    // ("will likely face": an adjective of likelihood before the verb is an adverb misread; the verb follows.)
    if (/^(?:VERB|AUX)$/.test(all[j + 1]?.pos ?? '')) continue;
    tokens ??= [...all];
    tokens[j] = { ...w, pos: 'VERB' };
  }
  const read = tokens ? { ...analysis, tokens } : analysis;
  readings.set(analysis, read);
  return read;
}

/**
 * For each sentence where some rule's cue fires but no rule phrases a question, why not: the first
 * builder's refusal noted, else that the rules declined before a builder was reached. For the
 * eval's `--why` tally only.
 */
export function traceRefusals(input: QuestionsInput): { sentence: Sentence; cause: string }[] {
  const refusals: string[] = [];
  const ctx: RuleContext = { ...buildRuleContext(input), refusals };
  const { analysis } = ctx;
  const out: { sentence: Sentence; cause: string }[] = [];
  for (const s of analysis.sentences) {
    const text = analysis.text.slice(s.start, s.end);
    refusals.length = 0;
    let fired = false;
    let asked = false;
    for (const rule of SENTENCE_RULES) {
      if (!rule.cue.test(text)) continue;
      fired = true;
      if (noteSubjectMisses(refusals, () => rule.ask(ctx, s))) {
        asked = true;
        break;
      }
    }
    if (fired && !asked) out.push({ sentence: s, cause: refusals[0] ?? 'declined before building' });
  }
  return out;
}

/** "It was not possible to independently verify the claim", "could not be confirmed": a sentence that doubts the claim just made. */
const UNVERIFIED = /\b(?:(?:not|n['’]t|never|un)(?: been)?(?: possible| able)?(?: to)?(?: be)? (?:independently )?(?:verif|confirm)\w*|cannot (?:be )?(?:independently )?(?:verif|confirm)\w*|unverified|unconfirmed)\b/i;

/**
 * A sentence saying that a claim could not be verified asks nothing new: it grounds the question
 * on the claim made just before it (at most four sentences back).
 */
function attachVerification(analysis: Analysis, drafts: Draft[]): void {
  const taken = new Set(drafts.map((d) => d.sentence.i));
  for (const s of analysis.sentences) {
    if (taken.has(s.i) || !UNVERIFIED.test(analysis.text.slice(s.start, s.end))) continue;
    // (The claim's own words, quoted in between, may separate them: "… shot down," Mujahid said.)
    const before = drafts.filter((d) => d.sentence.i < s.i && s.i - d.sentence.i <= 4 && (d.basis === 'single-source' || d.basis === 'disputed'));
    const nearest = before.sort((x, y) => y.sentence.i - x.sentence.i)[0];
    if (nearest && !nearest.context.includes(s)) nearest.context.push(s);
  }
}

/** The lead and the key actors matter most. */
function bonus(s: Sentence, withKeyActor: ReadonlySet<number>): number {
  let b = 0;
  if (s.paragraph <= 1) b += 0.4;
  if (withKeyActor.has(s.i)) b += 0.2;
  return b;
}

/** The index of the last of `spans` (in order of their start) that starts at or before `offset`; -1 when none does. */
function lastStartingBy(spans: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Each sentence's dates, found once: scanning every date for every sentence made long inputs quadratic. */
function datesBySentence(sentences: readonly Sentence[], dates: readonly FoundDate[]): Map<number, FoundDate[]> {
  const out = new Map<number, FoundDate[]>();
  for (const d of dates) {
    // Sentences are in order and do not overlap: a date lies in the last one that starts by its start, or in none.
    const s = sentences[lastStartingBy(sentences, d.start)];
    if (!s || d.start < s.start || d.end > s.end) continue;
    const list = out.get(s.i);
    if (list) list.push(d);
    else out.set(s.i, [d]);
  }
  return out;
}

/** Whether a token lies wholly within one of the dates: a search over them sorted by start, with the furthest end so far. */
function coveredByDate(dates: readonly FoundDate[]): (t: Token) => boolean {
  const sorted = [...dates].sort((a, b) => a.start - b.start);
  const furthestEnd: number[] = [];
  for (const [i, d] of sorted.entries()) furthestEnd.push(Math.max(d.end, i > 0 ? furthestEnd[i - 1]! : -Infinity));
  return (t) => {
    const last = lastStartingBy(sorted, t.start);
    return last >= 0 && furthestEnd[last]! >= t.end;
  };
}

/** The sentences (by index) that hold a whole mention of a key actor: each mention looked up once, not per sentence. */
function sentencesWithKeyActor(input: QuestionsInput): Set<number> {
  const { sentences } = input.analysis;
  const found = new Set<number>();
  for (const a of input.actors) {
    if (!a.key) continue;
    for (const m of a.mentions) {
      const s = sentences[lastStartingBy(sentences, m.start)];
      if (s && m.start >= s.start && m.end <= s.end) found.add(s.i);
    }
  }
  return found;
}

/**
 * Two questions on one topic (sharing two content words, a few sentences apart) become one,
 * worded by the stronger and grounded in both sentences.
 */
function mergeByTopic(analysis: Analysis, drafts: Draft[], actors: Actor[], dates: FoundDate[]): Draft[] {
  // A date shared by two sentences ("March 2005") is no topic either.
  const inDate = coveredByDate(dates);
  const out: { d: Draft; lemmas: Set<string>; words: Set<string> }[] = [];
  const sorted = [...drafts].sort((x, y) => y.weight - x.weight || x.sentence.start - y.sentence.start);
  // Who speaks is no topic: a speaker's name shared by two sentences does not make them one question.
  const speakerWords = new Set(actors.filter((a) => a.type === 'person').flatMap((a) => [a.name, ...a.aliases]).flatMap((n) => n.toLowerCase().split(' ')));
  for (const d of sorted) {
    const lemmas = contentLemmas(analysis, d.sentence, inDate);
    for (const w of speakerWords) lemmas.delete(w);
    const words = questionWords(d.text);
    const stem = d.text.replace(/\?$/, '');
    const twin = out.find((o) => {
      if (o.d.sentence === d.sentence || d.context.includes(o.d.sentence) || o.d.context.includes(d.sentence)) return true;
      // "What will be decided at the Vilnius summit?" and "… at the Vilnius summit 11.- 12. July?": one question.
      const other = o.d.text.replace(/\?$/, '');
      if (other.startsWith(stem) || stem.startsWith(other)) return true;
      let shared = 0;
      for (const l of lemmas) if (o.lemmas.has(l)) shared++;
      if (shared >= 3 && Math.abs(o.d.sentence.i - d.sentence.i) <= 2) return true;
      let same = 0;
      for (const w of o.words) if (words.has(w)) same++;
      return same >= 2;
    });
    if (twin) {
      for (const s of [d.sentence, ...d.context]) if (s !== twin.d.sentence && !twin.d.context.includes(s)) twin.d.context.push(s);
      continue;
    }
    out.push({ d: { ...d, context: [...d.context] }, lemmas, words });
  }
  return out.map((o) => o.d);
}

const QUESTION_STOPWORDS = new Set(
  'will would the a an of to in on at by for with and or if unless is are be been what who which whether there this that these those some any its their his her than more most about into from as it they decided right happen do does say'.split(' '),
);

/** The content words of a question's main clause (its condition left out), crudely singularised. */
function questionWords(text: string): Set<string> {
  const main = text.split(/\s(?:if|unless)\s/)[0] ?? text;
  const out = new Set<string>();
  // Names are left out: who is involved does not make two questions one.
  // A hyphenated compound ("file-sharing") is one word: its halves are no two shared topics.
  for (const w of main.replace(/^\S+/, '').match(/(?<![\p{L}\p{N}-])\p{Ll}[\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)*/gu) ?? [])
    if (w.length > 2 && !QUESTION_STOPWORDS.has(w)) out.add(w.replace(/(?<=[^s])s$/, ''));
  return out;
}

/**
 * A claim answered by another speaker a sentence or two later ("But …", "still", "denied") on the
 * same subject: who is right?
 */
function disputedClaims(ctx: RuleContext, taken: Draft[]): Draft[] {
  const { analysis, claims, actors } = ctx;
  const out: Draft[] = [];
  const sentenceOf = (offset: number): Sentence | undefined => analysis.sentences.find((s) => offset >= s.start && offset < s.end);
  const nameOf = (c: Claim): string | null => {
    const actor = c.speakerId ? actors.find((a) => a.id === c.speakerId) : undefined;
    // Only a party can be right or wrong: not a law, a document or a poll ("the anti-terror laws").
    if (actor && actor.type !== 'person' && actor.type !== 'organization' && actor.type !== 'country' && actor.type !== 'group') return null;
    const name = actor?.name ?? c.speaker;
    return name && /^\p{Ll}/u.test(name) && !/^the\b/.test(name) ? `the ${name}` : name;
  };
  for (let j = 1; j < claims.length; j++) {
    const b = claims[j]!;
    const sb = sentenceOf(b.evidence[0]?.start ?? -1);
    if (!sb || taken.some((d) => d.sentence === sb) || out.some((d) => d.sentence === sb)) continue;
    const textB = analysis.text.slice(sb.start, sb.end);
    // "But he added: …" goes on with the same speaker; it answers nobody.
    if (!REBUTTAL.test(textB) || /^\W*(?:but|however|yet)?\s*(?:he|she|they|it)\b/i.test(textB)) continue;
    for (let i = j - 1; i >= 0; i--) {
      const a = claims[i]!;
      const sa = sentenceOf(a.evidence[0]?.start ?? -1);
      if (!sa || sb.i - sa.i > 2 || sb.i <= sa.i) break;
      const nameA = nameOf(a);
      const nameB = nameOf(b);
      if (!nameA || !nameB || nameA === nameB || !isParty(a, nameA) || !isParty(b, nameB) || (a.speakerId !== null && a.speakerId === b.speakerId)) continue;
      // "Carib Chief Charles Williams" and "the Caribs" speak for one side: no dispute between them.
      if (affiliated(actors, a, nameA, b, nameB)) continue;
      // What a speaker is called ("the Tories" for the Conservative Party) is no topic of the dispute.
      const parties = actors.filter((x) => x.id === a.speakerId || x.id === b.speakerId);
      const topic = sharedTopic(analysis, sa, sb, actors, parties);
      if (!topic) continue;
      const text = finishQuestion(`Who is right about ${topic}: ${nameA} or ${nameB}`);
      if (text) out.push({ text, basis: 'disputed', sentence: sb, context: [sa], weight: 1.8, rule: 'disputedClaims' });
      break;
    }
  }
  return out;
}

/** Whether one speaker's name or role names the other ("Carib Chief Charles Williams", "the Caribs"). */
function affiliated(actors: Actor[], a: Claim, nameA: string, b: Claim, nameB: string): boolean {
  const described = (c: Claim, name: string): string => {
    const actor = c.speakerId ? actors.find((x) => x.id === c.speakerId) : undefined;
    return [name, actor?.role ?? '', ...(actor?.aliases ?? [])].join(' ').toLowerCase();
  };
  const stems = (name: string): string[] => name.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length >= 4 && w !== 'the').map((w) => w.replace(/s$/, ''));
  const da = described(a, nameA);
  const db = described(b, nameB);
  const within = (text: string, stem: string): boolean => text.includes(stem) && new RegExp(`\\b${stem}s?\\b`).test(text);
  return stems(nameB).some((w) => within(da, w)) || stems(nameA).some((w) => within(db, w));
}


/** A speaker who can be right or wrong: a known actor, or a description of a person or an organisation. */
const isParty = (c: Claim, name: string): boolean => c.speakerId !== null || PARTY_HEAD.test(name);

/** A noun both sentences use (with its article as written in the later one), other than the speakers' names. */
function sharedTopic(analysis: Analysis, sa: Sentence, sb: Sentence, actors: Actor[], parties: Actor[]): string | null {
  const { tokens } = analysis;
  const partyWords = new Set(parties.flatMap((p) => [p.name, ...p.aliases]).flatMap((n) => n.toLowerCase().split(/\s+/)));
  const isPersonWord = (t: Token): boolean =>
    TITLES.test(t.text) || partyWords.has(t.text.toLowerCase()) || actors.some((a) => a.type === 'person' && a.mentions.some((m) => t.start < m.end && t.end > m.start));
  const inA = new Set<string>();
  for (let k = sa.first; k <= sa.last; k++) {
    const t = tokens[k]!;
    if ((t.pos === 'NOUN' || t.pos === 'PROPN') && !isPersonWord(t)) inA.add(t.lemma.toLowerCase());
  }
  for (let k = sb.first; k <= sb.last; k++) {
    const t = tokens[k]!;
    if ((t.pos !== 'NOUN' && t.pos !== 'PROPN') || isPersonWord(t) || !inA.has(t.lemma.toLowerCase()) || t.text.length < 4) continue;
    const before = tokens[k - 1];
    if (before && /^['’]s$/.test(before.text) && tokens[k - 2]?.pos === 'PROPN') {
      // "Robin Butler's comments": keep the owner.
      let from = k - 2;
      while (from > sb.first && tokens[from - 1]!.pos === 'PROPN' && k - from < 4) from--;
      return analysis.text.slice(tokens[from]!.start, t.end);
    }
    // "a music": a noun brought in as new in the later sentence is no topic the two share.
    if (before && /^(?:a|an|another|some|any)$/i.test(before.text)) continue;
    return before?.pos === 'DET' ? `${before.text.toLowerCase()} ${t.text}` : t.pos === 'PROPN' ? t.text : `the ${t.text}`;
  }
  return null;
}

const TITLES = /^(?:lord|lady|sir|mr|mrs|ms|dr|president|minister|secretary|chief|leader|spokesman|spokeswoman)\.?$/i;
