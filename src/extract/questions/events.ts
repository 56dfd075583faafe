// Rules for what is pending: decisions and inquiries still open ("will decide whether", "it is
// not clear how"), demands with a deadline, events ahead whose outcome is unknown, charges or
// challenges someone faces, and questions the article itself asks.
import type { FoundDate } from '../dates/types.js';
import type { Analysis, Sentence, Token } from '../nlp.js';
import { definite, draft, findToken, GENERIC_SUBJECT, invertClause, lower, namesPerson, nounPhraseEndingAt, predicateText, range, whQuestion, willQuestion, type Rule, type RuleContext } from './ask.js';
import { EVENT_NOUN, GATHERING, INQUIRY_LEMMAS, NEGATION, UNSAID_LEMMAS } from './cues.js';
import { finishQuestion, isPunct, MAX_SUBJECT_TOKENS, isWordHyphen, lowerFirst, pieceText, predicateFrom, subjectBefore, type Piece } from './clause.js';
import { isReported } from './predictions.js';
import { hasUnresolvedPerson, ownerOf, resolveSubject } from './resolve.js';

const REQUEST = /^(?:ask|asks|asking|asked|urge|urges|urging|urged|want|wants|wanted|press|presses|pressing|pressed|call|calls|calling|called|demand|demands|demanding|demanded|pushing|push|pushes|pushed|expect|expects|expected|expecting|predict|predicts|predicted|predicting|tip|tips|tipped|tipping)$/i;
/**
 * "expects the merger to boost earnings", "has tipped Wales to win": an expectation or a
 * prediction (TimeML I_STATE; "tip" the news verb for "predict"), a forecast rather than a request.
 */
