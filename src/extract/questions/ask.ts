// Question builders shared by the rules: a clause cut into subject and predicate becomes
// "Will …?", an embedded "whether"/wh-clause becomes a direct question, a finite clause is
// inverted ("Is …?", "Did …?"). Each returns null rather than a question that does not read.
import type { QuestionBasis } from '../../brief/model.js';
import type { FoundDate } from '../dates/types.js';
import { PERSON_NOUN_LIST } from '../lexicon/person-nouns.js';
import type { Analysis, Sentence, Token } from '../nlp.js';
import { BELIEF, NEGATION } from './cues.js';
import { CLAUSE_TAKING, finishQuestion, opensSubjectClause, isPunct, isWordHyphen, lowerFirst, pieceText, predicateFrom, subjectBefore, contentCut, type Piece } from './clause.js';
import { hasUnresolvedPerson, isQuoted, resolveSubject, type ResolveContext } from './resolve.js';

export interface Draft {
  text: string;
  basis: QuestionBasis;
  sentence: Sentence;
  /** Further sentences the question needs (where a pronoun's referent was found). */
  context: Sentence[];
  /** Importance before position and actor bonuses. */
  weight: number;
  /** The rule that asked it (set where the rules are run). */
  rule?: string;
}

export interface RuleContext extends ResolveContext {
  dates: FoundDate[];
  /** The dates that lie wholly in a sentence, by its index, in the order of `dates`. */
  datesIn: ReadonlyMap<number, FoundDate[]>;
  /** ISO 8601 reference time (publication), to tell a coming date from a past one; '' when unknown. */
  referenceTime: string;
  /** When given, why a builder gave up is noted here (the eval's `--why`); extraction never reads it. */
  refusals?: string[];
}

export type Rule = (ctx: RuleContext, s: Sentence) => Draft | null;

export interface Ask {
  text: string;
  context: Sentence[];
}

export const lower = (t: Token | undefined): string => (t ? t.text.toLowerCase() : '');
export const range = (from: number, to: number): number[] => Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
const isVerb = (t: Token | undefined): boolean => t !== undefined && (t.pos === 'VERB' || t.pos === 'AUX');

/** The first token in [from, to] that fits, or -1: a bounded search, never a scan of the whole text. */
export function findToken(a: Analysis, from: number, to: number, fits: (t: Token) => boolean): number {
  for (let k = Math.max(0, from); k <= Math.min(to, a.tokens.length - 1); k++) if (fits(a.tokens[k]!)) return k;
  return -1;
}

/** Where a look back from token `t` starts: rules read a clause's neighbourhood, not a whole run-on sentence. */
export const lookBack = (s: Sentence, t: number): number => Math.max(s.first, t - LOOK_BACK);
const LOOK_BACK = 40;

export function draft(ask: Ask | string | null, basis: QuestionBasis, s: Sentence, weight: number, context: Sentence[] = []): Draft | null {
  if (ask === null) return null;
  if (typeof ask === 'string') return { text: ask, basis, sentence: s, weight, context };
  return { text: ask.text, basis, sentence: s, weight, context: [...context, ...ask.context] };
}

/** Skips negation and filler adverbs after a modal; returns the first verb's index or -1. */
/** "would rather quit", "would sooner resign": a modal idiom of preference (Quirk et al. 1985, §3.45) between the modal at `t` and its verb. */
export function preferenceIdiom(a: Analysis, t: number, verb: number): boolean {
  return a.tokens.slice(t + 1, verb).some((x) => /^(?:rather|sooner)$/i.test(x.text));
}

export function verbAfter(a: Analysis, s: Sentence, t: number): number {
  for (let k = t + 1; k <= Math.min(s.last, t + 3); k++) {
    const tok = a.tokens[k]!;
    if (isVerb(tok)) return NEGATION.test(tok.text) ? -1 : k;
    if (!(tok.pos === 'ADV' || tok.pos === 'PART' || NEGATION.test(tok.text))) return -1;
  }
  return -1;
}

export interface WillOptions {
  /** A condition to append ("if …"), else the one that follows the clause, if any. */
  tail?: string;
  /** Read the subject of "…, which is expected to" from the noun phrase before the comma. */
  relative?: boolean;
  /** Accept a clause whose subject is a generic "it"/"this" (then phrased "If …, will it …?"). */
  dummySubject?: boolean;
  /** The subject as already found, when the caller read it another way. */
  subject?: Piece;
}

/** Notes why a question was not phrased, when the caller asked; always null. */
export function refuse(ctx: RuleContext, cause: string): null {
  ctx.refusals?.push(cause);
  return null;
}

