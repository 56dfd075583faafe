// Questions for the sentences no specific rule asked about: the clause that carries an
// uncertainty cue is found from the tags (its subject back to the clause's boundary, its
// predicate on to the clause's end) and asked by the cue's class. These rules are looser than
// the ones before them, so they weigh less: they fill the brief after the specific questions.
import type { Analysis, Sentence } from '../nlp.js';
import { draft, findToken, type Draft, invertClause, refuse, isComplete, lower, opensClause, opensQuantity, preferenceIdiom, range, relativeAntecedent, strayFiniteAt, verbAfter, willQuestion, type Rule, type RuleContext } from './ask.js';
import { futureDates } from './events.js';
import { hedgePredicts, inCondition, isPerfect, isConcessive, isReported, negatedUntil, reportedAfter } from './predictions.js';
import { BELIEF, NEGATION, REPORTING } from './cues.js';
import { CLAUSE_TAKING, finishQuestion, isPunct, isWordHyphen, pieceText, predicateFrom, subjectBefore, type Piece } from './clause.js';
import { hasUnresolvedPerson, isQuoted, resolveSubject } from './resolve.js';

/** Modals of prediction and possibility (CoNLL-2010 hedge cues, with the future "will"). */
const PREDICTIVE_MODAL = /^(?:will|would|could|may|might|shall|’ll|'ll|wo)$/i;
/** Words that open a subordinate clause the cue would then belong to. */
const SUBORDINATE = /^(?:if|unless|when|whenever|because|while|although|though|since|as|once|until|before|after|where|so)$/i;

/**
 * "The chip, which will drive the console, will run …": a non-restrictive relative clause set
 * off by commas (Quirk et al. 1985, §17.22) lies between the subject and its verb; the subject
 * ends before its opening comma. `end` is returned as it is when no such clause ends there.
 */
function pastRelativeClause(a: Analysis, s: Sentence, end: number): number {
  if (a.tokens[end]?.text !== ',') return end;
  for (let k = end - 1; k > Math.max(s.first, end - 16); k--) {
    const x = a.tokens[k]!;
    if (x.text !== ',') {
      if (isPunct(x) && !isWordHyphen(a, k)) return end;
      continue;
    }
    return /^(?:which|who|whose)$/i.test(lower(a.tokens[k + 1])) && /^(?:NOUN|PROPN)$/.test(a.tokens[k - 1]?.pos ?? '') ? k - 1 : end;
  }
  return end;
}

/** The subject of the clause whose verb group starts at `t`, read back to the clause's boundary; null inside a subordinate or relative clause. */
export function clauseSubject(a: Analysis, s: Sentence, t: number): Piece | null {
  let end = t - 1;
  while (end >= s.first && (a.tokens[end]!.pos === 'ADV' || a.tokens[end]!.pos === 'SPACE') && !NEGATION.test(a.tokens[end]!.text)) end--;
  end = pastRelativeClause(a, s, end);
  const picked: number[] = [];
  let k = end;
  for (; k >= Math.max(s.first, t - 16); k--) {
    const x = a.tokens[k]!;
    if (x.pos === 'SPACE') continue;
    if (isWordHyphen(a, k)) {
      picked.unshift(k);
      continue;
    }
    // "the Nordic Mining Services (NMS) unit will", "BHP Billiton - which runs the mine - is": an
    // aside in brackets or between dashes is left out and the subject read on before it.
    const opener = x.text === ')' ? '(' : /^[-–—]{1,2}$/.test(x.text) && picked.length === 0 ? x.text : null;
    if (opener) {
      let open = -1;
      for (let j = k - 1; j >= Math.max(s.first, k - 24) && open < 0; j--) if (a.tokens[j]!.text === opener && !isWordHyphen(a, j)) open = j;
      if (open > s.first) {
        k = open;
        continue;
      }
    }
    if (/^[,;:()[\]“”"‘’]$|^[-–—]{1,2}$/.test(x.text)) break;
    if (/^(?:which|who|whom|whose)$/i.test(x.text) || (/^that$/i.test(x.text) && x.pos === 'PRON')) return null;
    if (SUBORDINATE.test(x.text) && x.pos !== 'DET') return null;
    // "Talks aimed at averting strikes will …", "workers living abroad could …": a participle after a noun opens a phrase that stays in the subject.
    // ("aimed at averting": a gerund after a preposition too.)
    const postModifier = (/(?:ed|ing)$/i.test(x.text) && /^(?:NOUN|PROPN)$/.test(a.tokens[k - 1]?.pos ?? '')) || (/ing$/i.test(x.text) && a.tokens[k - 1]?.pos === 'ADP');
    if (x.pos === 'VERB' && postModifier && picked.length > 0) {
      picked.unshift(k);
      continue;
    }
    // "Officials fear no one sector will …": a verb of saying or believing the tagger read as a noun ends the subject too.
    if (REPORTING.test(x.text) || BELIEF.test(x.text)) break;
    if (x.pos === 'VERB' || x.pos === 'AUX') {
      // "efforts to slow warming will …": the phrase is a verb's object, and the subject lies further back.
      if (!CLAUSE_TAKING.has(x.lemma.toLowerCase()) && !REPORTING.test(x.text) && !BELIEF.test(x.text)) return null;
      break;
    }
    // "Serbia's Novak Djokovic and Britain's Andy Murray will …", "members A, B and C will …": a coordinated subject stays whole.
    if (x.pos === 'CCONJ' && /^(?:and|or)$/i.test(x.text) && picked.length > 0) {
      const from = conjunctStart(a, s, k);
      if (from >= 0) {
        picked.unshift(...range(from, k).filter((j) => a.tokens[j]!.pos !== 'SPACE'));
        break;
      }
      // "A and B, C, and D will …": a list this reading cannot take whole; its last name is not the subject.
      if (a.tokens[k - 1]?.text === ',') return null;
      // "he and two other men would …": nor is the second conjunct of a pronoun's coordination.
      if (/^(?:he|she|they|we|i)$/.test(lower(a.tokens[k - 1]))) return null;
    }
    if (x.pos === 'SCONJ' || x.pos === 'CCONJ' || (/^that$/i.test(x.text) && x.pos !== 'DET')) {
      // "so that she could …", "in order that …": a purpose, not a prediction.
      if (/^(?:so|order)$/i.test(lower(a.tokens[k - 1]))) return null;
      break;
    }
    picked.unshift(k);
  }
  if (k < Math.max(s.first, t - 16) && k >= s.first) return null;
  while (picked.length > 0 && /^(?:but|and|so|yet|however|now|then|also)$/i.test(a.tokens[picked[0]!]!.text)) picked.shift();
  if (picked.length === 0 || picked.length > 12) return null;
  if (!picked.some((j) => /^(?:NOUN|PROPN|PRON|NUM)$/.test(a.tokens[j]!.pos))) return null;
  const first = a.tokens[picked[0]!]!;
  if (!/^(?:DET|NOUN|PROPN|PRON|NUM|ADJ)$/.test(first.pos) && !opensQuantity(a, first.i)) return null;
  const last = a.tokens[picked[picked.length - 1]!]!;
  if (/^(?:ADP|DET|CCONJ|ADJ)$/.test(last.pos)) return null;
  // "At that time they …": a personal pronoun is a whole subject; words before it are another phrase.
  if (picked.length > 1 && picked.some((j) => a.tokens[j]!.pos === 'PRON' && /^(?:i|you|he|she|it|we|they)$/i.test(a.tokens[j]!.text))) return null;
  return { tokens: picked };
}

/**
 * Where the noun phrases joined by the "and" at `k` begin ("members A, B and C"), when they run
 * back to the clause's boundary; -1 when a verb or another clause stands before them.
 */
function conjunctStart(a: Analysis, s: Sentence, k: number): number {
  let j = k - 1;
  if (!/^(?:NOUN|PROPN|NUM)$/.test(a.tokens[j]?.pos ?? '')) return -1;
  for (; j >= Math.max(s.first, k - 16); j--) {
    const x = a.tokens[j]!;
    if (/^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(x.pos) || /^['’]s$/.test(x.text) || isWordHyphen(a, j)) continue;
    // "founding members": a participle before its noun.
    if (x.pos === 'VERB' && /(?:ing|ed)$/i.test(x.text) && /^(?:NOUN|PROPN)$/.test(a.tokens[j + 1]?.pos ?? '')) continue;
    // A comma between two names of a list.
    if (x.text === ',' && /^(?:NOUN|PROPN)$/.test(a.tokens[j - 1]?.pos ?? '') && /^(?:DET|ADJ|NOUN|PROPN)$/.test(a.tokens[j + 1]?.pos ?? '')) continue;
    break;
  }
  if (j < s.first) return s.first;
  const x = a.tokens[j]!;
  const boundary = (isPunct(x) && x.text !== ',') || x.pos === 'SCONJ' || /^that$/i.test(x.text) || ((x.pos === 'VERB' || x.pos === 'AUX') && (CLAUSE_TAKING.has(x.lemma.toLowerCase()) || REPORTING.test(x.text) || BELIEF.test(x.text)));
  return boundary ? j + 1 : -1;
}

/** "would like to", "would rather": courtesy, not prediction. */
const COURTESY = /^(?:like|love|prefer|rather|welcome|hate)$/i;
/** Cue tokens tried per sentence: a run-on sentence of modals must not make the rule quadratic. */
const MAX_TRIES = 4;

/**
 * "Up to 1.4m workers could take part in a strike" → "Will up to 1.4m workers take part in a
 * strike?". A plain "will" in the article's own voice states what is settled ("the new rules will
 * apply to all flights") unless a coming date makes it an event still ahead; a "would" is a
 * prediction only in reported speech (else a hypothetical).
 */
export const modalClause: Rule = (ctx, s) => {
  const a = ctx.analysis;
  const sentence = a.text.slice(s.start, s.end);
  let tries = 0;
  let ahead: boolean | undefined;
  // The main clause is asked before a relative clause's: it carries what the sentence reports.
  let relative: Draft | null = null;
  for (let t = s.first; t < s.last && tries < MAX_TRIES; t++) {
    const tok = a.tokens[t]!;
    if (t === s.first || !PREDICTIVE_MODAL.test(tok.text) || (tok.pos !== 'AUX' && tok.pos !== 'VERB')) continue;
    tries++;
    // (A quote may have opened in an earlier sentence: "… will be just too much for the Irish.\"")
    const quoted = isQuoted(a, s, t);
    const verb = verbAfter(a, s, t);
    if (verb < 0 || COURTESY.test(a.tokens[verb]!.text) || (/^would$/i.test(tok.text) && preferenceIdiom(a, t, verb)) || inCondition(a, s, t)) {
      refuse(ctx, verb < 0 ? 'no verb after the modal' : inCondition(a, s, t) ? 'inside a condition' : 'courtesy or preference');
      continue;
    }
    const w = tok.text.toLowerCase();
    // "the Bill, which will be considered by parliament before Christmas": a non-restrictive
    // relative clause (Quirk et al. 1985, §17.22) whose relative word is the subject says what
    // its antecedent will do. It adds to the sentence in the writer's own voice ("said Candela,
    // who will travel …" reports only the main clause), so it is read as unreported.
    const own = clauseSubject(a, s, t);
    const antecedent = own ? null : relativeSubject(a, s, t);
    const reported = !antecedent && (isReported(a, s, t) || reportedAfter(a, s, t));
    let hypothetical: Piece | null = null;
    if (/^(?:may|might|could)$/.test(w)) {
      // "If you …, a side job may be in order": advice to the reader.
      if (/\b(?:you|your)\b/i.test(sentence) || !hedgePredicts(a, s, t, verb) || isConcessive(a, s, t, verb)) {
        refuse(ctx, /\b(?:you|your)\b/i.test(sentence) ? 'addresses the reader' : isConcessive(a, s, t, verb) ? 'concessive' : 'hedge predicts nothing');
        continue;
      }
    } else {
      // "could have been", "would have gone": a past that did not happen; "would have to" is still ahead.
      if (isPerfect(a, verb)) {
        refuse(ctx, 'perfect: a past that did not happen');
        continue;
      }
      // "would not accept": a refusal, not a forecast.
      hypothetical = w === 'would' && !reported ? hypotheticalSubject(a, s, t, verb) : null;
      if (w === 'would' && ((!reported && !hypothetical) || NEGATION.test(lower(a.tokens[t + 1])))) {
        refuse(ctx, reported ? 'would: negated' : 'would: not reported');
        continue;
      }
      // In the article's own voice a "will" needs a coming date, and then states a schedule unless it names an act ("will be at home on Saturday").
      if (w !== 'would' && !reported && (!quoted || antecedent) && (!(ahead ??= datedAhead(ctx, s)) || lower(a.tokens[verb]) === 'be')) {
        refuse(ctx, ahead ? 'will: own voice, dated, copula or passive' : 'will: own voice, no date ahead');
        continue;
      }
    }
    const subject = hypothetical ?? own ?? antecedent;
    // ("music sales for the year to March will fall 8-9%": a bare plural given a figure to reach is a measure forecast, not a class.)
    if (!subject || (isGeneric(a, subject) && (a.tokens[subject.tokens[0]!]!.pos === 'PRON' || !forecastsFigure(a, s, verb)))) {
      refuse(ctx, subject ? 'generic subject' : 'no subject (clauseSubject)');
      continue;
    }
    // "this family and this community will …" in a quote: a referent only the speaker could point at.
    if (quoted && subject.tokens.some((j) => /^(?:this|these|that|those)$/i.test(a.tokens[j]!.text))) {
      refuse(ctx, 'quoted demonstrative subject');
      continue;
    }
    const q = willQuestion(ctx, s, t, t + 1, { subject });
    if (!q || isCutShort(a, s, t + 1)) {
      if (q) refuse(ctx, 'predicate cut short');
      continue;
    }
    // "There will be a time": an existential with no more than its noun says nothing.
    if (/^Will there be (?:an? |the |some |no )?\S+\?$/.test(q.text)) continue;
    // "won't hit other platforms until 2020" asks "… before 2020?".
    const asked = negatedUntil(a, s, t, verb, q);
    // (A hypothetical keeps its mood: "Would a merger create …?", not "Will …?", which takes the merger as coming.)
    const mood = hypothetical && asked ? { ...asked, text: asked.text.replace(/^Will\b/, 'Would') } : asked;
    const d = draft(mood, / (?:if|unless) /.test(q.text) ? 'conditional' : 'hedged-prediction', s, 1.2);
    if (d && antecedent) relative ??= { ...d, rule: `modalClause:${w}:relative` };
    else if (d) return { ...d, rule: `modalClause:${w}` };
  }
  return relative;
};

/**
 * "A merger would create …", "Any deal would have to be approved …", "Sorting out its debt would
 * enhance …", "The proposed changes would make it harder …": a "would" whose subject names an event
 * not (yet) real states the consequence of a hypothetical (Quirk et al. 1985, §14.23), open in the
 * article's own voice as much as in a report. The subject marks it as unreal by its grammar: a
 * nonspecific determiner (a, an, any, another, such a; §5.27), a gerund heading it (an act, not a
 * thing), or a participle or adjective of modality before its head ("proposed", "planned",
 * "possible", "potential", "planned"). A copula with an adjective after it ("would be great") is an
 * evaluation, not a consequence.
 */
/** Adverbs of frequency (Quirk et al. 1985, §8.64): "would normally take" states a habit. */
const FREQUENCY = /^(?:sometimes|often|usually|normally|generally|typically|routinely|frequently|regularly|always|rarely|seldom|occasionally|commonly)$/i;

function hypotheticalSubject(a: Analysis, s: Sentence, t: number, verb: number): Piece | null {
  // ("would have to be very stupid": the copula may come later in the verb group; "would normally take": a habit.)
  for (let k = t + 1; k <= Math.min(s.last - 1, verb + 4); k++) {
    if (FREQUENCY.test(a.tokens[k]!.text)) return null;
    if (lower(a.tokens[k]) === 'be' && (a.tokens[k + 1]?.pos === 'ADJ' || (a.tokens[k + 1]?.pos === 'ADV' && a.tokens[k + 2]?.pos === 'ADJ'))) return null;
  }
  // The phrase before the modal, back to its clause's start: a comma, a complementiser or the sentence's start.
  let from = t - 1;
  while (from > Math.max(s.first, t - 12) && !isPunct(a.tokens[from - 1]!) && a.tokens[from - 1]!.pos !== 'SCONJ' && !/^(?:and|but|or|that)$/i.test(a.tokens[from - 1]!.text)) from--;
  if (from > s.first && !isPunct(a.tokens[from - 1]!) && a.tokens[from - 1]!.pos !== 'SCONJ' && !/^(?:and|but|or|that)$/i.test(a.tokens[from - 1]!.text)) return null;
  const tokens = range(from, t - 1).filter((k) => a.tokens[k]!.pos !== 'SPACE');
  // ("a service which would allow …": a relative clause's subject is its relative word, read elsewhere.)
  if (tokens.length < 2 || tokens.some((k) => isPunct(a.tokens[k]!) || /^(?:which|who|whom|whose)$/i.test(a.tokens[k]!.text))) return null;
  const first = a.tokens[tokens[0]!]!;
  const second = a.tokens[tokens[1]!]!;
  // (Every other word a verb but the gerund, a participle before its noun or "to": "Sorting out its debt", not "He said it".)
  const finite = tokens.slice(1).some((k) => a.tokens[k]!.pos === 'AUX' || (a.tokens[k]!.pos === 'VERB' && !/(?:ed|ing)$/i.test(a.tokens[k]!.text)));
  if (finite && !(first.pos === 'VERB' && /\p{Ll}ing$/u.test(first.text))) return null;
  const nonspecific = (/^(?:a|an|any|another)$/i.test(first.text) && first.pos === 'DET') || (/^such$/i.test(first.text) && /^(?:a|an)$/i.test(second.text));
  const gerund = /^(?:VERB|NOUN)$/.test(first.pos) && /^\p{Lu}?\p{Ll}+ing$/u.test(first.text) && /^(?:DET|PRON|NOUN|PROPN|ADP|ADV|NUM)$/.test(second.pos) && tokens[0] === s.first + (isPunct(a.tokens[s.first]!) ? 1 : 0);
  const unreal = tokens.some((k) => /^(?:proposed|planned|mooted|possible|potential|prospective|hypothetical|putative)$/i.test(a.tokens[k]!.text));
  return nonspecific || gerund || unreal ? { tokens } : null;
}

/**
 * The antecedent of "NP, which/who will …" when the relative word is the clause's subject, read
 * whole: not the object of a preposition ("the decision to list News Corp in the US - which will
 * …" is about the decision), which a relative clause after it often skips; not cut after an owner,
 * an adverb or a participle ("their behalf", "a much better technology", "touring party"); not an indefinite ("sharing a file,
 * which could be anything"), which the relative clause only describes.
 */
function relativeSubject(a: Analysis, s: Sentence, t: number): Piece | null {
  let k = t - 1;
  while (k > s.first && a.tokens[k]!.pos === 'ADV') k--;
  if (!/^(?:which|who)$/i.test(a.tokens[k]!.text)) return null;
  const np = relativeAntecedent(a, s, t);
  if (!np || /^(?:a|an)$/i.test(a.tokens[np.tokens[0]!]!.text)) return null;
  const before = a.tokens[np.tokens[0]! - 1];
  // ("his British and Irish Lions touring party": a participle before the noun is inside the phrase.)
  // ("criticised the possible move": a verb with its object, which opens with a determiner.)
  const attributive = before?.pos === 'VERB' && /(?:ing|ed)$/i.test(before.text) && a.tokens[np.tokens[0]!]!.pos !== 'DET' && /^(?:NOUN|PROPN|ADJ|DET)$/.test(a.tokens[before.i - 1]?.pos ?? '');
  return before && (/^(?:ADP|PRON|ADV|DET|ADJ|CCONJ)$/.test(before.pos) || attributive) ? null : np;
}

/** A figure in the predicate right after the verb at `verb` ("will fall 8-9%", "could rise by 10%"), before its clause ends. */
function forecastsFigure(a: Analysis, s: Sentence, verb: number): boolean {
  for (let k = verb + 1; k <= Math.min(s.last, verb + 4); k++) {
    const x = a.tokens[k]!;
    if (x.pos === 'NUM' || x.text === '%') return true;
    if (isPunct(x) || x.pos === 'VERB' || x.pos === 'AUX') return false;
  }
  return false;
}

/** A class rather than a party: a bare plural ("airlines", "inventions from printing to the iPod"), a pronoun for anyone, or a first person a quote leaves unnamed. */
function isGeneric(a: Analysis, subject: Piece): boolean {
  const words = subject.tokens.map((k) => a.tokens[k]!);
  if (words.length === 1 && /^(?:you|one|anyone|everyone|someone|nobody|i|we|me|us)$/i.test(words[0]!.text)) return true;
  const head = words.findIndex((x) => x.pos === 'ADP');
  const np = head > 0 ? words.slice(0, head) : words;
  const last = np[np.length - 1]!;
  const bare = np.every((x) => x.pos === 'NOUN' || x.pos === 'ADJ' || isWordHyphen(a, x.i));
  return bare && last.pos === 'NOUN' && /[^s]s$/i.test(last.text);
}


/** A date in the sentence after the reference time: "this weekend", "in April", "in four days" (not "today" or "now"). */
function datedAhead(ctx: RuleContext, s: Sentence): boolean {
  if (!ctx.referenceTime) return false;
  const a = ctx.analysis;
  // "In four days, …": a duration counted from now is a point ahead (TimeML anchors it to the document time).
  const counted = (ctx.datesIn.get(s.i) ?? []).some((d) => d.kind === 'duration' && /\bin\s*$/i.test(a.text.slice(Math.max(s.start, d.start - 4), d.start)));
  return counted || futureDates(ctx, s).some((d) => {
    if (d.value === 'FUTURE_REF') return true;
    const value = d.value.split('/')[0]!;
    return /^\d{4}/.test(value) && value.slice(0, 10) > ctx.referenceTime.slice(0, Math.min(10, value.length));
  });
}

/**
 * Whether the predicate from `from` was cut mid-phrase: after a preposition that lost its object
 * ("could feel hard done by as …"), inside a list ("will feature members A, B and C"), before the
 * object of its lone verb ("will deplore that decision" read as a clause), or before a relative
 * clause's verb ("every penny he had").
 */
function isCutShort(a: Analysis, s: Sentence, from: number): boolean {
  const { piece, stop } = predicateFrom(a, s, from, { stopAtCoordinatedVerb: true });
  let k = stop - 1;
  while (k > from && a.tokens[k]!.pos === 'SPACE') k--;
  const lastRead = a.tokens[k];
  if (lastRead?.pos === 'ADP' && !/^(?:off|up|out|down|away|back|over|in|on)$/i.test(lastRead.text)) return true;
  const at = a.tokens[stop];
  if (at?.text === ',' && /^(?:NOUN|PROPN)$/.test(a.tokens[stop - 1]?.pos ?? '') && /^(?:PROPN|NOUN)$/.test(a.tokens[stop + 1]?.pos ?? '') && findToken(a, stop + 2, Math.min(s.last, stop + 8), (x) => /^(?:and|or)$/i.test(x.text)) > 0) return true;
  const words = piece.tokens.map((j) => a.tokens[j]!);
  if (words.length === 1 && words[0]!.pos === 'VERB' && stop <= s.last && !isPunct(a.tokens[stop]!)) return true;
  const last = words[words.length - 1];
  return last !== undefined && last.pos === 'PRON' && /^(?:he|she|they|we|i|you)$/i.test(last.text);
}

/**
 * Reporting verbs that leave a claim contested: Hyland's (2005) hedging verbs (believe, suggest,
 * claim, speculate; "think" mostly voices an opinion in a quote, "thought" a belief the story settles) and FactBank's non-factive and counter-factive source predicates (allege,
 * insist, maintain, contend, assert) (Saurí & Pustejovsky 2009).
 */
const CONTESTING = /^(?:believes?|believed|suggests?|suggested|claims?|claimed|alleges?|alleged|contends?|contended|maintains?|maintained|speculates?|speculated|asserts?|asserted|indicates?|indicated|doubts?|doubted)$/i;
/** Verbs of hope, expectation and fear (TimeML 1.2.1 I_STATE: hope, expect, fear), whose clause holds a modal of what may come. */
const EXPECTING = /^(?:hopes?|hoped|expects?|expected|fears?|feared)$/i;
/** Sources that speak for one side (critics and supporters, as ACE 2005 PER nominals name groups by stance). */
const PARTISAN = /^(?:critics|opponents|supporters|backers|detractors|sceptics|skeptics|defenders|proponents|campaigners|activists)$/i;
/** Plain verbs of saying, contested only in a partisan's mouth or before a court. */
const SAYING = /^(?:say|says|said|stated|states|argue|argues|argued|told|tell|tells|testified|testifies)$/i;

/**
 * "Ms Kite suggested Jackson's associates had been intent on …", "Rudolph's supporters have
 * stated that Rudolph had no choice", "Tom Sneddon told the court that …": a claim one side makes
 * → "Is it true that …?", the claim as written, its subject named.
 */
export const contestedClaim: Rule = (ctx, s) => {
  const a = ctx.analysis;
  let tries = 0;
  for (let t = s.first + 1; t < s.last - 1 && tries < MAX_TRIES; t++) {
    const tok = a.tokens[t]!;
    // ("Yukos claims its downfall was …": a verb of claiming after a name, read as a noun, before a clause.)
    const prev = a.tokens[t - 1]!;
    const misread = tok.pos === 'NOUN' && CONTESTING.test(tok.text) && /^(?:NOUN|PROPN)$/.test(prev.pos) && opensClause(a, s, t + 1);
    const expecting = EXPECTING.test(tok.text);
    if ((tok.pos !== 'VERB' && !misread) || !(CONTESTING.test(tok.text) || SAYING.test(tok.text) || expecting)) continue;
    tries++;
    // "did not claim", "never suggested": no claim made.
    if (a.tokens.slice(Math.max(s.first, t - 3), t).some((x) => NEGATION.test(x.text))) continue;
    let k = t + 1;
    if (!CONTESTING.test(tok.text) && !expecting) {
      // "told the court (that) …", "testified (that) …": a claim a court is to weigh.
      const court = /^(?:told)$/i.test(tok.text) && /^(?:the)$/i.test(lower(a.tokens[k])) && /^(?:court|jury|tribunal|inquiry|hearing|inquest)$/i.test(lower(a.tokens[k + 1]));
      if (court) k += 2;
      else if (!/^testif/i.test(tok.text) && !spokenByPartisan(a, s, t)) continue;
    }
    // "if they think they have fallen victim": a supposition.
    if (inCondition(a, s, t)) continue;
    // "claimed in the Observer that …", "alleged on Sunday that …": where or when it was said stands before the claim.
    if (a.tokens[k]?.pos === 'ADP' && lower(a.tokens[k]) !== 'that') {
      let j = k + 1;
      while (j < Math.min(s.last, k + 6) && /^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(a.tokens[j]!.pos)) j++;
      if (j > k + 1 && lower(a.tokens[j]) === 'that') k = j;
    }
    // (After a misread "claims" the tagger tends to read "that" as a determiner too.)
    if (lower(a.tokens[k]) === 'that' && (a.tokens[k]!.pos !== 'DET' || (misread && opensClause(a, s, k + 1)))) k++;
    const claim = claimClause(ctx, s, k, t);
    // A hope or a fear is no claim to check; what it says may come is still open ("hope it can be finished within the week").
    if (!claim || (expecting && !claim.modal)) continue;
    // "believes Ireland can qualify": a claim about what may come is asked directly ("Can Ireland qualify …?").
    const text = claim.modal ? invertClause(ctx, s, k, { futureOfPast: true }) : finishQuestion(`Is it true that ${claim.text}`);
    if (!text) continue;
    const d = draft(text, claim.modal ? 'hedged-prediction' : 'disputed', s, 1.3);
    return d && { ...d, rule: `contestedClaim:${tok.lemma.toLowerCase()}` };
  }
  return null;
};

/** Whether the subject of the verb at `t` is a partisan source ("critics", "Rudolph's supporters", "those in favour of punishment"). */
function spokenByPartisan(a: Analysis, s: Sentence, t: number): boolean {
  for (let k = t - 1; k >= Math.max(s.first, t - 8); k--) {
    const x = a.tokens[k]!;
    if (PARTISAN.test(x.text)) return true;
    // "those in favour of …", "those against …".
    if (/^those$/i.test(x.text) && /^(?:in|against|opposed)$/i.test(lower(a.tokens[k + 1]))) return true;
    if (isPunct(x) || x.pos === 'VERB') return false;
  }
  return false;
}

/**
 * "Yukos claims its downfall was punishment …": an "its"/"their" opening the claim's subject stands
 * for the one who claims it, when their number agrees (a name or a singular noun for "its", a
 * plural noun for "their").
 */
function claimantOwns(ctx: RuleContext, s: Sentence, subject: Piece, cue: number): { text: string } | null {
  const a = ctx.analysis;
  const first = a.tokens[subject.tokens[0]!]!;
  if (subject.tokens.length < 2 || !/^(?:its|their)$/i.test(first.text)) return null;
  let at = cue;
  while (at > s.first && /^(?:AUX|PART|ADV)$/.test(a.tokens[at - 1]!.pos)) at--;
  const claimant = subjectBefore(a, s, at);
  if (!claimant || claimant.tokens.length > 6) return null;
  const head = a.tokens[claimant.tokens[claimant.tokens.length - 1]!]!;
  if (head.pos !== 'NOUN' && head.pos !== 'PROPN') return null;
  const start = a.tokens[claimant.tokens[0]!]!.start;
  if (ctx.actors.some((x) => x.type === 'person' && x.mentions.some((m) => m.start >= start && m.end <= head.end))) return null;
  const plural = head.pos === 'NOUN' && /[^s'’]s$/i.test(head.text);
  if (plural !== /^their$/i.test(first.text)) return null;
  const owner = resolveSubject(ctx, s, claimant);
  if (!owner || /^(?:it|they|this|that|there)$/i.test(owner.text)) return null;
  const possessive = /s$/i.test(owner.text) ? `${owner.text}'` : `${owner.text}'s`;
  return { text: `${possessive} ${pieceText(a, { tokens: subject.tokens.slice(1) })}` };
}

/** The finite clause that opens at `k`, its pronoun subject named, as it is written, and whether its verb group opens with a modal; null when it is no clause or cannot stand alone. */
function claimClause(ctx: RuleContext, s: Sentence, k: number, cue: number): { text: string; modal: boolean } | null {
  const a = ctx.analysis;
  if (!opensClause(a, s, k)) return null;
  let verb = k + 1;
  while (verb <= s.last && !/^(?:VERB|AUX)$/.test(a.tokens[verb]!.pos)) verb++;
  const subject: Piece = { tokens: range(k, verb - 1).filter((j) => a.tokens[j]!.pos !== 'SPACE') };
  while (subject.tokens.length > 1 && a.tokens[subject.tokens[subject.tokens.length - 1]!]!.pos === 'ADV') subject.tokens.pop();
  // "suggests a degree of professionalism which could …": an object with a relative clause, no clause; "all this is …": a referent the question cannot name.
  if (subject.tokens.some((j) => /^(?:which|who|whom|that|this|these|those)$/i.test(a.tokens[j]!.text) && (a.tokens[j]!.pos === 'PRON' || j === subject.tokens[subject.tokens.length - 1]))) return null;
  // A finite verb: "suggested that Beijing resume buying" is a proposal (a subjunctive), "maintained a polling lead" no clause at all.
  const v = a.tokens[verb]!;
  const subjectEnd = a.tokens[subject.tokens[subject.tokens.length - 1]!]!;
  if (!/^(?:NOUN|PROPN|PRON|NUM)$/.test(subjectEnd.pos) || (v.pos === 'VERB' && /ing$/i.test(v.text))) return null;
  if (v.pos === 'VERB' && v.text.toLowerCase() === v.lemma.toLowerCase() && !/^(?:they|we|i|you)$/i.test(a.tokens[subject.tokens[subject.tokens.length - 1]!]!.text) && !/[^s]s$/i.test(a.tokens[subject.tokens[subject.tokens.length - 1]!]!.text)) return null;
  const resolved = resolveSubject(ctx, s, subject) ?? claimantOwns(ctx, s, subject, cue);
  if (!resolved || hasUnresolvedPerson(resolved.text) || /^(?:it|this|that|they|there)$/i.test(resolved.text)) return null;
  const { piece } = predicateFrom(a, s, subject.tokens[subject.tokens.length - 1]! + 1, { stopAtCoordinatedVerb: true });
  // "had shown the boy porn and plied him with wine": the first of two coordinated acts is the claim asked about.
  const and = piece.tokens.findIndex((j, i) => i > 0 && a.tokens[j]!.pos === 'CCONJ' && a.tokens[j + 1]?.pos === 'VERB');
  if (and > 0) piece.tokens.length = and;
  // "those who believe the party is stuck are deluding themselves": a claim made inside a relative
  // clause ends where the sentence's own verb comes back.
  const relative = /^(?:who|that)$/i.test(lower(a.tokens[cue - 1])) && a.tokens[cue - 1]!.pos === 'PRON';
  const stray = relative ? strayFiniteAt(a, piece) : -1;
  if (stray > 0) piece.tokens.length = stray;
  if (piece.tokens.length < 2 || !isComplete(a, piece)) return null;
  // "has a pretty good idea of why they …": a clause cut inside an embedded question is a fragment.
  if (piece.tokens.some((j) => /^(?:why|how|what|where|when|who|whom|which|whose)$/i.test(a.tokens[j]!.text))) return null;
  const rest = pieceText(a, piece);
  // "… plied him with wine": a pronoun the question cannot name ("this season" names its own noun).
  if (hasUnresolvedPerson(rest) || piece.tokens.some((j) => a.tokens[j]!.pos === 'PRON' && /^(?:it|them|him|her|this|that|these|those)$/i.test(a.tokens[j]!.text))) return null;
  const modal = /^(?:will|would|can|could|may|might|shall|should|must)$/i.test(a.tokens[verb]!.text);
  // "he should have gone to the video referee": a past that did not happen asks nothing.
  if (modal && lower(a.tokens[verb + 1]) === 'have' && a.tokens[verb + 2]?.pos === 'VERB') return null;
  return { text: `${resolved.text} ${rest}`, modal };
}
