// The tense around a date, from the verbs of its sentence: "on Tuesday" after "met" is the
// Tuesday before, after "will meet" the one to come. wink gives universal POS tags without
// morphology, so tense is read from the word forms and their lemmas.
import type { Analysis, Token } from '../nlp.js';
import type { Tense } from './reading.js';

/** Modals that look forward: "will", "should be completed", "may announce". */
const FUTURE_MODALS = new Set(['will', "'ll", '’ll', 'shall', 'wo', 'should', 'might', 'may', 'must']);
/** "would" and "could" mostly report the past ("said it would ..."); they date nothing. */
const NEUTRAL_MODALS = new Set(['would', "'d", '’d', 'could']);
const PAST_AUX = new Set(['was', 'were', 'had', 'did']);
const PRESENT_AUX = new Set(['is', 'are', 'am', "'s", '’s', "'re", '’re', 'do', 'does', 'has', 'have', "'ve", '’ve', 'can']);
const PERFECT_AUX = new Set(['has', 'have', "'ve", '’ve']);
/**
 * "plans to", "is due to", "expected to": what follows has not happened yet. Verbs of stance
 * ("threatened to kill ... in March") are left out: their date is usually the stance's own.
 */
const FUTURE_TRIGGERS = new Set([
  'plan', 'expect', 'schedule', 'due', 'set', 'intend', 'aim', 'prepare', 'poise', 'propose',
  'going', 'likely', 'about',
]);
const IRREGULAR_PAST = new Set([
  'said', 'told', 'made', 'went', 'came', 'took', 'gave', 'got', 'found', 'thought', 'knew', 'saw',
  'left', 'met', 'held', 'began', 'became', 'brought', 'bought', 'sold', 'paid', 'fell', 'rose',
  'won', 'lost', 'led', 'kept', 'felt', 'spent', 'sent', 'built', 'ran', 'wrote', 'spoke', 'chose',
  'broke', 'drove', 'grew', 'threw', 'flew', 'stood', 'understood', 'sought', 'taught', 'fought',
  'caught', 'struck', 'hung', 'meant', 'heard', 'slid', 'sank', 'shot', 'stole', 'swore', 'forgot',
  'overtook', 'withdrew', 'undertook', 'upheld', 'beat', 'bore', 'dealt', 'drew', 'ate', 'hid',
  'lay', 'laid', 'lent', 'lit', 'rode', 'rang', 'shook', 'shut', 'sold', 'sprang', 'swam', 'tore',
  'woke', 'wore', 'wove', 'wept', 'wound', 'arose', 'awoke', 'been', 'done', 'gone', 'seen', 'taken',
  'given', 'known', 'shown', 'written', 'spoken', 'chosen', 'broken', 'fallen', 'risen', 'grown',
  'thrown', 'flown', 'driven', 'eaten', 'forgotten', 'hidden', 'stolen', 'sworn', 'torn', 'worn',
  'had',
]);

const DEADLINE = /\b(?:until|till|by|before|ahead\s+of|expire|expires|expiring|effective|scheduled\s+for|due|set\s+for|planned\s+for|as\s+(?:soon|early)\s+as|(?:extended|postponed|delayed|moved|pushed\s+back|adjourned)\s+(?:to|until))\s+(?:at\s+(?:the\s+)?(?:least|earliest|latest)\s+)?(?:on\s+|the\s+)?$/i;

/**
 * Verbs of state, saying and thinking (Quirk et al. 1985, §4.28 stative verbs; the reporting
 * verbs): their present tense is about now. The present of other verbs, said with a day
 * ("Chelsea face Barcelona on Wednesday", "she is racing on Friday"), tells a scheduled future.
 */
const STATIVE = new Set([
  'be', 'have', 'seem', 'appear', 'belong', 'contain', 'consist', 'cost', 'depend', 'deserve', 'equal',
  'exist', 'fit', 'include', 'involve', 'lack', 'matter', 'mean', 'need', 'owe', 'own', 'possess',
  'remain', 'resemble', 'weigh', 'know', 'believe', 'think', 'understand', 'want', 'wish', 'hope',
  'like', 'love', 'hate', 'prefer', 'feel', 'see', 'hear', 'say', 'tell', 'claim', 'state', 'report',
  'add', 'insist', 'argue', 'warn', 'note', 'suggest', 'admit', 'deny', 'agree', 'expect', 'fear',
  'doubt', 'suppose', 'realise', 'realize', 'recognise', 'recognize', 'remember', 'forget', 'show',
  'indicate', 'estimate', 'predict', 'continue', 'stand', 'lie', 'follow', 'precede',
]);

/** Right before a word they make it the verb of its clause. */
const SUBJECT_PRONOUNS = new Set(['who', 'he', 'she', 'it', 'they', 'we', 'i', 'you']);