/** "Will {subject} {predicate}?" for the clause whose verb group starts at `verbAt`, predicate from `from`. */
export function willQuestion(ctx: RuleContext, s: Sentence, verbAt: number, from: number, options: WillOptions = {}): Ask | null {
  const a = ctx.analysis;
  const found = options.subject ?? subjectBefore(a, s, verbAt) ?? (options.relative ? relativeAntecedent(a, s, verbAt) : null) ?? sharedSubject(a, s, verbAt);
  if (!found) return refuse(ctx, 'no subject');
  const subject: Piece = { tokens: [...found.tokens] };
  // "little doubt that prices will rise": the complementiser opens the clause; it is no part of its subject.
  // (Read as a determiner, "that" before a plural noun, a name or a pronoun cannot be one: a demonstrative agrees with a singular noun.)
  const lead = a.tokens[subject.tokens[0]!]!;
  const after = a.tokens[subject.tokens[1] ?? -1];
  const pluralNoun = after !== undefined && after.pos === 'NOUN' && /[^s'’]s$/i.test(after.text) && after.text.toLowerCase() !== after.lemma.toLowerCase();
  if (after && /^that$/i.test(lead.text) && (lead.pos === 'SCONJ' || pluralNoun || /^(?:PROPN|PRON)$/.test(after.pos))) subject.tokens.shift();
  // "she was pleased Scotland would …", "is far more costly in time than any substance could …": an
  // adjective after a copula or a degree adverb is the predicative complement of the clause before,
  // no part of the subject (Quirk et al. 1985, §16.38); the subject is what follows it, if a noun phrase.
  if (subject.tokens.length > 1 && a.tokens[subject.tokens[0]!]!.pos === 'ADJ' && !QUANTIFIER.test(a.tokens[subject.tokens[0]!]!.text) && isPredicativeSlot(a.tokens[subject.tokens[0]! - 1])) {
    while (subject.tokens.length > 0 && /^(?:ADJ|ADV)$/.test(a.tokens[subject.tokens[0]!]!.pos) && !QUANTIFIER.test(a.tokens[subject.tokens[0]!]!.text)) subject.tokens.shift();
    if (subject.tokens.length === 0 || !/^(?:DET|NOUN|PROPN|PRON|NUM)$/.test(a.tokens[subject.tokens[0]!]!.pos)) return refuse(ctx, 'subject unaskable');
  }
  if (objectGap(ctx, s, subject, from)) return refuse(ctx, 'relative clause');
  // "It may be possible that …", "it could be argued that …": an anticipatory "it" stands for the
  // extraposed clause (Quirk et al. 1985, §18.33), not for anything the article named before.
  if (subject.tokens.length === 1 && /^it$/i.test(a.tokens[subject.tokens[0]!]!.text) && anticipatory(a, s, from)) return refuse(ctx, 'subject unaskable');
  // "had good reason to want to leave": an infinitive has no subject before it; "reason to" is none.
  if (/^to$/i.test(a.tokens[subject.tokens[subject.tokens.length - 1]!]!.text) && a.tokens[subject.tokens[subject.tokens.length - 1]!]!.pos === 'PART') return refuse(ctx, 'subject unaskable');
  // "voters this fall is expected …": a date is no subject ("this week Mr Blair will": nor part of one);
  // "many people may …": a class is none either.
  // ("the future" is a noun phrase: references like it are no calendar dates.)
  const dates = (ctx.datesIn.get(s.i) ?? []).filter((d) => /^\d/.test(d.value));
  const inDate = (k: number): boolean => dates.some((d) => a.tokens[k]!.start >= d.start && a.tokens[k]!.end <= d.end);
  while (subject.tokens.length > 1 && inDate(subject.tokens[0]!) && !inDate(subject.tokens[subject.tokens.length - 1]!)) subject.tokens.shift();
  // (A gerund clause read as the subject, "Selling the division would …", is a noun phrase too.)
  if (subject.tokens.length > 0 && !/^(?:DET|NOUN|PROPN|PRON|NUM|ADJ)$/.test(a.tokens[subject.tokens[0]!]!.pos) && !opensQuantity(a, subject.tokens[0]!) && !((options.subject || opensSubjectClause(a, s, subject.tokens[0]!)) && isGerund(a.tokens[subject.tokens[0]!]!) && !subject.tokens.some((k) => a.tokens[k]!.pos === 'CCONJ'))) return refuse(ctx, 'subject unaskable');
  // "2021 and 2022 will begin to see …": dates joined by "and" are no subject either.
  if (!subject.tokens.some((k) => !inDate(k) && /^(?:NOUN|PROPN|PRON)$/.test(a.tokens[k]!.pos))) return refuse(ctx, 'subject unaskable');
  // "told the BBC Liverpool could win": two names side by side are two phrases; the subject is the last.
  const names = mentionsIn(ctx, subject);
  // ("off-loading American Express Financial Advisors would": after a gerund the names are its object, one phrase.)
  if (names.length >= 2 && !isGerund(a.tokens[subject.tokens[0]!]!) && /^\s*$/.test(a.text.slice(names[names.length - 2]!.end, names[names.length - 1]!.start))) {
    const last = names[names.length - 1]!;
    subject.tokens = subject.tokens.filter((k) => a.tokens[k]!.start >= last.start);
  }
  // "The accused should be presumed innocent": a participle used as a noun after "the" refers to a class (Quirk et al. 1985, §7.23), not a party.
  if (subject.tokens.length === 2 && /^the$/i.test(a.tokens[subject.tokens[0]!]!.text) && /^\p{Ll}{3,}(?<!e)ed$/u.test(a.tokens[subject.tokens[1]!]!.text)) return refuse(ctx, 'subject unaskable');
  // "Anyone looking at the traffic would be unlikely to spot …": a subject for anyone states what would hold of all, not an event.
  if (GENERIC_SUBJECT.test(pieceText(a, subject)) || /^(?:anyone|anybody|everyone|everybody|whoever)$/i.test(a.tokens[subject.tokens[0]!]!.text)) return refuse(ctx, 'subject unaskable');
  // "no one sector will sign up": a negative quantifier cannot be asked about as it stands.
  if (/^(?:no|none|nobody|neither|nothing)$/i.test(a.tokens[subject.tokens[0]!]!.text)) return refuse(ctx, 'subject unaskable');
  // "Democrats hope will soothe …" (a verb read as a noun), "no doubt will …" (an adverbial): no subject.
  const lastWord = a.tokens[subject.tokens[subject.tokens.length - 1]!]!;
  if ((subject.tokens.length > 1 && BELIEF.test(lastWord.text)) || /^no doubt$/i.test(pieceText(a, subject))) return refuse(ctx, 'subject unaskable');
  const read = resolveSubject(ctx, s, subject);
  if (!read) return refuse(ctx, 'subject unresolved');
  // ("Selling the unit" opening the sentence: the gerund is no name, and loses its capital inside the question.)
  const first = a.tokens[subject.tokens[0]!]!;
  const resolved = isGerund(first) && read.text.startsWith(first.text) && /^\p{Lu}\p{Ll}+$/u.test(first.text) ? { ...read, text: first.text.toLowerCase() + read.text.slice(first.text.length) } : read;
  // "some of its members", "all of this": an owner or a referent the question cannot name.
  if (/\b(?:its|their|his|her)\b/i.test(resolved.text) && !/^the\b/i.test(resolved.text)) return refuse(ctx, 'subject unaskable');
  if (subject.tokens.length > 1 && subject.tokens.some((k) => /^(?:this|that|these|those|them|it)$/i.test(a.tokens[k]!.text) && a.tokens[k]!.pos === 'PRON')) return refuse(ctx, 'subject unaskable');
  // "this family and this community will …" in a quote: a referent only the speaker could point at,
  // unless the article names the same thing elsewhere ("this bill" in a story about the bill).
  const pointed = (k: number): boolean => /^(?:this|these|that|those)$/i.test(a.tokens[k]!.text) && !inDate(k) && !namedElsewhere(a, s, a.tokens[k + 1]);
  if (isQuoted(a, s, verbAt) && subject.tokens.some(pointed)) return refuse(ctx, 'subject unaskable');
  const echo = resolved.antecedent ?? echoedSentence(ctx, s, subject);
  const predicate = predicateText(ctx, s, from);
  if (!predicate) return refuse(ctx, 'no predicate');
  // "a place in the knock-out stages could help keep some of his players": an owner who is not in the subject.
  if (/\b(?:his|her)\b/i.test(predicate.text) && !namesPerson(ctx, subject)) return refuse(ctx, 'no predicate');
  // ("The firm will close the plant if sales do not improve": after a definite subject a bare plural in the condition is this case's, no rule for any.)
  const definiteSubject = /^(?:the|this|these)$/i.test(a.tokens[subject.tokens[0]!]!.text) || a.tokens[subject.tokens[0]!]!.pos === 'PROPN';
  const condition = options.tail ?? conditionAt(ctx, s, predicate.stop, definiteSubject);
  if (condition === GENERIC || condition === UNASKABLE) return refuse(ctx, 'condition unaskable');
  const subjectText = replaceFirstPerson(ctx, s, resolved.text);
  if (subjectText === null) return refuse(ctx, 'subject unresolved');
  // "there would be no spending spree" asks "Will there be any spending spree?".
  const question = `Will ${subjectText} ${subjectText === 'there' ? predicate.text.replace(/^be no\b/, 'be any') : predicate.text}`;
  const text = (condition ? fitCondition(question, condition) : null) ?? finishQuestion(question);
  if (!text) return refuse(ctx, 'refused when finished');
  return { text, context: echo ? [echo] : [] };
}

/** Whether the predicate from `from` is "be" + an adjective or a participle + a "that"-, "to"- or wh-clause: the frame of extraposition. */
function anticipatory(a: Analysis, s: Sentence, from: number): boolean {
  let k = from;
  if (a.tokens[k]?.lemma.toLowerCase() !== 'be') return false;
  k++;
  while (k < s.last && a.tokens[k]!.pos === 'ADV') k++;
  if (!/^(?:ADJ|VERB)$/.test(a.tokens[k]?.pos ?? '')) return false;
  return /^(?:that|to|whether|if|how|what|who|when|where|why)$/i.test(lower(a.tokens[k + 1]));
}

const isGerund = (t: Token): boolean => t.pos === 'VERB' && /ing$/i.test(t.text);

/** Quantifying adjectives, which open a noun phrase as a determiner does ("too much stress", Quirk et al. 1985, §5.23). */
const QUANTIFIER = /^(?:much|many|more|most|few|fewer|less|least|little|several|enough)$/i;

/** A copula ("was pleased …") or a degree adverb ("more costly …"): what follows is a predicative adjective. */
function isPredicativeSlot(t: Token | undefined): boolean {
  if (!t) return false;
  return (t.pos === 'AUX' && t.lemma.toLowerCase() === 'be') || (t.pos === 'ADV' && /^(?:more|less|so|too|as|very|far|most|least)$/i.test(t.text));
}

/**
 * Nouns that take an appositive "that"-clause, whose verb keeps all its objects ("the hope that the
 * minister would resign"): FactBank's nominal source-introducing predicates (Saurí & Pustejovsky
 * 2009) and the nouns of Quirk et al. 1985, §17.26.
 */
const CONTENT_NOUN = /^(?:speculation|reports?|claims?|announcements?|fears?|hopes?|expectations?|suggestions?|predictions?|forecasts?|warnings?|rumou?rs?|beliefs?|promises?|pledges?|assurances?|concerns?|fact|idea|news|view|notion|assumption|possibility|chance|risk|danger|sign|signs|evidence|likelihood|prospect|message|argument|proposal|decision|insistence|conviction|impression|feeling|doubt|doubts|suspicion|allegations?|assertion|statement|wonder|surprise|shame|pity)$/i;

/** The noun at `k` heads a plain phrase: a determiner right before it, or an adjective after one ("the money", "the new money"). */
function opensPlainPhrase(tokens: readonly Token[], k: number): boolean {
  return tokens[k - 1]?.pos === 'DET' || (tokens[k - 1]?.pos === 'ADJ' && tokens[k - 2]?.pos === 'DET');
}

/**
 * "one figure … that he would love to portray on the big screen", "the money Britain wanted to
 * spend on Africa": a relative clause with a subject of its own (with "that"/"which"/"whom", or a
 * contact clause right after its head noun, Quirk et al. 1985, §17.15) has lost an object to the
 * head noun; its verb stands right before a preposition or the clause's end, and the clause asks
 * nothing as it stands.
 */
function objectGap(ctx: RuleContext, s: Sentence, subject: Piece, from: number): boolean {
  const a = ctx.analysis;
  let v = from;
  while (v <= s.last && a.tokens[v]!.pos === 'ADV') v++;
  const verb = a.tokens[v];
  if (!verb || verb.pos !== 'VERB') return false;
  const next = a.tokens[v + 1];
  // (Or a preposition stranded at the clause's end: "could find themselves in.")
  const { piece } = predicateFrom(a, s, from);
  const last = a.tokens[piece.tokens[piece.tokens.length - 1] ?? -1];
  const stranded = last !== undefined && /^(?:in|on|at|to|for|with|from|about|into|of|by)\.?$/i.test(last.text) && (last.text.endsWith('.') || last.i >= s.last || isPunct(a.tokens[last.i + 1]!));
  const gap = v + 1 > s.last || next === undefined || (next.pos === 'ADP' && !/^(?:of)$/i.test(next.text)) || (isPunct(next) && !/^['’]s$/.test(next.text)) || stranded;
  if (!gap) return false;
  const first = subject.tokens[0]!;
  const opener = a.tokens[first - 1];
  const head = a.tokens[first - 2];
  // ("that" the tagger reads as a conjunction opens a content clause: "beneficial to the sport that …";
  // after "everything" it is relative whatever the tag.)
  const indefinite = head !== undefined && /^(?:everything|something|anything|nothing|all)$/i.test(head.text);
  if (opener && head && /^(?:that|which|whom)$/i.test(opener.text) && (opener.pos !== 'SCONJ' || indefinite)) {
    const nominal = /^(?:NOUN|PROPN)$/.test(head.pos) || indefinite;
    if (nominal && !CONTENT_NOUN.test(head.text)) return true;
  }
  // A contact clause right after its head: "the money the council wanted to spend on roads" (a time
  // phrase before a clause is none: "this week the council wants to …").
  const dates = ctx.datesIn.get(s.i) ?? [];
  const plainHead = (k: number): boolean => {
    const t = a.tokens[k];
    return t !== undefined && t.pos === 'NOUN' && opensPlainPhrase(a.tokens, k) && !CONTENT_NOUN.test(t.text) && !PERSON_NOUNS.has(t.lemma.toLowerCase()) && !dates.some((d) => t.start >= d.start && t.end <= d.end);
  };
  if (opener && /^(?:DET|PROPN)$/.test(a.tokens[first]!.pos) && plainHead(first - 1)) return true;
  // A contact clause inside the phrase read as subject: a common noun (not a person's title, "the
  // company chairman Bob Smith") followed at once by a name or a new determiner.
  return subject.tokens.some((k, i) => {
    const t = a.tokens[k]!;
    const after = a.tokens[subject.tokens[i + 1] ?? -1];
    // (The noun heads a plain phrase, "the money": after a name it is inside one, "the Audi e-tron Sportback".)
    return i > 0 && opensPlainPhrase(a.tokens, k) && t.pos === 'NOUN' && !PERSON_NOUNS.has(t.lemma.toLowerCase()) && after !== undefined && (after.pos === 'PROPN' || (after.pos === 'DET' && !/^['’]s$/.test(after.text)) || (/^(?:ADJ|ADV)$/.test(after.pos) && QUANTIFIER.test(after.text) && /^(?:NOUN|ADJ)$/.test(a.tokens[after.i + 1]?.pos ?? '')));
  });
}

/** Whether a noun's lemma occurs in another sentence of the article. */
function namedElsewhere(a: Analysis, s: Sentence, noun: Token | undefined): boolean {
  if (!noun || (noun.pos !== 'NOUN' && noun.pos !== 'PROPN')) return false;
  const lemma = noun.lemma.toLowerCase();
  return a.tokens.some((t) => (t.i < s.first || t.i > s.last) && t.lemma.toLowerCase() === lemma && (t.pos === 'NOUN' || t.pos === 'PROPN'));
}

/**
 * "The two sides continue to negotiate and could finalize an agreement": a verb group after "and"
 * shares the subject of the verb phrase it is coordinated with (the first finite verb back to the
 * clause's start, no punctuation between).
 */
function sharedSubject(a: Analysis, s: Sentence, verbAt: number): Piece | null {
  let k = verbAt - 1;
  while (k > s.first && a.tokens[k]!.pos === 'ADV') k--;
  if (!/^(?:and|but)$/i.test(lower(a.tokens[k])) || a.tokens[k]!.pos !== 'CCONJ') return null;
  for (let j = k - 1; j > Math.max(s.first, k - 16); j--) {
    const x = a.tokens[j]!;
    if (isPunct(x) || /^(?:that|which|who|if|when|because)$/i.test(x.text)) return null;
    if (!isVerb(x) || !isVerb(a.tokens[j]) || isVerb(a.tokens[j - 1])) continue;
    // The first verb of its group, finite ("continue", "has", "said"), with a noun phrase before it.
    const subject = subjectBefore(a, s, j);
    if (subject) return subject;
  }
  return null;
}

/** "up to 1.4m workers", "about 300 jobs": a word that opens a number phrase. */
export function opensQuantity(a: Analysis, k: number): boolean {
  return /^(?:up|about|around|nearly|almost|over|under|more|fewer|less|some|at)$/i.test(a.tokens[k]!.text) && [1, 2, 3].some((d) => a.tokens[k + d]?.pos === 'NUM');
}

/** Whether a subject names a person: a person actor, a personal pronoun, or a noun for a kind of person (WordNet noun.person). */
export function namesPerson(ctx: RuleContext, subject: Piece): boolean {
  const a = ctx.analysis;
  if (subject.tokens.some((k) => /^(?:he|she|i|who)$/i.test(a.tokens[k]!.text) || PERSON_NOUNS.has(a.tokens[k]!.lemma.toLowerCase()))) return true;
  const start = a.tokens[subject.tokens[0]!]!.start;
  const end = a.tokens[subject.tokens[subject.tokens.length - 1]!]!.end;
  // A name at the head ("Gordon Brown") may be a person's; a name inside a phrase ("a place in the Uefa Cup") is not the head.
  const of = subject.tokens.findIndex((k) => a.tokens[k]!.pos === 'ADP');
  const head = a.tokens[subject.tokens[(of > 0 ? of : subject.tokens.length) - 1]!]!;
  return ctx.actors.some((x) => x.type === 'person' && x.mentions.some((m) => m.start >= start && m.end <= end)) || head.pos === 'PROPN';
}

const PERSON_NOUNS = new Set(PERSON_NOUN_LIST.trim().split(/\s+/));

/** The actor mentions wholly inside a piece, in order. */
function mentionsIn(ctx: RuleContext, piece: Piece): { start: number; end: number }[] {
  const a = ctx.analysis;
  const start = a.tokens[piece.tokens[0]!]!.start;
  const end = a.tokens[piece.tokens[piece.tokens.length - 1]!]!.end;
  return ctx.actors
    .flatMap((x) => x.mentions)
    .filter((m) => m.start >= start && m.end <= end)
    .sort((x, y) => x.start - y.start);
}

/** The predicate from `from` as question text: it must open with a verb and name no unresolved person. */
/** Verbs of saying or arguing in their base form, which take the reported clause as object. */
const REPORTING_VERB = /^(?:argue|say|claim|insist|tell|suggest|contend|maintain|add|explain|note|warn|predict)$/i;

export function predicateText(ctx: RuleContext, s: Sentence, from: number): { text: string; stop: number } | null {
  const a = ctx.analysis;
  const { piece, stop } = predicateFrom(a, s, from, { stopAtCoordinatedVerb: true });
  if (piece.tokens.length === 0 || cutInList(a, s, piece, stop)) return null;
  // ("will still take part": an adverb may stand before the verb; "Will the athlete still take part …?")
  // ("could only finish second" limits what was done: "only", "just", "even" are no such adverb.)
  const lead = a.tokens[piece.tokens[0]!]!;
  if (!isVerb(lead) && !(lead.pos === 'ADV' && !NEGATION.test(lead.text) && !/^(?:only|just|even|ever|merely|simply)$/i.test(lead.text) && isVerb(a.tokens[piece.tokens[1] ?? -1]))) return null;
  // "his side will will not relinquish …": a second modal (a typo, or a misread clause) cannot follow "Will".
  if (/^(?:will|would|shall|can|could|may|might|must|should|wo)$/i.test(a.tokens[piece.tokens[0]!]!.text)) return null;
  // "what the composer will be doing": a verb whose object went before it asks nothing.
  if (piece.tokens.length <= 2 && /^(?:do|doing|done|does)$/i.test(a.tokens[piece.tokens[piece.tokens.length - 1]!]!.text)) return null;
  // "the policy they want the government to focus on": a preposition stranded by a relative clause has lost its object.
  const lastTok = a.tokens[piece.tokens[piece.tokens.length - 1]!]!;
  if (/^(?:on|with|to|for|about|at|of|in|from|by|into)$/i.test(lastTok.text) && isVerb(a.tokens[lastTok.i - 1]) && piece.tokens.length === 2) return null;
  // "agree to large", "discuss a comprehensive, co-ordinated … plan": an attributive adjective
  // after a preposition or an article has lost its noun (a participle may go on the list).
  const listGoesOn = a.tokens[lastTok.i + 1]?.text === ',' && (a.tokens[lastTok.i + 2]?.pos === 'ADJ' || (a.tokens[lastTok.i + 2]?.pos === 'VERB' && /ed$/i.test(a.tokens[lastTok.i + 2]!.text)));
  if (lastTok.pos === 'ADJ' && /^(?:ADP|DET)$/.test(a.tokens[lastTok.i - 1]?.pos ?? '') && (/^(?:NOUN|PROPN|ADJ)$/.test(a.tokens[lastTok.i + 1]?.pos ?? '') || listGoesOn)) return refuse(ctx, 'no predicate');
  // "may result from fungus growing in, guess what, humidifiers": a predicate cut after a
  // preposition (by an aside) has lost the preposition's object.
  // ("will carry on, …", "could take off, …": a particle ends its phrasal verb and loses nothing.)
  // ("would be dealt with, …": nor does the preposition of a passive prepositional verb.)
  const passivePreposition = a.tokens[lastTok.i - 1]?.pos === 'VERB' && a.tokens[lastTok.i - 2]?.lemma.toLowerCase() === 'be';
  if (lastTok.pos === 'ADP' && /^[,;:(–—-]$/.test(a.tokens[stop]?.text ?? '') && !/^(?:off|up|out|down|away|back|over|on|through|along|around)$/i.test(lastTok.text) && !passivePreposition) return null;
  // "Previous forecasts proved wrong, he will argue, while …": a verb of saying with nothing after
  // it is a reporting clause whose object went before it.
  if (piece.tokens.length === 1 && REPORTING_VERB.test(lead.text)) return null;
  // "represent anyone in the US who has purchased …": a pronoun cut from the relative clause that said who.
  if (/^(?:who|that|which)$/i.test(lower(a.tokens[stop])) && piece.tokens.some((k) => /^(?:anyone|anybody|someone|somebody|anything|something|everyone|everybody|those)$/i.test(a.tokens[k]!.text))) return null;
  // "… the most important that the Supreme Court will hear this year": a verb whose object went
  // before it leaves only a date behind.
  // ("last five months" keeps its duration: it is the verb's own complement.)
  const dates = (ctx.datesIn.get(s.i) ?? []).filter((d) => d.kind !== 'duration');
  const after = piece.tokens.filter((k) => !isVerb(a.tokens[k]) && a.tokens[k]!.pos !== 'PART');
  // ("be published next month": a passive has no object to lose; its date is all it needs.)
  // (Not a date gone by: "would be released last March" was told of a past that did not come.)
  const gone = (d: FoundDate): boolean => /^\d{4}/.test(d.value) && d.value.slice(0, 10) < ctx.referenceTime.slice(0, Math.min(10, d.value.length));
  const passive = !dates.some(gone) && piece.tokens.some((k, i) => a.tokens[k]!.lemma.toLowerCase() === 'be' && a.tokens[piece.tokens[i + 1] ?? -1]?.pos === 'VERB' && /(?:ed|en)$/i.test(a.tokens[piece.tokens[i + 1]!]!.text));
  if (!passive && after.length > 0 && after.every((k) => dates.some((d) => a.tokens[k]!.start >= d.start && a.tokens[k]!.end <= d.end))) return null;
  // ("my own music" has no "the" form: the owner must be named, and here it cannot be.)
  if (/\b(?:our|my) own\b/i.test(pieceText(a, piece))) return null;
  let text = pieceText(a, piece).replace(/^(?:our|my)\b/i, 'the').replace(/\b(?:our|my)\b/gi, 'the');
  // "rush it through": an object pronoun the question cannot name; "take … would be": a misread clause.
  if (hasUnresolvedPerson(text) || /\b(?:it|them|him)\b/i.test(text) || hasStrayFinite(a, piece)) return null;
  text = text.replace(/^be going to /i, '');
  // "whether they would be asked what other qualifications and skills": an embedded question cut
  // before its verb asks nothing whole.
  const wh = piece.tokens.findIndex((k) => /^(?:what|which|who|whom|how|why|where|when|whether)$/i.test(a.tokens[k]!.text));
  // (Only a bare noun phrase is left of it: "how such laws work in the US" has a verb the tagger
  // read as a noun, with its own phrase after it; "a side which challenges for …" is a relative clause.)
  const whTail = piece.tokens.slice(wh + 1).map((k) => a.tokens[k]!);
  const relative = wh > 0 && /^(?:NOUN|PROPN)$/.test(a.tokens[piece.tokens[wh]! - 1]?.pos ?? '') && /^(?:which|who|whom)$/i.test(a.tokens[piece.tokens[wh]!]!.text);
  if (wh > 0 && !relative && whTail.length > 0 && whTail.every((t) => /^(?:DET|ADJ|NOUN|PROPN|NUM|PRON|CCONJ|ADV)$/.test(t.pos))) return refuse(ctx, 'no predicate');
  return { text, stop };
}

/**
 * "prevent against "rent, rip and return"": a phrase that stops at the first comma of a list (a
 * word of the same kind after the comma, then "and"/"or") has lost the rest of the list.
 */
function cutInList(a: Analysis, s: Sentence, piece: Piece, stop: number): boolean {
  const last = a.tokens[piece.tokens[piece.tokens.length - 1]!]!;
  if (a.tokens[stop]?.text !== ',' || a.tokens[stop + 1]?.pos !== last.pos) return false;
  for (let j = stop + 2; j <= Math.min(s.last, stop + 4); j++) {
    const x = a.tokens[j]!;
    if (/^(?:and|or)$/i.test(x.text)) return true;
    if (isPunct(x) || x.pos === 'DET' || isVerb(x) !== isVerb(last)) return false;
  }
  return false;
}

/** "The company, which is expected to …": the noun phrase before ", which". */
export function relativeAntecedent(a: Analysis, s: Sentence, verbAt: number): Piece | null {
  let k = verbAt - 1;
  while (k > s.first && a.tokens[k]!.pos === 'ADV') k--;
  if (!/^(?:which|who|that)$/i.test(a.tokens[k]!.text)) return null;
  const comma = a.tokens[k - 1];
  if (!comma || (comma.text !== ',' && !/^[-–—]$/.test(comma.text))) return null;
  return nounPhraseEndingAt(a, s, k - 2);
}

/** The noun phrase that ends at token `end` ("the bloc's Luxembourg presidency"), read backwards. */
export function nounPhraseEndingAt(a: Analysis, s: Sentence, end: number): Piece | null {
  const picked: number[] = [];
  for (let k = end; k >= s.first && picked.length < 8; k--) {
    const t = a.tokens[k]!;
    // ("Mr Ebbers' trial": the apostrophe of an owner ending in "s" stays in the phrase.)
    const ownerApostrophe = /^['’]$/.test(t.text) && picked.length > 0 && /s$/i.test(a.tokens[k - 1]?.text ?? '') && a.tokens[k - 1]!.end === t.start && /^(?:NOUN|PROPN)$/.test(a.tokens[k - 1]!.pos);
    if (/^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(t.pos) || /^['’]s$/.test(t.text) || ownerApostrophe || isWordHyphen(a, k) || isWordHyphen(a, k + 1) || (t.text === 'of' && picked.length > 0 && k > s.first && /^(?:NOUN|PROPN)$/.test(a.tokens[k - 1]!.pos))) {
      picked.unshift(k);
      if (t.pos === 'DET') break;
      continue;
    }
    break;
  }
  if (picked.length === 0) return null;
  const head = a.tokens[picked[picked.length - 1]!]!;
  if (head.pos !== 'NOUN' && head.pos !== 'PROPN') return null;
  if (a.tokens[picked[0]!]!.text === 'of') picked.shift();
  return picked.length > 0 ? { tokens: picked } : null;
}

/**
 * "Those countries …", "The debate …": a subject that points back. The nearest of the three
 * sentences before that uses its head word is where the question's topic was raised.
 */
function echoedSentence(ctx: RuleContext, s: Sentence, subject: Piece): Sentence | null {
  const a = ctx.analysis;
  const first = a.tokens[subject.tokens[0]!]!;
  const head = a.tokens[subject.tokens[subject.tokens.length - 1]!]!;
  if (!/^(?:the|this|that|these|those|such)$/i.test(first.text) || head.pos !== 'NOUN') return null;
  const lemma = head.lemma.toLowerCase();
  for (let i = s.i - 1; i >= Math.max(0, s.i - 3); i--) {
    const prev = a.sentences[i]!;
    for (let k = prev.first; k <= prev.last; k++) if (a.tokens[k]!.lemma.toLowerCase() === lemma) return prev;
  }
  return null;
}

/** The question with its condition, trailing phrases of the condition dropped until it fits. */
export function fitCondition(question: string, condition: string): string | null {
  let cond = condition;
  for (let i = 0; i < 3; i++) {
    const text = finishQuestion(`${question} ${cond}`);
    if (text) return text;
    const cut = cond.replace(/\s+(?:in|at|on|by|for|from|to|with|of)\s+[^\s]+(?:\s+[^\s]+){0,3}$/i, '');
    if (cut === cond || cut.split(' ').length < 3) return null;
    cond = cut;
  }
  return null;
}

/** "what I announced" → "what Charles Clarke announced"; null when a first person is left unresolved. */
export function replaceFirstPerson(ctx: RuleContext, s: Sentence, text: string): string | null {
  if (!/\b(?:I|my)\b/.test(text) || text === 'I') return hasUnresolvedPerson(text) && !ctx.actors.some((x) => x.name === text) ? null : text;
  const at = findToken(ctx.analysis, s.first, s.last, (t) => t.text === 'I');
  const speaker = at < 0 ? null : resolveSubject(ctx, s, { tokens: [at] });
  if (!speaker) return null;
  return text.replace(/\bI\b/g, speaker.text).replace(/\bmy\b/g, `${speaker.text}'s`);
}

/** "if security guarantees aren't found at the next summit" when the clause stopped at "if"/"unless". */
export function conditionAt(ctx: RuleContext, s: Sentence, at: number, definiteSubject = false): string {
  const a = ctx.analysis;
  const word = lower(a.tokens[at]);
  if (at > s.last || (word !== 'if' && word !== 'unless')) return '';
  const { piece } = predicateFrom(a, s, at + 1);
  const text = pieceText(a, piece);
  if (piece.tokens.length >= 2 && isGenericCondition(a, piece, !definiteSubject)) return GENERIC;
  // A condition that cannot be put into words ("if I'm going to pay") cannot be left out either.
  // ("… in the chamber Speaker Michael Martin has ruled": a clause of its own run into the condition.)
  // (The condition's own verb is its first; a finite one after it must be introduced.)
  let ownVerb = piece.tokens.findIndex((k) => isVerb(a.tokens[k]));
  while (ownVerb >= 0 && ownVerb + 1 < piece.tokens.length && /^(?:AUX|VERB|PART|ADV)$/.test(a.tokens[piece.tokens[ownVerb + 1]!]!.pos)) ownVerb++;
  if (hasUnresolvedPerson(text) || !isComplete(a, piece) || (ownVerb >= 0 && hasStrayFinite(a, { tokens: piece.tokens.slice(ownVerb) }))) return UNASKABLE;
  return piece.tokens.length >= 2 ? `${word} ${text.replace(/\bour\b/gi, 'the')}` : '';
}

/** Where a phrase goes on after ", according to one report," (or any parenthesis in commas opened by "according"). */
function pastParenthesis(a: Analysis, s: Sentence, k: number): number {
  if (a.tokens[k]?.text !== ',' || lower(a.tokens[k + 1]) !== 'according') return k;
  const close = findToken(a, k + 2, Math.min(s.last, k + 12), (x) => x.text === ',');
  return close < 0 ? k : close + 1;
}

/** A clause cut before its end: a "that" with no verb after it ("rules that Grokster and Morpheus"). */
export function isComplete(a: Analysis, piece: Piece): boolean {
  const that = piece.tokens.findIndex((k) => /^that$/i.test(a.tokens[k]!.text) && a.tokens[k]!.pos !== 'DET');
  return that < 0 || piece.tokens.slice(that + 1).some((k) => isVerb(a.tokens[k]));
}

/** Marks a condition the question would need but cannot state. */
export const UNASKABLE = '\u0000unaskable';

/** Marks a clause that holds for anyone meeting a condition: a rule, not a prediction. */
export const GENERIC = '\u0000generic';

/** A rule stated for anyone ("if a flight is cancelled", "if you …", "if flights are delayed"), not a pending case. */
export function isGenericCondition(a: Analysis, piece: Piece, barePlurals = true): boolean {
  const first = a.tokens[piece.tokens[0]!]!;
  const second = a.tokens[piece.tokens[1]!];
  if (/^(?:any|you|anyone|someone|one)$/i.test(first.text)) return true;
  // ("The singer may take part if a studio can be found": after a definite subject an indefinite, like a
  // bare plural, is this case's (a specific use, Quirk et al. 1985, §5.26), no rule for any.)
  if (/^(?:a|an)$/i.test(first.text)) return barePlurals;
  return barePlurals && first.pos === 'NOUN' && /s$/i.test(first.text) && isVerb(second) && first.text !== first.text.toUpperCase();
}

/** Quantified or class subjects ("many people", "most users", "consumers"): a generic statement, not a prediction. */
export const GENERIC_SUBJECT = /^(?:(?:many|most|some|few|all|more|other)\s+)?(?:people|users|customers|consumers|fans|viewers|readers|voters|investors|shoppers|passengers|patients)$/i;

/** An object pronoun the question cannot name ("estranged from them"). */
const UNNAMED_OBJECT = /\b(?:them|him|it)\b/i;
const INVERTIBLE = /^(?:is|are|was|were|will|would|can|could|has|have|had|should|may|might|must|do|does|did)$/i;
/** Finite auxiliaries: a second one inside a predicate means the clause was misread. */
const FINITE_AUX = /^(?:is|are|was|were|will|would|can|could|has|have|had|should|may|might|must|do|does|did)$/i;
const MAX_SUBJECT = 10;
const MAX_INVERTED_SUBJECT = 14;

export interface InvertOptions {
  /** "would" in reported speech is the future of the past: ask with "will". */
  futureOfPast?: boolean;
  /** Leave adverbs out of the subject ("Sondland reportedly …"). */
  skipAdverbs?: boolean;
  /** The clause is a pending decision's: a present tense asks about the future ("whether the trial takes place" → "Will the trial take place?"). */
  future?: boolean;
  /** The clause ends before this token (where the sentence's own verb follows a subject clause). */
  until?: number;
  /**
   * A wh-word fronted from the clause fills its object, complement or adjunct ("what this evidence
   * was", "how the fire started"), so the clause may end at its verb.
   */
  gap?: boolean;
}

/** "it is possible to X" → "Is it possible to X?"; "Neumann indulged in Y" → "Did Neumann indulge in Y?" */
export function invertClause(ctx: RuleContext, s: Sentence, from: number, options: InvertOptions = {}): string | null {
  const a = ctx.analysis;
  while (from <= s.last && /^(?:that|then)$/i.test(a.tokens[from]!.text)) from++;
  const skipped = new Set<number>();
  const gerundSubject = a.tokens[from]?.pos === 'VERB' && /ing$/i.test(a.tokens[from]!.text) && /^(?:DET|NOUN|PROPN|ADJ)$/.test(a.tokens[from + 1]?.pos ?? '');
  // Inside "the founder, Adam Neumann, indulged" the second comma closes the apposition the first opened.
  let appositionOpen = false;
  for (let k = from; k <= Math.min(s.last, from + MAX_INVERTED_SUBJECT + skipped.size); k++) {
    let tok = a.tokens[k]!;
    // "Trump, according to the White House, made …", "the plan, backed by business groups, is …",
    // "the success, which has pushed sales up, has …", "the two men - A and B - have": a parenthesis
    // set off by commas or dashes is no part of the clause.
    const dash = /^[-–—]$/.test(tok.text) && !isWordHyphen(a, k);
    // "Ayotte, a Republican who is in a tough fight, used …": a relative clause inside an apposition runs to its comma.
    if (k > from && /^(?:who|which)$/i.test(tok.text) && appositionOpen) {
      const close = findToken(a, k + 1, Math.min(s.last, k + 16), (x) => x.text === ',');
      if (close < 0) return null;
      for (let j = k; j < close; j++) skipped.add(j);
      k = close - 1;
      continue;
    }
    const opener = (tok.text === ',' && !appositionOpen) || dash ? a.tokens[k + 1] : undefined;
    if (tok.text === ',') appositionOpen = !appositionOpen;
    if (opener && k > from && (/^(?:according|which|who)$/i.test(opener.text) || (opener.pos === 'VERB' && /(?:ed|en)$/i.test(opener.text)) || dash)) {
      const close = findToken(a, k + 2, Math.min(s.last, k + 16), (x) => x.text === tok.text);
      if (close < 0) return null;
      for (let j = k; j <= close; j++) skipped.add(j);
      k = close;
      appositionOpen = false;
      continue;
    }
    // "producers of file-sharing software": a verb inside a hyphenated word is no verb; "the men
    // released from the camp": a participle after a noun, followed by its preposition, is none either.
    const reducedParticiple = tok.pos === 'VERB' && /ed$/i.test(tok.text) && a.tokens[k - 1]?.pos === 'NOUN' && a.tokens[k + 1]?.pos === 'ADP';
    // "opening the way for the industry to sue file-sharers could …": a gerund that opens the
    // clause heads its subject, and an infinitive inside it is no finite verb.
    // "Customers trying to get through …": an "-ing" form with no auxiliary before it is never the
    // finite verb; it opens a reduced relative clause inside the subject. (Not a verb of saying:
    // "a report claiming he warned …" is asked as the claim, "Did a report claim …".)
    const nonFinite = (k === from && gerundSubject) || (tok.pos === 'VERB' && lower(a.tokens[k - 1]) === 'to' && a.tokens[k - 1]!.pos === 'PART') || (k > from && tok.pos === 'VERB' && /ing$/i.test(tok.text) && !CLAUSE_TAKING.has(tok.lemma.toLowerCase()));
    if (!isVerb(tok) || isWordHyphen(a, k - 1) || isWordHyphen(a, k + 1) || reducedParticiple || nonFinite) {
      // An apposition in commas may stay in the subject ("WeWork's founder, Adam Neumann, indulged").
      if (isPunct(tok) && tok.text !== ',' && !/^['’]s$/.test(tok.text) && !isWordHyphen(a, k)) return null;
      if (tok.pos === 'CCONJ' && a.tokens[k + 1] && isVerb(a.tokens[k + 1])) return null;
      continue;
    }
    // "the original story the White House is telling doesn't …": a relative clause without "that"
    // (a noun phrase right after a noun) holds the first verb; the clause's own verb comes after it.
    // (A modal is taken as the clause's own verb: "opening the way … could deter".)
    const reduced = !/^(?:will|would|can|could|may|might|shall|should|must)$/i.test(tok.text) && range(from + 1, k - 1).some((j) => a.tokens[j]!.pos === 'DET' && a.tokens[j - 1]!.pos === 'NOUN');
    if (reduced) {
      let m = k + 1;
      while (m <= Math.min(s.last, k + 3) && !(a.tokens[m]!.pos === 'AUX' && FINITE_AUX.test(a.tokens[m]!.text))) m++;
      if (m > Math.min(s.last, k + 3)) return null;
      k = m;
      tok = a.tokens[k]!;
    }
    const subject: Piece = { tokens: range(from, k - 1).filter((j) => !skipped.has(j) && (!options.skipAdverbs || a.tokens[j]!.pos !== 'ADV')) };
    // "the number of young people who have reported …": a verb right after a relative pronoun is the
    // relative clause's, not the clause's own, which comes later.
    if (/^(?:who|which|that|whom)$/i.test(a.tokens[k - 1]?.text ?? '') && a.tokens[k - 1]!.pos !== 'SCONJ' && k - 1 > from) return null;
    if (subject.tokens.length > MAX_SUBJECT + 2) return null;
    // "they illegally conspired": adverbs before the verb go with the verb, not the subject.
    const adverbs: number[] = [];
    while (subject.tokens.length > 1 && a.tokens[subject.tokens[subject.tokens.length - 1]!]!.pos === 'ADV') adverbs.unshift(subject.tokens.pop()!);
    const adverbText = adverbs.length > 0 ? `${pieceText(a, { tokens: adverbs })} ` : '';
    if (subject.tokens.length === 0 || (!/^(?:DET|NOUN|PROPN|PRON|NUM|ADJ)$/.test(a.tokens[from]!.pos) && !gerundSubject)) return null;
    if (!subject.tokens.some((j) => /^(?:NOUN|PROPN|PRON|NUM)$/.test(a.tokens[j]!.pos))) return null;
    // "a year later, Trump had made …": one comma inside the subject ends a fronted adverbial (a time
    // phrase or a prepositional phrase), not an apposition.
    const commaAt = subject.tokens.filter((j) => a.tokens[j]!.text === ',');
    if (commaAt.length === 1 && commaAt[0] !== subject.tokens[subject.tokens.length - 1]) {
      const before = subject.tokens.filter((j) => j < commaAt[0]!);
      const adverbial = a.tokens[before[0]!]!.pos === 'ADP' || a.tokens[before[before.length - 1]!]!.pos === 'ADV' || before.some((j) => (ctx.datesIn.get(s.i) ?? []).some((d) => a.tokens[j]!.start >= d.start && a.tokens[j]!.end <= d.end));
      if (!adverbial) return null;
      subject.tokens = subject.tokens.filter((j) => j > commaAt[0]!);
    }
    if (subject.tokens.length === 0 || (!/^(?:DET|NOUN|PROPN|PRON|NUM|ADJ)$/.test(a.tokens[subject.tokens[0]!]!.pos) && !(gerundSubject && subject.tokens[0] === from))) return null;
    // "the founder, Adam Neumann, indulged": both commas of the apposition stay, a lone one goes.
    const commas = subject.tokens.filter((j) => a.tokens[j]!.text === ',').length;
    if (a.tokens[subject.tokens[subject.tokens.length - 1]!]!.text === ',' && commas % 2 === 1) subject.tokens.pop();
    // A bare "it" stays only as the dummy of "it is possible to …".
    const dummyIt = lower(a.tokens[from]) === 'it' && subject.tokens.length === 1 && /^(?:is|was)$/i.test(tok.text) && a.tokens[k + 1]?.pos === 'ADJ';
    // "she feigned injury … are true": a personal pronoun in the subjective case is a whole noun
    // phrase; a subject that runs on past it has skipped the clause's own verb.
    // ("she and her sister are": a pronoun may open a coordinated subject.)
    const head = a.tokens[subject.tokens[0]!]!;
    const pronounSubject = SUBJECTIVE.test(head.text) && a.tokens[subject.tokens[1] ?? -1]?.pos !== 'CCONJ';
    if (pronounSubject && subject.tokens.length > 1) return null;
    // ... and the verb agrees with it: "are" takes no "she", "is" no "they".
    if (pronounSubject && !agrees(head.text, tok.text)) return null;
    const resolved = resolveSubject(ctx, s, subject) ?? (dummyIt ? { text: 'it', antecedent: null } : null);
    if (!resolved || hasUnresolvedPerson(resolved.text)) return null;
    // "would rather any spare cash was spent …": the idiom of preference takes a verb or a clause;
    // a clause cut at its verb leaves no question, and "would" keeps its sense (no "will rather").
    const preference = /^(?:would|had)$/i.test(tok.text) && /^(?:rather|sooner)$/i.test(lower(a.tokens[k + 1]));
    if (preference && a.tokens[k + 2]?.pos !== 'VERB') return null;
    const mainHave = /^(?:has|have|had)$/i.test(tok.text) && /^(?:DET|NOUN|PROPN|NUM|ADJ|PRON)$/.test(a.tokens[k + 1]?.pos ?? '');
    const after = pastParenthesis(a, s, k + 1);
    // "she thought Mr Obama had underestimated …": a verb of saying or thinking keeps its clause.
    const stopAtMatrixVerb = !CLAUSE_TAKING.has(tok.lemma.toLowerCase());
    if (INVERTIBLE.test(tok.text) && !mainHave) {
      const { piece } = predicateFrom(a, s, after, { stopAtCoordinatedVerb: true, stopAtMatrixVerb });
    if (options.until !== undefined) piece.tokens = piece.tokens.filter((j) => j < options.until!);
      let rest = adverbText + pieceText(a, piece).replace(/\b(?:our|my)\b/gi, 'the');
      if (piece.tokens.length === 0 && options.gap) {
        // "what the new material was" → "What was the new material?", "who the winners will be" →
        // "Who will the winners be?": a clause may end at a copula whose complement the wh-word is,
        // when its subject is a plain noun phrase and nothing follows the verb group.
        const be = /^(?:will|would)$/i.test(tok.text) && lower(a.tokens[after]) === 'be' ? after : -1;
        const end = a.tokens[be >= 0 ? be + 1 : after];
        const closes = !end || end.i > s.last || isPunct(end);
        if (!closes || !(/^(?:is|are|was|were)$/i.test(tok.text) || be >= 0) || !isPlainNounPhrase(a, subject)) return null;
        if (be >= 0) rest = `${adverbText}be`;
      }
      if ((piece.tokens.length === 0 && !options.gap) || hasUnresolvedPerson(rest) || UNNAMED_OBJECT.test(rest) || hasStrayFinite(a, piece, !stopAtMatrixVerb)) return null;
      // "do"-support needs a verb to follow ("does n't paint" → "Does … paint").
      if (/^(?:do|does|did)$/i.test(tok.text) && a.tokens[piece.tokens[0] ?? -1]?.pos !== 'VERB') return null;
      // "what had become of …": a past perfect narrates; reported ("denied that it had misled") it is a plain past.
      if (/^had$/i.test(tok.text)) {
        const participle = a.tokens[piece.tokens[0] ?? -1];
        if (!participle || !options.futureOfPast || participle.pos !== 'VERB' || participle.text.toLowerCase() === participle.lemma.toLowerCase()) return null;
        const after = pieceText(a, { tokens: piece.tokens.slice(1) });
        return finishQuestion(`did ${resolved.text} ${adverbText}${baseForm(participle)}${after ? ` ${after}` : ''}`);
      }
      const aux = options.futureOfPast && /^would$/i.test(tok.text) && !preference ? 'will' : tok.text.toLowerCase();
      return finishQuestion(`${aux} ${resolved.text} ${rest}`);
    }
    if (tok.pos !== 'VERB' && !mainHave) return null;
    // "they want" (the lemma's form) is present only after a plural subject; "he put" is past.
    // (The subject's head, not an adverb between it and the verb: "Advertisers probably pay".)
    const plural = /^(?:they|we|these|those)$/i.test(resolved.text) || /[^s'’]s$/i.test(a.tokens[subject.tokens[subject.tokens.length - 1]!]!.text);
    const bare = tok.text.toLowerCase() === tok.lemma.toLowerCase();
    // "the virus spread from birds", "the blast hit the station": after a singular subject the
    // base form of a verb whose past is the same word is that past (the present would take "-s").
    const pastAsBase = bare && !plural && !/^(?:i|you)$/i.test(resolved.text) && PAST_AS_BASE.has(tok.lemma.toLowerCase());
    if (bare && !plural && !pastAsBase) return null;
    const present = !pastAsBase && (bare || (/s$/i.test(tok.text) && !/ss$/i.test(tok.text)));
    const aux = options.future && present ? 'will' : pastAsBase ? 'did' : bare ? 'do' : present ? 'does' : 'did';
    // "higher purchases of farm goods, promises of access …": a verb in "-s" cannot follow a plural
    // head noun; the "verb" is a noun of a list the clause was misread from.
    if (aux === 'does' && isPluralHead(a, subject)) return null;
    const { piece } = predicateFrom(a, s, after, { stopAtCoordinatedVerb: true, stopAtMatrixVerb });
    if (options.until !== undefined) piece.tokens = piece.tokens.filter((j) => j < options.until!);
    // "told a French magazine: …": the addressee without what was told.
    if (contentCut(a, k, piece.tokens)) return null;
    // "searched the headquarters and wrongfully obtained statements": "did" takes one base form; a
    // second verb still inflected is cut with its conjunction.
    const coordinated = piece.tokens.findIndex((j, i) => i > 0 && a.tokens[j]!.pos === 'CCONJ' && isInflectedVerbAfter(a, j + 1));
    if (coordinated > 0) piece.tokens.length = coordinated;
    const rest = pieceText(a, piece);
    // ("whether the ceasefire holds" may end at its verb, where the sentence's own verb follows.)
    if ((piece.tokens.length === 0 && options.until !== k + 1 && !options.gap) || hasStrayFinite(a, piece, !stopAtMatrixVerb) || hasUnresolvedPerson(rest) || UNNAMED_OBJECT.test(rest)) return null;
    return finishQuestion(`${aux} ${resolved.text} ${adverbText}${baseForm(tok)} ${rest}`);
  }
  return null;
}

/**
 * Irregular verbs whose past tense is spelled as their base form ("cut - cut - cut", the
 * invariable class of the irregular verbs in Quirk et al. 1985, ch. 3), with "read" and "beat".
 */
const PAST_AS_BASE = new Set(['bet', 'bid', 'broadcast', 'burst', 'cast', 'cost', 'cut', 'forecast', 'hit', 'hurt', 'let', 'put', 'quit', 'read', 'rid', 'set', 'shed', 'shut', 'split', 'spread', 'thrust', 'upset', 'beat']);

/** A subject that is one plain noun phrase: no pronoun standing for a clause, no determiner after its first noun ("redistributive this chancellor"). */
function isPlainNounPhrase(a: Analysis, subject: Piece): boolean {
  const words = subject.tokens.map((k) => a.tokens[k]!);
  if (words.length === 1 && words[0]!.pos === 'PRON' && /^(?:it|this|that)$/i.test(words[0]!.text)) return false;
  const noun = words.findIndex((x) => x.pos === 'NOUN' || x.pos === 'PROPN');
  return words.every((x) => /^(?:DET|ADJ|NOUN|PROPN|NUM|PRON)$/.test(x.pos) || /^(?:of|['’]s)$/i.test(x.text) || isWordHyphen(a, x.i)) && !words.some((x, i) => noun >= 0 && i > noun && x.pos === 'DET' && words[i - 1]!.text.toLowerCase() !== 'of');
}

/** Personal pronouns in the subjective case. */
const SUBJECTIVE = /^(?:i|he|she|we|they)$/i;

/** Whether a finite auxiliary or verb agrees with a subjective pronoun ("she are", "they is" do not). */
function agrees(pronoun: string, verb: string): boolean {
  const p = pronoun.toLowerCase();
  const v = verb.toLowerCase();
  const third = p === 'he' || p === 'she';
  // ("if she were …": the subjunctive "were" takes every person.)
  if (/^(?:are|have|do)$/.test(v)) return !third;
  if (/^(?:is|has|does)$/.test(v)) return third;
  if (v === 'was') return p !== 'we' && p !== 'they';
  if (v === 'am') return p === 'i';
  return true;
}

/** Whether a subject's head (its last noun before any preposition) is a plural noun: "purchases of goods". */
function isPluralHead(a: Analysis, subject: Piece): boolean {
  const of = subject.tokens.findIndex((k) => a.tokens[k]!.pos === 'ADP');
  const head = a.tokens[subject.tokens[(of > 0 ? of : subject.tokens.length) - 1]!]!;
  return head.pos === 'NOUN' && /[^s'’]s$/i.test(head.text) && head.text.toLowerCase() !== head.lemma.toLowerCase();
}

/**
 * The base form of a verb as the article spells it: the tagger's lemma, unless it respells the
 * word ("favour" → "favor", "organised" → "organize"), in which case the article's spelling is kept.
 */
export function baseForm(tok: Token): string {
  const word = tok.text.toLowerCase();
  const lemma = tok.lemma.toLowerCase();
  // "raped" is "rape" + "d": a one-syllable verb ending consonant-vowel-consonant doubles it before "-ed" ("rapped").
  if ((word === `${lemma}ed` || word === `${lemma}es`) && /^[^aeiou]*[aeiou][^aeiouwxy]$/.test(lemma)) return `${lemma}e`;
  if (word.startsWith(lemma) || word.slice(0, 3) !== lemma.slice(0, 3)) return lemma;
  for (const spelled of [lemma.replace(/z/g, 's'), lemma.replace(/or$/, 'our'), lemma.replace(/er$/, 're')]) if (word.startsWith(spelled)) return spelled;
  return lemma;
}

/** A finite auxiliary inside a predicate that no "that", relative or conjunction introduces: a misread clause. */
function hasStrayFinite(a: Analysis, piece: Piece, clauseTaking = false): boolean {
  return strayFiniteAt(a, piece, clauseTaking) >= 0;
}

/** Where in `piece` a finite auxiliary starts a clause of its own with no word to open it; -1 when none does. */
export function strayFiniteAt(a: Analysis, piece: Piece, clauseTaking = false): number {
  return piece.tokens.findIndex((k, i) => {
    if (i === 0 || !FINITE_AUX.test(a.tokens[k]!.text) || a.tokens[k]!.pos !== 'AUX') return false;
    // (A "that" opens a clause however long the phrase before its verb: "concerned that the content on the blog may …".)
    const before = piece.tokens.slice(Math.max(0, i - 10), i).map((j) => a.tokens[j]!);
    const introduced = before.some((x) => /^(?:that|which|who|if|whether|when|and|or|but|what|how|where|why)$/i.test(x.text));
    // After a verb of saying or thinking a clause may open without "that" ("thought Mr Obama had …").
    const subject = a.tokens[piece.tokens[i - 1]!]!.pos;
    return !introduced && subject !== 'PRON' && !(clauseTaking && (subject === 'PROPN' || subject === 'NOUN'));
  });
}

/** Whether a verb not in its base form opens at `k`, past any adverbs ("wrongfully obtained"). */
function isInflectedVerbAfter(a: Analysis, k: number): boolean {
  while (a.tokens[k]?.pos === 'ADV') k++;
  const v = a.tokens[k];
  return v !== undefined && v.pos === 'VERB' && v.text.toLowerCase() !== v.lemma.toLowerCase();
}

const WH = /^(?:how|what|who|when|where|why|which)$/i;
/** Verbs that take an adjective as complement (Quirk et al. 1985, §16.21: copular verbs). */
const LINKING_VERB = /^(?:be|become|seem|appear|look|sound|feel|prove|remain|stay|get|grow|turn)$/i;

/**
 * "how much each director will have to pay" → "How much will each director have to pay?";
 * "who will replace him" stays as it is. `at` is the wh-word.
 */
export function whQuestion(ctx: RuleContext, s: Sentence, at: number, options: InvertOptions = {}): string | null {
  const a = ctx.analysis;
  const wh = a.tokens[at];
  if (!wh || !WH.test(wh.text)) return null;
  let k = at + 1;
  // "how much", "how long", "what role", "which countries".
  if (/^how$/i.test(wh.text) && a.tokens[k] && /^(?:ADJ|ADV)$/.test(a.tokens[k]!.pos)) k++;
  // "how many other Census violations", "which countries": a quantity or a choice takes its noun along ("how best Britain …" does not).
  const takesNoun = /^(?:what|which)$/i.test(wh.text) || /^(?:many|much|few)$/i.test(lower(a.tokens[at + 1]));
  // "how significant progress … can be made": the adjective qualifies the noun after it, which the
  // clause cannot lose; in "how crucial search would become" it is the complement of a linking verb.
  if (!takesNoun && k > at + 1 && a.tokens[k - 1]!.pos === 'ADJ' && a.tokens[k]?.pos === 'NOUN') {
    let v = findToken(a, k + 1, Math.min(s.last, k + 8), isVerb);
    while (v >= 0 && isVerb(a.tokens[v + 1])) v++;
    if (v < 0 || !LINKING_VERB.test(a.tokens[v]!.lemma)) return null;
  }
  // ("what Glazer comes with": a name right after "what" is the clause's subject, not the wh-phrase's noun.)
  // ("how many users Firefox has won": a name after the phrase's noun opens the clause.)
  if (takesNoun && !(/^what$/i.test(wh.text) && a.tokens[k]?.pos === 'PROPN')) while (k <= s.last && k < at + 7 && /^(?:NOUN|ADJ|PROPN)$/.test(a.tokens[k]!.pos) && !(a.tokens[k]!.pos === 'PROPN' && a.tokens[k - 1]!.pos === 'NOUN')) k++;
  // "what people choose …": after "what" a noun followed by its verb is the clause's subject.
  if (/^what$/i.test(wh.text) && k > at + 1 && a.tokens[k]?.pos === 'VERB') return null;
  const phrase = pieceText(a, { tokens: range(at, k - 1) });
  if (k > s.last) return null;
  // ("why people can't …", "people" read as a verb: only "who", "what" and "which" phrases can be a subject.)
  if (a.tokens[k]!.pos === 'VERB' && !/^(?:who|what|which)$/i.test(wh.text) && k === at + 1) return null;
  if (isVerb(a.tokens[k])) {
    // The wh-phrase is the subject.
    const { piece } = predicateFrom(a, s, k, { stopAtCoordinatedVerb: true });
    if (options.until !== undefined) piece.tokens = piece.tokens.filter((j) => j < options.until!);
    const rest = pieceText(a, piece);
    if (piece.tokens.length < 2 || hasUnresolvedPerson(rest) || /^had\b/i.test(rest)) return null;
    return finishQuestion(`${phrase} ${options.futureOfPast ? rest.replace(/^would\b/i, 'will') : rest}`);
  }
  // "what people choose to spend money on": a preposition stranded at the clause's end has lost its object.
  // ("what Glazer comes with." is whole: the wh-word is the object a preposition strands at the sentence's end.)
  const { stop } = predicateFrom(a, s, k);
  if (a.tokens[stop - 1]?.pos === 'ADP' && !(stop > s.last || /^[.!?]$/.test(a.tokens[stop]!.text))) return null;
  const inverted = invertClause(ctx, s, k, { ...options, gap: true });
  if (!inverted) return null;
  return finishQuestion(`${phrase} ${inverted.charAt(0).toLowerCase()}${inverted.slice(1)}`);
}

/** A noun phrase as question text: a leading "a"/"an" becomes "the", a bare noun gets "the". */
export function definite(a: Analysis, np: Piece): string {
  const first = a.tokens[np.tokens[0]!]!;
  const text = lowerFirst(a, np, pieceText(a, np));
  if (/^(?:a|an|another)$/i.test(first.text)) return text.replace(/^\S+/, 'the');
  if ((first.pos === 'DET' && !isWordHyphen(a, first.i + 1)) || first.pos === 'PRON' || np.tokens.some((k) => /^['’]s$/.test(a.tokens[k]!.text))) return text;
  if (first.pos === 'PROPN' && np.tokens.length === 1) return text;
  return `the ${text}`;
}

/** Whether the token opens a finite clause: a subject-like word followed within a few tokens by a verb. */
export function opensClause(a: Analysis, s: Sentence, k: number): boolean {
  const t = a.tokens[k];
  if (!t || !/^(?:DET|NOUN|PROPN|PRON|NUM|ADJ)$/.test(t.pos)) return false;
  for (let j = k + 1; j <= Math.min(s.last, k + MAX_SUBJECT); j++) {
    const x = a.tokens[j]!;
    if (isVerb(x)) return !isWordHyphen(a, j - 1) && !isWordHyphen(a, j + 1);
    // Only a noun phrase may stand between: "the possibility of any rise and insisted" is no clause.
    if ((!/^(?:DET|NOUN|PROPN|PRON|NUM|ADJ|ADV)$/.test(x.pos) && x.text !== 'of' && !/^['’]s$/.test(x.text) && !isWordHyphen(a, j)) || /^that$/i.test(x.text)) return false;
  }
  return false;
}
