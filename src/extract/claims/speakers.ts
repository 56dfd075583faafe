// Who speaks through a speech verb: a named actor next to it ("X said",
// "said X", "X, BA's chief executive, said"), a pronoun or a description that
// refers back to one ("he said", "the foreign secretary said", "it said"), or
// an unnamed source described in the text ("the prime minister's official
// spokesman said", "airlines fear").
import type { ActorDraft } from '../actors/index.js';
import { describedPersonAt } from '../actors/descriptions.js';
import type { NameMention } from '../actors/mentions.js';
import type { Analysis, Sentence, Token } from '../nlp.js';
import { genderOfNoun, HONORIFICS, PERSON_KINDS, PERSON_SENSES, TITLE_WORDS } from '../actors/lexicon.js';
import { genderOfGivenName } from './name-genders.js';
import { ORGANIZATION_NOUN_LIST } from '../lexicon/organization-nouns.js';
import { ADVERBIAL_SUBORDINATORS, DEMONYMS, FEMALE_PRONOUNS, FIRST_PERSON, GROUP_NOUNS, INVERTIBLE, MALE_PRONOUNS, NEEDS_PARTICLE, ORG_NOUNS, ORG_PRONOUNS, PERSON_NOUNS, PROXY_NOUNS, SOURCE_NOUNS, SPEECH_LEMMAS, VERB_PREFIX } from './lexicon.js';
import { MODAL_AUXILIARIES } from '../lexicon/modals.js';

const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their']);

export interface SpeakerContext {
  analysis: Analysis;
  drafts: ActorDraft[];
  /** Mention start offset → its actor. */
  mentionOwner: Map<number, ActorDraft>;
  mentionsBySentence: Map<number, NameMention[]>;
  /** Offsets covered by quotes (inner spans), sorted by start. */
  quoted: { start: number; end: number }[];
  /** The speaker of the last claim, for continuations and first-person asides. */
  lastSpeaker: ActorDraft | null;
  /** The sentence of that claim. */
  lastSpeakerSentence: number;
  /** Every named speaker so far, with the sentence of the claim, in text order. */
  speakers?: { actor: ActorDraft; sentence: number }[];
  /** The article's authors (byline, "By ..." and "... contributed to this report" lines): never a referent. */
  authors?: Set<ActorDraft>;
  /** The last claim's speaker when it was an unnamed group ("officials", "critics"), and its sentence. */
  lastPlural?: { description: string; sentence: number };
  /** The actor that is the subject of each sentence, as far as worked out. */
  subjects?: Map<number, ActorDraft | null>;
  /** The people a share of a poll was last said of ("Half of those questioned said": "those questioned"), and its sentence. */
  lastShareGroup?: { description: string; sentence: number };
  /** The last claim's speaker when it was an unnamed organisation or group ("the US military"), and its sentence. */
  lastCollective?: { description: string; sentence: number };
  /** The last claim's speaker when it was an unnamed person ("the prime minister's official spokesman"), and its sentence. */
  lastDescribed?: { description: string; sentence: number };
  /** The body a spokesperson spoke for as "he" or "she" (the noun's gender), and the sentence where the pronoun stood. */
  spokesperson?: { body: ActorDraft; gender: 'male' | 'female' | null; sentence: number };
  /** The quote whose speaker is being looked for, if any. */
  quote?: { start: number; end: number } | null;
  /** Each actor's gender as the text tells it, worked out on first use. */
  genders?: Map<ActorDraft, 'male' | 'female' | null>;
}

export type SpeakerSide = 'before' | 'after' | 'anaphor';

export interface FoundSpeaker {
  actor: ActorDraft | null;
  /** A description of an unnamed source, when `actor` is null. */
  description: string | null;
  side: SpeakerSide;
  /** "I"/"we" outside quotes: the words are the last speaker's own. */
  firstPerson?: boolean;
}

const lower = (t: Token): string => t.text.toLowerCase();
const isCap = (t: Token): boolean => /^\p{Lu}/u.test(t.text);
const POSSESSIVE = new Set(["'s", '’s', "'", '’']);
const NP_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM']);
const NP_GLUE = new Set(['of', 'for', 'at', 'in', 'from', 'with', 'to', 'by', 'on', 'into', '-', '&', 'and']);
/** Prepositions that start a modifier of the head noun; the head stands before them. */
const PREPOSITIONS = new Set(['of', 'for', 'at', 'in', 'from', 'with', 'to', 'by', 'on', 'into', 'about']);
const DASHES = new Set(['-', '–', '—']);
const TIME_NOUNS = new Set(['week', 'month', 'year', 'weekend', 'morning', 'afternoon', 'evening', 'night', 'spring', 'summer', 'autumn', 'fall', 'winter', 'time']);
const QUOTE_MARKS = new Set(["'", '‘', '’']);
const SPOKESPERSON = /^spokes(?:man|woman|person)$/;

export function isQuoted(ctx: SpeakerContext, offset: number): boolean {
  // Binary search: quotes are sorted and do not overlap.
  let lo = 0;
  let hi = ctx.quoted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const q = ctx.quoted[mid]!;
    if (offset < q.start) hi = mid - 1;
    else if (offset >= q.end) lo = mid + 1;
    else return true;
  }
  return false;
}

/** The most recent actor mentioned before `offset`, outside quotes, that fits `accept`. */
function lastActorBefore(ctx: SpeakerContext, offset: number, accept: (d: ActorDraft) => boolean, withinSentences = 6, fromSentence?: number, acceptMention?: (m: NameMention) => boolean): ActorDraft | null {
  let best: { at: number; d: ActorDraft } | null = null;
  for (const d of ctx.drafts) {
    if (!accept(d) || ctx.authors?.has(d)) continue;
    for (const m of d.mentions) {
      if (m.start >= offset || (best && m.start <= best.at)) continue;
      if (acceptMention && !acceptMention(m)) continue;
      if (fromSentence !== undefined && fromSentence - m.sentence > withinSentences) continue;
      if (isQuoted(ctx, m.start)) continue;
      best = { at: m.start, d };
    }
  }
  return best?.d ?? null;
}

/** Words that may open a sentence before its subject ("But", "However,", "Later,"). */
const SENTENCE_LEAD = new Set(['but', 'and', 'however', 'meanwhile', 'still', 'yet', 'so', 'now', 'later', 'also', 'then', 'earlier', 'instead']);

/**
 * The actor that is the subject of sentence `i`: a name that opens it (after "But", "However,"),
 * or a subject pronoun that opens it, resolved in turn. A subject pronoun most often continues the
 * previous subject ("Standard Life is the latest shareholder to object to the plan to buy the
 * LSE. It said..." is Standard Life, not the LSE).
 */
function sentenceSubject(ctx: SpeakerContext, i: number, depth = 0): ActorDraft | null {
  const memo = (ctx.subjects ??= new Map());
  const known = memo.get(i);
  if (known !== undefined) return known;
  const s = ctx.analysis.sentences[i];
  if (!s) return null;
  const { tokens } = ctx.analysis;
  const first = subjectToken(ctx, s);
  const word = lower(tokens[first]!);
  let subject: ActorDraft | null = null;
  if (MALE_PRONOUNS.has(word) || FEMALE_PRONOUNS.has(word) || ORG_PRONOUNS.has(word)) {
    if (depth < 4) subject = referentOf(ctx, word, tokens[first]!.start, i, ORG_PRONOUNS.has(word) ? 2 : 6, depth + 1);
  } else {
    // The name at the head of the opening noun phrase: "Tottenham manager Martin Jol acclaimed ..." is Jol.
    // (Up to the last noun or name of the opening run: "Martin Jol acclaimed" may be tagged an adjective.)
    let runEnd = first;
    while (runEnd < s.last && runEnd - first < 8 && (tokens[runEnd + 1]!.pos === 'NOUN' || tokens[runEnd + 1]!.pos === 'PROPN' || (isCap(tokens[runEnd + 1]!) && tokens[runEnd + 1]!.pos !== 'PRON'))) runEnd++;
    const np = phraseStartingAt(tokens, s, first) ?? phraseEndingAt(tokens, s, runEnd);
    const inNp = (ctx.mentionsBySentence.get(i) ?? []).filter((x) => (x.titleFirst ?? x.first) <= (np?.last ?? first) && x.last >= first);
    // ("The Vermont senator declined": a name that premodifies a noun for a person is not the head
    // of the subject; the noun is, Quirk et al. 1985, §17.108. Not "the BBC spokesman", who speaks for the name.)
    const headNoun = np ? tokens[np.last]! : undefined;
    // (One person, as the description below reads it: not "the Save the Regiments campaigners", whose
    // name is their group's, nor "the Russian government's argument", which is no agent.)
    const personHead = !!headNoun && headNoun.pos === 'NOUN' && !isCap(headNoun) && !/(?:s|ment)$/.test(lower(headNoun)) && (PERSON_NOUNS.has(lower(headNoun)) || isAgentNoun(headNoun)) && !PROXY_NOUNS.has(lower(headNoun)) && !SPOKESPERSON.test(lower(headNoun));
    const premodifier = (x: NameMention): boolean => personHead && x.last < np!.last && !POSSESSIVE.has(tokens[x.last + 1]?.text ?? '');
    const m = np ? (inNp.find((x) => x.last === np.last) ?? inNp.find((x) => (x.titleFirst ?? x.first) <= first && first <= x.last && !premodifier(x))) : inNp[0];
    // "Smith's lawyer said": a possessor is not the subject.
    // ("Christie's been making the case": an 's before a verb is "has" or "is", and the name is the subject.)
    const contracted = /^(?:VERB|AUX)$/.test(tokens[(m?.last ?? 0) + 2]?.pos ?? '') || /^(?:been|got|said|going)$/i.test(tokens[(m?.last ?? 0) + 2]?.text ?? '');
    if (m && (!POSSESSIVE.has(tokens[m.last + 1]?.text ?? '') || contracted)) subject = ctx.mentionOwner.get(m.start) ?? null;
    // "Cuban defied the question": a surname the actor list did not link to its person.
    else if (!m && np && np.last === np.first && !POSSESSIVE.has(tokens[np.last + 1]?.text ?? '')) subject = personBySurname(ctx, tokens[np.last]!);
    // "The Vermont senator declined to say ... But he told": a definite description of a person
    // that opens the sentence is its subject, the one it refers back to (centering: the subject is
    // the likeliest antecedent of the next sentence's pronoun; Grosz, Joshi & Weinstein 1995).
    else if (!m && np && depth === 0 && lower(tokens[first - 1] ?? tokens[first]!) === 'the' && np.first === first) {
      const head = tokens[np.last]!;
      const verb = tokens[np.last + 1];
      // (Not "the prime minister's official spokesman": someone's spokesperson or aide is a person of their own.)
      const owned = tokens.slice(np.first, np.last + 1).some((t) => POSSESSIVE.has(t.text));
      if (head.pos === 'NOUN' && !/s$/.test(head.text) && (PERSON_NOUNS.has(lower(head)) || isAgentNoun(head)) && !owned && !PROXY_NOUNS.has(lower(head)) && !SPOKESPERSON.test(lower(head)) && (verb?.pos === 'VERB' || verb?.pos === 'AUX')) {
        memo.set(i, null);
        const described = personForDescription(ctx, lower(head), ctx.analysis.text.slice(tokens[first - 1]!.start, head.end), tokens[first - 1]!.start, i);
        if (described && described.mentions.some((x) => x.start < tokens[first]!.start)) subject = described;
      }
    }
  }
  if (depth === 0) memo.set(i, subject);
  return subject;
}

/**
 * The person who is the subject of the sentence right before `sentence`, in the same paragraph and
 * not itself a quote, or null: the one a quote standing alone after it is about to be heard from.
 */
export function subjectBefore(ctx: SpeakerContext, sentence: Sentence): ActorDraft | null {
  const prev = ctx.analysis.sentences[sentence.i - 1];
  if (!prev || prev.paragraph !== sentence.paragraph || isQuotedSentence(ctx, prev)) return null;
  const subject = sentenceSubject(ctx, prev.i);
  return subject?.type === 'person' && !ctx.authors?.has(subject) ? subject : null;
}

