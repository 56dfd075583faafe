// Rules for what is predicted, intended or made conditional: hedged modals, "is likely to",
// "plans to", forecasts after a belief or reporting verb, and "if … will" clauses.
import type { Analysis, Sentence } from '../nlp.js';
import { baseForm, draft, findToken, GENERIC_SUBJECT, invertClause, isComplete, isGenericCondition, lookBack, lower, nounPhraseEndingAt, predicateText, preferenceIdiom, refuse, verbAfter, willQuestion, type Rule, type RuleContext } from './ask.js';
import { ATTITUDE_ADJ, BELIEF, EPISTEMIC_MODAL, INTENTION_LEMMAS, NEGATION, PREDICTIVE_ADJ, READINESS_ADJ, REPORTING } from './cues.js';
import { baseOfIng, finishQuestion, isPunct, isWordHyphen, lowerFirst, pieceText, predicateFrom, subjectBefore, type Piece } from './clause.js';
import { hasUnresolvedPerson, isQuoted, resolveSubject } from './resolve.js';

/** Past-time markers that make "could" the past of "can". */
const PAST_MARKERS = /\b(?:previously|formerly|once|used to|at the time|in the past|earlier|last (?:year|month|week)(?!['’]s))\b/i;
/** "could see", "could remember": perception or memory, not a prediction. */
const PERCEPTION = new Set(['see', 'remember', 'hear', 'feel', 'tell', 'recall', 'imagine', 'understand', 'say', 'believe', 'not', 'seem', 'appear', 'look', 'sound', 'sense', 'notice', 'spot', 'detect', 'smell', 'taste', 'watch']);
const FUTURE_MODAL = /^(?:will|would|’ll|'ll|wo)$/i;
/** "would like to", "would rather": courtesy, not prediction. */
const COURTESY = /^(?:like|love|prefer|rather|welcome|hate)$/;
/** Hedging adverbs of the CoNLL-2010 cue lists that make a "will" a guess. */
const HEDGE_ADVERB = /^(?:probably|likely|possibly|perhaps|presumably)$/i;
/** Hyland's (2005) hedging adjectives that take a "that"-clause. */
const HEDGE_ADJ = /^(?:likely|unlikely|possible|probable|doubtful|conceivable|plausible)$/i;

/** Whether a quotation opens between the sentence start and token `t` and is still open there. */
function quotedSince(a: Analysis, s: Sentence, t: number): boolean {
  let open = false;
  for (let k = lookBack(s, t); k < t; k++) {
    const x = a.tokens[k]!.text;
    if (x === '“' || x === '‘') open = true;
    else if (x === '”' || x === '’') open = false;
    else if (x === '"') open = !open;
  }
  return open;
}

/** Adjectives that negate the act they take ("unlikely to", "reluctant to"): Hyland's (2005) hedge "unlikely" and the negative TimeML I_STATE adjectives. */
const NEGATIVE_ADJ = /^(?:unlikely|reluctant|unwilling|unable)$/i;

/**
 * "is not expected to break even until 2006" asks "Will it break even before 2006?": "until" needs
 * the negation the question leaves out.
 */
export function negatedUntil<T extends { text: string } | null>(a: Analysis, s: Sentence, from: number, to: number, q: T): T {
  // ("is unlikely to come until", "reluctant to commit until": an adjective of negative polarity negates too.)
  if (!q || !a.tokens.slice(from, to + 1).some((x) => NEGATION.test(x.text) || NEGATIVE_ADJ.test(x.text))) return q;
  return { ...q, text: q.text.replace(/\buntil\b/, 'before') };
}

/** A reporting or belief verb before token `t`: what follows is someone's statement, tense shifted back. */
export function isReported(a: Analysis, s: Sentence, t: number): boolean {
  // The nearest such verb governs: "X said … he was told he would …" narrates what he was told.
  for (let k = t - 1; k >= lookBack(s, t); k--) {
    const x = a.tokens[k]!;
    // ("never thought Ellen would …": a past belief denied narrates what happened against it.)
    if ((x.pos === 'VERB' || x.pos === 'AUX' || x.pos === 'NOUN') && (REPORTING.test(x.text) || BELIEF.test(x.text))) return !toldInPassive(a, s, k) && !(NEGATION.test(lower(a.tokens[k - 1])) && /ed$|^thought$/i.test(x.text));
  }
  return false;
}

/**
 * "he was told he would be sent to …", "confined and told he would be there …": a verb of telling
 * in the past passive reports what befell its recipient then, not a forecast still open.
 */
export function toldInPassive(a: Analysis, s: Sentence, k: number): boolean {
  if (!/^(?:told|informed|assured|promised|warned)$/i.test(a.tokens[k]!.text)) return false;
  for (let j = k - 1; j >= Math.max(s.first, k - 4); j--) {
    const x = a.tokens[j]!;
    if (/^(?:was|were|be|been|being)$/i.test(x.text)) return true;
    if (!(x.pos === 'ADV' || x.pos === 'CCONJ' || (x.pos === 'VERB' && /ed$/i.test(x.text)))) return false;
  }
  return false;
}

/**
 * A simple past verb before token `t` that reports no one ("I did, and I could really play"):
 * the sentence narrates the past, and its "could" is the past of "can".
 */
export function narratesPast(a: Analysis, s: Sentence, t: number, from = lookBack(s, t)): boolean {
  for (let k = from; k < t; k++) {
    const x = a.tokens[k]!;
    if (x.pos !== 'VERB' && x.pos !== 'AUX') continue;
    const w = x.text.toLowerCase();
    if (REPORTING.test(w) || BELIEF.test(w)) continue;
    const prev = lower(a.tokens[k - 1]);
    if (/^(?:has|have|had|is|are|was|were|be|been|being)$/.test(prev)) continue;
    // ("Word got out that …": an irregular past, a form that is not the lemma nor its -s, -ing or -en form.)
    if (/^(?:did|was|were)$/.test(w) || (x.pos === 'VERB' && w !== x.lemma.toLowerCase() && (/ed$/.test(w) || !/(?:s|ing|en)$/.test(w)))) return true;
  }
  return false;
}

/**
 * "she could take part", "at the time we could not …": a "could" that narrates the past is the past
 * of "can". A past marker counts only in the modal's own clause: "warned last week that there could
 * be walkouts" dates the warning, not the walkouts.
 */
export function couldIsPast(a: Analysis, s: Sentence, t: number): boolean {
  let from = lookBack(s, t);
  for (let k = t - 1; k >= lookBack(s, t); k--) {
    const x = a.tokens[k]!;
    if (((x.pos === 'VERB' || x.pos === 'AUX') && (REPORTING.test(x.text) || BELIEF.test(x.text))) || (x.text === 'that' && x.pos === 'SCONJ')) {
      from = k + 1;
      break;
    }
    // "they were hopeful the swap could lead to …": the past copula holds the attitude, the
    // clause after the adjective is its content, narrated by nothing in it.
    if (attitudeGoverns(a, s, k, t)) {
      const clause = k + 1;
      const text = a.text.slice(a.tokens[clause]!.start, a.tokens[Math.min(s.last, t + 40)]!.end);
      return PAST_MARKERS.test(text) || NEGATION.test(lower(a.tokens[t + 1])) || narratesPast(a, s, t, clause);
    }
  }
  // (Read to 40 tokens on: a run-on sentence must not be rescanned per modal.)
  const clause = a.text.slice(a.tokens[from]!.start, a.tokens[Math.min(s.last, t + 40)]!.end);
  // A simple past counts in the modal's own clause, or as the verb that governs its "that" ("the crew
  // knew that the harbour could be closed"); not in a clause before it ("Prices rose, adding to concern that … could").
  let governor = from - 2;
  while (governor > s.first && a.tokens[governor]!.pos === 'ADV') governor--;
  const governs = from > s.first && lower(a.tokens[from - 1]) === 'that' && governor >= s.first && narratesPast(a, s, governor + 1, governor);
  // ("detectives could find no instance": a negative object makes "could" a past inability, as "could not" does.)
  const verb = verbAfter(a, s, t);
  // (Not "there could be no deals": an existential with a negative states what will not happen.)
  const negativeObject = verb > 0 && a.tokens[verb]!.lemma !== 'be' && /^(?:no|nothing|none|nobody|nowhere)$/i.test(lower(a.tokens[verb + 1]));
  return PAST_MARKERS.test(clause) || NEGATION.test(lower(a.tokens[t + 1])) || negativeObject || narratesPast(a, s, t, from) || governs;
}

/**
 * Whether token `k` is a predicative adjective of certainty, hope or worry (ATTITUDE_ADJ) with a
 * clause after it ("is confident that …", "were hopeful the swap could …"): after a form of "be",
 * "remain", "feel" or "seem" (adverbs between), and before "that" or the start of a noun phrase,
 * not "to", "of" or "about" (an infinitive or a prepositional complement).
 */
export function takesAttitudeClause(a: Analysis, s: Sentence, k: number): boolean {
  const x = a.tokens[k]!;
  if (x.pos !== 'ADJ' || !ATTITUDE_ADJ.test(x.text) || k + 1 > s.last) return false;
  let j = k - 1;
  while (j > s.first && (a.tokens[j]!.pos === 'ADV' || NEGATION.test(a.tokens[j]!.text))) j--;
  const head = a.tokens[j];
  // (The current copulas of Quirk et al. 1985, §16.21: "the athletes sounded confident they would …".)
  if (!head || !/^(?:be|remain|feel|seem|appear|sound|look)$/i.test(head.lemma) || (head.pos !== 'AUX' && head.pos !== 'VERB')) return false;
  const next = a.tokens[k + 1]!;
  return lower(next) === 'that' || /^(?:DET|PRON|PROPN|NOUN|NUM)$/.test(next.pos);
}

/**
 * Whether the attitude adjective at `k` governs the modal at `t`: the modal is the first verb of
 * the adjective's clause, with no punctuation between them, and the adjective is no part of a
 * condition ("If she's confident she will …" asserts no expectation).
 */
export function attitudeGoverns(a: Analysis, s: Sentence, k: number, t: number): boolean {
  if (!takesAttitudeClause(a, s, k) || inCondition(a, s, k)) return false;
  for (let j = k + 1; j < t; j++) if (/^(?:PUNCT|VERB|AUX|SCONJ)$/.test(a.tokens[j]!.pos) && !(j === k + 1 && lower(a.tokens[j]) === 'that')) return false;
  return true;
}

/**
 * Whether token `t` lies in an adverbial "if"/"unless" clause: not an "if" right after a verb
 * ("asks if ID cards could help"), which opens a nominal clause standing for "whether" (Quirk et al.
 * 1985, §15.5), the verb's object.
 */
function inAdverbialCondition(a: Analysis, s: Sentence, t: number): boolean {
  for (let k = t - 1; k >= Math.max(s.first, t - 12); k--) {
    const w = lower(a.tokens[k]);
    if (w === 'unless') return true;
    if (w === 'if') return !/^(?:VERB|AUX)$/.test(a.tokens[k - 1]?.pos ?? '');
    if (w === ',' || w === ';') return false;
  }
  return false;
}

/** Whether token `t` lies in an "if"/"unless" clause that has not closed with a comma before it. */
export function inCondition(a: Analysis, s: Sentence, t: number): boolean {
  for (let k = t - 1; k >= Math.max(s.first, t - 12); k--) {
    const w = lower(a.tokens[k]);
    if (w === 'if' || w === 'unless') return true;
    if (w === ',' || w === ';') return false;
  }
  return false;
}

/** "so that teachers could …", "in order that …": a purpose, not a prediction. */
export function inPurposeClause(a: Analysis, s: Sentence, t: number): boolean {
  for (let k = t - 1; k >= Math.max(s.first, t - 8); k--) {
    const w = lower(a.tokens[k]);
    if (w === 'that' && /^(?:so|order)$/.test(lower(a.tokens[k - 1]))) return true;
    if (a.tokens[k]!.pos === 'PUNCT') return false;
  }
  return false;
}

/**
 * "could have gone", "would have been": a modal perfect, a past that did not happen. "could have a
 * market value of $10bn" is the main verb "have" (possession), as open as any other verb; "have to"
 * is an obligation still ahead.
 */
export function isPerfect(a: Analysis, verb: number): boolean {
  if (lower(a.tokens[verb]) !== 'have') return false;
  let k = verb + 1;
  while (a.tokens[k]?.pos === 'ADV' && k < verb + 3) k++;
  const next = a.tokens[k];
  return next !== undefined && (next.pos === 'VERB' || next.pos === 'AUX') && lower(next) !== 'to';
}

/** "may be reached at …": a contact line, permission not prediction; "could be considered favourites": a judgement. */
const JUDGED = /^(?:reached|contacted|considered|seen|regarded|viewed|described|deemed|called|termed|labelled|labeled|forgiven|excused)$/i;

/**
 * Whether the hedging modal at `t` (its verb at `verb`) predicts: not perception or memory ("could
 * see"), a contact line or a judgement ("may be reached", "could be considered"), a perfect ("could
 * have"), the past of "can", or a purpose ("so that they could").
 */
export function hedgePredicts(a: Analysis, s: Sentence, t: number, verb: number): boolean {
  const v = a.tokens[verb]!.lemma.toLowerCase();
  if (isPerfect(a, verb) || PERCEPTION.has(v)) return false;
  if (v === 'be' && JUDGED.test(a.tokens[verb + 1]?.text ?? '')) return false;
  if (lower(a.tokens[t]) === 'could' && couldIsPast(a, s, t)) return false;
  return !inPurposeClause(a, s, t);
}

/**
 * "The Six Nations may be a glittering prize in itself but …": a "may be" granted and then
 * countered by "but" concedes a point, it predicts nothing (concessive "may", Quirk et al. 1985,
 * §4.53).
 */
export function isConcessive(a: Analysis, s: Sentence, t: number, verb: number): boolean {
  if (!/^(?:may|might)$/i.test(lower(a.tokens[t])) || lower(a.tokens[verb]) !== 'be') return false;
  return findToken(a, verb + 1, Math.min(s.last, verb + 16), (x) => /^but$/i.test(x.text)) > 0;
}

/**
 * "A fine, the highest we could apply, is …": a pronoun subject right after a noun or adjective,
 * with the verb's object gone, opens a relative clause with no relative word (a contact clause,
 * Quirk et al. 1985, §17.15); it describes the noun and predicts nothing.
 */
function inContactRelative(a: Analysis, s: Sentence, t: number, verb: number): boolean {
  const subject = a.tokens[t - 1];
  if (!subject || subject.pos !== 'PRON' || !/^(?:i|we|you|he|she|they)$/i.test(subject.text)) return false;
  const head = a.tokens[t - 2];
  const after = a.tokens[verb + 1];
  return head !== undefined && t - 2 >= s.first && /^(?:NOUN|ADJ)$/.test(head.pos) && (after === undefined || verb + 1 > s.last || isPunct(after));
}

/** "The families could be forced to push prices higher" → "Will the families be forced to push prices higher?" */
export const hedgedModal: Rule = (ctx, s) => {
  const a = ctx.analysis;
  const sentence = a.text.slice(s.start, s.end);
  // "If you …, a side job may be in order": advice to the reader, not a prediction.
  if (/\b(?:you|your)\b/i.test(sentence)) return null;
  for (let t = s.first + 1; t < s.last; t++) {
    const tok = a.tokens[t]!;
    if (!EPISTEMIC_MODAL.test(tok.text) || (tok.pos !== 'AUX' && tok.pos !== 'VERB')) continue;
    const verb = verbAfter(a, s, t);
    if (verb < 0) continue;
    // "the pair may have seen the van": "may"/"might" with the perfect is epistemic possibility in
    // the past (Quirk et al. 1985, §4.58), a fact not settled → "Did the pair see the van?".
    if (/^(?:may|might)$/i.test(tok.text) && isPerfect(a, verb)) {
      const d = draft(pastPossibility(ctx, s, t, verb), 'hedged-prediction', s, 1.8);
      if (d) return { ...d, rule: 'hedgedModal:perfect' };
      continue;
    }
    // ("unless she could prove …", "If Gavi could increase …": a modal inside a condition is part of the condition, no prediction of its own.)
    if (!hedgePredicts(a, s, t, verb) || isConcessive(a, s, t, verb) || inContactRelative(a, s, t, verb) || inAdverbialCondition(a, s, t)) continue;
    const q = willQuestion(ctx, s, t, t + 1);
    if (q) return draft(q, 'hedged-prediction', s, / (?:if|unless) /.test(q.text) ? 3 : 2);
  }
  return null;
};

/**
 * "X may have Ved …" → "Did X V …?"; "X may have been …" → "Was X …?". The subject is the noun
 * phrase right before the modal (no relative word, no "it"/"this" whose referent is elsewhere).
 */
function pastPossibility(ctx: RuleContext, s: Sentence, t: number, have: number): string | null {
  const a = ctx.analysis;
  if (NEGATION.test(lower(a.tokens[t + 1])) || a.tokens.slice(t + 1, have).some((x) => NEGATION.test(x.text))) return null;
  let k = have + 1;
  while (a.tokens[k]?.pos === 'ADV' && k < have + 3) k++;
  const participle = a.tokens[k];
  if (!participle || (participle.pos !== 'VERB' && participle.pos !== 'AUX') || participle.text.toLowerCase() === participle.lemma.toLowerCase()) return null;
  const subject = subjectBefore(a, s, t);
  if (!subject || /^(?:who|which|that|it|this|these|those|there)$/i.test(a.tokens[subject.tokens[0]!]!.text)) return null;
  // "If X had …, he might have said nothing": a condition contrary to fact, no open question.
  if (findToken(a, s.first, t - 1, (x) => /^(?:if|unless)$/i.test(x.text)) >= 0) return null;
  // "France may have beaten Scotland but they were tedious": granted and then countered, a
  // concession (Quirk et al. 1985, §4.53), not a doubt.
  if (findToken(a, t + 1, s.last, (x) => /^(?:but|though|although|yet)$/i.test(x.text)) >= 0) return null;
  // "Arsenal might have stretched their lead when …": in narration "might have" is what did not
  // happen; only a possibility someone puts forward ("police say … might have …") is open.
  if (/^might$/i.test(lower(a.tokens[t])) && findToken(a, s.first, t - 1, (x) => x.pos === 'VERB' && !(x.i === firstWordAt(a, s) + 1 && /^that$/i.test(lower(a.tokens[x.i - 1])) && /^said$/i.test(x.text)) && (REPORTING.test(x.text) || BELIEF.test(x.text) || /^(?:speculat|conced|admit|allege|think|thinking)/i.test(x.text))) < 0) return null;
  // "investments that she may have made": a relative clause whose object is the noun before it.
  const before = a.tokens[subject.tokens[0]! - 1];
  if (before && before.pos !== 'SCONJ' && /^(?:that|which|whom)$/i.test(before.text) && /^(?:NOUN|PROPN)$/.test(a.tokens[before.i - 1]?.pos ?? '')) return null;
  const resolved = resolveSubject(ctx, s, subject);
  if (!resolved || hasUnresolvedPerson(resolved.text)) return null;
  const { piece } = predicateFrom(a, s, k + 1, { stopAtCoordinatedVerb: true });
  if (piece.tokens.length > 0 && /^(?:that|which|who)$/i.test(a.tokens[piece.tokens[0]!]!.text)) return null;
  // "heard the interview and gone to the studio": "did" takes one base form; a second participle goes with its "and".
  const second = piece.tokens.findIndex((j, i) => i > 0 && a.tokens[j]!.pos === 'CCONJ' && a.tokens[j + 1]?.pos === 'VERB');
  if (second > 0) piece.tokens.length = second;
  const rest = pieceText(a, piece);
  if (hasUnresolvedPerson(rest) || /\b(?:it|them|him|her)\b/i.test(rest)) return null;
  if (lower(participle) === 'been') {
    if (!rest) return null;
    const plural = /^(?:they|we)$/i.test(resolved.text) || isPluralNoun(a.tokens[subject.tokens[subject.tokens.length - 1]!]!);
    return finishQuestion(`${plural ? 'Were' : 'Was'} ${resolved.text} ${rest}`);
  }
  if (participle.pos !== 'VERB') return null;
  return finishQuestion(`Did ${resolved.text} ${baseForm(participle)}${rest ? ` ${rest}` : ''}`);
}

/** The sentence's first word past quote marks ("That said, …" opens with a fixed conjunct, not a report). */
const firstWordAt = (a: Analysis, s: Sentence): number => {
  let k = s.first;
  while (k < s.last && (a.tokens[k]!.pos === 'PUNCT' || a.tokens[k]!.pos === 'SPACE')) k++;
  return k;
};

const isPluralNoun = (t: { text: string; lemma: string; pos: string }): boolean => t.pos === 'NOUN' && t.text.toLowerCase() !== t.lemma.toLowerCase() && /s$/i.test(t.text);

/**
 * "The debate is unlikely to result in a vote" → "Will the debate result in a vote?"; also
 * readiness ("the UK was prepared to veto …") and a relative subject ("The company, which is
 * expected to lay off …").
 */
export const predictivePhrase: Rule = (ctx, s) => {
  const a = ctx.analysis;
  for (let t = s.first + 1; t < s.last - 1; t++) {
    const w = lower(a.tokens[t]);
    const predictive = PREDICTIVE_ADJ.has(w);
    const ing = a.tokens[t + 1];
    if (/^(?:likely|probably)$/.test(w) && /^(?:is|are)$/.test(lower(a.tokens[t - 1])) && ing && /^(?:VERB|NOUN)$/.test(ing.pos) && /ing$/i.test(ing.text)) {
      // "slaughter is likely coming to Hong Kong": a hedged progressive → "Will slaughter come to Hong Kong?"
      const base = ing.pos === 'VERB' ? baseForm(ing) : baseOfIng(ing.text);
      const subject = subjectBefore(a, s, t - 1);
      const resolved = subject ? resolveSubject(ctx, s, subject) : null;
      const rest = predicateFrom(a, s, t + 2, { stopAtCoordinatedVerb: true }).piece;
      const restText = pieceText(a, rest);
      if (!base || !resolved || hasUnresolvedPerson(`${resolved.text} ${restText}`) || /\b(?:it|them|him)\b/i.test(restText)) continue;
      const text = finishQuestion(`Will ${resolved.text} ${base}${restText ? ` ${restText}` : ''}`);
      if (text) return draft(text, 'hedged-prediction', s, 2.3);
      continue;
    }
    // "analysts predict that more declines are likely in 2005" → "Are more declines likely in 2005?": a hedge
    // adjective (Hyland 2005) as the predicate of a copula, with no verb after it to predict.
    if (/^(?:likely|unlikely|possible|probable|inevitable|imminent)$/.test(w) && /^(?:is|are)$/.test(lower(a.tokens[t - 1])) && (t + 1 > s.last || isPunct(a.tokens[t + 1]!) || /^(?:in|by|before|after|within|this|next|soon|later)$/i.test(lower(a.tokens[t + 1])))) {
      const subject = subjectBefore(a, s, t - 1);
      if (!subject || lower(a.tokens[subject.tokens[0]!]) === 'it') continue;
      const text = invertClause(ctx, s, subject.tokens[0]!, {});
      if (text && !/^(?:Is|Are) (?:it|this|that|there)\b/.test(text)) return draft(text, 'hedged-prediction', s, 2.2);
      continue;
    }
    if ((!predictive && !READINESS_ADJ.has(w)) || lower(a.tokens[t + 1]) !== 'to') continue;
    // "he is too ready to switch allegiances": a judgement of character, not an intention.
    // "are more likely to operate where …": a comparative states a tendency of a class, not one event ahead.
    if (/^(?:too|so|always|ever|more|less|most|least)$/i.test(lower(a.tokens[t - 1]))) continue;
    let beAt = t - 1;
    while (beAt > s.first && (a.tokens[beAt]!.pos === 'ADV' || NEGATION.test(a.tokens[beAt]!.text))) beAt--;
    // "staff are sometimes expected to rule …": an adverb of frequency makes it a habit or a norm, not one event ahead.
    if (a.tokens.slice(beAt + 1, t).some((x) => FREQUENCY_ADVERB.test(x.text))) continue;
    const be = a.tokens[beAt]!;
    const verb = a.tokens[t + 2];
    if (!verb || (verb.pos !== 'VERB' && verb.pos !== 'AUX')) continue;
    if (be.text === ',' && beAt === t - 1) {
      // "The trial, expected to last five months, …": a reduced relative clause on the noun phrase before the comma.
      const q = reducedRelative(ctx, s, beAt, t + 2);
      if (q) return draft(q, 'hedged-prediction', s, predictive ? 2.3 : 2);
      continue;
    }
    // "Jonny Wilkinson looks set to miss …": the current copulas of appearance (Quirk et al. 1985,
    // §16.21: seem, appear, look) in the present stand for "is".
    if (be.lemma !== 'be' && !/^(?:looks?|seems?|appears?)$/i.test(be.text)) continue;
    // A past "was expected to" may have come true; only reported speech keeps it open ("has been eager to" is still open).
    if ((/^(?:was|were)$/i.test(be.text) || (/^been$/i.test(be.text) && /^had$/i.test(lower(a.tokens[beAt - 1])))) && !isReported(a, s, beAt)) continue;
    // "mobile operators are keen to encourage …": readiness (a TimeML I_STATE) in the article's own
    // voice describes a party; hedged ("may be willing to"), attributed to a source ("said the UK was prepared to veto") or in a
    // quotation it is an intention someone announces, still to be carried out.
    // ("may be willing to cancel": a modal before it makes the readiness itself a guess.)
    if (!predictive && !isReported(a, s, beAt) && !isQuoted(a, s, beAt) && !EPISTEMIC_MODAL.test(lower(a.tokens[beAt - 1]))) continue;
    // "senior civil servants are expected to remain …": a norm for a class, not a prediction.
    const subject = subjectBefore(a, s, beAt);
    const first = subject ? a.tokens[subject.tokens[0]!]! : undefined;
    if (w === 'expected' && first && first.pos !== 'DET' && first.pos !== 'PROPN' && first.pos !== 'PRON' && subject!.tokens.every((k) => a.tokens[k]!.pos !== 'PROPN') && /[^s]s$/i.test(a.tokens[subject!.tokens[subject!.tokens.length - 1]!]!.text)) continue;
    // "has been eager to": the subject stands before the whole verb group.
    let groupAt = beAt;
    while (groupAt > s.first && /^(?:has|have|had|will|would|may|might|could)$/i.test(lower(a.tokens[groupAt - 1]))) groupAt--;
    const q = negatedUntil(a, s, groupAt, t, willQuestion(ctx, s, groupAt, t + 2, { relative: true }));
    if (q) return draft(q, 'hedged-prediction', s, w === 'due' || w === 'set' || w === 'scheduled' ? 1.8 : predictive ? 2.5 : 2.2);
  }
  return null;
};

/** Adverbs of frequency (Quirk et al. 1985, §8.64): what happens often or usually is a habit, not an event ahead. */
const FREQUENCY_ADVERB = /^(?:sometimes|often|usually|normally|generally|typically|routinely|frequently|regularly|always|rarely|seldom|occasionally|commonly|traditionally)$/i;

/** "The trial, expected to last five months, …" → "Will the trial last five months?": the noun phrase before the comma is the subject. */
function reducedRelative(ctx: RuleContext, s: Sentence, comma: number, from: number): string | null {
  const a = ctx.analysis;
  const np = nounPhraseEndingAt(a, s, comma - 1);
  if (!np || a.tokens[np.tokens[0]!]!.pos !== 'DET' && a.tokens[np.tokens[np.tokens.length - 1]!]!.pos !== 'PROPN') return null;
  // The phrase must open its clause: "…, which began on Monday, expected to …" leaves nothing to hang it on.
  const before = a.tokens[np.tokens[0]! - 1];
  if (before && !isPunct(before) && !/^(?:ADP|CCONJ|VERB)$/.test(before.pos)) return null;
  // "…, which began on Monday, expected to …": a date is no subject.
  const dates = ctx.datesIn.get(s.i) ?? [];
  if (np.tokens.some((k) => dates.some((d) => a.tokens[k]!.start >= d.start && a.tokens[k]!.end <= d.end))) return null;
  const resolved = resolveSubject(ctx, s, np);
  const predicate = predicateText(ctx, s, from);
  if (!resolved || !predicate || hasUnresolvedPerson(resolved.text) || /^(?:its|their|his|her)\b/i.test(resolved.text)) return null;
  return finishQuestion(`Will ${resolved.text} ${predicate.text}`);
}

/** Whether a subject reading reaches back to its clause's start ("Intel and Advanced Micro Devices" read as "Micro Devices" does not). */
function opensItsClause(a: Analysis, s: Sentence, subject: Piece | null): boolean {
  if (!subject) return false;
  const before = a.tokens[subject.tokens[0]! - 1];
  return subject.tokens[0] === s.first || before === undefined || isPunct(before) || /^(?:that|and|but)$/i.test(before.text) && before.pos !== 'CCONJ' || before.pos === 'SCONJ';
}

/** Verbs a courtesy "would like to" introduces: acts of speech done in the saying. */
const SPEECH_ACT = /^(?:thank|say|add|emphasise|emphasize|stress|congratulate|welcome|apologise|apologize|point|make|express|remind|reassure|assure|acknowledge|pay|take|ask|invite|wish|praise|clarify|reiterate|underline|note|share|mention|highlight|put)$/i;

/**
 * "Luxembourg is hoping to strike a deal", "the party plans to field candidates", "with the
 * presidency hoping to strike a deal": an intended act (TimeML I_ACTION / I_STATE) → "Will … ?".
 */
export const intention: Rule = (ctx, s) => {
  const a = ctx.analysis;
  for (let t = s.first + 1; t < s.last - 1; t++) {
    const tok = a.tokens[t]!;
    // "The corporation plans to spend …": a present "plans" after its subject's noun, whatever the tagger says.
    // ("The Lib Dems plan to oppose …": after a plural subject the base form, read as a noun, is the verb too.)
    const afterNoun = /^(?:NOUN|PROPN)$/.test(a.tokens[t - 1]?.pos ?? '') && !/^['’]s$/.test(a.tokens[t - 1]!.text);
    const pluralBefore = afterNoun && /[^s'’]s$/.test(a.tokens[t - 1]!.text) && tok.text.toLowerCase() === tok.lemma.toLowerCase() && a.tokens[t + 2]?.pos === 'VERB' && opensItsClause(a, s, subjectBefore(a, s, t));
    const asVerb = tok.pos === 'VERB' || (tok.pos === 'NOUN' && afterNoun && (/[^s]s$/i.test(tok.text) || pluralBefore));
    // "he would like to succeed Keegan": a wish, as "want" (TimeML I_STATE), unless it is a courtesy ("would like to thank").
    const wish = /^(?:like|love)$/i.test(tok.text) && /^(?:would|'d|’d)$/i.test(lower(a.tokens[t - 1])) && !SPEECH_ACT.test(a.tokens[t + 2]?.text ?? '');
    if (!asVerb || !(INTENTION_LEMMAS.has(tok.lemma.toLowerCase()) || wish) || lower(a.tokens[t + 1]) !== 'to') continue;
    const verb = a.tokens[t + 2];
    if (!verb || verb.pos !== 'VERB' && verb.pos !== 'AUX') continue;
    const w = tok.text.toLowerCase();
    let groupAt = wish ? t - 1 : t;
    while (groupAt > Math.max(s.first, t - 4) && (a.tokens[groupAt - 1]!.pos === 'AUX' || a.tokens[groupAt - 1]!.pos === 'ADV' || NEGATION.test(a.tokens[groupAt - 1]!.text)) && !/^(?:will|would|could|might|may)$/i.test(lower(a.tokens[groupAt - 1]))) groupAt--;
    // "If studios want to cash in …": a supposition, not an intention.
    if (inCondition(a, s, groupAt)) continue;
    const aux = a.tokens.slice(groupAt, t).map((x) => x.text.toLowerCase());
    // "do not want to send the army" leaves the act open; "did not want to" was settled then.
    if (aux.some((x) => NEGATION.test(x)) && !aux.some((x) => /^(?:do|does|is|are)$/.test(x))) continue;
    if (aux.includes('had')) continue; // "had hoped to": it did not happen
    if (/ing$/.test(w) && aux.length === 0 && lower(a.tokens[groupAt - 1]) !== ',') {
      // "with the presidency hoping to …": the noun phrase between "with" and the participle.
      const np = nounPhraseEndingAt(a, s, t - 1);
      if (!np || lower(a.tokens[np.tokens[0]! - 1]) !== 'with') continue;
      const resolved = resolveSubject(ctx, s, np);
      const predicate = predicateText(ctx, s, t + 2);
      if (!resolved || !predicate) continue;
      const text = finishQuestion(`Will ${resolved.text} ${predicate.text}`);
      if (text) return draft(text, 'pending-decision', s, 2.2);
      continue;
    }
    const past = (w !== tok.lemma.toLowerCase() && !/(?:s|ing)$/.test(w)) || aux.some((x) => /^(?:was|were|did)$/.test(x));
    // A past wish is still open only when it is backshifted in indirect speech ("said the UK
    // wanted to …"); in a quotation ("I very much wanted to be in London but …") it is past.
    if (past && !aux.some((x) => /^(?:has|have)$/.test(x)) && (!isReported(a, s, groupAt) || isQuoted(a, s, groupAt))) continue;
    // "many people want to …": what a class of people wants is no pending act.
    const subject = subjectBefore(a, s, groupAt);
    if (subject && GENERIC_SUBJECT.test(pieceText(a, subject))) continue;
    // "there are plans to relocate …": a noun of intention after an existential "there" names no one who intends.
    if (subject && /^there$/i.test(pieceText(a, subject))) continue;
    const q = willQuestion(ctx, s, groupAt, t + 2, { relative: true });
    if (q) return draft(q, 'pending-decision', s, 2.2);
  }
  return null;
};

/**
 * "X says the estimated revenues will still be way short" / "I believe that … will be
 * sufficient" / "He added that … would be decided" / "… will not stand down unless …".
 */
/** Nouns of saying and belief that take a "that"-clause (FactBank's nominal source-introducing predicates, Saurí & Pustejovsky 2009). */
const SOURCE_NOUN = /^(?:speculation|reports?|claims?|announcement|fears?|hopes?|expectations?|suggestions?|predictions?|forecasts?|warnings?|rumou?rs?|beliefs?|promises?|pledges?|assurances?|concerns?)$/i;

export const forecast: Rule = (ctx, s) => {
  const a = ctx.analysis;
  let belief = false;
  let fearedNot = false;
  let reported = false;
  let sourced = false;
  let attitude = -1;
  for (let t = s.first; t < s.last; t++) {
    const tok = a.tokens[t]!;
    // "The families had hoped …": a past perfect expectation was met or not; nothing is left to ask.
    // "I never thought I would get in trouble": a past belief denied tells what happened against it, it forecasts nothing.
    const deniedPast = NEGATION.test(lower(a.tokens[t - 1])) && /ed$|^thought$/i.test(tok.text);
    if (BELIEF.test(tok.text) && (tok.pos === 'VERB' || tok.pos === 'ADJ') && lower(a.tokens[t - 1]) !== 'had' && !deniedPast) {
      belief = true;
      // "she feared he would not …" (a verb that takes the clause), not "an expected May election" (a participle before its noun).
      if (tok.pos === 'VERB' && a.tokens[t - 1]?.pos !== 'DET' && !/^(?:NOUN|PROPN)$/.test(a.tokens[t + 1]?.pos ?? '')) fearedNot = true;
    }
    // "it seems unlikely that …", "it is possible that …" (Hyland's hedging adjectives and verbs).
    if (HEDGE_ADJ.test(tok.text) && lower(a.tokens[t + 1]) === 'that') belief = true;
    // "analysts are optimistic that it will go through", "he was sure the Budget would not …": an
    // expectation held, as after a verb of belief.
    if (takesAttitudeClause(a, s, t)) attitude = t;
    // "(he) was told he would be sent to …": what someone was told narrates what befell them, not a forecast still open.
    if (REPORTING.test(tok.text) && tok.pos === 'VERB') reported = !toldInPassive(a, s, t);
    // "speculation that Euronext would make an offer", "claims that jobs would be lost": a noun of
    // saying or belief with its "that"-clause (FactBank's nominal source-introducing predicates).
    // ("claims by the licensed trade that …", "announcement in July that …": a prepositional phrase may come between.)
    if (SOURCE_NOUN.test(tok.text) && tok.pos === 'NOUN') {
      let k = t + 1;
      if (a.tokens[k]?.pos === 'ADP' && lower(a.tokens[k]) !== 'that') while (k <= Math.min(s.last, t + 6) && /^(?:ADP|DET|ADJ|NOUN|PROPN|NUM)$/.test(a.tokens[k]!.pos) && lower(a.tokens[k]) !== 'that') k++;
      if (lower(a.tokens[k]) === 'that' && a.tokens[k]!.pos === 'SCONJ') sourced = true;
    }
    if (!FUTURE_MODAL.test(tok.text) || (tok.pos !== 'AUX' && tok.pos !== 'VERB')) continue;
    const verb = verbAfter(a, s, t);
    if (verb < 0 || isPerfect(a, verb)) continue;
    const subject = subjectBefore(a, s, t);
    const estimated = subject?.tokens.some((k) => BELIEF.test(a.tokens[k]!.text)) ?? false;
    const held = attitude >= 0 && attitudeGoverns(a, s, attitude, t);
    // "would" after a reporting verb is the future of the past, in indirect speech only: in a
    // quote ("I would be critical") it is a conditional or a courtesy ("would like").
    // A negated "would" states a refusal or disbelief ("would not accept"), not a forecast.
    // After a verb of belief or fear it is still a forecast ("feared he would not be given a fair trial").
    if (/^would$/i.test(tok.text) && ((NEGATION.test(lower(a.tokens[t + 1])) && !fearedNot && !held) || COURTESY.test(lower(a.tokens[verb])) || preferenceIdiom(a, t, verb))) continue;
    // "will probably stay", "would likely fall": a hedging adverb in the verb group (CoNLL-2010 cues).
    const hedged = a.tokens.slice(t + 1, verb).some((x) => HEDGE_ADVERB.test(x.text)) || HEDGE_ADVERB.test(lower(a.tokens[t - 1])) || openingDisjunct(a, s, t);
    const futureOfPast = reported && /^would$/i.test(tok.text) && !quotedSince(a, s, t);
    const { stop } = predicateFrom(a, s, t + 1, { stopAtCoordinatedVerb: true });
    const conditional = /^(?:if|unless)$/i.test(lower(a.tokens[stop]));
    if (!belief && !held && !estimated && !futureOfPast && !conditional && !hedged && !sourced) continue;
    const q = willQuestion(ctx, s, t, t + 1);
    const d = q ? draft(q, conditional && / (?:if|unless) /.test(q.text) ? 'conditional' : 'hedged-prediction', s, conditional ? 2.8 : 2) : null;
    if (d) return { ...d, rule: `forecast:${belief || estimated || held ? 'belief' : conditional ? 'conditional' : hedged ? 'hedged' : sourced ? 'source-noun' : 'reported'}` };
  }
  return null;
};

/**
 * "Hopefully the players will respond", "Probably, the firm will …": a content disjunct of doubt or
 * hope opening the sentence (Quirk et al. 1985, §8.127) makes its first clause's "will" an
 * expectation; it reaches no further than the first finite verb.
 */
function openingDisjunct(a: Analysis, s: Sentence, t: number): boolean {
  const k = firstWordAt(a, s);
  if (k >= t || !(HEDGE_ADVERB.test(a.tokens[k]!.text) || /^hopefully$/i.test(a.tokens[k]!.text)) || a.tokens[k]!.pos !== 'ADV') return false;
  return !a.tokens.slice(k + 1, t).some((x) => x.pos === 'VERB' || x.pos === 'AUX');
}

/** "We reckon it's going to cost …": "going to" after a belief verb. */
export const goingTo: Rule = (ctx, s) => {
  const a = ctx.analysis;
  for (let t = s.first + 2; t < s.last - 1; t++) {
    if (lower(a.tokens[t]) !== 'going' || lower(a.tokens[t + 1]) !== 'to' || a.tokens[t - 1]!.lemma !== 'be') continue;
    if (findToken(a, lookBack(s, t), t - 1, (x) => BELIEF.test(x.text)) < 0) continue;
    const q = willQuestion(ctx, s, t - 1, t + 2);
    if (q) return draft(q, 'hedged-prediction', s, 2);
  }
  return null;
};

/** "… with a 3% to 3.5% improvement anticipated" → "Will the anticipated 3% to 3.5% improvement materialise?" */
export const anticipatedNoun: Rule = (ctx, s) => {
  const a = ctx.analysis;
  for (let t = s.first + 2; t <= s.last; t++) {
    const tok = a.tokens[t]!;
    if (!/^(?:anticipated|expected|forecast|predicted|projected)$/i.test(tok.text)) continue;
    const after = a.tokens[t + 1];
    if (after && after.pos !== 'PUNCT') continue;
    if (a.tokens[t - 1]!.pos !== 'NOUN') continue;
    const np: number[] = [];
    for (let k = t - 1; k >= s.first && np.length < 8; k--) {
      const x = a.tokens[k]!;
      if (x.pos === 'DET') break;
      if (!/^(?:NOUN|PROPN|NUM|ADJ|SYM|ADP|PUNCT)$/.test(x.pos) || /^[,;:“”"]$/.test(x.text)) return null;
      np.unshift(k);
    }
    const text = pieceText(a, { tokens: np });
    return draft(finishQuestion(`Will the ${tok.text.toLowerCase()} ${text} materialise`), 'hedged-prediction', s, 2);
  }
  return null;
};

/** "An improved offer has been anticipated as talks go on" → "Will an improved offer materialise?" (present tense only: a past expectation may have been met). */
export const awaitedPassive: Rule = (ctx, s) => {
  const a = ctx.analysis;
  for (let t = s.first + 2; t <= s.last; t++) {
    if (!/^(?:anticipated|expected|awaited)$/i.test(a.tokens[t]!.text)) continue;
    const next = a.tokens[t + 1];
    // "The console is expected in 2006", "… is expected next week": the time it is awaited for goes with it.
    const when = next ? dateAfter(ctx, s, t) : '';
    if (next && !when && next.pos !== 'PUNCT' && !/^(?:as|since|after|for|soon|shortly|later|widely)$/i.test(next.text)) continue;
    let k = t - 1;
    while (k > s.first && a.tokens[k]!.pos === 'ADV') k--;
    const at = lower(a.tokens[k]) === 'been' && /^(?:has|have)$/.test(lower(a.tokens[k - 1])) ? k - 1 : /^(?:is|are)$/.test(lower(a.tokens[k])) ? k : -1;
    if (at < 0) continue;
    const subject = subjectBefore(a, s, at);
    if (!subject) continue;
    const words = pieceText(a, subject);
    if (/^(?:it|this|that|they|he|she)$/i.test(words)) continue;
    return draft(finishQuestion(`Will ${lowerFirst(a, subject, words)} materialise${when ? ` ${when}` : ''}`), 'hedged-prediction', s, 1.8);
  }
  return null;
};

/** The date right after token `t` ("in 2006", "next week"), with its preposition, when it lies ahead; else ''. */
function dateAfter(ctx: RuleContext, s: Sentence, t: number): string {
  const a = ctx.analysis;
  const end = a.tokens[t]!.end;
  const d = (ctx.datesIn.get(s.i) ?? []).find((x) => x.start >= end && /^\s*(?:(?:in|on|by|before|within)\s+)?(?:(?:around|about|roughly|approximately)\s+)?$/i.test(a.text.slice(end, x.start)));
  if (!d || !ctx.referenceTime) return '';
  const value = d.value.split('/')[0]!;
  // ("by mid-March" read on 1 March: a month or a year that holds the reference time has not passed either.)
  const ref = ctx.referenceTime.slice(0, Math.min(10, value.length));
  const ahead = d.value === 'FUTURE_REF' || (/^\d{4}/.test(value) && (value.length < 10 ? value.slice(0, 10) >= ref : value.slice(0, 10) > ref));
  return ahead ? a.text.slice(a.tokens[t + 1]!.start, d.end) : '';
}

/** "did not rule out a strike" → "Will there be a strike?" */
export const notRuledOut: Rule = (ctx, s) => {
  const a = ctx.analysis;
  for (let t = s.first + 1; t < s.last - 1; t++) {
    if (a.tokens[t]!.lemma !== 'rule' || lower(a.tokens[t + 1]) !== 'out' || !a.tokens.slice(Math.max(s.first, t - 3), t).some((x) => NEGATION.test(x.text))) continue;
    const det = a.tokens[t + 2];
    if (!det) continue;
    if (!/^(?:a|an)$/i.test(det.text)) {
      const q = notRuledOutAct(ctx, s, t);
      if (q) return draft(q, 'hedged-prediction', s, 1.8);
      continue;
    }
    const { piece } = predicateFrom(a, s, t + 2);
    if (piece.tokens.length < 2 || piece.tokens.length > 8) continue;
    return draft(finishQuestion(`Will there be ${pieceText(a, piece)}`), 'hedged-prediction', s, 1.8);
  }
  return null;
};

/**
 * "The minister didn't rule out the possibility of cancelling the concession" → "Will the
 * minister cancel the concession?"; "would not rule out that the talks could fail" → "Could the
 * talks fail?". A negated "rule out" is a hedge (it leaves the act possible).
 */
function notRuledOutAct(ctx: RuleContext, s: Sentence, t: number): string | null {
  const a = ctx.analysis;
  let k = t + 2;
  if (/^(?:the|any)$/i.test(lower(a.tokens[k])) && /^(?:possibility|prospect|option|idea|chance)$/i.test(lower(a.tokens[k + 1])) && lower(a.tokens[k + 2]) === 'of') k += 3;
  if (lower(a.tokens[k]) === 'that' && a.tokens[k]!.pos !== 'DET') return invertClause(ctx, s, k + 1, { futureOfPast: true });
  const gerund = a.tokens[k];
  if (!gerund || gerund.pos !== 'VERB' || !/ing$/i.test(gerund.text)) return null;
  let at = t;
  while (at > s.first && (/^(?:AUX|PART)$/.test(a.tokens[at - 1]!.pos) || NEGATION.test(a.tokens[at - 1]!.text))) at--;
  const subject = subjectBefore(a, s, at);
  const resolved = subject ? resolveSubject(ctx, s, subject) : null;
  const predicate = predicateText(ctx, s, k);
  if (!resolved || !predicate || hasUnresolvedPerson(resolved.text) || /^(?:it|they|this|that|there)$/i.test(resolved.text)) return null;
  return finishQuestion(`Will ${resolved.text} ${predicate.text.replace(/^\S+/, gerund.lemma.toLowerCase())}`);
}

/**
 * "The BBC must still dispel confusion about the service, the report said", "the audit office
 * should have more power, the MPs said": a reported recommendation (deontic "should"/"must")
 * addressed to a named party is a decision still to be taken → "Will the BBC dispel …?".
 */
export const recommendation: Rule = (ctx, s) => {
  const a = ctx.analysis;
  for (let t = s.first + 1; t < s.last; t++) {
    const tok = a.tokens[t]!;
    if (!/^(?:should|must)$/i.test(tok.text) || tok.pos !== 'AUX') continue;
    const verb = verbAfter(a, s, t);
    // "should have gone": a past that did not happen; "must be" + adjective is an inference ("must be hard").
    const pastModal = lower(a.tokens[verb]) === 'have' && (a.tokens[verb + 1]?.pos === 'VERB' || lower(a.tokens[verb + 1]) === 'been');
    if (verb < 0 || pastModal || NEGATION.test(lower(a.tokens[t + 1]))) continue;
    if (!isReported(a, s, t) && !reportedAfter(a, s, t)) continue;
    const subject = subjectBefore(a, s, t);
    const first = subject ? a.tokens[subject.tokens[0]!]! : undefined;
    // Only a named party: "the BBC", "Ofcom"; not a class ("companies should …", "any company should …").
    if (!first || !(/^(?:the|this|its|their)$/i.test(first.text) || (first.pos === 'PROPN' && (a.sentences[first.sentence]?.first !== first.i || namesActor(ctx, subject!))))) continue;
    // "should be a wake-up call", "must be hard": a copula judges; only a passive ("should be given time") is an act.
    if (lower(a.tokens[verb]) === 'be' && a.tokens[verb + 1]?.pos !== 'VERB') continue;
    // "Mr Blair should be judged by results": how others ought to see someone, not an act to be taken.
    if (lower(a.tokens[verb]) === 'be' && JUDGEMENT.test(a.tokens[verb + 1]?.lemma ?? '')) continue;
    const q = willQuestion(ctx, s, t, verb);
    if (q) return draft(q, 'pending-decision', s, 1.7);
  }
  return null;
};

/** Whether an actor is mentioned within the piece ("Ofcom", not a common word capitalised at the sentence start). */
function namesActor(ctx: RuleContext, piece: { tokens: number[] }): boolean {
  const a = ctx.analysis;
  const start = a.tokens[piece.tokens[0]!]!.start;
  const end = a.tokens[piece.tokens[piece.tokens.length - 1]!]!.end;
  return ctx.actors.some((x) => x.mentions.some((m) => m.start < end && m.end > start));
}

/** Verbs of judging and regard: "should be judged/seen/praised" says how to view someone, not what is to be done. */
const JUDGEMENT = /^(?:judge|see|consider|regard|view|remember|praise|blame|criticise|criticize|congratulate|applaud|commend|thank|credit|respect|trust|believe|treat|proud|ashamed)$/i;

/** A reporting verb after token `t`, past a comma: "…, the MPs said". */
export function reportedAfter(a: Analysis, s: Sentence, t: number): boolean {
  let comma = false;
  for (let k = t + 1; k <= Math.min(s.last, t + 40); k++) {
    const x = a.tokens[k]!;
    if (x.text === ',' || /^[”"’]$/.test(x.text)) comma = true;
    else if (comma && x.pos === 'VERB' && REPORTING.test(x.text)) return true;
  }
  return false;
}

/**
 * Nouns that hedge an event not yet come (Hyland 2005, hedging nouns: hope, fear, prospect,
 * possibility, likelihood, chance; with threat and expectation): "raising hopes of a thaw in
 * relations" → "Will there be a thaw in relations?".
 */
const PROSPECT_NOUN = /^(?:hopes?|fears?|prospects?|possibility|likelihood|chances?|threats?|expectations?|speculation|rumou?rs?|talk)$/i;

/** "hopes of a thaw in relations between …", "the threat of a strike" → "Will there be …?" */
export const prospectNoun: Rule = (ctx, s) => {
  const a = ctx.analysis;
  for (let t = s.first; t < s.last - 2; t++) {
    // ("hopes", "fears" are often tagged as verbs; no verb takes "of" after it this way.)
    if (!PROSPECT_NOUN.test(a.tokens[t]!.text) || lower(a.tokens[t + 1]) !== 'of') continue;
    // Only a coming event, introduced as new ("a thaw", "further strikes"), not a thing already named.
    if (!/^(?:a|an|another|further|fresh|new|more)$/i.test(lower(a.tokens[t + 2]))) continue;
    // "if they think there's no chance of an upset": a supposition.
    if (inCondition(a, s, t)) continue;
    const np: number[] = [];
    for (let k = t + 2; k <= s.last && np.length < 12; k++) {
      const x = a.tokens[k]!;
      // "the armed group": a participle between a determiner and its noun is an adjective.
      const attributive = x.pos === 'VERB' && /ed$/i.test(x.text) && a.tokens[k - 1]?.pos === 'DET' && a.tokens[k + 1]?.pos === 'NOUN';
      if (!/^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(x.pos) && !attributive && !/^(?:of|in|between|with|without|on|over|and|to|from)$/i.test(x.text) && !isWordHyphen(a, k)) break;
      np.push(k);
    }
    while (np.length > 0 && /^(?:ADP|CCONJ|DET)$/.test(a.tokens[np[np.length - 1]!]!.pos)) np.pop();
    if (np.length < 2 || a.tokens[np[np.length - 1]!]!.pos === 'ADJ') continue;
    const text = pieceText(a, { tokens: np });
    // ("a possible shake-up": a hyphenated word cut at its hyphen is no phrase.)
    if (hasUnresolvedPerson(text) || /\b(?:its|their|his|her|it|them)\b/i.test(text) || /-$/.test(text)) continue;
    return draft(finishQuestion(`Will there be ${text}`), 'hedged-prediction', s, 2);
  }
  return null;
};

const CONSEQUENCE_MODAL = /^(?:will|could|might|may|would|’ll|'ll)$/i;

/**
 * "If NATO cannot agree …, some countries will act individually" → "Will some countries act
 * individually if NATO cannot agree …?"; the "if" may open the sentence or a reported clause
 * ("experts said that if …, it will …"). A consequence about the condition itself ("it will set a
 * new standard") is asked as "If …, will it …?".
 */
export const conditional: Rule = (ctx, s) => {
  const a = ctx.analysis;
  for (let at = s.first; at < s.last - 2; at++) {
    const w = lower(a.tokens[at]);
    if (w !== 'if' && w !== 'unless') continue;
    if (!opensClauseHere(a, s, at)) {
      refuse(ctx, 'condition: not at a clause start');
      continue;
    }
    const { piece, stop } = predicateFrom(a, s, at + 1);
    const condition = pieceText(a, piece);
    const participle = piece.tokens.length === 1 && a.tokens[piece.tokens[0]!]!.pos === 'VERB' && /(?:ed|en)$/i.test(condition);
    if ((piece.tokens.length < 3 && !participle) || hasUnresolvedPerson(condition) || /\bhad\b/i.test(condition) || isGenericCondition(a, piece) || !isComplete(a, piece)) {
      refuse(ctx, piece.tokens.length < 3 && !participle ? 'condition: too short' : hasUnresolvedPerson(condition) ? 'condition: unresolved person' : /\bhad\b/i.test(condition) ? 'condition: past perfect' : isGenericCondition(a, piece) ? 'condition: generic' : 'condition: incomplete');
      continue;
    }
    const tail = `${w} ${condition}`;
    // The consequence: its first predicted clause after the condition.
    for (let t = stop + 1; t < s.last; t++) {
      const tok = a.tokens[t]!;
      const x = tok.text.toLowerCase();
      let verbAt = -1;
      let from = -1;
      // ("would have allowed": a past modal perfect after a condition is counterfactual, settled (Quirk et al.
      // 1985, §14.23); "will have given" is a future perfect, still open.)
      if (CONSEQUENCE_MODAL.test(x) && (tok.pos === 'AUX' || tok.pos === 'VERB') && verbAfter(a, s, t) > 0 && !(/^(?:would|could|might|may)$/.test(x) && isPerfect(a, verbAfter(a, s, t)))) [verbAt, from] = [t, t + 1];
      else if (PREDICTIVE_ADJ.has(x) && lower(a.tokens[t + 1]) === 'to' && a.tokens[t - 1]?.lemma === 'be') [verbAt, from] = [t - 1, t + 2];
      if (verbAt < 0) {
        if (t === s.last - 1) refuse(ctx, 'condition: no modal consequence after it');
        continue;
      }
      // "If England lose to Italy, they would be in turmoil": a pronoun opening the consequence
      // stands for the condition's subject when it agrees with it → "Will England be in turmoil if they lose to Italy?".
      // (Not when the condition uses the pronoun itself: "if the appeal fails and it continues …" names another referent.)
      const own = wordsOf(condition).includes(lower(a.tokens[verbAt - 1]));
      const shared = verbAt - 1 === firstAfterComma(a, s, stop) && !own ? sharedConditionSubject(ctx, s, at + 1, verbAt - 1) : null;
      if (shared) {
        const predicate = predicateText(ctx, s, from);
        const rest = pieceText(a, { tokens: piece.tokens.filter((k) => k > shared.last) });
        const text = predicate && rest ? finishQuestion(`Will ${shared.text} ${predicate.text} ${w} ${lower(a.tokens[verbAt - 1])} ${rest}`) : null;
        if (text) return draft(text, 'conditional', s, 3);
      }
      const q = willQuestion(ctx, s, verbAt, from, { tail });
      if (q) return draft(q, 'conditional', s, 3);
      // "it will set a new standard": "it" stands for what the condition describes.
      if (/^(?:it|this|that)$/i.test(lower(a.tokens[verbAt - 1])) && verbAt - 1 === firstAfterComma(a, s, stop)) {
        const predicate = predicateText(ctx, s, from);
        const text = predicate ? finishQuestion(`${w === 'if' ? 'If' : 'Unless'} ${condition}, will it ${predicate.text}`) : null;
        if (text) return draft(text, 'conditional', s, 3);
      }
      break;
    }
  }
  return null;
};

/**
 * The condition's subject (a name or a definite noun phrase right after "if") when the pronoun at
 * `pronoun` agrees with it: "they" a plural noun or a name (a team, a country), "he"/"she" a person
 * the actors name. The pronoun's nearest candidate is the condition's own
 * subject, as centering theory prefers (Grosz, Joshi and Weinstein 1995).
 */
function sharedConditionSubject(ctx: RuleContext, s: Sentence, from: number, pronoun: number): { text: string; last: number } | null {
  const a = ctx.analysis;
  const p = lower(a.tokens[pronoun]);
  // ("it" may stand for the whole event the condition describes: that reading is asked below.)
  if (!/^(?:they|he|she)$/.test(p)) return null;
  const subject: number[] = [];
  for (let k = from; k < pronoun && subject.length < 6; k++) {
    const x = a.tokens[k]!;
    if (!/^(?:DET|ADJ|NOUN|PROPN)$/.test(x.pos) && !/^['’]s$/.test(x.text)) break;
    subject.push(k);
  }
  const head = a.tokens[subject[subject.length - 1] ?? -1];
  const verb = a.tokens[(subject[subject.length - 1] ?? -2) + 1];
  if (!head || !verb || (verb.pos !== 'VERB' && verb.pos !== 'AUX') || (head.pos !== 'NOUN' && head.pos !== 'PROPN')) return null;
  const first = a.tokens[subject[0]!]!;
  if (first.pos === 'DET' && !/^(?:the|this|these)$/i.test(first.text)) return null;
  const start = first.start;
  const person = ctx.actors.some((x) => x.type === 'person' && x.mentions.some((m) => m.start >= start && m.end === head.end));
  const plural = head.pos === 'NOUN' && /[^s'’]s$/i.test(head.text);
  const agrees = p === 'they' ? !person && (plural || head.pos === 'PROPN') : person;
  if (!agrees) return null;
  const piece = { tokens: subject };
  return { text: lowerFirst(a, piece, pieceText(a, piece)), last: subject[subject.length - 1]! };
}

/** "if" at the start of a clause: the sentence's first word, or after a comma, "that" or a reporting verb. */
function opensClauseHere(a: Analysis, s: Sentence, at: number): boolean {
  let k = at - 1;
  while (k >= s.first && (a.tokens[k]!.pos === 'SPACE' || /^[“"‘(]$/.test(a.tokens[k]!.text) || /^(?:but|and|yet|so|however|even)$/i.test(a.tokens[k]!.text))) k--;
  if (k < s.first) return true;
  const prev = a.tokens[k]!;
  // (": "If …" opens a quoted clause after its attribution.)
  return prev.text === ',' || prev.text === ':' || prev.text === 'that' || REPORTING.test(prev.text) || BELIEF.test(prev.text);
}

function firstAfterComma(a: Analysis, s: Sentence, stop: number): number {
  let k = stop;
  while (k <= s.last && (a.tokens[k]!.text === ',' || a.tokens[k]!.pos === 'SPACE')) k++;
  return k;
}

/** The words of a text, lower-cased (a token is compared with them as a whole word). */
function wordsOf(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}'’-]+/u);
}
