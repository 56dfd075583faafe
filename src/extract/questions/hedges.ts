// The last resort for a sentence that a hedge cue marks as a guess but that no rule before could
// turn into a direct question: the hedged clause is asked whole, in its own words ("Is it likely
// that fans of Bond will find enough here?"). The cues are few and strong, so a sentence that
// carries one is seldom settled by the article; the question weighs least of all.
import type { Analysis, Sentence, Token } from '../nlp.js';
import { draft, findToken, invertClause, lower, opensClause, range, strayFiniteAt, whQuestion, type Rule } from './ask.js';
import { CLAUSE_TAKING, finishQuestion, isPunct, lowerFirst, pieceText, subjectBefore } from './clause.js';
import { NEGATION, REPORTING } from './cues.js';
import { infinitiveQuestion } from './doubts.js';
import { hasUnresolvedPerson } from './resolve.js';

/**
 * Hedging adverbs of the CoNLL-2010 shared task cue lists (Farkas et al. 2010; the BioScope
 * and Wikipedia hedge cues), which Hyland (2005, appendix of hedges) lists too.
 */
export const HEDGE_ADVERB = /^(?:likely|unlikely|probably|possibly|perhaps|maybe|presumably)$/i;
/** Copulas before "likely to" ("remains likely to continue"): with it, a prediction worded as "will" (Hyland 2005 lists "be likely to" among the hedges). */
const COPULA = /^(?:is|are|remains?|seems?|looks?|appears?|was|were|remained|seemed|looked|appeared)$/i;

