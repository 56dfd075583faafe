// Claims: who said what. Direct quotes and reported speech, attributed to an
// actor even when the speaker comes after the quote, is a pronoun, a
// description of someone already named, or an unnamed source.
import type { Claim, ClaimKind, Evidence } from '../../brief/model.js';
import type { ActorDraft } from '../actors/index.js';
import { PERSON_KINDS } from '../actors/lexicon.js';
import type { NameMention } from '../actors/mentions.js';
import type { Analysis, Sentence, Token } from '../nlp.js';
import { MESSAGE_NOUN_LIST } from '../lexicon/message-nouns.js';
import { GROUNDS_LEMMAS, ABOUT_STANCE, POSSESSED_STANCE_NOUNS, STANCE_NOUN_SET, CHARACTERIZE_LEMMAS, NAMING_LEMMAS, PHRASAL_STANCE, PLEA_LEMMAS, PLEAS, STANCE_ADJECTIVES, ADVERBIAL_SUBORDINATORS, CLAUSE_LEMMAS, TOPIC_LEMMAS, GROUP_NOUNS, ORG_NOUNS, PERSON_CLAUSE_LEMMAS, HEDGES, HEDGING_VERBS, INTENTION_LEMMAS, INVERTIBLE, NEEDS_PARTICLE, NOT_SPEECH_WITH, PASSIVE_AUX, PROPOSITION_LEMMAS, TALK_LEMMAS, WITHHOLDING_LEMMAS, PERSON_NOUNS, QUOTE_LEMMAS, SPEECH_FORMS, SPEECH_LEMMAS, SUPPORT_VERBS, VERB_PREFIX } from './lexicon.js';
import { MODAL_AUXILIARIES } from '../lexicon/modals.js';
import { findQuotes, type QuoteSpan } from './quotes.js';
import { controllerOf, findSpeaker, isQuoted, subjectBefore, phraseEndingAt, speakerAfterLead, speakerSpanning, speakerStartingAt, subjectEnd, type FoundSpeaker, type SpeakerContext, type SpeakerSide } from './speakers.js';

export { findQuotes } from './quotes.js';

export interface ClaimDraft {
  text: { start: number; end: number };
  evidence: { start: number; end: number }[];
  kind: ClaimKind;
  speaker: ActorDraft | null;
  /** A description of an unnamed source ("the prime minister's official spokesman") when `speaker` is null. */
  speakerText: string | null;
  /** An attribution set inside the content (", he said,"), left out of the claim's words. */
  aside?: { start: number; end: number };
  /** The words that attribute it ("denied", "rule out", "according to"), or null. */
  cue: { start: number; end: number } | null;
  hedged: boolean;
}

/** Fewer words than this in quote marks are scare quotes or a phrase, not a statement. */
const MIN_QUOTE_WORDS = 4;

const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);

/** The endings of a past participle ("asked", "given", "said", "told", "shown", "brought"). */
const PARTICIPLE_ENDING = /(?:ed|en|id|ld|wn|ght)$/;