/** The token where the subject of a sentence starts: after "But", "However,", a fronted phrase ("In Argentina,") and an article. */
function subjectToken(ctx: SpeakerContext, s: Sentence): number {
  const { tokens } = ctx.analysis;
  let first = s.first;
  while (first < s.last && (SENTENCE_LEAD.has(lower(tokens[first]!)) || tokens[first]!.text === ',' || isQuoted(ctx, tokens[first]!.start) || QUOTE_MARKS.has(tokens[first]!.text) || tokens[first]!.text === '"' || tokens[first]!.text === '“')) first++;
  // A dateline ("LONDON (Reuters) —", "WASHINGTON —") is not the subject.
  for (let guard = 0; guard < 3 && first < s.last; guard++) {
    const tok = tokens[first]!;
    if (tok.text === '(') {
      let k = first;
      while (k < s.last && k - first < 8 && tokens[k]!.text !== ')') k++;
      if (tokens[k]!.text !== ')') break;
      first = k + 1;
    } else if (DASHES.has(tok.text) || tok.text === '―') first++;
    else if (/^\p{Lu}{2,}$/u.test(tok.text) && (DASHES.has(tokens[first + 1]?.text ?? '') || tokens[first + 1]?.text === '(')) first++;
    else break;
  }
  // "In Argentina, Suez's subsidiary ...": a fronted phrase up to its comma is not the subject.
  // ("When a reporter asked Smith if ..., Jones interrupted": nor is a fronted adverbial clause,
  // however long; it ends at its first comma, Quirk et al. 1985, §15.2.)
  // ("Repeating a line from his speech, Biden rubbished ...", "Asked about it, Rubio said": a
  // fronted participle clause, Quirk et al. 1985, §15.59, up to its comma.)
  // (The tagger may take a capitalised "Repeating" for a name; a name is not followed by a determiner.)
  const opening = tokens[first]!;
  const gerund = opening.pos === 'PROPN' && /\p{Ll}ing$/u.test(opening.text) && /^(?:DET|PRON)$/.test(tokens[first + 1]?.pos ?? '');
  // ("Informed of the lean, Early described it": a past participle with its preposition; a name is not followed by "of".)
  const participle = opening.pos === 'PROPN' && /\p{Ll}ed$/u.test(opening.text) && tokens[first + 1]?.pos === 'ADP';
  // ("Charismatic and soulful, Mr. Clinton was ...": a fronted verbless clause of coordinated
  // adjectives, Quirk et al. 1985, §15.59, up to its comma; the tagger takes the capitalised first for a name.)
  const adjectives = opening.pos === 'PROPN' && /^(?:and|or)$/.test(lower(tokens[first + 1] ?? opening)) && tokens[first + 2]?.pos === 'ADJ' && tokens[first + 3]?.text === ',';
  if (adjectives) first += 4;
  else if ((opening.pos === 'VERB' && /(?:ing|ed|en)$/.test(opening.text)) || gerund || participle) {
    const k = clauseComma(ctx, s, first, 30);
    if (k !== null) first = k + 1;
    // ("Dismayed by ..., and inspired by ..., he is committed": coordinated participle clauses.)
    for (let guard = 0; guard < 3 && k !== null && tokens[first]?.pos === 'CCONJ' && tokens[first + 1]?.pos === 'VERB' && /(?:ing|ed|en)$/.test(tokens[first + 1]!.text); guard++) {
      const next = clauseComma(ctx, s, first + 1, 30);
      if (next === null) break;
      first = next + 1;
    }
  }
  // ("Back in 2000, Bush sought", "Last week, Bush said": a fronted adverbial or time phrase
  // without a verb, up to its comma, is an adjunct, not the subject; Quirk et al. 1985, §8.19, 8.52.)
  const lead = tokens[first]!;
  const timePhrase = /^(?:this|last|next|that|earlier|later|late|early)$/i.test(lead.text) && TIME_NOUNS.has(lower(tokens[first + 1] ?? lead));
  if (lead.pos === 'ADV' || timePhrase) {
    const k = clauseComma(ctx, s, first, 8);
    if (k !== null && tokens.slice(first, k).every((t) => t.pos !== 'VERB' && t.pos !== 'AUX' && t.pos !== 'PRON')) first = k + 1;
  }
  // ("With Democratic leaders worried about ..., Obama is rolling out": an absolute clause, Quirk et al. 1985, §15.58, is as long.)
  const subordinate = ADVERBIAL_SUBORDINATORS.has(lower(tokens[first]!)) || /^(?:with|without)$/i.test(tokens[first]!.text);
  if (tokens[first]!.pos === 'ADP' || tokens[first]!.pos === 'SCONJ' || subordinate) {
    const k = clauseComma(ctx, s, first, subordinate ? 40 : 10);
    if (k !== null) first = k + 1;
  }
  // ("When someone shouted, “Cruz,” Beck joked": a quote after a fronted clause is that clause's object.)
  if (first > s.first) while (first < s.last && (tokens[first]!.text === ',' || isQuoted(ctx, tokens[first]!.start) || /^["“”'‘’]$/.test(tokens[first]!.text))) first++;
  while (first < s.last && /^(?:the|a|an)$/i.test(tokens[first]!.text)) first++;
  return first;
}

/**
 * The comma that ends a fronted phrase or clause opening at `first`, within `reach` tokens, or
 * null; a place or an age set off by commas inside it does not end it ("Following a shooting in
 * Roseburg, Ore., she issued ...").
 */
function clauseComma(ctx: SpeakerContext, s: Sentence, first: number, reach: number): number | null {
  const { tokens } = ctx.analysis;
  let k = first;
  for (;;) {
    while (k < s.last && k - first < reach && tokens[k]!.text !== ',') k++;
    if (tokens[k]!.text !== ',' || k >= s.last) return null;
    let next = k + 1;
    while (next < s.last && next - k <= 4 && tokens[next]!.text !== ',') next++;
    if (tokens[next]!.text !== ',' || !isAgeOrPlace(ctx, s, k + 1, next - 1)) return k;
    k = next;
  }
}

/** The sentence before `i` that is not wholly inside a quote (a quote's own sentences have no subject to refer back to). */
function previousOpen(ctx: SpeakerContext, i: number): number {
  let k = i - 1;
  while (k > 0 && i - k < 6 && isQuotedSentence(ctx, ctx.analysis.sentences[k]!)) k--;
  return k;
}

/** Is every word of the sentence inside quote marks? */
function isQuotedSentence(ctx: SpeakerContext, s: Sentence): boolean {
  const { tokens } = ctx.analysis;
  for (let t = s.first; t <= s.last; t++) if (tokens[t]!.pos !== 'PUNCT' && !isQuoted(ctx, tokens[t]!.start)) return false;
  return true;
}

/**
 * Indefinite pronouns (Quirk et al. 1985, §6.45-6.46): capitalised at the start of a sentence the
 * actor list may take one for a name ("None has offered a plan"); no pronoun refers back to one.
 */
const INDEFINITE_PRONOUNS = new Set('none nobody nothing neither either each all both some any anyone anybody someone somebody everyone everybody many few several most'.split(' '));

/** Does an actor agree with a pronoun in gender and kind? */
function agrees(d: ActorDraft, pronoun: string, ctx?: SpeakerContext): boolean {
  // The author of the piece is not who "he" or "she" in it is.
  if (ctx?.authors?.has(d)) return false;
  if (INDEFINITE_PRONOUNS.has(d.name.toLowerCase())) return false;
  const known = ctx ? genderOf(ctx, d) : d.gender;
  if (ORG_PRONOUNS.has(pronoun)) return d.type === 'organization' || d.type === 'country';
  const gender = MALE_PRONOUNS.has(pronoun) ? 'male' : FEMALE_PRONOUNS.has(pronoun) ? 'female' : null;
  // A one-word name taken for an organisation ("Carson") that the text calls "he" or "she" is a
  // person; so is one that is the surname of a person named in full ("Bozell" after "Brent Bozell III").
  const bearer = ctx && d.type === 'organization' ? surnameBearer(ctx, d) : null;
  if (bearer) return agrees(bearer, pronoun, ctx);
  // (Not an acronym: "the BBC" is no one's surname.)
  const person = d.type === 'person' || (d.type === 'organization' && known !== null && !/\s/.test(d.name) && !/^\p{Lu}{2,}$/u.test(d.name));
  return person && (gender === null || known === null || known === gender);
}

/** Generational suffixes that follow a surname ("Brent Bozell III", "Martin Luther King Jr."). */
const NAME_SUFFIXES = /^(?:jr\.?|sr\.?|ii|iii|iv)$/i;

/** The one person named in full whose surname a one-word actor's name is, or null. */
function surnameBearer(ctx: SpeakerContext, d: ActorDraft): ActorDraft | null {
  if (/\s/.test(d.name)) return null;
  let found: ActorDraft | null = null;
  for (const p of ctx.drafts) {
    if (p.type !== 'person' || ctx.authors?.has(p)) continue;
    const words = p.name.split(/\s+/).filter((w) => !NAME_SUFFIXES.test(w.replace(/,$/, '')));
    if (words.length < 2 || words.at(-1) !== d.name) continue;
    if (found && genderOf(ctx, found) !== genderOf(ctx, p)) return null;
    found ??= p;
  }
  return found;
}

/**
 * An actor's gender for "he" and "she": from the actor list (honorifics, given names), else from
 * the text itself: a gendered noun in the role ("congresswoman", "the daughter of"), and "he" or
 * "she" used of the actor — the first subject pronoun outside quotes in the sentence after one the
 * actor opens, or right after the actor's own speech verb ("Carson said she ..."). Votes that
 * disagree cancel out.
 */
function genderOf(ctx: SpeakerContext, d: ActorDraft): 'male' | 'female' | null {
  // A given name in the actor's own name outweighs an honorific that may belong to a namesake merged
  // into it ("Katherine Jackson" and "Mr Jackson").
  const given = d.type === 'person' && /\s/.test(d.name) ? genderOfGivenName(d.name.split(/\s+/)[0]!) : null;
  if (!given && d.gender !== null) return d.gender;
  const memo = (ctx.genders ??= new Map());
  const known = memo.get(d);
  if (known !== undefined) return known;
  let male = 0;
  let female = 0;
  const vote = (g: 'male' | 'female' | null): void => {
    if (g === 'male') male++;
    else if (g === 'female') female++;
  };
  for (const w of (d.role ?? '').split(/[\s-]+/)) vote(genderOfNoun(w));
  const roleVotes = { male, female };
  if (d.type === 'person' || (d.type === 'organization' && !/\s/.test(d.name))) {
    const { tokens, sentences } = ctx.analysis;
    for (const m of d.mentions) {
      if (isQuoted(ctx, m.start)) continue;
      const s = sentences[m.sentence]!;
      // (The subject may open with words that premodify the title: "Police Federation chairman Jan Berry said".)
      const opening = subjectToken(ctx, s);
      const premodified = d.type === 'person' && opening < (m.titleFirst ?? m.first) && tokens.slice(opening, m.titleFirst ?? m.first).every((t) => t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ');
      if (opening !== m.first && opening !== (m.titleFirst ?? m.first) && !premodified) continue;
      // (The name must head the subject, not modify it: "The Planning Minister".)
      const following = tokens[m.last + 1];
      if (following && (following.pos === 'NOUN' || following.pos === 'PROPN' || POSSESSIVE.has(following.text))) continue;
      // "Carson said she ...": the pronoun right after the subject's verb.
      const verb = tokens[m.last + 1];
      const after = tokens[m.last + 2];
      if (verb?.pos === 'VERB' && after) vote(pronounGender(lower(after)));
      // "Carson defied the question. '...,' he said.": the next sentence's first subject pronoun outside quotes.
      const next = sentences[m.sentence + 1];
      if (!next || next.paragraph - s.paragraph > 1) continue;
      for (let t = next.first; t <= next.last; t++) {
        const tok = tokens[t]!;
        if (isQuoted(ctx, tok.start)) continue;
        if (tok.pos === 'PROPN') break;
        const g = /^(?:he|she)$/i.test(tok.text) ? pronounGender(lower(tok)) : null;
        if (g) {
          vote(g);
          break;
        }
      }
    }
  }
  // A given name whose usual gender the text contradicts, by two or more "he" or "she" that go on
  // with the person and none for it, yields to the text: names such as Jan, Nicola or Kim are given
  // to men in one country and to women in another ("Jan Berry said ... she said ... she warned").
  if (given) {
    const other = given === 'male' ? 'female' : 'male';
    const pronouns = { male: male - roleVotes.male, female: female - roleVotes.female };
    const contradicted = pronouns[other] >= 2 && pronouns[given] === 0;
    memo.set(d, contradicted ? other : given);
    return contradicted ? other : given;
  }
  const gender = male > 0 && female === 0 ? 'male' : female > 0 && male === 0 ? 'female' : male >= 3 * female && male > 0 ? 'male' : female >= 3 * male && female > 0 ? 'female' : null;
  memo.set(d, gender);
  return gender;
}

const pronounGender = (word: string): 'male' | 'female' | null => (MALE_PRONOUNS.has(word) ? 'male' : FEMALE_PRONOUNS.has(word) ? 'female' : null);

/**
 * The referent of a subject pronoun, by agreement and grammatical role: the subject of this
 * sentence or the one before, then the speaker of the last attribution, then the most recent
 * agreeing name.
 */
function referentOf(ctx: SpeakerContext, pronoun: string, offset: number, sentence: number, window: number, depth = 0): ActorDraft | null {
  // '"Cruz is our best debater," he says': who is named in the quote is not who speaks it.
  const quote = ctx.quote;
  const s = ctx.analysis.sentences[sentence];
  // 'He has declared Cruz to be "anointed"', "she said Sanders' attack was ...": a name the pronoun
  // precedes in its own clause is never its referent (binding theory, Principle C; Chomsky 1981).
  const clauseEnd = s ? clauseEndAfter(ctx.analysis.tokens, s, offset) : offset;
  // (Only a name that is no subject of a verb of its own: in "Asked why he thought the warnings were
  // not there Lord Butler said", the name heads the main clause and the pronoun's clause is inside it.)
  const { tokens } = ctx.analysis;
  const boundLater = (d: ActorDraft): boolean =>
    d.mentions.some((m) => m.sentence === sentence && m.start > offset && m.start < clauseEnd && !isQuoted(ctx, m.start) && !isFinite(tokens, m.last + 1) && tokens[m.last + 1]?.pos !== 'VERB' && !POSSESSIVE.has(tokens[m.last + 1]?.text ?? ''));
  const fits = (d: ActorDraft): boolean => agrees(d, pronoun, ctx) && !(quote && d.mentions.some((m) => m.start >= quote.start && m.end <= quote.end)) && !boundLater(d);
  const opens = !!s && (ctx.analysis.tokens[s.first]!.start === offset || ctx.analysis.tokens[subjectToken(ctx, s)]!.start === offset);
  // "While Comey said there was evidence ..., he said there is no precedent": the subject of a
  // fronted adverbial clause is the most salient entity of the pronoun's own sentence (Lappin &
  // Leass 1994: sentence recency, then the subject role) and comes before the sentences before it.
  if (opens && s && ctx.analysis.tokens[s.first]!.start !== offset) {
    const fronted = frontedClauseSubject(ctx, s, offset);
    if (fronted && fits(fronted)) return fronted;
  }
  // Mid-sentence ("..., he said"), a subject that opens the same sentence comes first.
  if (!opens) {
    const own = sentenceSubject(ctx, sentence, depth);
    if (own && fits(own) && own.mentions.some((m) => m.start < offset)) return own;
  }
  const before = previousOpen(ctx, sentence);
  // The speaker of an attribution in the sentence before is the subject of its reporting clause,
  // whatever noun phrase opens the sentence ("''Twitter has ramped up ...,'' said J.M. Berger. He added").
  if (ctx.lastSpeaker && ctx.lastSpeakerSentence === before && before !== sentence && fits(ctx.lastSpeaker)) return ctx.lastSpeaker;
  const prev = sentenceSubject(ctx, before, depth);
  if (prev && fits(prev)) return prev;
  // "The claims were put to X after the game. At first he said: ...": a sentence that names one
  // person who agrees with the pronoun, and refers to no one by a pronoun that agrees, leaves that
  // person the most salient one when the pronoun's sentence opens (Lappin & Leass 1994: recency
  // first), over an earlier speaker the sentence does not go on with.
  const recent = before !== sentence && before === sentence - 1 ? onlyAgreeingIn(ctx, before, pronoun, fits) : null;
  if (recent && recent !== ctx.lastSpeaker && ctx.lastSpeakerSentence < before) return recent;
  if (ctx.lastSpeaker && fits(ctx.lastSpeaker) && sentence - ctx.lastSpeakerSentence <= 2) return ctx.lastSpeaker;
  // ("... represents 20 million Americans ... it issued": "it" takes a singular antecedent, not a people's plural name.)
  const singular = ORG_PRONOUNS.has(pronoun) ? (m: NameMention): boolean => !(m.first === m.last && DEMONYMS.has(m.text.toLowerCase().replace(/s$/, ''))) : undefined;
  return salientActorBefore(ctx, offset, fits, window, sentence, singular) ?? (ctx.lastSpeaker && fits(ctx.lastSpeaker) ? ctx.lastSpeaker : null);
}

const MALE_FORMS = new Set(['he', 'him', 'his', 'himself']);
const FEMALE_FORMS = new Set(['she', 'her', 'hers', 'herself']);

/**
 * The one actor named outside quotes in sentence `i` that `fits` a pronoun, when the sentence has no
 * pronoun of the same person, number and gender outside quotes; else null.
 */
function onlyAgreeingIn(ctx: SpeakerContext, i: number, pronoun: string, fits: (d: ActorDraft) => boolean): ActorDraft | null {
  const s = ctx.analysis.sentences[i];
  if (!s) return null;
  const { tokens } = ctx.analysis;
  const same = MALE_PRONOUNS.has(pronoun) ? MALE_FORMS : FEMALE_PRONOUNS.has(pronoun) ? FEMALE_FORMS : null;
  if (!same) return null;
  for (let t = s.first; t <= s.last; t++) if (same.has(lower(tokens[t]!)) && !isQuoted(ctx, tokens[t]!.start)) return null;
  const named = new Map<ActorDraft, NameMention>();
  for (const m of ctx.mentionsBySentence.get(i) ?? []) {
    const d = ctx.mentionOwner.get(m.start);
    if (d && !isQuoted(ctx, m.start) && fits(d)) named.set(d, m);
  }
  if (named.size !== 1) return null;
  const [only] = [...named];
  return only && mainClauseName(tokens, s, only[1]) ? only[0] : null;
}

/**
 * Can the name be the centre a following "he" or "she" goes on with: a name in the main clause
 * ("The claims were put to X", "But that was not enough for X", "According to X, ..."), not one
 * inside a subordinate or relative clause ("when a court ruled that ... from X", "who captained X"),
 * nor the subject of a clause of its own ("said X are confident"), nor beside a subject that is a
 * description of a person ("The 21-year-old missed ... after a challenge with X"), who is most
 * likely the one the story is about, unless the name is what that description is ("The director is X").
 */
function mainClauseName(tokens: Token[], s: Sentence, m: NameMention): boolean {
  const from = m.titleFirst ?? m.first;
  for (let k = s.first; k < from; k++) {
    const t = tokens[k]!;
    if (t.pos === 'SCONJ' || RELATIVE_PRONOUNS.has(lower(t)) || (t.pos === 'ADV' && ADVERBIAL_SUBORDINATORS.has(lower(t)))) return false;
  }
  if (isFinite(tokens, m.last + 1) && tokens.slice(s.first, from).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return false;
  if (tokens[from - 1]?.pos === 'AUX') return true;
  let k = s.first;
  while (k < from && (SENTENCE_LEAD.has(lower(tokens[k]!)) || tokens[k]!.pos === 'CCONJ')) k++;
  if (k >= from || !/^(?:the|a|an)$/i.test(tokens[k]!.text)) return true;
  let person = false;
  for (let j = k + 1; j < from && j - k <= 7; j++) {
    const t = tokens[j]!;
    if (t.pos === 'VERB' || t.pos === 'AUX' || (t.pos === 'PUNCT' && t.text !== '-')) break;
    const w = lower(t);
    if (/-year-old$/.test(w) || (w === 'old' && lower(tokens[j - 2] ?? t) === 'year') || w === 'international' || PERSON_NOUNS.has(w) || PERSON_KINDS.has(t.lemma.toLowerCase())) person = true;
  }
  // (A name in apposition to that description is who it is: "The Attorney General, Lord X, has".)
  let apposed = from - 1;
  while (apposed > s.first && tokens[apposed]!.pos === 'PROPN') apposed--;
  return !person || tokens[apposed]?.text === ',';
}

/**
 * The actor named as the subject of an adverbial clause that opens sentence `s` before `offset`
 * ("While Comey said ...", "After Mr. Lee met the board ..."): the name right after the
 * subordinator, followed by its verb. Null when the sentence opens otherwise.
 */
function frontedClauseSubject(ctx: SpeakerContext, s: Sentence, offset: number): ActorDraft | null {
  const { tokens } = ctx.analysis;
  let first = s.first;
  while (first < s.last && (SENTENCE_LEAD.has(lower(tokens[first]!)) || tokens[first]!.text === ',')) first++;
  const opener = lower(tokens[first]!);
  if (!ADVERBIAL_SUBORDINATORS.has(opener) || opener === 'if' || opener === 'unless') return null;
  const m = (ctx.mentionsBySentence.get(s.i) ?? []).find((x) => (x.titleFirst ?? x.first) === first + 1 || ((x.titleFirst ?? x.first) === first + 2 && /^(?:the|a|an)$/i.test(tokens[first + 1]!.text)));
  if (!m || m.start >= offset || isQuoted(ctx, m.start) || POSSESSIVE.has(tokens[m.last + 1]?.text ?? '')) return null;
  // (Its verb right after it: "When Maddow pointed out", not "When Maddow's guests".)
  let k = m.last + 1;
  while (k < s.last && (tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'AUX')) k++;
  if (tokens[k]?.pos !== 'VERB' && tokens[k - 1]?.pos !== 'AUX') return null;
  return ctx.mentionOwner.get(m.start) ?? null;
}

/**
 * The most salient actor mentioned before `offset` that fits `accept`: in the latest sentence that
 * mentions any, a name outside a prepositional phrase before one inside it; the latest mention
 * breaks ties (Lappin & Leass 1994: sentence recency first, then the grammatical role).
 */
function salientActorBefore(ctx: SpeakerContext, offset: number, accept: (d: ActorDraft) => boolean, withinSentences: number, fromSentence: number, acceptMention?: (m: NameMention) => boolean): ActorDraft | null {
  const { tokens } = ctx.analysis;
  let best: { sentence: number; weight: number; at: number; d: ActorDraft } | null = null;
  for (const d of ctx.drafts) {
    if (!accept(d) || ctx.authors?.has(d)) continue;
    for (const m of d.mentions) {
      if (m.start >= offset || fromSentence - m.sentence > withinSentences || (best && m.sentence < best.sentence)) continue;
      if ((acceptMention && !acceptMention(m)) || isQuoted(ctx, m.start)) continue;
      const weight = roleWeight(tokens, ctx.analysis.sentences[m.sentence]!, m);
      if (best && m.sentence === best.sentence && (weight < best.weight || (weight === best.weight && m.start <= best.at))) continue;
      best = { sentence: m.sentence, weight, at: m.start, d };
    }
  }
  return best?.d ?? null;
}

/**
 * The salience of a mention by its grammatical role (Lappin & Leass 1994): a name inside a
 * prepositional phrase (an oblique, or an example after "like", "including") less than a subject,
 * an object or a possessor, which are not told apart here.
 */
function roleWeight(tokens: Token[], s: Sentence, m: NameMention): number {
  let k = (m.titleFirst ?? m.first) - 1;
  while (k >= s.first && (tokens[k]!.pos === 'DET' || tokens[k]!.pos === 'ADJ' || (tokens[k]!.pos === 'PROPN' && isCap(tokens[k]!)))) k--;
  const before = tokens[k];
  return before && k >= s.first && (before.pos === 'ADP' || /^(?:like|including|particularly|especially)$/i.test(before.text)) ? 40 : 80;
}

/**
 * Where the simple clause of a subject at `offset` ends, as far as a name after it is its verb's
 * object and can be bound by it: after its verb group, at the next verb, complementiser,
 * subordinator, relative pronoun, coordinating conjunction or punctuation mark ("He has declared
 * Cruz to be ..." binds Cruz; "He notes that the Commission ... Trump's microphone" binds nothing),
 * or the end of its sentence.
 */
function clauseEndAfter(tokens: Token[], s: Sentence, offset: number): number {
  let verbSeen = false;
  for (let t = tokenBefore(tokens, offset + 1); t <= s.last; t++) {
    const tok = tokens[t]!;
    if (tok.start <= offset) continue;
    const verbal = tok.pos === 'VERB' || tok.pos === 'AUX' || (verbSeen && tok.pos === 'ADV' && (tokens[t + 1]?.pos === 'VERB' || tokens[t + 1]?.pos === 'AUX'));
    if (verbal && (!verbSeen || tokens[t - 1]!.pos === 'AUX' || tokens[t - 1]!.pos === 'ADV' || tokens[t - 1]!.pos === 'PART')) {
      verbSeen = true;
      continue;
    }
    if (verbal || (tok.pos === 'PUNCT' && tok.text !== '-') || tok.pos === 'CCONJ' || tok.pos === 'SCONJ' || COMPLEMENTISERS.has(lower(tok)) || ADVERBIAL_SUBORDINATORS.has(lower(tok)) || RELATIVE_PRONOUNS.has(lower(tok)) || lower(tok) === 'where') return tok.start;
  }
  return s.end;
}

function personFor(ctx: SpeakerContext, pronoun: string, offset: number, sentence: number): ActorDraft | null {
  return referentOf(ctx, pronoun, offset, sentence, 6);
}

function orgFor(ctx: SpeakerContext, offset: number, sentence: number): ActorDraft | null {
  return referentOf(ctx, 'it', offset, sentence, 2);
}

/**
 * The organisation that a definite description ("the bank", "the company") refers back to: one
 * named before whose name has the head word, else the subject of the sentence before, else the
 * last speaker if it was an organisation, else the one the story is most about. The subject of the
 * description's own sentence is not its referent ("Prices will rise, according to the central bank").
 */
function orgForDescription(ctx: SpeakerContext, head: string, offset: number, sentence: number): ActorDraft | null {
  // ("the group says", "the company said": a country is described only as a state or its government.)
  const isOrg = (d: ActorDraft): boolean => (d.type === 'organization' || (d.type === 'country' && STATE_NOUNS.has(head))) && !ctx.authors?.has(d);
  const named = lastActorBefore(ctx, offset, (d) => isOrg(d) && d.name.toLowerCase().split(/\s+/).includes(head), 12, sentence);
  if (named) return named;
  const prev = sentenceSubject(ctx, previousOpen(ctx, sentence));
  if (prev && isOrg(prev)) return prev;
  if (ctx.lastSpeaker && isOrg(ctx.lastSpeaker) && sentence - ctx.lastSpeakerSentence <= 2) return ctx.lastSpeaker;
  // Else the organisation the story is about: the one named most often so far, of those named in the last few sentences.
  let best: { d: ActorDraft; n: number; last: number } | null = null;
  for (const d of ctx.drafts) {
    if (!isOrg(d)) continue;
    const before = d.mentions.filter((m) => m.start < offset && !isQuoted(ctx, m.start));
    const last = before.at(-1);
    if (!last || sentence - last.sentence > 6 || last.sentence === sentence) continue;
    if (!best || before.length > best.n || (before.length === best.n && last.start > best.last)) best = { d, n: before.length, last: last.start };
  }
  return best?.d ?? null;
}

/**
 * Whether a description's head names an organisation: an organisation noun, a compound ending in
 * one that is no person noun ("the carmaker", "the chipmaker"; "the lawmaker" is a person), or
 * "giant" after a noun ("the oil giant", "the software giant": news's word for a large company).
 */
function namesOrganisation(tokens: Token[], first: number, headAt: number, head: string): boolean {
  if (ORG_NOUNS.has(head)) return true;
  if (!PERSON_NOUNS.has(head) && [...ORG_NOUNS].some((o) => o.length >= 4 && head.length - o.length >= 3 && head.endsWith(o))) return true;
  return head === 'giant' && headAt > first && tokens[headAt - 1]!.pos === 'NOUN';
}

/** Kinds of organisation (WordNet 3.0, organization.n.01): "the charity", "the association", "the consortium". */
const ORGANIZATION_KINDS: ReadonlySet<string> = new Set(ORGANIZATION_NOUN_LIST.trim().split(/\s+/));

/** Nouns that describe a country as one that acts: its state or its government (WordNet noun.group, "government" and "country" senses). */
const STATE_NOUNS = new Set(['country', 'nation', 'state', 'government', 'administration', 'regime', 'kingdom', 'republic']);

/** The organisation a sentence is about: its own subject, the subject of the one before, or the last speaker if an organisation. */
function contextOrganisation(ctx: SpeakerContext, offset: number, sentence: number): ActorDraft | null {
  const isOrg = (d: ActorDraft | null): d is ActorDraft => !!d && (d.type === 'organization' || d.type === 'country') && !ctx.authors?.has(d);
  const own = sentenceSubject(ctx, sentence);
  if (isOrg(own) && own.mentions.some((m) => m.start < offset)) return own;
  const prev = sentenceSubject(ctx, previousOpen(ctx, sentence));
  if (isOrg(prev)) return prev;
  return isOrg(ctx.lastSpeaker) && sentence - ctx.lastSpeakerSentence <= 2 ? ctx.lastSpeaker : null;
}

/**
 * A person that a definite description ("the foreign secretary") refers to: the one person whose
 * role is that description, named before or after ("Home Secretary Charles Clarke"); else the one
 * named before whose role has its head word; else the last speaker.
 */
function personForDescription(ctx: SpeakerContext, head: string, description: string, offset: number, sentence: number, strict = false): ActorDraft | null {
  // "The Democratic nominee" is not the one whose role is "Republican presidential nominee";
  // '"... against President Obama and me," the former president said': nor one named in the
  // quote it attributes, where the speaker would say "I" (as for a pronoun, referentOf).
  const quote = ctx.quote;
  const fits = (d: ActorDraft): boolean => !conflictsWithRole(description, d) && !(quote && d.mentions.some((m) => m.start >= quote.start && m.end <= quote.end));
  const persons = ctx.drafts.filter((d) => d.type === 'person' && d.role !== null && fits(d));
  const plain = (x: string): string => x.toLowerCase().replace(/^(?:the|a|an)\s+/, '').replace(/^(?:former|ex-)\s*/, '').replace(/\s+/g, ' ').trim();
  const wanted = plain(description);
  // "A U.S. law enforcement official said ... The official said": a description takes up the nearest
  // phrase with its head noun (Vieira & Poesio 2000, direct anaphora); one just introduced unnamed
  // comes before anyone named earlier whose role it is.
  if (!strict && introducedUnnamed(ctx, head, offset, sentence)) return null;
  const exact = persons.filter((d) => plain(d.role!) === wanted);
  if (exact.length === 1) return exact[0]!;
  // "The Democratic nominee": of those named before whose role has the head word, the one whose role shares most words.
  const words = wanted.split(/[\s-]+/).filter((w) => w.length > 2);
  // ("the governor" is not the one whose role is "former governor": a former office is not held now.)
  const formerly = (d: ActorDraft): boolean => !/\b(?:former|ex-)/i.test(description) && heldFormerly(d.role!, head);
  const scored = persons
    .filter((d) => d.mentions.some((m) => m.start < offset) && d.role!.toLowerCase().split(/[\s-]+/).includes(head) && !formerly(d))
    .map((d) => ({ d, n: words.filter((w) => d.role!.toLowerCase().split(/[\s-]+/).includes(w)).length }))
    .sort((a, b) => b.n - a.n);
  // "Rubio stopped by his headquarters. Walking in, the senator said": the subject of the sentence
  // before, whom the description can describe, is its antecedent (centering: the backward-looking
  // center; Grosz, Joshi & Weinstein 1995) before one whose role has the word but who has not been
  // mentioned for two sentences.
  const centered = (match: ActorDraft): ActorDraft => {
    if (strict || match.mentions.some((m) => m.start < offset && sentence - m.sentence <= 2)) return match;
    const subject = sentenceSubject(ctx, previousOpen(ctx, sentence));
    // (Not one named after the description in its own sentence, in what it is said to have said.)
    const suitsSubject = !!subject && subject !== match && subject.type === 'person' && !ctx.authors?.has(subject) && fits(subject) && describable(ctx, head, description, subject) && subject.mentions.some((m) => m.start < offset) && !subject.mentions.some((m) => m.sentence === sentence && m.start > offset);
    return suitsSubject ? subject : match;
  };
  if (scored.length === 1 || (scored.length > 1 && scored[0]!.n > scored[1]!.n)) return centered(scored[0]!.d);
  if (strict) return null;
  // "A young woman asked Clinton ... 'You say ...,' the woman said": the description takes up someone
  // the text introduced unnamed, and no named person is meant.
  if (introducedUnnamed(ctx, head, offset, sentence)) return null;
  // Else someone named just before whom the description can describe: not "the woman" for a man, nor
  // "the former governor" for a senator. When no one fits, the description stays the speaker.
  const suits = (d: ActorDraft): boolean => fits(d) && describable(ctx, head, description, d);
  // "Sen. Lindsey Graham ... the South Carolina senator": the nearest person whose role is that office.
  // (The last speaker first, when it holds the office too.)
  const holds = (d: ActorDraft): boolean => d.type === 'person' && d.role !== null && fits(d) && roleHeads(d.role).includes(head) && !formerly(d);
  const speakerHolds = ctx.lastSpeaker !== null && holds(ctx.lastSpeaker) && sentence - ctx.lastSpeakerSentence <= 3;
  const titled = !OFFICES.has(head) ? null : speakerHolds ? ctx.lastSpeaker : lastActorBefore(ctx, offset, holds, 6, sentence);
  if (titled) return ctx.lastSpeaker === titled && speakerHolds ? titled : centered(titled);
  const last = ctx.lastSpeaker?.type === 'person' && suits(ctx.lastSpeaker) ? ctx.lastSpeaker : null;
  // The last speaker when they spoke in this sentence or the one before; else the person who is the
  // subject of this or the sentence before ("Tottenham manager Martin Jol acclaimed ... the Dutchman
  // said"), as for a pronoun (referentOf); else a speaker of a little earlier.
  const before = previousOpen(ctx, sentence);
  if (last && ctx.lastSpeakerSentence >= before) return last;
  for (const i of [sentence, before]) {
    const subject = sentenceSubject(ctx, i);
    if (subject?.type === 'person' && suits(subject) && !ctx.authors?.has(subject) && subject.mentions.some((m) => m.start < offset)) return subject;
  }
  if (last && sentence - ctx.lastSpeakerSentence <= 3) return last;
  return lastActorBefore(ctx, offset, (d) => d.type === 'person' && suits(d), 3, sentence) ?? last;
}

/**
 * Does an indefinite phrase headed by `head` ("a young woman") stand in this sentence before
 * `offset` or in the two before it, outside quotes, as a new referent: not a predicate or an
 * apposition of someone named ("Lewinsky, a White House intern", "she was a nurse")?
 */
function introducedUnnamed(ctx: SpeakerContext, head: string, offset: number, sentence: number): boolean {
  const { tokens, sentences } = ctx.analysis;
  for (let i = sentence; i >= 0 && sentence - i <= 2; i--) {
    const s = sentences[i]!;
    for (let t = s.first; t <= s.last && tokens[t]!.start < offset; t++) {
      if (lower(tokens[t]!) !== head || tokens[t]!.pos !== 'NOUN' || isQuoted(ctx, tokens[t]!.start)) continue;
      let k = t - 1;
      // ("A U.S. law enforcement official", "another unnamed GOP official": a name may premodify the head.)
      while (k >= s.first && t - k <= 6 && !INDEFINITE.test(tokens[k]!.text) && (tokens[k]!.pos === 'ADJ' || tokens[k]!.pos === 'NOUN' || tokens[k]!.pos === 'PROPN' || tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'NUM' || tokens[k]!.text === '-')) k--;
      if (k < s.first || !INDEFINITE.test(tokens[k]!.text)) continue;
      const before = tokens[k - 1];
      const appositive = before?.text === ',' && (ctx.mentionsBySentence.get(i) ?? []).some((m) => m.last === k - 2 && ctx.mentionOwner.get(m.start)?.type === 'person');
      if (k - 1 >= s.first && (appositive || before!.pos === 'AUX' || /^(?:as|like|of)$/i.test(before!.text))) continue;
      // ("a young woman, Jane Doe,": a name in apposition is who is meant.)
      const next = tokens[t + 1];
      if (next?.text === ',' && (ctx.mentionsBySentence.get(i) ?? []).some((m) => m.first === t + 2)) continue;
      return true;
    }
  }
  return false;
}

/** Determiners of an indefinite or quantified noun phrase that introduces someone unnamed ("one mother", "a retired teacher"). */
const INDEFINITE = /^(?:a|an|one|another)$/i;

/**
 * The nearest person introduced unnamed by an indefinite noun phrase before `offset`, in this
 * sentence or the two before, outside quotes and not as a predicate ("she was a nurse") or an
 * apposition of a name, whose head agrees with the pronoun ("a retired teacher", "one mother";
 * not "a man" for "she"). The phrase without its article, or null.
 */
function unnamedPersonBefore(ctx: SpeakerContext, pronoun: string, offset: number, sentence: number): string | null {
  const { tokens, sentences, text } = ctx.analysis;
  const wanted = pronounGender(pronoun);
  for (let i = sentence; i >= 0 && sentence - i <= 2; i--) {
    const s = sentences[i]!;
    for (let t = Math.min(s.last, tokenBefore(tokens, offset)); t >= s.first; t--) {
      const tok = tokens[t]!;
      if (tok.start >= offset || tok.pos !== 'NOUN' || isQuoted(ctx, tok.start)) continue;
      const head = lower(tok);
      if (!(PERSON_NOUNS.has(head) || PERSON_KINDS.has(head) || genderOfNoun(head) !== null) || head.endsWith('s')) continue;
      const g = genderOfNoun(head);
      if (g !== null && wanted !== null && g !== wanted) continue;
      // (The head ends its phrase: "a police spokesman", not "a teacher training college".)
      if (tokens[t + 1]?.pos === 'NOUN' || tokens[t + 1]?.pos === 'PROPN') continue;
      let k = t - 1;
      while (k >= s.first && t - k <= 4 && (tokens[k]!.pos === 'ADJ' || tokens[k]!.pos === 'NOUN' || tokens[k]!.pos === 'ADV' || tokens[k]!.text === '-')) k--;
      if (k < s.first || !INDEFINITE.test(tokens[k]!.text)) continue;
      const before = tokens[k - 1];
      if (before && (before.pos === 'AUX' || /^(?:as|like)$/i.test(before.text))) continue;
      const appositive = before?.text === ',' && (ctx.mentionsBySentence.get(i) ?? []).some((m) => m.last === k - 2);
      const named = tokens[t + 1]?.text === ',' && (ctx.mentionsBySentence.get(i) ?? []).some((m) => m.first === t + 2);
      if (appositive || named) continue;
      const lead = /^(?:a|an)$/i.test(tokens[k]!.text) ? k + 1 : k;
      return text.slice(tokens[lead]!.start, tok.end).replace(/\s+/g, ' ');
    }
  }
  return null;
}

/**
 * "The Ofcom spokesman said it was considering a mask. '...,' he said": the body whose spokesperson
 * spoke in the sentence before (or this one), when no person fits "he" or "she"; a spokesperson's
 * words are the body's, as the speaker of that claim already is. The spokesperson's noun must
 * stand outside quotes in that sentence and agree with the pronoun ("spokeswoman" is "she").
 */
function spokespersonBody(ctx: SpeakerContext, pronoun: string, sentence: number): ActorDraft | null {
  const body = ctx.lastSpeaker;
  if (!body || (body.type !== 'organization' && body.type !== 'country') || ctx.authors?.has(body)) return null;
  if (ctx.lastSpeakerSentence > sentence || ctx.lastSpeakerSentence < previousOpen(ctx, sentence)) return null;
  const s = ctx.analysis.sentences[ctx.lastSpeakerSentence]!;
  const { tokens } = ctx.analysis;
  const wanted = pronounGender(pronoun);
  const goesOn = (gender: 'male' | 'female' | null): ActorDraft | null => {
    if (gender !== null && gender !== wanted) return null;
    ctx.spokesperson = { body, gender, sentence };
    return body;
  };
  for (let t = s.first; t <= s.last; t++) {
    const tok = tokens[t]!;
    if (!SPOKESPERSON.test(lower(tok)) || isQuoted(ctx, tok.start)) continue;
    const found = goesOn(genderOfNoun(lower(tok)));
    if (found) return found;
  }
  // "A spokeswoman for X said ... She said ... '...,' she said": the last claim was already the
  // spokesperson's, taken up by a pronoun; the next pronoun continues her (centering's continuation).
  const before = ctx.spokesperson;
  if (before && before.body === body && before.sentence === ctx.lastSpeakerSentence && before.sentence !== sentence) return goesOn(before.gender);
  return null;
}

/**
 * The body of a spokesperson who goes on as "he" or "she": when no person fits the pronoun, or when
 * the person that does is named neither in the spokesperson's sentence nor before the pronoun in
 * its own ("A spokeswoman for the airline told us: '...' She added ...": the one still talking, not
 * someone named earlier; centering's continuation, Grosz, Joshi & Weinstein 1995).
 */
function spokespersonGoesOn(ctx: SpeakerContext, person: ActorDraft | null, pronoun: string, sentence: number, at: number): ActorDraft | null {
  const mentionedOnly = (d: ActorDraft): boolean => !d.mentions.some((m) => m.sentence === ctx.lastSpeakerSentence || (m.sentence === sentence && m.start < at));
  // (Only an indefinite spokesperson, "a spokesman for X", "a Labour spokesman", is someone new and
  // unnamed; "the Tory spokesman" may take up a person named before, whom the pronoun then continues.)
  if (person?.type === 'person' && !(mentionedOnly(person) && indefiniteSpokesperson(ctx))) return null;
  return spokespersonBody(ctx, pronoun, sentence);
}

/** Does the last speaker's sentence name a spokesperson by an indefinite phrase ("a spokeswoman", "A Home Office spokesman")? */
function indefiniteSpokesperson(ctx: SpeakerContext): boolean {
  const { tokens, sentences } = ctx.analysis;
  const s = sentences[ctx.lastSpeakerSentence];
  if (!s) return false;
  for (let t = s.first; t <= s.last; t++) {
    if (!SPOKESPERSON.test(lower(tokens[t]!)) || isQuoted(ctx, tokens[t]!.start)) continue;
    let k = t - 1;
    while (k >= s.first && t - k <= 8 && (isCap(tokens[k]!) || /^(?:NOUN|PROPN|ADJ)$/.test(tokens[k]!.pos) || /^(?:of|for|and|&|-|,)$/.test(lower(tokens[k]!))) && !/^(?:a|an|the)$/i.test(tokens[k]!.text)) k--;
    if (k >= s.first && /^(?:a|an)$/i.test(tokens[k]!.text)) return true;
  }
  return false;
}

/** The last token that starts before `offset` (0 when none does). */
function tokenBefore(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  let best = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/**
 * Public offices a person holds one at a time (the government titles of TITLE_WORDS in
 * actors/lexicon.ts): "the governor" does not describe someone the text calls a senator.
 */
const OFFICES = new Set('president vice-president minister chancellor secretary governor senator congressman congresswoman mayor king queen pope premier ambassador judge sheriff prosecutor'.split(' '));

/** Abbreviated titles before a name (AP Stylebook, "abbreviations"), as the office they stand for. */
const TITLE_ABBREVIATIONS = new Map([['sen', 'senator'], ['gov', 'governor'], ['rep', 'congressman'], ['pres', 'president']]);

/** The head nouns of a role: each conjunct's last word before a preposition ("president and chief executive of X" → president, executive). */
function roleHeads(role: string): string[] {
  return role
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/\s*(?:,|\band\b|&)\s*/)
    .map((part) => {
      const words = part.split(/\s+/).filter((w) => w !== '');
      const prep = words.findIndex((w, i) => i > 0 && PREPOSITIONS.has(w));
      const last = ((prep < 0 ? words : words.slice(0, prep)).at(-1) ?? '').replace(/\.$/, '');
      return TITLE_ABBREVIATIONS.get(last) ?? last;
    })
    .filter((w) => w !== '');
}

/** Does a role hold the office `head` only as a former one ("former governor", "ex-minister and author")? */
function heldFormerly(role: string, head: string): boolean {
  const parts = role.toLowerCase().split(/\s*(?:,|\band\b|&)\s*/);
  const holding = parts.filter((part) => part.split(/[\s-]+/).includes(head));
  return holding.length > 0 && holding.every((part) => /^(?:former|ex-)/.test(part));
}

/** Can a description headed by `head` describe the person `d`: the same gender, and no other office in their role? */
function describable(ctx: SpeakerContext, head: string, description: string, d: ActorDraft): boolean {
  const wanted = genderOfNoun(head);
  const known = wanted === null ? null : genderOf(ctx, d);
  if (wanted !== null && known !== null && wanted !== known) return false;
  // (A former office says nothing of the one held now: "the former first lady and U.S. senator".)
  if (!OFFICES.has(head) || !d.role || /\b(?:former|ex-)/i.test(d.role) || /\b(?:former|ex-)/i.test(description)) return true;
  const own = roleHeads(d.role);
  return own.includes(head) || !own.some((w) => OFFICES.has(w));
}

/** Party words of US and UK politics, each mapped to its party. */
const PARTIES = new Map([
  ['republican', 'republican'], ['gop', 'republican'], ['democratic', 'democratic'], ['democrat', 'democratic'], ['dem', 'democratic'],
  ['labour', 'labour'], ['tory', 'tory'],
]);

/** Does a description name another party than a person's role does ("the Democratic nominee", "Republican presidential nominee")? */
function conflictsWithRole(description: string, d: ActorDraft): boolean {
  if (!d.role) return false;
  const parties = (x: string): Set<string> => new Set(x.toLowerCase().split(/[^\p{L}]+/u).flatMap((w) => (PARTIES.has(w) ? [PARTIES.get(w)!] : [])));
  const own = parties(description);
  const role = parties(d.role);
  return own.size > 0 && role.size > 0 && ![...own].some((p) => role.has(p));
}

interface NounPhrase {
  first: number;
  last: number;
}

/**
 * A noun the tagger took for something else: a group or organisation after a determiner or a name
 * ("the US military", tagged an adjective), or a gerund that names a source ("Exit polling").
 */
function isMistaggedNoun(tokens: Token[], t: number): boolean {
  const tok = tokens[t]!;
  if (tok.pos === 'VERB' && /ing$/.test(tok.text) && SOURCE_NOUNS.has(lower(tok))) return tokens[t + 1]?.pos !== 'NOUN';
  return tok.pos === 'ADJ' && (GROUP_NOUNS.has(lower(tok)) || ORG_NOUNS.has(lower(tok))) && /^(?:DET|PROPN)$/.test(tokens[t - 1]?.pos ?? '') && tokens[t + 1]?.pos !== 'NOUN';
}

/** The noun phrase that ends at token `last` (inclusive), read leftwards; null when there is none. */
export function phraseEndingAt(tokens: Token[], sentence: Sentence, last: number): NounPhrase | null {
  if (last < sentence.first) return null;
  const end = tokens[last]!;
  // ("the mother-of-nine": a hyphenated compound may end in a number.)
  const compound = end.pos === 'NUM' && tokens[last - 1]?.text === '-' && tokens[last - 1]!.end === end.start;
  // ("the US military said": a noun of a group the tagger took for an adjective heads the phrase.)
  if (end.pos !== 'NOUN' && end.pos !== 'PROPN' && !(isCap(end) && end.pos !== 'PRON') && !compound && !isMistaggedNoun(tokens, last)) return null;
  let first = last;
  for (let t = last - 1; t >= sentence.first && last - t < 14; t--) {
    const tok = tokens[t]!;
    if (tok.pos === 'SPACE') break;
    // "statesman-turned-adviser": parts of one hyphenated word.
    // (So are "CNN/ORC" and "Register/Bloomberg": names joined by a slash.)
    if (tok.end === tokens[t + 1]!.start && (tok.text === '-' || tokens[t + 1]!.text === '-' || tok.text === '/' || tokens[t + 1]!.text === '/')) {
      first = t;
      continue;
    }
    // ("Washington-based analysts": the last part of a hyphenated modifier, whatever its tag.)
    if (t - 1 >= sentence.first && tokens[t - 1]!.text === '-' && tokens[t - 1]!.end === tok.start && tokens[t - 2]?.end === tokens[t - 1]!.start) {
      first = t;
      continue;
    }
    if (NP_POS.has(tok.pos) || POSSESSIVE.has(tok.text) || (isCap(tok) && tok.pos !== 'PRON' && tok.pos !== 'PUNCT')) {
      first = t;
      continue;
    }
    // "the mother of murdered teenager Rhys Jones": a past participle the tagger read as a verb, between
    // a determiner, "of" or an adjective and the noun it modifies, is an adjective inside the phrase.
    if (tok.pos === 'VERB' && /\p{Ll}ed$/u.test(tok.text) && first === t + 1 && tokens[t + 1]!.pos === 'NOUN' && t - 1 >= sentence.first && (/^(?:DET|ADJ)$/.test(tokens[t - 1]!.pos) || /^(?:of|the|a|an)$/i.test(tokens[t - 1]!.text) || POSSESSIVE.has(tokens[t - 1]!.text))) {
      first = t;
      continue;
    }
    // "analyst Mike Powell of Dresdner": a preposition inside the phrase, between two nominals.
    // (A dash with spaces around it, "incomes - the Commission", ends the phrase.)
    if (NP_GLUE.has(lower(tok)) && t - 1 >= sentence.first && !(tok.text === '-' && tokens[t - 1]!.end < tok.start)) {
      const before = tokens[t - 1]!;
      if (before.pos === 'NOUN' || before.pos === 'PROPN' || (isCap(before) && before.pos !== 'PRON') || QUOTE_MARKS.has(before.text)) {
        first = t;
        continue;
      }
    }
    // "detainee 'A'": a quoted letter inside a description.
    if (QUOTE_MARKS.has(tok.text) && t - 1 >= sentence.first && tokens[t - 1]!.pos !== 'PUNCT') {
      first = t;
      continue;
    }
    break;
  }
  // Leading glue is not part of the phrase, nor a capitalised "When", "While" or "But".
  while (first < last && (NP_GLUE.has(lower(tokens[first]!)) || /^(?:PUNCT|SCONJ|CCONJ|ADV|ADP)$/.test(tokens[first]!.pos))) first++;
  return { first, last };
}

/** The noun phrase that starts at token `first`, read rightwards. */
function phraseStartingAt(tokens: Token[], sentence: Sentence, first: number): NounPhrase | null {
  let last = -1;
  for (let t = first; t <= sentence.last && t - first < 14; t++) {
    const tok = tokens[t]!;
    if (NP_POS.has(tok.pos) || POSSESSIVE.has(tok.text) || (isCap(tok) && tok.pos !== 'PRON' && tok.pos !== 'PUNCT')) {
      last = t;
      continue;
    }
    // "the company's recently named executive chair": an adverb before a participle or adjective.
    const next = tokens[t + 1];
    if (tok.pos === 'ADV' && last >= 0 && next && (next.pos === 'ADJ' || (next.pos === 'VERB' && /(?:ed|en)$/.test(next.text))) && isPremodifier(tokens, t + 1)) {
      last = ++t;
      continue;
    }
    if ((lower(tok) === 'of' || tok.text === '-' || tok.text === '&') && last >= 0 && t + 1 <= sentence.last && tokens[t + 1]!.pos !== 'PUNCT') continue;
    break;
  }
  // ("said David Wyss of Standard & Poor's in New York": a possessive that nothing follows ends a
  // name, as in the names of firms and shops, "Sainsbury's"; the name before it ends the phrase.)
  // (Not "the UK's leading movie critics", where the possessed phrase goes on past a word the phrase stopped at.)
  const afterLast = tokens[last + 1];
  if (last > first && POSSESSIVE.has(tokens[last]!.text) && (!afterLast || last + 1 > sentence.last || afterLast.pos === 'PUNCT' || afterLast.pos === 'ADP')) last--;
  // ("a source close to the group", "a source involved in it": an adjective after the head modifies it; the head ends the phrase.)
  while (last > first && tokens[last]!.pos === 'ADJ' && (tokens[last - 1]!.pos === 'NOUN' || tokens[last - 1]!.pos === 'PROPN')) last--;
  if (last < first) return null;
  const end = tokens[last]!;
  if (end.pos !== 'NOUN' && end.pos !== 'PROPN' && !isCap(end)) return null;
  return { first, last };
}

/**
 * "Institute for Fiscal Studies director Robert Chote", "Bank of England governor Mervyn King": a
 * person's name premodified by a title (lowercase common nouns) that is itself premodified by the
 * proper name of a body. The whole phrase before the name is a premodifier, so a preposition inside
 * the body's name ends no head; the name is the head. Only a capitalised name may stand before the
 * title: "the wife of murdered teenager X" starts with a common noun, and there X is the complement's.
 */
function titleAfterBodyName(ctx: SpeakerContext, np: NounPhrase, titled: NameMention | undefined): boolean {
  const { tokens } = ctx.analysis;
  if (!titled || ctx.mentionOwner.get(titled.start)?.type !== 'person') return false;
  let k = titled.first - 1;
  while (k > np.first && HONORIFICS.has(lower(tokens[k]!))) k--;
  const titleEnd = k;
  while (k > np.first && (tokens[k]!.pos === 'NOUN' || tokens[k]!.pos === 'ADJ') && !isCap(tokens[k]!)) k--;
  if (k === titleEnd || !PERSON_KINDS.has(lower(tokens[titleEnd]!))) return false;
  const body = tokens.slice(np.first, k + 1);
  // (The body's name ends right before the title: not "X of box office tracker Y".)
  return isCap(body[0]!) && isCap(body[body.length - 1]!) && body.some((x) => PREPOSITIONS.has(lower(x))) && body.every((x) => isCap(x) || /^(?:of|for|on|in|and|the|&|-)$/i.test(x.text));
}

/**
 * Resolves a noun phrase to a speaker, as written below; a description left unresolved there takes the
 * one person it can refer to, when the actors' descriptions pass resolved it (descriptions.ts).
 */
function resolvePhrase(ctx: SpeakerContext, sentence: Sentence, np: NounPhrase, side: SpeakerSide): FoundSpeaker | null {
  const found = resolvePhraseAsWritten(ctx, sentence, np, side);
  if (!found || found.actor !== null || found.description === null) return found;
  const { tokens } = ctx.analysis;
  const person = describedPersonAt(ctx.analysis, ctx.drafts, tokens[np.first]!.start, tokens[np.last]!.end);
  return person ? { actor: person, description: null, side } : found;
}

/** Resolves a noun phrase to a speaker: a named actor in it, a description that refers back, or the description itself. */
function resolvePhraseAsWritten(ctx: SpeakerContext, sentence: Sentence, np: NounPhrase, side: SpeakerSide): FoundSpeaker | null {
  const { tokens, text } = ctx.analysis;
  // The head stands before the first preposition: "analyst Mike Powell of Dresdner", "adviser to President X".
  const inNp = (ctx.mentionsBySentence.get(sentence.i) ?? []).filter((m) => m.first >= np.first && m.last <= np.last);
  let coreLast = np.last;
  let prep = '';
  // "Secretary of State Hillary Clinton said", "Chancellor of the Exchequer Gordon Brown": a
  // preposition inside the title a person's name is written with ends no head; the name is the head.
  const titled = inNp.find((m) => m.last === np.last && ctx.mentionOwner.get(m.start)?.type !== 'place' && m.first > np.first + 2);
  // (The complement names a body or a place, not another person: "the wife of President Bush" is the wife.)
  const inTitle = (t: number): boolean => {
    // ("a spokesman for Mr Prescott" speaks for him: only "of" joins a title to its body.)
    // ("Ex-director of ...": the prefix "ex-" makes a former holder of the title.)
    if (!titled || t >= titled.first || lower(tokens[t]!) !== 'of' || !PERSON_KINDS.has(lower(tokens[t - 1]!).replace(/^ex-/, ''))) return false;
    const complement = tokens.slice(t + 1, titled.first);
    // ("the president of Bank of America Brian Moynihan": a connector inside the body's name is part of it.)
    const inBody = (i: number): boolean => inNp.some((m) => m.first <= i && i <= m.last && m !== titled && ctx.mentionOwner.get(m.start)?.type !== 'person');
    return (complement.some((x) => isCap(x)) && complement.every((x, i) => (isCap(x) && !PERSON_KINDS.has(lower(x)) && !HONORIFICS.has(lower(x))) || lower(x) === 'the' || inBody(t + 1 + i))) || closesBeforeName(t + 1, titled.first);
  };
  // "chief inspector of schools Mr Tomlinson": a complement that ends in a common noun no person is
  // called by ("schools", "state") is complete before the name, which the whole title then premodifies
  // ("the wife of murdered teenager Rhys Jones" has a person noun there: the name is its complement's).
  const closesBeforeName = (from: number, name: number): boolean => {
    let end = name - 1;
    while (end >= from && HONORIFICS.has(lower(tokens[end]!))) end--;
    if (end < from) return false;
    const last = tokens[end]!;
    const w = lower(last);
    // (A noun with a rare person sense is one only in that slot, and a title there is singular: "star", not "studies".)
    const personal = [w, singular(w)].some((x) => PERSON_KINDS.has(x) || PERSON_NOUNS.has(x)) || PERSON_SENSES.has(w) || isAgentNoun(last);
    return last.pos === 'NOUN' && !isCap(last) && !personal && tokens.slice(from, end + 1).every((x) => /^(?:DET|ADJ|NOUN|NUM)$/.test(x.pos));
  };
  const bodyTitle = titleAfterBodyName(ctx, np, titled);
  for (let t = np.first + 1; t <= np.last; t++)
    // A preposition inside a name ("National Union of Journalists") does not end the head.
    // Nor does one inside a hyphenated word ("editor-in-chief"), or inside a person's title.
    if (PREPOSITIONS.has(lower(tokens[t]!)) && !inNp.some((m) => m.first < t && t < m.last) && !(tokens[t - 1]!.text === '-' && tokens[t - 1]!.end === tokens[t]!.start) && !inTitle(t) && !(bodyTitle && t < titled!.first)) {
      coreLast = t - 1;
      prep = lower(tokens[t]!);
      break;
    }
  // "Some of the women", "a handful of Democrats", "one of his aides": a part of a group is described by
  // the whole phrase, headed by the noun after "of".
  // (A percentage is one: "nearly 60% of the bosses polled".)
  const partitive = prep === 'of' && tokens.slice(np.first, coreLast + 1).every((t) => t.pos === 'NUM' || t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'ADV' || t.text === '%' || QUANTIFIERS.has(lower(t)));
  const partOfGroup = partitive && (QUANTIFIERS.has(lower(tokens[coreLast]!)) || tokens[coreLast]!.text === '%');
  if (partOfGroup) {
    coreLast = np.last;
    prep = '';
    inNp.length = 0;
  }
  // "Smith and Jones said": of coordinated names, the first speaks for both; else the last name is the head.
  inNp.sort((a, b) => a.first - b.first);
  const coordinated = inNp.length > 1 && inNp.every((m, i) => i === 0 || (m.first === inNp[i - 1]!.last + 2 && /^(?:and|&|,)$/i.test(tokens[m.first - 1]?.text ?? '')));
  const mentions = inNp.filter((m) => m.last <= coreLast).sort((a, b) => (coordinated ? a.first - b.first : b.last - a.last));
  // "detainee 'A'": the head is the last noun of the core.
  let headAt = coreLast;
  while (headAt > np.first && tokens[headAt]!.pos !== 'NOUN' && tokens[headAt]!.pos !== 'PROPN' && !isMistaggedNoun(tokens, headAt)) headAt--;
  // "the mother-of-nine", "editor-in-chief": a compound with a preposition inside is headed by its first word.
  const glued = (i: number): boolean => tokens[i - 1]!.end === tokens[i]!.start;
  const k = headAt;
  if (k - 4 >= np.first && glued(k) && tokens[k - 1]!.text === '-' && glued(k - 1) && PREPOSITIONS.has(lower(tokens[k - 2]!)) && glued(k - 2) && tokens[k - 3]!.text === '-' && glued(k - 3)) headAt = k - 4;
  const headTok = tokens[headAt]!;
  const head = lower(headTok);
  // A spokesperson or a lawyer is a person of their own, though they speak for an organisation.
  const ownPerson = SPOKESPERSON.test(head) || /^(?:lawyers?|attorneys?)$/.test(head);
  // "Most Republicans say", "some Democrats said": a quantified plural names a part of the group,
  // which the phrase as written describes (Quirk et al. 1985, §5.8-5.9, 5.25).
  const quantifier = lower(tokens[np.first]!);
  const lastMention = mentions.find((m) => m.last === coreLast);
  if (lastMention && np.first < lastMention.first && GROUP_QUANTIFIERS.has(quantifier) && /s$/.test(tokens[coreLast]!.text) && ctx.mentionOwner.get(lastMention.start)?.type !== 'person') {
    return { actor: null, description: text.slice(tokens[np.first]!.start, tokens[coreLast]!.end).replace(/\s+/g, ' '), side };
  }
  // A named actor at the head of the phrase ("BA chairman Martin Broughton"), or one that a
  // spokesperson, office or statement speaks for ("Smith's office", "the ministry's statement").
  for (const m of mentions) {
    const owner = ctx.mentionOwner.get(m.start);
    if (!owner || owner.type === 'place') continue;
    // "the Dutchman": a nationality, not a name, even when taken for one.
    if (m.first === m.last && DEMONYMS.has(lower(tokens[m.first]!))) continue;
    // (A person's spokesman or lawyer is a person of their own: "Mr Blair's official spokesman".)
    const speaksFor = owner.type === 'organization' || owner.type === 'country' || (owner.type === 'person' && !ownPerson);
    // ("Bolivia's public defender's office": the office is the defender's; the nearer possessive owns the head.)
    const ownsHead = tokens.slice(m.last + 2, headAt).every((t) => !POSSESSIVE.has(t.text));
    if (PROXY_NOUNS.has(head) && POSSESSIVE.has(tokens[m.last + 1]?.text ?? '') && speaksFor && ownsHead) return { actor: owner, description: null, side };
    // "Iraq intelligence", "BA's chief executive": a name that only modifies the head is not the speaker.
    if (m.last !== coreLast && !coordinated) continue;
    return { actor: owner, description: null, side };
  }
  // "a Northwind spokesperson", "a spokesman for the ministry": a spokesperson speaks for the organisation.
  if (SPOKESPERSON.test(head)) {
    const org = inNp.map((m) => ctx.mentionOwner.get(m.start)).find((d) => d?.type === 'organization');
    if (org) return { actor: org, description: null, side };
  }
  const firstWord = lower(tokens[np.first]!);
  // "a statement from the discount phone firm", "a spokesman for the ministry": a spokesperson or a
  // document speaks for the organisation its complement describes.
  const complementAt = prep !== '' ? coreLast + 1 : np.last + 1;
  const complement = /^(?:from|for|by|of)$/.test(lower(tokens[complementAt] ?? headTok)) && tokens[complementAt]!.sentence === sentence.i ? phraseStartingAt(tokens, sentence, complementAt + 1) : null;
  const namedInComplement = complement !== null && (ctx.mentionsBySentence.get(sentence.i) ?? []).some((m) => m.first >= complement.first && m.first <= complement.last);
  // "the report by the US Pew Research Center", "a study from Harvard", "the Pew report": a
  // document speaks for whoever produced it, when the phrase names them.
  if (isDocument(head)) {
    const indefinite = /^(?:a|an)$/.test(lower(tokens[np.first]!));
    const producer =
      producerIn(ctx, sentence, np, headAt, complement, tokens[complementAt]) ??
      (coreLast === headAt ? producerLaterInPhrase(ctx, sentence, np.last) : null) ??
      (indefinite ? (producerNamedAfter(ctx, head, tokens[np.last]!.end, sentence.i) ?? producerOfNextDocument(ctx, tokens[np.last]!.end, sentence.i)) : null);
    if (producer) return { actor: producer, description: null, side };
    // ("the council's ruling said": a document speaks for the organisation a possessive description names.)
    const possessive = tokens.slice(np.first + 1, headAt).findIndex((x) => POSSESSIVE.has(x.text));
    const possessor = possessive < 0 ? undefined : tokens[np.first + possessive];
    if (possessor && firstWord === 'the' && possessor.pos === 'NOUN' && namesOrganisation(tokens, np.first, np.first + possessive, lower(possessor)) && !inNp.some((m) => m.last === np.first + possessive)) {
      // (Only one named with that word: "the firm's website" may be any firm's.)
      const org = lastActorBefore(ctx, tokens[np.first]!.start, (d) => d.type === 'organization' && d.name.toLowerCase().split(/\s+/).includes(lower(possessor)), 12, sentence.i);
      if (org) return { actor: org, description: null, side };
    }
    // ("a motion by Mr Jackson's lawyers": the unnamed people who produced it speak through it.)
    const by = tokens[complementAt];
    if (complement && by && /^(?:by|from)$/i.test(by.text) && (PERSON_NOUNS.has(lower(tokens[complement.last]!)) || PERSON_KINDS.has(singular(lower(tokens[complement.last]!))))) {
      return { actor: null, description: text.slice(tokens[complement.first]!.start, tokens[complement.last]!.end).replace(/\s+/g, ' '), side };
    }
  }
  if ((SPOKESPERSON.test(head) || SOURCE_NOUNS.has(head)) && complement && !namedInComplement && lower(tokens[complement.first]!) === 'the' && ORG_NOUNS.has(lower(tokens[complement.last]!))) {
    const org = orgForDescription(ctx, lower(tokens[complement.last]!), tokens[complement.first]!.start, sentence.i);
    if (org) return { actor: org, description: null, side: 'anaphor' };
  }
  // "..., said a spokeswoman": a spokesperson of no one named speaks for the organisation the
  // sentence or the one before is about.
  if (SPOKESPERSON.test(head) && prep === '' && !complement && inNp.length === 0 && /^(?:a|an|the)$/.test(firstWord) && coreLast - np.first <= 2) {
    const org = contextOrganisation(ctx, tokens[np.first]!.start, sentence.i);
    if (org) return { actor: org, description: null, side: 'anaphor' };
  }
  const hasPossessive = tokens.slice(np.first, coreLast + 1).some((t) => POSSESSIVE.has(t.text));
  // "a spokesman for Boeing", "a presentation to bondholders" keep their complement; a place ("in Woodhill Prison") is dropped.
  const descriptionEnd = prep !== '' && prep !== 'in' && prep !== 'at' && prep !== 'from' ? np.last : coreLast;
  const description = text.slice(tokens[np.first]!.start, tokens[descriptionEnd]!.end).replace(/\s+/g, ' ');
  // "The report reveals" after "the report by the US Pew Research Center": the producer named with it before.
  if (firstWord === 'the' && coreLast === headAt && isDocument(head) && !hasPossessive) {
    const producer = producerNamedBefore(ctx, head, tokens[np.first]!.start, sentence.i, headAt === np.first + 1);
    if (producer) return { ...producer, side };
  }
  if (firstWord === 'the' && !hasPossessive && coreLast - np.first <= 8) {
    // "the families" after "the Keane and Dwyer families": a named group referred to by its head noun.
    const group = lastActorBefore(ctx, tokens[np.first]!.start, (d) => d.type === 'group' && d.name.toLowerCase().endsWith(` ${head}`), 6, sentence.i);
    if (group && coreLast === headAt) return { actor: group, description: null, side: 'anaphor' };
    const orgHead = namesOrganisation(tokens, np.first, headAt, head);
    if (!orgHead && ((PERSON_NOUNS.has(head) && !head.endsWith('s')) || (DEMONYMS.has(head) && coreLast === np.first + 1) || isAgentNoun(headTok))) {
      // ("The attorney general of the state of New York", "the head of Telstrom": a definite description
      // with a complement that names something is most often a new referent, not one taken up again
      // (Vieira & Poesio 2000, "establishing relatives"); only a person holding that very role is meant.)
      // (A relation to a person, "adviser to President Zelenskyy", takes up someone named before as often.)
      const establishing = prep === 'of' && tokens.slice(coreLast + 2, np.last + 1).some((t) => isCap(t)) && !inNp.some((m) => m.first > coreLast && ctx.mentionOwner.get(m.start)?.type === 'person');
      const person = personForDescription(ctx, head, description, tokens[np.first]!.start, sentence.i, establishing);
      if (person) return { actor: person, description: null, side: 'anaphor' };
    }
    // ("the Obama administration", "the Trump campaign": a person's organisation is described, not one named before.)
    const personal = inNp.some((m) => m.last < headAt && ctx.mentionOwner.get(m.start)?.type === 'person');
    if (orgHead && !personal) {
      const org = orgForDescription(ctx, head, tokens[np.first]!.start, sentence.i);
      if (org) return { actor: org, description: null, side: 'anaphor' };
    }
  }
  // "the prime minister's official spokesman", "airlines", "a Romanian official": an unnamed source.
  // ("Reports say", "Officials said": the tagger may call a sentence-initial plural a proper noun.)
  const listed = (w: string): boolean => PERSON_NOUNS.has(w) || SOURCE_NOUNS.has(w) || ORG_NOUNS.has(w) || GROUP_NOUNS.has(w);
  // ("one senior Democrat said": a person noun tagged as a name, after a determiner or a number; not a title after "former".)
  const leadTok = tokens[np.first]!;
  const personHead = (PERSON_NOUNS.has(singular(head)) || PERSON_KINDS.has(singular(head))) && headAt > np.first && (leadTok.pos === 'DET' || leadTok.pos === 'NUM');
  const commonHead = headTok.pos === 'NOUN' || isMistaggedNoun(tokens, headAt) || personHead || (headAt === sentence.first && (listed(head) || listed(head.replace(/s$/, ''))));
  // "Two in three said", "About 4 in 10 say", "63 percent said": a share of those polled.
  const share = tokens.slice(np.first, np.last + 1).every((t) => t.pos === 'NUM' || /^(?:in|of|about|nearly|almost|some|over|more|than|percent|%|half|a|third|quarter)$/i.test(t.text));
  if (share && tokens.slice(np.first, np.last + 1).some((t) => t.pos === 'NUM' || /^(?:half|third|quarter)$/i.test(t.text))) return { actor: null, description: description, side };
  // "Michael Jackson's mother": the person of the article whose role that is ("his mother Katherine Jackson").
  if (hasPossessive && (PERSON_NOUNS.has(head) || PERSON_KINDS.has(head)) && !PROXY_NOUNS.has(head) && coreLast === headAt) {
    // ("Israel's prime minister has apologised ... Benjamin Netanyahu also agreed": first the one whose role is the whole phrase.)
    const person = personForDescription(ctx, head, description, tokens[np.first]!.start, sentence.i, true) ?? personForDescription(ctx, head, head, tokens[np.first]!.start, sentence.i, true);
    if (person && !inNp.some((m) => ctx.mentionOwner.get(m.start) === person)) return { actor: person, description: null, side: 'anaphor' };
  }
  // "his spokesman", "its statement", "her campaign": speaking for the one the pronoun refers to.
  if (PROXY_NOUNS.has(head) && POSSESSIVE_PRONOUNS.has(firstWord) && !((firstWord === 'his' || firstWord === 'her') && ownPerson)) {
    const at = tokens[np.first]!.start;
    const actor = firstWord === 'his' || firstWord === 'her' ? personFor(ctx, firstWord === 'his' ? 'he' : 'she', at, sentence.i) : orgFor(ctx, at, sentence.i);
    if (actor) return { actor, description: null, side: 'anaphor' };
  }
  // Only people, organisations, groups and documents speak: "the report said", not "the spot", "best response".
  // (A capitalised head is a name the actor list missed: "Park Geun-hye", "Ban Ki-moon".)
  const hyphenOf = tokens[headAt - 1]?.text === '-' && tokens[headAt - 1]!.end === headTok.start ? tokens[headAt - 2] : undefined;
  const capitalised = (isCap(headTok) || (hyphenOf !== undefined && isCap(hyphenOf))) && headAt !== sentence.first;
  // ("a charity has warned", "the trade body said": any kind of organisation, though none named before is meant.)
  const orgKind = ORGANIZATION_KINDS.has(head) || (head === 'body' && headAt > np.first && tokens[headAt - 1]!.pos === 'NOUN');
  const sourceHead = PERSON_NOUNS.has(head) || PERSON_KINDS.has(head) || PERSON_NOUNS.has(singular(head)) || PERSON_KINDS.has(singular(head)) || ORG_NOUNS.has(head) || orgKind || GROUP_NOUNS.has(head) || SOURCE_NOUNS.has(head) || PROXY_NOUNS.has(head) || /s$/.test(head) || capitalised;
  // ("Half of Vermont Democrats said": a share of a plural named group is a source too.)
  const shareOfGroup = partOfGroup && /s$/.test(head) && headTok.pos === 'PROPN';
  if ((commonHead && sourceHead) || shareOfGroup) {
    // "These nations" points back to something unnamed; it is no source.
    if (/^(?:these|those|this|that|such|its|their|his|her)\b/i.test(description)) return null;
    const cleaned = description.replace(/^(?:the|a|an)\s+/i, '');
    if (cleaned.length >= 3 && cleaned.split(' ').length <= 8) return { actor: null, description: cleaned, side };
  }
  const missed = missedName(ctx, sentence, np.first, coreLast);
  return missed ? { ...missed, side } : null;
}

/** Quantifier pronouns that head a noun phrase on their own (Quirk et al. 1985, §6.45-6.50): "some", "many", "both". */
const QUANTIFIER_HEADS = new Set(['some', 'many', 'most', 'both', 'several', 'few', 'all', 'none', 'each', 'either', 'neither']);

/** Nouns of a share of those polled or counted (Quirk et al. 1985, §5.25-5.26, partitive and fraction nouns). */
const SHARE_NOUNS = new Set(['percent', 'cent', '%', 'half', 'third', 'thirds', 'quarter', 'quarters', 'fifth', 'fifths', 'majority', 'minority', 'plurality', 'number', 'proportion', 'share']);
/** Words that may open a share before its number ("almost 50%", "more than two-thirds", "the remaining 33%", "a small number"). */
const SHARE_LEAD = new Set(['almost', 'nearly', 'about', 'around', 'roughly', 'some', 'over', 'just', 'only', 'more', 'less', 'fewer', 'than', 'as', 'many', 'up', 'to', 'the', 'a', 'an', 'remaining', 'small', 'large', 'significant', 'sizeable', 'sizable', 'slim', 'narrow', 'clear', 'bare', 'further', 'another', 'other']);

/**
 * "Half of those questioned said", "Almost 50% of those questioned said", "The remaining 33% said",
 * "Nine in 10 Democratic registered voters say", "One in four voters in a poll last year said",
 * "Thirty-one percent of those surveyed say", "A small number, 17%, said": a share of those polled
 * that opens its clause is the source, as written (with a share set off by commas after it).
 * `end` is the subject's last token before the verb at `v`.
 */
function shareSubject(ctx: SpeakerContext, sentence: Sentence, end: number, v: number): FoundSpeaker | null {
  const { tokens, text } = ctx.analysis;
  if (tokens[v]!.pos !== 'VERB' && tokens[v]!.pos !== 'NOUN') return null;
  /** Where the words after the share start ("of those questioned"), or -1 when `from`-`to` is no share. */
  const shareEnd = (from: number, to: number): number => {
    let k = from;
    while (k <= to && SHARE_LEAD.has(lower(tokens[k]!)) && tokens[k]!.pos !== 'NUM') k++;
    const core = k;
    // The number or fraction: "33%", "two-thirds", "Thirty-one percent", "Nine in 10", "nine out of 10", "half".
    let ratio = false;
    while (k <= to && (tokens[k]!.pos === 'NUM' || SHARE_NOUNS.has(lower(tokens[k]!)) || (lower(tokens[k]!) === 'per' && lower(tokens[k + 1] ?? tokens[k]!) === 'cent') || (tokens[k]!.text === '-' && k > core && tokens[k + 1]?.pos === 'NUM') || (tokens[k]!.text === '-' && k > core && SHARE_NOUNS.has(lower(tokens[k + 1] ?? tokens[k]!))))) {
      // ("Nine in 10", "three out of four": a ratio.)
      const next = tokens[k + 1];
      if (tokens[k]!.pos === 'NUM' && next && /^(?:in|out)$/i.test(next.text)) {
        const second = lower(next) === 'out' && lower(tokens[k + 2] ?? next) === 'of' ? k + 3 : k + 2;
        if (tokens[second]?.pos === 'NUM' && second <= to) {
          ratio = true;
          k = second + 1;
          continue;
        }
      }
      k++;
    }
    // (A bare number is no share: "The 31-year-old said", "Two local councillors said" are read as descriptions elsewhere.)
    if (k === core || !(ratio || tokens.slice(core, k).some((t) => SHARE_NOUNS.has(lower(t))))) return -1;
    const rest = k;
    // The rest: the people counted and where ("of those questioned", "Democratic registered voters in a poll last year"), no finite verb.
    for (let j = k; j <= to; j++) {
      const t = tokens[j]!;
      if (t.pos === 'AUX' || isQuoted(ctx, t.start)) return -1;
      // (A subject pronoun opens a relative clause, whose verb this is: "29% of the people it questioned said".)
      if (t.pos === 'PRON' && !/^(?:them|us|you|those|whom)$/i.test(t.text)) return -1;
      // (A participle after "those" or a noun, or before a noun: "those questioned", "people aged 18 to 34", "registered voters".)
      if (t.pos === 'VERB' && !(/(?:ed|en)$/.test(t.text) && (lower(tokens[j - 1]!) === 'those' || tokens[j - 1]!.pos === 'NOUN' || tokens[j + 1]?.pos === 'NOUN'))) return -1;
    }
    return rest;
  };
  let last = end;
  let descriptionEnd = end;
  // ("A small number, 17%, said": a share in apposition.)
  if (tokens[last]!.text === ',') {
    let p = last - 1;
    while (p > sentence.first && last - p <= 5 && tokens[p]!.text !== ',') p--;
    if (tokens[p]!.text !== ',' || p <= sentence.first || shareEnd(p + 1, last - 1) < 0) return null;
    descriptionEnd = last - 1;
    last = p - 1;
  }
  // (A hyphen inside a word, "two-thirds", is no dash.)
  const glued = (i: number): boolean => tokens[i - 1]?.end === tokens[i]!.start && tokens[i + 1]?.start === tokens[i]!.end;
  // ("aged between 18 and 34": an "and" between two numbers is inside the phrase.)
  const between = (i: number): boolean => lower(tokens[i]!) === 'and' && tokens[i - 1]?.pos === 'NUM' && tokens[i + 1]?.pos === 'NUM';
  let first = last;
  while (first - 1 >= sentence.first && last - first < 14 && !/^[,;:()“”"]$/.test(tokens[first - 1]!.text) && !(DASHES.has(tokens[first - 1]!.text) && !glued(first - 1)) && ((tokens[first - 1]!.pos !== 'CCONJ' && !SENTENCE_LEAD.has(lower(tokens[first - 1]!))) || between(first - 1)) && tokens[first - 1]!.pos !== 'SCONJ') first--;
  if (first - 1 >= sentence.first && tokens[first - 1]!.text !== ',' && tokens[first - 1]!.pos !== 'CCONJ' && !SENTENCE_LEAD.has(lower(tokens[first - 1]!)) && tokens[first - 1]!.text !== ':') return null;
  // ("Despite this liking for search sites half of those questioned said": a fronted adverbial with no
  // comma ends in a noun; the share starts right after it.)
  if (shareEnd(first, last) < 0 && descriptionEnd === last) {
    for (let i = first + 2; i < last; i++) {
      if (tokens[i - 1]!.pos === 'NOUN' && tokens[first]!.pos === 'ADP' && (SHARE_LEAD.has(lower(tokens[i]!)) || SHARE_NOUNS.has(lower(tokens[i]!)) || tokens[i]!.pos === 'NUM') && shareEnd(i, last) >= 0) {
        first = i;
        break;
      }
    }
  }
  const rest = shareEnd(first, last);
  if (rest < 0 && !(descriptionEnd !== last && tokens.slice(first, last + 1).every((t) => /^(?:DET|ADJ|NOUN)$/.test(t.pos)) && SHARE_NOUNS.has(lower(tokens[last]!)))) return null;
  // The people polled speak; the share says how many of them: "Half of those questioned" is "those
  // questioned", as is a bare share that follows ("The remaining 33% said") within a few sentences.
  const words = (a: number, b: number): string => text.slice(tokens[a]!.start, tokens[b]!.end).replace(/\s+/g, ' ');
  // (Only "those" with a participle names the people polled; "Half of Vermont Democrats" stays as written.)
  if (rest >= 0 && rest + 2 <= last && /^(?:of|among)$/i.test(tokens[rest]!.text) && lower(tokens[rest + 1]!) === 'those') {
    const group = words(rest + 1, last);
    {
      ctx.lastShareGroup = { description: group, sentence: sentence.i };
      return { actor: null, description: group, side: 'before' };
    }
  }
  const counted = ctx.lastShareGroup;
  if ((rest < 0 || rest > last) && counted && sentence.i - counted.sentence <= 3) return { actor: null, description: counted.description, side: 'before' };
  return { actor: null, description: words(first, descriptionEnd), side: 'before' };
}


/**
 * "Some have suggested", "many argue", "Both have promised", "Each side said", "Many in the crowd
 * said", "Most of them said", "two of us believe": a quantifier pronoun that heads the subject of
 * the verb at `v` (alone, with a locative complement, with a partitive pronoun, or "each"/"either"
 * with its noun) names part of a group; the phrase as written is the source (Quirk et al. 1985,
 * §6.45-6.50). `end` is the subject's last token. Not with a modal before the verb, nor for a
 * subject of "be" (a colon frame's "some of them are sadder:").
 */
function quantifierSubject(ctx: SpeakerContext, sentence: Sentence, end: number, v: number): FoundSpeaker | null {
  const { tokens } = ctx.analysis;
  const verb = tokens[v]!;
  if (verb.pos !== 'VERB' && verb.pos !== 'NOUN') return null;
  // (With a modal, a quantified subject supposes, "Some may criticise", "Many might think": it reports no one's words.)
  if (tokens.slice(end + 1, v).some((t) => MODAL_AUXILIARIES.has(lower(t)))) return null;
  const word = lower(tokens[end]!);
  let first = -1;
  if (QUANTIFIER_HEADS.has(word)) first = end;
  else if (/^(?:them|us|you)$/.test(word) && end - 2 >= sentence.first && lower(tokens[end - 1]!) === 'of') {
    const q = tokens[end - 2]!;
    if (QUANTIFIER_HEADS.has(lower(q)) || q.pos === 'NUM') first = end - 2;
  } else {
    const np = phraseEndingAt(tokens, sentence, end);
    const head = np ? lower(tokens[np.first]!) : '';
    if (np && QUANTIFIER_HEADS.has(head) && np.first < end) {
      const next = tokens[np.first + 1]!;
      if ((/^(?:in|among)$/i.test(next.text) && np.first + 1 < end) || (/^(?:each|either|neither)$/.test(head) && end === np.first + 1 && next.pos === 'NOUN' && !/s$/.test(next.text))) first = np.first;
    }
  }
  if (first < 0 || !opensClause(ctx, sentence, { first, last: end })) return null;
  // ("as badly as some fear": the clause of a comparison, Quirk et al. 1985, §15.63, reports no statement.)
  if (lower(tokens[first - 1] ?? tokens[first]!) === 'as' && /^(?:ADJ|ADV)$/.test(tokens[first - 2]?.pos ?? '')) return null;
  return { actor: null, description: ctx.analysis.text.slice(tokens[first]!.start, tokens[end]!.end).replace(/\s+/g, ' '), side: 'before' };
}

/**
 * A singular common noun with an agential suffix (Quirk et al. 1985, App. I.34-35: -er, -or, -ist,
 * -ian, -ant, -ent): "the self-described democratic socialist", "the billionaire businessman" is
 * covered by PERSON_NOUNS. Organisations, groups and documents ("the paper", "the statement") are not.
 */
function isAgentNoun(tok: Token): boolean {
  const w = lower(tok);
  return tok.pos === 'NOUN' && w.length > 4 && /(?:[^e]er|or|ist|ian|ant|ent)$/.test(w) && !ORG_NOUNS.has(w) && !GROUP_NOUNS.has(w) && !SOURCE_NOUNS.has(w) && !TIME_NOUNS.has(w);
}

/** Documents, records and media among the source nouns: they speak for who produced them. */
const isDocument = (word: string): boolean => SOURCE_NOUNS.has(word) && !/^(?:people|person|sources?)$/.test(word);

const PRODUCER_TYPES = new Set(['organization', 'person', 'country']);

/** Documents that an organisation issues under its name ("the Pew report", "a Bloomberg poll"). */
const ISSUED = new Set(
  `report study survey poll statement analysis review audit research paper ruling decision judgment verdict release notice
  warning guidance assessment evaluation investigation inquiry probe census index forecast projection estimates figures
  data memo letter filing complaint lawsuit editorial article column ad`.split(/\s+/),
);

/**
 * The producer a document phrase names: an actor in its "by"/"from" complement ("the report by the
 * Pew Research Center") or an organisation named right before the head ("the Pew report", where
 * "Pew" may be the first word of the organisation's name). Not "of" ("a poll of Iowa voters").
 */
function producerIn(ctx: SpeakerContext, sentence: Sentence, np: NounPhrase, headAt: number, complement: NounPhrase | null, preposition: Token | undefined): ActorDraft | null {
  const { tokens } = ctx.analysis;
  const mentions = ctx.mentionsBySentence.get(sentence.i) ?? [];
  if (complement && preposition && /^(?:by|from)$/i.test(preposition.text)) {
    // ("a study by US researchers": a country or place that premodifies the producers is where they are from, not who they are.)
    // (The phrase may stop short of the noun it modifies: "by UK think-tank Demos".)
    const modifies = (x: NameMention): boolean => {
      const next = tokens[x.last + 1];
      if (x.last < complement.last) return true;
      if (!next || x.last >= sentence.last || isCap(next)) return false;
      return /^(?:NOUN|ADJ)$/.test(next.pos) || (tokens[x.last + 2]?.text === '-' && tokens[x.last + 2]!.start === next.end);
    };
    const premodifier = (x: NameMention): boolean => modifies(x) && !POSSESSIVE.has(tokens[x.last + 1]?.text ?? '') && /^(?:country|place)$/.test(ctx.mentionOwner.get(x.start)?.type ?? '');
    // ("by Sunday Telegraph journalist Robert Peston": the name that heads the complement, else the first.)
    const inComplement = mentions.filter((x) => x.first >= complement.first && x.first <= complement.last && !premodifier(x)).sort((a, b) => a.first - b.first);
    const m = inComplement.find((x) => x.last === complement.last && ctx.mentionOwner.get(x.start)?.type === 'person') ?? inComplement[0];
    const owner = m ? ctx.mentionOwner.get(m.start) : undefined;
    // ("a motion by Mr Jackson's lawyers": a person's lawyers or spokesman are people of their own.)
    const ownPeople = !!m && POSSESSIVE.has(tokens[m.last + 1]?.text ?? '') && (SPOKESPERSON.test(lower(tokens[complement.last]!)) || /^(?:lawyers?|attorneys?)$/.test(lower(tokens[complement.last]!)));
    if (owner && PRODUCER_TYPES.has(owner.type) && !ownPeople) return owner;
    // ("the study by US researchers, Pew Internet, ...": a name in apposition to a common noun is who they are.)
    if (!m && tokens[complement.last]!.pos === 'NOUN' && tokens[complement.last + 1]?.text === ',') {
      const named = appositiveName(ctx, sentence, complement.last + 2);
      if (named) return named;
    }
  }
  // (A name before emails, a video or a book is as often their subject or holder: "Clinton emails".)
  if (headAt - 1 < np.first || !ISSUED.has(lower(tokens[headAt]!))) return null;
  const before = tokens[headAt - 1]!;
  const m = mentions.find((x) => x.last === headAt - 1);
  const owner = m ? ctx.mentionOwner.get(m.start) : undefined;
  if (owner && (owner.type === 'organization' || owner.type === 'country') && !POSSESSIVE.has(before.text)) return owner;
  if (!owner && isCap(before) && before.pos === 'PROPN') {
    const orgs = ctx.drafts.filter((d) => d.type === 'organization' && d.name.split(/\s+/)[0] === before.text);
    if (orgs.length === 1) return orgs[0]!;
  }
  return null;
}

/** An organisation or person named at token `at`, set off as an apposition: a comma or the sentence's end follows. */
function appositiveName(ctx: SpeakerContext, sentence: Sentence, at: number): ActorDraft | null {
  const { tokens } = ctx.analysis;
  const m = (ctx.mentionsBySentence.get(sentence.i) ?? []).find((x) => x.first === at || (x.first === at + 1 && lower(tokens[at]!) === 'the'));
  const owner = m ? ctx.mentionOwner.get(m.start) : undefined;
  if (!m || !owner || (owner.type !== 'organization' && owner.type !== 'person')) return null;
  // ("Pew Internet": the name may run on in capitalised words the actor's name leaves out.)
  let end = m.last;
  while (end < sentence.last && end - m.last < 3 && isCap(tokens[end + 1]!) && tokens[end + 1]!.pos === 'PROPN') end++;
  const after = tokens[end + 1];
  return !after || end + 1 > sentence.last || /^[,;:.]$/.test(after.text) ? owner : null;
}

/**
 * "A survey of wi-fi networks in four cities by RSA Security found": the by-phrase that ends a
 * document's subject names its producer, however many postmodifiers come between; the phrase runs
 * from the head to the first verb.
 */
function producerLaterInPhrase(ctx: SpeakerContext, sentence: Sentence, headAt: number): ActorDraft | null {
  const { tokens } = ctx.analysis;
  for (let t = headAt + 1; t <= sentence.last && t - headAt <= 25; t++) {
    const tok = tokens[t]!;
    // (A capitalised word is a name, however tagged: "Hull", "Reading".)
    if (((tok.pos === 'VERB' || tok.pos === 'AUX' || tok.pos === 'PRON' || tok.pos === 'SCONJ') && !(isCap(tok) && t > headAt + 1)) || isQuoted(ctx, tok.start) || /^[;:"“”()]$/.test(tok.text)) return null;
    if (lower(tok) !== 'by' || t + 1 > sentence.last) continue;
    const complement = phraseStartingAt(tokens, sentence, t + 1);
    return complement ? producerIn(ctx, sentence, { first: complement.first, last: complement.last }, complement.last, complement, tok) : null;
  }
  return null;
}

/**
 * "The research was carried out by the UK Film Council": a document that is the subject of a
 * passive names its producer in the agent phrase (Quirk et al. 1985, §3.63-3.65, the by-agent).
 * `headAt` is the document's head; the passive follows it, "be" and a past participle.
 */
function passiveAgentOf(ctx: SpeakerContext, sentence: Sentence, headAt: number): ActorDraft | null {
  const { tokens } = ctx.analysis;
  let t = headAt + 1;
  if (!/^(?:was|were|is|are|has|have|had|been|being)$/i.test(tokens[t]?.text ?? '')) return null;
  while (t <= sentence.last && /^(?:was|were|is|are|has|have|had|been|being)$/i.test(tokens[t]!.text)) t++;
  if (t > sentence.last || !/\p{Ll}(?:ed|en|t)$/u.test(tokens[t]!.text) || (tokens[t]!.pos !== 'VERB' && tokens[t]!.pos !== 'ADJ')) return null;
  for (let k = t + 1; k <= sentence.last && k - t <= 4; k++) {
    const tok = tokens[k]!;
    if (lower(tok) === 'by') {
      const complement = phraseStartingAt(tokens, sentence, k + 1);
      return complement ? producerIn(ctx, sentence, complement, complement.last, complement, tok) : null;
    }
    // ("carried out jointly by", "commissioned last year by": particles, adverbs and short time phrases between.)
    if (!/^(?:ADP|ADV|PART|ADJ|NOUN|DET|NUM)$/.test(tok.pos)) return null;
  }
  return null;
}

/**
 * Verbs whose subject makes the document they take as object: VerbNet 3.3 create-26.4 ("produce",
 * "publish", "compose") with the verbs news uses of studies ("conduct", "commission", "release", "issue").
 */
const PRODUCING_LEMMAS = new Set(['produce', 'publish', 'compose', 'create', 'compile', 'prepare', 'conduct', 'commission', 'release', 'issue']);

/**
 * "Pew Internet conducted an online survey of musicians": the named subject of a verb of producing
 * whose object is the document at `headAt` (its determiner and premodifiers right after the verb).
 */
function producerAsSubject(ctx: SpeakerContext, sentence: Sentence, headAt: number): ActorDraft | null {
  const { tokens } = ctx.analysis;
  let k = headAt - 1;
  while (k >= sentence.first && headAt - k <= 4 && /^(?:ADJ|NOUN|NUM)$/.test(tokens[k]!.pos)) k--;
  if (k < sentence.first || tokens[k]!.pos !== 'DET') return null;
  const verb = tokens[k - 1];
  if (!verb || k - 1 < sentence.first || verb.pos !== 'VERB' || !PRODUCING_LEMMAS.has(verb.lemma.toLowerCase())) return null;
  const np = phraseEndingAt(tokens, sentence, k - 2);
  if (!np) return null;
  const m = (ctx.mentionsBySentence.get(sentence.i) ?? []).filter((x) => x.first >= np.first && x.last <= np.last).at(-1);
  const owner = m ? ctx.mentionOwner.get(m.start) : undefined;
  return owner && (owner.type === 'organization' || owner.type === 'person') ? owner : null;
}

/**
 * "a survey has found ... The study by US researchers, Pew Internet, suggests ...": the producer a
 * definite document names within the next few sentences, whatever its head noun ("study",
 * "survey", "research" for one piece of work), by a by-phrase, an organisation before the head, or
 * a passive's agent.
 */
function producerOfNextDocument(ctx: SpeakerContext, offset: number, sentence: number): ActorDraft | null {
  const { tokens, sentences } = ctx.analysis;
  for (let i = sentence; i < sentences.length && i - sentence <= 3; i++) {
    const s = sentences[i]!;
    for (let t = s.first; t <= s.last; t++) {
      const tok = tokens[t]!;
      if (tok.start < offset || !ISSUED.has(lower(tok)) || tok.pos !== 'NOUN' || isQuoted(ctx, tok.start) || tokens[t + 1]?.pos === 'NOUN') continue;
      let k = t - 1;
      while (k >= s.first && t - k <= 4 && tokens[k]!.pos !== 'DET') k--;
      if (k < s.first || lower(tokens[k]!) !== 'the') continue;
      const next = tokens[t + 1];
      const complement = byPhraseAfter(tokens, s, t);
      const producer = producerIn(ctx, s, { first: k, last: t }, t, complement, next) ?? passiveAgentOf(ctx, s, t);
      // ("the UK poll": a country before the head is where the poll was taken, not who took it.)
      if (producer && producer.type !== 'country') return producer;
    }
  }
  return null;
}

/** The by- or from-phrase right after a document's head at `t` ("a report by X"), or null. */
function byPhraseAfter(tokens: Token[], s: Sentence, t: number): NounPhrase | null {
  const next = tokens[t + 1];
  return next && /^(?:by|from)$/i.test(next.text) && t + 2 <= s.last ? phraseStartingAt(tokens, s, t + 2) : null;
}

/**
 * The producer a document whose head is at `t` names in its own sentence: before its head or in
 * its by-phrase, later in its phrase, as a passive's agent, or as the subject of a verb of producing.
 */
function producerWithDocument(ctx: SpeakerContext, s: Sentence, t: number): ActorDraft | null {
  const { tokens } = ctx.analysis;
  return producerIn(ctx, s, { first: Math.max(s.first, t - 4), last: t }, t, byPhraseAfter(tokens, s, t), tokens[t + 1]) ?? producerLaterInPhrase(ctx, s, t) ?? passiveAgentOf(ctx, s, t) ?? producerAsSubject(ctx, s, t);
}

/**
 * The producer named with the last document of this head before `offset` ("a report by X" ...
 * "the report"), within a few paragraphs, or the speaker who spoke through it ("X said in a
 * statement" ... "the statement said").
 */
function producerNamedBefore(ctx: SpeakerContext, head: string, offset: number, sentence: number, bare = false): { actor: ActorDraft | null; description: string | null } | null {
  const { tokens, sentences } = ctx.analysis;
  for (let i = sentence; i >= 0 && sentence - i <= 12; i--) {
    const s = sentences[i]!;
    for (let t = s.last; t >= s.first; t--) {
      const tok = tokens[t]!;
      // ("said report author Mary Madden": a document noun that premodifies another noun is no document.)
      if (tok.start >= offset || lower(tok) !== head || isQuoted(ctx, tok.start) || (tokens[t + 1]?.pos === 'NOUN' && tokens[t + 2]?.pos === 'PROPN')) continue;
      // The last document of that head decides, named producer or not.
      const named = producerWithDocument(ctx, s, t);
      if (named) return { actor: named, description: null };
      // "the US military said in a statement ... the statement said": the speaker it was made through.
      const through = t - 2 >= s.first && /^(?:in|through)$/i.test(tokens[t - 2]!.text) && /^(?:a|an|its|their|his|her)$/i.test(tokens[t - 1]!.text);
      // ("The report said ... The report said": a definite mention takes up an earlier one.)
      if (!through && t - 1 >= s.first && lower(tokens[t - 1]!) === 'the') continue;
      // ("a study found ... The research was carried out by X ... The study found": an indefinite
      // document introduced without its producer is named with it when the text takes it up.)
      if (!through) {
        const after = t - 1 >= s.first && /^(?:a|an)$/i.test(tokens[t - 1]!.text) ? producerOfNextDocument(ctx, tok.end, s.i) : null;
        return after && after.mentions.some((m) => m.start < offset) ? { actor: after, description: null } : null;
      }
      if (ctx.lastSpeaker && ctx.lastSpeakerSentence === s.i) return { actor: ctx.lastSpeaker, description: null };
      // ("The committee called for ... The call was made in a report ... The report said": an
      // organisation that spoke just before the document was introduced made it.)
      const earlier = (ctx.speakers ?? []).filter((x) => x.sentence <= s.i && s.i - x.sentence <= 2).at(-1);
      if (earlier && (earlier.actor.type === 'organization' || earlier.actor.type === 'country')) return { actor: earlier.actor, description: null };
      return ctx.lastCollective?.sentence === s.i ? { actor: null, description: ctx.lastCollective.description } : null;
    }
  }
  // ("The study by Pew ... found ... But the report suggests": with no document of its own head
  // before it, a bare definite document ("the report", not "the Halifax survey") takes up the last
  // one of any head, when that one names its producer.)
  // (Figures and data take up only a document of their own paragraph: "The data show unemployment
  // has risen" after a poll in another paragraph are anyone's numbers, not the pollster's.)
  const last = bare ? lastDocumentBefore(ctx, offset, sentence, MEASURES.has(head)) : null;
  return last ? { actor: last, description: null } : null;
}

/** Heads of a document that are numbers rather than a piece of writing. */
const MEASURES = new Set(['data', 'figures', 'estimates', 'statistics', 'numbers']);

/** The producer of the nearest document before `offset` (within twelve sentences, as for one of its own head), whatever its head, or null when that one names none. */
function lastDocumentBefore(ctx: SpeakerContext, offset: number, sentence: number, sameParagraph = false): ActorDraft | null {
  const { tokens, sentences } = ctx.analysis;
  for (let i = sentence; i >= 0 && sentence - i <= 12; i--) {
    const s = sentences[i]!;
    if (sameParagraph && s.paragraph !== sentences[sentence]!.paragraph) break;
    for (let t = s.last; t >= s.first; t--) {
      const tok = tokens[t]!;
      if (tok.start >= offset || !ISSUED.has(lower(tok)) || tok.pos !== 'NOUN' || isQuoted(ctx, tok.start) || tokens[t + 1]?.pos === 'NOUN') continue;
      const named = producerWithDocument(ctx, s, t);
      if (named) return named;
      // ("Nortel said in a filing ... the figures showed": a document a speaker spoke through is theirs.)
      const through = t - 2 >= s.first && /^(?:in|through)$/i.test(tokens[t - 2]!.text) && /^(?:a|an|its|their)$/i.test(tokens[t - 1]!.text);
      if (through) return ctx.lastSpeaker && ctx.lastSpeakerSentence === s.i && ctx.lastSpeaker.type !== 'person' ? ctx.lastSpeaker : null;
      // (A definite one takes up a document before it in turn.)
      if (lower(tokens[t - 1] ?? tok) === 'the') return producerNamedBefore(ctx, lower(tok), tok.start, s.i)?.actor ?? null;
      const after = t - 1 >= s.first && /^(?:a|an)$/i.test(tokens[t - 1]!.text) ? producerOfNextDocument(ctx, tok.end, s.i) : null;
      return after && after.mentions.some((m) => m.start < offset) ? after : null;
    }
  }
  return null;
}

/**
 * "The research was carried out by X. It also found ...": "it" as the subject right after a
 * sentence whose subject is a definite document takes up that document (the subject is the likeliest
 * antecedent, Grosz, Joshi & Weinstein 1995), which speaks for its producer. Null otherwise.
 */
function documentSubjectProducer(ctx: SpeakerContext, i: number): ActorDraft | null {
  const s = ctx.analysis.sentences[i];
  if (!s) return null;
  const { tokens } = ctx.analysis;
  let t = subjectToken(ctx, s);
  if (lower(tokens[t]!) !== 'the' && lower(tokens[t - 1] ?? tokens[t]!) !== 'the') return null;
  if (lower(tokens[t]!) === 'the') t++;
  while (t < s.last && t - s.first < 8 && (tokens[t + 1]!.pos === 'NOUN' || tokens[t]!.pos === 'ADJ')) t++;
  const head = tokens[t];
  if (!head || head.pos !== 'NOUN' || !ISSUED.has(lower(head))) return null;
  const next = tokens[t + 1];
  const complement = byPhraseAfter(tokens, s, t);
  return producerIn(ctx, s, { first: t, last: t }, t, complement, next) ?? producerLaterInPhrase(ctx, s, t) ?? passiveAgentOf(ctx, s, t) ?? producerNamedBefore(ctx, lower(head), head.start, i)?.actor ?? null;
}

/**
 * "..., suggests a report into search habits. The report by the Pew Research Center reveals ...":
 * a document introduced without its producer, named with it when the text takes it up again
 * (the next document of that head within a few sentences, if that one is definite).
 */
function producerNamedAfter(ctx: SpeakerContext, head: string, offset: number, sentence: number): ActorDraft | null {
  const { tokens, sentences } = ctx.analysis;
  for (let i = sentence; i < sentences.length && i - sentence <= 4; i++) {
    const s = sentences[i]!;
    for (let t = s.first; t <= s.last; t++) {
      const tok = tokens[t]!;
      if (tok.start < offset || lower(tok) !== head || isQuoted(ctx, tok.start)) continue;
      let k = t - 1;
      while (k >= s.first && t - k <= 4 && tokens[k]!.pos !== 'DET') k--;
      if (k < s.first || lower(tokens[k]!) !== 'the') return null;
      const next = tokens[t + 1];
      const complement = byPhraseAfter(tokens, s, t);
      return producerIn(ctx, s, { first: k, last: t }, t, complement, next);
    }
  }
  return null;
}

/** The one person of the article whose surname the capitalised token is, or null. */
function personBySurname(ctx: SpeakerContext, tok: Token): ActorDraft | null {
  if (!isCap(tok)) return null;
  let found: ActorDraft | null = null;
  for (const d of ctx.drafts) {
    if (d.type !== 'person' || ctx.authors?.has(d)) continue;
    const words = d.name.split(/\s+/);
    if (words.length < 2 || words.at(-1) !== tok.text) continue;
    if (found) return null;
    found = d;
  }
  return found;
}

/** The singular of a plural noun ("women", "democrats", "parties"), or the word itself. */
function singular(word: string): string {
  if (/(?:wo)?men$/.test(word)) return word.replace(/men$/, 'man');
  if (word === 'children' || word === 'people') return word === 'people' ? 'person' : 'child';
  if (/[^aeiou]ies$/.test(word)) return word.replace(/ies$/, 'y');
  if (/(?:ss|sh|ch|x)es$/.test(word)) return word.replace(/es$/, '');
  return word.replace(/s$/, '');
}

/** Quantifying determiners that pick out part of a group (Quirk et al. 1985, §5.8-5.9): "some Democrats". */
const GROUP_QUANTIFIERS = new Set(['some', 'many', 'most', 'several', 'few', 'other']);

/** Quantifiers and partitive nouns (Quirk et al. 1985, §5.8-5.9, 5.25): "some of", "a handful of", "one of". */
const QUANTIFIERS = new Set(
  `some most many all several few both each either neither none one two three four five six seven eight nine ten dozens hundreds
  thousands millions half majority minority number handful lot lots couple dozen percent share third quarter rest bulk plenty
  bunch group`.split(/\s+/),
);

const CALENDAR = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/i;

/**
 * A name the actor list missed ("Cuban said", "Mr. King said"): the one person of the article
 * whose surname it is, else the name as written. Only a run of capitalised words ending in a
 * proper noun, not a place or a date.
 */
function missedName(ctx: SpeakerContext, sentence: Sentence, first: number, last: number): { actor: ActorDraft | null; description: string | null } | null {
  const { tokens, text } = ctx.analysis;
  const head = tokens[last]!;
  if ((head.pos !== 'PROPN' && head.pos !== 'NOUN') || !isCap(head) || CALENDAR.test(head.text) || last - first > 5) return null;
  for (let t = first; t <= last; t++) if (!isCap(tokens[t]!) && tokens[t]!.text !== '.' && tokens[t]!.text !== '-') return null;
  const inNp = (ctx.mentionsBySentence.get(sentence.i) ?? []).filter((m) => m.first <= last && m.last >= first);
  if (inNp.some((m) => ctx.mentionOwner.get(m.start)?.type === 'place')) return null;
  const bySurname = personBySurname(ctx, head);
  if (bySurname) return { actor: bySurname, description: null };
  if (head.pos !== 'PROPN') return null;
  return { actor: null, description: text.slice(tokens[first]!.start, head.end).replace(/\s+/g, ' ') };
}

/** Skips back over the words between a subject and its verb ("has also"), returning the last token of the subject. */
export function subjectEnd(tokens: Token[], sentence: Sentence, v: number): number {
  let t = v - 1;
  while (t >= sentence.first && (VERB_PREFIX.has(lower(tokens[t]!)) || tokens[t]!.pos === 'ADV' || tokens[t]!.pos === 'AUX' || tokens[t]!.pos === 'PART' || tokens[t]!.pos === 'SPACE')) t--;
  return t;
}

/**
 * Where an age used as a noun ("the 36-year-old", an adjective phrase as the head of a noun phrase,
 * Quirk et al. 1985, §7.21) that opens at token `first` ends, or null: "the", a number, "-year-old",
 * whether tokenised apart or as one word, with no noun after it ("the 36-year-old striker" is read
 * by its noun).
 */
function ageDescriptionEnd(tokens: Token[], sentence: Sentence, first: number): number | null {
  if (first + 1 > sentence.last || lower(tokens[first]!) !== 'the') return null;
  let end: number | null = null;
  if (/^\d+-year-old$/i.test(tokens[first + 1]!.text)) end = first + 1;
  else if (first + 5 <= sentence.last && tokens[first + 1]!.pos === 'NUM' && tokens[first + 2]!.text === '-' && lower(tokens[first + 3]!) === 'year' && tokens[first + 4]!.text === '-' && lower(tokens[first + 5]!) === 'old') end = first + 5;
  if (end === null) return null;
  const next = tokens[end + 1];
  return next && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ' || POSSESSIVE.has(next.text)) ? null : end;
}

/**
 * '"...," the 36-year-old said', '"...," said the 20-year-old': an age used as a noun says nothing
 * of who is meant but that it is a person, whom it refers back to as a pronoun of either gender
 * does (the subject of the sentence before, the last speaker, the most salient person named).
 * Undefined when the verb's subject is no such phrase.
 */
function ageSpeaker(ctx: SpeakerContext, sentence: Sentence, v: number): FoundSpeaker | null | undefined {
  const { tokens } = ctx.analysis;
  let first: number | null = null;
  let side: SpeakerSide = 'before';
  if (ageDescriptionEnd(tokens, sentence, v + 1) !== null && isInverted(tokens, sentence, v)) {
    first = v + 1;
    side = 'after';
  } else {
    const end = subjectEnd(tokens, sentence, v);
    for (const start of [end - 1, end - 5]) if (start >= sentence.first && ageDescriptionEnd(tokens, sentence, start) === end) first = start;
  }
  if (first === null) return undefined;
  const person = referentOf(ctx, 'one', tokens[first]!.start, sentence.i, 6);
  return person ? { actor: person, description: null, side } : null;
}

/** The speaker of the speech verb at token `v` of `sentence`, or null. */
export function findSpeaker(ctx: SpeakerContext, sentence: Sentence, v: number): FoundSpeaker | null {
  const found = findSpeakerAlone(ctx, sentence, v);
  if (found?.actor && isInstrument(found.actor)) {
    const higher = higherSpeaker(ctx, sentence, v);
    if (higher) return higher;
  }
  return found?.actor ? (coordinatedSpeakers(ctx, sentence, v, found) ?? found) : found;
}

/** The heads of the names of laws and treaties ("the Act of Settlement", "the Crown Bill", "the Lisbon Treaty"). */
const INSTRUMENT_HEADS = /^(?:act|bill|treaty|charter|convention|constitution|directive|amendment|statute)$/i;

/** Is the actor a law or a treaty by the head of its name ("Act of Settlement", "Police Bill")? */
function isInstrument(d: ActorDraft): boolean {
  const words = d.name.split(/\s+/);
  const of = words.findIndex((w) => /^of$/i.test(w));
  const head = of > 0 ? words[of - 1]! : words.at(-1)!;
  return INSTRUMENT_HEADS.test(head);
}

/**
 * "X agreed the Act of Settlement was discriminatory but added that ...": a law that a verb of saying
 * coordinated after a complement clause would take as its subject says nothing; the verb shares the
 * subject of the verb of saying before it in the sentence, whose complement that clause is.
 */
function higherSpeaker(ctx: SpeakerContext, sentence: Sentence, v: number): FoundSpeaker | null {
  const { tokens } = ctx.analysis;
  let k = v - 1;
  while (k > sentence.first && (tokens[k]!.pos === 'ADV' || VERB_PREFIX.has(lower(tokens[k]!)))) k--;
  if (tokens[k]!.pos !== 'CCONJ') return null;
  for (k--; k >= sentence.first; k--) {
    const t = tokens[k]!;
    if (t.pos === 'VERB' && !isQuoted(ctx, t.start) && SPEECH_LEMMAS.has(t.lemma.toLowerCase())) {
      const found = findSpeakerAlone(ctx, sentence, k);
      return found?.actor && !isInstrument(found.actor) ? found : null;
    }
  }
  return null;
}

const COORDINABLE: Record<string, string> = { person: 'person', organization: 'body', country: 'body' };

/**
 * "The IMF and the World Bank said", "a survey by A, B and C found", "said X and Y": a speaker that
 * is one conjunct of a coordinated noun phrase (Quirk et al. 1985, §13.2) speaks with the others,
 * and the claim is theirs together: the names joined as the text has them. Each conjunct must be
 * the name of an actor of the same kind (persons, or bodies and states), next to the next one
 * across "and", "&" or a comma, with nothing but an article before a name; null when the speaker's
 * name near the verb has no such partner.
 */
function coordinatedSpeakers(ctx: SpeakerContext, sentence: Sentence, v: number, found: FoundSpeaker): FoundSpeaker | null {
  const { tokens } = ctx.analysis;
  const kind = COORDINABLE[found.actor!.type];
  if (!kind) return null;
  const mentions = (ctx.mentionsBySentence.get(sentence.i) ?? []).filter((m) => !m.compound);
  const own = mentions.filter((m) => ctx.mentionOwner.get(m.start) === found.actor);
  // The speaker's mention nearest the verb on the side it was read from.
  const before = own.filter((m) => m.last < v).sort((a, b) => b.last - a.last)[0];
  const after = own.filter((m) => m.first > v).sort((a, b) => a.first - b.first)[0];
  const m = found.side === 'after' ? (after ?? before) : (before ?? after);
  if (!m) return null;
  const ownerAt = (pred: (x: NameMention) => boolean): { m: NameMention; actor: ActorDraft } | null => {
    const x = mentions.find(pred);
    const actor = x ? ctx.mentionOwner.get(x.start) : undefined;
    return x && actor && actor !== found.actor && COORDINABLE[actor.type] === kind ? { m: x, actor } : null;
  };
  const isLink = (t: Token | undefined): boolean => !!t && /^(?:and|&|,)$/i.test(t.text);
  const skipArticle = (k: number, step: number): number => (/^the$/i.test(tokens[k]?.text ?? '') ? k + step : k);
  const chain: { m: NameMention; actor: ActorDraft }[] = [{ m, actor: found.actor! }];
  // Leftward: "A and [the] B", "A, B and [the] C".
  for (let cur = m; ; ) {
    const link = skipArticle((cur.titleFirst ?? cur.first) - 1, -1);
    if (!isLink(tokens[link]) || link <= sentence.first) break;
    const prev = ownerAt((x) => skipArticle(x.last + 1, 1) === link || x.last === link - 1);
    if (!prev || (tokens[link]!.text === ',' && !chain.some((c) => c.m.first > cur.first))) break;
    chain.unshift(prev);
    cur = prev.m;
  }
  // Rightward: "A and [the] B" after the speaker's name.
  for (let cur = m; ; ) {
    const link = cur.last + 1;
    if (!isLink(tokens[link]) || link >= sentence.last) break;
    const next = ownerAt((x) => skipArticle(link + 1, 1) === (x.titleFirst ?? x.first));
    if (!next) break;
    chain.push(next);
    cur = next.m;
  }
  if (chain.length < 2) return null;
  // The last link must be "and" or "&" ("A, B, C" is a list of its own, not one subject).
  const lastLink = skipArticle((chain.at(-1)!.m.titleFirst ?? chain.at(-1)!.m.first) - 1, -1);
  if (!/^(?:and|&)$/i.test(tokens[lastLink]?.text ?? '')) return null;
  // Nothing may follow the coordination but the verb, or come between the verb and it ("A and B said", "said A and B").
  const first = chain[0]!.m;
  const last = chain.at(-1)!.m;
  if (POSSESSIVE.has(tokens[last.last + 1]?.text ?? '')) return null;
  const names = chain.map((c) => c.actor.name);
  const description = names.length === 2 ? `${names[0]} and ${names[1]}` : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  // The coordination is the subject, or a document's by-phrase, itself: it opens its clause and the
  // verb follows it ("the IMF and the World Bank said", "a survey by A and B found"), or it follows
  // the verb at once ("said A and B"); not a complement inside the subject ("a spokesman for the
  // Department for Culture, Media and Sport said").
  // (A correlative "both" and the premodifiers of a document's name may stand before the first:
  // "Both the IMF and the World Bank have urged", "reveals the annual A and B survey".)
  let opener = skipArticle((first.titleFirst ?? first.first) - 1, -1);
  const limit = found.side === 'after' ? v : sentence.first - 1;
  while (opener > limit && /^(?:DET|ADJ|NUM)$/.test(tokens[opener]!.pos)) opener--;
  if (found.side === 'before') {
    // (The names may premodify a document's noun, with its relative clause: "the A and B survey which found".)
    let end = last.last + 1;
    while (end < v && tokens[end]!.pos === 'NOUN') end++;
    if (end > last.last + 1 && end < v && /^(?:which|that)$/i.test(tokens[end]!.text)) end++;
    if (last.last > v || subjectEnd(tokens, sentence, v) !== end - 1) return null;
    const tok = tokens[opener];
    // (After a verb only as a document's premodifiers, "reveals the A and B survey which found";
    // "owns Yugansk and Russia has said" coordinates clauses.)
    const premodifies = end > last.last + 1;
    if (opener >= sentence.first && tok && !/^(?:,|:|;|"|“|”|'|by)$/i.test(tok.text) && !DASHES.has(tok.text) && !/^(?:CCONJ|ADV)$/.test(tok.pos) && !(premodifies && tok.pos === 'VERB') && !SENTENCE_LEAD.has(lower(tok))) return null;
  } else if (found.side === 'after') {
    if (opener !== v) return null;
  } else return null;
  return { actor: null, description, side: found.side };
}

function findSpeakerAlone(ctx: SpeakerContext, sentence: Sentence, v: number): FoundSpeaker | null {
  const { tokens } = ctx.analysis;
  const age = ageSpeaker(ctx, sentence, v);
  if (age !== undefined) return age;
  // "Contestants were told by hosts A and B": the agent of a passive cue speaks, not its subject.
  if (lower(tokens[v + 1] ?? tokens[v]!) === 'by' && tokens.slice(subjectEnd(tokens, sentence, v) + 1, v).some((t) => PASSIVE_BE.has(lower(t)))) {
    const agent = v + 2 <= sentence.last ? speakerStartingAt(ctx, sentence, v + 2) : null;
    return agent ? { ...agent, side: 'after' } : null;
  }
  const afterQuote = (() => {
    const prev = tokens[subjectEnd(tokens, sentence, v)];
    return !!prev && (prev.text === ',' || prev.text === '”' || prev.text === '"' || prev.text === "'") && isQuoted(ctx, prev.start - 1);
  })();
  if (afterQuote) return speakerAfter(ctx, sentence, v) ?? orNull(speakerBefore(ctx, sentence, v));
  if (closesSentenceAfter(ctx, sentence, v)) {
    const after = speakerAfter(ctx, sentence, v);
    if (after?.actor) return after;
  }
  const before = speakerBefore(ctx, sentence, v);
  // A subject we could not resolve ("They are demanding ...") still rules out reading one after the verb.
  if (before === BLOCKED) return null;
  // Only an attribution that follows its content, or opens the sentence, puts the speaker after
  // the verb ("..., said X", "Says X: ..."); elsewhere the words after the verb are its object.
  return before ?? (isInverted(tokens, sentence, v) && INVERTIBLE.has(tokens[v]!.lemma.toLowerCase()) ? speakerAfter(ctx, sentence, v) : null);
}

/**
 * The object of the verb that governs an infinitive cue, which is the cue's subject ("allowed
 * Senator Ellis to claim that ...", "asked her to confirm"): object control and raising to object
 * (Quirk et al. 1985, §16.52-16.54). Null when no noun phrase stands between a verb and "to".
 */
export function controllerOf(ctx: SpeakerContext, sentence: Sentence, v: number): FoundSpeaker | null {
  const { tokens } = ctx.analysis;
  const to = v - 1;
  if (lower(tokens[to] ?? tokens[v]!) !== 'to' || to - 1 <= sentence.first) return null;
  const last = to - 1;
  const obj = tokens[last]!;
  const object = OBJECT_PRONOUNS.get(lower(obj));
  let first = last;
  if (!object) {
    const np = phraseEndingAt(tokens, sentence, last);
    if (!np || np.first <= sentence.first) return null;
    first = np.first;
  }
  let k = first - 1;
  while (k > sentence.first && tokens[k]!.pos === 'ADV') k--;
  const governor = tokens[k]!;
  if (governor.pos !== 'VERB' || !CAUSATIVES.has(governor.lemma.toLowerCase()) || isQuoted(ctx, governor.start)) return null;
  if (object) {
    if (object === 'it') return null;
    const actor = personFor(ctx, object, obj.start, sentence.i);
    return actor ? { actor, description: null, side: 'anaphor' } : null;
  }
  return speakerSpanning(ctx, sentence, first, last);
}

/**
 * Causative and enabling verbs whose object does what the infinitive says (Quirk et al. 1985,
 * §16.52: "allowed him to claim" means he claimed; "urged him to say" does not mean he said).
 * Other verbs with an object before "to" leave it to a purpose clause ("used the speech to argue").
 */
const CAUSATIVES = new Set(['allow', 'permit', 'enable', 'force', 'compel', 'oblige', 'lead', 'prompt', 'cause', 'get', 'inspire', 'drive']);

/** Object pronouns of a person, as the subject pronoun they stand for. */
const OBJECT_PRONOUNS = new Map([['him', 'he'], ['her', 'she'], ['it', 'it']]);

/** Forms of "be" (and "get") that make a participle passive. */
const PASSIVE_BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'got', 'get', 'gets']);

/** The comma that opens the segment ending at token `end`, within a few words ("R-S.C." is five tokens), or null. */
function commaSegmentBefore(tokens: Token[], sentence: Sentence, end: number): number | null {
  for (let k = end; k >= sentence.first && end - k < 7; k--) if (tokens[k]!.text === ',') return k === end ? null : k;
  return null;
}

/** Tokens [first, last] are an age ("59") or a place ("of Ashton", "Md.", "Springfield, Va."). */
function isAgeOrPlace(ctx: SpeakerContext, sentence: Sentence, first: number, last: number): boolean {
  const { tokens } = ctx.analysis;
  const words = tokens.slice(first, last + 1);
  if (words.length === 0) return false;
  if (words.every((t) => t.pos === 'NUM')) return true;
  if (/^(?:of|from)$/i.test(words[0]!.text)) return true;
  // A party and state as the AP Stylebook writes them after a legislator's name ("R-S.C.", "D-Calif.").
  if (/^[RDI]-\p{Lu}[\p{L}.]*$/u.test(ctx.analysis.text.slice(words[0]!.start, words.at(-1)!.end))) return true;
  const mentions = ctx.mentionsBySentence.get(sentence.i) ?? [];
  const place = mentions.some((m) => m.first === first && m.last === last && ctx.mentionOwner.get(m.start)?.type === 'place');
  // ("In a series of posts, Mr. Frum, a former speechwriter, wrote": a person's name with an abbreviated title is no place.)
  const person = HONORIFICS.has(lower(words[0]!)) && mentions.some((m) => m.last === last && ctx.mentionOwner.get(m.start)?.type === 'person');
  return place || (!person && (words.length <= 2 && words.every((t) => isCap(t) || t.text === '.') && words.some((t) => /\.$/.test(t.text))));
}

/** Does the verb at `v` stand where an inverted attribution does: after a comma, quote, colon or dash, or first in the sentence? */
function isInverted(tokens: Token[], sentence: Sentence, v: number): boolean {
  let t = v - 1;
  while (t >= sentence.first && (tokens[t]!.pos === 'ADV' || tokens[t]!.pos === 'SPACE' || VERB_PREFIX.has(lower(tokens[t]!)))) t--;
  if (t < sentence.first) return true;
  const tok = tokens[t]!;
  return tok.text === ',' || tok.text === ':' || DASHES.has(tok.text) || QUOTE_MARKS.has(tok.text) || tok.text === '"' || tok.text === '”' || tok.text === '“';
}

/**
 * Is a saying verb in the middle of its sentence followed by a noun phrase that closes the
 * sentence, alone or with an apposition ("..., or other parts of the body, says Ann Fisher, the
 * firm's engineer.", "... that have educational value said Ms Fisher.")? "Say" and its kin take a
 * clause or the words said as their object, never a named person, so such a verb is inverted
 * (Quirk et al. 1985, §18.48): the phrase after it is its subject, whatever noun stands before it.
 * The words before the verb must hold content of their own (a verb), and nothing after the phrase
 * but an apposition without a finite verb of its own outside a relative clause.
 */
function closesSentenceAfter(ctx: SpeakerContext, sentence: Sentence, v: number): boolean {
  const { tokens } = ctx.analysis;
  // (A finite verb: "writing partner X" and "to say" are no inverted attributions.)
  // (Nor is a capitalised word after a preposition, "of Respond's partner X": it is a name.)
  if (!INVERTIBLE.has(tokens[v]!.lemma.toLowerCase()) || v - sentence.first < 3 || /ing$/i.test(tokens[v]!.text) || isCap(tokens[v]!) || lower(tokens[v - 1]!) === 'to' || tokens[v - 1]!.pos === 'ADP') return false;
  if (!tokens.slice(sentence.first, v).some((t, i) => isFinite(tokens, sentence.first + i))) return false;
  // (The verb must have no subject of its own right before it: not "who wrote the biography of X".)
  let prev = v - 1;
  while (prev > sentence.first && (tokens[prev]!.pos === 'ADV' || VERB_PREFIX.has(lower(tokens[prev]!)))) prev--;
  if (tokens[prev]!.pos === 'PRON' || RELATIVE_PRONOUNS.has(lower(tokens[prev]!)) || lower(tokens[prev]!) === 'that') return false;
  const first = v + 1;
  if (first > sentence.last || tokens[first]!.pos === 'PRON' || isQuoted(ctx, tokens[first]!.start)) return false;
  const np = phraseStartingAt(tokens, sentence, first);
  if (!np) return false;
  let t = np.last + 1;
  // (A quote mark closes the sentence only at its end: 'said Mr Blair "should go"' opens a quotation.)
  const closes = (k: number): boolean => k > sentence.last || /^(?:[.!?]|\.\.\.)$/.test(tokens[k]!.text) || (/^["”’']$/.test(tokens[k]!.text) && (k === sentence.last || /^[.!?]$/.test(tokens[k + 1]!.text)));
  if (closes(t)) return true;
  if (tokens[t]!.text !== ',') return false;
  let relative = false;
  for (t++; !closes(t); t++) {
    const tok = tokens[t]!;
    if (RELATIVE_PRONOUNS.has(lower(tok))) relative = true;
    else if (tok.text === ',' || tok.text === ';' || tok.text === ':' || DASHES.has(tok.text)) relative = false;
    else if (!relative && isFinite(tokens, t)) return false;
  }
  return true;
}

const BLOCKED = 'blocked' as const;
const orNull = (f: FoundSpeaker | null | typeof BLOCKED): FoundSpeaker | null => (f === BLOCKED ? null : f);

function speakerBefore(ctx: SpeakerContext, sentence: Sentence, v: number): FoundSpeaker | null | typeof BLOCKED {
  const near = speakerBeforeNear(ctx, sentence, v);
  if (near !== null && near !== BLOCKED && near.actor !== null) return near;
  // "Mark Cuban, the owner of X who rebuffed ..., says", "Grassley, facing a challenge in Iowa, a swing state, said":
  // a modifier with a clause or commas of its own between the subject and its verb.
  const comma = subjectEnd(ctx.analysis.tokens, sentence, v);
  if (comma < sentence.first) return near;
  if (near !== null && near !== BLOCKED) {
    // "Dean Johnson, a salesman from Sumter, South Carolina, says": a name before a described apposition is the speaker.
    if (ctx.analysis.tokens[comma]!.text !== ',') return near;
    const named = subjectBeforeModifier(ctx, sentence, comma);
    return named?.actor ? named : near;
  }
  if (ctx.analysis.tokens[comma]!.text !== ',') return subjectBeforePostModifier(ctx, sentence, v) ?? near;
  return subjectBeforeModifier(ctx, sentence, comma) ?? near;
}

/** Does the noun phrase open its clause: first in the sentence, or after a comma, dash, conjunction or subordinator? */
function opensClause(ctx: SpeakerContext, sentence: Sentence, np: NounPhrase): boolean {
  const { tokens } = ctx.analysis;
  let b = np.first - 1;
  while (b >= sentence.first && (tokens[b]!.pos === 'ADV' || SENTENCE_LEAD.has(lower(tokens[b]!)))) b--;
  if (b < sentence.first) return true;
  const tok = tokens[b]!;
  return /^(?:,|:|"|“|”|')$/.test(tok.text) || DASHES.has(tok.text) || tok.pos === 'CCONJ' || tok.pos === 'SCONJ' || /^(?:while|as|although|though|because|when|whereas)$/i.test(tok.text);
}

/**
 * The subject of a verb that a modifier after the head noun keeps apart from it: a participle
 * ("a poll released last week showed", "people briefed on the talks say"), an adjective with its
 * preposition ("people familiar with the matter said") or a restrictive relative clause ("friends of
 * his who have seen him say"). The head's phrase must open its clause, and no finite verb may stand
 * between it and the verb except inside the relative clause.
 */
function subjectBeforePostModifier(ctx: SpeakerContext, sentence: Sentence, v: number): FoundSpeaker | null {
  const { tokens } = ctx.analysis;
  let finite = false;
  for (let k = v - 1; k > sentence.first && v - k <= 25; k--) {
    const tok = tokens[k]!;
    if (/^[,;:.!?()]$/.test(tok.text) || DASHES.has(tok.text) || isQuoted(ctx, tok.start) || tok.text === '“' || tok.text === '"') return null;
    // ("Lane caused a stir when a voter asked ...": the subject of a verb in an adverbial clause is
    // the noun phrase inside that clause, not the main clause's subject before the subordinator.
    // A pronoun there, "because they said", most often is the main clause's subject, and a
    // subordinate clause inside a relative clause, "the lawyer who ran before his knee blew out is
    // talking", is passed over, as is "because of".)
    if (ADVERBIAL_SUBORDINATORS.has(lower(tok)) && lower(tok) !== 'as' && lower(tokens[k + 1]!) !== 'of' && k + 1 < v && tokens[k + 1]!.pos !== 'PRON' && !tokens.slice(k + 1, v).some((t) => t.pos === 'VERB' || (t.pos === 'AUX' && !VERB_PREFIX.has(lower(t))))) return null;
    const relative = /^(?:who|that)$/i.test(tok.text) && tok.pos !== 'DET';
    // ("Another intelligence source speaking to Fox News said": a present participle right after its head noun.)
    const present = tok.pos === 'VERB' && !isCap(tok) && /ing$/.test(tok.text) && /^(?:NOUN|PROPN)$/.test(tokens[k - 1]?.pos ?? '');
    const participle = present || (tok.pos === 'VERB' && !isCap(tok) && (/(?:ed|en)$/.test(tok.text) || (lower(tok) !== tok.lemma.toLowerCase() && !/(?:s|ing)$/.test(tok.text))));
    const adjective = tok.pos === 'ADJ' && PREPOSITIONS.has(lower(tokens[k + 1]!));
    // ("critics who say": the antecedent of "who" right before the verb is read by
    // speakerBeforeNear; no phrase further left is the verb's subject.)
    if (lower(tok) === 'who' && k + 1 === v) return null;
    if ((relative || (!finite && (participle || adjective))) && (k + 1 < v || participle)) {
      const np = partitiveBefore(tokens, sentence, phraseEndingAt(tokens, sentence, k - 1));
      // "those surveyed said", "many polled say": a quantifier pronoun with its participle.
      const pronoun = tokens[k - 1]!;
      if (participle && k - 1 >= sentence.first && /^(?:those|many|most|some|all|others)$/i.test(pronoun.text) && opensClause(ctx, sentence, { first: k - 1, last: k - 1 })) {
        return { actor: null, description: ctx.analysis.text.slice(pronoun.start, tokens[subjectEnd(tokens, sentence, v)]!.end), side: 'before' };
      }
      // (A phrase with a present participle between a comma and punctuation before the verb is an
      // apposition: "Kall -- co-editor of Debating The Donald, a book analyzing Trump's debates -- said".)
      const apposed = present && tokens[(np?.first ?? k) - 1]?.text === ',' && tokens[subjectEnd(tokens, sentence, v)]!.pos === 'PUNCT';
      if (np && opensClause(ctx, sentence, np) && !apposed) {
        // "people familiar with the matter": the adjective's phrase is part of the description.
        const end = subjectEnd(tokens, sentence, v);
        const phrase = adjective && (tokens[end]!.pos === 'NOUN' || tokens[end]!.pos === 'PROPN') ? { first: np.first, last: end } : np;
        const found = resolvePhrase(ctx, sentence, phrase, 'before');
        // An unnamed source keeps the article's words for it: "companies contacted by the BBC".
        if (found && found.actor === null && participle && end > k && !relative && !tokens.slice(k, end).some((t) => t.pos === 'CCONJ')) {
          const words = ctx.analysis.text.slice(tokens[np.first]!.start, tokens[end]!.end).replace(/^(?:the|a|an)\s+/i, '').replace(/\s+/g, ' ');
          return { ...found, description: words };
        }
        if (found) return found;
      }
      if (relative) return null;
    }
    if (isFinite(tokens, k)) finite = true;
  }
  return null;
}

/**
 * "Nearly 60% of the bosses polled said": the quantity before "of" (numbers, a percentage, a
 * fraction, a quantifier and their modifiers; Quirk et al. 1985, §5.25) is part of the phrase
 * whose head the participle modifies; `np` as it is when there is none.
 */
function partitiveBefore(tokens: Token[], sentence: Sentence, np: NounPhrase | null): NounPhrase | null {
  if (!np || lower(tokens[np.first - 1] ?? tokens[np.first]!) !== 'of') return np;
  let first = np.first - 1;
  while (first - 1 >= sentence.first) {
    const x = tokens[first - 1]!;
    if (x.pos === 'NUM' || x.text === '%' || QUANTIFIERS.has(lower(x)) || /^(?:a|an|the|than|more|less|fewer|nearly|almost|about|around|over|just|only|roughly|some|per|cent|percent)$/i.test(x.text)) first--;
    else break;
  }
  const quantity = tokens.slice(first, np.first - 1);
  return quantity.some((x) => x.pos === 'NUM' || QUANTIFIERS.has(lower(x))) ? { first, last: np.last } : np;
}

/** Complementisers that open a reported clause ("said that ...", "asked whether ..."). */
const COMPLEMENTISERS = new Set(['that', 'whether', 'if']);

/**
 * The reporting verb whose complement clause runs up to token `end` ("admitted that the name was
 * wrong" before ", but said"), or null: a verb of saying, outside quotes, followed by a
 * complementiser, with no sentence-level break (";", a dash) between it and `end`.
 */
function reportingVerbBefore(ctx: SpeakerContext, sentence: Sentence, end: number): number | null {
  const { tokens } = ctx.analysis;
  let opened = false;
  for (let k = end - 1; k >= sentence.first && end - k <= 40; k--) {
    const t = tokens[k]!;
    if (t.text === ';' || t.text === ':' || DASHES.has(t.text)) return null;
    if (COMPLEMENTISERS.has(lower(t)) && !isQuoted(ctx, t.start)) opened = true;
    if (t.pos !== 'VERB' || isQuoted(ctx, t.start) || /ing$/i.test(t.text) || lower(tokens[k - 1] ?? t) === 'to') continue;
    if (!SPEECH_LEMMAS.has(t.lemma.toLowerCase())) continue;
    let n = k + 1;
    while (n < end && tokens[n]!.pos === 'ADV') n++;
    return opened && COMPLEMENTISERS.has(lower(tokens[n]!)) ? k : null;
  }
  return null;
}

/**
 * Does the verb at `k` stand in a complement clause of an earlier verb ("put off deciding whether
 * Judicial Watch could question Clinton", "told the AP her group never worked with him")? A
 * complementiser, or a verb with no clause boundary between it and `k`, comes first on the way
 * back; a verb coordinated with a later one never does (Quirk et al. 1985, §13.93: coordinated
 * predicates share the subject of the first, which is no clause's object).
 */
function isInComplementClause(ctx: SpeakerContext, sentence: Sentence, k: number): boolean {
  const { tokens } = ctx.analysis;
  for (let j = k - 1; j >= sentence.first; j--) {
    const t = tokens[j]!;
    if (isQuoted(ctx, t.start)) return false;
    if (/^[,;:()]$/.test(t.text) || DASHES.has(t.text) || t.pos === 'CCONJ' || RELATIVE_PRONOUNS.has(lower(t))) return false;
    // ("It is understood that the board considered ... and asked": after an extraposed "it" the clause is the content.)
    if (COMPLEMENTISERS.has(lower(t)) && t.pos !== 'DET' && t.pos !== 'PRON') return !tokens.slice(Math.max(sentence.first, j - 5), j).some((x, i, xs) => lower(x) === 'it' && xs[i + 1]?.pos === 'AUX');
    if (t.pos === 'SCONJ' || ADVERBIAL_SUBORDINATORS.has(lower(t))) return false;
    // (A name tagged a verb, "Robin Cook gave", is none, nor is a gerund, "During his questioning".
    // Without a complementiser only a verb of saying takes the clause: "told the AP her group never
    // worked with him and said" but "I thought Kelly had a great weekend and continued to show".)
    if (t.pos !== 'VERB' || isCap(t) || /ing$/i.test(t.text) || isNominalVerb(tokens, j) || PASSIVE_BE.has(lower(tokens[j - 1] ?? t))) continue;
    if (SPEECH_LEMMAS.has(t.lemma.toLowerCase())) return true;
  }
  return false;
}

/** Relative pronouns and subordinators: a finite verb after one belongs to a clause inside the modifier. */
const CLAUSE_OPENERS = new Set(['who', 'whom', 'whose', 'which', 'that', 'because', 'since', 'as', 'when', 'where', 'while', 'if', 'after', 'before', 'although', 'though', 'until', 'than']);
const RELATIVE_PRONOUNS = new Set(['who', 'whom', 'whose', 'which']);

/** A finite verb: an auxiliary, or a verb that is no participle, infinitive or name. */
function isFinite(tokens: Token[], t: number): boolean {
  const tok = tokens[t]!;
  if (tok.pos === 'AUX') return true;
  return tok.pos === 'VERB' && !isCap(tok) && !/(?:ing|ed|en)$/.test(tok.text) && lower(tokens[t - 1] ?? tok) !== 'to' && !isNominalVerb(tokens, t);
}

/**
 * A word tagged a verb inside a noun phrase: part of a hyphenated compound ("center-left"), or
 * between an article, possessive or adjective and the noun it modifies ("the center-left think tank").
 */
function isNominalVerb(tokens: Token[], t: number): boolean {
  const prev = tokens[t - 1];
  const next = tokens[t + 1];
  const glued = (a: Token | undefined, b: Token | undefined): boolean => !!a && !!b && a.end === b.start;
  if (prev?.text === '-' && glued(prev, tokens[t]) && glued(tokens[t - 2], prev)) return true;
  if (!prev || !next || next.pos !== 'NOUN') return false;
  return /^(?:a|an|the|his|her|its|their|our|my|your)$/i.test(prev.text) || prev.pos === 'ADJ' || (prev.pos === 'VERB' && isNominalVerb(tokens, t - 1));
}

/**
 * Can tokens [from, to] modify the noun phrase before them: a relative clause ("who was to
 * travel to Columbus, Ohio, ..."), a participle phrase ("facing a challenge in Iowa"), or an
 * apposition ("a delegate from Houston, Texas", "now 81 and retired")? A finite verb is allowed only
 * inside a clause that a relative pronoun or subordinator opens, and no comma-separated part
 * starts with one ("who lost, is wrong" is a clause of its own).
 */
function isModifier(ctx: SpeakerContext, from: number, to: number): boolean {
  const { tokens } = ctx.analysis;
  if (to < from || to - from > 40) return false;
  let t = from;
  while (t < to && tokens[t]!.pos === 'ADV') t++;
  const lead = tokens[t]!;
  const participle = lead.pos === 'VERB' && !isCap(lead) && (/(?:ing|ed|en)$/.test(lead.text) || (lead.text.toLowerCase() !== lead.lemma.toLowerCase() && !/s$/.test(lead.text)));
  const nominal = NP_POS.has(lead.pos) || isCap(lead) || /^(?:of|from)$/i.test(lead.text);
  if (!RELATIVE_PRONOUNS.has(lower(lead)) && !participle && !nominal) return false;
  let licensed = false;
  for (let k = from; k <= to; k++) {
    const tok = tokens[k]!;
    if (tok.text === ';' || tok.text === ':' || tok.pos === 'SPACE') return false;
    if (CLAUSE_OPENERS.has(lower(tok))) licensed = true;
    if (tok.text === ',') {
      let n = k + 1;
      while (n <= to && tokens[n]!.pos === 'ADV') n++;
      if (n <= to && isFinite(tokens, n)) return false;
      continue;
    }
    if (!licensed && k > t && isFinite(tokens, k) && !isQuoted(ctx, tok.start)) return false;
  }
  return true;
}

/** The subject that opens the clause before a long modifier ending at `comma`, as a speaker, or null. */
function subjectBeforeModifier(ctx: SpeakerContext, sentence: Sentence, comma: number): FoundSpeaker | null {
  const { tokens } = ctx.analysis;
  let described: FoundSpeaker | null = null;
  for (let k = comma - 1; k > sentence.first && comma - k <= 45; k--) {
    const tok = tokens[k]!;
    if (tok.text === ';') return described;
    if (tok.text !== ',' || !isModifier(ctx, k + 1, comma - 1)) continue;
    const np = phraseEndingAt(tokens, sentence, k - 1);
    if (!np || isAgeOrPlace(ctx, sentence, np.first, np.last)) continue;
    // The phrase opens its clause: the sentence, or after a comma, a conjunction or a quote.
    let b = np.first - 1;
    while (b >= sentence.first && (tokens[b]!.pos === 'ADV' || SENTENCE_LEAD.has(lower(tokens[b]!)))) b--;
    if (b >= sentence.first && !/^(?:,|:|"|“|”|')$/.test(tokens[b]!.text) && tokens[b]!.pos !== 'CCONJ') continue;
    // (A description may stand in apposition to a name further left: "Dean Johnson, a salesman from Sumter, South Carolina,".)
    const found = resolvePhrase(ctx, sentence, np, 'before');
    if (found?.actor) return found;
    described ??= found;
  }
  return described;
}

function speakerBeforeNear(ctx: SpeakerContext, sentence: Sentence, v: number): FoundSpeaker | null | typeof BLOCKED {
  const { tokens } = ctx.analysis;
  let end = subjectEnd(tokens, sentence, v);
  if (end < sentence.first) return null;
  // "Cruz himself said", "Democratic voters overall said": an intensifier after the subject.
  if (end - 1 >= sentence.first && /^(?:himself|herself|itself|themselves|overall|alone)$/i.test(tokens[end]!.text) && (tokens[end - 1]!.pos === 'NOUN' || tokens[end - 1]!.pos === 'PROPN')) end--;
  // "Sen. Jane Doe (D-Vt.) on Saturday said", "Ryan, the speaker, last week called": a time phrase after
  // a parenthesis or an apposition, before the verb (Quirk et al. 1985, §8.15: medial adjuncts).
  end = beforeMedialTime(tokens, sentence, end);
  const share = shareSubject(ctx, sentence, end, v);
  if (share) return share;
  let tok = tokens[end]!;
  let skipped = false;
  for (let hop = 0; hop < 4; hop++) {
    // "Rep. Stephen Lynch (D-Mass.) said": a parenthesis after the name.
    if (tok.text === ')') {
      let k = end - 1;
      while (k >= sentence.first && end - k < 15 && tokens[k]!.text !== '(') k--;
      if (k <= sentence.first || tokens[k]!.text !== '(') return null;
      end = k - 1;
      tok = tokens[end]!;
      continue;
    }
    // "X, BA's chief executive, said" / "X - who was convicted - said": skip the apposition.
    if (tok.text !== ',' && !DASHES.has(tok.text)) break;
    const closer = tok.text;
    let k = end - 1;
    // (A hyphen inside a word, "R-Ky.", is no dash.)
    const isDash = (i: number): boolean => DASHES.has(tokens[i]!.text) && !(tokens[i - 1]?.end === tokens[i]!.start && tokens[i + 1]?.start === tokens[i]!.end);
    while (k >= sentence.first && end - k < 25 && tokens[k]!.text !== closer && !(closer === ',' && isDash(k)) && tokens[k]!.text !== ';') k--;
    // ("Sen. Lindsey Graham, R-S.C., a candidate, said": the comma before a skipped age or place may have no partner; the name ends before it.)
    if (k < sentence.first && skipped) {
      end--;
      tok = tokens[end]!;
      break;
    }
    if (k < sentence.first || tokens[k]!.text === ';' || end - k >= 25) return null;
    if (isQuoted(ctx, tokens[k]!.start)) return null;
    // A clause between the commas ("However, some members may be tempted, believes X") is no apposition;
    // a relative clause ("X - who was convicted - said") is.
    const inner = tokens.slice(k + 1, end);
    const relative = /^(?:who|whose|which)$/i.test(inner[0]?.text ?? '');
    if (!relative && inner.some((t, i) => t.pos === 'AUX' || (t.pos === 'VERB' && !/(?:ing|ed)$/.test(t.text) && !isCap(t) && !isNominalVerb(tokens, k + 1 + i)))) return null;
    // "Pellew's attorney, Ruth Kamara, said": a person named in apposition to a description is the speaker.
    // (Not a home town or a party and state taken for a name: "Rawlings, 59, of Ashton, Md., said".)
    const named = isAgeOrPlace(ctx, sentence, k + 1, end - 1) ? null : personNamedIn(ctx, sentence, k + 1, end - 1);
    if (named) return { actor: outerNamed(ctx, sentence, k) ?? named, description: null, side: 'before' };
    // "Lord Carlile, the government's reviewer, said" has a name before the first comma; "If ..., said" does not.
    end = k - 1;
    if (end < sentence.first) return null;
    tok = tokens[end]!;
    // "Rawlings, 59, of Ashton, Md., said": an age or a home town between commas is skipped as well.
    const segment = commaSegmentBefore(tokens, sentence, end);
    skipped = segment !== null && isAgeOrPlace(ctx, sentence, segment + 1, end);
    if (skipped) {
      end = segment!;
      tok = tokens[end]!;
    }
    // "Ms. Arnold, who helped found EDGE, an environmental group, said": the apposition qualifies the
    // relative clause's last noun, and the clause itself qualifies the subject before it.
    if (!skipped && tok.text !== ',' && !DASHES.has(tok.text)) {
      let j = end;
      while (j > sentence.first && end - j < 20 && tokens[j]!.text !== ',' && tokens[j]!.text !== ';') j--;
      // (Only a relative pronoun that is its clause's subject or possessor: "which G7 nations, in
      // particular the US, have blamed" has a subject of its own, which is the speaker.)
      const relative = lower(tokens[j + 1] ?? tokens[j]!);
      const subjectRelative = relative === 'whose' || ((relative === 'who' || relative === 'which') && /^(?:VERB|AUX|ADV)$/.test(tokens[j + 2]?.pos ?? ''));
      // ("Geoff Garin, a Democratic pollster who is working with Priorities USA, a pro-Clinton super
      // PAC, said": a description with a relative clause of its own is the apposition.)
      const described = (): boolean => {
        for (let r = j + 2; r <= end; r++) {
          if (!RELATIVE_PRONOUNS.has(lower(tokens[r]!)) || lower(tokens[r]!) === 'which') continue;
          const np = phraseEndingAt(tokens, sentence, r - 1);
          return !!np && np.first === j + 1 && tokens[r - 1]!.pos === 'NOUN' && /^(?:VERB|AUX|ADV)$/.test(tokens[r + 1]?.pos ?? '');
        }
        return false;
      };
      if (tokens[j]!.text === ',' && (subjectRelative || described()) && j - 1 >= sentence.first && !isQuoted(ctx, tokens[j]!.start)) {
        end = j - 1;
        tok = tokens[end]!;
      }
    }
  }
  const word = lower(tok);
  // "the International Air Transport Association (IATA), which has attacked": the relative pronoun's antecedent.
  // ("the 30 percent of voters who said", "a banker who has suggested": a restrictive relative's antecedent stands right before it.)
  if ((word === 'which' || word === 'who') && end - 1 >= sentence.first) {
    const restrictive = tokens[end - 1]!.text !== ',';
    let k = restrictive ? end - 1 : end - 2;
    if (k >= sentence.first && tokens[k]!.text === ')') while (k >= sentence.first && tokens[k]!.text !== '(') k--;
    if (tokens[k]?.text === '(') k--;
    // "the subject of an investigation by the UK's Office of Fair Trading, which concluded": a body's
    // name right before the comma is the antecedent, however long the phrase it ends. ("who" is left
    // to the apposition below: "Courtney Love, the widow of Kurt Cobain, who …" is Love.)
    if (!restrictive && word === 'which') {
      const m = (ctx.mentionsBySentence.get(sentence.i) ?? []).find((x) => x.last === k);
      const named = m ? ctx.mentionOwner.get(m.start) : undefined;
      if (named?.type === 'organization') return { actor: named, description: null, side: 'before' };
    }
    const np = phraseEndingAt(tokens, sentence, k);
    if (!np) return BLOCKED;
    // "Harold Doley, a banker and former official who has suggested", "Kerlikowske, the border
    // commissioner, who conceded": a description in apposition to a person stands for that person.
    // (The head is the last noun before any preposition: "a tech staffer at the State Department".)
    let h = np.first;
    while (h < np.last && !(tokens[h + 1]!.pos === 'ADP' || PREPOSITIONS.has(lower(tokens[h + 1]!)))) h++;
    const head = tokens[h]!;
    // "further attacks by Mr. Trump, who has criticized ...": "who" takes a person (Quirk et al. 1985,
    // §17.9), so a person named last in a phrase whose head is no person noun is its antecedent.
    if (word === 'who' && !(PERSON_NOUNS.has(lower(head)) || PERSON_KINDS.has(lower(head)) || GROUP_NOUNS.has(lower(head)) || PERSON_NOUNS.has(singular(lower(head))))) {
      const m = (ctx.mentionsBySentence.get(sentence.i) ?? []).find((x) => x.last === k && x.first > np.first);
      const named = m ? ctx.mentionOwner.get(m.start) : undefined;
      if (named?.type === 'person') return { actor: named, description: null, side: 'before' };
    }
    if (head.pos === 'NOUN' && !isCap(head) && tokens[np.first - 1]?.text === ',') {
      const m = (ctx.mentionsBySentence.get(sentence.i) ?? []).find((x) => x.last === np.first - 2);
      const named = m ? ctx.mentionOwner.get(m.start) : undefined;
      // (A name the actor list took for an organisation is a person's when a person noun describes it.)
      const personHead = PERSON_NOUNS.has(lower(head)) || PERSON_KINDS.has(lower(head));
      if (named && (named.type === 'person' || (named.type === 'organization' && personHead))) return { actor: named, description: null, side: 'before' };
    }
    const resolved = resolvePhrase(ctx, sentence, np, 'before');
    // (A restrictive clause on an unnamed noun, "an architect who said", is left to the claim around it.)
    if (resolved && (!restrictive || resolved.actor)) return resolved;
    // "ammunition to critics who say", "voters who said": a restrictive relative qualifies the
    // nearest noun, the one after the phrase's last preposition; a plural that names people is its
    // antecedent and speaks (Quirk et al. 1985, §17.9-17.13).
    // (Only a relative that is the verb's own subject: "who" right before it.)
    if (!restrictive || end !== subjectEnd(tokens, sentence, v)) return BLOCKED;
    let p = np.last - 1;
    while (p >= np.first && !PREPOSITIONS.has(lower(tokens[p]!)) && tokens[p]!.pos !== 'DET') p--;
    if (p >= np.first && PREPOSITIONS.has(lower(tokens[p]!))) p++;
    const last = tokens[np.last]!;
    const people = last.pos === 'NOUN' && /s$/.test(last.text) && (PERSON_NOUNS.has(singular(lower(last))) || PERSON_KINDS.has(singular(lower(last))) || GROUP_NOUNS.has(lower(last)));
    const inner = people ? resolvePhrase(ctx, sentence, { first: Math.max(p, np.first), last: np.last }, 'before') : null;
    // ("compared with 23 percent who said", "the 30 percent who say": a share of those polled stands for them.)
    const share = !inner && lower(last) === 'percent' && tokens.slice(np.first, np.last).every((t) => t.pos === 'NUM' || /^(?:the|about|nearly|almost|some)$/i.test(t.text));
    if (share) return { actor: null, description: ctx.analysis.text.slice(tokens[np.first]!.start, last.end), side: 'before' };
    return inner ?? BLOCKED;
  }
  const quantified = quantifierSubject(ctx, sentence, end, v);
  if (quantified) return quantified;
  if (tok.pos === 'PRON' || MALE_PRONOUNS.has(word) || FEMALE_PRONOUNS.has(word) || ORG_PRONOUNS.has(word) || FIRST_PERSON.has(word)) {
    if (MALE_PRONOUNS.has(word) || FEMALE_PRONOUNS.has(word)) {
      // "The prime minister's official spokesman said ... But he added:": the unnamed speaker goes on.
      // (Unless that speaker stood in a subordinate clause and a named person is the main clause's
      // subject: "When a reporter asked ..., Lund interrupted. '...,' she said.")
      const described = ctx.lastDescribed;
      const main = described ? sentenceSubject(ctx, described.sentence) : null;
      const mainFits = !!main && main.type === 'person' && agrees(main, word, ctx);
      // (Not one whose head noun has the other gender: "a young man asked Clinton ... '...,' she said".)
      const describedGender = described ? genderOfNoun(described.description.split(/\s+/).at(-1) ?? '') : null;
      const describedFits = describedGender === null || describedGender === pronounGender(word);
      if (described && describedFits && !mainFits && sentence.i - described.sentence <= 1 && ctx.lastSpeakerSentence < described.sentence) return { actor: null, description: described.description, side: 'anaphor' };
      const actor = personFor(ctx, word, tok.start, sentence.i);
      const body = spokespersonGoesOn(ctx, actor, word, sentence.i, tok.start);
      if (body) return { actor: body, description: null, side: 'anaphor' };
      if (actor?.type !== 'person') {
        // "CNN spoke to one mother, who ... '...,' she said": a person's pronoun never goes to an
        // organisation; a person introduced unnamed is its antecedent.
        const unnamed = unnamedPersonBefore(ctx, word, tok.start, sentence.i);
        if (unnamed) return { actor: null, description: unnamed, side: 'anaphor' };
      }
      return actor ? { actor, description: null, side: 'anaphor' } : BLOCKED;
    }
    if (ORG_PRONOUNS.has(word)) {
      // "The US military said ... It did not reveal": an unnamed organisation goes on.
      const collective = ctx.lastCollective;
      if (collective && sentence.i - collective.sentence <= 2 && ctx.lastSpeakerSentence < collective.sentence) return { actor: null, description: collective.description, side: 'anaphor' };
      const opens = tokens[subjectToken(ctx, sentence)]!.start === tok.start;
      const document = opens && ctx.lastSpeakerSentence !== previousOpen(ctx, sentence.i) ? documentSubjectProducer(ctx, previousOpen(ctx, sentence.i)) : null;
      if (document) return { actor: document, description: null, side: 'anaphor' };
      const actor = orgFor(ctx, tok.start, sentence.i);
      return actor ? { actor, description: null, side: 'anaphor' } : BLOCKED;
    }
    // "Officials said ... They added": an unnamed plural source goes on; else a group or organisation just named.
    if (word === 'they') {
      const plural = ctx.lastPlural;
      if (plural && sentence.i - plural.sentence <= 2 && (ctx.lastSpeakerSentence < plural.sentence || sentence.i - ctx.lastSpeakerSentence > 2)) return { actor: null, description: plural.description, side: 'anaphor' };
      const collective = (d: ActorDraft): boolean => d.type === 'group' || d.type === 'organization';
      const prev = sentenceSubject(ctx, sentence.i - 1);
      if (prev && collective(prev)) return { actor: prev, description: null, side: 'anaphor' };
      if (ctx.lastSpeaker && collective(ctx.lastSpeaker) && sentence.i - ctx.lastSpeakerSentence <= 2) return { actor: ctx.lastSpeaker, description: null, side: 'anaphor' };
      return BLOCKED;
    }
    // "I would not rule out" outside quote marks, right after the last speaker's quote: still their words.
    if (FIRST_PERSON.has(word) && ctx.lastSpeaker && sentence.i - ctx.lastSpeakerSentence <= 1) return { actor: ctx.lastSpeaker, description: null, side: 'anaphor', firstPerson: true };
    return BLOCKED;
  }
  // "... but said": a verb coordinated with an earlier one shares its subject.
  // (The nearest finite verb before it whose subject is found: "when Rubio thanked Miami and said", "McConnell was quick ... and said".)
  if (tok.pos === 'CCONJ' || word === 'and' || word === 'but') {
    // "Carson admitted that the course name in his book was wrong, but said ...": the verbs of a
    // reported clause are not the ones the cue is coordinated with; the reporting verb is.
    const reporting = reportingVerbBefore(ctx, sentence, end);
    if (reporting !== null) {
      const found = speakerBefore(ctx, sentence, reporting);
      if (found !== null && found !== BLOCKED) return found;
    }
    // (A verb of a complement clause is passed over, but read when no verb before it has a subject found.)
    let inComplement: number | null = null;
    for (let k = end - 1; k >= sentence.first; k--) {
      const t = tokens[k]!;
      if ((t.pos !== 'VERB' && t.pos !== 'AUX') || /ing$/i.test(t.text) || lower(tokens[k - 1] ?? t) === 'to' || isQuoted(ctx, t.start)) continue;
      if (isInComplementClause(ctx, sentence, k)) {
        inComplement ??= k;
        continue;
      }
      const found = speakerBefore(ctx, sentence, k);
      if (found !== null && found !== BLOCKED) return found;
    }
    if (inComplement !== null) {
      const found = speakerBefore(ctx, sentence, inComplement);
      if (found !== null && found !== BLOCKED) return found;
    }
    for (let k = sentence.first; k < end; k++) {
      const t = tokens[k]!;
      if (t.pos === 'VERB' && !isQuoted(ctx, t.start)) return speakerBefore(ctx, sentence, k);
    }
    return BLOCKED;
  }
  if (isQuoted(ctx, tok.start)) return null;
  // "Trump this week said", "the court last month ruled": a time phrase after the subject.
  if (TIME_NOUNS.has(lower(tok)) && end - 2 >= sentence.first && /^(?:this|last|next|that|earlier|later)$/i.test(tokens[end - 1]!.text)) {
    end -= 2;
    tok = tokens[end]!;
  } else if (lower(tokens[end + 1] ?? tok) === 'ago' && end + 1 < v && (TIME_NOUNS.has(singular(lower(tok))) || /^(?:days?|hours?|decades?)$/i.test(tok.text))) {
    // "The State Department less than two weeks ago said": a span of time with "ago" after the subject.
    let k = end - 1;
    while (k > sentence.first && (tokens[k]!.pos === 'NUM' || /^(?:a|an|few|several|about|nearly|almost|less|more|than|just|only|some|over)$/i.test(tokens[k]!.text))) k--;
    if (k < end - 1 && (tokens[k]!.pos === 'PROPN' || tokens[k]!.pos === 'NOUN' || tokens[k]!.pos === 'PRON')) {
      end = k;
      tok = tokens[end]!;
    }
  } else if (CALENDAR.test(tok.text) && end - 1 >= sentence.first) {
    // "Priebus later Thursday told", "Clinton on Monday said": a day or month after the subject.
    let k = end - 1;
    while (k > sentence.first && (/^(?:on|in|this|last|next|earlier|later|late|early)$/i.test(tokens[k]!.text) || tokens[k]!.pos === 'ADV')) k--;
    if (k < end - 1 && (tokens[k]!.pos === 'PROPN' || tokens[k]!.pos === 'NOUN' || tokens[k]!.pos === 'PRON')) {
      end = k;
      tok = tokens[end]!;
    }
  }
  // "Two in three said", "About 4 in 10 say": a share of those polled.
  if (tok.pos === 'NUM') {
    let k = end;
    while (k - 1 >= sentence.first && (tokens[k - 1]!.pos === 'NUM' || /^(?:in|of|about|nearly|almost|some|over|more|than)$/i.test(tokens[k - 1]!.text))) k--;
    // ("In one tweet, Trump said:": a preposition opens no share.)
    while (k < end && /^(?:in|of)$/i.test(tokens[k]!.text)) k++;
    if ((k === sentence.first || /^[,;:]$/.test(tokens[k - 1]!.text)) && !/^(?:in|of)$/i.test(tokens[k - 1]?.text ?? '')) return { actor: null, description: ctx.analysis.text.slice(tokens[k]!.start, tok.end), side: 'before' };
  }
  let np = phraseEndingAt(tokens, sentence, end);
  if (!np) return tok.pos === 'NOUN' || tok.pos === 'PROPN' ? BLOCKED : null;
  // "The UK, France, ... and Sweden want": a list of names speaks through its first.
  if (tokens.slice(np.first, np.last + 1).some((t) => lower(t) === 'and')) {
    for (let guard = 0; guard < 10 && tokens[np.first - 1]?.text === ',' && np.first - 2 >= sentence.first; guard++) {
      const earlier = phraseEndingAt(tokens, sentence, np.first - 2);
      if (!earlier || !(ctx.mentionsBySentence.get(sentence.i) ?? []).some((m) => m.last === earlier.last)) break;
      np = earlier;
    }
  }
  // (A phrase after a verb is its object, not the subject: "Neighbours who have known the family say";
  // but "a woman asked for a photo and Clinton said" coordinates two clauses, and "Clinton" is the subject.)
  if (!opensClause(ctx, sentence, np)) {
    for (let k = np.last - 1; k > np.first; k--) {
      if (tokens[k]!.pos !== 'CCONJ') continue;
      const second = resolvePhrase(ctx, sentence, { first: k + 1, last: np.last }, 'before');
      if (second?.actor) return second;
      break;
    }
    const subject = subjectBeforePostModifier(ctx, sentence, v);
    if (subject) return subject;
  }
  const resolved = resolvePhrase(ctx, sentence, np, 'before');
  // '"...," Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said': a
  // description in apposition to a person named first, that opens the clause, is not the speaker.
  if (resolved?.actor?.type !== 'person') {
    // (The description may hold words the phrase reader stops at: "the attorney general of Oklahoma".)
    let comma = np.first - 1;
    while (comma > sentence.first && np.first - comma < 10 && tokens[comma]!.text !== ',' && tokens[comma]!.pos !== 'VERB' && tokens[comma]!.pos !== 'AUX' && !isQuoted(ctx, tokens[comma]!.start)) comma--;
    const named = tokens[comma]?.text === ',' ? namedBeforeApposition(ctx, sentence, comma) : null;
    if (named) return { actor: named, description: null, side: 'before' };
  }
  return resolved ?? BLOCKED;
}

/**
 * Where the subject ends when a time phrase ("on Saturday", "last week", "this month", "on Tuesday
 * night") stands between it and the verb, after a closing parenthesis or an apposition's comma:
 * the token before the phrase. Otherwise `end` itself.
 */
function beforeMedialTime(tokens: Token[], sentence: Sentence, end: number): number {
  let k = end;
  if (TIME_NOUNS.has(lower(tokens[k]!)) && k - 1 >= sentence.first && CALENDAR.test(tokens[k - 1]!.text)) k--;
  const head = tokens[k]!;
  if (CALENDAR.test(head.text) && k - 1 >= sentence.first && /^(?:on|last|this|next|earlier|late|early)$/i.test(tokens[k - 1]!.text)) k--;
  else if (TIME_NOUNS.has(lower(head)) && k - 1 >= sentence.first && /^(?:last|this|earlier|late|early)$/i.test(tokens[k - 1]!.text)) k--;
  else return end;
  const before = tokens[k - 1];
  return before && k - 1 > sentence.first && (before.text === ')' || before.text === ',') ? k - 1 : end;
}

/**
 * "Prince Andrew, the younger brother of the heir to the throne, Charles, said": the name after
 * the description is in apposition to the description's own noun ("the heir"); the subject is the
 * person named before the description, when a description opened by a determiner or a possessive
 * stands between that name and the comma at `comma`. Null when there is no such outer name.
 */
function outerNamed(ctx: SpeakerContext, sentence: Sentence, comma: number): ActorDraft | null {
  const { tokens } = ctx.analysis;
  let j = comma - 1;
  while (j > sentence.first && comma - j < 25 && tokens[j]!.text !== ',' && tokens[j]!.text !== ';') j--;
  if (tokens[j]?.text !== ',' || j + 1 >= comma) return null;
  const opener = tokens[j + 1]!;
  if (opener.pos !== 'DET' && !POSSESSIVE_PRONOUNS.has(lower(opener))) return null;
  if (tokens.slice(j + 1, comma).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return null;
  const persons = (ctx.mentionsBySentence.get(sentence.i) ?? []).filter((m) => m.first > j && m.last < comma && ctx.mentionOwner.get(m.start)?.type === 'person');
  if (persons.length > 0) return null;
  return namedBeforeApposition(ctx, sentence, j);
}

/** The person whose name ends right before the comma at `comma` and opens its clause (the sentence, or after a quote), or null. */
function namedBeforeApposition(ctx: SpeakerContext, sentence: Sentence, comma: number): ActorDraft | null {
  const m = (ctx.mentionsBySentence.get(sentence.i) ?? []).find((x) => x.last === comma - 1);
  if (!m) return null;
  const owner = ctx.mentionOwner.get(m.start);
  if (!owner || owner.type !== 'person') return null;
  // (A capitalised title before the name belongs to it, read as one or not: "Prince Andrew".)
  const { tokens } = ctx.analysis;
  let first = m.titleFirst ?? m.first;
  while (first - 1 >= sentence.first && /^\p{Lu}/u.test(tokens[first - 1]!.text) && (TITLE_WORDS.has(lower(tokens[first - 1]!)) || HONORIFICS.has(lower(tokens[first - 1]!)))) first--;
  return opensClause(ctx, sentence, { first, last: m.last }) ? owner : null;
}


function speakerAfter(ctx: SpeakerContext, sentence: Sentence, v: number): FoundSpeaker | null {
  const { tokens } = ctx.analysis;
  // "telling others", "told reporters": what follows "tell" is who listens, never who speaks.
  if (tokens[v]!.lemma.toLowerCase() === 'tell') return null;
  let first = v + 1;
  while (first <= sentence.last && tokens[first]!.pos === 'SPACE') first++;
  // ('"...," points out former Olympian Steve Cram': the particle the verb needs comes before its subject.)
  if (first < sentence.last && NEEDS_PARTICLE.get(tokens[v]!.lemma.toLowerCase())?.has(lower(tokens[first]!)) && lower(tokens[first]!) !== 'that') first++;
  if (first > sentence.last) return null;
  const tok = tokens[first]!;
  const word = lower(tok);
  if (MALE_PRONOUNS.has(word) || FEMALE_PRONOUNS.has(word)) {
    const actor = personFor(ctx, word, tok.start, sentence.i);
    const body = spokespersonGoesOn(ctx, actor, word, sentence.i, tok.start);
    if (body) return { actor: body, description: null, side: 'after' };
    if (actor?.type !== 'person') {
      const unnamed = unnamedPersonBefore(ctx, word, tok.start, sentence.i);
      if (unnamed) return { actor: null, description: unnamed, side: 'after' };
    }
    return actor ? { actor, description: null, side: 'after' } : null;
  }
  // ("Asked what characteristics he wants, X said": a question word opens no speaker.)
  if (tok.pos === 'PRON' || isQuoted(ctx, tok.start) || /^(?:what|which|whose|whether|how|why)$/i.test(tok.text)) return null;
  const np = phraseStartingAt(tokens, sentence, first);
  if (!np) return null;
  // ("..., said Mrs. Clinton had done well": a noun phrase with its own finite verb is the subject of the reported clause.)
  if (np.last < sentence.last && isFinite(tokens, np.last + 1) && !isQuoted(ctx, tokens[np.last + 1]!.start)) return null;
  // "said the alliance's Secretary General from 2009": the head is a title, the possessive is the organisation.
  const found = resolvePhrase(ctx, sentence, np, 'after');
  // "said another witness in the inquiry, former adviser Fiona Marsh", "wrote the American ambassador
  // at the time, John E. Herbst": the apposition names the speaker, whoever the description might refer back to.
  if (found && (found.actor === null || found.side === 'anaphor')) {
    const named = appositionAfter(ctx, sentence, np.last + 1);
    if (named) return { actor: named, description: null, side: 'after' };
  }
  // ("points out former Olympian and BBC pundit Steve Cram": a description coordinated with more titles before a
  // name describes the person named, as "former Olympian Steve Cram" does.)
  // (A one-word "actor" there is a title the tagger took for a name: "former Olympian".)
  if (found && !(found.actor?.type === 'person' && found.actor.name.includes(' ')) && tokens.slice(np.first, np.last + 1).every((t) => t.pos !== 'ADP')) {
    const named = nameAfterTitles(ctx, sentence, np.last + 1);
    if (named) return { actor: named, description: null, side: 'after' };
  }
  if ((!found || found.actor === null) && lower(tokens[np.first]!) === 'the') {
    const headIsTitle = tokens.slice(np.first, np.last + 1).some((t) => PERSON_NOUNS.has(lower(t)));
    if (headIsTitle) {
      const person = personForDescription(ctx, lower(tokens[np.last]!), ctx.analysis.text.slice(tokens[np.first]!.start, tokens[np.last]!.end), tok.start, sentence.i);
      if (person) return { actor: person, description: null, side: 'after' };
    }
  }
  if (found) return found;
  // "believes former Secretary-General and former Danish Prime Minister Anders Rasmussen": a name after titles.
  const after = (ctx.mentionsBySentence.get(sentence.i) ?? []).filter((m) => m.first > v && m.first - v <= 14).sort((a, b) => a.first - b.first);
  for (const m of after) {
    const owner = ctx.mentionOwner.get(m.start);
    if (!owner || (owner.type !== 'person' && owner.type !== 'organization')) continue;
    // "said the group's parent Northwind's recently named chair Marco Levi": a possessor only modifies the speaker.
    if (POSSESSIVE.has(tokens[m.last + 1]?.text ?? '')) continue;
    const between = tokens.slice(v + 1, m.first);
    const clause = between.some((t, i) => (t.pos === 'VERB' && !isPremodifier(tokens, v + 1 + i)) || t.text === ',' || t.text === '“' || t.text === '"');
    if (!clause) return { actor: owner, description: null, side: 'after' };
  }
  return null;
}

/** A person named right after a coordinated title ("and BBC pundit Steve Cram"): "and" first, then only premodifiers. */
function nameAfterTitles(ctx: SpeakerContext, sentence: Sentence, from: number): ActorDraft | null {
  const { tokens } = ctx.analysis;
  if (!/^(?:and|&)$/i.test(tokens[from]?.text ?? '')) return null;
  // (The first person's: a body may premodify the title, "BBC pundit".)
  const m = (ctx.mentionsBySentence.get(sentence.i) ?? []).filter((x) => x.first > from && x.first - from <= 8 && ctx.mentionOwner.get(x.start)?.type === 'person').sort((a, b) => a.first - b.first)[0];
  if (!m) return null;
  const owner = ctx.mentionOwner.get(m.start);
  if (!owner || owner.type !== 'person') return null;
  const between = tokens.slice(from + 1, m.first);
  return between.length > 0 && between.every((t) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ') ? owner : null;
}

/** The person whose name spans tokens [first, last] (after any honorific or title), or null. */
function personNamedIn(ctx: SpeakerContext, sentence: Sentence, first: number, last: number): ActorDraft | null {
  // ("Another former lawmaker, Sen. Joe Lieberman (I-Conn.), said": a parenthesis after the name, as in speakerBeforeNear.)
  const { tokens } = ctx.analysis;
  if (tokens[last]?.text === ')') {
    let k = last - 1;
    while (k > first && last - k < 15 && tokens[k]!.text !== '(') k--;
    if (tokens[k]?.text === '(' && k - 1 >= first) last = k - 1;
  }
  for (const m of ctx.mentionsBySentence.get(sentence.i) ?? []) {
    if ((m.last !== last && !isPlacePostmodifier(tokens, m.last + 1, last)) || (m.titleFirst ?? m.first) < first) continue;
    const owner = ctx.mentionOwner.get(m.start);
    if (!owner || owner.type !== 'person') continue;
    // Only a title may stand before the name inside the commas ("former special envoy to Ukraine
    // Kurt Volker"), not a description of someone else ("a friend of Jones").
    const lead = ctx.analysis.tokens.slice(first, m.first);
    const titleOnly = lead.every((t) => t.pos === 'PROPN' || isCap(t) || t.text === '.');
    // (Nor an adverbial that opens with a preposition: "who, after trading insults with Mr. Trump, said".)
    const bareTitle = lead.length > 0 && !/^(?:DET|ADP|SCONJ)$/.test(lead[0]!.pos) && lead.at(-1)!.pos !== 'ADP' && lead.every((t) => t.pos !== 'VERB' && t.pos !== 'AUX' && t.pos !== 'PRON' && (t.pos !== 'PUNCT' || t.text === '.' || t.text === '-'));
    if (titleOnly || bareTitle) return owner;
  }
  return null;
}

/**
 * Are tokens [from, to] a prepositional phrase that postmodifies a name before them, saying where
 * the person is from or works ("Jane Miller of Des Moines", "Tom Lee at Barclays"): "of", "from" or
 * "at" and a noun phrase, with no verb, pronoun or comma (Quirk et al. 1985, §17.37, 17.65).
 */
function isPlacePostmodifier(tokens: Token[], from: number, to: number): boolean {
  if (to < from + 1 || to - from > 10 || !/^(?:of|from|at)$/i.test(tokens[from]!.text)) return false;
  return tokens.slice(from + 1, to + 1).every((t) => t.pos !== 'VERB' && t.pos !== 'AUX' && t.pos !== 'PRON' && t.text !== ',');
}

/** The first comma, period or semicolon at or after token `from` in the sentence, or the token after its end. */
function phraseStop(tokens: Token[], sentence: Sentence, from: number): number {
  let t = from;
  while (t <= sentence.last && !/^[,.;]$/.test(tokens[t]!.text)) t++;
  return t;
}

/** A person named after a comma that follows a described speaker, within a few words (titles only between). */
function appositionAfter(ctx: SpeakerContext, sentence: Sentence, from: number): ActorDraft | null {
  const { tokens } = ctx.analysis;
  let comma = -1;
  for (let t = from; t <= sentence.last && t - from < 10; t++) {
    const tok = tokens[t]!;
    if (tok.text === ',') {
      comma = t;
      break;
    }
    if (tok.pos === 'VERB' || tok.pos === 'AUX' || tok.pos === 'PUNCT' || isQuoted(ctx, tok.start)) return null;
  }
  if (comma < 0) return null;
  // The name that closes the apposition ("former White House energy adviser Fiona Marsh."), not a name inside its title.
  const m = (ctx.mentionsBySentence.get(sentence.i) ?? [])
    .filter((x) => x.first > comma && x.first - comma <= 8 && (!tokens[x.last + 1] || /^[,.;]$/.test(tokens[x.last + 1]!.text) || isPlacePostmodifier(tokens, x.last + 1, phraseStop(tokens, sentence, x.last + 1) - 1)))
    .sort((a, b) => a.first - b.first)[0];
  if (!m) return null;
  const owner = ctx.mentionOwner.get(m.start);
  if (!owner || owner.type !== 'person') return null;
  const between = tokens.slice(comma + 1, m.first);
  return between.some((t) => t.pos === 'VERB' || t.pos === 'AUX' || (t.pos === 'PUNCT' && t.text !== '-' && t.text !== '.')) ? null : owner;
}

/** A participle or adjective at `t` that modifies the noun after it ("recently named executive chair"). */
function isPremodifier(tokens: Token[], t: number): boolean {
  const tok = tokens[t];
  const next = tokens[t + 1];
  if (!tok || !next || (tok.pos !== 'ADJ' && !(tok.pos === 'VERB' && /(?:ed|en)$/.test(tok.text)))) return false;
  return next.pos === 'NOUN' || next.pos === 'ADJ' || next.pos === 'PROPN';
}

/** The speaker named by the noun phrase that starts at token `first` ('― Maria Lopez, a nurse'), or null. */
export function speakerStartingAt(ctx: SpeakerContext, sentence: Sentence, first: number): FoundSpeaker | null {
  const np = phraseStartingAt(ctx.analysis.tokens, sentence, first);
  return np ? resolvePhrase(ctx, sentence, np, 'after') : null;
}

/** The speaker named by a noun phrase that ends at `last` after a dash or "from" ('... - Carl Bialik:', 'More from Jones:'), or null. */
export function speakerAfterLead(ctx: SpeakerContext, sentence: Sentence, last: number): FoundSpeaker | null {
  const { tokens } = ctx.analysis;
  const np = phraseEndingAt(tokens, sentence, last);
  if (!np) return null;
  const lead = tokens[np.first - 1];
  if (!lead || !(DASHES.has(lead.text) || lead.text === '―' || lower(lead) === 'from')) return null;
  return resolvePhrase(ctx, sentence, np, 'before');
}

/** The speaker named by the noun phrase that ends at token `last` and starts at `first` ('Smith: "..."'), or null. */
export function speakerSpanning(ctx: SpeakerContext, sentence: Sentence, first: number, last: number): FoundSpeaker | null {
  const np = phraseEndingAt(ctx.analysis.tokens, sentence, last);
  if (!np || np.first !== first) return null;
  return resolvePhrase(ctx, sentence, np, 'before');
}

