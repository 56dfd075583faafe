// Which sentences leave something open: each sentence read as a set of grammatical features
// (modal and tense of its verbs, conditions, embedded questions, hedges, attribution, negation,
// dates ahead, place in the article), each taken from published work on hedging and factuality.
// The eval reads them to measure which sentences annotators ask about (question-sentences.ts) and
// to train and cross-validate a small linear model over them (train-selection.ts); the product
// does not use the model (see docs/measurements.md, open questions: sentence selection).
import type { Analysis, Sentence, Token } from '../../src/extract/nlp.js';
import type { RuleContext } from '../../src/extract/questions/ask.js';
import { BELIEF, DISPUTE_LEMMAS, ACCUSE_LEMMAS, EVENT_NOUN, INQUIRY_LEMMAS, INTENTION_LEMMAS, NEGATION, PREDICTIVE_ADJ, READINESS_ADJ, REPORTING, WEASEL_PASSIVE } from '../../src/extract/questions/cues.js';
import { futureDates } from '../../src/extract/questions/events.js';

export type Features = Record<string, number>;

/** Hedging adverbs and adjectives of the CoNLL-2010 cue lists (Farkas et al. 2010) and Hyland (2005). */
const HEDGE = /^(?:perhaps|possibly|probably|maybe|presumably|apparently|reportedly|allegedly|seemingly|supposedly|purportedly|arguably|likely|unlikely|possible|probable|potential|potentially|conceivably|speculation|rumours?|rumors?)$/i;
/** Stated unknowns: the CoNLL-2010 Wikipedia cues for what is not known. */
const UNKNOWN = /^(?:unclear|unknown|uncertain|undecided|unsure|unconfirmed|unverified|undisclosed|unresolved|pending|mystery)$/i;
/** Subordinators of condition (Quirk et al. 1985, §15.33). */
const CONDITION = /^(?:if|unless|provided|whether)$/i;
const WH = /^(?:how|what|who|when|where|why|which)$/i;

export function sentenceFeatures(a: Analysis, s: Sentence, ctx: Pick<RuleContext, 'datesIn' | 'referenceTime' | 'analysis' | 'dates' | 'claims' | 'actors'>): Features {
  const f: Features = {};
  const on = (k: string): void => void (f[k] = 1);
  const text = a.text.slice(s.start, s.end);
  const toks: Token[] = [];
  for (let k = s.first; k <= s.last; k++) if (a.tokens[k]!.pos !== 'SPACE') toks.push(a.tokens[k]!);
  if (/\?/.test(text)) on('question-mark');
  if (/["“”]/.test(text)) on('quotation');
  let verbs = 0;
  for (let j = 0; j < toks.length; j++) {
    const t = toks[j]!;
    const w = t.text.toLowerCase();
    const next = toks[j + 1];
    const nw = next?.text.toLowerCase() ?? '';
    if (t.pos === 'VERB' || t.pos === 'AUX') verbs++;
    if (/^(?:may|might|could)$/.test(w)) on('modal-epistemic');
    else if (/^(?:will|shall|'ll|’ll|wo)$/.test(w)) on('modal-will');
    else if (w === 'would') on('modal-would');
    else if (/^(?:can|ca)$/.test(w)) on('modal-can');
    else if (/^(?:should|must)$/.test(w)) on('modal-deontic');
    if (CONDITION.test(w) && w !== 'whether') on('conditional');
    if (w === 'whether') on('whether');
    if (WH.test(w) && j > 0 && t.pos !== 'PRON' && toks[j - 1]!.pos === 'VERB') on('wh-complement');
    if (HEDGE.test(w)) on('hedge');
    if (UNKNOWN.test(w)) on('unknown');
    if (NEGATION.test(w)) on('negation');
    if ((PREDICTIVE_ADJ.has(w) || READINESS_ADJ.has(w)) && nw === 'to') on('be-adj-to');
    if (INTENTION_LEMMAS.has(t.lemma.toLowerCase()) && t.pos === 'VERB' && nw === 'to') on('intention-to');
    if (BELIEF.test(w) && t.pos === 'VERB') on('belief-verb');
    if (REPORTING.test(w) && t.pos === 'VERB') on('reporting-verb');
    if (WEASEL_PASSIVE.test(w) && nw === 'to' && j > 0 && /^(?:is|are|was|were|be|been)$/i.test(toks[j - 1]!.text)) on('weasel-passive');
    if (w === 'according' && nw === 'to') on('according-to');
    if (DISPUTE_LEMMAS.has(t.lemma.toLowerCase()) && t.pos === 'VERB') on('dispute-verb');
    if (ACCUSE_LEMMAS.has(t.lemma.toLowerCase())) on('accuse');
    if (INQUIRY_LEMMAS.has(t.lemma.toLowerCase())) on('inquiry');
    if (EVENT_NOUN.test(w) && t.pos === 'NOUN') on('event-noun');
    if (w === 'going' && nw === 'to') on('going-to');
    if (w === 'yet' || w === 'still') on('yet-still');
    if (/^(?:plan|plans|proposal|proposals|bid|deal|talks|deadline)$/.test(w) && t.pos === 'NOUN') on('plan-noun');
    if (w === 'had' && next?.pos === 'VERB') on('past-perfect');
    if (t.pos === 'NUM' || t.text === '%') on('figure');
    if (t.pos === 'VERB' && /ed$/.test(w) && w !== t.lemma.toLowerCase() && toks[j - 1]?.pos !== 'AUX') on('simple-past');
    if (/^(?:is|are|am)$/.test(w) && nw === 'to' && toks[j + 2]?.pos === 'VERB') on('be-to');
  }
  if (futureDates(ctx as RuleContext, s).length > 0) on('date-ahead');
  if (s.paragraph <= 1) on('lead');
  if (s.i >= a.sentences.length - 3) on('closing');
  if (toks.length > 35) on('long');
  if (toks.length < 10) on('short');
  if (verbs === 0) on('verbless');
  return f;
}

/** The model's probability that a sentence holds an uncertainty an annotator would ask about. */
export function scoreSentence(features: Features, weights: Readonly<Record<string, number>>): number {
  let z = weights['bias'] ?? 0;
  for (const [n, v] of Object.entries(features)) z += (weights[n] ?? 0) * v;
  return 1 / (1 + Math.exp(-z));
}