/** The tense of a verb, and whether its present is a scheduled future. */
type Label = Tense | 'futurate' | 'pluperfect';

/** Subordinators and relatives (Quirk et al. 1985, §14.12): what follows is a clause of its own. */
const CLAUSE_OPENER = /\b(?:after|before|when|whenever|while|whilst|because|since|until|till|although|though|unless|whereas|once|who|which|whose)\b/i;

const SINCE = /\b(?:since|ever\s+since)\s+(?:the\s+)?$/i;

const isVerb = (t: Token): boolean => t.pos === 'VERB' || t.pos === 'AUX';
const isPastForm = (t: Token): boolean => {
  const w = t.text.toLowerCase();
  return IRREGULAR_PAST.has(w) || (w.endsWith('ed') && w !== t.lemma.toLowerCase());
};

/** Tense labels of the verbs of one sentence, by token index; tokens without one are absent. */
function labelSentence(tokens: readonly Token[], first: number, last: number): Map<number, Label> {
  const labels = new Map<number, Label>();
  // Carries a modal or auxiliary over the words it governs ("will not be held").
  let carry: Tense | 'pluperfect' | null = null;
  let carryLeft = 0;
  for (let i = first; i <= last; i++) {
    const t = tokens[i]!;
    if (t.pos === 'SPACE') continue;
    const w = t.text.toLowerCase();
    const prev = i > first ? tokens[i - 1] : undefined;
    const nextWord = tokens[i + 1]?.pos === 'SPACE' ? tokens[i + 2] : tokens[i + 1];
    // "is to resume": the modal "be to" (Quirk et al. 1985, §4.49) arranges what is to come.
    const beTo = !!prev && prev.pos === 'AUX' && prev.lemma.toLowerCase() === 'be' && nextWord?.pos === 'VERB';
    if (w === 'to' && prev && (FUTURE_TRIGGERS.has(prev.lemma.toLowerCase()) || beTo)) {
      // "is scheduled to close", "expects to report": what follows has not happened yet.
      carry = 'future';
      carryLeft = 2;
      continue;
    }
    if (carryLeft > 0 && carry && (isVerb(t) || t.pos === 'ADV' || t.pos === 'PART' || t.pos === 'PRON')) {
      // "is playing": the progressive of a verb of action.
      const progressive = carry === 'present' && t.pos === 'VERB' && w.endsWith('ing') && !STATIVE.has(t.lemma.toLowerCase());
      if (isVerb(t)) labels.set(i, progressive ? 'futurate' : carry);
      carryLeft--;
      continue;
    }
    carry = null;
    carryLeft = 0;
    if ((t.pos === 'AUX' || t.pos === 'VERB') && NEUTRAL_MODALS.has(w)) {
      // Skip the modal and the verbs it governs; "would be travelling" tells an arrangement to come.
      carry = null;
      let k = i + 1;
      while (k <= last && k - i <= 4 && (isVerb(tokens[k]!) || /^(?:ADV|PART|SPACE)$/.test(tokens[k]!.pos))) {
        const progressive = w === 'would' && tokens[k]!.pos === 'VERB' && /ing$/i.test(tokens[k]!.text) && tokens[k - 1]?.text.toLowerCase() === 'be';
        if (progressive) labels.set(k, 'future');
        k++;
      }
      i = k - 1;
    } else if ((t.pos === 'AUX' || t.pos === 'VERB') && FUTURE_MODALS.has(w)) {
      labels.set(i, 'future');
      carry = 'future';
      carryLeft = 4;
    } else if (isVerb(t) && PAST_AUX.has(w)) {
      // "had sold": the past perfect, before a past time.
      // (Over a negation or an adverb: "had not called", "had previously been".)
      let k = i + 1;
      while (k <= last && k - i <= 3 && /^(?:SPACE|PART|ADV)$/.test(tokens[k]!.pos)) k++;
      const next = tokens[k];
      const pluperfect = w === 'had' && !!next && isVerb(next) && isPastForm(next);
      labels.set(i, pluperfect ? 'pluperfect' : 'past');
      carry = pluperfect ? 'pluperfect' : 'past';
      carryLeft = 3;
    } else if (isVerb(t) && PERFECT_AUX.has(w)) {
      // "has said": the present perfect reports a past event.
      const next = tokens[i + 1]?.pos === 'SPACE' ? tokens[i + 2] : tokens[i + 1];
      const perfect = !!next && isVerb(next) && isPastForm(next);
      labels.set(i, perfect ? 'past' : 'present');
      carry = perfect ? 'past' : 'present';
      carryLeft = 2;
    } else if (isVerb(t) && PRESENT_AUX.has(w)) {
      labels.set(i, 'present');
      carry = 'present';
      carryLeft = 2;
    } else if (t.pos === 'VERB' || (t.pos === 'NOUN' && prev && SUBJECT_PRONOUNS.has(prev.text.toLowerCase()))) {
      // (The tagger reads some verbs as nouns: "who races", "she faces".)
      // A participle right after a determiner or adjective is an adjective ("the planned summit");
      // a "verb" after a possessive is a noun ("his match").
      if (prev && (prev.pos === 'DET' || prev.pos === 'ADJ') && w.endsWith('ed')) continue;
      if (prev && /^(?:his|her|its|their|our|my|your|a|an|the)$/i.test(prev.text)) continue;
      if (prev && prev.text.toLowerCase() === 'to') continue;
      if (w.endsWith('ing')) continue;
      if (isPastForm(t)) labels.set(i, 'past');
      // Only the -s form is surely present: "meet", "set", "read" may be past or imperative too.
      else labels.set(i, /s$/.test(w) && w !== t.lemma.toLowerCase() && !STATIVE.has(t.lemma.toLowerCase()) ? 'futurate' : 'present');
    }
  }
  return labels;
}