const EXPECT = /^(?:expect|expects|expected|expecting|predict|predicts|predicted|predicting|tip|tips|tipped|tipping)$/i;
/** An indefinite object that can still act on a request ("urged a judge to …", "asked a court to …"). */
const PERSON_LIKE = /\b(?:judge|court|minister|government|company|firm|group|panel|committee|body|council|regulator|official|member|team)\b/i;
/** Verbs that take a mandative subjunctive ("requested the advert be removed"; Quirk et al. 1985, §16.32). */
const SUBJUNCTIVE_REQUEST = /^(?:request|requests|requested|requesting|demand|demands|demanded|demanding|insist|insists|insisted|recommend|recommends|recommended|propose|proposes|proposed|urge|urges|urged|ask|asks|asked)$/i;
const DELIBERATION = /^(?:mulling|considering|weighing|reviewing|exploring|debating|discussing|studying|examining|contemplating|eyeing)$/i;
const FUTURE_CUE = /\b(?:will|’ll|'ll|shall|is to|are to|due|scheduled|planned|set to|expected|next|upcoming|until|ahead|coming|by)\b/i;
/** Words that put an event ahead of the report ("is to face trial", "ahead of a vote", "next week's summit"). */
const AHEAD = /^(?:will|’ll|'ll|shall|scheduled|due|next|upcoming|forthcoming|ahead|coming|later|planned|impending|pending|looming|await|awaits|awaiting)$/i;
/** Decision verbs: an embedded question after them is a pending decision, not a stated unknown. */
const DECIDING = new Set(['decide', 'rule', 'consider', 'weigh', 'debate', 'discuss', 'judge', 'vote', 'review', 'decision', 'discussion', 'talks', 'negotiation', 'negotiations']);
/** Verbs whose simple past settles the question ("the court decided whether …"); "questioned if" does not. */
const SETTLING = new Set(['decide', 'rule', 'determine', 'establish', 'judge', 'see', 'check', 'review', 'examine', 'assess', 'study', 'test', 'investigate', 'probe']);

/** Whether date `d` lies after the reference time; same period counts when the sentence says it is ahead. */
function isAhead(ctx: RuleContext, s: Sentence, d: FoundDate): boolean {
  if (d.kind === 'duration' || d.kind === 'set') return false;
  if (d.value === 'FUTURE_REF') return true;
  if (!/^\d{4}/.test(d.value)) return false;
  const text = ctx.analysis.text.slice(s.start, s.end);
  if (!ctx.referenceTime) return FUTURE_CUE.test(text) && (d.certainty !== 'stated' || /\b(?:until|next|in|by)\s+(?:the\s+)?\S*\s*$/i.test(ctx.analysis.text.slice(s.start, d.start)));
  const value = d.value.split('/')[0]!;
  const comparable = /^\d{4}(?:-\d{2}(?:-\d{2}(?:T[\d:]+)?)?)?$/.test(value) ? value : value.slice(0, 4);
  const ref = ctx.referenceTime.slice(0, comparable.length);
  if (comparable > ref) return true;
  return comparable === ref && FUTURE_CUE.test(text);
}

export function futureDates(ctx: RuleContext, s: Sentence): FoundDate[] {
  return (ctx.datesIn.get(s.i) ?? []).filter((d) => isAhead(ctx, s, d));
}

/** Explicit questions in the text, quote marks stripped, when they read on their own and the article leaves them open. */
export const explicitQuestion: Rule = (ctx, s) => {
  const a = ctx.analysis;
  const text = a.text.slice(s.start, s.end).replace(/\s+/g, ' ').trim();
  if (!/\?["”’]?$/.test(text)) return null;
  const core = text.replace(/^["“‘]+/, '').replace(/["”’]+$/, '');
  if (!/^(?:who|what|when|where|why|how|which|whose|whom|is|are|was|were|will|would|can|could|should|shall|do|does|did|has|have|had|may|might|must)\b/i.test(core)) return null;
  // "Have a tip?": a prompt to the reader with no subject, too short to be a question about the news.
  if (!/^(?:who|what|when|where|why|how|which)\b/i.test(core) && core.split(/\s+/).length < 4) return null;
  // "Must have been complicated conversations?": a yes/no question needs a subject after its verb.
  if (!/^(?:who|what|when|where|why|how|which|whose|whom)\b/i.test(core) && /^\S+\s+(?:have|been|be|had|being)\b/i.test(core)) return null;
  if (hasUnresolvedPerson(core) || /\b(?:it|they|he|she|this)\b/i.test(core)) return null;
  // "WHO WAS OSCAR?": a question in capitals is a heading of the page; "What about Britpop?",
  // "What if The Streets had won?": a verbless suggestion or a supposition (Quirk et al. 1985,
  // §11.23) asks nothing that the news leaves open.
  if (!/\p{Ll}/u.test(core) || /^(?:what|how)\s+about\b|^what\s+if\b/i.test(core)) return null;
  // A question in a quotation that no verb of asking reports ("How much tax do people want to
  // pay?" in a speech) is the speaker's rhetoric; one someone puts to another ("… asked one MP") is
  // still open.
  const mark = s.start + a.text.slice(s.start, s.end).lastIndexOf('?');
  // (The reporting clause after the question mark is a sentence of its own: "… vote?" asked one MP.)
  const next = a.sentences[s.i + 1];
  const reportedBy = next?.paragraph === s.paragraph ? Math.min(next.last, next.first + 3) : s.last;
  if (quotedAt(a, s, mark) && !range(s.first, reportedBy).some((k) => ASKING.test(a.tokens[k]!.lemma))) return null;
  // "What happened in 1986?", "Why were 10,000 fans incensed?": in the writer's voice a question in
  // the simple past asks what the article goes on to tell.
  if (!quotedAt(a, s, mark) && /^(?:(?:who|what|when|where|why|how|which)\b(?:\s+(?:on earth|\S+)){0,3}?\s+)?(?:did|was|were|happened)\b/i.test(core)) return null;
  // A question standing alone as a paragraph is a heading; an explainer answers it below unless
  // it asks about what is still to come ("How likely is …?", "What happens next?").
  const opensParagraph = a.sentences[s.i - 1]?.paragraph !== s.paragraph;
  const alone = opensParagraph && next?.paragraph !== s.paragraph;
  // A question in the writer's own voice that opens a paragraph the writer goes on with ("What
  // makes that pain go away? At Chime …") is rhetorical: the paragraph answers it (Quirk et al.
  // 1985, §11.23).
  const answered = opensParagraph && next !== undefined && !alone && !/["“”]/.test(text) && !/\?\W*$/.test(a.text.slice(next.start, next.end));
  if ((alone || answered) && !/\b(?:will|would|could|might|may|can|should|likely|unlikely|possible|next|happens?|future)\b/i.test(core)) return null;
  return draft(finishQuestion(core), 'explicit-question', s, 2.5);
};

/** Verbs that report a question put to someone (TimeML's I_ACTION "ask", and its kin). */
const ASKING = /^(?:ask|wonder|query|question|demand|press|challenge)$/i;

/** Whether a quotation opened in the sentence's paragraph is still open at character `pos`. */
function quotedAt(a: Analysis, s: Sentence, pos: number): boolean {
  let first = s;
  while (first.i > 0 && a.sentences[first.i - 1]!.paragraph === s.paragraph) first = a.sentences[first.i - 1]!;
  let open = false;
  for (const c of a.text.slice(first.start, pos)) {
    if (c === '“') open = true;
    else if (c === '”') open = false;
    else if (c === '"') open = !open;
  }
  return open;
}

/**
 * "The court will decide whether …", "It has not yet been determined how much …", "it is unclear
 * whether …": the embedded question, asked directly.
 */
export const embeddedQuestion: Rule = (ctx, s) => {
  const a = ctx.analysis;
  for (let t = s.first; t < s.last - 1; t++) {
    const w = lower(a.tokens[t]);
    if (!/^(?:whether|if|how|what|who|when|where|why|which)$/.test(w)) continue;
    const governor = governorOf(a, s, t);
    if (!governor) {
      // "Whether he deserves punishment was a hot topic", "… and whether the deal holds remains unclear": the open clause is the subject.
      // ("How the money went missing is unclear": a wh-clause as subject is asked as a wh-question.)
      const until = w !== 'if' && w !== 'which' ? openSubjectEnd(a, s, t) : -1;
      if (until > 0) {
        const text = w === 'whether' ? invertClause(ctx, s, t + 1, { futureOfPast: isReported(a, s, t), until }) : whQuestion(ctx, s, t, { until });
        if (text) return draft(text, 'stated-unknown', s, 2.3);
      }
      // "… whether the tariff would go into effect — or whether the September tariff would remain":
      // a "whether" joined by "or" is the second half of a question left open, whatever governs the first.
      if (w === 'whether' && lower(a.tokens[t - 1]) === 'or') {
        const text = invertClause(ctx, s, t + 1, { futureOfPast: isReported(a, s, t) || findToken(a, t + 1, Math.min(s.last, t + 16), (x) => /^would$/i.test(x.text)) > 0 });
        if (text) return draft(text, 'stated-unknown', s, 2.3);
      }
      continue;
    }
    if (w === 'if' && governor.tok.pos !== 'VERB' && governor.tok.pos !== 'ADJ') continue;
    const futureOfPast = isReported(a, s, t) || /^(?:would)$/i.test(lower(a.tokens[t + 2]));
    const deciding = DECIDING.has(governor.tok.lemma.toLowerCase()) && !governor.negated;
    // "wait and see what Glazer comes with", "it remains to be seen whether": what is to be seen lies ahead.
    const ahead = deciding || governor.tok.lemma.toLowerCase() === 'see';
    // "The EU will decide on 17 December whether to begin entry talks" → "Will the EU begin entry talks?": an
    // infinitive after "whether" leaves open what the deciding verb's own subject will do.
    const infinitive = w === 'whether' && lower(a.tokens[t + 1]) === 'to' && a.tokens[t + 2]?.pos === 'VERB' && governor.tok.pos === 'VERB';
    const text = infinitive ? whetherTo(ctx, s, governor.tok.i, t + 2) : w === 'whether' || w === 'if' ? invertClause(ctx, s, t + 1, { futureOfPast, future: ahead }) : whQuestion(ctx, s, t, { futureOfPast, future: ahead });
    if (!text) continue;
    // "how much experience a tight-head can give a centre": an indefinite subject makes it a general musing, not this story's unknown.
    if (w !== 'whether' && w !== 'if' && /^\S+(?: \S+){0,3}? (?:can|could|do|does|did|is|are|will|would|should|may|might|must) (?:a|an) /i.test(text)) continue;
    return draft(text, deciding ? 'pending-decision' : 'stated-unknown', s, 2.5);
  }
  return null;
};

/** "Will {subject of the verb at `verb`} {infinitive's predicate from `from`}?", or null. */
function whetherTo(ctx: RuleContext, s: Sentence, verb: number, from: number): string | null {
  const a = ctx.analysis;
  // "has been granted extra time to decide whether to …": an infinitive "decide" has its subject elsewhere.
  if (lower(a.tokens[verb - 1]) === 'to' && !/^(?:is|are|due|set|expected|scheduled)$/i.test(lower(a.tokens[verb - 2]))) return null;
  let at = verb;
  while (at > s.first && /^(?:AUX|PART|ADV)$/.test(a.tokens[at - 1]!.pos)) at--;
  // "is to decide", "is due to decide": the subject stands before the whole group.
  while (at > s.first + 1 && lower(a.tokens[at - 1]) === 'to' && /^(?:is|are|due|set|expected|scheduled)$/i.test(lower(a.tokens[at - 2]))) {
    at -= 2;
    while (at > s.first && /^(?:AUX|PART|ADV)$/.test(a.tokens[at - 1]!.pos)) at--;
  }
  const subject = subjectBefore(a, s, at);
  // (A pronoun is left alone: "it insists it is still considering whether to …" names no one for sure.)
  if (!subject || (subject.tokens.length === 1 && a.tokens[subject.tokens[0]!]!.pos === 'PRON')) return null;
  const resolved = resolveSubject(ctx, s, subject);
  const predicate = predicateText(ctx, s, from);
  if (!resolved || !predicate || hasUnresolvedPerson(resolved.text) || GENERIC_SUBJECT.test(resolved.text)) return null;
  // "call up any further back-up": a hyphenated word cut in two.
  if (!predicate.text.includes('-') && range(from, predicate.stop).some((k) => isWordHyphen(a, k))) return null;
  return finishQuestion(`Will ${resolved.text} ${predicate.text}`);
}

/** Inquiry words that leave a clause open only as verbs ("are checking if …", "testing whether …"). */
const CHECKING = new Set(['check', 'verify', 'test']);

/** Words that, negated, say a subject clause is open ("… is not known", "… has not been decided"). */
const SETTLED = /^(?:known|clear|certain|decided|settled|confirmed|established)$/i;
/** Words that say a subject clause is open ("… was a hot topic", "… remains unclear"). */
const OPEN_PREDICATE = /^(?:topic|question|issue|matter|debate|unclear|uncertain|unknown|open|undecided|disputed|contested|moot|uncertainty|mystery)$/i;

/** Where the sentence's verb follows the "whether"-clause at `t` when that verb calls the clause open; -1 when it does not. */
function openSubjectEnd(a: Analysis, s: Sentence, t: number): number {
  // Only a clause that opens the sentence, or is joined to its subject by "and".
  if (t > s.first && !/^(?:and|[“"‘])$/i.test(lower(a.tokens[t - 1]))) return -1;
  for (let k = t + 3; k <= Math.min(s.last, t + 16); k++) {
    const x = a.tokens[k]!;
    if (x.pos === 'PUNCT') return -1;
    if (/^(?:is|are|was|were|remains|remained)$/i.test(x.text) && /^(?:NOUN|PROPN|NUM|ADJ|ADV|VERB)$/.test(a.tokens[k - 1]!.pos)) return findToken(a, k + 1, Math.min(s.last, k + 5), (y) => OPEN_PREDICATE.test(y.text) || (SETTLED.test(y.text) && NEGATION.test(lower(a.tokens[y.i - 1]) || lower(a.tokens[y.i - 2])))) >= 0 ? k : -1;
  }
  return -1;
}

/**
 * The word that leaves the clause at `t` open: an inquiry or decision word not in the simple past
 * ("will decide", "investigating", "unclear"), or a negated verb of saying or knowing ("did not
 * say", "has not yet been determined").
 */
function governorOf(a: Analysis, s: Sentence, t: number): { tok: Token; negated: boolean } | null {
  const wh = lower(a.tokens[t]);
  // "mixed signals about whether …", "scrutiny over whether …", "as to whether": a "whether"-clause
  // that is a preposition's object is a question the noun or adjective before it raises, whatever
  // that word is (Quirk et al. 1985, §15.5: interrogative clauses as prepositional complements).
  const prep = a.tokens[t - 1];
  const head = lower(prep) === 'to' && lower(a.tokens[t - 2]) === 'as' ? a.tokens[t - 3] : a.tokens[t - 2];
  if (wh === 'whether' && prep && /^(?:about|over|on|as to|to)$/i.test(lower(prep) === 'to' ? `${lower(a.tokens[t - 2])} to` : lower(prep)) && head && t - 2 >= s.first && /^(?:NOUN|ADJ)$/.test(head.pos))
    return { tok: head, negated: false };
  // "an investigation into whether …", "police are looking into whether …": "into" (and "look at")
  // governs an inquiry, unless a verb in the simple past reports it done ("looked into whether").
  const inquiring = lower(prep) === 'into' || (lower(prep) === 'at' && head?.lemma.toLowerCase() === 'look');
  if (wh === 'whether' && inquiring && head && t - 2 >= s.first && !(head.pos === 'VERB' && isSimplePast(a, head.i)))
    return { tok: head, negated: false };
  // "bets on who will be the next Bond", "speculation about what the board will do": so is a
  // wh-clause there whose modal looks ahead; without one it may be a nominal relative ("paid for
  // what it used").
  if (wh !== 'whether' && wh !== 'if' && prep && /^(?:about|over|on)$/i.test(lower(prep)) && head && t - 2 >= s.first && head.pos === 'NOUN' && opensAhead(a, s, t))
    return { tok: head, negated: false };
  for (let k = t - 1; k >= Math.max(s.first, t - 4); k--) {
    const tok = a.tokens[k]!;
    // "negotiations, which …", "was decided when …": a relative or a time clause, no question.
    if (tok.pos === 'PUNCT') return null;
    if (k < t - 1 && !/^(?:on|about|over|of|as|to|be|yet|not|n[’']t|clear|known|still)$/i.test(a.tokens[k + 1]!.text) && !isOpenGap(a, k + 1, t)) return null;
    const lemma = tok.lemma.toLowerCase();
    // "did not say", "has yet to decide", "declined to say": the answer is withheld.
    // ("Nobody knows how many …", "No one knows what …": a negative subject negates the verb.)
    const negated = a.tokens.slice(Math.max(s.first, k - 4), k).some((x) => NEGATION.test(x.text) || /^(?:no|yet|declined|declines|declining|refused|refuses|refusing|nobody|none)$/i.test(x.text));
    // "It is hard to say whether …", "too early to tell if …", "impossible to know how …": knowing
    // or saying judged out of reach (CoNLL-2010 hedge cues) withholds the answer as "not" does.
    const outOfReach = lower(a.tokens[k - 1]) === 'to' && /^(?:hard|difficult|impossible|early|soon)$/i.test(lower(a.tokens[k - 2])) && /^(?:say|tell|know|predict|foresee|gauge)$/i.test(lemma);
    if (outOfReach) return { tok, negated: true };
    if (/^ask/i.test(tok.text)) return null; // a question put to someone: the next sentence answers it
    // "expects the auditor to be able to scrutinise how …": a power granted, not a question open.
    if (lower(a.tokens[k - 1]) === 'to' && /^(?:able|power|right|powers|ability)$/i.test(lower(a.tokens[k - 2]))) return null;
    // "it remains to be seen whether".
    if (lemma === 'see' && lower(a.tokens[k - 1]) === 'be' && /^remain/.test(lower(a.tokens[k - 3]))) return { tok, negated: true };
    if (UNSAID_LEMMAS.has(lemma) && negated && tok.pos !== 'NOUN') return { tok, negated };
    // ("a crucial test of how firmly …": checking asks only as a verb; the noun names a trial of strength.)
    if (CHECKING.has(lemma) && tok.pos !== 'VERB') return null;
    if (INQUIRY_LEMMAS.has(lemma) || INQUIRY_LEMMAS.has(tok.text.toLowerCase())) {
      // A noun asks only through "whether" or a preposition ("doubts over who"); a passive verb not at all.
      if (tok.pos === 'NOUN' && wh !== 'whether' && k === t - 1) return null;
      let before = k - 1;
      while (before > s.first && a.tokens[before]!.pos === 'ADV') before--;
      if (tok.pos === 'VERB' && !/ing$/i.test(tok.text) && /^(?:is|are|was|were|been|be)$/i.test(lower(a.tokens[before])) && !negated) return null;
      if (wh === 'which' && tok.pos === 'NOUN') return null;
      if (tok.pos === 'VERB' && SETTLING.has(lemma) && isSimplePast(a, k) && !negated) return null; // "the court decided whether": settled
      // "The study sought to assess how far …": an inquiry attempted in the past reports its answer (TimeML I_ACTION "attempt").
      if (tok.pos === 'VERB' && SETTLING.has(lemma) && lower(a.tokens[k - 1]) === 'to' && /^(?:sought|tried|attempted|aimed)$/i.test(lower(a.tokens[k - 2])) && !isReported(a, s, k - 2)) return null;
      // "bodies would decide whether …": a hypothetical, not a decision pending.
      if (/^(?:would|could|might|may|should)$/.test(lower(a.tokens[k - 1])) && !isReported(a, s, k - 1)) return null;
      return { tok, negated };
    }
  }
  return null;
}

/**
 * A modal of the future within the few words after the wh-word at `t`, before any punctuation.
 * ("would" and "could" there mostly tell a habit or a mere possibility: "directions about how he
 * would like …", "a view on how problems could be solved".)
 */
function opensAhead(a: Analysis, s: Sentence, t: number): boolean {
  for (let k = t + 1; k <= Math.min(s.last, t + 5); k++) {
    const x = a.tokens[k]!;
    if (x.pos === 'PUNCT') return false;
    if (/^(?:will|shall|might|may|should|'ll|’ll)$/i.test(x.text)) return true;
  }
  return false;
}

/** Tokens between a governor and its wh-word that keep the question open ("decide on exactly how"). */
function isOpenGap(a: Analysis, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!/^(?:ADP|ADV|PART|AUX)$/.test(a.tokens[k]!.pos)) return false;
  return true;
}

/** A verb in the simple past: "-ed" or an irregular past, with no auxiliary before it. */
function isSimplePast(a: Analysis, k: number): boolean {
  const tok = a.tokens[k]!;
  const w = tok.text.toLowerCase();
  if (w === tok.lemma.toLowerCase() || /ing$/.test(w) || /s$/.test(w)) return false;
  let j = k - 1;
  while (j >= 0 && a.tokens[j]!.pos === 'ADV') j--;
  return !/^(?:has|have|had|is|are|was|were|be|been|being|will|would|to)$/.test(lower(a.tokens[j]));
}

/** "called on the management to recall the notice by midday on Monday" → "Will the management recall the notice by midday on Monday?" */
export const request: Rule = (ctx, s) => {
  const a = ctx.analysis;
  for (let t = s.first; t < s.last - 2; t++) {
    const tok = a.tokens[t]!;
    if (SUBJUNCTIVE_REQUEST.test(tok.text) && tok.pos === 'VERB') {
      // "has requested (that) the advert be removed immediately": a mandative subjunctive, not yet done.
      const from = lower(a.tokens[t + 1]) === 'that' ? t + 2 : t + 1;
      const be = findToken(a, from + 1, Math.min(s.last, from + 8), (x) => x.text === 'be');
      if (be > from && a.tokens[be + 1]?.pos === 'VERB' && a.tokens.slice(from, be).every((x) => /^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(x.pos))) {
        const resolved = resolveSubject(ctx, s, { tokens: range(from, be - 1) });
        const predicate = resolved ? predicateText(ctx, s, be) : null;
        const text = resolved && predicate && !hasUnresolvedPerson(resolved.text) ? finishQuestion(`Will ${resolved.text} ${predicate.text}`) : null;
        if (text) return draft(text, 'pending-decision', s, 2.3);
      }
    }
    if (!REQUEST.test(tok.text) || tok.pos !== 'VERB') continue;
    let from = t + 1;
    if (lower(a.tokens[from]) === 'on' || lower(a.tokens[from]) === 'for') from++;
    let to = -1;
    // (The object is the subject of the infinitive, as long as a subject may be: "expect the number of electric vehicles for sale in the U.S. to grow".)
    for (let k = from; k <= Math.min(s.last - 1, from + MAX_SUBJECT_TOKENS); k++) {
      if (lower(a.tokens[k]) === 'to' && (a.tokens[k + 1]?.pos === 'VERB' || lower(a.tokens[k + 1]) === 'be')) {
        to = k;
        break;
      }
      if (a.tokens[k]!.pos === 'VERB' || a.tokens[k]!.pos === 'PUNCT') break;
    }
    if (to <= from) continue;
    const sentenceText = a.text.slice(s.start, s.end);
    // "we won't be calling for the commissioner to review …": a request denied asks nothing.
    if (a.tokens.slice(Math.max(s.first, t - 3), t).some((x) => NEGATION.test(x.text))) continue;
    const futureAsk = /^(?:will|’ll|'ll|be)$/i.test(lower(a.tokens[t - 1])) || lower(a.tokens[t - 2]) === 'will';
    // A demand in the present ("want the EU budget to be capped", "is urging ministers to act") is still open; a past one may have been met.
    const expecting = EXPECT.test(tok.text);
    // "is expected to": the passive is the predictive phrase's, not an expectation of someone's.
    // "could not expect others to listen": no expectation held.
    if (expecting && (/^(?:is|are|was|were|be|been|being)$/i.test(lower(a.tokens[t - 1])) || a.tokens.slice(Math.max(s.first, t - 3), t).some((x) => NEGATION.test(x.text)))) continue;
    // ("has tipped Wales to win": an expectation in the present perfect is held now.)
    const present = (/^(?:want|wants|urge|urges|urging|calls|call|calling|press|presses|pressing|demand|demands|demanding|asks|asking|pushing|expect|expects|expecting|predict|predicts|tip|tips)$/i.test(tok.text) && (!/ing$/i.test(tok.text) || /^(?:is|are)$/i.test(lower(a.tokens[t - 1])))) || (expecting && (isReported(a, s, t) || /^(?:has|have)$/i.test(lower(a.tokens[t - 1]))));
    // "has (already) asked Rosneft to repay …": a request in the present perfect is still before its addressee (Quirk et al. 1985, §4.20, current relevance).
    let auxAt = t - 1;
    while (auxAt > s.first && a.tokens[auxAt]!.pos === 'ADV' && !NEGATION.test(a.tokens[auxAt]!.text)) auxAt--;
    const perfect = /^(?:has|have)$/i.test(lower(a.tokens[auxAt])) && /ed$/i.test(tok.text);
    // "will ask the congregation to search for peace": the request itself is still to be made, so
    // whether it is met is two steps away and no open question of the article.
    if (futureAsk && !expecting) continue;
    if (!present && !perfect && futureDates(ctx, s).length === 0 && !/\bor face\b/i.test(sentenceText)) continue;
    const object: Piece = { tokens: range(from, to - 1) };
    // "predict that an increase is unlikely to …": a clause, not an object, stands before the "to".
    if (object.tokens.some((k) => a.tokens[k]!.pos === 'AUX' || (/^that$/i.test(a.tokens[k]!.text) && a.tokens[k]!.pos !== 'DET'))) continue;
    // "wants a tariff rise of 60% to fund improvements": after a new thing, "to" gives its purpose; "a lot of people want …": no one in particular asks.
    // ("expects a recovery to begin": an expected event may be new.)
    if (/^(?:a|an)$/i.test(lower(a.tokens[from])) && !PERSON_LIKE.test(pieceText(a, object)) && !expecting) continue;
    // "called for urgent action to fight world poverty", "calls for US intervention to boost the
    // currency": after "call for", a bare singular noun names an act, and an active "to" gives its
    // purpose; no one is asked to do anything. ("called for the embargo to be lifted" asks.)
    const of = object.tokens.findIndex((k) => a.tokens[k]!.pos === 'ADP');
    const head = a.tokens[object.tokens[(of > 0 ? of : object.tokens.length) - 1]!]!;
    const bare = !/^(?:DET|PRON)$/.test(a.tokens[from]!.pos) && head.pos === 'NOUN' && head.text.toLowerCase() === head.lemma.toLowerCase();
    if (lower(a.tokens[t + 1]) === 'for' && bare && lower(a.tokens[to + 1]) !== 'be' && !PERSON_LIKE.test(pieceText(a, object)) && !namesPerson(ctx, object)) continue;
    // "expects the auditor to be able to …", "expects staff to arrive on time": of a person, an expectation is a duty laid down, not a forecast.
    // ("has tipped Wales to win", "predicts Smith will …": a prediction lays no duty on anyone.)
    if (expecting && !/^(?:predict|tip)/i.test(tok.text) && (PERSON_LIKE.test(pieceText(a, object)) || namesPerson(ctx, object))) continue;
    const asker = subjectBefore(a, s, t);
    if (asker && GENERIC_SUBJECT.test(pieceText(a, asker).replace(/^(?:a lot of|lots of)\s+/i, ''))) continue;
    const resolved = resolveSubject(ctx, s, object);
    // "Johnson expects it to be a memorable occasion": what an object "it" stands for is too loose a guess for the question's subject.
    if (!resolved || hasUnresolvedPerson(resolved.text) || (object.tokens.length === 1 && /^(?:it|them)$/i.test(a.tokens[object.tokens[0]!]!.text))) continue;
    const predicate = predicateText(ctx, s, to + 1);
    if (!predicate) continue;
    return draft(finishQuestion(`Will ${resolved.text} ${predicate.text}`), expecting ? 'hedged-prediction' : 'pending-decision', s, 2.5);
  }
  return null;
};

/** Verbs of disclosure that, negated, leave their object unknown (FactBank's non-factive reporting predicates). */
const DISCLOSE = /^(?:reveal|disclose|give|name|identify|release|specify|publish|say)$/i;
/** What a withheld disclosure leaves unknown: the head nouns of information asked for with "what". */
const WITHHELD_HEAD = /^(?:location|cause|identity|identities|names?|amount|figure|sum|size|terms|details|reason|reasons|date|number|value|price|cost|source|sources|whereabouts|nationality|nationalities|motive|motives|intentions?|plans|futures?|fate|timing|extent|circumstances)$/i;

/**
 * "It did not reveal the crash location", "declined to give the price", "was withholding the
 * names of those killed": a stated unknown → "What was the crash location?".
 */
export const withheld: Rule = (ctx, s) => {
  const a = ctx.analysis;
  for (let t = s.first; t < s.last; t++) {
    const tok = a.tokens[t]!;
    // "he is unsure of Malcolm Glazer's motives", "speculation about his future": a stated unknown about a thing, not a clause.
    // ("Uncertainty remains over the future of Perrier": a verb of lasting may stand between the noun and its object.)
    const lasting = /^(?:remains?|remained|persists?|persisted|hangs?|hung|linger|lingers|lingered)$/i.test(lower(a.tokens[t + 1])) ? 1 : 0;
    const unsure = /^(?:unsure|uncertain|unclear|ignorant|speculation|questions|doubts|uncertainty)$/i.test(tok.text) && /^(?:of|about|over|as)$/i.test(lower(a.tokens[t + 1 + lasting])) && (lasting === 0 || tok.pos === 'NOUN' || tok.pos === 'PROPN');
    if (unsure) {
      const p = t + 1 + lasting;
      const at = lower(a.tokens[p]) === 'as' && lower(a.tokens[p + 1]) === 'to' ? p + 2 : p + 1;
      const q = unknownThing(ctx, s, at);
      if (q) return draft(q, 'stated-unknown', s, 2);
      continue;
    }
    // "the exact circumstances of the deaths remained unclear": a phrase predicated unknown at the clause's end.
    if (/^(?:unclear|unknown|uncertain)$/i.test(tok.text) && /^(?:is|are|was|were|remains?|remained)$/i.test(lower(a.tokens[t - 1])) && (t + 1 > s.last || isPunct(a.tokens[t + 1]!))) {
      const subject = subjectBefore(a, s, t - 1);
      const q = subject && lower(a.tokens[subject.tokens[0]!]) === 'the' ? unknownThing(ctx, s, subject.tokens[0]!) : null;
      if (q) return draft(q, 'stated-unknown', s, 2);
      continue;
    }
    if (tok.pos !== 'VERB') continue;
    const lemma = tok.lemma.toLowerCase();
    const withholding = lemma === 'withhold';
    const negated = a.tokens.slice(Math.max(s.first, t - 3), t).some((x) => NEGATION.test(x.text) || /^(?:declined|refused|declines|refuses|without)$/i.test(x.text));
    if (!withholding && !(negated && DISCLOSE.test(lemma))) continue;
    if (lower(a.tokens[t + 1]) !== 'the') continue;
    const q = unknownThing(ctx, s, t + 1);
    if (q) return draft(q, 'stated-unknown', s, 2);
  }
  return null;
};

/** "the crash location" → "What is the crash location?", "Malcolm Glazer's motives" → "What are Malcolm Glazer's motives?"; null unless the phrase names a piece of information. */
function unknownThing(ctx: RuleContext, s: Sentence, from: number): string | null {
  const a = ctx.analysis;
  {
    const np: number[] = [from];
    // "his future": the owner named ("Pochettino's future").
    const owner = ownerOf(ctx, s, from);
    if (!/^(?:DET|PROPN)$/.test(a.tokens[from]?.pos ?? '') && !owner) return null;
    for (let k = from + 1; k <= s.last && np.length < 10; k++) {
      const x = a.tokens[k]!;
      // "Spurs' star players": a plural owner and its apostrophe stay, whatever the owner is tagged.
      const apostrophe = (j: number): boolean => /^[’']$/.test(a.tokens[j]?.text ?? '') && a.tokens[j - 1]!.end === a.tokens[j]!.start && /s$/i.test(a.tokens[j - 1]!.text) && /^(?:NOUN|PROPN|ADJ)$/.test(a.tokens[j + 1]?.pos ?? '');
      if (apostrophe(k) || apostrophe(k + 1)) {
        np.push(k);
        continue;
      }
      if (!/^(?:ADJ|NOUN|PROPN|NUM|DET)$/.test(x.pos) && !/^(?:of|for|['’]s)$/i.test(x.text) && !(x.pos === 'VERB' && /ed$/i.test(x.text) && lower(a.tokens[k - 1]) === 'those') && !(x.pos === 'PRON' && /^those$/i.test(x.text))) break;
      np.push(k);
    }
    while (np.length > 0 && /^(?:ADP|DET)$/.test(a.tokens[np[np.length - 1]!]!.pos)) np.pop();
    // ("the" alone: no phrase is left to ask about.)
    if (np.length === 0) return null;
    // The head is the last noun before "of"/"for" ("the names of those killed") or the phrase's last.
    const cut = np.findIndex((k) => /^(?:of|for)$/i.test(a.tokens[k]!.text));
    const head = a.tokens[np[(cut > 0 ? cut : np.length) - 1]!]!;
    if (!WITHHELD_HEAD.test(head.text)) return null;
    // "the future" alone says nothing: whose, or of what, must be said.
    if (/^(?:futures?|fate|plans|intentions?)$/i.test(head.text) && cut < 0 && !owner && !np.some((k) => /^['’]s?$/.test(a.tokens[k]!.text))) return null;
    const text = owner ? `${owner} ${pieceText(a, { tokens: np.slice(1) })}` : lowerFirst(a, { tokens: np }, pieceText(a, { tokens: np }));
    if (hasUnresolvedPerson(text) || /\b(?:its|their|his|her|it|them)\b/i.test(text)) return null;
    const plural = /s$/i.test(head.text) || /^(?:whereabouts|terms)$/i.test(head.text);
    return finishQuestion(`What ${plural ? 'are' : 'is'} ${text}`);
  }
}

/** "The brothers are currently mulling the sale of …" → "Will the brothers go ahead with the sale of …?" */
export const deliberation: Rule = (ctx, s) => {
  const a = ctx.analysis;
  for (let t = s.first + 1; t < s.last; t++) {
    const tok = a.tokens[t]!;
    if (!DELIBERATION.test(tok.text)) continue;
    let be = t - 1;
    while (be > s.first && a.tokens[be]!.pos === 'ADV') be--;
    if (a.tokens[be]!.lemma !== 'be' || a.tokens[t + 1]?.pos !== 'DET') continue;
    // "She was eyeing …": a past deliberation may have ended; only reported speech keeps it open.
    if (/^(?:was|were)$/i.test(a.tokens[be]!.text) && !isReported(a, s, be)) continue;
    const subject = subjectBefore(a, s, be);
    const resolved = subject ? resolveSubject(ctx, s, subject) : null;
    if (!resolved) continue;
    const { piece } = predicateFrom(a, s, t + 1);
    const object = pieceText(a, piece);
    if (piece.tokens.length < 2 || hasUnresolvedPerson(object)) continue;
    // "is examining the report": an inquiry concludes something, it does not go ahead with its object.
    const inquiry = /^(?:reviewing|studying|examining)$/i.test(tok.text);
    const text = inquiry ? `What will ${resolved.text} conclude about ${object}` : `Will ${resolved.text} go ahead with ${object}`;
    return draft(finishQuestion(text), 'pending-decision', s, 2.5, resolved.antecedent ? [resolved.antecedent] : []);
  }
  return null;
};

/**
 * An act not done yet, stated in the present: "the approach has not yet produced the grand
 * finale" → "Will the approach produce the grand finale?"; "the club is yet to decide" → "Will
 * the club decide?"; "the two sides have been unable to reschedule a meeting" → "Will the two
 * sides be able to reschedule a meeting?". A past "was unable to" narrates; it is left alone.
 */
export const notYetDone: Rule = (ctx, s) => {
  const a = ctx.analysis;
  for (let t = s.first + 1; t < s.last - 1; t++) {
    const w = lower(a.tokens[t]);
    let verb = -1;
    let able = false;
    if (w === 'unable' && lower(a.tokens[t + 1]) === 'to' && /^(?:is|are|am|been|remain|remains|proving|prove)$/.test(lower(a.tokens[t - 1]))) {
      // "have been unable": the perfect is present; "had been unable" is not.
      if (lower(a.tokens[t - 1]) === 'been' && !/^(?:has|have)$/.test(lower(a.tokens[t - 2]))) continue;
      [verb, able] = [t + 2, true];
    } else if (w === 'yet' && lower(a.tokens[t + 1]) === 'to' && /^(?:is|are|has|have)$/.test(lower(a.tokens[t - 1]))) verb = t + 2;
    else if (w === 'yet' && NEGATION.test(lower(a.tokens[t - 1])) && /^(?:has|have)$/.test(lower(a.tokens[t - 2]))) verb = t + 1;
    // ("has yet to be heard": a passive infinitive is asked as one, "Will the case be heard?".)
    const passive = lower(a.tokens[verb]) === 'be' && a.tokens[verb + 1]?.pos === 'VERB' && a.tokens[verb + 1]!.text.toLowerCase() !== a.tokens[verb + 1]!.lemma.toLowerCase() && !/ing$/i.test(a.tokens[verb + 1]!.text);
    if (verb < 0 || (a.tokens[verb]?.pos !== 'VERB' && !passive) || lower(a.tokens[verb]) === 'been') continue;
    let at = t - 1;
    while (at > s.first && /^(?:AUX|PART|ADV)$/.test(a.tokens[at - 1]!.pos) && !/^(?:is|are|am|has|have)$/.test(lower(a.tokens[at]))) at--;
    while (at > s.first && (NEGATION.test(lower(a.tokens[at])) || /^(?:been|proving|prove|remain|remains)$/.test(lower(a.tokens[at])))) at--;
    const subject = subjectBefore(a, s, at);
    const resolved = subject ? resolveSubject(ctx, s, subject) : null;
    const predicate = predicateText(ctx, s, verb);
    if (!resolved || !predicate || hasUnresolvedPerson(resolved.text) || GENERIC_SUBJECT.test(resolved.text)) continue;
    const rest = predicate.text.replace(/^\S+/, baseOf(a.tokens[verb]!));
    const text = finishQuestion(`Will ${resolved.text} ${able ? 'be able to ' : ''}${rest}`);
    if (text) return draft(text, 'pending-decision', s, 2, resolved.antecedent ? [resolved.antecedent] : []);
  }
  return null;
};

/** The base form of a verb the question puts after "will". */
const baseOf = (t: Token): string => t.lemma.toLowerCase();

/** "The Telegraph has announced no plans to go tabloid" → "Will the Telegraph go tabloid?" */
export const noPlans: Rule = (ctx, s) => {
  const a = ctx.analysis;
  for (let t = s.first + 1; t < s.last - 2; t++) {
    if (lower(a.tokens[t]) !== 'no' || !/^plans?$/i.test(a.tokens[t + 1]!.text) || lower(a.tokens[t + 2]) !== 'to') continue;
    let verbAt = t - 1;
    while (verbAt > s.first && a.tokens[verbAt - 1]!.pos === 'AUX') verbAt--;
    if (a.tokens[t - 1]!.pos !== 'VERB' && a.tokens[t - 1]!.pos !== 'AUX') continue;
    const q = willQuestion(ctx, s, verbAt, t + 3);
    if (q) return draft(q, 'pending-decision', s, 2.5);
  }
  return null;
};

/** "Security guarantees are on the agenda" → "What will be decided on security guarantees?" */
export const onTheAgenda: Rule = (ctx, s) => {
  const a = ctx.analysis;
  // "if private colleges are under consideration": a supposition, not an agenda.
  if (/\b(?:if|unless|when|whether)\b/i.test(a.text.slice(s.start, s.end))) return null;
  const m = /\b(?:is|are)\s+(?:still\s+)?(?:on the agenda|under (?:consideration|review|discussion|investigation)|being (?:considered|discussed|negotiated|reviewed|investigated|examined)|yet to be (?:decided|agreed|settled))/i.exec(a.text.slice(s.start, s.end));
  if (!m) return null;
  const inquiry = /investigat|examined/i.test(m[0]);
  const at = s.start + m.index;
  const verbAt = findToken(a, s.first, s.last, (x) => x.start >= at);
  if (verbAt <= s.first) return null;
  const subject = subjectBefore(a, s, verbAt);
  const resolved = subject ? resolveSubject(ctx, s, subject) : null;
  if (!resolved) return null;
  // "The cause of the crash is under investigation" → "What will the investigation into the cause of the crash find?"
  const text = inquiry ? `What will the investigation into ${resolved.text} find` : `What will be decided on ${resolved.text}`;
  return draft(finishQuestion(text), inquiry ? 'stated-unknown' : 'pending-decision', s, 2.5, resolved.antecedent ? [resolved.antecedent] : []);
};

/**
 * "… wait until the Washington summit in 2024" → "What will be decided at the Washington summit
 * in 2024?"; "ahead of a series of referendums on the European Constitution" → "What will be the
 * outcome of the referendums on the European Constitution?". The event must lie ahead: a coming
 * date near it, or a word that says so. A date alone makes no question.
 */
export const upcomingEvent: Rule = (ctx, s) => {
  const a = ctx.analysis;
  const ahead = futureDates(ctx, s);
  const inDate = (k: number): FoundDate | undefined => (ctx.datesIn.get(s.i) ?? []).find((d) => a.tokens[k]!.start >= d.start && a.tokens[k]!.end <= d.end);
  for (let k = s.first; k <= s.last; k++) {
    const tok = a.tokens[k]!;
    // "Sentencing is scheduled …": a gerund naming the event may be tagged as a verb.
    const gerund = tok.pos === 'VERB' && /ing$/i.test(tok.text) && (k === s.first || a.tokens[k - 1]!.pos === 'DET');
    if ((tok.pos !== 'NOUN' && tok.pos !== 'PROPN' && !gerund) || !EVENT_NOUN.test(tok.text) || inDate(k)) continue;
    // "Texas, which votes on March 1": after a relative pronoun the word is a verb.
    if (/^(?:which|that|who)$/i.test(lower(a.tokens[k - 1]))) continue;
    // "Election Day", "trial judge": the event word modifies another noun, which heads the phrase.
    if (/^(?:NOUN|PROPN)$/.test(a.tokens[k + 1]?.pos ?? '') && !inDate(k + 1)) continue;
    const date = ahead.find((d) => Math.abs(d.start - tok.end) <= 40 || Math.abs(tok.start - d.end) <= 40);
    const cued = date !== undefined || aheadCue(a, s, k);
    // "300,000 council and housing association tenants": a singular noun after a count is a
    // premodifier of a later head, not the event.
    const count = a.tokens[k - 1];
    if (count?.pos === 'NUM' && !inDate(k - 1) && !/^(?:one|1|\d{4})$/i.test(count.text) && tok.text.toLowerCase() === tok.lemma.toLowerCase() && !/s$/i.test(tok.text)) continue;
    // "Trump sent a similar message ahead of the Virginia elections", "was not adopted at a Brussels
    // meeting on Monday": an event named in a sentence narrated wholly in the past, with no word in it
    // pointing ahead ("next", "upcoming"), is past too; a weekday there is a past one.
    // (A calendar date with the event, "the tie on 22 February", places it by itself.)
    const calendar = date !== undefined && /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(date.text);
    if (!calendar && narratedInPast(a, s)) continue;
    const np = eventPhrase(ctx, s, k, inDate);
    if (!np || (!cued && !isOngoing(a, s, k))) continue;
    // A date right after the event ("the summit in 2024", "sentencing ... for Feb. 14") goes with it.
    const gap = date && date.start >= tok.end ? a.text.slice(a.tokens[np.tokens[np.tokens.length - 1]!]!.end, date.start) : null;
    let when = date && gap !== null && /^\s*(?:in|on|at|this|next|,)?\s*$/.test(gap) ? `${gap.trim() === ',' ? ' ' : gap}${date.text}` : '';
    // "Sentencing is scheduled for Feb. 14" → "the sentencing on Feb. 14".
    if (date && gap !== null && /^\s*(?:is|are)\s+(?:scheduled|due|set|expected|planned|slated)\s+(?:for|on|in)\s*$/i.test(gap)) when = ` ${/^\d{4}-\d{2}-\d{2}/.test(date.value) ? 'on' : 'in'} ${date.text}`;
    if (np.content < 2 && !when) continue;
    if (GATHERING.test(tok.text) && (heldBy(a, s, np.tokens[0]!) || inFrontedParticiple(a, s, k))) continue;
    const subject = `${np.text}${when}`;
    const text = GATHERING.test(tok.text)
      ? `What will be decided at ${subject}`
      : /^launch$/i.test(tok.text)
        ? `Will ${subject} go ahead as planned`
        : /^deadline$/i.test(tok.text)
          ? `Will ${subject} be met`
          : `What will be the outcome of ${subject}`;
    return draft(finishQuestion(text), 'upcoming-event', s, 2.3);
  }
  return null;
};

/**
 * "The unions will hold talks with …", "the WTO is to hold membership talks": a gathering as the
 * object of "hold" (a light verb, Quirk et al. 1985, §2.60) announces the meeting itself; the
 * article leaves nothing open about what it decides.
 */
function heldBy(a: Analysis, s: Sentence, first: number): boolean {
  let j = first - 1;
  while (j > s.first && /^(?:DET|ADJ|NUM)$/.test(a.tokens[j]!.pos)) j--;
  return a.tokens[j]?.lemma.toLowerCase() === 'hold' && j >= s.first;
}

/**
 * "Speaking ahead of the expected Army Board meeting, a spokesman said: …": an event in a
 * participle clause fronted before the main clause only sets the scene of the saying.
 */
function inFrontedParticiple(a: Analysis, s: Sentence, k: number): boolean {
  const opener = a.tokens[s.first]!;
  if (opener.pos !== 'VERB' || !/ing$/i.test(opener.text)) return false;
  return findToken(a, s.first, k, (x) => x.text === ',') < 0;
}

/** Verbs that say an event goes on (often tagged as plural nouns: "rages"). */
const ONGOING_VERB = /^(?:continues|rages|drags|goes|grinds|remains)$/i;

/** "The debate over … rages on", "talks are continuing", "the inquiry is ongoing": an event not yet over, in the present. */
function isOngoing(a: Analysis, s: Sentence, from: number): boolean {
  // Past the rest of the noun phrase ("over the legitimacy of file-sharing networks", "between the unions and management").
  let last = from;
  const inPhrase = (j: number): boolean => /^(?:ADP|DET|ADJ|NOUN|PROPN|NUM|CCONJ)$/.test(a.tokens[j]!.pos) || isWordHyphen(a, j) || isWordHyphen(a, j + 1) || isWordHyphen(a, j - 1);
  while (last < Math.min(s.last, from + 12) && inPhrase(last + 1) && !ONGOING_VERB.test(a.tokens[last + 1]!.text) && !/^(?:is|are|on)$/i.test(a.tokens[last + 1]!.text)) last++;
  const next = a.tokens[last + 1];
  const after = lower(a.tokens[last + 2]);
  if (!next || last + 1 > s.last) return false;
  const w = next.text.toLowerCase();
  if (/^(?:continues|rages|drags|goes|grinds|remains)$/.test(w)) return w !== 'goes' && w !== 'drags' && w !== 'grinds' ? (w !== 'remains' || /^(?:unresolved|open|deadlocked|stalled|undecided)$/.test(after)) : after === 'on';
  return /^(?:is|are)$/.test(w) && /^(?:continuing|ongoing|under|still)$/.test(after);
}

/** A word within the event's clause that puts it ahead ("is to face trial", "ahead of", "next week's"). */
/**
 * Whether every finite verb group of the sentence is in the past (a past form, "had", "was") and
 * nothing in it points ahead (a modal, "is to", "going to", a present tense of reporting).
 */
function narratedInPast(a: Analysis, s: Sentence): boolean {
  let past = 0;
  for (let j = s.first; j <= s.last; j++) {
    const x = a.tokens[j]!;
    const w = x.text.toLowerCase();
    if (/^(?:will|would|shall|can|may|might|must|should|'ll|’ll|wo)$/.test(w) && x.pos === 'AUX') return false;
    // ("ahead of", "as planned" are said from the narration's time: they leave it in the past.)
    if (/^(?:going|next|upcoming|forthcoming|coming|later|pending|looming|impending|awaiting|awaits|await|tomorrow)$/.test(w)) return false;
    if (x.pos === 'AUX' && /^(?:is|are|am|has|have|do|does|'s|’s|'re|’re)$/.test(w)) return false;
    if (x.pos === 'AUX' && /^(?:was|were|had|did)$/.test(w)) past++;
    // A past form right after its subject ("Trump sent"): not a participle after an auxiliary, not "-ing" nor "-s".
    else if (x.pos === 'VERB' && w !== x.lemma.toLowerCase() && !/(?:ing|s)$/.test(w) && !/^(?:AUX|PART)$/.test(a.tokens[j - 1]?.pos ?? '') && /^(?:NOUN|PROPN|PRON)$/.test(a.tokens[j - 1]?.pos ?? '')) past++;
    else if (x.pos === 'VERB' && (w === x.lemma.toLowerCase() || /s$/.test(w)) && /^(?:NOUN|PROPN|PRON)$/.test(a.tokens[j - 1]?.pos ?? '') && !/^to$/i.test(lower(a.tokens[j - 1]))) return false;
  }
  return past > 0;
}

function aheadCue(a: Analysis, s: Sentence, k: number): boolean {
  for (let j = k - 1; j >= Math.max(s.first, k - 7); j--) {
    const x = a.tokens[j]!;
    if (x.pos === 'PUNCT' && !/^['’]s$/.test(x.text)) return false;
    if (AHEAD.test(x.text)) {
      // "was scheduled", "was due": only in reported speech is a past schedule still ahead.
      const before = lower(a.tokens[j - 1]);
      if (/^(?:was|were)$/.test(before) && !isReported(a, s, j - 1)) return false;
      return true;
    }
    // "is to face trial", "are to hold talks".
    if (x.text === 'to' && /^(?:is|are)$/i.test(lower(a.tokens[j - 1]))) return true;
  }
  // "Sentencing is scheduled for …", "the vote will take place …".
  // ("his first match in charge will be …": past a short phrase after the noun.)
  let j = k + 1;
  while (j < Math.min(s.last, k + 4) && /^(?:ADP|NOUN|DET|ADJ)$/.test(a.tokens[j]!.pos) && !/^(?:is|are)$/i.test(a.tokens[j]!.text)) j++;
  const next = lower(a.tokens[j]);
  return next === 'will' || (/^(?:is|are)$/.test(next) && /^(?:scheduled|due|set|expected|planned|slated)$/.test(lower(a.tokens[j + 1])));
}

/** The event as a noun phrase ("the full extradition hearing", "the trial of Bernard Ebbers"), or null when it says too little. */
function eventPhrase(ctx: RuleContext, s: Sentence, k: number, inDate: (k: number) => FoundDate | undefined): { text: string; tokens: number[]; content: number } | null {
  const a = ctx.analysis;
  const left: number[] = [];
  for (let j = k - 1; j >= s.first && left.length < 6; j--) {
    const x = a.tokens[j]!;
    if (inDate(j)) {
      // "Tuesday's Commons vote": a date that owns the event stays with it.
      // ("a 23 March walkout": a date between the article and the event names it too.)
      const d = inDate(j)!;
      let first = j;
      while (first > s.first && a.tokens[first - 1]!.start >= d.start) first--;
      if (/^['’]s$/.test(a.tokens[left[0] ?? -1]?.text ?? '')) left.unshift(...range(first, j));
      else if (/^(?:a|an|the)$/i.test(lower(a.tokens[first - 1])) && left.every((x) => a.tokens[x]!.pos !== 'DET')) left.unshift(...range(first - 1, j));
      break;
    }
    if (!/^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(x.pos) && !/^['’]s$/.test(x.text) && !isWordHyphen(a, j)) break;
    if (/^(?:next|upcoming|forthcoming|coming|planned|this|that)$/i.test(x.text)) break;
    left.unshift(j);
    if (x.pos === 'DET') break;
  }
  // "Munster's Heineken Cup quarter-final tie": a phrase cut at its "'s" takes the owner along.
  if (/^['’]s$/.test(a.tokens[left[0] ?? -1]?.text ?? '') && /^(?:NOUN|PROPN)$/.test(a.tokens[left[0]! - 1]?.pos ?? '')) left.unshift(left[0]! - 1);
  // "its full launch": an owner the question cannot name; "his first match": the person, when known.
  const ownerAt = (left[0] ?? k) - 1;
  const owner = /^(?:his|her)$/i.test(lower(a.tokens[ownerAt])) ? ownerOf(ctx, s, ownerAt) : null;
  if (/^(?:its|their|his|her)$/i.test(lower(a.tokens[ownerAt])) && !owner) return null;
  const right: number[] = [];
  if (/^(?:of|on|into|over|against|in|for|between|with)$/i.test(lower(a.tokens[k + 1])) && !inDate(k + 2)) {
    const pp: number[] = [k + 1];
    for (let j = k + 2; j <= s.last && pp.length < 9; j++) {
      const x = a.tokens[j]!;
      // "talks between the unions and management": a pair of parties is one phrase.
      const pair = /^and$/i.test(x.text) && lower(a.tokens[k + 1]) === 'between';
      // "the legitimacy of file-sharing networks": an "of" after a noun, and the halves of a hyphenated word, stay in.
      const nested = /^of$/i.test(x.text) && a.tokens[j - 1]?.pos === 'NOUN' && pp.length < 5;
      const hyphenated = isWordHyphen(a, j) || isWordHyphen(a, j + 1) || isWordHyphen(a, j - 1);
      if (inDate(j) || ONGOING_VERB.test(x.text) || !/^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(x.pos) && !/^['’]s$/.test(x.text) && !hyphenated && !pair && !nested) break;
      pp.push(j);
    }
    if (pp.length >= 2 && /^(?:NOUN|PROPN)$/.test(a.tokens[pp[pp.length - 1]!]!.pos)) right.push(...pp);
  }
  const tokens = [...left, k, ...right];
  const content = tokens.filter((j) => /^(?:ADJ|NOUN|PROPN|NUM)$/.test(a.tokens[j]!.pos)).length;
  if (content < 2) {
    // "X is to face trial": the trial of X.
    const verb = a.tokens[k - 1];
    if (!verb || !/^(?:face|faces|facing|stand|stands|standing|await|awaits|awaiting)$/i.test(verb.text)) return { text: definite(a, { tokens }), tokens, content };
    let at = k - 1;
    while (at > s.first && /^(?:AUX|PART|ADV)$/.test(a.tokens[at - 1]!.pos)) at--;
    const subject = subjectBefore(a, s, at);
    const resolved = subject ? resolveSubject(ctx, s, subject) : null;
    if (!resolved || hasUnresolvedPerson(resolved.text)) return null;
    return { text: `the ${tok(a, k)} of ${nameIn(ctx, subject!) ?? resolved.text}`, tokens, content: 2 };
  }
  if (owner) return { text: `${owner} ${pieceText(a, { tokens })}`, tokens, content: content + 1 };
  return { text: definite(a, { tokens }), tokens, content };
}

const tok = (a: Analysis, k: number): string => a.tokens[k]!.text.toLowerCase();

/** The person a subject ends with ("Former chief executive Bernard Ebbers" → "Bernard Ebbers"), by the actors found. */
function nameIn(ctx: RuleContext, subject: Piece): string | null {
  const a = ctx.analysis;
  const end = a.tokens[subject.tokens[subject.tokens.length - 1]!]!.end;
  const start = a.tokens[subject.tokens[0]!]!.start;
  for (const actor of ctx.actors) if (actor.type === 'person' && actor.mentions.some((m) => m.end === end && m.start >= start)) return actor.name;
  return null;
}

/** Penalties (ACE 2005 Justice:Sentence): "faces a maximum of 10 years in prison". */
const PENALTY = /^(?:prison|jail|gaol|years|life|sentence|imprisonment)$/i;
/** Penalties short of prison (ACE 2005 Justice:Fine, and a sports body's ban or suspension). */
const SANCTION = /^(?:ban|fine|suspension|penalty)$/i;
/** What someone can face and still escape (ACE 2005 Justice events and their news nouns). */
const FACED = /^(?:challenges?|charges?|lawsuits?|suits?|investigations?|inquir(?:y|ies)|probes?|scrutiny|allegations|accusations|votes?|elections?|extradition|deportation|sanctions|appeal|hearing|deadline|penalty|fines?|ban|trial|prosecution|impeachment)$/i;

/**
 * "The European Commission is facing two legal challenges" → "What will come of the two legal
 * challenges facing the European Commission?"; "X faces a maximum of 10 years in prison" →
 * "What sentence will X receive?".
 */
export const facing: Rule = (ctx, s) => {
  const a = ctx.analysis;
  for (let t = s.first + 1; t < s.last; t++) {
    const v = a.tokens[t]!;
    const w = v.text.toLowerCase();
    const prev = lower(a.tokens[t - 1]);
    // "The pair face a ban": a plural present after its subject, which the tagger may read as a noun
    // of a compound; a determiner or a number right after it shows the verb and its object.
    const pluralPresent = w === 'face' && /^(?:NOUN|PROPN|PRON)$/.test(a.tokens[t - 1]?.pos ?? '') && !/^(?:his|her|its|their|my|our|your)$/i.test(prev) && (/^(?:DET|NUM)$/.test(a.tokens[t + 1]?.pos ?? '') || (lower(a.tokens[t + 1]) === 'up' && lower(a.tokens[t + 2]) === 'to')) && subjectBefore(a, s, t) !== null;
    if (v.lemma.toLowerCase() !== 'face' || (v.pos !== 'VERB' && !pluralPresent)) continue;
    // "Mr Khodorkovsky, currently facing fraud charges of his own, was …": a participle in apposition to a name.
    let comma = t - 1;
    while (comma > s.first && /^(?:currently|now|already|still|also)$/i.test(lower(a.tokens[comma]))) comma--;
    const apposed = w === 'facing' && a.tokens[comma]?.text === ',' ? nounPhraseEndingAt(a, s, comma - 1) : null;
    const present = w === 'faces' || pluralPresent || (w === 'facing' && /^(?:is|are|be)$/.test(prev)) || (w === 'face' && /^(?:will|’ll|'ll|to)$/.test(prev)) || (apposed !== null && a.tokens[apposed.tokens[apposed.tokens.length - 1]!]!.pos === 'PROPN');
    if (!present || (prev === 'to' && !/^(?:is|are)$/.test(lower(a.tokens[t - 2])))) continue;
    let verbAt = t;
    while (verbAt > s.first && /^(?:AUX|PART)$/.test(a.tokens[verbAt - 1]!.pos)) verbAt--;
    const subject = apposed ?? subjectBefore(a, s, verbAt);
    const resolved = subject ? resolveSubject(ctx, s, subject) : null;
    if (!resolved || hasUnresolvedPerson(resolved.text)) continue;
    const obj: number[] = [];
    // ("face up to ten years in jail": the object after its bound.)
    const bounded = lower(a.tokens[t + 1]) === 'up' && lower(a.tokens[t + 2]) === 'to';
    for (let k = bounded ? t + 3 : t + 1; k <= s.last && obj.length < 8; k++) {
      const x = a.tokens[k]!;
      // ("fraud and tax evasion charges": two nouns joined before the head.)
      const joined = /^and$/i.test(x.text) && a.tokens[k - 1]?.pos === 'NOUN' && /^(?:NOUN|ADJ)$/.test(a.tokens[k + 1]?.pos ?? '');
      if (!/^(?:DET|ADJ|NOUN|PROPN|NUM|ADP)$/.test(x.pos) && !isWordHyphen(a, k) && !joined) break;
      if (x.pos === 'ADP' && !/^(?:of|from|over|in)$/i.test(x.text)) break;
      obj.push(k);
    }
    while (obj.length > 0 && a.tokens[obj[obj.length - 1]!]!.pos === 'ADP') obj.pop();
    if (obj.length === 0) continue;
    if (obj.some((k) => PENALTY.test(a.tokens[k]!.text))) return draft(finishQuestion(`What sentence will ${resolved.text} receive`), 'pending-decision', s, 2);
    // "a maximum two-year ban", "a maximum fine of £5,000": a penalty given as its upper bound leaves the one to come open.
    const upTo = findToken(a, t + 1, Math.min(s.last, t + 8), (x) => /^up$/i.test(x.text) && lower(a.tokens[x.i + 1]) === 'to') >= 0;
    if ((upTo || obj.some((k) => /^maximum$/i.test(a.tokens[k]!.text))) && obj.some((k) => SANCTION.test(a.tokens[k]!.text))) return draft(finishQuestion(`What penalty will ${resolved.text} receive`), 'pending-decision', s, 2);
    const head = obj.findIndex((k) => FACED.test(a.tokens[k]!.text));
    if (head < 0) continue;
    const np = obj.slice(0, head + 1);
    const text = definite(a, { tokens: np });
    return draft(finishQuestion(`What will come of ${text} facing ${nameIn(ctx, subject!) ?? resolved.text}`), 'pending-decision', s, 2);
  }
  return null;
};
