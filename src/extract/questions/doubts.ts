// Rules for claims a reader cannot take as settled: denied or disputed ones ("X denied that …",
// "has been accused of …", "allegedly …") and those resting on one source ("according to …",
// "reportedly", "is said to", "X reported that …"). Each asks whether the claim holds.
import type { Analysis, Sentence, Token } from '../nlp.js';
import { baseForm, draft, findToken, type Draft, invertClause, lower, opensClause, predicateText, relativeAntecedent, type Rule, type RuleContext } from './ask.js';
import { ACCUSE_LEMMAS, DISPUTE_LEMMAS, NEGATION, REPORTING, WEASEL_PASSIVE } from './cues.js';
import { contentCut, finishQuestion, isPunct, isWordHyphen, pieceText, subjectBefore, type Piece } from './clause.js';
import { hasUnresolvedPerson, resolveSubject } from './resolve.js';

/** Sources that are records, not a person's word ("according to data from …"). */
const RECORD = /^(?:data|figures|statistics|records|filings|documents|polls?|surveys?|estimates|research|stud(?:y|ies)|census|index|tables|rankings|calculations|measurements)$/i;
/**
 * "according to his wishes", "according to plan": "according to" in its sense of conformity (in
 * accordance with), not of attribution (Quirk et al. 1985, §9.11, complex prepositions); what
 * follows it is a rule or a wish, and nobody's word is cited.
 */
const CONFORMITY = /^(?:wish|wishes|will|plan|plans|schedule|rules?|law|laws|custom|tradition|instructions?|guidelines?|regulations?|terms|protocol|procedure|script|request|requests|demands?)$/i;

/** Nouns that name a claim ("rejected claims that …", "dismissed reports that …"). */
const CLAIM_NOUN = /^(?:claims?|allegations?|accusations?|suggestions?|reports?|charges?|assertions?|suspicions?|rumou?rs?|speculation|criticism|suggestion)$/i;

/** "Did {subject} {verb lemma} {rest}?" for the verb at `verb` (a gerund or a past form). */
function didQuestion(ctx: RuleContext, s: Sentence, subject: Piece, verb: number): string | null {
  const a = ctx.analysis;
  // "their ancestors": an owner the question cannot name.
  if (/^(?:its|their|his|her)$/i.test(a.tokens[subject.tokens[0]!]!.text)) return null;
  const resolved = resolveSubject(ctx, s, subject);
  if (!resolved || hasUnresolvedPerson(resolved.text)) return null;
  const v = a.tokens[verb]!;
  if (v.pos !== 'VERB') return null;
  // "the euros it supposedly held in an account": a pronoun subject of a clause whose object went before it.
  const before = a.tokens[subject.tokens[0]! - 1];
  const pronoun = subject.tokens.length === 1 && a.tokens[subject.tokens[0]!]!.pos === 'PRON' && before !== undefined && (/^(?:NOUN|PROPN|NUM)$/.test(before.pos) || before.text === ')');
  if (pronoun && a.tokens[verb + 1]?.pos === 'ADP' && !/^(?:to|up|off|out)$/i.test(a.tokens[verb + 1]!.text)) return null;
  const rest = objectText(ctx, s, verb + 1);
  // "Trump reportedly said, …": a verb with nothing after it asks nothing.
  if (!rest) return null;
  return finishQuestion(`Did ${resolved.text} ${baseForm(v)} ${rest}`);
}