/** Reads and caches the tense of each sentence's verbs; asks for the one nearest a span. */
export class TenseReader {
  private readonly cache = new Map<number, Map<number, Label>>();

  constructor(private readonly analysis: Analysis) {}

  /**
   * The tense that governs the span. `futurate`: the span names a day, for which the present of a
   * verb of action looks ahead.
   */
  tenseAt(start: number, end: number, futurate = false): Tense {
    const tokens = this.analysis.tokens;
    const sentence = this.sentenceOf(start);
    if (!sentence) return 'present';
    let labels = this.cache.get(sentence.i);
    if (!labels) {
      labels = labelSentence(tokens, sentence.first, sentence.last);
      this.cache.set(sentence.i, labels);
    }
    // A date before a noun names that noun's time ("Trump's July 25 call when he asked"): a clause
    // after it may well say what happened then.
    let after = sentence.first;
    while (after <= sentence.last && (tokens[after]!.start < end || tokens[after]!.pos === 'SPACE')) after++;
    const modifiesNoun = after <= sentence.last && (tokens[after]!.pos === 'NOUN' || /['’]s$/.test(this.analysis.text.slice(start, end)));
    let best: Tense = 'present';
    let bestDistance = Infinity;
    let pluperfect = false;
    for (const [i, label] of labels) {
      // Only a verb before the day governs it so ("opens on Thursday", not "on Friday as concern grows").
      const tense: Tense = label === 'futurate' ? (futurate && tokens[i]!.end <= start ? 'future' : 'present') : label === 'pluperfect' ? 'past' : label;
      const t = tokens[i]!;
      if (t.start >= start && t.end <= end) continue;
      // Verbs before the date govern it slightly more often than those after.
      // A verb after a comma ("..., Claure said") reports the sentence rather than dating it, and
      // one in a clause that opens after the date ("will start on Saturday after Parker failed")
      // has a time of its own: it dates the day only when no verb comes before.
      const between = t.end <= start ? '' : this.analysis.text.slice(end, t.start);
      const distance = t.end <= start
        ? countWords(this.analysis, t.end, start)
        : countWords(this.analysis, end, t.start) + 0.5 + (/[,;:“”"]/.test(between) ? 4 : 0) + (!modifiesNoun && CLAUSE_OPENER.test(between) ? 20 : 0);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = tense;
        pluperfect = label === 'pluperfect';
      }
    }
    const before = this.analysis.text.slice(Math.max(0, start - 24), start);
    // "since the summer", "since Tuesday": what a date opens has begun, whatever the verb's tense.
    if (SINCE.test(before)) return 'past';
    // "extended to Nov. 20", "until Friday": a deadline lies ahead whatever the verb's tense.
    // "By September the album had sold …", "Until Thursday they had not named": a deadline read
    // in the past perfect was met or passed before the story's past; "ahead of" looks on.
    // "before Friday's purchases": before a day's occasion orders two events, it sets no deadline.
    const owns = /['’]s$/.test(this.analysis.text.slice(start, end)) && /\bbefore\s+$/i.test(before);
    if (best !== 'future' && !owns && !(pluperfect && !/\bahead\s+of\s+(?:the\s+)?$/i.test(before)) && DEADLINE.test(before)) return 'future';
    return best;
  }

  private sentenceOf(offset: number) {
    const sentences = this.analysis.sentences;
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const s = sentences[mid]!;
      if (offset < s.start) hi = mid - 1;
      else if (offset >= s.end) lo = mid + 1;
      else return s;
    }
    return sentences[Math.max(0, Math.min(lo, sentences.length - 1))];
  }
}

function countWords(analysis: Analysis, from: number, to: number): number {
  let n = 0;
  let inWord = false;
  const text = analysis.text;
  for (let i = from; i < to; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}