/** Where a clause ends in running text: a quotation mark, a semicolon or colon, a dash between words. */
const CLAUSE_BOUNDARY = /^(?:["“”;:]|[-–—]{1,2})$/;
/** Subordinators whose clause is cut at its comma ("While X is likely to …, …"): the hedged part is what stays before it. */
const SUBORDINATOR = /^(?:while|although|though|whereas|as|since|because)$/i;
/** Pronouns a question cannot use without their referent. */
const POINTING = /^(?:he|she|it|they|this|that|these|those|him|her|them|his|its|their)$/i;
const LIMIT = { min: 4, max: 20 };

/** Whether token `k` ends a clause: a hyphen inside a word ("mass-market") does not. */
function isBoundary(a: Analysis, k: number): boolean {
  const x = a.tokens[k]!;
  if (!CLAUSE_BOUNDARY.test(x.text)) return false;
  return !/^[-–—]/.test(x.text) || /\s/.test(a.text.charAt(x.start - 1)) || /\s/.test(a.text.charAt(x.end));
}

/** The span of the clause (token indices) around token `t`: out to the nearest clause boundary on either side. */
function clauseAround(a: Analysis, s: Sentence, t: number): { from: number; to: number } {
  let from = t;
  while (from > s.first && !isBoundary(a, from - 1)) from--;
  let to = t;
  while (to < s.last && !isBoundary(a, to + 1)) to++;
  // Final punctuation is no part of the clause.
  while (to > t && a.tokens[to]!.pos === 'PUNCT') to--;
  return { from, to };
}

/** Whether a hedge adverb qualifies a clause: not a noun phrase ("perhaps the two most important bands") nor a cause ("likely because of …"). */
function hedgesClause(a: Analysis, s: Sentence, t: number): boolean {
  const tok = a.tokens[t]!;
  if (tok.pos !== 'ADV' && !(tok.pos === 'ADJ' && /^likely$/i.test(tok.text))) return false;
  const next = a.tokens[t + 1];
  const prev = a.tokens[t - 1];
  if (!next || t >= s.last) return false;
  if (/unlikely|likely/i.test(tok.text) && prev && COPULA.test(prev.text)) return /^to$/i.test(next.text);
  // "unlikely" hedges only as "be unlikely to".
  if (/^unlikely$/i.test(tok.text)) return false;
  // Before a determiner it hedges a noun phrase ("The band, perhaps the loudest act, …"), unless it opens the clause ("Maybe the board has …").
  const opensClause = !prev || prev.sentence !== tok.sentence || /^["“‘(;:]$/.test(prev.text) || prev.pos === 'CCONJ';
  if (/^(?:NUM|SCONJ|ADP|PUNCT)$/.test(next.pos) || (next.pos === 'DET' && !opensClause)) return false;
  // "more likely", "the likely winner": degrees and attributes.
  if (prev && /^(?:more|most|less|least|the|a|very|quite|highly|as|so|too|be|been)$/i.test(prev.text)) return false;
  return true;
}

/** The clause's words as a question may quote them: its leading connective and a closing attribution ("…, he said") dropped, the hedge taken out. */
function clauseWords(a: Analysis, s: Sentence, from: number, to: number, hedge: number): Token[] | null {
  // "the Fed remains likely to continue" → "the Fed will continue": the copula and "to" go with the hedge, "will" stands for them.
  const copula = COPULA.test(a.tokens[hedge - 1]?.text ?? '') && /^to$/i.test(a.tokens[hedge + 1]?.text ?? '') ? hedge - 1 : -1;
  const will: Token | null = copula >= 0 ? { ...a.tokens[copula]!, text: /^(?:was|were|remained|seemed|looked|appeared)$/i.test(a.tokens[copula]!.text) ? 'would' : 'will', pos: 'AUX' } : null;
  let words = a.tokens
    .slice(from, to + 1)
    .filter((x) => x.i !== hedge && x.pos !== 'SPACE' && !(copula >= 0 && x.i === hedge + 1))
    .map((x) => (will && x.i === copula ? will : x));
  while (words.length > 0 && (/^(?:and|but|so|yet|or|however|now|then|also|still)$/i.test(words[0]!.text) || words[0]!.text === ',')) words = words.slice(1);
  if (words.length > 0 && SUBORDINATOR.test(words[0]!.text)) {
    const comma = words.findIndex((x) => x.text === ',');
    if (comma < 0 || comma < words.findIndex((x) => x.i > hedge)) return null;
    words = words.slice(1, comma);
  }
  // "…, UBS economist Maury Harris told Reuters": the attribution goes.
  const comma = words.map((x) => x.text).lastIndexOf(',');
  if (comma > 0 && words.slice(comma + 1).some((x) => REPORTING.test(x.text))) {
    if (words[comma]!.i < hedge) return null;
    words = words.slice(0, comma);
  }
  while (words.length > 0 && words[words.length - 1]!.pos === 'PUNCT') words = words.slice(0, -1);
  // "Given that attitude, the Fed will …": an opening phrase that no subject starts ends at its comma.
  if (words.length > 0 && !/^(?:DET|NOUN|PROPN|NUM|ADJ|PRON)$/.test(words[0]!.pos)) {
    const opening = words.findIndex((x) => x.text === ',');
    if (opening > 0 && words[opening]!.i < hedge) words = words.slice(opening + 1);
  }
  // A comma left beside the hedge's place ("will, perhaps, find"): one comma too many.
  words = words.filter((x, k) => !(x.text === ',' && (words[k + 1]?.text === ',' || (words[k - 1]?.i ?? -2) === hedge - 1 && a.tokens[hedge + 1]?.text === ',')));
  if (words.length < LIMIT.min || words.length > LIMIT.max) return null;
  return words;
}

/** A verb that can carry a clause: not a participle after its noun ("a trip designed to …"), nor a gerund. */
function isFinite(x: Token, before: Token | undefined): boolean {
  if (x.pos === 'AUX') return true;
  if (x.pos !== 'VERB' || /ing$/i.test(x.text) || /^to$/i.test(before?.text ?? '')) return false;
  return !(/(?:ed|en)$/i.test(x.text) && (before?.pos === 'NOUN' || before?.pos === 'PROPN'));
}

/** The tokens as written, their spacing kept; the first word lowered unless it is a name. */
function spell(a: Analysis, words: Token[]): string {
  let out = '';
  for (const [k, w] of words.entries()) {
    const before = k === 0 ? '' : a.text.slice(words[k - 1]!.end, w.start) === '' ? '' : ' ';
    out += before + w.text;
  }
  const first = words[0]!;
  // A sentence's first word is capitalised whatever it is ("Diehard fans"): only a name seen capitalised mid-sentence keeps its capital.
  const opening = a.tokens[first.i - 1] === undefined || a.tokens[first.i - 1]!.sentence !== first.sentence || /^["“‘(]$/.test(a.tokens[first.i - 1]!.text);
  const name = first.pos === 'PROPN' && (!opening || new RegExp(`[\\p{L},] ${first.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'u').test(a.text));
  return name || first.text === 'I' ? out : out.charAt(0).toLowerCase() + out.slice(1);
}

/**
 * "Diehard fans of Bond will probably find enough here" → "Is it likely that diehard fans of Bond
 * will find enough here?": the clause a hedge adverb qualifies, asked as it stands.
 */
export const hedgedStatement: Rule = (ctx, s) => {
  const a = ctx.analysis;
  for (let t = s.first; t <= s.last; t++) {
    if (!HEDGE_ADVERB.test(a.tokens[t]!.text) || !hedgesClause(a, s, t)) continue;
    const { from, to } = clauseAround(a, s, t);
    let words = clauseWords(a, s, from, to, t);
    if (!words) continue;
    // "analysts said any gains are likely to be short-lived": the hedge qualifies what was said,
    // so the question asks the reported clause, not the saying.
    const said = words.findIndex((x, k) => k >= 1 && k <= 3 && REPORTING.test(x.text) && x.pos === 'VERB');
    if (said > 0) words = words.slice(said + (lower(words[said + 1]) === 'that' ? 2 : 1));
    // ("were likely to be seen as "gimmicks"": a clause cut before a quoted word ends in its preposition.)
    if (words.length === 0 || words[words.length - 1]!.pos === 'ADP') continue;
    // A verb the clause can be asked by, and a subject the question can name.
    if (!words.some((x, k) => isFinite(x, words[k - 1]))) continue;
    if (!/^(?:DET|NOUN|PROPN|NUM|ADJ|PRON)$/.test(words[0]!.pos) || (words[0]!.pos === 'PRON' && POINTING.test(words[0]!.text))) continue;
    const clause = spell(a, words);
    if (hasUnresolvedPerson(clause) || /["“”?]/.test(clause)) continue;
    return draft(`Is it likely that ${clause}?`, 'hedged-prediction', s, 0.9);
  }
  return null;
};

/** Hyland's (2005) hedging adjectives that take an extraposed "that"-clause ("it is likely that …"). */
const EXTRAPOSING_HEDGE = /^(?:likely|unlikely|possible|probable|doubtful|conceivable|plausible)$/i;
/** The copula of an extraposition, its contracted form and the copulas of appearance (Quirk et al. 1985, §16.21). */
const EXTRAPOSING_COPULA = /^(?:is|was|['’]s|looks|seems|appears|remains)$/i;

/**
 * "it is likely that more stand by the cause", "it looks likely that growth … will slow", "It’s
 * possible that Apple will do it …": a hedge adjective over an extraposed clause (Quirk et al.
 * 1985, §18.33) leaves that clause a guess → the clause asked as it stands ("Do more stand by the
 * cause?", "Will growth … slow?"). "It is clear that …" is no hedge and is left alone.
 */
export const hedgedExtraposition: Rule = (ctx, s) => {
  const a = ctx.analysis;
  for (let t = s.first + 2; t < s.last - 2; t++) {
    if (!EXTRAPOSING_HEDGE.test(a.tokens[t]!.text)) continue;
    // The extraposed clause may drop its "that" ("It is possible the posters were …", Quirk et al.
    // 1985): then a clause must open right after the adjective.
    const that = lower(a.tokens[t + 1]) === 'that';
    if (!that && !opensClause(a, s, t + 1)) continue;
    const from = that ? t + 2 : t + 1;
    let k = t - 1;
    while (k > s.first && a.tokens[k]!.pos === 'ADV') k--;
    // ("it would seem unlikely …", "it may be possible …": the copula's base form after a modal.)
    const modal = /^(?:be|seem|appear|look|remain)$/i.test(a.tokens[k]!.text) && /^(?:would|could|may|might)$/i.test(lower(a.tokens[k - 1])) && lower(a.tokens[k - 2]) === 'it';
    if (!modal && (!EXTRAPOSING_COPULA.test(a.tokens[k]!.text) || lower(a.tokens[k - 1]) !== 'it')) continue;
    // "that more people contract feather duvet lung than is documented": a first verb right after
    // "than" is the comparison's, and the clause's own verb was misread as a noun.
    const verb = findToken(a, from, s.last, (x) => x.pos === 'VERB' || x.pos === 'AUX');
    if (verb < 0 || lower(a.tokens[verb - 1]) === 'than') continue;
    // ("It was possible the men had fled": under a past copula a past perfect is the plain past moved back.)
    const q = invertClause(ctx, s, from, { futureOfPast: /^was$/i.test(a.tokens[k]!.text) });
    if (q) return draft(q, 'hedged-prediction', s, 1.6);
  }
  return null;
};

/** Verbs that say estimates disagree ("Estimates of … vary widely"). */
const DISAGREE = /^(?:vary|varies|varied|differ|differs|differed|diverge|diverges|conflict|conflicts)$/;

/**
 * "Estimates of Iraq's unemployment rate vary" → "What is Iraq's unemployment rate?"; "Estimates of
 * how many users Firefox has won over vary widely" → "How many users has Firefox won over?".
 * "Estimate" is a hedge (Hyland 2005; a CoNLL-2010 cue): estimates that disagree leave the figure
 * unknown, and the question is what they estimate.
 */
export const estimatesDisagree: Rule = (ctx, s) => {
  const a = ctx.analysis;
  for (let t = s.first; t < s.last - 2; t++) {
    const tok = a.tokens[t]!;
    // (Opening a sentence, "Estimates" may be tagged as a name.)
    if (!/^estimates$/i.test(tok.text) || !/^(?:NOUN|PROPN)$/.test(tok.pos) || lower(a.tokens[t + 1]) !== 'of') continue;
    // The estimates open their clause: the sentence's start, or after a comma or a conjunction.
    const before = a.tokens[t - 1];
    if (t > s.first && before && !/^(?:,|but|and|yet|however|;|["“‘])$/i.test(before.text) && before.pos !== 'ADJ') continue;
    const verb = findToken(a, t + 3, Math.min(s.last, t + 18), (x) => DISAGREE.test(x.text) || (isPunct(x) && x.text !== "'s"));
    if (verb < 0 || !DISAGREE.test(a.tokens[verb]!.text)) continue;
    const at = t + 2;
    if (/^(?:how|what|who|which|when|where|why)$/i.test(lower(a.tokens[at]))) {
      const q = whQuestion(ctx, s, at, { until: verb });
      if (q) return draft(q, 'stated-unknown', s, 2.2);
      continue;
    }
    const np = range(at, verb - 1);
    if (!np.every((k) => /^(?:DET|ADJ|NOUN|PROPN|NUM|ADP|PART)$/.test(a.tokens[k]!.pos)) || a.tokens[verb - 1]!.pos !== 'NOUN') continue;
    const text = pieceText(a, { tokens: np });
    if (hasUnresolvedPerson(text) || /\b(?:its|their|his|her|it|them)\b/i.test(text)) continue;
    const plural = /[^s]s$/i.test(a.tokens[verb - 1]!.text) && a.tokens[verb - 1]!.lemma.toLowerCase() !== a.tokens[verb - 1]!.text.toLowerCase();
    return draft(finishQuestion(`What ${plural ? 'are' : 'is'} ${lowerFirst(a, { tokens: np }, text)}`), 'stated-unknown', s, 2.2);
  }
  return null;
};

/** Verbs of appearance that raise their clause's subject (CoNLL-2010 hedge cues "appear", "seem"; Quirk et al. 1985, on raising). */
const APPEARANCE = /^(?:appears?|appeared|seems?|seemed)$/i;
/** Evidential adverbs of the CoNLL-2010 Wikipedia weasel and hedge cues that, opening a sentence, leave its clause on hearsay. */
const EVIDENTIAL_OPENER = /^(?:apparently|reportedly|allegedly|supposedly|purportedly|seemingly|ostensibly)$/i;

/**
 * "The problems appear to have begun with …" → "Did the problems begin with …?"; "The talks seem
 * to have stalled" → "Did the talks stall?"; "It appears (that) the money was never paid" → "Was
 * the money never paid?"; "Apparently the two men had met before" → "Did the two men meet
 * before?". What only appears so is a hedge over the clause, asked as it stands.
 */
export const apparentClause: Rule = (ctx, s) => {
  const a = ctx.analysis;
  for (let t = s.first; t < s.last - 1; t++) {
    const tok = a.tokens[t]!;
    if (EVIDENTIAL_OPENER.test(tok.text) && t === clauseStart(a, s)) {
      const from = a.tokens[t + 1]?.text === ',' ? t + 2 : t + 1;
      if (!opensClause(a, s, from)) continue;
      const q = invertClause(ctx, s, from, { futureOfPast: true });
      if (q) return draft(q, 'single-source', s, 1.6);
      continue;
    }
    if (!APPEARANCE.test(tok.text) || (tok.pos !== 'VERB' && tok.pos !== 'AUX')) continue;
    const prev = lower(a.tokens[t - 1]);
    // "It appears (that) …", "It would seem …": the extraposed clause (Quirk et al. 1985, on raising and extraposition).
    if (prev === 'it' || (prev === 'would' && lower(a.tokens[t - 2]) === 'it')) {
      const that = lower(a.tokens[t + 1]) === 'that';
      const from = that ? t + 2 : t + 1;
      // ("it would seem unlikely he …": an adjective after the verb is its complement, asked by the hedge rules.)
      if (!that && (!opensClause(a, s, from) || /^(?:ADJ|ADV)$/.test(a.tokens[from]!.pos))) continue;
      // ("when it seemed a breakthrough was certain": in a clause of time the appearance is narrated, not open.)
      const it = prev === 'it' ? t - 1 : t - 2;
      if (/^(?:when|as|while|until|till|before|after|once)$/i.test(lower(a.tokens[it - 1]))) continue;
      const q = invertClause(ctx, s, from);
      if (q) return draft(q, 'hedged-prediction', s, 1.6);
      continue;
    }
    if (lower(a.tokens[t + 1]) !== 'to') continue;
    // "does not appear to have …": the negated hedge still leaves the clause open; "do" carries the tense.
    let at = t;
    let tense = tok.text.toLowerCase();
    if (NEGATION.test(prev) && /^(?:does|do|did)$/i.test(lower(a.tokens[t - 2]))) {
      at = t - 2;
      tense = { does: 'appears', do: 'appear', did: 'appeared' }[lower(a.tokens[t - 2])]!;
    } else if (a.tokens[t - 1]?.pos === 'AUX' || a.tokens[t - 1]?.pos === 'PART') continue;
    const subject = subjectBefore(a, s, at);
    // ("there appears to be …": an existential subject has no clause of its own to ask; a personal
    // pronoun is left alone too, its referent too often another's in narration; the subject opens
    // with a noun phrase, not a participle cut from a relative clause.)
    if (!subject || !/^(?:DET|NOUN|PROPN|NUM|ADJ)$/.test(a.tokens[subject.tokens[0]!]!.pos)) continue;
    // The subject opens its clause (the sentence's start, a punctuation mark, a conjunction, "that"
    // or a verb of saying) and ends right before the verb: not the object of a clause before it
    // ("have been the focus of … and Japan seems to"), nor a phrase cut from its owner ("Williams' side").
    const opener = a.tokens[subject.tokens[0]! - 1];
    const opens = !opener || opener.sentence !== tok.sentence || (isPunct(opener) && !/^['’]s?$/.test(opener.text)) || /^(?:CCONJ|SCONJ)$/.test(opener.pos) || REPORTING.test(opener.text);
    let end = at - 1;
    while (end > subject.tokens[0]! && a.tokens[end]!.pos === 'ADV') end--;
    if (!opens || subject.tokens[subject.tokens.length - 1] !== end) continue;
    // A verb of saying, thinking or perceiving after "to" takes a clause the question would cut ("seemed to feel that …").
    let v = t + 2;
    if (lower(a.tokens[v]) === 'have') v++;
    while (v < s.last && a.tokens[v]!.pos === 'ADV') v++;
    const infinitive = a.tokens[v];
    const takesClause = infinitive !== undefined && (CLAUSE_TAKING.has(infinitive.lemma.toLowerCase()) || PERCEIVING.test(infinitive.lemma));
    if (takesClause && (lower(a.tokens[v + 1]) === 'that' || opensClause(a, s, v + 1))) continue;
    const head = a.tokens[subject.tokens[subject.tokens.length - 1]!]!;
    const plural = /^(?:they|we)$/i.test(head.text) || (head.pos === 'NOUN' && /[^s'’]s$/i.test(head.text));
    const be = /s$/.test(tense) ? 'is' : /ed$/.test(tense) ? (plural ? 'were' : 'was') : 'are';
    const q = infinitiveQuestion(ctx, s, at, be, t + 1);
    // ("He appears to have said these things": a referent only the speaker points at.)
    if (q && !/\b(?:these|those|him|her|them|it)\b|\bthat(?: \S+){0,5}\?$/i.test(q)) return draft(q, 'hedged-prediction', s, 1.6);
  }
  return null;
};

/** Verbs of perceiving and accepting that take a "that"-clause (Quirk et al. 1985, on complementation), beyond the verbs of saying and thinking. */
const PERCEIVING = /^(?:feel|accept|acknowledge|recognise|recognize|realise|realize|understand|admit|concede|confirm|find|see)$/i;

/** The first word of the sentence past opening quote marks and a linking conjunction. */
function clauseStart(a: Analysis, s: Sentence): number {
  let k = s.first;
  while (k < s.last && (/^["“‘(]$/.test(a.tokens[k]!.text) || /^(?:but|and|yet|so)$/i.test(a.tokens[k]!.text))) k++;
  return k;
}

/**
 * Nouns of the CoNLL-2010 hedge cues (Farkas et al. 2010: possibility, speculation, rumour, doubt,
 * suspicion) with the hope and fear nouns of FactBank's nominal source-introducing predicates
 * (Saurí & Pustejovsky 2009), which take an appositive "that"-clause (Quirk et al. 1985, §17.26).
 */
const HEDGE_NOUN = /^(?:possibility|possibilities|speculation|rumou?rs?|doubts?|suspicions?|hopes?|fears?|likelihood|chances?)$/i;
/** Verbs of growing or lasting between a hedge noun and its extraposed clause ("Fears are growing that …"). */
const SPREADING = /^(?:grow|mount|rise|increase|remain|persist|swirl|circulate|spread|linger)$/i;

/**
 * "There is a possibility that the race will be cancelled" → "Will the race be cancelled?";
 * "Rumours that the band will split have circulated" → "Will the band split?"; "Fears are
 * growing that …". A guess named as a noun leaves its clause open. "No doubt", "little doubt"
 * deny the doubt, and are left alone.
 */
export const hedgeNounClause: Rule = (ctx, s) => {
  const a = ctx.analysis;
  for (let t = s.first; t < s.last - 2; t++) {
    const tok = a.tokens[t]!;
    if (!HEDGE_NOUN.test(tok.text) || tok.pos === 'VERB' || /^(?:no|little|without|beyond)$/i.test(lower(a.tokens[t - 1]))) continue;
    let that = t + 1;
    const extraposed = lower(a.tokens[that]) !== 'that';
    // "Fears are growing that …": the clause extraposed past a verb of growing or lasting.
    if (extraposed) {
      let k = t + 1;
      while (k < t + 4 && a.tokens[k]!.pos === 'AUX') k++;
      if (!SPREADING.test(a.tokens[k]!.lemma) || lower(a.tokens[k + 1]) !== 'that') continue;
      that = k + 1;
    }
    if (a.tokens[that]!.pos === 'PRON' || !opensClause(a, s, that + 1)) continue;
    // ("speculation that the duo do not think the price … is high enough": a verb of saying or
    // thinking in the clause takes a clause of its own, which the question would cut.)
    const own = findToken(a, that + 2, Math.min(s.last, that + 12), (x) => x.pos === 'VERB');
    if (own >= 0 && CLAUSE_TAKING.has(a.tokens[own]!.lemma.toLowerCase())) continue;
    // ("Rumours that the band will split have circulated": the clause ends where the noun's own verb comes.)
    const verb = findToken(a, that + 2, Math.min(s.last, that + 12), (x) => x.pos === 'VERB' || x.pos === 'AUX');
    const stray = verb < 0 ? -1 : strayFiniteAt(a, { tokens: range(verb, s.last) });
    // A noun in the sentence's subject is followed by the sentence's own verb: without an auxiliary
    // to show where that verb starts ("The possibility that the mine will close worries …"), the clause's end is unknown.
    const inSubject = range(s.first, t - 1).every((k) => /^(?:DET|ADJ|PUNCT)$/.test(a.tokens[k]!.pos));
    if (inSubject && !extraposed && stray <= 0) continue;
    const q = invertClause(ctx, s, that + 1, { futureOfPast: true, ...(stray > 0 ? { until: verb + stray } : {}) });
    if (q) return draft(q, 'hedged-prediction', s, 1.6);
  }
  return null;
};