/** The words after a verb up to the end of its clause, as the predicate helper cuts them; null when the verb has lost its clause. */
function objectText(ctx: RuleContext, s: Sentence, from: number): string | null {
  const a = ctx.analysis;
  const parts: string[] = [];
  const picked: number[] = [];
  let prevEnd = -1;
  let last: Token | undefined;
  for (let k = from; k <= s.last && parts.length < 18; k++) {
    const t = a.tokens[k]!;
    if (t.pos === 'SPACE') continue;
    // "a huge, salty ocean": a comma between adjectives stays.
    const listed = t.text === ',' && a.tokens[k - 1]?.pos === 'ADJ' && a.tokens[k + 1]?.pos === 'ADJ';
    if (/^[“”"‘]$/.test(t.text)) continue; // a quoted phrase reads on without its marks
    if (isPunct(t) && !listed && !/^['’]s$/.test(t.text) && !(t.text === '-' && prevEnd === t.start)) break;
    if (/^(?:which|who|because|although|while|as|but|and|or|when|after|before|since|if|unless)$/i.test(t.text) && parts.length > 0) break;
    // "… held in an account did not exist": the clause's own verb ends the phrase before it.
    if (t.pos === 'AUX' && parts.length > 0 && /^(?:NOUN|PROPN)$/.test(a.tokens[k - 1]?.pos ?? '')) break;
    parts.push((prevEnd === t.start || parts.length === 0 ? '' : ' ') + t.text);
    picked.push(k);
    prevEnd = t.end;
    last = t;
  }
  // "believe the executive pair [were …]", "knew instantly something [was wrong]": the verb before has lost its clause.
  if (contentCut(a, from - 1, picked)) return null;
  // Cut off after a determiner, or after an adjective before a comma ("a huge, …"): the noun it needed is missing.
  if (last && (last.pos === 'DET' || (last.pos === 'ADJ' && a.tokens[last.i + 1]?.text === ','))) return '';
  const text = parts.join('').trim().replace(/\s+(?:the|a|an|of|to|in|on|for|with|at|by|from)$/i, '');
  return hasUnresolvedPerson(text) ? '' : text.replace(/\b(?:our|my)\b/gi, 'the');
}

/**
 * "Assange denies the allegation" is answered by no one; "X denied that Y …", "X denied
 * taking …", "has been accused of …", "allegedly failed to …", "critics say …": did it happen?
 */
export const disputedClaim: Rule = (ctx, s) => {
  const a = ctx.analysis;
  for (let t = s.first; t <= s.last - 2; t++) {
    const tok = a.tokens[t]!;
    const lemma = tok.lemma.toLowerCase();
    const prevWords = a.tokens.slice(Math.max(s.first, t - 3), t);
    if (prevWords.some((x) => NEGATION.test(x.text))) continue; // "did not deny": no dispute
    // "to question the explanation offered by …": an account put in doubt → "Is the explanation … accurate?"
    if (tok.pos === 'VERB' && DISPUTE_LEMMAS.has(lemma) && lower(a.tokens[t + 1]) === 'the' && ACCOUNT_NOUN.test(a.tokens[t + 2]?.text ?? '')) {
      const q = accurateQuestion(ctx, s, t + 1);
      if (q) return draft(q, 'disputed', s, 1.8);
    }
    // "X denied that Y …", "rejected claims that Y …"
    if (tok.pos === 'VERB' && DISPUTE_LEMMAS.has(lemma)) {
      let k = t + 1;
      // "his side were denied two tries": a passive "denied" withholds something; it disputes nothing.
      if (/^(?:is|are|was|were|been|be|being)$/i.test(lower(a.tokens[t - 1]))) continue;
      const claimNoun = k + 1 <= s.last && /^(?:the|a|an|any|all|these|those)$/i.test(lower(a.tokens[k])) && CLAIM_NOUN.test(a.tokens[k + 1]!.text) ? k + 2 : CLAIM_NOUN.test(a.tokens[k]?.text ?? '') ? k + 1 : -1;
      if (claimNoun > 0 && lower(a.tokens[claimNoun]) === 'that') k = claimNoun + 1;
      // "denied suggestions there will be a giveaway": the claim's clause may follow without "that".
      else if (claimNoun > 0 && (opensClause(a, s, claimNoun) || (lower(a.tokens[claimNoun]) === 'there' && a.tokens[claimNoun + 1]?.pos === 'AUX'))) k = claimNoun;
      else if (lower(a.tokens[k]) === 'that' && a.tokens[k]!.pos !== 'DET' && (opensClause(a, s, k + 1) || a.tokens[k + 1]?.pos === 'PRON')) k++;
      else if (lemma !== 'deny' || !opensClause(a, s, k)) {
        // "Mr Jackson denies child molestation", "denied charges of fraud": is the accused guilty?
        if (lemma === 'deny') {
          const q = guiltQuestion(ctx, s, t);
          if (q) return draft(q, 'disputed', s, 2);
        }
        // "The US government denied the claims, saying …": the claims were made before.
        const denied = deniedAccount(ctx, s, t);
        if (denied) return { ...denied, rule: 'disputedClaim:denied-account' };
        // "denied taking bribes"
        const gerund = a.tokens[t + 1];
        if (lemma === 'deny' && gerund?.pos === 'VERB' && /ing$/i.test(gerund.text)) {
          const subject = subjectBefore(a, s, auxStart(a, s, t));
          const q = subject ? didQuestion(ctx, s, subject, t + 1) : null;
          if (q) return draft(q, 'disputed', s, 2);
        }
        continue;
      }
      const q = invertClause(ctx, s, k, { futureOfPast: true });
      if (q) return draft(q, 'disputed', s, 2);
      continue;
    }
    // "there is every reason to suspect (that) …", "analysts doubt that …": a claim put in doubt (Hyland's hedging verbs).
    // ("is so suspect that …": after a degree adverb the word is an adjective, whatever the tagger says.)
    if (/^(?:suspect|suspects|suspected|doubt|doubts|doubted)$/i.test(tok.text) && tok.pos === 'VERB' && !/^(?:so|too|very|rather|highly|quite|deeply)$/i.test(lower(a.tokens[t - 1]))) {
      const k = lower(a.tokens[t + 1]) === 'that' ? t + 2 : t + 1;
      if (!opensClause(a, s, k)) {
        if (lower(a.tokens[t + 1]) !== 'of') continue;
      } else {
        const q = invertClause(ctx, s, k);
        if (q) return draft(q, 'disputed', s, 1.8);
        continue;
      }
    }
    // "X has been accused of participating …", "accused X of V-ing …"
    if (ACCUSE_LEMMAS.has(lemma) && tok.pos === 'VERB') {
      const of = findToken(a, t + 1, Math.min(s.last, t + 6), (x) => x.text === 'of');
      const verb = of > 0 ? of + 1 : -1;
      if (verb < 0 || !/ing$/i.test(a.tokens[verb]?.text ?? '') || a.tokens[verb]!.pos !== 'VERB') continue;
      const passive = /^(?:is|are|was|were|been|being|be)$/i.test(lower(a.tokens[t - 1]));
      // "Michael Howard has accused Tony Blair of performing U-turns": in the active one named party
      // charges another, a point of debate; the agentless passive ("is accused of participating")
      // is the charge laid against someone, which a court or an inquiry will settle.
      if (!passive) continue;
      const subject: Piece | null = subjectBefore(a, s, auxStart(a, s, t)) ?? relativeAntecedent(a, s, auxStart(a, s, t));
      const q = subject ? didQuestion(ctx, s, subject, verb) : null;
      if (q) return draft(q, 'disputed', s, 2);
      continue;
    }
    // "which has been fined … and allegedly failing to keep up investment"
    if (/^allegedly$/i.test(tok.text) && a.tokens[t + 1]?.pos === 'VERB') {
      const subject = subjectBefore(a, s, t) ?? relativeAntecedent(a, s, t) ?? clauseSubject(a, s, t);
      const q = subject ? didQuestion(ctx, s, subject, t + 1) : null;
      if (q) return draft(q, 'disputed', s, 1.8);
      continue;
    }
    // "Carlineo's attorney said … that Carlineo never intended to harm Omar": the defence's denial, for the court to settle.
    if (DEFENCE.test(tok.text) && tok.pos === 'NOUN') {
      const said = findToken(a, t + 1, Math.min(s.last, t + 12), (x) => x.pos === 'VERB' && /^(?:said|says|told|insisted|insists|argued|argues|maintained|maintains)$/i.test(x.text));
      if (said < 0) continue;
      const that = findToken(a, said + 1, Math.min(s.last, said + 10), (x) => x.text === 'that' || x.text === ',');
      const from = that > 0 && a.tokens[that]!.text === 'that' ? that + 1 : said + 1;
      const neg = findToken(a, from + 1, Math.min(s.last, from + 6), (x) => /^(?:never|not|n['’]t)$/i.test(x.text));
      if (neg < 0 || !opensClause(a, s, from)) continue;
      const q = lower(a.tokens[neg]) === 'never' && a.tokens[neg + 1]?.pos === 'VERB' ? didQuestion(ctx, s, { tokens: rangeOf(from, neg - 1) }, neg + 1) : invertClause(ctx, s, from, { futureOfPast: true });
      if (q) return draft(q, 'disputed', s, 1.8);
      continue;
    }
    // "Critics say …": a contested view.
    if (/^(?:critics|opponents|sceptics|skeptics)$/i.test(tok.text) && a.tokens[t + 1] && /^(?:say|said|argue|argued|claim|claimed|fear|feared|warn|warned|insist|insisted)$/i.test(a.tokens[t + 1]!.text)) {
      const q = invertClause(ctx, s, t + 2, { futureOfPast: true });
      if (q) return draft(q, 'disputed', s, 1.8);
    }
  }
  return null;
};

/**
 * "According to Microsoft the messages were sent via …", "X reportedly told …", "is said to
 * have …", "Bloomberg News reported that …", "sources said …": a claim on one source's word.
 */
export const singleSource: Rule = (ctx, s) => {
  const a = ctx.analysis;
  const suggested = suggestedFinding(ctx, s);
  if (suggested) return suggested;
  for (let t = s.first; t <= s.last - 2; t++) {
    const tok = a.tokens[t]!;
    const w = tok.text.toLowerCase();
    // "The Taliban claimed responsibility for shooting down the helicopter": a claim of one party, unverified.
    if (/^(?:claimed|claims|claim|claiming)$/.test(w) && lower(a.tokens[t + 1]) === 'responsibility' && lower(a.tokens[t + 2]) === 'for') {
      const subject = subjectBefore(a, s, auxStart(a, s, t));
      if (!subject) continue;
      const act = a.tokens[t + 3];
      // "No group has claimed responsibility for the attack": a stated unknown.
      if (/^(?:no|nobody|none)$/i.test(a.tokens[subject.tokens[0]!]!.text)) {
        const object = objectText(ctx, s, t + 3) ?? '';
        const q = /^the\b/i.test(object) ? finishQuestion(`Who was behind ${object}`) : null;
        if (q) return draft(q, 'stated-unknown', s, 2);
        continue;
      }
      if (act?.pos === 'VERB' && /ing$/i.test(act.text)) {
        const q = didQuestion(ctx, s, subject, t + 3);
        if (q) return draft(q, 'single-source', s, 1.8);
        continue;
      }
      const resolved = resolveSubject(ctx, s, subject);
      const object = objectText(ctx, s, t + 3) ?? '';
      if (!resolved || hasUnresolvedPerson(resolved.text) || !/^(?:the|a|an|this|that|last|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/i.test(object) || object.split(' ').length < 2) continue;
      const q = finishQuestion(`${/^(?:they|the \w+s)$/i.test(resolved.text) || /[^s]s$/i.test(resolved.text) ? 'Were' : 'Was'} ${resolved.text} behind ${object.replace(/^(?:a|an)\b/i, 'the')}`);
      if (q) return draft(q, 'single-source', s, 1.8);
      continue;
    }
    if (w === 'according' && lower(a.tokens[t + 1]) === 'to') {
      // "according to data from …", "according to figures": a record cited, not a claim on one word.
      if (a.tokens.slice(t + 2, t + 6).some((x) => RECORD.test(x.text) || (CONFORMITY.test(x.text) && x.pos === 'NOUN'))) continue;
      // "according to John Binks, director of GfK", "according to the lawsuit": a source named on
      // the record is an attribution; only a vague one leaves the claim resting on nobody in particular.
      if (!isVagueSource(a, s, t + 2)) continue;
      const start = firstWord(a, s);
      const clauseAt = t === start ? afterSource(a, s, t + 2) : start;
      if (clauseAt < 0) continue;
      // "car sales fell 2.8%", "more than 2,500 civilians have been killed": a measured figure cited, not a claim on one word.
      if (isMeasure(a, s, clauseAt)) continue;
      const q = invertClause(ctx, s, clauseAt);
      if (q) return draft(q, 'single-source', s, 1.6);
      continue;
    }
    if (w === 'reportedly' || w === 'purportedly' || w === 'supposedly' || w === 'apparently') {
      const verb = a.tokens[t + 1];
      if (!verb || (verb.pos !== 'VERB' && verb.pos !== 'AUX')) continue;
      // "WeWork is reportedly being investigated", "has reportedly agreed": the adverb may stand
      // inside the verb group, after its first auxiliary; the subject comes before that.
      const group = auxStart(a, s, t);
      // ("The e-mail, which was apparently intended for …, suggested …": the hedge is the relative
      // clause's, and the main clause is no guess; "…, Bakrie has reportedly said": the report is the
      // clause before, not this one.)
      const subject = subjectBefore(a, s, group) ?? (group === t ? relativeAntecedent(a, s, t) : null);
      if (!subject || (group < t && REPORTING.test(a.tokens[findToken(a, t + 1, s.last, (x) => x.pos === 'VERB')]?.text ?? ''))) continue;
      const q = verb.pos === 'AUX' || group < t ? invertClause(ctx, s, subject.tokens[0]!, { skipAdverbs: true }) : didQuestion(ctx, s, subject, t + 1);
      if (q) return draft(q, 'single-source', s, 1.6);
      continue;
    }
    // "X reported (on Friday) that …": a report others have not confirmed.
    if (/^(?:reported|reports|reporting)$/i.test(w) && tok.pos === 'VERB' && !/^(?:is|are|was|were|been|be|had)$/i.test(lower(a.tokens[t - 1]))) {
      // "reported (on Friday) that …"; a report since overtaken ("had reported") is left alone.
      let that = t + 1;
      while (that <= Math.min(s.last, t + 5) && a.tokens[that]!.text !== 'that' && /^(?:ADP|PROPN|NUM|DET|NOUN)$/.test(a.tokens[that]!.pos)) that++;
      if (lower(a.tokens[that]) !== 'that') continue;
      const q = invertClause(ctx, s, that + 1, { futureOfPast: true });
      if (q) return draft(q, 'single-source', s, 1.6);
      continue;
    }
    // "is said to have …", "is believed to be …" (the Wikipedia weasel passives).
    if (WEASEL_PASSIVE.test(w) && tok.pos === 'VERB' && /^(?:is|are|was|were)$/i.test(lower(a.tokens[t - 1])) && lower(a.tokens[t + 1]) === 'to') {
      const q = weaselQuestion(ctx, s, t);
      if (q) return draft(q, 'single-source', s, 1.6);
      continue;
    }
    // "It is understood (that) …", "it is believed …".
    if (WEASEL_PASSIVE.test(w) && lower(a.tokens[t - 1]) === 'is' && lower(a.tokens[t - 2]) === 'it') {
      const q = invertClause(ctx, s, t + 1);
      if (q) return draft(q, 'single-source', s, 1.6);
      continue;
    }
    // "Sources said …", "sources close to the talks told the BBC …".
    if (/^sources$/i.test(w)) {
      const verb = findToken(a, t + 1, Math.min(s.last, t + 6), (x) => /^(?:said|say|says|told|suggested|indicated)$/i.test(x.text));
      if (verb < 0) continue;
      let k = verb + 1;
      while (k <= s.last && (a.tokens[k]!.pos === 'PROPN' || a.tokens[k]!.pos === 'DET' && a.tokens[k + 1]?.pos === 'PROPN')) k++;
      const q = invertClause(ctx, s, k, { futureOfPast: true });
      if (q) return draft(q, 'single-source', s, 1.6);
    }
  }
  return null;
};

/** Hedging adverbs of the CoNLL-2010 cue lists that leave the clause they modify a guess. */
const HEDGING_ADVERB = /^(?:maybe|perhaps|possibly|probably)$/i;

/**
 * "… and maybe Ireland have a little bit more talent overall", "Advertisers probably pay a lot
 * less …": a clause hedged by an adverb is a guess → "Do Ireland have …?", "Do advertisers pay …?".
 */
export const hedgedClause: Rule = (ctx, s) => {
  const a = ctx.analysis;
  for (let t = s.first; t < s.last - 1; t++) {
    if (!HEDGING_ADVERB.test(a.tokens[t]!.text) || a.tokens[t]!.pos !== 'ADV') continue;
    const next = a.tokens[t + 1]!;
    let q: string | null = null;
    // Before its clause ("maybe Ireland have …"), or between the subject and the verb ("Advertisers probably pay …").
    if (opensClause(a, s, t + 1) && (t === s.first || isPunct(a.tokens[t - 1]!) || /^(?:and|but|so|or)$/i.test(lower(a.tokens[t - 1])))) q = invertClause(ctx, s, t + 1);
    else if (next.pos === 'VERB' || next.pos === 'AUX') {
      const subject = subjectBefore(a, s, t);
      if (subject) q = invertClause(ctx, s, subject.tokens[0]!, { skipAdverbs: true });
    }
    if (q) return draft(q, 'hedged-prediction', s, 1.6);
  }
  return null;
};

/** A clause that states a measured figure: a percentage, or a subject that is a count ("More than 2,500 civilians"). */
function isMeasure(a: Analysis, s: Sentence, from: number): boolean {
  for (let k = from; k < s.last; k++) if (a.tokens[k]!.pos === 'NUM' && /^(?:%|percent|per)$/i.test(a.tokens[k + 1]!.text)) return true;
  let k = from;
  while (k <= s.last && /^(?:more|less|fewer|than|about|around|some|nearly|almost|over|under|at|least)$/i.test(a.tokens[k]!.text)) k++;
  return a.tokens[k]?.pos === 'NUM' && !/^(?:one)$/i.test(a.tokens[k]!.text);
}

/**
 * Offences one can be accused of and deny: the charges of the ACE 2005 Justice events
 * (Charge-Indict, Convict) as news names them.
 */
const OFFENCE = /^(?:murder|manslaughter|rape|assault|fraud|theft|robbery|burglary|molestation|abuse|corruption|bribery|misconduct|negligence|conspiracy|terrorism|espionage|harassment|wrongdoing|kidnapping|arson|perjury|embezzlement|racketeering|extortion|smuggling|trafficking|libel|defamation|discrimination|doping|cheating|match-fixing|treason|sedition|blackmail|forgery|stalking|homicide|wounding)$/i;

/** "X denies child molestation" → "Is X guilty of child molestation?"; "denied charges of fraud" → "Is X guilty of fraud?". */
function guiltQuestion(ctx: RuleContext, s: Sentence, t: number): string | null {
  const a = ctx.analysis;
  let k = t + 1;
  // "denies 10 charges of child abuse": a count of charges too.
  if (/^(?:any|all|the)$/i.test(lower(a.tokens[k])) || a.tokens[k]?.pos === 'NUM') k++;
  if (/^(?:charges?|allegations?|accusations?|counts?)$/i.test(a.tokens[k]?.text ?? '') && /^of$/i.test(lower(a.tokens[k + 1]))) k += 2;
  const np: number[] = [];
  for (let j = k; j <= s.last && np.length < 5; j++) {
    const x = a.tokens[j]!;
    if (!/^(?:ADJ|NOUN|PROPN)$/.test(x.pos) && !isWordHyphen(a, j) && !isWordHyphen(a, j + 1)) break;
    np.push(j);
  }
  if (np.length === 0 || !OFFENCE.test(a.tokens[np[np.length - 1]!]!.text)) return null;
  const next = a.tokens[np[np.length - 1]! + 1];
  if (next && !isPunct(next) && !/^(?:and|but|in|at|over|after|before)$/i.test(next.text)) return null;
  const subject = subjectBefore(a, s, auxStart(a, s, t)) ?? relativeAntecedent(a, s, auxStart(a, s, t));
  const resolved = subject ? resolveSubject(ctx, s, subject) : null;
  if (!resolved || hasUnresolvedPerson(resolved.text) || /^(?:it|they|this|that)$/i.test(resolved.text)) return null;
  return finishQuestion(`${/^(?:they|the \w+s)$/i.test(resolved.text) ? 'Are' : 'Is'} ${resolved.text} guilty of ${pieceText(a, { tokens: np })}`);
}

/** Nouns of an accusation: denied, they are asked about as made against the one who denies them. */
const ACCUSATION = /^(?:allegations?|accusations?|charges?)$/i;

/**
 * "Mr Ebbers denied the allegations" after the allegations are told → "Are the allegations against
 * Mr Ebbers true?"; "The US
 * government denied the claims" after a claim of Martin Mubanga's → "Are Martin Mubanga's claims
 * true?", grounded in both sentences. Only when the noun ends the phrase: a claim spelled out
 * after it ("denied claims that …") is asked by the rule above.
 */
function deniedAccount(ctx: RuleContext, s: Sentence, t: number): Draft | null {
  const a = ctx.analysis;
  // A finite denial only: "saw Scholl deny the charges" tells a story, "had he denied the charge" supposes one.
  if (!/(?:ed|ies|es|ts)$/i.test(a.tokens[t]!.text) || a.tokens.slice(Math.max(s.first, t - 4), t).some((x) => /^(?:would|could|might|if|to)$/i.test(x.text) || (/^had$/i.test(x.text) && a.tokens[x.i + 1]?.pos === 'PRON'))) return null;
  let k = t + 1;
  if (/^(?:the|these|those|such|all|any)$/i.test(lower(a.tokens[k]))) k++;
  const noun = a.tokens[k];
  if (!noun || noun.pos !== 'NOUN' || !CLAIM_NOUN.test(noun.text) || /^(?:speculation|criticism|suggestion)$/i.test(noun.text)) return null;
  const next = a.tokens[k + 1];
  if (next && !isPunct(next) && !/^(?:and|but|outright|strenuously|repeatedly|vehemently|firmly)$/i.test(next.text)) return null;
  const at = auxStart(a, s, t);
  const subject = subjectBefore(a, s, at) ?? relativeAntecedent(a, s, at);
  const resolved = subject ? resolveSubject(ctx, s, subject) : null;
  if (!resolved || hasUnresolvedPerson(resolved.text) || /^(?:it|they|this|that|there|he|she)$/i.test(resolved.text)) return null;
  const plural = /s$/i.test(noun.text);
  const be = plural ? 'Are' : 'Is';
  const nounText = noun.text.toLowerCase();
  const context = resolved.antecedent ? [resolved.antecedent] : [];
  if (ACCUSATION.test(noun.text)) {
    // "The minister denied the allegations" alone names none: the accusation must be told just before.
    for (let i = s.i - 1; i >= Math.max(0, s.i - 3); i--) {
      const before = a.sentences[i]!;
      const accuses = a.tokens.slice(before.first, before.last + 1).some((x) => ((x.pos === 'VERB' || x.pos === 'AUX') && ACCUSE_LEMMAS.has(x.lemma.toLowerCase())) || (x.pos === 'NOUN' && ACCUSATION.test(x.text)));
      if (accuses) return draft(finishQuestion(`${be} the ${nounText} against ${resolved.text} true`), 'disputed', s, 1.8, [before, ...context]);
    }
    return null;
  }
  // The claims denied: the nearest claim of another speaker in the three sentences before.
  for (let i = s.i - 1; i >= Math.max(0, s.i - 3); i--) {
    const before = a.sentences[i]!;
    const claim = ctx.claims.find((c) => c.speakerId !== null && c.evidence.some((e) => e.start < before.end && e.end > before.start));
    if (!claim) continue;
    const speaker = ctx.actors.find((x) => x.id === claim.speakerId);
    if (!speaker || speaker.name === resolved.text || resolved.text.includes(speaker.name) || speaker.type === 'other' || speaker.type === 'place') return null;
    // "the Conservative Party's claims": an organisation keeps the article the text gives it.
    const article = speaker.type !== 'person' && speaker.mentions.some((m) => /\bthe\s+$/i.test(a.text.slice(Math.max(0, m.start - 4), m.start))) ? 'the ' : '';
    const owner = `${article}${/s$/.test(speaker.name) ? `${speaker.name}'` : `${speaker.name}'s`}`;
    return draft(finishQuestion(`${be} ${owner} ${nounText} true`), 'disputed', s, 1.8, [before, ...context]);
  }
  return null;
}

/** Those who speak for the accused (ACE 2005 PER nominals of the Justice events). */
const DEFENCE = /^(?:attorney|attorneys|lawyer|lawyers|defence|defense|solicitor|barrister|counsel)$/i;

/** Nouns that name an account of events, which can be right or wrong. */
const ACCOUNT_NOUN = /^(?:explanation|account|story|version|statement|figures|findings|results|estimate|estimates|narrative|assessment|evidence|report|claims?|allegations?|assertions?|data|numbers)$/i;

/** "the explanation currently being offered by the White House" → "Is the explanation currently being offered by the White House accurate?" */
function accurateQuestion(ctx: RuleContext, s: Sentence, from: number): string | null {
  const a = ctx.analysis;
  const np: number[] = [];
  for (let k = from; k <= Math.min(s.last, from + 11); k++) {
    const x = a.tokens[k]!;
    if (isPunct(x) || x.pos === 'SCONJ' || x.pos === 'CCONJ' || /^(?:that|which|who|because)$/i.test(x.text)) break;
    np.push(k);
  }
  while (np.length > 0 && /^(?:ADP|DET|ADV|PART)$/.test(a.tokens[np[np.length - 1]!]!.pos)) np.pop();
  // "the allegations" alone says too little to be asked about.
  if (np.length < 4) return null;
  const text = pieceText(a, { tokens: np });
  if (hasUnresolvedPerson(text) || UNNAMED.test(text)) return null;
  const plural = /s$/i.test(a.tokens[from + 1]!.text) && !/ss$/i.test(a.tokens[from + 1]!.text) && !/^(?:data)$/i.test(a.tokens[from + 1]!.text);
  return finishQuestion(`${plural ? 'Are' : 'Is'} ${text} accurate`);
}

const UNNAMED = /\b(?:it|them|him|her|his|its|their)\b/i;

/** "X is said to have Ved …" → "Did X V …?"; "X is believed to be …" → "Is X …?"; "X is thought to favour …" → "Does X favour …?". */
function weaselQuestion(ctx: RuleContext, s: Sentence, t: number): string | null {
  return infinitiveQuestion(ctx, s, t - 1, ctx.analysis.tokens[t - 1]!.text, t + 1);
}

/**
 * The clause whose subject ends before token `subjectAt` and whose verb is the infinitive after the
 * "to" at `to`, asked with the tense and number of the copula `be` that stands for its hedge ("is
 * said to", "appears to" as "is", "seemed to" as "was"): "to have Ved" → "Did X V …?", "to have
 * been …" → "Was X …?", "to be …" → "Is X …?", "to V" → "Does X V …?".
 */
export function infinitiveQuestion(ctx: RuleContext, s: Sentence, subjectAt: number, be: string, to: number): string | null {
  const a = ctx.analysis;
  const subject = subjectBefore(a, s, subjectAt) ?? relativeAntecedent(a, s, subjectAt);
  if (!subject) return null;
  const resolved = resolveSubject(ctx, s, subject);
  if (!resolved || hasUnresolvedPerson(resolved.text)) return null;
  const next = lower(a.tokens[to + 1]);
  if (next === 'have') {
    // "is reported to have already held talks": an adverb may stand before the participle.
    let at = to + 2;
    while (at < Math.min(s.last, to + 4) && a.tokens[at]!.pos === 'ADV' && !NEGATION.test(a.tokens[at]!.text)) at++;
    const verb = a.tokens[at];
    if (!verb || verb.pos !== 'VERB' && verb.pos !== 'AUX') return null;
    if (lower(verb) === 'been') {
      // ("to have been adopted in response to …" goes on with a verb; "to have been worth £200m" with its complement.)
      const rest = predicateText(ctx, s, at + 1)?.text ?? objectText(ctx, s, at + 1);
      return rest ? finishQuestion(`${/^(?:are|were)$/i.test(be) ? 'Were' : 'Was'} ${resolved.text} ${rest}`) : null;
    }
    const rest = objectText(ctx, s, at + 1);
    if (rest === null) return null;
    return finishQuestion(`Did ${resolved.text} ${baseForm(verb)}${rest ? ` ${rest}` : ''}`);
  }
  if (next === 'be') {
    const rest = objectText(ctx, s, to + 2);
    return rest ? finishQuestion(`${be} ${resolved.text} ${rest}`) : null;
  }
  const verb = a.tokens[to + 1];
  if (!verb || verb.pos !== 'VERB') return null;
  const rest = objectText(ctx, s, to + 2);
  if (rest === null) return null;
  const aux = /^(?:was|were)$/i.test(be) ? 'Did' : /^are$/i.test(be) ? 'Do' : 'Does';
  return finishQuestion(`${aux} ${resolved.text} ${baseForm(verb)}${rest ? ` ${rest}` : ''}`);
}

/** The first word of a sentence past quote marks and linking words. */
function firstWord(a: Analysis, s: Sentence): number {
  let k = s.first;
  while (k < s.last && (a.tokens[k]!.pos === 'PUNCT' || a.tokens[k]!.pos === 'SPACE' || /^(?:but|and|yet|so|however)$/i.test(a.tokens[k]!.text))) k++;
  return k;
}

/**
 * "…, a survey suggests.", "…, suggests a report into search habits.": a finding its source only
 * suggests ("suggest" leads the hedge cues of CoNLL-2010, Farkas et al. 2010), asked as it stands.
 */
function suggestedFinding(ctx: RuleContext, s: Sentence): Draft | null {
  const a = ctx.analysis;
  const t = findToken(a, s.first + 1, s.last, (x) => /^(?:suggests?|suggested)$/i.test(x.text) && x.pos === 'VERB');
  const until = t < 0 ? -1 : closingAttribution(a, s, t);
  if (until < 0) return null;
  return draft(invertClause(ctx, s, firstWord(a, s), { until }), 'single-source', s, 1.6);
}

/** The nouns of a hedged report that take a content clause: "claims that …", "rumours that …" (CLAIM_NOUN's weasel kind, not "charges" or "criticism"). */
const HEDGED_REPORT_NOUN = /^(?:claims|allegations?|suggestions?|rumou?rs|speculation|reports)$/i;

/**
 * "Recent research by Jupiter suggested that people would prefer …", "experts suggest its success …
 * could make it …", "following rumours that they were on the verge of splitting": a content clause
 * that the verb "suggest" (the first hedge cue of CoNLL-2010, Farkas et al. 2010) or a noun of
 * hedged report governs is a finding on its source's word → asked as it stands ("Would people
 * prefer …?"). Tried after the rules that ask "Is it true that …?" of a named speaker's suggestion,
 * for the sources they leave (research, figures, reports). The clause must have its own subject and finite verb: "suggesting a lane change"
 * takes an object, not a clause, and "a report that depicted …" is a relative clause.
 */
export const suggestedContent: Rule = (ctx, s) => {
  const a = ctx.analysis;
  for (let t = s.first; t < s.last - 2; t++) {
    const tok = a.tokens[t]!;
    const verb = /^(?:suggests?|suggested|suggesting)$/i.test(tok.text) && tok.pos === 'VERB';
    const noun = HEDGED_REPORT_NOUN.test(tok.text) && (tok.pos === 'NOUN' || tok.pos === 'PROPN') && lower(a.tokens[t + 1]) === 'that';
    if (!verb && !noun) continue;
    // "nobody is attempting to suggest …", "There is no suggestion that …": a suggestion denied puts nothing forward.
    if (a.tokens.slice(Math.max(s.first, t - 4), t).some((x) => NEGATION.test(x.text) || /^(?:no|nobody|none)$/i.test(x.text))) continue;
    // "…, he suggests, lead to …", "the government, suggests Mr Davies, could act …": a parenthetical
    // source; the clause is around it, not after it.
    // ("…, suggesting the MPC is waiting …": a participle after a comma opens its own clause and stays.)
    if (lower(a.tokens[t + 1]) === ',' || (lower(a.tokens[t - 1]) === ',' && !/ing$/i.test(tok.text))) continue;
    const from = lower(a.tokens[t + 1]) === 'that' ? t + 2 : t + 1;
    const first = a.tokens[from];
    // The clause opens with its subject: a noun phrase or a person's pronoun, not a verb, a
    // preposition or "what"; not "it" or "they", whose referent is too often a company misread
    // from far back, nor an owner the question cannot name ("its shareholders").
    if (!first || !/^(?:DET|NOUN|PROPN|PRON|NUM|ADJ)$/.test(first.pos) || /^(?:what|which|who|whom|whose|it|they|its|their|his|her)$/i.test(first.text)) continue;
    const q = invertClause(ctx, s, from);
    // "Did Amit Yoran leave because his division?": a reason clause cut before its verb is no question.
    if (q && !/\b(?:because|although|though|whereas)\b/i.test(q)) return draft(q, 'single-source', s, 1.6);
  }
  return null;
};

/** The most words a closing source takes ("figures compiled by the Tories"). */
const MAX_CLOSING_SOURCE = 7;

/**
 * Where the clause ends before an attribution that closes the sentence ("…, a survey suggests.",
 * "…, suggests a report into search habits."): the comma before the source, when the source is a
 * noun phrase of a few words with no finite verb; -1 when the verb at `t` closes no sentence so.
 */
function closingAttribution(a: Analysis, s: Sentence, t: number): number {
  let end = s.last;
  while (end > t && isPunct(a.tokens[end]!)) end--;
  const isSource = (from: number, to: number): boolean => {
    const words = rangeOf(from, to).map((k) => a.tokens[k]!);
    // ("compiled by the Tories": a participle may qualify the source.)
    return words.length > 0 && words.length <= MAX_CLOSING_SOURCE && words.some((x) => x.pos === 'NOUN' || x.pos === 'PROPN') && words.every((x) => !isPunct(x) && x.pos !== 'AUX' && (x.pos !== 'VERB' || /(?:ed|en)$/i.test(x.text)));
  };
  // "…, suggests a report …": the verb first, the source after it.
  if (a.tokens[t - 1]?.text === ',') return isSource(t + 1, end) ? t - 1 : -1;
  // "…, a survey suggests.": the source first, the verb last.
  if (end !== t) return -1;
  for (let k = t - 1; k > s.first && k >= t - MAX_CLOSING_SOURCE - 1; k--) if (a.tokens[k]!.text === ',') return isSource(k + 1, t - 1) ? k : -1;
  return -1;
}

/** Where the clause starts after "According to {source}": past its comma, or where a new noun phrase opens after a name. */
/** Quantifiers that leave a source unnamed ("one estimate", "some analysts", "unnamed officials"). */
const VAGUE_QUANTIFIER = /^(?:one|some|many|several|most|various|other|others|unnamed|anonymous|certain)$/i;
/** Sources that name nobody ("sources", "reports", "insiders"). */
const VAGUE_HEAD = /^(?:sources|reports|insiders|observers|rumou?rs|experts|analysts|officials|people)$/i;

/**
 * Whether the source after "according to" is vague: a quantified or bare plural noun phrase
 * ("one estimate", "industry experts", "sources close to the talks") rather than a named party or
 * document ("John Binks", "the lawsuit", "a round-up compiled by Stuff Magazine"). Wikipedia's
 * Manual of Style, "Words to watch: unsupported attributions" (WP:WEASEL), lists these forms.
 */
function isVagueSource(a: Analysis, s: Sentence, from: number): boolean {
  const first = a.tokens[from];
  if (!first || from > s.last) return false;
  // ("according to sources close to …": "sources" after "to" is read as a verb by the tagger.)
  if (VAGUE_QUANTIFIER.test(first.text) || first.pos === 'NUM' || VAGUE_HEAD.test(first.text)) return true;
  // A name, a pronoun or a determined noun phrase ("Menatep", "its website", "the lawsuit") points at one source.
  if (first.pos === 'PROPN' || first.pos === 'DET' || first.pos === 'PRON') return false;
  // A bare noun phrase: vague when its head is plural ("industry experts").
  // ("sources close to the talks": the head is the phrase's last noun, before any adjective that follows it.)
  let head: Token | undefined;
  for (let k = from; k <= s.last && /^(?:NOUN|ADJ)$/.test(a.tokens[k]!.pos); k++) if (a.tokens[k]!.pos === 'NOUN') head = a.tokens[k];
  return head !== undefined && (/[^s]s$/i.test(head.text) || VAGUE_HEAD.test(head.text));
}

function afterSource(a: Analysis, s: Sentence, from: number): number {
  for (let k = from; k <= Math.min(s.last, from + 12); k++) {
    const x = a.tokens[k]!;
    if (x.text === ',') return k + 1;
    if (k > from && (x.pos === 'DET' || x.pos === 'PRON') && /^(?:PROPN|NOUN)$/.test(a.tokens[k - 1]!.pos) && opensClause(a, s, k)) return k;
    // (The source's own first word may be misread as a verb: "according to sources close to …".)
    if ((x.pos === 'VERB' || x.pos === 'AUX') && k > from) return -1;
  }
  return -1;
}

/** The first auxiliary of the verb group that ends at `t` ("has been accused": "has"). */
function auxStart(a: Analysis, s: Sentence, t: number): number {
  let k = t;
  while (k > s.first) {
    const p = a.tokens[k - 1]!;
    if (p.pos === 'AUX' || p.pos === 'PART' || (p.pos === 'ADV' && a.tokens[k - 2]?.pos === 'AUX')) k--;
    else break;
  }
  return k;
}

/** The subject of the clause that holds token `t`: the noun phrase before its first verb (for "… and allegedly failing"). */
function clauseSubject(a: Analysis, s: Sentence, t: number): Piece | null {
  for (let k = t - 1; k > s.first; k--) {
    const x = a.tokens[k]!;
    if (x.text === ',' && /^(?:which|who)$/i.test(lower(a.tokens[k + 1]))) return relativeAntecedent(a, s, k + 2);
  }
  return null;
}

const rangeOf = (from: number, to: number): number[] => Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);

/** Predicates that deny a claim ("… were not true", "… is false"): FactBank's counter-factive judgements. */
const DENIAL = /^(?:untrue|false|wrong|inaccurate|unfounded|baseless|groundless|incorrect|nonsense|rubbish|unsubstantiated)$/i;

/** "claims Ms Kelly was in charge of the budget were not true" → "Was Ms Kelly in charge of the budget?" */
export const claimDenied: Rule = (ctx, s) => {
  const a = ctx.analysis;
  for (let t = s.first; t <= s.last - 3; t++) {
    if (!CLAIM_NOUN.test(a.tokens[t]!.text) || a.tokens[t]!.pos !== 'NOUN') continue;
    const from = lower(a.tokens[t + 1]) === 'that' ? t + 2 : t + 1;
    if (!opensClause(a, s, from)) continue;
    // The sentence's own verb: a form of "be" after the claim's clause, then the denial.
    const be = findToken(a, from + 2, Math.min(s.last, from + 24), (x) => /^(?:is|are|was|were)$/i.test(x.text) && (DENIAL.test(a.tokens[x.i + 1]?.text ?? '') || (NEGATION.test(a.tokens[x.i + 1]?.text ?? '') && /^(?:true|accurate|correct)$/i.test(a.tokens[x.i + 2]?.text ?? ''))));
    if (be < 0) continue;
    const q = invertClause(ctx, s, from, { futureOfPast: true, until: be });
    if (q) return draft(q, 'disputed', s, 2);
  }
  return null;
};

/** Verbs before "to comment" that withhold it, and the verbs of "had no comment". */
const WITHHOLD_COMMENT = /^(?:declined|declines|decline|refused|refuses|refuse)$/i;
const HAD_NO = /^(?:had|has|have|made)$/i;

/**
 * "The airline declined to comment on the Commission decision", "NBC said it had no comment on the
 * lawsuit", "The club would not comment on the report": a party that will not say where it stands
 * leaves that unknown (GOLD's stated unknowns, "police have not said") → "What does the airline say
 * about the Commission decision?". Without the matter commented on there is nothing to ask.
 */
export const noComment: Rule = (ctx, s) => {
  const a = ctx.analysis;
  for (let t = s.first + 2; t < s.last - 1; t++) {
    if (lower(a.tokens[t]) !== 'comment' || lower(a.tokens[t + 1]) !== 'on') continue;
    const before = lower(a.tokens[t - 1]);
    const verb = a.tokens[t - 2]!;
    const withheld = (before === 'to' && WITHHOLD_COMMENT.test(verb.text)) || (before === 'no' && HAD_NO.test(verb.text)) || (/^(?:not|n['’]t)$/.test(before) && verb.pos === 'AUX');
    if (!withheld) continue;
    const subject = subjectBefore(a, s, auxStart(a, s, t - 2));
    // ("it refused to comment": which body "it" is, the question cannot say for sure; "he" and "she" it can.)
    if (!subject || (subject.tokens.length === 1 && /^(?:it|they|this|that|there)$/i.test(a.tokens[subject.tokens[0]!]!.text))) continue;
    const resolved = resolveSubject(ctx, s, subject);
    if (!resolved || hasUnresolvedPerson(resolved.text)) continue;
    // "on speculation that …", "on whether …": the matter is the clause, too long to ask about; a
    // relative clause after the noun is left out ("the difficult start that Almunia has made").
    const object = (objectText(ctx, s, t + 2) ?? '').split(/ (?:that|whether|which|who) /)[0]!;
    if (/ (?:that|whether)$|^(?:that|whether|if|how|what|why) /.test(object) || !/^(?:the|a|an|its|his|her|their|this|these|those|any|\p{Lu})/iu.test(object) || object.split(' ').length < 2) continue;
    const plural = /^(?:they|we|both|all)\b/i.test(resolved.text) || /^the [a-z]+s$/.test(resolved.text);
    const q = finishQuestion(`What ${plural ? 'do' : 'does'} ${resolved.text} say about ${object}`);
    if (q) return draft(q, 'stated-unknown', s, 1.4);
  }
  return null;
};
