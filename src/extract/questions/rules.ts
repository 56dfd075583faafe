// One rule per kind of uncertainty. Each reads one sentence and returns at most one draft
// question; the rules are tried in order and the first that fits wins.
import type { QuestionBasis } from '../../brief/model.js';
import type { FoundDate } from '../dates/types.js';
import type { Analysis, Sentence, Token } from '../nlp.js';
import { finishQuestion, lowerFirst, pieceText, predicateFrom, subjectBefore, type Piece } from './clause.js';
import { hasUnresolvedPerson, resolveSubject, type ResolveContext } from './resolve.js';

export interface Draft {
  text: string;
  basis: QuestionBasis;
  sentence: Sentence;
  /** Further sentences the question needs (where a pronoun's referent was found). */
  context: Sentence[];
  /** Importance before position and actor bonuses. */
  weight: number;
}

export interface RuleContext extends ResolveContext {
  dates: FoundDate[];
  /** The dates that lie wholly in a sentence, by its index, in the order of `dates`. */
  datesIn: ReadonlyMap<number, FoundDate[]>;
}

type Rule = (ctx: RuleContext, s: Sentence) => Draft | null;

const lower = (t: Token | undefined): string => (t ? t.text.toLowerCase() : '');
const NEGATION = /^(?:not|n[’']t|never)$/i;
/** Past-time markers that make "could" the past of "can". */
const PAST_MARKERS = /\b(?:previously|formerly|once|used to|at the time|in the past|earlier|last (?:year|month|week))\b/i;
/** "could see", "could remember": perception or memory, not a prediction. */
const PERCEPTION = new Set(['see', 'remember', 'hear', 'feel', 'tell', 'recall', 'imagine', 'understand', 'say', 'believe', 'not']);
/** Phrases "be ___ to VERB" that predict: "is likely to", "were expected to", "is doomed to". */
const PREDICTIVE_ADJ = new Set(['likely', 'unlikely', 'expected', 'set', 'due', 'poised', 'bound', 'doomed', 'certain', 'predicted', 'forecast', 'tipped']);
/** Verbs of belief or estimate that make a following "will"/"would" a forecast. */
const BELIEF = /^(?:believes?|believed|reckons?|reckoned|predicts?|predicted|forecasts?|estimates?|estimated|fears?|feared|expects?|expected|anticipates?|anticipated|projected|thinks?|warns?|warned)$/i;
const FUTURE_MODAL = /^(?:will|would|’ll|'ll|wo)$/i;
const REQUEST = /^(?:ask|asks|asking|asked|urge|urges|urging|urged|want|wants|wanted|press|presses|pressing|pressed|call|calls|calling|called|demand|demands|demanding|demanded|pushing|push|pushes|pushed)$/i;
const DELIBERATION = /^(?:mulling|considering|weighing|reviewing|exploring|debating|discussing|studying|examining|contemplating|eyeing)$/i;
const DECISION_EVENT = /^(?:summit|summits|meeting|talks|conference|vote|ballot|election|referendum|hearing|trial|sentencing|verdict|ruling|debate|review|inquiry|deadline|decision|negotiations|congress|convention|council)$/i;
const INQUIRY = /^(?:see|investigat\w*|examin\w*|prob\w*|inquiry|into|review\w*|assess\w*|determin\w*|establish\w*|unclear|uncertain|known|unknown|question|doubts?|wonder\w*|scrutin\w*|study\w*|studying|weigh\w*)$/i;
const FUTURE_CUE = /\b(?:will|’ll|'ll|shall|is to|are to|due|scheduled|planned|set to|expected|next|upcoming|until|ahead|coming|by)\b/i;

function draft(text: string | null, basis: QuestionBasis, s: Sentence, weight: number, context: Sentence[] = []): Draft | null {
  return text === null ? null : { text, basis, sentence: s, weight, context };
}

/** "Will {subject} {predicate}?" for the clause whose verb group starts at `verbAt`, predicate from `from`. */
function willQuestion(ctx: RuleContext, s: Sentence, verbAt: number, from: number, tail = ''): { text: string; context: Sentence[] } | null {
  const a = ctx.analysis;
  const subject = subjectBefore(a, s, verbAt);
  if (!subject) return null;
  const resolved = resolveSubject(ctx, s, subject);
  if (!resolved) return null;
  // "some of its members": an owner the question cannot name.
  if (subject.tokens.some((k) => /^(?:its|their|his|her)$/i.test(a.tokens[k]!.text))) return null;
  const echo = resolved.antecedent ?? echoedSentence(ctx, s, subject);
  const { piece, stop } = predicateFrom(a, s, from, { stopAtCoordinatedVerb: true });
  if (piece.tokens.length === 0) return null;
  const first = a.tokens[piece.tokens[0]!]!;
  if (first.pos !== 'VERB' && first.pos !== 'AUX') return null;
  let predicate = pieceText(a, piece).replace(/^(?:our|my)\b/i, 'the').replace(/\b(?:our|my)\b/gi, 'the');
  if (hasUnresolvedPerson(predicate)) return null;
  predicate = predicate.replace(/^be going to /i, '');
  const condition = tail || conditionAt(ctx, s, stop);
  if (condition === GENERIC) return null;
  const subjectText = replaceFirstPerson(ctx, s, resolved.text);
  if (subjectText === null) return null;
  const withCondition = condition ? fitCondition(`Will ${subjectText} ${predicate}`, condition) : null;
  const text = withCondition ?? finishQuestion(`Will ${subjectText} ${predicate}`);
  if (!text) return null;
  return { text, context: echo ? [echo] : [] };
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
function fitCondition(question: string, condition: string): string | null {
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
function replaceFirstPerson(ctx: RuleContext, s: Sentence, text: string): string | null {
  if (!/\b(?:I|my)\b/.test(text) || text === 'I') return hasUnresolvedPerson(text) && !ctx.actors.some((x) => x.name === text) ? null : text;
  const speaker = resolveSubject(ctx, s, { tokens: [ctx.analysis.tokens.findIndex((t) => t.start >= s.start && t.text === 'I')] });
  if (!speaker) return null;
  return text.replace(/\bI\b/g, speaker.text).replace(/\bmy\b/g, `${speaker.text}'s`);
}

/** "if security guarantees aren't found at the next summit" when the clause stopped at "if"/"unless". */
function conditionAt(ctx: RuleContext, s: Sentence, at: number): string {
  const a = ctx.analysis;
  const word = lower(a.tokens[at]);
  if (at > s.last || (word !== 'if' && word !== 'unless')) return '';
  const { piece } = predicateFrom(a, s, at + 1);
  const text = pieceText(a, piece);
  if (piece.tokens.length >= 2 && isGenericCondition(a, piece)) return GENERIC;
  return piece.tokens.length >= 2 && !hasUnresolvedPerson(text) ? `${word} ${text.replace(/\bour\b/gi, 'the')}` : '';
}

/** Marks a clause that holds for anyone meeting a condition: a rule, not a prediction. */
const GENERIC = '\u0000generic';

/** A "could" that is the past of "can", or a perception verb: no prediction. */
function isPastOrPerception(a: Analysis, pastMarked: boolean, modal: number, verb: number): boolean {
  const v = a.tokens[verb]!.lemma.toLowerCase();
  if (lower(a.tokens[verb]) === 'have' || PERCEPTION.has(v)) return true;
  return lower(a.tokens[modal]) === 'could' && pastMarked;
}

/** Skips negation and filler adverbs after a modal; returns the first verb's index or -1. */
function verbAfter(a: Analysis, s: Sentence, t: number): number {
  for (let k = t + 1; k <= Math.min(s.last, t + 3); k++) {
    const tok = a.tokens[k]!;
    if (tok.pos === 'VERB' || tok.pos === 'AUX') return NEGATION.test(tok.text) ? -1 : k;
    if (!(tok.pos === 'ADV' || tok.pos === 'PART' || NEGATION.test(tok.text))) return -1;
  }
  return -1;
}

/** "The families could be forced to push prices higher" → "Will the families be forced to push prices higher?" */
const hedgedModal: Rule = (ctx, s) => {
  const a = ctx.analysis;
  const pastMarked = PAST_MARKERS.test(a.text.slice(s.start, s.end));
  for (let t = s.first + 1; t < s.last; t++) {
    const tok = a.tokens[t]!;
    const w = tok.text.toLowerCase();
    if ((w !== 'might' && w !== 'may' && w !== 'could') || (tok.pos !== 'AUX' && tok.pos !== 'VERB')) continue;
    const verb = verbAfter(a, s, t);
    if (verb < 0 || isPastOrPerception(a, pastMarked, t, verb)) continue;
    if (NEGATION.test(lower(a.tokens[t + 1])) && w === 'could') continue;
    const q = willQuestion(ctx, s, t, t + 1);
    if (q) return draft(q.text, 'hedged-prediction', s, / (?:if|unless) /.test(q.text) ? 3 : 2, q.context);
  }
  return null;
};

/** "The debate is unlikely to result in a vote" → "Will the debate result in a vote?" */
const predictivePhrase: Rule = (ctx, s) => {
  const a = ctx.analysis;
  for (let t = s.first + 1; t < s.last - 1; t++) {
    const w = lower(a.tokens[t]);
    if (!PREDICTIVE_ADJ.has(w) || lower(a.tokens[t + 1]) !== 'to') continue;
    const be = a.tokens[t - 1]!;
    const beAt = NEGATION.test(be.text) ? t - 2 : t - 1;
    if (a.tokens[beAt]?.lemma !== 'be') continue;
    const verb = a.tokens[t + 2];
    if (!verb || (verb.pos !== 'VERB' && verb.pos !== 'AUX')) continue;
    const q = willQuestion(ctx, s, beAt, t + 2);
    if (q) return draft(q.text, 'hedged-prediction', s, w === 'due' || w === 'set' ? 1.8 : 2.5, q.context);
  }
  return null;
};

/** "X says the estimated revenues will still be way short" / "I believe that … will be sufficient". */
const forecast: Rule = (ctx, s) => {
  const a = ctx.analysis;
  let belief = false;
  for (let t = s.first; t < s.last; t++) {
    const tok = a.tokens[t]!;
    if (BELIEF.test(tok.text) && (tok.pos === 'VERB' || tok.pos === 'ADJ')) belief = true;
    if (!FUTURE_MODAL.test(tok.text) || (tok.pos !== 'AUX' && tok.pos !== 'VERB')) continue;
    const verb = verbAfter(a, s, t);
    if (verb < 0 || lower(a.tokens[verb]) === 'have') continue;
    const subject = subjectBefore(a, s, t);
    const estimated = subject?.tokens.some((k) => BELIEF.test(a.tokens[k]!.text)) ?? false;
    if (!belief && !estimated) continue;
    const q = willQuestion(ctx, s, t, t + 1);
    if (q) return draft(q.text, 'hedged-prediction', s, 2, q.context);
  }
  return null;
};

/** "We reckon it's going to cost …": "going to" after a belief verb. */
const goingTo: Rule = (ctx, s) => {
  const a = ctx.analysis;
  for (let t = s.first + 2; t < s.last - 1; t++) {
    if (lower(a.tokens[t]) !== 'going' || lower(a.tokens[t + 1]) !== 'to' || a.tokens[t - 1]!.lemma !== 'be') continue;
    if (!a.tokens.slice(s.first, t).some((x) => BELIEF.test(x.text))) continue;
    const q = willQuestion(ctx, s, t - 1, t + 2);
    if (q) return draft(q.text, 'hedged-prediction', s, 2, q.context);
  }
  return null;
};

/** "… with a 3% to 3.5% improvement anticipated" → "Will the anticipated 3% to 3.5% improvement materialise?" */
const anticipatedNoun: Rule = (ctx, s) => {
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
const awaitedPassive: Rule = (ctx, s) => {
  const a = ctx.analysis;
  for (let t = s.first + 2; t <= s.last; t++) {
    if (!/^(?:anticipated|expected|awaited)$/i.test(a.tokens[t]!.text)) continue;
    const next = a.tokens[t + 1];
    if (next && next.pos !== 'PUNCT' && !/^(?:as|since|after|for|soon|shortly|later|widely)$/i.test(next.text)) continue;
    let k = t - 1;
    while (k > s.first && a.tokens[k]!.pos === 'ADV') k--;
    const at = lower(a.tokens[k]) === 'been' && /^(?:has|have)$/.test(lower(a.tokens[k - 1])) ? k - 1 : /^(?:is|are)$/.test(lower(a.tokens[k])) ? k : -1;
    if (at < 0) continue;
    const subject = subjectBefore(a, s, at);
    if (!subject) continue;
    const words = pieceText(a, subject);
    if (/^(?:it|this|that|they|he|she)$/i.test(words)) continue;
    return draft(finishQuestion(`Will ${lowerFirst(a, subject, words)} materialise`), 'hedged-prediction', s, 1.8);
  }
  return null;
};

/** "It is possible to …" etc. inside "whether": "to see whether it is possible to modify …" → "Is it possible to modify …?" */
const whetherClause: Rule = (ctx, s) => {
  const a = ctx.analysis;
  for (let t = s.first + 1; t < s.last - 2; t++) {
    if (lower(a.tokens[t]) !== 'whether') continue;
    // Only an inquiry still open: "to see whether", "investigating whether", "unclear whether".
    const governor = a.tokens.slice(Math.max(s.first, t - 3), t);
    if (!governor.some((x) => INQUIRY.test(x.text)) || governor.some((x) => /^ask/i.test(x.text))) continue;
    const q = invertClause(ctx, s, t + 1);
    if (q) return draft(q, 'stated-unknown', s, 2.5);
  }
  return null;
};

const INVERTIBLE = /^(?:is|are|was|were|will|would|can|could|has|have|had|should|may|might)$/i;

/** "it is possible to X" → "Is it possible to X?"; "Neumann indulged in Y" → "Did Neumann indulge in Y?" */
function invertClause(ctx: RuleContext, s: Sentence, from: number): string | null {
  const a = ctx.analysis;
  for (let k = from; k <= Math.min(s.last, from + MAX_SUBJECT); k++) {
    const tok = a.tokens[k]!;
    if (tok.pos !== 'AUX' && tok.pos !== 'VERB') continue;
    const subject: Piece = { tokens: range(from, k - 1) };
    if (subject.tokens.length === 0) return null;
    const resolved = resolveSubject(ctx, s, subject) ?? (lower(a.tokens[from]) === 'it' ? { text: 'it', antecedent: null } : null);
    if (!resolved) return null;
    const mainHave = /^(?:has|have|had)$/i.test(tok.text) && /^(?:DET|NOUN|PROPN|NUM|ADJ|PRON)$/.test(a.tokens[k + 1]?.pos ?? '');
    if (INVERTIBLE.test(tok.text) && !mainHave) {
      const { piece } = predicateFrom(a, s, k + 1);
      const rest = pieceText(a, piece).replace(/\b(?:our|my)\b/gi, 'the');
      if (piece.tokens.length === 0 || hasUnresolvedPerson(rest)) return null;
      return finishQuestion(`${tok.text} ${resolved.text} ${rest}`);
    }
    if ((tok.pos !== 'VERB' && !mainHave) || tok.text.toLowerCase() === tok.lemma.toLowerCase()) return null;
    const aux = /ed$/i.test(tok.text) || tok.text.toLowerCase() === 'had' || !/s$/i.test(tok.text) ? 'did' : 'does';
    const { piece } = predicateFrom(a, s, k + 1);
    const rest = pieceText(a, piece);
    if (hasUnresolvedPerson(rest)) return null;
    return finishQuestion(`${aux} ${resolved.text} ${tok.lemma} ${rest}`);
  }
  return null;
}

const MAX_SUBJECT = 10;
const range = (from: number, to: number): number[] => Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);

/** "If NATO cannot agree …, some countries will act individually" → "Will some countries act individually if NATO cannot agree …?" */
const conditional: Rule = (ctx, s) => {
  const a = ctx.analysis;
  const startTok = firstWordAt(a, s);
  const w = lower(a.tokens[startTok]);
  if (w !== 'if' && w !== 'unless') return null;
  const { piece, stop } = predicateFrom(a, s, startTok + 1);
  const condition = pieceText(a, piece);
  if (piece.tokens.length < 3 || hasUnresolvedPerson(condition) || /\bhad\b/i.test(condition) || isGenericCondition(a, piece)) return null;
  const tail = `${w} ${condition}`;
  // The consequence: its innermost predicted clause.
  for (let t = stop + 1; t < s.last; t++) {
    const tok = a.tokens[t]!;
    const x = tok.text.toLowerCase();
    if (/^(?:will|could|might|may|would)$/.test(x) && (tok.pos === 'AUX' || tok.pos === 'VERB') && verbAfter(a, s, t) > 0) {
      const q = willQuestion(ctx, s, t, t + 1, tail);
      if (q) return draft(q.text, 'conditional', s, 3, q.context);
    }
    if (PREDICTIVE_ADJ.has(x) && lower(a.tokens[t + 1]) === 'to' && a.tokens[t - 1]?.lemma === 'be') {
      const q = willQuestion(ctx, s, t - 1, t + 2, tail);
      if (q) return draft(q.text, 'conditional', s, 3, q.context);
    }
  }
  return null;
};

/** A rule stated for anyone ("if a flight is cancelled", "if you …", "if flights are delayed"), not a pending case. */
function isGenericCondition(a: Analysis, piece: Piece): boolean {
  const first = a.tokens[piece.tokens[0]!]!;
  const second = a.tokens[piece.tokens[1]!];
  if (/^(?:a|an|any|you|anyone|someone|one)$/i.test(first.text)) return true;
  return first.pos === 'NOUN' && /s$/i.test(first.text) && (second?.pos === 'AUX' || second?.pos === 'VERB') && first.text !== first.text.toUpperCase();
}

function firstWordAt(a: Analysis, s: Sentence): number {
  let k = s.first;
  while (k < s.last && (a.tokens[k]!.pos === 'PUNCT' || a.tokens[k]!.pos === 'SPACE' || /^(?:but|and|yet|so|however)$/i.test(a.tokens[k]!.text))) k++;
  return k;
}

/** "called on the management to recall the notice by midday on Monday" → "Will the management recall the notice by midday on Monday?" */
const request: Rule = (ctx, s) => {
  const a = ctx.analysis;
  for (let t = s.first; t < s.last - 2; t++) {
    const tok = a.tokens[t]!;
    if (!REQUEST.test(tok.text) || tok.pos !== 'VERB') continue;
    let from = t + 1;
    if (lower(a.tokens[from]) === 'on' || lower(a.tokens[from]) === 'for') from++;
    let to = -1;
    for (let k = from; k <= Math.min(s.last - 1, from + 8); k++) {
      if (lower(a.tokens[k]) === 'to' && a.tokens[k + 1]?.pos === 'VERB') { to = k; break; }
      if (a.tokens[k]!.pos === 'VERB' || a.tokens[k]!.pos === 'PUNCT') break;
    }
    if (to <= from) continue;
    const sentenceText = a.text.slice(s.start, s.end);
    const futureAsk = /^(?:will|’ll|'ll|be)$/i.test(lower(a.tokens[t - 1])) || lower(a.tokens[t - 2]) === 'will';
    if (!futureAsk && !hasFutureDate(ctx, s) && !/\bor face\b/i.test(sentenceText)) continue;
    const object: Piece = { tokens: range(from, to - 1) };
    const resolved = resolveSubject(ctx, s, object);
    if (!resolved || hasUnresolvedPerson(resolved.text)) continue;
    const { piece } = predicateFrom(a, s, to + 1, { stopAtCoordinatedVerb: true });
    const predicate = pieceText(a, piece).replace(/\b(?:our|my)\b/gi, 'the');
    if (piece.tokens.length === 0 || hasUnresolvedPerson(predicate)) continue;
    return draft(finishQuestion(`Will ${resolved.text} ${predicate}`), 'pending-decision', s, 2.5);
  }
  return null;
};

/** "The brothers are currently mulling the sale of …" → "Will the brothers go ahead with the sale of …?" */
const deliberation: Rule = (ctx, s) => {
  const a = ctx.analysis;
  for (let t = s.first + 1; t < s.last; t++) {
    const tok = a.tokens[t]!;
    if (!DELIBERATION.test(tok.text)) continue;
    let be = t - 1;
    while (be > s.first && a.tokens[be]!.pos === 'ADV') be--;
    if (a.tokens[be]!.lemma !== 'be' || a.tokens[t + 1]?.pos !== 'DET') continue;
    const subject = subjectBefore(a, s, be);
    const resolved = subject ? resolveSubject(ctx, s, subject) : null;
    if (!resolved) continue;
    const { piece } = predicateFrom(a, s, t + 1);
    const object = pieceText(a, piece);
    if (piece.tokens.length < 2 || hasUnresolvedPerson(object)) continue;
    return draft(finishQuestion(`Will ${resolved.text} go ahead with ${object}`), 'pending-decision', s, 2.5, resolved.antecedent ? [resolved.antecedent] : []);
  }
  return null;
};

/** "The Telegraph has announced no plans to go tabloid" → "Will the Telegraph go tabloid?" */
const noPlans: Rule = (ctx, s) => {
  const a = ctx.analysis;
  for (let t = s.first + 1; t < s.last - 2; t++) {
    if (lower(a.tokens[t]) !== 'no' || !/^plans?$/i.test(a.tokens[t + 1]!.text) || lower(a.tokens[t + 2]) !== 'to') continue;
    let verbAt = t - 1;
    while (verbAt > s.first && a.tokens[verbAt - 1]!.pos === 'AUX') verbAt--;
    if (a.tokens[t - 1]!.pos !== 'VERB' && a.tokens[t - 1]!.pos !== 'AUX') continue;
    const q = willQuestion(ctx, s, verbAt, t + 3);
    if (q) return draft(q.text, 'pending-decision', s, 2.5, q.context);
  }
  return null;
};

/** "did not rule out a strike" → "Will there be a strike?" */
const notRuledOut: Rule = (ctx, s) => {
  const a = ctx.analysis;
  for (let t = s.first + 1; t < s.last - 1; t++) {
    if (a.tokens[t]!.lemma !== 'rule' || lower(a.tokens[t + 1]) !== 'out' || !a.tokens.slice(Math.max(s.first, t - 3), t).some((x) => NEGATION.test(x.text))) continue;
    const det = a.tokens[t + 2];
    if (!det || !/^(?:a|an)$/i.test(det.text)) continue;
    const { piece } = predicateFrom(a, s, t + 2);
    if (piece.tokens.length < 2 || piece.tokens.length > 8) continue;
    return draft(finishQuestion(`Will there be ${pieceText(a, piece)}`), 'hedged-prediction', s, 1.8);
  }
  return null;
};

/** "Security guarantees are on the agenda" → "What will be decided on security guarantees?" */
const onTheAgenda: Rule = (ctx, s) => {
  const a = ctx.analysis;
  const m = /\b(?:is|are)\s+(?:still\s+)?(?:on the agenda|under (?:consideration|review|discussion)|being (?:considered|discussed|negotiated|reviewed)|yet to be (?:decided|agreed|settled))/i.exec(a.text.slice(s.start, s.end));
  if (!m) return null;
  const at = s.start + m.index;
  const verbAt = a.tokens.findIndex((x, k) => k >= s.first && k <= s.last && x.start >= at);
  if (verbAt <= s.first) return null;
  const subject = subjectBefore(a, s, verbAt);
  const resolved = subject ? resolveSubject(ctx, s, subject) : null;
  if (!resolved) return null;
  return draft(finishQuestion(`What will be decided on ${resolved.text}`), 'pending-decision', s, 2.5, resolved.antecedent ? [resolved.antecedent] : []);
};

/** A date in sentence `s` that lies ahead: after the reference time, or marked as future by the wording. */
function futureDates(ctx: RuleContext, s: Sentence): FoundDate[] {
  const text = ctx.analysis.text.slice(s.start, s.end);
  return (ctx.datesIn.get(s.i) ?? []).filter((d) => {
    if (d.kind === 'duration' || d.kind === 'set') return false;
    if (d.value === 'FUTURE_REF') return true;
    if (!/^\d{4}/.test(d.value)) return false;
    return FUTURE_CUE.test(text) && d.certainty !== 'stated' ? true : FUTURE_CUE.test(text) && /\b(?:until|next|in|by)\s+(?:the\s+)?\S*\s*$/i.test(ctx.analysis.text.slice(s.start, d.start));
  });
}

const hasFutureDate = (ctx: RuleContext, s: Sentence): boolean => futureDates(ctx, s).length > 0;

/** "… wait until the Washington summit in 2024" → "What will be decided at the Washington summit in 2024?" */
const upcomingEvent: Rule = (ctx, s) => {
  const a = ctx.analysis;
  for (const d of futureDates(ctx, s)) {
    let best = -1;
    for (let k = s.first; k <= s.last; k++) {
      const tok = a.tokens[k]!;
      if ((tok.pos === 'NOUN' || tok.pos === 'PROPN') && DECISION_EVENT.test(tok.text) && (best < 0 || Math.abs(tok.start - d.start) < Math.abs(a.tokens[best]!.start - d.start))) best = k;
    }
    if (best < 0 || Math.abs(a.tokens[best]!.start - d.start) > 60) continue;
    const np: number[] = [best];
    for (let k = best - 1; k >= s.first && np.length < 6; k--) {
      const x = a.tokens[k]!;
      if (!/^(?:DET|ADJ|NOUN|PROPN|NUM|PART)$/.test(x.pos) || (x.start >= d.start && x.end <= d.end)) break;
      np.unshift(k);
      if (x.pos === 'DET') break;
    }
    if (a.tokens[np[0]!]!.pos !== 'DET') np.unshift(-1);
    const phrase = (np[0] === -1 ? 'the ' : '') + lowerFirst(a, { tokens: np.filter((k) => k >= 0) }, pieceText(a, { tokens: np.filter((k) => k >= 0) }));
    const between = a.text.slice(a.tokens[best]!.end, d.start);
    const when = /^\s*(?:in|on|at|,)?\s*$/.test(between) && d.start > a.tokens[best]!.end ? `${between.trim() === ',' ? '' : between}${d.text}` : ` (${d.text})`;
    return draft(finishQuestion(`What will be decided at ${phrase}${when.startsWith(' ') ? when : ` ${when}`}`), 'upcoming-event', s, 2.3);
  }
  return null;
};

/** Explicit questions in the text, quote marks stripped, when they read on their own. */
const explicitQuestion: Rule = (ctx, s) => {
  const text = ctx.analysis.text.slice(s.start, s.end).replace(/\s+/g, ' ').trim();
  if (!/\?["”’]?$/.test(text)) return null;
  const core = text.replace(/^["“‘]+/, '').replace(/["”’]+$/, '');
  if (!/^(?:who|what|when|where|why|how|which|whose|whom|is|are|was|were|will|would|can|could|should|shall|do|does|did|has|have|had|may|might|must)\b/i.test(core)) return null;
  if (hasUnresolvedPerson(core) || /\b(?:it|they|he|she|this)\b/i.test(core)) return null;
  return draft(finishQuestion(core), 'explicit-question', s, 2.5);
};

export const SENTENCE_RULES: Rule[] = [
  explicitQuestion,
  conditional,
  whetherClause,
  request,
  noPlans,
  deliberation,
  onTheAgenda,
  predictivePhrase,
  hedgedModal,
  forecast,
  goingTo,
  anticipatedNoun,
  awaitedPassive,
  notRuledOut,
  upcomingEvent,
];