/** Is token `t` a verb that attributes speech or a stance (not passive: "was expected to")? */
function isSpeechVerb(tokens: Token[], t: number): boolean {
  const tok = tokens[t]!;
  // ("The bosses surveyed said costs ...": after a participle the tagger may read "said" as the
  // adjective of "the said costs", which only a determiner comes before.)
  const saidAsAdjective = tok.pos === 'ADJ' && lower(tok) === 'said' && t > 0 && tokens[t - 1]!.pos !== 'DET' && tokens[t - 1]!.sentence === tok.sentence;
  if (tok.pos !== 'VERB' && tok.pos !== 'AUX' && tok.pos !== 'NOUN' && tok.pos !== 'PROPN' && !saidAsAdjective) return false;
  const word = tok.text.toLowerCase();
  const lemma = tok.lemma.toLowerCase();
  const byForm = SPEECH_FORMS.has(word);
  // (Most words are neither form nor lemma of a speech verb: settled before the context is read.)
  if (!byForm && !SPEECH_LEMMAS.has(lemma)) return false;
  // "The data show that ...": the verb of a plural subject may be tagged as a noun.
  // So may a plain form after a plural subject, a share or a quantifier pronoun ("records show he backed", "4 in 10 say they want", "Some say they hear").
  const before = tokens[t - 1];
  const after = tokens[t + 1];
  const pluralBefore = !!before && ((/s$/.test(before.text) && (before.pos === 'NOUN' || before.pos === 'PROPN')) || before.pos === 'NUM' || /^(?:they|who|some|many|most|both|several|few|all)$/i.test(before.text));
  // (A relative pronoun after it makes it the head of a noun phrase: "the bomb blasts which killed".)
  const clauseAfter = !after || (/^(?:PRON|DET|PROPN|NUM)$/.test(after.pos) && !/^(?:which|who|whom|whose)$/i.test(after.text)) || /^[.,;“"]$/.test(after.text) || NEEDS_PARTICLE.get(lemma)?.has(lower(after)) === true;
  // And a third-person form after a singular subject ("The Post reports Clinton ...", '"...," Conway notes.', "the ad claims").
  const singularBefore = !!before && (before.pos === 'PROPN' || before.pos === 'NOUN' || (before.pos === 'PRON' && !POSSESSIVE_PRONOUNS.has(lower(before))));
  // ("the Growth Pact rules", "a court ruling that": "rule" tagged as a noun is the noun.)
  // (And one that opens an inverted attribution after a quotation: '"...," points out X', '"...," adds X'.)
  const invertedAfterQuote = word === `${lemma}s` && !!before && CLOSING_MARK.test(before.text) && /^[,.?!]$/.test(tokens[t - 2]?.text ?? '') && (INVERTIBLE.has(lemma) || NEEDS_PARTICLE.get(lemma)?.has(lower(after ?? tok)) === true);
  const verbBeforeThat =
    tok.pos === 'NOUN' &&
    lemma !== 'rule' &&
    ((lower(after ?? tok) === 'that' && (before?.pos === 'NOUN' || before?.pos === 'PROPN')) || (word === lemma && pluralBefore && clauseAfter) || (word === `${lemma}s` && singularBefore && clauseAfter) || invertedAfterQuote);
  if (!byForm && !((tok.pos === 'VERB' || verbBeforeThat) && SPEECH_LEMMAS.has(lemma))) return false;
  if (tok.pos === 'NOUN' && !/(?:ed|s)$/.test(word) && !verbBeforeThat) return false;
  const particles = NEEDS_PARTICLE.get(lemma);
  if (particles && !particles.has(tokens[t + 1]?.text.toLowerCase() ?? '') && !(lemma === 'call' && namesSomething(tokens, t)) && !(lemma === 'agree' && attributesQuoteBefore(tokens, t))) return false;
  if (PROPOSITION_LEMMAS.has(lemma) && takesNounObject(tokens, t)) return false;
  if (REPEAT_LEMMAS.has(lemma) && repeatsDeed(tokens, t)) return false;
  if (WITHHOLDING_LEMMAS.has(lemma) && takesTwoObjects(tokens, t)) return false;
  if (TALK_LEMMAS.has(lemma) && !statesAfterTopic(tokens, t + 2)) return false;
  if (statesNothing(tokens, t)) return false;
  const particle = tokens[t + 1]?.text.toLowerCase() ?? '';
  // (A time phrase may stand before the clause: "ruled on Tuesday that ...", "ruled in 2003 that ...".)
  const clauseSoon = tokens.slice(t + 2, t + 6).some((x) => lower(x) === 'that' && x.sentence === tok.sentence);
  if ((NOT_SPEECH_WITH.get(lemma)?.has(particle) && !(lemma === 'rule' && clauseSoon)) || NOT_SPEECH_WITH.get(word)?.has(particle)) return false;
  if (ofWithoutStatement(tokens, t, lemma)) return false;
  const grounds = GROUNDS_LEMMAS.get(lemma);
  // (Nor a thanks still to come: "Future generations will thank him for ...".)
  if (grounds && (!withGrounds(tokens, t, grounds) || /^(?:will|would|shall|'ll|’ll)$/i.test(tokens[t - 1]?.text ?? ''))) return false;
  // "Others thought to be in the running", "a man believed to have fled": a verb of saying or
  // thinking right before "to be"/"to have" is a passive with its auxiliary left out (Quirk et al.
  // 1985, §16.31, raising); it attributes nothing to the noun before it.
  if (RAISING_LEMMAS.has(lemma) && word !== lemma && !word.endsWith('s') && lower(tokens[t + 1] ?? tok) === 'to' && /^(?:be|have)$/i.test(tokens[t + 2]?.text ?? '')) return false;
  // Passive ("was expected to", "is said to") and adjectival ("the so-called") uses do not attribute.
  let k = t - 1;
  while (k >= 0 && (tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'SPACE' || tokens[k]!.text.toLowerCase() === 'not')) k--;
  const prev = tokens[k];
  // (Unless its agent follows: "were told by the hosts that ...".)
  if (prev && PASSIVE_AUX.has(prev.text.toLowerCase()) && PARTICIPLE_ENDING.test(word) && !isPassiveWithAgent(tokens, t)) return false;
  // ("only to be confined and told he would be there": a participle coordinated with a passive one is passive too.)
  if (prev && /^(?:and|or)$/i.test(prev.text) && PARTICIPLE_ENDING.test(word) && PARTICIPLE_ENDING.test(lower(tokens[k - 1] ?? tok)) && PASSIVE_AUX.has(lower(tokens[k - 2] ?? tok)) && !isPassiveWithAgent(tokens, t)) return false;
  // (Unless the determiner is a quantifier pronoun heading the subject of a verb tagged as a noun: "Some say they ...".)
  const quantifierSubject = verbBeforeThat && !!prev && k === t - 1 && /^(?:some|many|most|both|several|few|all)$/i.test(prev.text);
  if (prev && ((prev.pos === 'DET' && !quantifierSubject) || (prev.text === '-' && prev.end === tok.start))) return false;
  // "people accused of rape", "laws proposed during his term": a participle after a noun modifies it.
  // (Only after the clause's own verb: "The union called for ..." is the main verb.)
  const pastForm = /(?:ed|en)$/.test(word) || (word !== lemma && !/(?:s|ing)$/.test(word));
  if (prev && (prev.pos === 'NOUN' || prev.pos === 'PROPN') && pastForm && REDUCED_RELATIVE_NEXT.has(lower(tokens[t + 1] ?? tok)) && !INVERTIBLE.has(lemma) && hasVerbBefore(tokens, t)) return false;
  // ("Women questioned by the firm said ...", "the staff asked told ...": and before the clause's own
  // verb of saying, the participle of a reduced relative clause, Quirk et al. 1985, §17.30.)
  if (prev && k === t - 1 && (prev.pos === 'NOUN' || prev.pos === 'PROPN') && PARTICIPLE_ENDING.test(word) && sayingVerbFollows(tokens, t)) return false;
  return true;
}

/** The finite forms of "say" and "tell", which a reduced relative clause may stand right before. */
const SAY_FORMS = new Set(['said', 'say', 'says', 'told', 'tell', 'tells']);

/** Does a finite "said"/"told" follow the participle at `t`, right after it or after its prepositional phrase ("by the firm")? */
function sayingVerbFollows(tokens: Token[], t: number): boolean {
  const sentence = tokens[t]!.sentence;
  if (SAY_FORMS.has(lower(tokens[t + 1] ?? tokens[t]!)) && tokens[t + 1]!.sentence === sentence) return true;
  if (!REDUCED_RELATIVE_NEXT.has(lower(tokens[t + 1] ?? tokens[t]!))) return false;
  for (let k = t + 2; k < tokens.length && k - t <= 8 && tokens[k]!.sentence === sentence; k++) {
    const x = tokens[k]!;
    if (SAY_FORMS.has(lower(x))) return k > t + 2 && /^(?:NOUN|PROPN|NUM)$/.test(tokens[k - 1]!.pos);
    if (x.pos === 'VERB' || x.pos === 'AUX' || x.pos === 'PUNCT' || x.pos === 'PRON' || x.pos === 'SCONJ') return false;
  }
  return false;
}

/** An object of a few words after the verb at `t`, then one of the prepositions of its grounds ("thanked the staff for ..."). */
function withGrounds(tokens: Token[], t: number, prepositions: ReadonlySet<string>): boolean {
  for (let k = t + 1; k < tokens.length && k - t <= 8 && tokens[k]!.sentence === tokens[t]!.sentence; k++) {
    if (prepositions.has(lower(tokens[k]!))) return k > t + 1;
    if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX' || /^[.;:!?]$/.test(tokens[k]!.text)) return false;
  }
  return false;
}

/**
 * "questioned the referee's decision": "question" as "challenge the accuracy of" (WordNet question
 * v.2) takes what was said or decided as its object, a noun of what can be said or thought
 * (MESSAGE_NOUNS), not a person ("questioned the suspect", "question Clinton").
 */
function questionsMessage(tokens: Token[], t: number): boolean {
  if (lemmaOf(tokens[t]!) !== 'question' || !takesNounObject(tokens, t)) return false;
  let head: Token | undefined;
  for (let k = t + 1; k < tokens.length && k - t <= 8 && tokens[k]!.sentence === tokens[t]!.sentence && /^(?:DET|ADJ|NOUN|PROPN|PRON|NUM|PART)$/.test(tokens[k]!.pos); k++) {
    if (tokens[k]!.pos === 'NOUN') head = tokens[k];
  }
  return !!head && (MESSAGE_NOUNS.has(lower(head)) || MESSAGE_NOUNS.has(lemmaOf(head)));
}

/** Closing quotation marks as the tokenizer leaves them. */
const CLOSING_MARK = /^["”'’]$/;

/**
 * Does the verb at `t` attribute the quotation that closes right before it: '"...," agreed Cram.' or
 * '"...," Cram agreed.' (only the subject between, and the clause ends)? "Agree" takes its content
 * as the quotation there, as it takes a that-clause elsewhere ("agreed that ..."), not "agreed a deal".
 */
function attributesQuoteBefore(tokens: Token[], t: number): boolean {
  if (CLOSING_MARK.test(tokens[t - 1]?.text ?? '')) return true;
  if (!/^[.,;]$/.test(tokens[t + 1]?.text ?? '')) return false;
  for (let k = t - 1; k >= 0 && t - k <= 6 && tokens[k]!.sentence === tokens[t]!.sentence; k--) {
    if (CLOSING_MARK.test(tokens[k]!.text)) return /^[,.?!]$/.test(tokens[k - 1]?.text ?? '');
    if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX' || /^[.,;:]$/.test(tokens[k]!.text)) return false;
  }
  return false;
}

/**
 * Verbs of communication that take an "of" complement: Levin 1993, say verbs with their topic
 * ("said of the deal: …", 37.7), talk verbs (37.5), advise verbs (37.9), "tell of" (37.2),
 * complain and boast (37.8), and the judgement "accuse of" (33).
 */
const OF_COMPLEMENT_LEMMAS = new Set(['say', 'speak', 'talk', 'tell', 'write', 'remark', 'warn', 'advise', 'caution', 'alert', 'inform', 'notify', 'remind', 'assure', 'apprise', 'complain', 'boast', 'accuse', 'hear']);

/**
 * "an alibi he cited of being …", "hopes of winning", "ruled out of the match": an "of" right after
 * the cue (or after its particle) belongs to a noun or to a passive, not to a verb of saying, unless
 * the verb takes an "of" complement, the "of" opens a fronted partitive of an amount ("showed of
 * the 17 people charged, only four were convicted"), or a statement follows the topic it names.
 */
function ofWithoutStatement(tokens: Token[], t: number, lemma: string): boolean {
  let k = t + 1;
  if (/^(?:out|up|off)$/i.test(tokens[k]?.text ?? '')) k++;
  if (lower(tokens[k] ?? tokens[t]!) !== 'of' || OF_COMPLEMENT_LEMMAS.has(lemma)) return false;
  // ('"…," the bank's chief, Ann Lee, recalled of the talks': a closing attribution says what it is about.)
  // (The quotation closes an utterance, with its own punctuation, not a scare-quoted word: 'his “unbecoming” behaviour'.)
  for (let b = t - 1; b >= 0 && t - b <= 16 && tokens[b]!.sentence === tokens[t]!.sentence; b--) {
    if (/^(?:”|"|'')$/.test(tokens[b]!.text) && /^[,.?!]$/.test(tokens[b - 1]?.text ?? '')) return false;
  }
  const next = tokens[k + 1];
  const amount = (x: Token | undefined): boolean => !!x && (x.pos === 'NUM' || x.pos === 'SYM' || /^[£$€¥]/.test(x.text));
  if (amount(next) || (next?.pos === 'DET' && amount(tokens[k + 2]))) return false;
  // ("stated of the scandal that the report was bad", "recalled of the talks: '…'": the topic, then the statement.)
  for (let j = k + 1; j < tokens.length && tokens[j]!.sentence === tokens[t]!.sentence && j - k <= 12; j++) {
    if (/^(?:that|:|“|")$/i.test(tokens[j]!.text)) return false;
  }
  return true;
}

/**
 * Does the verb at `t` take a plain noun phrase as its object ("claimed the title in Paris",
 * "claimed victory"), not a clause ("claimed the vote was rigged"), "that", "to", a quote or nothing?
 */
/** Verbs whose passive raises the subject of the clause they report ("is thought to be", "is said to have"). */
const RAISING_LEMMAS = new Set(['think', 'believe', 'say', 'understand', 'know', 'report', 'rumour', 'rumor', 'allege', 'consider', 'presume', 'reckon', 'estimate', 'suppose']);

function takesNounObject(tokens: Token[], t: number): boolean {
  const sentence = tokens[t]!.sentence;
  let k = t + 1;
  while (k < tokens.length && tokens[k]!.sentence === sentence && tokens[k]!.pos === 'ADV') k++;
  const first = k;
  while (k < tokens.length && tokens[k]!.sentence === sentence && /^(?:DET|ADJ|NOUN|PROPN|PRON|NUM|PART)$/.test(tokens[k]!.pos) && !/^(?:that|to)$/i.test(tokens[k]!.text)) {
    // (A verb of the clause may be tagged as a noun after a plural subject: "claims the polls show fraud".)
    const tok = tokens[k]!;
    if (k > first && (isSpeechVerb(tokens, k) || (tok.pos === 'NOUN' && lower(tok) === lemmaOf(tok) && SPEECH_LEMMAS.has(lemmaOf(tok)) && /s$/.test(tokens[k - 1]!.text)))) return false;
    k++;
  }
  if (k === first) return false;
  // (A verb after the noun phrase makes it the subject of a clause: "claimed he won", "claims the data show",
  // "maintained the Oscars only generated".)
  while (k < tokens.length && tokens[k]!.sentence === sentence && tokens[k]!.pos === 'ADV') k++;
  const next = tokens[k];
  return !next || next.sentence !== sentence || !(next.pos === 'VERB' || next.pos === 'AUX');
}

/**
 * "repeat" is a verb of doing or of saying again (WordNet repeat v.1, v.3): it reports speech only when what it
 * repeats can be said. ("reiterate" is said of statements: "reiterated its opposition".)
 */
const REPEAT_LEMMAS = new Set(['repeat']);
/** What can be said, thought or felt (WordNet 3.0 noun.communication, noun.cognition, noun.feeling): "his call", "its view". */
const MESSAGE_NOUNS: ReadonlySet<string> = new Set(MESSAGE_NOUN_LIST.trim().split(/\s+/));

/**
 * "repeated their success", "repeated the feat": a noun object that names a deed, not something said, makes
 * "repeat" a verb of doing again ("repeated his call for calm", "reiterated its support" still report speech).
 */
function repeatsDeed(tokens: Token[], t: number): boolean {
  if (!takesNounObject(tokens, t)) return false;
  const sentence = tokens[t]!.sentence;
  let k = t + 1;
  while (k < tokens.length && tokens[k]!.sentence === sentence && tokens[k]!.pos === 'ADV') k++;
  // ("repeated what a great man he was": a clause, not a noun phrase.)
  if (/^(?:what|how|why|where|when|whether|if)$/i.test(tokens[k]?.text ?? '')) return false;
  let head: Token | undefined;
  while (k < tokens.length && tokens[k]!.sentence === sentence && /^(?:DET|ADJ|NOUN|PROPN|PRON|NUM|PART|PUNCT)$/.test(tokens[k]!.pos) && !/^(?:that|to|[,.;:!?"“”])$/i.test(tokens[k]!.text)) {
    if (tokens[k]!.pos === 'NOUN') head = tokens[k];
    k++;
  }
  return !!head && !MESSAGE_NOUNS.has(lower(head)) && !MESSAGE_NOUNS.has(lemmaOf(head));
}

/** Words that open a noun phrase after another one ("denied Elvis his ...", "denied the band a ..."). */
const NP_OPENERS = new Set(['a', 'an', 'the', 'this', 'these', 'those', 'any', 'no', 'every', 'his', 'her', 'its', 'their', 'my', 'our', 'your']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'me', 'us', 'it', 'you']);
/** Time words, which make an adverbial, not an object: "denied the claims this week", "denied Monday ...". */
const TIME_WORD = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|week|month|year|weekend|morning|afternoon|evening|night|last|next)$/i;

/**
 * Does the verb at `t` take an indirect and a direct object ("denied Elvis his fourth number one",
 * "denied him a visa", "denied the team the title")? Not when the second phrase is the subject of
 * a clause ("denied reports the firm had lied") or a time ("denied the claims this week").
 */
function takesTwoObjects(tokens: Token[], t: number): boolean {
  const sentence = tokens[t]!.sentence;
  const at = (k: number): Token | undefined => (tokens[k]?.sentence === sentence ? tokens[k] : undefined);
  const nominal = (tok: Token | undefined): boolean => !!tok && /^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(tok.pos) && lower(tok) !== 'that';
  let k = t + 1;
  const first = at(k);
  if (!first) return false;
  // The first object: an object pronoun ("him", "her" before another phrase), or a noun phrase up to
  // where a second opens with a determiner or a possessive.
  if (OBJECT_PRONOUNS.has(lower(first)) && (lower(first) !== 'her' || NP_OPENERS.has(lower(at(k + 1) ?? first)) || at(k + 1)?.pos === 'NUM')) k++;
  else {
    let head = false;
    while (nominal(at(k)) || (POSSESSIVE_PRONOUNS.has(lower(at(k) ?? first)) && !head)) {
      const tok = tokens[k]!;
      if (head && NP_OPENERS.has(lower(tok))) break;
      if (TIME_WORD.test(tok.text)) return false;
      head ||= tok.pos === 'NOUN' || tok.pos === 'PROPN' || tok.pos === 'NUM';
      k++;
    }
    if (!head) return false;
  }
  // The second object opens with a determiner or a possessive and is not followed by a verb.
  const second = at(k);
  if (!second || !NP_OPENERS.has(lower(second))) return false;
  let head = false;
  for (k++; nominal(at(k)); k++) {
    if (TIME_WORD.test(tokens[k]!.text)) return false;
    head ||= tokens[k]!.pos === 'NOUN' || tokens[k]!.pos === 'PROPN' || tokens[k]!.pos === 'NUM';
  }
  const next = at(k);
  return head && !(next && (next.pos === 'VERB' || next.pos === 'AUX'));
}

/**
 * "declined to say whether ...", "has not said when ...", "would not say how much ...": a question left
 * unanswered, no statement; "it is hard to say": the writer's comment. (A negated statement keeps its
 * content: "did not say that he would resign" is reported, and so is "never denied".)
 */
function statesNothing(tokens: Token[], t: number): boolean {
  // "It's hard to describe how ...", "it is fair to say that ...": an infinitive after an adjective is the
  // writer's own comment, no one's statement.
  if (tokens[t - 1]?.text.toLowerCase() === 'to' && tokens[t - 2]?.pos === 'ADJ' && /^(?:is|was|'s|’s|be|seems?)$/i.test(tokens[t - 3]?.text ?? '')) return true;
  if (!/^(?:whether|if|when|why|how|what|who|which|where)$/i.test(tokens[t + 1]?.text ?? '')) return false;
  const prev = tokens[t - 1]?.text.toLowerCase() ?? '';
  if (/^(?:not|n't|n’t|never)$/.test(prev)) return true;
  return prev === 'to' && /^(?:decline|refuse|fail)$/.test(tokens[t - 2]?.lemma.toLowerCase() ?? '');
}

/**
 * Does a statement follow the preposition of "talked about", "spoke of" at `k`: a wh-clause
 * ("about how the consulate fell") or a quotation within its phrase ("about the “progress we made”")?
 */
function statesAfterTopic(tokens: Token[], k: number): boolean {
  const sentence = tokens[k - 1]?.sentence;
  if (/^(?:how|why|what|whether|when)$/i.test(tokens[k]?.text ?? '')) return true;
  for (let j = k; j < tokens.length && tokens[j]!.sentence === sentence && j - k < 15; j++) {
    if (/^(?:“|"|'')$/.test(tokens[j]!.text)) return true;
    if (/^[.;:?!]$/.test(tokens[j]!.text) || tokens[j]!.pos === 'VERB' || tokens[j]!.pos === 'AUX') return false;
  }
  return false;
}

/** A passive participle of a verb of telling with its agent: "were told by hosts A and B that ...". */
function isPassiveWithAgent(tokens: Token[], t: number): boolean {
  return HEARER_LEMMAS.has(lemmaOf(tokens[t]!)) && lower(tokens[t + 1] ?? tokens[t]!) === 'by';
}

/** Is there a verb earlier in the sentence of token `t`? */
function hasVerbBefore(tokens: Token[], t: number): boolean {
  const sentence = tokens[t]!.sentence;
  for (let k = t - 1; k >= 0 && tokens[k]!.sentence === sentence; k--) if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') return true;
  return false;
}

/** Words after a participle that mark it as a reduced relative clause ("accused of", "proposed during", "described as"). */
const REDUCED_RELATIVE_NEXT = new Set(['of', 'by', 'as', 'during', 'in', 'at', 'for', 'with', 'under', 'since']);

/**
 * "called the plan a disgrace", "called Wells Fargo's behavior “outrageous”": "call" with an
 * object and a second, naming complement (not "called the police", "called an election").
 */
function namesSomething(tokens: Token[], t: number): boolean {
  let seen = 0;
  // (The object may be long or carry an apposition: "called Clinton, his rival, an ISIS “co-founder.”")
  for (let k = t + 1; k < tokens.length && k <= t + 20 && tokens[k]!.sentence === tokens[t]!.sentence; k++) {
    const tok = tokens[k]!;
    if (/^(?:“|"|‘|'')$/.test(tok.text)) return true;
    // ("called him ''a genius''": the tagger splits a typewriter double mark in two.)
    if (tok.text === "'" && tokens[k + 1]?.start === tok.end && tokens[k + 1]!.text.startsWith("'")) return true;
    if (seen > 0 && /^(?:a|an)$/i.test(tok.text) && tokens[k - 1]!.text !== ',' ) return true;
    // "called the charges unsubstantiated and ...": an adjective after the object is its complement
    // (one before a noun, "called a special session", modifies it).
    if (seen > 0 && tok.pos === 'ADJ' && tokens[k - 1]!.pos === 'NOUN' && !/^(?:NOUN|PROPN|ADJ)$/.test(tokens[k + 1]?.pos ?? '')) return true;
    if (tok.pos === 'VERB' || tok.pos === 'AUX' || /^[.;:?!]$/.test(tok.text)) return false;
    if (tok.pos !== 'SPACE' && tok.text !== ',') seen++;
  }
  return false;
}

/** Forms of "be" and "remain" that a stance adjective follows ("is confident", "remained sceptical"). */
const COPULA = /^(?:is|are|was|were|be|been|being|am|'s|’s|'re|’re|'m|’m|remain|remains|remained|seem|seems|seemed)$/i;
/** The forms of the naming verbs, which the tagger may read as adjectives ("She branded/ADJ the plan ..."). */
const NAMING_FORM = new RegExp(`^(?:${[...NAMING_LEMMAS].join('|')})(?:s|ed|led|bed|ing|ling|bing)?$`, 'i');

/**
 * A cue in one of the frames of attribution that take no that-clause (lexicon: NAMING_LEMMAS,
 * CHARACTERIZE_LEMMAS, PHRASAL_STANCE, PLEA_LEMMAS, STANCE_ADJECTIVES): "branded it 'tasteless'",
 * "portrayed him as a liar", "played down talk of a move", "spoke out against the bid", "pleads
 * not guilty", "is not convinced a rental model will work", "is concerned about the cost". The
 * token where its content starts, or -1. Not passive ("was seen as"), not a modifier ("branded
 * goods", "a man seen as a rival").
 */
function frameCue(tokens: Token[], t: number): number {
  const tok = tokens[t]!;
  const next = tokens[t + 1];
  if (!next || next.sentence !== tok.sentence) return -1;
  const word = lower(tok);
  const lemma = lemmaOf(tok);
  if (tok.pos === 'NOUN') return possessedStance(tokens, t);
  // Not in an indirect question ("refused to say whether he sees it as ..."), nor in an infinitive
  // whose subject is another verb's object ("ordered his captain not to play down ...").
  for (let b = t - 1; b >= 0 && t - b <= 6 && tokens[b]!.sentence === tok.sentence; b--) if (/^(?:whether|if)$/i.test(tokens[b]!.text)) return -1;
  const to = t - 1;
  if (lower(tokens[to] ?? tok) === 'to') {
    let g = to - 1;
    if (/^(?:not|never)$/i.test(tokens[g]?.text ?? '')) g--;
    if (tokens[g] && /^(?:NOUN|PROPN|PRON)$/.test(tokens[g]!.pos) && !SUBJECT_PRONOUNS.has(lower(tokens[g]!))) return -1;
  }
  let k = t - 1;
  // (A floating quantifier after the auxiliary is part of it: "have all spoken out".)
  while (k >= 0 && (tokens[k]!.pos === 'ADV' || /^(?:not|n't|n’t|never)$/i.test(tokens[k]!.text) || (/^(?:all|both|each)$/i.test(tokens[k]!.text) && tokens[k - 1]?.pos === 'AUX'))) k--;
  const prev = tokens[k];
  if (!prev || prev.sentence !== tok.sentence) return -1;
  // Stance adjectives after "be": a that-clause, a clause with no "that", or "about"/"over" and a topic.
  if ((tok.pos === 'ADJ' || tok.pos === 'VERB') && (STANCE_ADJECTIVES.has(word) || ABOUT_STANCE.has(word))) {
    if (!COPULA.test(prev.text) || (tok.pos === 'VERB' && !/ed$/.test(word))) return -1;
    // ("It is certain that ...", "there was concern": an impersonal subject states no one's stance;
    // "Delta might be concerned that ...": a stance supposed by someone else, not stated.)
    if (/^(?:it|there|this|that|might|may|could|must)$/i.test(tokens[k - 1]?.text ?? '')) return -1;
    if (ABOUT_STANCE.has(word) && /^(?:about|over)$/i.test(next.text)) return t + 1;
    if (!STANCE_ADJECTIVES.has(word)) return -1;
    if (lower(next) === 'that') return t + 1;
    // (A clause with no "that": a subject and a finite verb within a few words, no punctuation between.)
    // (Nor a wh-clause, an indirect question: "not sure what to make of it".)
    if (!/^(?:DET|PRON|PROPN|NOUN|NUM|ADJ)$/.test(next.pos) || /^(?:to|of|with|by|for|in|at|on|what|which|who|whom|how|why|where|when|whether)$/i.test(next.text)) return -1;
    for (let j = t + 2; j < tokens.length && j - t <= 8 && tokens[j]!.sentence === tok.sentence; j++) {
      const x = tokens[j]!;
      if (/^[,;:.!?()]$/.test(x.text) || x.pos === 'ADP' || x.pos === 'SCONJ') return -1;
      if (x.pos === 'AUX' || (x.pos === 'VERB' && !/ing$/i.test(x.text))) return t + 1;
    }
    return -1;
  }
  // Not passive or a modifier: after "be", a determiner, a preposition, or a noun of a clause that has its verb.
  if (PASSIVE_AUX.has(lower(prev)) || prev.pos === 'DET' || prev.pos === 'ADP' || prev.text === '-') return -1;
  if ((prev.pos === 'NOUN' || prev.pos === 'PROPN') && hasVerbBefore(tokens, t) && !/^[,]$/.test(tokens[t - 1]!.text)) return -1;
  if (NAMING_FORM.test(word) && (tok.pos === 'VERB' || tok.pos === 'ADJ') && /^(?:PRON|PROPN|NOUN|AUX|ADV|PART)$/.test(prev.pos) && !POSSESSIVE_PRONOUNS.has(lower(prev))) {
    // (A possessive before it makes it a modifier: "his branded goods"; a complement after the object names it.)
    return namesSomething(tokens, t) ? t + 1 : -1;
  }
  if (tok.pos !== 'VERB') return -1;
  if (CHARACTERIZE_LEMMAS.has(lemma)) {
    // An object of a few nominal words, then "as" and a noun phrase or an adjective (not a clause: "saw it as he left").
    for (let j = t + 1; j < tokens.length && j - t <= 9 && tokens[j]!.sentence === tok.sentence; j++) {
      const x = tokens[j]!;
      if (lower(x) === 'as') {
        const after = tokens[j + 1];
        if (j === t + 1 || !after || after.sentence !== tok.sentence) return -1;
        if (SUBJECT_PRONOUNS.has(lower(after)) || after.pos === 'VERB' || after.pos === 'AUX' || /^(?:if|though|well|much|many|soon|far|long|part)$/i.test(after.text)) return -1;
        return t + 1;
      }
      if (!/^(?:DET|ADJ|NOUN|PROPN|PRON|NUM|PART)$/.test(x.pos) && !/^[’']s$/.test(x.text)) return -1;
    }
    return -1;
  }
  const phrasal = PHRASAL_STANCE.get(lemma);
  if (phrasal && lower(next) === phrasal.particle) {
    if (!phrasal.then) return t + 2;
    return phrasal.then.has(lower(tokens[t + 2] ?? tok)) && tokens[t + 3]?.sentence === tok.sentence ? t + 3 : -1;
  }
  if (PLEA_LEMMAS.has(lemma) && PLEAS.has(lower(next)) && (lower(next) !== 'not' || PLEAS.has(lower(tokens[t + 2] ?? tok)))) return t + 1;
  return -1;
}

/**
 * "His main concern is privacy", "The minister's fear is that prices will rise": a stance or
 * communication noun with its possessor, as the subject of "be" (Biber et al. 1999, §8.7, noun
 * and that-clause as subject predicative), states the possessor's stance. The noun phrase opens
 * its sentence (after a conjunction or an adverb at most). Where the content starts, or -1.
 */
function possessedStance(tokens: Token[], t: number): number {
  const tok = tokens[t]!;
  if (!POSSESSED_STANCE_NOUNS.has(lemmaOf(tok)) || lower(tok) !== lemmaOf(tok)) return -1;
  const be = tokens[t + 1];
  if (!be || be.sentence !== tok.sentence || !/^(?:is|was|remains|remained)$/i.test(be.text)) return -1;
  const after = tokens[t + 2];
  if (!after || after.sentence !== tok.sentence || /^[.,;:!?]$/.test(after.text) || /^(?:to|not|also)$/i.test(after.text)) return -1;
  let k = t - 1;
  while (k >= 0 && tokens[k]!.pos === 'ADJ') k--;
  const possessor = tokens[k];
  if (!possessor || possessor.sentence !== tok.sentence) return -1;
  let first: number;
  if (POSSESSIVE_PRONOUNS.has(lower(possessor)) && lower(possessor) !== 'its' && lower(possessor) !== 'your' && lower(possessor) !== 'my' && lower(possessor) !== 'our') first = k;
  else if (/^[’']s?$/.test(possessor.text) && possessor.pos === 'PART') {
    first = k - 1;
    while (first > 0 && tokens[first - 1]!.sentence === tok.sentence && /^(?:PROPN|NOUN|DET|ADJ)$/.test(tokens[first - 1]!.pos)) first--;
  } else return -1;
  let s = first - 1;
  while (s >= 0 && tokens[s]!.sentence === tok.sentence && (tokens[s]!.pos === 'CCONJ' || tokens[s]!.pos === 'ADV' || tokens[s]!.pos === 'SPACE' || tokens[s]!.text === ',')) s--;
  if (s >= 0 && tokens[s]!.sentence === tok.sentence) return -1;
  return lower(after) === 'that' ? t + 3 : t + 2;
}

/** "does not rule out": the verb "rule" followed by "out". */
const isRuleOut = (tokens: Token[], t: number): boolean => tokens[t]!.lemma === 'rule' && tokens[t + 1]?.text.toLowerCase() === 'out';

/**
 * "as one activist put it", "as Milbank puts it, ...": "put" with "it" means "express" (WordNet 3.0
 * put v.8, "formulate in a particular style or language") and in a comment clause opened by "as"
 * (Quirk et al. 1985, §15.53) attributes the words around it to its subject.
 */
function isPutIt(tokens: Token[], t: number): boolean {
  const tok = tokens[t]!;
  if (lemmaOf(tok) !== 'put' || lower(tokens[t + 1] ?? tok) !== 'it') return false;
  const next = tokens[t + 2];
  // (Then a pause or a place: "as he put it, ...", "as she put it in her speech".)
  if (next && next.pos !== 'ADP' && !/^(?:[,.;:!?—–-]|["“”'‘’]|'')$/.test(next.text)) return false;
  // (Back to the "as" past the subject, which may carry a participle: "as an official involved put it".)
  for (let k = t - 1; k >= Math.max(0, t - 25); k--) {
    const w = tokens[k]!;
    if (lower(w) === 'as') return true;
    if ((w.pos === 'VERB' && !/(?:ed|ing)$/i.test(w.text)) || /^[.;!?]$/.test(w.text)) return false;
  }
  return false;
}

function sentenceAt(analysis: Analysis, offset: number): Sentence | undefined {
  const ss = analysis.sentences;
  let lo = 0;
  let hi = ss.length - 1;
  let best: Sentence | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ss[mid]!.start <= offset) {
      best = ss[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/** A wire service's tag in parentheses, with the dash after it. */
const WIRE_TAG = /^\(\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?\)\s*(?:[-–—]\s*)?/u;

function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  const skip = (c: string): boolean => c === ' ' || c === '\n' || c === '\t' || c === ',' || c === ';' || c === ':' || c === '“' || c === '”' || c === '"';
  while (start < end && skip(text[start]!)) start++;
  // A wire service's tag before the first word ("(CNN)President ...", "(Reuters) - ") is no part of what was said.
  const tag = WIRE_TAG.exec(text.slice(start, Math.min(end, start + 40)));
  if (tag && start + tag[0].length < end) start += tag[0].length;
  while (end > start && skip(text[end - 1]!)) end--;
  // A quote that opens inside the span keeps its closing mark ('he was "willing to help"').
  const inside = text.slice(start, end);
  const straightOpen = (inside.match(/"/g)?.length ?? 0) % 2 === 1;
  const curlyOpen = (inside.match(/“/g)?.length ?? 0) > (inside.match(/”/g)?.length ?? 0);
  // (Past a comma the mark follows in American style: 'as "health care for all," Lane said'.)
  const mark = text[end] === ',' ? end + 1 : end;
  if ((straightOpen && text[mark] === '"') || (curlyOpen && text[mark] === '”')) end = mark + 1;
  // …and one that closes inside it keeps its opening mark ('saying "insider information" could …').
  const kept = text.slice(start, end);
  const straightClosed = (kept.match(/"/g)?.length ?? 0) % 2 === 1;
  const curlyClosed = (kept.match(/”/g)?.length ?? 0) > (kept.match(/“/g)?.length ?? 0);
  if ((straightClosed && text[start - 1] === '"') || (curlyClosed && text[start - 1] === '“')) start--;
  return { start, end };
}

function findClauseBreakBefore(tokens: Token[], sentence: Sentence, v: number): number | null {
  for (let t = v - 1; t >= sentence.first && v - t <= 8; t--) if (tokens[t]!.text === ',') return tokens[t]!.start;
  // (A long subject, "…, the U.S. Attorney's Office for the Western District of New York said": a
  // noun phrase with no verb, after a clause that has one.)
  for (let t = v - 9; t >= sentence.first && v - t <= 14; t--) {
    if (tokens[t]!.text !== ',') continue;
    const subject = tokens.slice(t + 1, v);
    if (subject.some((x) => x.pos === 'VERB' || x.pos === 'AUX' || x.pos === 'PUNCT' && x.text !== '.') || !tokens.slice(sentence.first, t).some((x) => x.pos === 'VERB' || x.pos === 'AUX')) return null;
    return tokens[t]!.start;
  }
  return null;
}

/**
 * The reported content: what follows "X said (that)", or what precedes
 * "..., said X" / "..., X said". A parenthetical ", he said," keeps the whole sentence.
 */
function reportedSpan(analysis: Analysis, sentence: Sentence, v: number, side: SpeakerSide): { start: number; end: number } {
  const { tokens, text } = analysis;
  let end = tokens[sentence.last]!.end;
  if (/^[.!?]$/.test(tokens[sentence.last]!.text)) end = tokens[sentence.last]!.start;
  // (A name in apposition before the verb, ", the spokeswoman, Ana Silva, said", is part of the subject.)
  const subject = tokens[v - 1]?.text === ',' ? subjectComma(tokens, sentence, v) : -1;
  const breakBefore = subject >= 0 ? tokens[subject]!.start : findClauseBreakBefore(tokens, sentence, v);
  let from = v + 1;
  // "called for", "pointed out": the particle belongs to the cue.
  if (NEEDS_PARTICLE.get(tokens[v]!.lemma.toLowerCase())?.has(lower(tokens[from] ?? tokens[v]!))) from++;
  if (isPutIt(tokens, v)) from++;
  from = pastObjectToThat(tokens, sentence, v, from);
  const stance = stanceThat(tokens, v);
  if (stance >= 0) from = stance + 1;
  const frame = frameCue(tokens, v);
  if (frame >= 0) from = frame;
  // ("worried about Pakistan after its scientist admitted ...": a topic after "about" ends where an adverbial clause or a comma starts.)
  if ((frame >= 0 || stance >= 0) && (/^(?:about|over|at)$/i.test(tokens[from - 1]?.text ?? '') || /^(?:about|over)$/i.test(tokens[from]?.text ?? '')) && from <= sentence.last) {
    for (let k = from + 1; k <= sentence.last; k++) {
      if (tokens[k]!.text === ',' || tokens[k]!.text === ';' || ADVERBIAL_SUBORDINATORS.has(lower(tokens[k]!)) || lower(tokens[k]!) === 'despite') {
        end = tokens[k]!.start;
        break;
      }
    }
  }
  while (from <= sentence.last && /^(?:that|,|:|out)$/i.test(tokens[from]!.text)) from++;
  if (from === sentence.last && /^[.!?…]$/.test(tokens[from]!.text)) from++;
  const afterVerb = tokens[v + 1];
  // ", Fiat said this week, ...": a time or hearer after the verb still leaves it set inside the sentence.
  const closer = breakBefore !== null ? asideCloser(tokens, sentence, v) : -1;
  const parenthetical = (breakBefore !== null && afterVerb?.text === ',' && v + 2 <= sentence.last) || (closer > v + 1 && subjectOnlyBefore(tokens, sentence, v, breakBefore!));
  if (parenthetical) {
    // "Sales will fall, Fiat said, as it exits ...": after a whole clause, an adverbial or participle
    // clause that follows the attribution is the writer's, not part of what was said.
    const next = closer >= 0 ? tokens[closer + 1] : undefined;
    if (next && opensAdjunct(next) && hasFiniteClause(tokens, { start: sentence.start, end: breakBefore! })) return trimSpan(text, sentence.start, breakBefore!);
    return trimSpan(text, sentence.start, end);
  }
  // "..., Rasmussen said." / "..., warns the former minister": the content comes before the comma.
  const closes = closingTail(tokens, sentence, v) > 0;
  // (Not when a complementiser follows: "The official, who spoke on the condition of anonymity, said that ..." reports what comes after.)
  const complement = lower(tokens[v + 1] ?? tokens[v]!) === 'that';
  if (breakBefore !== null && (from > sentence.last || side === 'after' || (side === 'anaphor' && tokens[v - 1]?.text === ',' && !complement) || closes)) return trimSpan(text, sentence.start, quotationEnd(text, sentence.start, breakBefore));
  // ("It's exactly what the minister did not want.": a cue that ends its sentence with no comma
  // before its subject closes a free relative, not an attribution; it reports nothing.)
  if (from > sentence.last && breakBefore === null && freeRelativeBefore(tokens, sentence, v)) return { start: end, end };
  return trimSpan(text, from <= sentence.last ? tokens[from]!.start : sentence.start, frontedClauseEnd(tokens, sentence, v) ?? end);
}

/** A "what"/"which" opens the clause of the cue at `v`, past its subject and auxiliaries ("what the minister did not want"). */
function freeRelativeBefore(tokens: Token[], sentence: Sentence, v: number): boolean {
  for (let k = v - 1; k >= sentence.first && v - k <= 8; k--) {
    const tok = tokens[k]!;
    if (/^(?:what|which|whatever)$/i.test(tok.text)) return true;
    if (!/^(?:DET|ADJ|NOUN|PROPN|PRON|ADV|PART|AUX|NUM)$/.test(tok.pos)) return false;
  }
  return false;
}

/** The cue at `v` stands in an "if"/"unless" clause that opens the sentence (no comma between them). */
function inFrontedCondition(tokens: Token[], sentence: Sentence, v: number): boolean {
  let first = sentence.first;
  while (first < v && /^[“"‘'(]$/.test(tokens[first]!.text)) first++;
  if (!/^(?:if|unless)$/i.test(tokens[first]!.text)) return false;
  for (let k = first + 1; k < v; k++) if (tokens[k]!.text === ',') return false;
  return frontedClauseEnd(tokens, sentence, v) !== null;
}

/**
 * A past participle that opens the sentence and, with a complement clause, a fronted supplementive
 * clause ("Reminded that X had called him a cheat, Y added", "Told that ..., she said"; Quirk et al.
 * 1985, §15.57): its subject is the main clause's, and a cue inside it reports only up to its comma.
 */
function opensParticipleClause(tokens: Token[], first: number, v: number): boolean {
  const tok = tokens[first]!;
  return first < v && tok.pos === 'VERB' && !/ing$/i.test(tok.text) && lower(tok) !== lemmaOf(tok) && /^(?:that|whether|if|about|what|why|how|of)$/i.test(tokens[first + 1]?.text ?? '');
}

/**
 * "When the minister said the deal was done, the markets rallied": a cue inside a clause that opens
 * the sentence with a subordinator reports only up to the comma that closes that clause, when a
 * clause of its own (a subject and a finite verb) follows it. The offset of that comma, or null.
 */
function frontedClauseEnd(tokens: Token[], sentence: Sentence, v: number): number | null {
  let first = sentence.first;
  while (first < v && /^[“"‘'(]$/.test(tokens[first]!.text)) first++;
  if (!ADVERBIAL_SUBORDINATORS.has(lower(tokens[first]!)) && !opensParticipleClause(tokens, first, v)) return null;
  // ("After his sacking, he said that …": the fronted phrase ended before the cue. "As the leader
  // declared, the aim is …": what follows the comma is what was declared.)
  for (let k = first + 1; k < v; k++) if (tokens[k]!.text === ',') return null;
  if (tokens[v + 1]?.text === ',') return null;
  let quoted = false;
  for (let k = v + 1; k <= sentence.last; k++) {
    const tok = tokens[k]!;
    if (/^[“”"]$/.test(tok.text)) quoted = tok.text === '“' ? true : tok.text === '”' ? false : !quoted;
    // ('When Maddow pointed out that he calls it "Medicare for all," Clinton seized on it': the
    // comma a closing quote mark follows, in American style, ends the clause as well.)
    const closes = quoted && tok.text === ',' && /^[”"]$/.test(tokens[k + 1]?.text ?? '');
    if ((quoted && !closes) || tok.text !== ',') continue;
    const at = closes ? k + 1 : k;
    // The main clause: a subject and its verb within a few words of the comma ("the markets rallied", "Mr. Trump wasn't").
    for (let j = at + 1; j <= Math.min(sentence.last, at + 7); j++) {
      const x = tokens[j]!;
      if (x.text === ',' || /^[.;:!?]$/.test(x.text)) break;
      if ((x.pos === 'AUX' || x.pos === 'VERB') && j > at + 1 && /^(?:NOUN|PROPN|PRON)$/.test(tokens[j - 1]!.pos) && !/ing$/i.test(x.text)) return closes ? tokens[at]!.end : tok.start;
    }
  }
  return null;
}

/**
 * Where a quotation that opens the content closes, when the speaker's name follows it before the
 * comma that ended the content ('"They should seize the moment," Mr Prettejohn, the chairman, told
 * …' — an apposition that lost its closing comma); `end` otherwise.
 */
function quotationEnd(text: string, start: number, end: number): number {
  let at = start;
  while (at < end && /\s/.test(text[at]!)) at++;
  if (text[at] !== '“' && text[at] !== '"') return end;
  const close = /[,.?!…]["”]\s+\S/.exec(text.slice(at + 1, end));
  return close ? at + 1 + close.index + 2 : end;
}

/**
 * The comma that ends an attribution set inside its sentence (", he said, ...", ", Fiat said this
 * week, ...", ", the firm told reporters on Monday, ..."): the verb, with at most its hearer, a time
 * or prepositional phrases and no verb of their own, then a comma with more of the sentence after
 * it. -1 when the verb takes a clause or closes the sentence.
 */
function asideCloser(tokens: Token[], sentence: Sentence, v: number): number {
  let k = v + 1;
  if (NEEDS_PARTICLE.get(lemmaOf(tokens[v]!))?.has(lower(tokens[k] ?? tokens[v]!))) k++;
  const first = k;
  for (; k <= sentence.last && tokens[k]!.text !== ','; k++) {
    const tok = tokens[k]!;
    if (k - first >= 10 || tok.pos === 'VERB' || tok.pos === 'AUX' || lower(tok) === 'that' || /^(?:[.!?;:()“”"]|[-–—―])$/.test(tok.text)) return -1;
  }
  if (k >= sentence.last || /^[.!?]$/.test(tokens[k + 1]!.text)) return -1;
  // ("Earlier this year, Lexus revealed the new model, an open-top version of …": a noun phrase
  // after a verb that takes no hearer is its object, and the comma after it no aside's end;
  // a time is not: ", the firm said last week,".)
  const phrase = tokens.slice(first, k);
  const time = phrase.every((t) => TIME_WORD.test(t.text) || /^(?:this|earlier|later|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/i.test(t.text) || t.pos === 'ADV' || t.pos === 'NUM');
  // (After an inverted verb the phrase is its subject: ", say analysts,".)
  const inverted = /^(?:,|”|"|'')$/.test(tokens[v - 1]?.text ?? '');
  // (", said Paul Dergarabedian, president of Exhibitor Relations.": after an inverted verb, a noun
  // phrase with no verb or a relative clause that runs to the sentence's end is in apposition to
  // the subject; the attribution closes the sentence.)
  if (inverted && apposedToEnd(tokens, sentence, k)) return -1;
  if (phrase.length > 0 && /^(?:DET|NOUN|PROPN|ADJ)$/.test(phrase[0]!.pos) && !time && !inverted && !HEARER_LEMMAS.has(lemmaOf(tokens[v]!))) return -1;
  // (As in a closing tail: a longer phrase only when a preposition opens it.)
  return k - first <= 4 || tokens[first]!.pos === 'ADP' ? k : -1;
}

/** What follows the comma at `comma` to the sentence's end is a noun phrase with no verb, or a relative clause. */
function apposedToEnd(tokens: Token[], sentence: Sentence, comma: number): boolean {
  let last = sentence.last;
  if (/^[.!?]$/.test(tokens[last]!.text)) last--;
  if (comma + 1 > last) return false;
  if (/^(?:who|whose|which)$/i.test(tokens[comma + 1]!.text)) return true;
  // (A noun phrase opens with a determiner, an adjective or a noun: "Although …, said Mr Hogan, 2004 saw …" is an aside.)
  if (!/^(?:DET|ADJ|NOUN|PROPN)$/.test(tokens[comma + 1]!.pos)) return false;
  for (let t = comma + 1; t <= last; t++) if (tokens[t]!.pos === 'VERB' || tokens[t]!.pos === 'AUX' || /^[“”";:]$/.test(tokens[t]!.text)) return false;
  return true;
}

/** Between the comma at `comma` and the verb at `v` stands only its subject (no verb of another clause). */
function subjectOnlyBefore(tokens: Token[], sentence: Sentence, v: number, comma: number): boolean {
  // (A capitalised word there is a name, whatever its tag: "Ravel said".)
  for (let t = v - 1; t >= sentence.first && tokens[t]!.start > comma; t--) if ((tokens[t]!.pos === 'VERB' || tokens[t]!.pos === 'AUX') && !/^\p{Lu}/u.test(tokens[t]!.text)) return false;
  return true;
}

/** A word that opens an adverbial clause ("as it exits ...", "because ...") or a participle clause ("adding ..."). */
function opensAdjunct(tok: Token): boolean {
  return ADVERBIAL_SUBORDINATORS.has(lower(tok)) || (tok.pos === 'VERB' && /ing$/i.test(tok.text));
}

/**
 * The words after a verb that closes its sentence, when they are only its object or a time
 * ("..., the president told her.", "..., the airline said Thursday.") or prepositional phrases
 * with no verb ("..., the US military said in a statement on Wednesday."): their count, 0 when
 * nothing follows the verb, -1 when a clause does.
 */
function closingTail(tokens: Token[], sentence: Sentence, v: number): number {
  let tail = 0;
  for (let t = v + 1; t <= sentence.last && !/^[.!?]$/.test(tokens[t]!.text); t++) tail = tokens[t]!.pos === 'VERB' || tokens[t]!.pos === 'AUX' || lower(tokens[t]!) === 'that' || tokens[t]!.text === ',' ? 99 : tail + 1;
  // ("…," she told the BBC's World Business Report.": a verb of telling's hearer is a noun phrase of any common length.)
  const hearer = tail <= 8 && HEARER_LEMMAS.has(lemmaOf(tokens[v]!)) && tokens.slice(v + 1, v + 1 + tail).every((x) => /^(?:DET|ADJ|NOUN|PROPN|PART|NUM)$/.test(x.pos));
  return tail <= 4 || hearer || (tail <= 10 && opensPrepositionalTail(tokens, v, tail)) ? tail : -1;
}

/**
 * The `tail` words after the verb at `v` are prepositional phrases, perhaps after the hearer of a
 * verb of telling and a bare time ("said Wednesday at the Dubai Air Show", "told reporters on
 * Tuesday in Paris"): adjuncts of the attribution, no content of its own.
 */
function opensPrepositionalTail(tokens: Token[], v: number, tail: number): boolean {
  const end = v + tail;
  let k = v + 1;
  if (HEARER_LEMMAS.has(lemmaOf(tokens[v]!))) while (k <= end && (/^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(tokens[k]!.pos) || /^(?:him|her|them|me|us|you)$/i.test(tokens[k]!.text)) && !CALENDAR_WORD.test(tokens[k]!.text)) k++;
  while (k <= end && (CALENDAR_WORD.test(tokens[k]!.text) || /^(?:today|yesterday|tonight)$/i.test(tokens[k]!.text))) k++;
  return k <= end && tokens[k]!.pos === 'ADP' && lower(tokens[k]!) !== 'that';
}


/**
 * Verbs of telling that take the hearer before the clause ("told CNN that ...", "warned investors
 * that ..."): Levin 1993, class 37.2 (tell) and 37.9 (advise).
 */
const HEARER_LEMMAS = new Set(['tell', 'inform', 'assure', 'reassure', 'remind', 'warn', 'advise', 'notify', 'convince', 'persuade', 'promise', 'caution', 'brief']);

/**
 * Where the content of "told CNN that ...", "said on Tuesday that ...", "said Monday that ..."
 * starts: past the hearer (after a verb of telling) or a time phrase, up to the "that" that opens
 * the clause. `from` is returned when no such "that" follows within a few words.
 */
function pastObjectToThat(tokens: Token[], sentence: Sentence, v: number, from: number): number {
  const hearer = HEARER_LEMMAS.has(tokens[v]!.lemma.toLowerCase());
  let k = from;
  let time = false;
  // "claimed in the Observer that", "confirmed to Reuters on Friday that": a noun phrase governed
  // by a preposition is an adjunct of the cue, whatever its words; a bare one is its object
  // ("denied the report that ...": a noun's complement), except the hearer of a verb of telling.
  let governed = false;
  for (; k <= sentence.last && k - from < 14; k++) {
    const tok = tokens[k]!;
    if (lower(tok) === 'that') break;
    if (CALENDAR_WORD.test(tok.text) || /^(?:on|last|this|earlier|later|in|at)$/i.test(tok.text) || /^(?:week|month|year|morning|afternoon|evening|night|weekend|today|yesterday)$/i.test(tok.text)) {
      time ||= CALENDAR_WORD.test(tok.text) || /^(?:week|month|year|morning|afternoon|evening|night|weekend|today|yesterday)$/i.test(tok.text);
      governed ||= tok.pos === 'ADP';
      continue;
    }
    // (A particle of the cue governs nothing: "does not rule out the possibility that ...".)
    if (tok.pos === 'ADP' && !(k === from && isRuleOut(tokens, v))) {
      governed = true;
      continue;
    }
    const nominal = tok.pos === 'PROPN' || tok.pos === 'NOUN' || tok.pos === 'DET' || tok.pos === 'ADJ' || tok.pos === 'NUM' || POSSESSIVE_PRONOUNS.has(lower(tok)) || /^['’]s$/.test(tok.text) || (governed && /^(?:and|&)$/i.test(tok.text));
    if (nominal && governed) continue;
    // ("told the Observer his plan was dead", "told reporters he would resign": with no "that", the
    // content clause starts at its subject, a noun phrase or a subject pronoun right after the hearer.)
    if (hearer && k > from && (opensSecondPhrase(tokens, from, k) || SUBJECT_PRONOUNS.has(lower(tok))) && finiteAhead(tokens, sentence, k)) return k;
    // ("told friends and family that ...": hearers may be coordinated.)
    if (hearer && (nominal || /^(?:him|her|them|me|us|you)$/i.test(tok.text) || (k > from && /^(?:and|or|&)$/i.test(tok.text)))) continue;
    if (tok.pos === 'PRON' && governed && tokens[k - 1]?.pos === 'ADP') continue;
    return from;
  }
  if (k > sentence.last || k === from || lower(tokens[k]!) !== 'that') return from;
  // ("said in a statement that was released Monday": a "that" followed by its verb opens a relative clause.)
  const next = tokens[k + 1];
  if (governed && next && (next.pos === 'VERB' || next.pos === 'AUX')) return from;
  return hearer || time || governed ? k + 1 : from;
}

/** Subject pronouns that open a content clause after a hearer ("told reporters he would resign"). */
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'there']);

/** Does a determiner or a possessive at `t` open a second noun phrase after a noun or an object pronoun of the one from `first`? */
function opensSecondPhrase(tokens: Token[], first: number, t: number): boolean {
  if (t <= first) return false;
  const tok = tokens[t]!;
  const prev = tokens[t - 1]!;
  return (tok.pos === 'DET' || POSSESSIVE_PRONOUNS.has(lower(tok))) && (prev.pos === 'NOUN' || prev.pos === 'PROPN' || /^(?:him|them|me|us|you)$/i.test(prev.text));
}

/** Is there a finite verb within a few words from `t`, before any punctuation (the clause a subject there opens)? */
function finiteAhead(tokens: Token[], sentence: Sentence, t: number): boolean {
  for (let k = t + 1; k <= sentence.last && k - t <= 8; k++) {
    const tok = tokens[k]!;
    if (tok.pos === 'PUNCT') return false;
    if (tok.pos === 'AUX' || (tok.pos === 'VERB' && !/ing$/i.test(tok.text) && lower(tokens[k - 1]!) !== 'to')) return true;
  }
  return false;
}

const CALENDAR_WORD = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;

interface Reported {
  v: number;
  who: FoundSpeaker;
  span: { start: number; end: number };
  /** Where the verb's clause starts (its subject, or the participle), and the offset to cut an earlier content at. */
  clause: { start: number; cut: number; adjunct?: boolean } | null;
  /** Words inside the content that are no part of it (the cue's own clause). */
  aside?: { start: number; end: number };
}

export interface ClaimOptions {
  /** The article's byline, whose people are never the referent of a pronoun in it. */
  byline?: string | null;
}

/** Lines that name the writers of the piece: "By Jane Doe", "Reporting by ...", "Jane Doe is a reporter for ...", "... contributed to this report". */
const BYLINE_LINE = /^(?:by|written by|(?:additional )?reporting by|report by|edited by)\s|\bcontributed (?:to )?(?:this )?report|\bis an? (?:senior |staff |political |chief |freelance )?(?:reporter|writer|correspondent|editor|contributor|columnist)\b/i;

/** The people who wrote the piece: named in the byline or only in byline lines of the text. */
function findAuthors(analysis: Analysis, drafts: ActorDraft[], byline: string | null | undefined): Set<ActorDraft> {
  const { text, sentences } = analysis;
  const words = new Set((byline ?? '').toLowerCase().split(/[^\p{L}'’-]+/u).filter((w) => w.length > 2));
  const bylineSentence = (i: number): boolean => BYLINE_LINE.test(text.slice(sentences[i]!.start, sentences[i]!.end));
  const authors = new Set<ActorDraft>();
  for (const d of drafts) {
    if (d.type !== 'person') continue;
    const surname = d.name.toLowerCase().split(/\s+/).at(-1) ?? '';
    if (words.has(surname) || (d.mentions.length > 0 && d.mentions.every((m) => bylineSentence(m.sentence)))) authors.add(d);
  }
  return authors;
}

export function extractClaimDrafts(analysis: Analysis, drafts: ActorDraft[], options: ClaimOptions = {}): ClaimDraft[] {
  const { tokens, text } = analysis;
  const mentionOwner = new Map<number, ActorDraft>();
  const mentionsBySentence = new Map<number, NameMention[]>();
  for (const d of drafts)
    for (const m of d.mentions) {
      mentionOwner.set(m.start, d);
      const list = mentionsBySentence.get(m.sentence) ?? [];
      list.push(m);
      mentionsBySentence.set(m.sentence, list);
    }
  const quotes = findQuotes(text);
  const quoteStarts = new Set(quotes.map((q) => q.outerStart));
  /** The first quote that opens at or after `offset` (quotes are sorted and do not overlap). */
  const quoteFrom = (offset: number): QuoteSpan | undefined => {
    let lo = 0;
    let hi = quotes.length - 1;
    let best: QuoteSpan | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (quotes[mid]!.outerStart >= offset) {
        best = quotes[mid];
        hi = mid - 1;
      } else lo = mid + 1;
    }
    return best;
  };
  const ctx: SpeakerContext = {
    analysis,
    drafts,
    mentionOwner,
    mentionsBySentence,
    quoted: quotes.map((q) => ({ start: q.start, end: q.end })),
    lastSpeaker: null,
    lastSpeakerSentence: -10,
    authors: findAuthors(analysis, drafts, options.byline),
  };

  // Speech verbs outside quotes, per sentence.
  const verbsOf = (s: Sentence): number[] => {
    const out: number[] = [];
    for (let t = s.first; t <= s.last; t++) {
      if (isQuoted(ctx, tokens[t]!.start)) continue;
      if (isRuleOut(tokens, t)) {
        if (!ofWithoutStatement(tokens, t, 'rule')) out.push(t);
      } else if (isSpeechVerb(tokens, t) || stanceThat(tokens, t) >= 0 || isPutIt(tokens, t) || frameCue(tokens, t) >= 0) out.push(t);
    }
    return out;
  };
  const verbCache = new Map<number, number[]>();
  const verbs = (s: Sentence): number[] => {
    let v = verbCache.get(s.i);
    if (!v) verbCache.set(s.i, (v = verbsOf(s)));
    return v;
  };

  /** A verb that can attribute a direct quote: a speech verb, or a verb of manner of speaking ("chanted", "joked"). */
  const isCueAt = (t: number): boolean => {
    const tok = tokens[t]!;
    if (isQuoted(ctx, tok.start)) return false;
    return isSpeechVerb(tokens, t) || (tok.pos === 'VERB' && QUOTE_LEMMAS.has(tok.lemma.toLowerCase()));
  };

  /**
   * The cue of an attribution right after a quote: '"...," said X', '"...," X said', '"...,"
   * X, a senior fellow at Y, told Z'. Only the subject (with its apposition) may stand between.
   */
  const cueAfterQuote = (closing: Sentence, q: QuoteSpan): number | undefined => {
    let words = 0;
    for (let t = Math.max(closing.first, tokenFrom(tokens, q.outerEnd)); t <= closing.last; t++) {
      const tok = tokens[t]!;
      if (tok.start < q.outerEnd) continue;
      if (isQuoted(ctx, tok.start) || (tok.start !== q.outerStart && quoteStarts.has(tok.start))) return undefined;
      if (isCueAt(t)) return t;
      if (tok.text === ',' || DASH.test(tok.text) || tok.text === '(') {
        if (words === 0) continue;
        // An apposition: skip to its closing comma, dash or parenthesis.
        const closer = tok.text === '(' ? ')' : tok.text;
        let k = t + 1;
        while (k <= closing.last && k - t < 40 && tokens[k]!.text !== closer && !(DASH.test(closer) && DASH.test(tokens[k]!.text)) && !isQuoted(ctx, tokens[k]!.start)) k++;
        if (k > closing.last || k - t >= 40 || isQuoted(ctx, tokens[k]!.start)) return undefined;
        t = k;
        continue;
      }
      if ((tok.pos === 'VERB' && !VERB_PREFIX.has(lower(tok))) || /^[.!?;:]$/.test(tok.text)) return undefined;
      if (++words > 10) return undefined;
    }
    return undefined;
  };

  /** The last speech verb before the quote, with no long quote between them. */
  const cueBeforeQuote = (sentence: Sentence, q: QuoteSpan): number | undefined => {
    // 'Cruz continued: "..."', 'he joked, "..."': a verb of manner of speaking right before the quote.
    const open = tokenFrom(tokens, q.outerStart);
    let k = open - 1;
    while (k > sentence.first && /^[,:]$/.test(tokens[k]!.text)) k--;
    if (k >= sentence.first && k < open - 1 && tokens[k]!.pos === 'VERB' && QUOTE_LEMMAS.has(tokens[k]!.lemma.toLowerCase()) && !isQuoted(ctx, tokens[k]!.start)) return k;
    const vs = verbs(sentence);
    let lo = 0;
    let hi = vs.length - 1;
    let at = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[vs[mid]!]!.end <= q.outerStart) {
        at = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (at < 0) return undefined;
    const v = vs[at]!;
    // ("With Democratic leaders worried about ..., Obama is rolling out a message: '...'": a verb of a
    // fronted adverbial or absolute clause, Quirk et al. 1985, §15.58, introduces no quote after the main clause.)
    if (FRONTED_OPENERS.has(lower(tokens[sentence.first]!))) {
      let comma = v + 1;
      while (comma < open && tokens[comma]!.text !== ',') comma++;
      if (comma < open && tokens.slice(comma + 1, open).some((t) => (t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/i.test(t.text))) && !isQuoted(ctx, t.start))) return undefined;
    }
    const between = quoteFrom(tokens[v]!.end);
    return between && between.outerEnd <= q.outerStart && between.end - between.start > 40 ? undefined : v;
  };
  const verbOutside = new Map<number, boolean>();
  const hasVerbOutsideQuotes = (s: Sentence): boolean => {
    let has = verbOutside.get(s.i);
    if (has === undefined) verbOutside.set(s.i, (has = tokens.slice(s.first, s.last + 1).some((t) => (t.pos === 'VERB' || t.pos === 'AUX') && !isQuoted(ctx, t.start))));
    return has;
  };

  const claims: ClaimDraft[] = [];
  const usedVerbs = new Set<number>();
  /** The last claim's speaker and where it was: a quote with no attribution continues it. */
  let lastClaim: { paragraph: number; speaker: { actor: ActorDraft | null; description: string | null } } | null = null;
  const quotesByStart = new Map<number, QuoteSpan[]>();
  for (const q of quotes) {
    const s = sentenceAt(analysis, q.start);
    if (!s) continue;
    const list = quotesByStart.get(s.i) ?? [];
    list.push(q);
    quotesByStart.set(s.i, list);
  }

  const setLast = (found: { actor: ActorDraft | null; description: string | null }, s: Sentence, embedded = false): void => {
    lastClaim = { paragraph: s.paragraph, speaker: { actor: found.actor, description: found.description } };
    // The speaker of a relative clause ("Govs. Bush and Christie, who say ...") is not the one the
    // next sentence's pronoun continues: an entity embedded in another noun phrase is less salient
    // than the main clause's subject (Lappin & Leass 1994, "head noun emphasis").
    if (found.actor && embedded) (ctx.speakers ??= []).push({ actor: found.actor, sentence: s.i });
    else if (found.actor) {
      ctx.lastSpeaker = found.actor;
      ctx.lastSpeakerSentence = s.i;
      (ctx.speakers ??= []).push({ actor: found.actor, sentence: s.i });
    } else if (found.description && isPersonDescription(found.description)) ctx.lastDescribed = { description: found.description, sentence: s.i };
    else if (found.description && /s$/i.test(found.description.split(/\s+(?:of|for|at|in|from|with|to|on)\s+/i)[0]!.split(/\s+/).at(-1) ?? '')) ctx.lastPlural = { description: found.description, sentence: s.i };
    else if (found.description && isCollectiveDescription(found.description)) ctx.lastCollective = { description: found.description, sentence: s.i };
  };

  const labels = findLabels(analysis, ctx);
  const comments = readersCommentsStart(text);
  for (const sentence of analysis.sentences) {
    // Readers' comments under the article are no statements of its sources.
    if (sentence.start >= comments) break;
    // A transcript turn ("PENCE: Well, look, ...") is one direct claim of its speaker; a page
    // label ("WATCH:", "READ MORE:") opens a teaser, which is no claim.
    const label = labels.get(sentence.paragraph);
    if (label) {
      if (label.turn && sentence.first === label.first) {
        const paragraphEnd = lastSentenceOf(analysis, sentence).end;
        const words = trimSpan(text, tokens[label.colon + 1]!.start, paragraphEnd);
        if (wordCount(text.slice(words.start, words.end)) >= MIN_QUOTE_WORDS) {
          claims.push({ text: words, evidence: [{ start: sentence.start, end: paragraphEnd }], kind: 'direct', speaker: label.turn.actor, speakerText: label.turn.actor ? null : label.turn.description, cue: { start: tokens[label.colon]!.start, end: tokens[label.colon]!.end }, hedged: HEDGES.test(text.slice(words.start, words.end)) });
          setLast(label.turn, sentence);
        }
      }
      if (label.turn || sentence.first === label.first) continue;
    }
    // Direct quotes that start in this sentence.
    for (const q of quotesByStart.get(sentence.i) ?? []) {
      const quoted = text.slice(q.start, q.end);
      const words = wordCount(quoted);
      let closing = sentenceAt(analysis, Math.max(q.start, q.end - 1)) ?? sentence;
      // '"... who gave that order?" said Marsh': the attribution can fall into the next sentence after "?" or "!".
      const nextSentence = analysis.sentences[closing.i + 1];
      if (nextSentence && nextSentence.paragraph === closing.paragraph && nextSentence.start >= q.outerEnd && nextSentence.start - q.outerEnd <= 2 && closing.end <= q.outerEnd && /[?!.]['’"”]?$/.test(quoted) && nextSentence.last - nextSentence.first < 10) {
        // ('"... missing." Trump said.': after a full stop, only a bare attribution that closes its sentence.)
        const cue = cueAfterQuote(nextSentence, q);
        if (cue !== undefined && (!/\.['’"”]?$/.test(quoted) || nextSentence.last - cue <= 3)) closing = nextSentence;
      }
      const after = cueAfterQuote(closing, q);
      const before = cueBeforeQuote(sentence, q);
      const endsOpen = /[,?!—–-]\s*$/.test(quoted);
      // A short quote is a phrase or scare quotes, unless it is a whole utterance with its attribution ('"No," she said.').
      const utterance = (after !== undefined && /[,.?!]\s*$/.test(quoted)) || (before !== undefined && /:\s*$/.test(text.slice(sentence.start, q.outerStart)));
      if (words < MIN_QUOTE_WORDS && !utterance) continue;
      // 'said Ash had friends there and that he was "willing to do anything"': a quote that opens
      // mid-clause, well after the verb, is part of the reported speech, which the verb reports.
      const embedded = before !== undefined && /[\p{L}\p{N}]\s*$/u.test(text.slice(sentence.start, q.outerStart)) && firstTokenAt(tokens, sentence, q.outerStart) - before > 4;
      // 'and said, "somebody ought to ...," the prosecutor's office said': the verb right before the quote introduces it.
      const adjacent = before !== undefined && /^[\s,:]*$/.test(text.slice(tokens[before]!.end, q.outerStart));
      const order = embedded ? [after] : endsOpen && !adjacent ? [after, before] : [before, after];
      let found: FoundSpeaker | null = null;
      let cueAt: number | null = null;
      /** Where the evidence starts when the attribution stands in the paragraph before. */
      let frameStart = Infinity;
      ctx.quote = { start: q.start, end: q.end };
      for (const v of order) {
        if (v === undefined) continue;
        const s = v === after ? closing : sentence;
        // '"...," Sanders said, suggesting ...': a participle goes on with the main clause's speaker.
        const dependent = dependentCue(tokens, s, v);
        found = dependent === 'comma' ? (participleSpeaker(ctx, s, v) ?? findSpeaker(ctx, s, v)) : (findSpeaker(ctx, s, v) ?? participleSpeaker(ctx, s, v));
        if (found) {
          usedVerbs.add(v);
          cueAt = v;
          break;
        }
      }
      ctx.quote = null;
      // 'Smith: "..."', 'The statement read: "..."' without a verb, and the vox-pop signature '"..." ― Name'.
      if (!found) {
        const inParagraph = colonFrame(ctx, sentence, q) ?? signature(ctx, closing, q);
        const paragraph = inParagraph ? null : colonParagraphFrame(ctx, sentence, q);
        const framed = inParagraph ?? paragraph;
        if (framed) {
          found = framed.who;
          cueAt = framed.cue;
        }
        if (paragraph) frameStart = paragraph.sentence.start;
      }
      let who: { actor: ActorDraft | null; description: string | null } | null = found;
      // A quote that stands alone, with no attribution, continues the last quoted speaker's words (same or next paragraph).
      const continues = lastClaim as { paragraph: number; speaker: { actor: ActorDraft | null; description: string | null } } | null;
      const standsAlone = words >= MIN_QUOTE_WORDS && !hasVerbOutsideQuotes(sentence) && !hasVerbOutsideQuotes(closing);
      // ('Clinton touted her record. "We need ..."': a quote right after a sentence of the same
      // paragraph whose subject is a person is that person's, not the last speaker's.)
      // (Not when that sentence reports someone's words: '..., Axelrod said. "..."' goes on with Axelrod.)
      const previous = analysis.sentences[sentence.i - 1];
      const reports = !previous || verbs(previous).length > 0 || (quotesByStart.get(previous.i)?.length ?? 0) > 0;
      const topic = !who && before === undefined && after === undefined && standsAlone && !reports ? subjectBefore(ctx, sentence) : null;
      if (topic) who = { actor: topic, description: null };
      if (!who && before === undefined && after === undefined && standsAlone && continues && sentence.paragraph - continues.paragraph <= 1) who = continues.speaker;
      if (!who) continue;
      const from = Math.min(sentence.start, q.outerStart, frameStart);
      const to = Math.max(closing.end, q.outerEnd);
      claims.push({
        text: trimSpan(text, q.start, q.end),
        evidence: [{ start: from, end: to }],
        kind: 'direct',
        speaker: who.actor,
        speakerText: who.actor ? null : who.description,
        cue: cueAt === null ? null : cueSpan(tokens, cueAt),
        hedged: HEDGES.test(quoted),
      });
      setLast(who, closing);
    }

    // Reported speech: every speech verb not used by a quote that has a speaker. A closing
    // attribution ("..., Morrow testified.") governs the whole sentence, so it goes first; a verb
    // inside another's content is nested in it and left to the outer one, unless it opens a
    // coordinated clause (", while Y said ...", ", adding ..."), which ends the first content.
    const found: Reported[] = [];
    for (const v of attributionFirst(tokens, sentence, verbs(sentence))) {
      if (usedVerbs.has(v)) continue;
      // The verb introduces a quote that was taken as direct speech: nothing more to report.
      const verbEnd = tokens[v]!.end;
      const next = quoteFrom(verbEnd);
      if (next && next.outerStart - verbEnd <= 3 && /^[\s,:]*$/.test(text.slice(verbEnd, next.outerStart)) && wordCount(text.slice(next.start, next.end)) >= MIN_QUOTE_WORDS) continue;
      if (isIntention(tokens, v)) continue;
      // ("... and said Mr Blair was very worried voters would ...": a frame after a verb of saying in
      // its sentence is most often part of what that verb reports, even where its speaker is not found.)
      if (frameCue(tokens, v) >= 0 && verbs(sentence).some((u) => u < v && frameCue(tokens, u) < 0 && !tokens.slice(u, v).some((x) => x.text === ';'))) continue;
      const participle = dependentCue(tokens, sentence, v);
      if (participle === 'none') continue;
      const controller = participle === 'loose' ? controllerOf(ctx, sentence, v) : null;
      const resolved = participle ? (participle === 'loose' ? (controller ?? participleSpeaker(ctx, sentence, v)) : (participleSpeaker(ctx, sentence, v) ?? findSpeaker(ctx, sentence, v))) : (openingParticipleSpeaker(ctx, sentence, v) ?? findSpeaker(ctx, sentence, v));
      const described = resolved || participle ? null : describedSubject(tokens, sentence, v);
      const who = resolved ?? described;
      if (!who) continue;
      // (A subject read only as a description reports a clause: "Bankers across the region say that ...", not "say a prayer".)
      // (A frame of its own needs no clause: "Local councillors have spoken out against the plan".)
      if (described && lower(tokens[v + 1] ?? tokens[v]!) !== 'that' && frameCue(tokens, v) < 0 && !startsClause(tokens, reportedSpan(analysis, sentence, v, 'before'))) continue;
      // "the metrics it once told people had immense value": in a relative clause whose gap is the
      // content's subject, the content is the antecedent with the rest of the clause ("the metrics
      // had immense value"); with no antecedent ("what she said was true") nothing is reported.
      // (A stance adjective has no hearer: "is convinced a rental model will work" is not "convinced a model".)
      const gap = participle || frameCue(tokens, v) >= 0 ? -1 : subjectGap(tokens, sentence, v);
      if (gap >= 0) {
        const relative = relativeContent(analysis, sentence, v, gap);
        if (relative && !isHeadlineLike(analysis, sentence)) found.push({ v, who, span: relative.span, clause: null, aside: relative.aside });
        continue;
      }
      // A passive attribution reports only a clause after its agent ("were told by police that ...").
      if (!participle && isPassiveWithAgent(tokens, v) && pastObjectToThat(tokens, sentence, v, v + 1) === v + 1) continue;
      let span = participle ? contentAfter(analysis, sentence, v) : reportedSpan(analysis, sentence, v, who.side);
      // "Mubanga, who insists he is not bitter, said: ...": a relative clause ends at its comma.
      const relativeEnd = relativeClauseEnd(tokens, sentence, v);
      if (relativeEnd !== null && relativeEnd > span.start && relativeEnd < span.end) span = trimSpan(text, span.start, relativeEnd);
      // (So does a supplementive clause: "Mr. Biden, recalling weekly breakfasts, described himself ...".)
      const supplement = participle && supplementedSubject(ctx, sentence, v) ? supplementEnd(tokens, sentence, v) : null;
      if (supplement !== null && tokens[supplement]!.start > span.start && tokens[supplement]!.start < span.end) span = trimSpan(text, span.start, tokens[supplement]!.start);
      // A participle with no comma must report a proposition ("attacked the law saying it was unfair"),
      // not modify a noun ("witnesses testifying over three days").
      if (participle === 'loose' && !hasFiniteClause(tokens, span)) continue;
      // (Nor does an infinitive with its own subject report anything but a clause: "allowed him to maintain a tough stance".)
      if (controller && !opensWithClause(tokens, v)) continue;
      // "found that ...", "the data show unemployment rose": these verbs report only a proposition.
      // (A poll or a study finds its object: "The April survey found Clinton leading Sanders by seven points".)
      // ("ruled out raising the pension age" is read as "rule out", which takes a noun phrase.)
      const needsClause = (CLAUSE_LEMMAS.has(lemmaOf(tokens[v]!)) && !isRuleOut(tokens, v) && !(lemmaOf(tokens[v]!) === 'find' && documentSubject(tokens, sentence, v))) || (PERSON_CLAUSE_LEMMAS.has(lemmaOf(tokens[v]!)) && who.actor?.type === 'person');
      // (A verb that names a topic with a preposition, "bragged about", "remarked on", reports a clause only after "that".)
      const challenged = questionsMessage(tokens, v);
      if (needsClause && !challenged && lower(tokens[v + 1] ?? tokens[v]!) !== 'that' && !startsClause(tokens, span, TOPIC_LEMMAS.has(lemmaOf(tokens[v]!)))) continue;
      // "Making the rounds on the Sunday morning shows, Carson said": a verb of finding or showing
      // with a comma right after it reports nothing (unless an adverb is set off: "shows, however, that").
      const proposition = CLAUSE_LEMMAS.has(lemmaOf(tokens[v]!)) || PERSON_CLAUSE_LEMMAS.has(lemmaOf(tokens[v]!));
      if (proposition && tokens[v + 1]?.text === ',' && tokens[v + 2]?.pos !== 'ADV' && lower(tokens[v + 2] ?? tokens[v]!) !== 'that') continue;
      // A line with no closing punctuation that is its own paragraph is a headline or a teaser, not the article's report.
      if (isHeadlineLike(analysis, sentence)) continue;
      // "If the company says profits will fall, shares could drop": a statement supposed, not made.
      if (inFrontedCondition(tokens, sentence, v)) continue;
      found.push({ v, who, span, clause: clauseStart(tokens, sentence, v, participle !== null) });
    }
    const kept: Reported[] = [];
    for (const r of found) {
      const at = tokens[r.v]!.start;
      const outer = kept.find((k) => k.span.start <= at && at < k.span.end);
      // "declined to comment but said talks were continuing": a verb of saying coordinated right
      // after another's cue ("but said", "and also added") is a second predicate of the subject,
      // not the first verb's content; it takes the place of the first, which reports nothing more.
      // (A frame inside another's content is part of it and cuts nothing: "said he and the others would plead not guilty".)
      if (outer && frameCue(tokens, r.v) >= 0) continue;
      if (outer && outer.v < r.v && frameCue(tokens, outer.v) >= 0) {
        // "played down the defeat and insisted he was fit": the object of a frame is a noun phrase,
        // so a verb of saying after "and" is a second predicate of the subject, which ends it.
        let c = r.v - 1;
        while (c > outer.v && tokens[c]!.pos === 'ADV') c--;
        if (tokens[c]!.pos === 'CCONJ' && tokens[c]!.start > outer.span.start && tokens[c]!.start < outer.span.end) {
          outer.span = trimSpan(text, outer.span.start, tokens[c]!.start);
          kept.push(r);
          continue;
        }
        // ("was surprised that the coach said he was certain": what another named source said stays
        // that source's claim inside a stance towards it.)
        // (A finite verb with a subject of its own, not an infinitive or a participle: "how long it would take to find ...".)
        if (r.who.actor && r.who.actor !== outer.who.actor && lower(tokens[r.v - 1]!) !== 'to' && !/ing$/i.test(tokens[r.v]!.text)) {
          kept.push(r);
          continue;
        }
      }
      if (outer && outer.v < r.v) {
        const opens = firstTokenAt(tokens, sentence, outer.span.start);
        if (tokens[opens]!.pos === 'CCONJ' && tokens.slice(opens + 1, r.v).every((x) => x.pos === 'ADV')) {
          kept.splice(kept.indexOf(outer), 1, r);
          continue;
        }
      }
      // ("criticised the tabloids after they reported": "they" agrees with the plural object just
      // before the clause, not with the singular subject of the outer verb. Another pronoun may take
      // up either, "ruled out raising the age, because it says": such a clause stays in the outer content.)
      const adjunct = outer ? adjunctClauseOf(tokens, sentence, outer, r.v) : null;
      const objectLast = adjunct === null ? -1 : tokenFrom(tokens, tokens[adjunct]!.start) - 1;
      const pronoun = adjunct !== null && tokens[adjunct + 1]!.pos === 'PRON';
      const object = pronoun && lower(tokens[adjunct! + 1]!) === 'they' && adjunct! + 2 === r.v && tokens[objectLast]?.pos === 'NOUN' && /\p{Ll}s$/u.test(tokens[objectLast]!.text) ? speakerSpanning(ctx, sentence, firstTokenAt(tokens, sentence, outer!.span.start), objectLast) : null;
      if (outer && adjunct !== null && (!pronoun || object)) {
        outer.span = trimSpan(text, outer.span.start, tokens[adjunct]!.start);
        if (object) r.who = object;
      } else if (outer) {
        // A coordinated attribution ends the content it falls in; a nested one is left to the outer.
        // (A closing attribution's content, before its cue, is never cut.)
        if (r.clause === null || r.clause.cut <= outer.span.start || tokens[outer.v]!.start > outer.span.start) continue;
        // (Nor an adjunct whose own content starts before it, read as closing the sentence: "..., with X showing her ahead".)
        if (r.clause.adjunct && r.span.start < r.clause.start) continue;
        // Only a whole clause can end before it: "told the court that in the aftermath of the
        // broadcast, a lawyer had told her ..." nests the second in the first (a "that" with no
        // verb yet); so does a relative clause ("a call from an associate, Marc Schaffel, who said ...").
        const before = text.slice(Math.min(tokens[outer.v]!.end, outer.span.start), r.clause.cut);
        if ((/\bthat\b/i.test(before) && !hasFiniteClause(tokens, { start: outer.span.start, end: r.clause.cut })) || RELATIVE_SUBJECT.test(text.slice(r.clause.start, r.clause.start + 6))) continue;
        outer.span = trimSpan(text, outer.span.start, r.clause.cut);
      }
      if (kept.some((k) => k.span.start <= tokens[r.v]!.start && tokens[r.v]!.start < k.span.end)) continue;
      // The content of this verb must not swallow the cue of one already kept (a closing attribution).
      if (kept.some((k) => r.span.start <= tokens[k.v]!.start && tokens[k.v]!.start < r.span.end)) continue;
      kept.push(r);
    }
    // Two speakers in one sentence: each claim keeps its own clause as evidence.
    const speakersHere = new Set(kept.filter((r) => r.span.end - r.span.start >= 12).map((r) => r.who.actor ?? r.who.description));
    const several = speakersHere.size > 1;
    for (const r of kept.sort((a, b) => a.v - b.v)) {
      // (A plea is short and whole: "pleads not guilty".)
      if (r.span.end - r.span.start < (frameCue(tokens, r.v) >= 0 ? 6 : 12)) continue;
      const { v, who, span } = r;
      // (Its speaker still goes on into the quotations that follow: '"…," she said in the letter. "…"'.)
      if (isBarePhrase(tokens, sentence, span, tokens[v]!.lemma.toLowerCase())) {
        setLast(who, sentence, RELATIVE_SUBJECT.test(tokens[subjectEnd(tokens, sentence, v)]?.text ?? ''));
        continue;
      }
      const aside = r.aside ?? parentheticalAside(tokens, sentence, v, span);
      const content = text.slice(span.start, span.end);
      const lemma = tokens[v]!.lemma.toLowerCase();
      const cue = cueSpan(tokens, v);
      const from = several ? Math.min(span.start, r.clause?.start ?? cue.start, cue.start) : sentence.start;
      // ("Reminded that X called him a cheat, Y added: ...": a cue inside a fronted clause is held by that clause alone.)
      const fronted = frontedClauseEnd(tokens, sentence, v);
      const to = several ? Math.max(span.end, cue.end) : fronted !== null && fronted >= span.end ? fronted : sentence.end;
      claims.push({
        text: span,
        evidence: [trimSpan(text, from, to)],
        kind: 'reported',
        speaker: who.actor,
        speakerText: who.actor ? null : who.description,
        cue,
        hedged: HEDGES.test(content) || HEDGING_VERBS.has(lemma) || tokens[v]!.text.toLowerCase() === 'out',
        ...(aside ? { aside } : {}),
      });
      usedVerbs.add(v);
      // (A quotation later in the sentence has the last word: 'Lee has voiced doubts "..." he said. "..."' goes on with "he".)
      if (claims.some((c) => c.kind === 'direct' && c.text.start > cue.end && c.text.start < sentence.end)) continue;
      setLast(who, sentence, RELATIVE_SUBJECT.test(tokens[subjectEnd(tokens, sentence, v)]?.text ?? ''));
    }

    // "..., according to federal statistics": a source named anywhere in the sentence.
    const according = accordingTo(analysis, ctx, sentence);
    if (according && !claims.some((c) => c.kind === 'reported' && c.evidence[0]!.start === sentence.start && c.speaker === according.speaker && c.speakerText === according.speakerText)) claims.push(according);
    // "It is understood that ...", "X is said to be ...": reported, with no one named, unless a claim already holds it.
    const unnamed = according ? null : unnamedAttribution(analysis, ctx, sentence);
    if (unnamed && !claims.some((c) => c.evidence.some((e) => e.start <= unnamed.text.start && unnamed.text.end <= e.end))) claims.push(unnamed);
  }
  // A quote inside reported speech ('he was "willing to do anything"') is already in that claim.
  const reported = claims.filter((c) => c.kind === 'reported');
  // (One that its own cue introduces, '... and said, "...," the office said', stays.)
  const kept = claims.filter((c) => c.kind !== 'direct' || !reported.some((r) => r.text.start <= c.text.start && c.text.end <= r.text.end && !(c.cue && r.cue && c.cue.start !== r.cue.start && introduces(text, c.cue, c.text))));
  narrowShared(text, kept);
  return kept.sort((a, b) => a.text.start - b.text.start);
}

/** A heading that opens readers' comments under an article ("Have your say", "Your comments", "Readers' views"). */
const COMMENTS_HEADING = /^[ \t]*(?:have your say|your (?:comments|views|say|reaction)|readers[’']? (?:comments|views|reaction)|reader comments|comments)[ \t]*:?[ \t]*$/gim;
/** A reader's signature line: a name (or a given name) and a town, perhaps a country ("Jane Smith, Leeds, UK"). */
const SIGNATURE_LINE = /^[ \t]*\p{Lu}[\p{L}.’'-]*(?: \p{Lu}[\p{L}.’'-]*){0,3}, \p{Lu}[\p{L}.’'-]*(?:[ ,]+\p{Lu}[\p{L}.’'-]*){0,4}[ \t]*$/mu;

/**
 * Where readers' comments start: a heading of its own line that names them, with a reader's signature line (a name
 * and a town) after it; the text's end when there is none. What readers write under a story is not the story's claims.
 */
function readersCommentsStart(text: string): number {
  for (const m of text.matchAll(COMMENTS_HEADING)) {
    const after = text.slice(m.index + m[0].length);
    if (SIGNATURE_LINE.test(after)) return m.index;
  }
  return Infinity;
}

/**
 * Does the clause after the cue at `v` lack its subject ("the promises he told voters would be
 * kept", "what she said was true")? Then the cue is inside a relative clause (or a free relative)
 * whose gap is that subject, and nothing is reported. A verb of telling may have its hearer first.
 */
function subjectGap(tokens: Token[], sentence: Sentence, v: number): number {
  let t = v + 1;
  if (HEARER_LEMMAS.has(lemmaOf(tokens[v]!))) {
    const first = t;
    // (A determiner or a possessive after the hearer's noun opens the next noun phrase, the content's
    // subject: "told the Observer his plan was dead".)
    while (t <= sentence.last && t - first < 5 && !opensSecondPhrase(tokens, first, t) && (/^(?:him|her|them|me|us|you)$/i.test(tokens[t]!.text) || tokens[t]!.pos === 'PROPN' || tokens[t]!.pos === 'NOUN' || tokens[t]!.pos === 'DET' || tokens[t]!.pos === 'ADJ' || POSSESSIVE_PRONOUNS.has(lower(tokens[t]!)))) t++;
    if (t === first) return -1;
  }
  const verbAt = t;
  while (t <= sentence.last && tokens[t]!.pos === 'ADV') t++;
  const tok = tokens[t];
  if (!tok || t > sentence.last) return -1;
  // (A plural noun taken for a verb, "said cuts would follow", has its verb next.)
  const next = tokens[t + 1];
  // (Nor is a participle before a noun: "proposed jointly owned drones".)
  const premodifier = /(?:ed|en)$/i.test(tok.text) && /^(?:NOUN|ADJ|PROPN)$/.test(next?.pos ?? '');
  const finite = tok.pos === 'AUX' || (tok.pos === 'VERB' && !/ing$/i.test(tok.text) && lower(tok) !== lemmaOf(tok) && next?.pos !== 'AUX' && next?.pos !== 'VERB' && !premodifier);
  return finite ? verbAt : -1;
}

/**
 * The content of a cue inside a relative clause whose gap is the content's subject: from the
 * antecedent to the end of the sentence, less the words from the relative clause's start to the
 * gap ("the test, which state media claimed now allows ..." → "the test now allows ..."). Null
 * when no noun phrase stands before the clause.
 */
function relativeContent(analysis: Analysis, sentence: Sentence, v: number, gap: number): { span: { start: number; end: number }; aside: { start: number; end: number } } | null {
  const { tokens, text } = analysis;
  const subject = subjectEnd(tokens, sentence, v);
  if (subject < sentence.first) return null;
  const np = tokens[subject]!.pos === 'PRON' ? { first: subject, last: subject } : phraseEndingAt(tokens, sentence, subject);
  if (!np) return null;
  let k = np.first - 1;
  if (k >= sentence.first && /^(?:which|that|who|whom)$/i.test(tokens[k]!.text)) k--;
  if (k >= sentence.first && tokens[k]!.text === ',') k--;
  if (k < sentence.first || (tokens[k]!.pos !== 'NOUN' && tokens[k]!.pos !== 'PROPN')) return null;
  const antecedent = phraseEndingAt(tokens, sentence, k);
  if (!antecedent) return null;
  let end = tokens[sentence.last]!.end;
  if (/^[.!?]$/.test(tokens[sentence.last]!.text)) end = tokens[sentence.last]!.start;
  const span = trimSpan(text, tokens[antecedent.first]!.start, end);
  return { span, aside: { start: tokens[k]!.end, end: tokens[gap]!.start } };
}

/** Is the subject of the verb at `v` headed by a poll, survey, study or other record ("A survey by the group in March found")? */
function documentSubject(tokens: Token[], sentence: Sentence, v: number): boolean {
  for (let k = subjectEnd(tokens, sentence, v); k >= sentence.first && v - k <= 10; k--) {
    const tok = tokens[k]!;
    if (tok.text === ',' || (tok.pos === 'VERB' && !/(?:ed|en)$/.test(tok.text)) || tok.pos === 'AUX') return false;
    if (DOCUMENT_FINDERS.has(lower(tok))) return true;
  }
  return false;
}

/** Records that find things (WordNet noun.communication): their "found" needs no clause. */
const DOCUMENT_FINDERS = new Set(['poll', 'polls', 'polling', 'survey', 'surveys', 'study', 'studies', 'report', 'analysis', 'review', 'audit', 'investigation', 'inquiry', 'research', 'census']);

/** Does the cue stand right before the quote ('said, "') or right after it ('," he said')? */
function introduces(text: string, cue: { start: number; end: number }, quote: { start: number; end: number }): boolean {
  if (cue.end <= quote.start) return /^[\s,:"“'‘`]*$/.test(text.slice(cue.end, quote.start));
  return cue.start >= quote.end && /^[\s,.?!"”'’]*(?:[\p{L}.'’-]+\s+){0,4}$/u.test(text.slice(quote.end, cue.start));
}

/**
 * A quote that shares its sentence with another speaker's claim ('he said, "...," the office said')
 * keeps only the quote and its own cue as evidence, so each speaker's words are told apart.
 */
function narrowShared(text: string, claims: ClaimDraft[]): void {
  const bySpan = new Map<string, ClaimDraft[]>();
  for (const c of claims) {
    const key = `${c.evidence[0]!.start}:${c.evidence[0]!.end}`;
    bySpan.set(key, [...(bySpan.get(key) ?? []), c]);
  }
  for (const group of bySpan.values()) {
    if (new Set(group.map((c) => c.speaker ?? c.speakerText)).size < 2) continue;
    for (const c of group) {
      if (c.kind !== 'direct' || !c.cue) continue;
      const from = Math.min(c.text.start, c.cue.start);
      const to = Math.max(c.text.end, c.cue.end);
      c.evidence = [trimSpan(text, from, to)];
    }
  }
}

/** The speech verb at `v` with its particle and its negation ("called for", "does not rule out", "never denied"). */
function cueSpan(tokens: Token[], v: number): { start: number; end: number } {
  const next = tokens[v + 1];
  const particle = !!next && (NEEDS_PARTICLE.get(tokens[v]!.lemma.toLowerCase())?.has(next.text.toLowerCase()) || isRuleOut(tokens, v) || isPutIt(tokens, v));
  let first = v;
  if (/^(?:not|n't|n’t|never)$/i.test(tokens[v - 1]?.text ?? '')) {
    first = v - 1;
    if (tokens[v - 2]?.pos === 'AUX' && tokens[v - 2]!.end <= tokens[v - 1]!.start) first = v - 2;
  }
  const stance = stanceThat(tokens, v);
  const frame = stance >= 0 ? -1 : frameCue(tokens, v);
  // ("played down", "spoke out against": the particle and the preposition of a phrasal frame belong to the cue.)
  return { start: tokens[first]!.start, end: (stance >= 0 ? tokens[stance - 1] : frame > v + 1 ? tokens[frame - 1] : particle ? next : tokens[v])!.end };
}

/**
 * "expressed concern that the deal would fail", "made the case that rates should rise": a support
 * verb whose object is a stance or communication noun with a that-clause of its own (a subject and
 * its verb; not a relative clause, "made a claim that was false"). The "that", or -1.
 */
function stanceThat(tokens: Token[], t: number): number {
  const tok = tokens[t]!;
  const nouns = tok.pos === 'VERB' ? SUPPORT_VERBS.get(lemmaOf(tok)) : undefined;
  if (!nouns) return -1;
  let k = t + 1;
  while (k < tokens.length && k - t <= 4 && tokens[k]!.sentence === tok.sentence && (/^(?:DET|ADJ|ADV)$/.test(tokens[k]!.pos) || POSSESSIVE_PRONOUNS.has(lower(tokens[k]!)))) k++;
  const noun = tokens[k];
  if (!noun || noun.pos !== 'NOUN' || !nouns.has(lemmaOf(noun))) return -1;
  // ("expressed concern about the injury list", "voiced doubts over the plan": a stance noun with its topic.)
  const topic = tokens[k + 1];
  if (STANCE_NOUN_SET.has(lemmaOf(noun)) && topic && /^(?:about|over|at)$/i.test(topic.text) && tokens[k + 2]?.sentence === tok.sentence && tokens[k + 2]!.pos !== 'PUNCT') return k + 1;
  if (lower(tokens[k + 1] ?? noun) !== 'that') return -1;
  // (The clause's subject may be long or carry a phrase, "that the rise of the currency was
  // harming exports", or follow an adverbial set off by commas, "that, for the tenth year, the court had".)
  const first = tokens[k + 2];
  if (!first || first.sentence !== tok.sentence || first.pos === 'VERB' || first.pos === 'AUX') return -1;
  let last = k + 2;
  while (last - k < 16 && tokens[last + 1]?.sentence === tok.sentence) last++;
  return hasFiniteClause(tokens, { start: first.start, end: tokens[last]!.end }) ? k + 1 : -1;
}

/** "the prime minister's official spokesman", "a Northwind spokesperson": one unnamed person, who can be "he" or "she" next. */
/** "the US military", "the agency": an unnamed organisation or group, which goes on as "it". */
function isCollectiveDescription(description: string): boolean {
  const head = description.toLowerCase().split(/\s+(?:of|for|at|in|from|with|to|on)\s+/)[0]!.split(/\s+/).at(-1) ?? '';
  return ORG_NOUNS.has(head) || GROUP_NOUNS.has(head);
}

function isPersonDescription(description: string): boolean {
  const head = description.toLowerCase().split(/\s+/).at(-1) ?? '';
  return (PERSON_NOUNS.has(head) || PERSON_KINDS.has(head)) && !head.endsWith('s');
}

const wordCount = (s: string): number => s.trim().split(/\s+/).length;

/** Verbs of asking for and arguing for something: Levin 1993, 'order' (37.4) and 'request' verbs, and "argue for/against". */
const REQUEST_LEMMAS = new Set(['ask', 'call', 'appeal', 'plead', 'press', 'push', 'petition', 'lobby', 'campaign', 'argue', 'urge', 'demand', 'beg']);

/**
 * "the brightest tennis hopes in the country": content that opens with a preposition (not the
 * "of"/"about" of a topic) and holds no verb and no quotation is an adjunct, not a statement.
 */
function isBarePhrase(tokens: Token[], s: Sentence, span: { start: number; end: number }, lemma: string): boolean {
  const first = firstTokenAt(tokens, s, span.start);
  if (tokens[first]!.pos !== 'ADP' || /^(?:of|about|that)$/i.test(tokens[first]!.text)) return false;
  // ("asked for more investment", "argued against the merger": what a request or a case is for.)
  if (/^(?:for|against)$/i.test(tokens[first]!.text) && REQUEST_LEMMAS.has(lemma)) return false;
  for (let t = first; t <= s.last && tokens[t]!.start < span.end; t++) {
    // (An infinitive is no clause of its own: "in the years to come".)
    if (((tokens[t]!.pos === 'VERB' || tokens[t]!.pos === 'AUX') && lower(tokens[t - 1]!) !== 'to') || /^(?:“|"|'')$/.test(tokens[t]!.text)) return false;
  }
  return true;
}

function firstTokenAt(tokens: Token[], s: Sentence, offset: number): number {
  for (let t = s.first; t <= s.last; t++) if (tokens[t]!.start >= offset) return t;
  return s.last;
}

/**
 * The comma before the subject of a closing attribution ("..., Smith said", "..., the company's
 * spokeswoman, Ana Silva, said"): the subject is a short name or description, with perhaps a name
 * in apposition, and no verb. -1 when there is none.
 */
function subjectComma(tokens: Token[], sentence: Sentence, v: number): number {
  const segmentStart = (to: number): number => {
    let k = to;
    while (k >= sentence.first && to - k < 14 && tokens[k]!.text !== ',' && tokens[k]!.pos !== 'VERB' && tokens[k]!.pos !== 'AUX') k--;
    if (k < sentence.first || tokens[k]!.text !== ',' || k >= to) return -1;
    // (A long subject, "the U.S. Attorney's Office for the Western District of New York said", closes
    // a clause before its comma, not a fronted phrase: "At a conference in Cannes, several makers of chips announced".)
    if (to - k > 6 && !tokens.slice(sentence.first, k).some((x) => x.pos === 'VERB' || x.pos === 'AUX')) return -1;
    return k;
  };
  const comma = segmentStart(v - 1);
  if (comma >= 0 || tokens[v - 1]?.text !== ',') return comma;
  const apposition = segmentStart(v - 2);
  return apposition > sentence.first ? segmentStart(apposition - 1) : -1;
}

/** The speech verbs of a sentence, with a sentence-final attribution (", NAME said.") moved to the front. */
function attributionFirst(tokens: Token[], sentence: Sentence, vs: number[]): number[] {
  const v = vs[vs.length - 1];
  if (v === undefined || vs.length < 2) return vs;
  // (A time or a prepositional phrase may follow it: "..., Mary Lund said Monday.")
  if (closingTail(tokens, sentence, v) < 0) return vs;
  if (subjectComma(tokens, sentence, v) < 0) return vs;
  return [v, ...vs.slice(0, -1)];
}

interface Label {
  /** The first token of the paragraph's first sentence, and the colon after the label. */
  first: number;
  colon: number;
  /** The speaker when the label names one (a transcript turn), else null (a page label). */
  turn: FoundSpeaker | null;
}

/**
 * Paragraphs that open with an upper-case label and a colon: transcript turns ("WALLACE: ...",
 * "MATT LAUER: ...") when the label names a person of the article or recurs as a label, page
 * labels ("WATCH:", "READ MORE:") otherwise.
 */
function findLabels(analysis: Analysis, ctx: SpeakerContext): Map<number, Label> {
  const { tokens, sentences } = analysis;
  const found: { paragraph: number; first: number; colon: number; label: string; person?: boolean }[] = [];
  for (const s of sentences) {
    if (sentences[s.i - 1]?.paragraph === s.paragraph) continue;
    let t = s.first;
    if (/^["“'‘]$/.test(tokens[t]!.text)) t++;
    const start = t;
    while (t <= s.last && t - start < 4 && /^\p{Lu}[\p{Lu}.'’-]+$/u.test(tokens[t]!.text)) t++;
    if (t > start && t <= s.last && tokens[t]!.text === ':') {
      found.push({ paragraph: s.paragraph, first: s.first, colon: t, label: tokens.slice(start, t).map((x) => x.text).join(' ') });
      continue;
    }
    // "Alex Seitz-Wald: She is right ...": a person of the article named in ordinary case.
    t = start;
    while (t <= s.last && t - start < 6 && (/^\p{Lu}[\p{L}.'’]*$/u.test(tokens[t]!.text) || (tokens[t]!.text === '-' && tokens[t - 1]?.end === tokens[t]!.start))) t++;
    if (t > start && t <= s.last && tokens[t]!.text === ':') found.push({ paragraph: s.paragraph, first: s.first, colon: t, label: analysis.text.slice(tokens[start]!.start, tokens[t - 1]!.end), person: true });
  }
  const counts = new Map<string, number>();
  for (const f of found) counts.set(f.label, (counts.get(f.label) ?? 0) + 1);
  const out = new Map<number, Label>();
  for (const f of found) {
    const words = f.label.toLowerCase().split(' ');
    const actor = ctx.drafts.find((d) => d.type === 'person' && !ctx.authors?.has(d) && d.name.toLowerCase().split(/\s+/).slice(-words.length).join(' ') === words.join(' ')) ?? null;
    if (f.person && !actor) continue;
    const firstTok = tokens[f.colon - words.length]!;
    const recurs = (counts.get(f.label) ?? 0) >= 2 && firstTok.pos !== 'VERB';
    const turn: FoundSpeaker | null = actor ? { actor, description: null, side: 'before' } : recurs ? { actor: null, description: f.label, side: 'before' } : null;
    out.set(f.paragraph, { first: f.first, colon: f.colon, turn });
  }
  return out;
}

/** The last sentence of the paragraph that `s` is in. */
function lastSentenceOf(analysis: Analysis, s: Sentence): Sentence {
  let last = s;
  while (analysis.sentences[last.i + 1]?.paragraph === s.paragraph) last = analysis.sentences[last.i + 1]!;
  return last;
}

/** The first token that starts at or after `offset`, or -1. */
function tokenFrom(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start >= offset) {
      best = mid;
      hi = mid - 1;
    } else lo = mid + 1;
  }
  return best;
}

/** 'Smith: "..."', 'The ruling: "..."': a quote introduced by a colon after a bare noun phrase that opens the sentence. */
function colonFrame(ctx: SpeakerContext, sentence: Sentence, q: QuoteSpan): { who: FoundSpeaker; cue: number } | null {
  const { tokens } = ctx.analysis;
  const colon = tokenFrom(tokens, q.outerStart) - 1;
  if (colon <= sentence.first || tokens[colon]!.text !== ':' || tokens[colon]!.sentence !== sentence.i) return null;
  return colonFrameAt(ctx, sentence, colon);
}

/**
 * 'Cruz continued:\n\n"You look at the questions ..."', 'Mr Reed issued the following statement:\n\n"..."':
 * a quotation that opens its paragraph right after a paragraph that ends with a colon is framed by
 * that colon, as block quotations are (Chicago Manual of Style, 13.22: a colon introduces a block
 * quotation set off from the text).
 */
function colonParagraphFrame(ctx: SpeakerContext, sentence: Sentence, q: QuoteSpan): { who: FoundSpeaker; cue: number; sentence: Sentence } | null {
  const { tokens, sentences } = ctx.analysis;
  const prev = sentences[sentence.i - 1];
  if (!prev || tokenFrom(tokens, q.outerStart) !== sentence.first || prev.paragraph !== sentence.paragraph - 1 || tokens[prev.last]!.text !== ':' || prev.last <= prev.first) return null;
  const framed = colonFrameAt(ctx, prev, prev.last);
  return framed ? { ...framed, sentence: prev } : null;
}

/** The speaker a colon at `colon` frames a quotation with: the noun phrase before it, or the subject of the clause it closes. */
function colonFrameAt(ctx: SpeakerContext, sentence: Sentence, colon: number): { who: FoundSpeaker; cue: number } | null {
  const who = speakerSpanning(ctx, sentence, sentence.first, colon - 1);
  if (who) return { who, cue: colon };
  // 'Pollsters agree - Carl Bialik: "..."', 'More from Jones: "..."': a name after a dash or "from".
  const named = speakerAfterLead(ctx, sentence, colon - 1);
  if (named) return { who: named, cue: colon };
  // 'He then listed the qualities he wants: "..."': the subject of the clause the colon closes.
  const { tokens: ts } = ctx.analysis;
  // (Its main clause: a fronted adverbial or absolute clause, "With leaders worried about ...,", is passed over.)
  let from = sentence.first;
  if (FRONTED_OPENERS.has(lower(ts[from]!))) {
    while (from < colon && ts[from]!.text !== ',') from++;
    from = from < colon ? from + 1 : sentence.first;
  }
  for (let k = from; k < colon; k++) {
    const t = ts[k]!;
    if (isQuoted(ctx, t.start)) return null;
    if (t.pos !== 'VERB' && t.pos !== 'AUX') continue;
    const subject = findSpeaker(ctx, sentence, k);
    return subject && subject.side !== 'after' && subject.actor?.type !== 'place' ? { who: subject, cue: colon } : null;
  }
  return null;
}

/** The vox-pop signature: a quote followed by a dash and a name that closes the paragraph ('"..." ― Maria Lopez'). */
function signature(ctx: SpeakerContext, closing: Sentence, q: QuoteSpan): { who: FoundSpeaker; cue: number } | null {
  const { tokens, text, sentences } = ctx.analysis;
  const dash = tokenFrom(tokens, q.outerEnd);
  if (dash < 0 || !DASH.test(tokens[dash]!.text) || /\S/.test(text.slice(q.outerEnd, tokens[dash]!.start))) return null;
  const name = dash + 1;
  const tok = tokens[name];
  if (!tok || !/^\p{Lu}/u.test(tok.text)) return null;
  const sentence = sentences[tok.sentence] ?? closing;
  const who = speakerStartingAt(ctx, sentence, name);
  return who ? { who, cue: dash } : null;
}

/** Words that open an adverbial participle clause: "while noting", "after saying", "by insisting". */
const PARTICIPLE_LEAD = new Set(['while', 'after', 'before', 'by', 'when', 'in', 'also', 'again', 'then']);

/**
 * A cue that depends on the main clause and shares its subject: a participle after a comma
 * ("..., saying ...", "while noting ..."), an infinitive ("shifted his account to say ..."), or
 * a participle that follows the main clause's object ("attacked the law saying ...", 'loose').
 */
function dependentCue(tokens: Token[], sentence: Sentence, v: number): 'comma' | 'loose' | 'none' | null {
  if (v === sentence.first) return null;
  const word = lower(tokens[v]!);
  let k = v - 1;
  while (k > sentence.first && (PARTICIPLE_LEAD.has(lower(tokens[k]!)) || tokens[k]!.pos === 'ADV')) k--;
  const prev = tokens[k]!;
  if (word.endsWith('ing')) {
    if (prev.text === ',' || prev.text === ';' || DASH.test(prev.text)) return 'comma';
    // After a form of "be" it is a progressive ("is saying"); after a verb, its complement.
    if (PASSIVE_AUX.has(lower(prev)) || prev.pos === 'AUX' || prev.pos === 'VERB') return null;
    // "with citizens complaining of ...": the noun phrase after "with" is its own subject.
    const np = phraseEndingAt(tokens, sentence, k);
    if (np && lower(tokens[np.first - 1] ?? prev) === 'with') return null;
    return k < v - 1 || prev.pos === 'NOUN' || prev.pos === 'PROPN' || prev.pos === 'PRON' ? 'loose' : null;
  }
  if (lower(tokens[v - 1]!) === 'to' && tokens[v]!.pos === 'VERB') {
    // "are expected to deny", "was said to have": someone else's expectation, not the subject's words.
    const gov = v - 2;
    if (gov > sentence.first && tokens[gov]!.pos === 'VERB' && PASSIVE_AUX.has(lower(tokens[gov - 1]!))) return 'none';
    // "had planned to charge", "wants to say": an intention, not words said.
    if (gov >= sentence.first && INTENTION_LEMMAS.has(tokens[gov]!.lemma.toLowerCase())) return 'none';
    return 'loose';
  }
  return null;
}

/** Where a relative clause with the verb at `v` ends (", who insists ..., said"): the comma before the main verb, or null. */
function relativeClauseEnd(tokens: Token[], sentence: Sentence, v: number): number | null {
  const subject = subjectEnd(tokens, sentence, v);
  if (subject <= sentence.first || !/^(?:who|which)$/i.test(tokens[subject]!.text) || tokens[subject - 1]!.text !== ',') return null;
  for (let t = v + 1; t < sentence.last; t++) {
    if (tokens[t]!.text !== ',') continue;
    let k = t + 1;
    while (k <= sentence.last && (tokens[k]!.pos === 'ADV' || VERB_PREFIX.has(lower(tokens[k]!)))) k++;
    if (k <= sentence.last && (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX')) return tokens[t]!.start;
  }
  return null;
}

/** A sentence that is a whole paragraph and ends without punctuation: a headline, teaser or link. */
function isHeadlineLike(analysis: Analysis, sentence: Sentence): boolean {
  const { sentences, text } = analysis;
  const alone = sentences[sentence.i - 1]?.paragraph !== sentence.paragraph && sentences[sentence.i + 1]?.paragraph !== sentence.paragraph;
  return alone && !/[.!?"”'’)…:]$/.test(text.slice(sentence.start, sentence.end));
}

/** Wanting, hoping or planning to do something ("hoping to strike a deal") is an intention, not a statement. */
function isIntention(tokens: Token[], v: number): boolean {
  return INTENTION_LEMMAS.has(tokens[v]!.lemma.toLowerCase()) && lower(tokens[v + 1] ?? tokens[v]!) === 'to';
}

/**
 * Does the span open with a clause ("that ...", "most voters opposed the plan", a quote), not an
 * object ("it, as we did", "his own trademark")?
 */
function startsClause(tokens: Token[], span: { start: number; end: number }, noPreposition = false): boolean {
  const t = tokenFrom(tokens, span.start);
  if (t < 0) return false;
  if (lower(tokens[t]!) === 'that') return true;
  // A quotation reports whatever it holds; a quoted word or two inside a noun phrase ('to find "real
  // voices" on the internet') is read as the phrase it stands in.
  if ((tokens[t]!.text === '“' || tokens[t]!.text === '"') && quotesToEnd(tokens, t, span.end)) return true;
  // ("bragged about his proximity to Trump and drew alarm": a prepositional object, not a clause.)
  if (noPreposition && tokens[t]!.pos === 'ADP') return false;
  for (let k = t; k < tokens.length && k - t < 10 && tokens[k]!.start < span.end; k++) {
    const tok = tokens[k]!;
    if (/^[“”"]$/.test(tok.text)) continue;
    if (/^[,;:.!?]$/.test(tok.text)) return false;
    // ("found fame in a TV series and has since starred in …", "find and remove spyware": a verb right after
    // "and" is coordinated with the cue; "found the flag and fish and chips topped the list" joins two nouns.)
    if (tok.pos === 'CCONJ' && /^(?:VERB|AUX)$/.test(tokens[k + 1]?.pos ?? '')) return false;
    if (tok.pos === 'AUX' || (tok.pos === 'VERB' && !/ing$/i.test(tok.text) && lower(tokens[k - 1] ?? tok) !== 'to')) return k > t;
  }
  return false;
}

/** Words that may stand between a subject and its verb of saying: auxiliaries and adverbs ("has since said", "have also said"). */
const BETWEEN_SUBJECT_AND_VERB = /^(?:has|have|had|will|would|may|might|can|could|should|must|shall|do|does|did|also|since|already|now|previously|repeatedly|long|often|consistently|still|too|both|all|themselves|itself|recently|later|earlier|then|again|once)$/i;

/** Prepositions that may open a post-modifier of a subject noun ("executives across the region", "those in favour of a ban"). */
const SUBJECT_POSTMODIFIER = new Set(['of', 'for', 'in', 'at', 'from', 'across', 'around', 'throughout', 'within', 'on', 'with', 'to', 'inside', 'outside', 'among', 'behind']);

/**
 * The subject of a verb of saying that no actor or known description resolved, read as the
 * description of an unnamed source: a plain noun phrase that opens the sentence and whose head
 * names people or a body, before any post-modifying prepositional phrase ("Executives across the
 * world say they ...", "Those in favour of a ban have said that ...", "Bankers in the region have
 * since said ..."). The head is a WordNet noun.person noun (PERSON_KINDS), a noun of a group or an
 * organisation, or the demonstrative "those" with a post-modifier (Quirk et al. 1985, §6.41:
 * "those" + a post-modifier refers to people). Pronouns, names and anything with a verb are left to
 * the speaker search, which has refused them.
 */
function describedSubject(tokens: Token[], sentence: Sentence, v: number): FoundSpeaker | null {
  let last = v - 1;
  while (last >= sentence.first && BETWEEN_SUBJECT_AND_VERB.test(tokens[last]!.text)) last--;
  if (last > sentence.first && lower(tokens[last]!) === 'who') return antecedentDescription(tokens, sentence, last);
  let first = sentence.first;
  if (/^(?:but|and|yet)$/i.test(tokens[first]?.text ?? '')) first++;
  if (last < first || last - first > 10) return null;
  // The head is the last noun before the first preposition (or the phrase's last word).
  let head = -1;
  for (let k = first; k <= last; k++) {
    const tok = tokens[k]!;
    if (tok.pos === 'ADP' || SUBJECT_POSTMODIFIER.has(lower(tok))) {
      if (head < 0 || k === last || !SUBJECT_POSTMODIFIER.has(lower(tok))) return null;
      // (The post-modifier is a noun phrase of its own, with no verb or clause: "of the plan", "across the world".)
      for (let j = k + 1; j <= last; j++) if (!/^(?:DET|ADJ|NOUN|PROPN|NUM|PART|ADP)$/.test(tokens[j]!.pos) && !/^(?:and|'s|’s)$/i.test(tokens[j]!.text)) return null;
      break;
    }
    if (/^(?:NOUN|PROPN)$/.test(tok.pos) || (k === first && lower(tok) === 'those')) head = k;
    else if (!/^(?:DET|ADJ|NUM)$/.test(tok.pos) && !/^(?:'s|’s|'|’|-)$/.test(tok.text)) return null;
  }
  if (head < 0) return null;
  const word = lower(tokens[head]!);
  const lemma = tokens[head]!.lemma.toLowerCase();
  const postModified = head < last;
  const ok = word === 'those' ? postModified : PERSON_KINDS.has(lemma) || PERSON_KINDS.has(word) || PERSON_NOUNS.has(word) || GROUP_NOUNS.has(lemma) || ORG_NOUNS.has(lemma);
  if (!ok || tokens[head]!.pos === 'PROPN' && !postModified) return null;
  const from = /^(?:the|a|an)$/i.test(tokens[first]!.text) ? first + 1 : first;
  if (from > last) return null;
  return { actor: null, description: tokensText(tokens, from, last), side: 'before' };
}

/**
 * "sued by a make-up artist who claimed ...", "a woman who claimed they ...": the subject of a
 * relative clause is its antecedent (Quirk et al. 1985, §17.9), here a noun phrase ending right
 * before "who" whose head is a common noun of a person (WordNet noun.person), after the main
 * verb, where the relative clause runs to the end of the sentence. A name is left to the speaker
 * search.
 */
function antecedentDescription(tokens: Token[], sentence: Sentence, who: number): FoundSpeaker | null {
  const head = who - 1;
  const tok = tokens[head]!;
  if (tok.pos !== 'NOUN' || !(PERSON_KINDS.has(tok.lemma.toLowerCase()) || PERSON_KINDS.has(lower(tok)))) return null;
  let first = head;
  while (first - 1 >= sentence.first && head - first < 6 && (/^(?:ADJ|NOUN|NUM)$/.test(tokens[first - 1]!.pos) || /^(?:-|–)$/.test(tokens[first - 1]!.text))) first--;
  // (An article before the phrase is left out of the description; a possessive or a name before it is not a plain description.)
  const before = tokens[first - 1];
  if (before && (before.pos === 'PROPN' || before.pos === 'PART' || /^(?:'s|’s)$/.test(before.text))) return null;
  // (A phrase that opens the sentence is its subject: "The man who said X has been shut out" goes on
  // with the main verb after the relative clause, where the content would run on into it.)
  const opening = before?.pos === 'DET' ? first - 1 : first;
  if (opening <= sentence.first || (opening === sentence.first + 1 && /^(?:but|and|yet)$/i.test(tokens[sentence.first]!.text))) return null;
  return { actor: null, description: tokensText(tokens, first, head), side: 'before' };
}

/** The text of tokens `first`..`last` as written. */
function tokensText(tokens: Token[], first: number, last: number): string {
  let out = '';
  for (let k = first; k <= last; k++) out += (k > first && tokens[k]!.start > tokens[k - 1]!.end ? ' ' : '') + tokens[k]!.text;
  return out;
}

/** Does the quotation opened at `t` close only at the end of the span (a quoted statement, not a quoted phrase)? */
function quotesToEnd(tokens: Token[], t: number, end: number): boolean {
  for (let k = t + 1; k < tokens.length && tokens[k]!.start < end; k++) if (/^[”"]$/.test(tokens[k]!.text)) return tokens[k]!.end >= end - 1 || !tokens.slice(k + 1).some((x) => x.start < end && /\p{L}/u.test(x.text));
  return true;
}

/** Does a clause follow the cue at `v` at once: "that ...", or a short subject and its verb ("the deficit had fallen")? */
function opensWithClause(tokens: Token[], v: number): boolean {
  let k = v + 1;
  if (lower(tokens[k] ?? tokens[v]!) === 'that') return true;
  const first = k;
  while (k < tokens.length && k - first < 6 && /^(?:DET|ADJ|NOUN|PROPN|PRON|NUM)$/.test(tokens[k]!.pos)) k++;
  const verb = tokens[k];
  return k > first && !!verb && (verb.pos === 'AUX' || (verb.pos === 'VERB' && !/ing$/i.test(verb.text)));
}

/** Does the span hold a clause with a verb of its own (a proposition), or a quote? */
function hasFiniteClause(tokens: Token[], span: { start: number; end: number }): boolean {
  let t = 0;
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start >= span.start) {
      t = mid;
      hi = mid - 1;
    } else lo = mid + 1;
  }
  for (; t < tokens.length && tokens[t]!.start < span.end; t++) {
    const tok = tokens[t]!;
    if (tok.pos === 'AUX' || (tok.pos === 'VERB' && !/ing$/i.test(tok.text) && lower(tokens[t - 1] ?? tok) !== 'to') || tok.text === '“' || tok.text === '"') return true;
  }
  return false;
}

const DASH = /^[-–—―]$/;
const lower = (t: Token): string => t.text.toLowerCase();
const lemmaOf = (t: Token): string => t.lemma.toLowerCase();

/**
 * "Describing Mr Jackson as a good person, the mother-of-nine said ...": a participle clause that
 * opens the sentence takes the subject of the main clause after its comma (Quirk et al. 1985,
 * §15.59), not a name inside it. Null when the cue is no such participle.
 */
function openingParticipleSpeaker(ctx: SpeakerContext, sentence: Sentence, v: number): FoundSpeaker | null {
  const { tokens } = ctx.analysis;
  if (!/\p{Ll}ing$/u.test(tokens[v]!.text) || !tokens.slice(sentence.first, v).every((t) => t.pos === 'ADV' || t.pos === 'PUNCT')) return null;
  let comma = v + 1;
  while (comma < sentence.last && comma - v < 30 && tokens[comma]!.text !== ',') comma++;
  if (tokens[comma]!.text !== ',') return null;
  for (let k = comma + 1; k <= sentence.last && k - comma < 15; k++) {
    const t = tokens[k]!;
    if (isQuoted(ctx, t.start) || /^[,;:]$/.test(t.text)) return null;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !/ing$/i.test(t.text)) return findSpeaker(ctx, sentence, k);
  }
  return null;
}

/**
 * The subject noun phrase that opens the sentence when the participle at `v` follows it set off by
 * a comma and a finite verb follows the participle's clause ("Mr. Biden, recalling ..., described"),
 * or null.
 */
function supplementedSubject(ctx: SpeakerContext, sentence: Sentence, v: number): { first: number; last: number } | null {
  const { tokens } = ctx.analysis;
  if (v - 2 < sentence.first || tokens[v - 1]!.text !== ',' || !/\p{Ll}ing$/u.test(tokens[v]!.text)) return null;
  const np = phraseEndingAt(tokens, sentence, v - 2);
  if (!np || !tokens.slice(sentence.first, np.first).every((t) => t.pos === 'ADV' || t.pos === 'CCONJ' || (t.pos === 'PUNCT' && !isQuoted(ctx, t.start) && !/^["“”'‘’]$/.test(t.text)))) return null;
  return supplementEnd(tokens, sentence, v) === null ? null : np;
}

/** The comma that closes a supplementive clause at `v`, before the main clause's finite verb, or null. */
function supplementEnd(tokens: Token[], sentence: Sentence, v: number): number | null {
  for (let t = v + 1; t < sentence.last && t - v < 30; t++) {
    if (tokens[t]!.text !== ',') continue;
    let k = t + 1;
    while (k <= sentence.last && (tokens[k]!.pos === 'ADV' || VERB_PREFIX.has(lower(tokens[k]!)))) k++;
    if (k <= sentence.last && (tokens[k]!.pos === 'AUX' || (tokens[k]!.pos === 'VERB' && !/ing$/i.test(tokens[k]!.text)))) return t;
  }
  return null;
}

/** A participle or infinitive shares the subject of the sentence's main verb before it. */
function participleSpeaker(ctx: SpeakerContext, sentence: Sentence, v: number): FoundSpeaker | null {
  const { tokens } = ctx.analysis;
  // "Mr. Biden, recalling weekly breakfasts with her, described himself as ...": a supplementive
  // clause between the subject and its verb has that subject (Quirk et al. 1985, §15.57), not the
  // noun phrase after the participle.
  const opening = supplementedSubject(ctx, sentence, v);
  if (opening) {
    const subject = speakerSpanning(ctx, sentence, opening.first, opening.last);
    if (subject) return subject;
  }
  // A speech verb before it is the act the participle goes on with: "criticised the way X operates, accusing it of ...".
  for (let k = v - 1; k >= sentence.first; k--) {
    const t = tokens[k]!;
    // (Not one inside a fronted adverbial clause: 'When the host noted that Vale calls it "care for
    // everyone," Kim seized on the phrase, arguing ...' goes on with the main clause.)
    if (t.pos === 'VERB' && !isQuoted(ctx, t.start) && !/ing$/i.test(t.text) && isSpeechVerb(tokens, k) && frontedClauseEnd(tokens, sentence, k) === null && !headsNounPhrase(tokens, k)) {
      const found = findSpeaker(ctx, sentence, k);
      if (found) return found;
    }
  }
  // Else the nearest finite verb before it: "the MPs who make up the committee published a report noting ...".
  // (A relative clause is passed over only when a comma closes it before the participle: "X, which
  // released a statement questioning ..." goes on with the relative clause.)
  const closedBefore = tokens[v - 1]?.text === ',';
  // ("Democrats had sued after Ohio cut the week, saying ...": a subordinate clause's verb is passed over.)
  let subordinate: FoundSpeaker | null = null;
  for (let k = v - 1; k >= sentence.first; k--) {
    const t = tokens[k]!;
    // (An infinitive, "an order to treat runoff", has no subject of its own.)
    // ("refused to back Lord Dubs' bill, saying": a capitalised word inside the sentence that the
    // tagger took for a verb is a name, which heads no clause a participle goes on with.)
    if (t.pos === 'VERB' && k > sentence.first && /^\p{Lu}/u.test(t.text) && /ing$/i.test(tokens[v]!.text)) continue;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !isQuoted(ctx, t.start) && !/ing$/i.test(t.text) && lower(tokens[k - 1] ?? t) !== 'to') {
      // ("have followed Mr. Trump's lead, saying": a noun the tagger took for a verb has no subject;
      // "he rose to the defense of X, who is under investigation, saying": nor does the participle
      // go on with a non-restrictive relative clause, which modifies a noun inside the main clause.)
      if (headsNounPhrase(tokens, k) || (closedBefore && inRelativeClause(tokens, sentence, k))) continue;
      const found = findSpeaker(ctx, sentence, k);
      if (t.pos === 'VERB' && inSubordinateClause(tokens, sentence, k)) {
        subordinate ??= found;
        continue;
      }
      if (found) return found;
      if (t.pos === 'VERB') return subordinate;
    }
  }
  return subordinate;
}

/** Singular determiners that no finite verb in the base form can follow in its subject ("a Twitter comment", not "a spokesman comment"). */
const SINGULAR_DETERMINERS = new Set(['a', 'an', 'another', 'every', 'each']);

/**
 * A word tagged a verb in the base form that heads a noun phrase: right after a possessive ("Mr.
 * Trump's lead", "Obama's call"), or after a singular determiner and singular premodifiers ("a
 * Twitter comment"), where a finite verb would agree with a singular subject in the -s form.
 */
function headsNounPhrase(tokens: Token[], v: number): boolean {
  const tok = tokens[v]!;
  if (tok.pos !== 'VERB' || lower(tok) !== lemmaOf(tok) || /^\p{Lu}/u.test(tok.text)) return false;
  const prev = tokens[v - 1];
  if (prev && prev.pos === 'PART' && /^['’]s?$/.test(prev.text)) return true;
  let k = v - 1;
  while (k >= 0 && v - k <= 3 && (tokens[k]!.pos === 'ADJ' || ((tokens[k]!.pos === 'NOUN' || tokens[k]!.pos === 'PROPN') && lower(tokens[k]!) === lemmaOf(tokens[k]!)))) k--;
  return k < v - 1 && k >= 0 && SINGULAR_DETERMINERS.has(lower(tokens[k]!));
}

/** Is the verb at `v` the verb of a non-restrictive relative clause (", who is ...", ", which expects ...")? */
function inRelativeClause(tokens: Token[], sentence: Sentence, v: number): boolean {
  const subject = subjectEnd(tokens, sentence, v);
  return subject > sentence.first && /^(?:who|which)$/i.test(tokens[subject]!.text) && tokens[subject - 1]!.text === ',';
}

/** Does a subordinator open the clause of the verb at `v` (within a few words, after the last comma)? */
function inSubordinateClause(tokens: Token[], sentence: Sentence, v: number): boolean {
  for (let k = v - 1; k >= sentence.first && v - k <= 8; k--) {
    const tok = tokens[k]!;
    if (/^[,;:]$/.test(tok.text) || tok.pos === 'VERB') return false;
    if ((ADVERBIAL_SUBORDINATORS.has(lower(tok)) || lower(tok) === 'whether') && (tok.pos === 'SCONJ' || tok.pos === 'ADP' || tok.pos === 'ADV')) return true;
  }
  return false;
}

/** The words after a participle cue ("saying that ...", "adding: ..."), to the end of the sentence. */
function contentAfter(analysis: Analysis, sentence: Sentence, v: number): { start: number; end: number } {
  const { tokens, text } = analysis;
  let end = tokens[sentence.last]!.end;
  if (/^[.!?]$/.test(tokens[sentence.last]!.text)) end = tokens[sentence.last]!.start;
  // (Past the cue's particle or frame: "pointing out there are ...", "playing down talk of ...".)
  const cueEnd = cueSpan(tokens, v).end;
  let from = v + 1;
  while (from <= sentence.last && tokens[from]!.start < cueEnd) from++;
  while (from <= sentence.last && /^(?:that|,|:)$/i.test(tokens[from]!.text)) from++;
  if (from > sentence.last) return { start: end, end };
  return trimSpan(text, tokens[from]!.start, end);
}

/** A relative pronoun that opens a clause as its subject. */
const RELATIVE_SUBJECT = /^(?:who|which|that)\b/i;

/** Coordinators that join two attributed clauses ("X said A, while Y said B"). */
const COORDINATORS = new Set(['and', 'but', 'while', 'whereas', 'although', 'though', 'yet', 'as']);

/**
 * Where the clause of the speech verb at `v` starts, and where an earlier content running into it
 * is cut: before ", while Y said", "; Y said", ", adding". Null when the verb's subject is not
 * the start of a coordinated clause (a nested attribution, or an inverted "said X").
 */
function clauseStart(tokens: Token[], sentence: Sentence, v: number, participle: boolean): { start: number; cut: number; adjunct?: boolean } | null {
  let first: number;
  if (participle) {
    first = v;
    while (first - 1 > sentence.first && PARTICIPLE_LEAD.has(lower(tokens[first - 1]!))) first--;
  } else {
    let end = subjectEnd(tokens, sentence, v);
    if (end < sentence.first) return null;
    // "..., and Brian Deese, the White House adviser, said": the subject stands before its apposition.
    if (tokens[end]!.text === ',') {
      let k = end - 1;
      while (k > sentence.first && end - k < 20 && tokens[k]!.text !== ',' && tokens[k]!.pos !== 'AUX' && !(tokens[k]!.pos === 'VERB' && !/(?:ing|ed)$/.test(tokens[k]!.text))) k--;
      if (tokens[k]!.text === ',' && k < end - 1 && k - 1 >= sentence.first) end = k - 1;
    }
    const tok = tokens[end]!;
    if (tok.pos === 'PRON') first = end;
    else {
      const np = phraseEndingAt(tokens, sentence, end);
      if (!np) return null;
      first = np.first;
      // "... mishandled the investigation and Democrats accused ...": read back from the verb, the
      // phrase runs into the object of the clause before; after a verb, the subject of the
      // coordinated clause starts at the conjunction inside it.
      const lead = first > sentence.first ? tokens[first - 1] : undefined;
      if (lead && (lead.pos === 'VERB' || lead.pos === 'ADP')) {
        for (let c = np.last - 1; c > np.first; c--) if (tokens[c]!.pos === 'CCONJ' && COORDINATORS.has(lower(tokens[c]!))) {
          first = c + 1;
          break;
        }
      }
    }
  }
  // (", compared with 23 percent who said": the relative clause's antecedent goes with it.)
  if (!participle && /^(?:who|that)$/i.test(tokens[first]!.text) && first - 1 > sentence.first) {
    const antecedent = phraseEndingAt(tokens, sentence, first - 1);
    if (antecedent && antecedent.first - 2 > sentence.first && /^(?:with|to)$/i.test(tokens[antecedent.first - 1]!.text) && lower(tokens[antecedent.first - 2]!) === 'compared') first = antecedent.first;
  }
  let k = first - 1;
  if (k < sentence.first) return null;
  const start = tokens[first]!.start;
  // ", with officials vowing ...", ", compared with 23 percent who said ...": an absolute clause or
  // a comparison with a subject of its own is an adjunct of the main clause, not part of what its
  // verb reports (Quirk et al. 1985, §15.58 absolute clauses).
  const adjunct = adjunctOpener(tokens, sentence, k, v);
  if (adjunct !== null) return { start, cut: tokens[adjunct]!.start, adjunct: true };
  if (COORDINATORS.has(lower(tokens[k]!))) {
    if (k - 1 >= sentence.first && /^[,;]$/.test(tokens[k - 1]!.text)) k--;
    return { start, cut: tokens[k]!.start };
  }
  if (/^[,;]$/.test(tokens[k]!.text) || DASH.test(tokens[k]!.text)) return { start, cut: tokens[k]!.start };
  return null;
}

/**
 * The token where an adjunct holding the attribution at `v` opens, when the subject of `v` ends at
 * `k + 1`: a comma before "with"/"without" (an absolute clause, "..., with officials vowing"), or a
 * comma before "compared with/to" (a comparison whose noun phrase a relative clause qualifies,
 * "..., compared with 23 percent who said"). Null otherwise. (Not a subordinator of time or reason:
 * "reported the email came hours after Trump proposed ..." is as often inside what was reported.)
 */
function adjunctOpener(tokens: Token[], sentence: Sentence, k: number, v: number): number | null {
  const word = lower(tokens[k]!);
  if ((word === 'with' || word === 'without') && tokens[k - 1]?.text === ',' && /ing$/i.test(tokens[v]!.text)) return k - 1;
  if (/^(?:with|to)$/.test(word) && lower(tokens[k - 1] ?? tokens[k]!) === 'compared' && tokens[k - 2]?.text === ',' && /^(?:who|that)$/i.test(tokens[subjectEnd(tokens, sentence, v)]?.text ?? '')) return k - 2;
  return null;
}

/** Words that open a fronted adverbial or absolute clause (Quirk et al. 1985, §15.58, §14.12). */
const FRONTED_OPENERS = new Set(['with', 'without', 'when', 'whenever', 'while', 'after', 'before', 'although', 'though', 'because', 'since', 'as', 'once', 'if', 'unless']);

/**
 * Passives of reporting verbs with no agent, which attribute a proposition to a source left
 * unnamed (Quirk et al. 1985, §16.31-16.34, extraposition and raising): "It is understood (that)
 * no deal was offered", "..., it is reported.", and with the subject raised, "Israel is said to be
 * watching", "the head, widely reported to have resigned, ...". The verbs are those whose passive
 * raises a clause's subject (`RAISING_LEMMAS`) but "know", which presents a fact; raising keeps
 * only the verbs of saying, for "is thought to be" in news copy most often describes, not reports.
 */
const IMPERSONAL_LEMMAS = new Set([...[...RAISING_LEMMAS].filter((l) => l !== 'know'), 'claim']);
const RAISED_SPEECH_LEMMAS = new Set(['say', 'report', 'allege', 'rumour', 'rumor', 'claim']);
/**
 * The source an agentless passive of a verb of saying leaves unnamed, as a description: "it is
 * reported", "widely reported to have" give what reports say; "it is understood" (told by sources),
 * "is said to", "it was claimed" what sources the writer does not name say (GOLD.md: "a short
 * description for unnamed sources"), so the reader sees who stands behind the claim. A verb of
 * thinking ("it is thought", "believed", "estimated") states a belief no one is said to have
 * voiced, most often the writer's own description: it stays unattributed (null).
 */
const SAYING_PASSIVES = new Set(['say', 'report', 'allege', 'rumour', 'rumor', 'claim', 'understand']);
const impersonalSource = (lemma: string): string | null => (lemma === 'report' ? 'reports' : SAYING_PASSIVES.has(lemma) ? 'unnamed sources' : null);
/** A participle, not a base or present form: "understood", "said", "reported" (not "says", "reporting"). */
const isPastParticiple = (tok: Token): boolean => tok.pos === 'VERB' && lower(tok) !== tok.lemma.toLowerCase() && !/(?:s|ing)$/i.test(tok.text);

/** The passive auxiliaries right before `p` ("is", "has been", "was widely", "had long been"), from the first; -1 when there is no form of "be". */
function passiveChainStart(tokens: Token[], sentence: Sentence, p: number): number {
  let k = p - 1;
  let be = false;
  // (An adjective between two auxiliaries is an adverb the tagger missed: "has long been".)
  const adverb = (k: number): boolean => tokens[k]!.pos === 'ADV' || (tokens[k]!.pos === 'ADJ' && tokens[k - 1]?.pos === 'AUX' && tokens[k + 1]?.pos === 'AUX');
  while (k >= sentence.first && (adverb(k) || tokens[k]!.pos === 'AUX' || PASSIVE_AUX.has(lower(tokens[k]!)))) {
    if (/^(?:is|are|was|were|be|been|being|'s|’s)$/i.test(tokens[k]!.text)) be = true;
    // ("could be said to be its format": with a modal the writer weighs a description; no one is reported.)
    if (MODAL_AUXILIARIES.has(lower(tokens[k]!))) return -1;
    k--;
  }
  return be ? k + 1 : -1;
}

/**
 * Subordinators of a time or a reason clause, which is an adjunct of the verb it follows, never its
 * object (Quirk et al. 1985, §15.17-15.21, 15.45). Not "when", which after a noun opens a relative
 * clause of it ("testified about a meeting when X told them ...", §17.12) inside what was said.
 */
const TIME_REASON_SUBORDINATORS = new Set(['after', 'before', 'since', 'because', 'once', 'until']);

/**
 * "criticised the magazines after they reported she was pregnant": when the outer verb's content
 * is a noun phrase (no finite verb before the subordinator) and a time or reason clause follows
 * it, that clause is the outer verb's adjunct, not what was said; a verb of saying right after the
 * clause's subject reports for that subject. The subordinator's token (where the outer content
 * ends), or null.
 */
function adjunctClauseOf(tokens: Token[], sentence: Sentence, outer: Reported, v: number): number | null {
  let j = v - 1;
  while (j > sentence.first && tokens[j]!.start >= outer.span.start && !TIME_REASON_SUBORDINATORS.has(lower(tokens[j]!))) {
    // (The clause's subject only: a noun phrase or a pronoun, no verb nor punctuation.)
    if (/^(?:VERB|AUX|PUNCT|SCONJ|CCONJ)$/.test(tokens[j]!.pos) || v - j > 6) return null;
    j--;
  }
  if (!TIME_REASON_SUBORDINATORS.has(lower(tokens[j]!)) || j === v - 1 || tokens[j]!.start <= outer.span.start) return null;
  return hasFiniteClause(tokens, { start: outer.span.start, end: tokens[j]!.start }) ? null : j;
}

/** An attribution to no one named: an impersonal passive ("it is understood that ...") or a raised one ("is said to be"); null if the sentence has none. */
function unnamedAttribution(analysis: Analysis, ctx: SpeakerContext, sentence: Sentence): ClaimDraft | null {
  const { text, tokens } = analysis;
  for (let p = sentence.first + 1; p <= sentence.last; p++) {
    const tok = tokens[p]!;
    if (!isPastParticiple(tok) || isQuoted(ctx, tok.start)) continue;
    const lemma = tok.lemma.toLowerCase();
    if (!IMPERSONAL_LEMMAS.has(lemma)) continue;
    const next = tokens[p + 1];
    const chain = passiveChainStart(tokens, sentence, p);
    const subject = chain > sentence.first ? tokens[chain - 1]! : undefined;
    const cue = { start: tokens[chain >= 0 ? chain : p]!.start, end: tok.end };
    const hedged = HEDGING_VERBS.has(lemma);
    // "It is understood (that) ...": the clause after the participle is what is reported.
    if (chain >= 0 && subject && lower(subject) === 'it' && next) {
      const before = tokens[chain - 2];
      const opens = !before || before.start < sentence.start || before.text === ',' || /^(?:CCONJ|SCONJ|ADV)$/.test(before.pos);
      // ("..., it is understood.": the attribution closes the sentence and reports what precedes it.)
      if (before?.text === ',' && (p === sentence.last || (p + 1 === sentence.last && /^[.!?]$/.test(next.text)))) {
        const content = trimSpan(text, sentence.start, before.start);
        if (hasFiniteClause(tokens, content)) return { text: content, evidence: [trimSpan(text, sentence.start, sentence.end)], kind: 'reported', speaker: null, speakerText: impersonalSource(lemma), cue: { start: subject.start, end: tok.end }, hedged: hedged || HEDGES.test(text.slice(content.start, content.end)) };
      }
      if (opens && opensWithClause(tokens, p)) {
        const from = lower(next) === 'that' ? (tokens[p + 2]?.start ?? next.end) : next.start;
        const last = tokens[sentence.last]!;
        const content = trimSpan(text, from, /^[.!?]$/.test(last.text) ? last.start : sentence.end);
        if (content.end - content.start >= 12 && hasFiniteClause(tokens, content))
          return { text: content, evidence: [trimSpan(text, sentence.start, sentence.end)], kind: 'reported', speaker: null, speakerText: impersonalSource(lemma), cue: { start: subject.start, end: tok.end }, hedged: hedged || HEDGES.test(text.slice(content.start, content.end)) };
      }
      continue;
    }
    // "X is said to have ...", "X, widely reported to have resigned, ...": a verb of saying raises the subject of its infinitive.
    if (RAISED_SPEECH_LEMMAS.has(lemma) && lower(next ?? tok) === 'to' && /^(?:be|have)$/i.test(tokens[p + 2]?.text ?? '') && (chain >= 0 || tokens[p - 1]?.pos === 'ADV' || tokens[p - 1]?.pos === 'NOUN' || tokens[p - 1]?.pos === 'PROPN')) {
      const content = trimSpan(text, sentence.start, sentence.end);
      return { text: content, evidence: [content], kind: 'reported', speaker: null, speakerText: impersonalSource(lemma), cue, hedged: hedged || HEDGES.test(text.slice(content.start, content.end)) };
    }
  }
  return null;
}

const ACCORDING = /\baccording to\b/i;

/** "According to X, ...", "..., according to X.": the source named right after the phrase, up to its comma. */
function accordingTo(analysis: Analysis, ctx: SpeakerContext, sentence: Sentence): ClaimDraft | null {
  const { text, tokens } = analysis;
  const m = ACCORDING.exec(text.slice(sentence.start, sentence.end));
  if (!m) return null;
  const cueStart = sentence.start + m.index;
  const at = cueStart + m[0].length;
  if (isQuoted(ctx, cueStart)) return null;
  const first = tokenFrom(tokens, at);
  if (first < 0 || first > sentence.last) return null;
  // The source phrase: to the next comma, clause or sentence end ("police" may be tagged as a verb).
  let last = first - 1;
  for (let t = first; t <= sentence.last && t - first < 12; t++) {
    const tok = tokens[t]!;
    if (/^[,;:.!?()]$/.test(tok.text) && !(tok.text === '.' && /^\p{Lu}/u.test(tokens[t - 1]?.text ?? '') && (tokens[t - 1]?.text.length ?? 0) <= 3)) break;
    if (t > first && (tok.pos === 'AUX' || (tok.pos === 'VERB' && !/ed$/.test(tok.text))) || tok.text === '“' || tok.text === '"') break;
    // "according to statistics gathered by Netcraft many visiting ...": a name ends the source when a new phrase follows.
    if (t > first && tokens[t - 1]!.pos === 'PROPN' && (tok.pos === 'DET' || tok.pos === 'ADJ' || tok.pos === 'PRON' || tok.pos === 'NUM')) break;
    // (So does a common noun: "according to figures gathered by the researchers the average user spends".)
    // (Not a name in apposition to it, up to the comma: "according to research from message analysts the Radicati Group, ...".)
    const apposed = lower(tok) === 'the' && (ctx.mentionsBySentence.get(sentence.i) ?? []).some((x) => x.first === t + 1 && (x.last === sentence.last || /^[,;.]$/.test(tokens[x.last + 1]?.text ?? '')));
    if (t > first && tokens[t - 1]!.pos === 'NOUN' && (tok.pos === 'DET' || tok.pos === 'PRON') && !/^(?:of|that)$/i.test(tok.text) && !apposed) break;
    last = t;
  }
  // (A determiner cut off from its name by the phrase's length ends nothing.)
  if (last > first && tokens[last]!.pos === 'DET') last--;
  if (last < first) return null;
  // ("according to figures gathered by the Pew Research Center": whoever produced the figures.)
  const producedBy = (): ActorDraft | null => {
    for (let t = first; t < last; t++) {
      if (!/^(?:by|from)$/i.test(tokens[t]!.text)) continue;
      // (The producer may follow its description in apposition: "from message analysts the Radicati Group".)
      const m = (ctx.mentionsBySentence.get(sentence.i) ?? []).find((x) => x.first > t && x.last <= last && (x.first - t <= 3 || (lower(tokens[x.first - 1]!) === 'the' && tokens.slice(t + 1, x.first - 1).every((y) => y.pos === 'NOUN' || y.pos === 'ADJ'))));
      const owner = m ? ctx.mentionOwner.get(m.start) : undefined;
      return owner && owner.type === 'organization' ? owner : null;
    }
    return null;
  };
  const named = speakerStartingAt(ctx, sentence, first) ?? (() => {
    const producer = producedBy();
    return producer ? { actor: producer, description: null, side: 'after' as const } : null;
  })();
  const phrase = text.slice(tokens[first]!.start, tokens[last]!.end).replace(/^(?:the|a|an)\s+/i, '').replace(/\s+/g, ' ');
  const who: { actor: ActorDraft | null; description: string | null } = named?.actor ? { actor: named.actor, description: null } : { actor: null, description: phrase };
  if (!who.actor && !/\p{L}{3}/u.test(phrase)) return null;
  const opens = cueStart - sentence.start <= 12;
  const span = opens ? trimSpan(text, tokens[last]!.end, sentence.end) : trimSpan(text, sentence.start, cueStart);
  if (span.end - span.start < 12) return null;
  const content = text.slice(span.start, span.end).replace(/[.!?]$/, '');
  const trimmed = { start: span.start, end: span.start + content.length };
  return { text: trimmed, evidence: [{ start: sentence.start, end: sentence.end }], kind: 'reported', speaker: who.actor, speakerText: who.actor ? null : who.description, cue: { start: cueStart, end: at }, hedged: HEDGES.test(content) };
}

/**
 * "Already, he said, friends had declared ...", "The console, he said, was a failure": the
 * attribution interrupts its content; the comma before its subject to the comma after its verb.
 */
function parentheticalAside(tokens: Token[], sentence: Sentence, v: number, span: { start: number; end: number }): { start: number; end: number } | undefined {
  const closer = tokens[v + 1]?.text === ',' ? v + 1 : asideCloser(tokens, sentence, v);
  const after = tokens[closer];
  if (closer < 0 || after?.text !== ',' || closer + 1 > sentence.last) return undefined;
  const subject = tokens[v - 1]?.text === ',' ? -1 : subjectComma(tokens, sentence, v);
  const comma = subject >= 0 ? tokens[subject]! : null;
  if (!comma || comma.start <= span.start || after.end >= span.end) return undefined;
  return { start: comma.start, end: after.end };
}

/** The claim's words: its span, less an attribution set inside it. */
function claimWords(text: string, c: ClaimDraft): string {
  if (!c.aside) return text.slice(c.text.start, c.text.end);
  return `${text.slice(c.text.start, c.aside.start).replace(/[\s,]+$/, '')} ${text.slice(c.aside.end, c.text.end).trimStart()}`;
}

/**
 * How the article names a body that speaks: the form of its mention nearest the cue in the
 * claim's sentence, outside the words it quotes ("the Tories", "the IADB", "the US"), else of its last
 * mention before the claim, when that form differs from the actor's name ("Conservative Party"). A person keeps
 * the full name; the claim's speakerId still points at the actor, name and aliases.
 */
function speakerForm(analysis: Analysis, c: ClaimDraft): string | null {
  const actor = c.speaker;
  if (!actor) return c.speakerText;
  if (actor.type === 'person') return actor.name;
  const at = c.cue?.start ?? c.text.start;
  // (A name as a premodifier, "a Tory spokesman", "US officials", is not how the body itself is
  // named; nor is an adjective of nationality, "British", "Indonesian".)
  const modifies = (m: NameMention): boolean => {
    const next = analysis.tokens[m.last + 1];
    const adjective = m.first === m.last && (analysis.tokens[m.first]!.pos === 'ADJ' || (actor.type === 'country' && /(?:ish|ese|ian|ean|ic|i|ch)$/.test(m.text)));
    return m.compound || adjective || (next !== undefined && next.pos === 'NOUN' && /^\p{Ll}/u.test(next.text));
  };
  // (Not a mention inside the words quoted: '"... contacted by the Labour Party again," it said.')
  const quoted = (m: NameMention): boolean => c.kind === 'direct' && m.start >= c.text.start && m.end <= c.text.end;
  const inSentence = actor.mentions.filter((m) => c.evidence.some((e) => m.start >= e.start && m.end <= e.end) && !quoted(m));
  const before = actor.mentions.filter((m) => m.end <= (c.evidence[0]?.start ?? at));
  const nearest = inSentence.length > 0 ? inSentence.reduce((a, b) => (Math.abs(b.start - at) < Math.abs(a.start - at) ? b : a)) : before.at(-1);
  return nearest && !modifies(nearest) ? nearest.text : actor.name;
}

export function finishClaims(analysis: Analysis, drafts: ClaimDraft[], idOf: Map<ActorDraft, string>): Claim[] {
  const ev = (s: { start: number; end: number }): Evidence => ({ start: s.start, end: s.end, quote: analysis.text.slice(s.start, s.end) });
  return drafts.map((c, i) => ({
    id: `c${i + 1}`,
    text: claimWords(analysis.text, c),
    kind: c.kind,
    speaker: speakerForm(analysis, c),
    speakerId: c.speaker ? (idOf.get(c.speaker) ?? null) : null,
    cue: c.cue ? analysis.text.slice(c.cue.start, c.cue.end) : null,
    hedged: c.hedged,
    evidence: c.evidence.map(ev),
  }));
}
