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
]);

const DEADLINE = /\b(?:until|till|by|before|ahead\s+of|expire|expires|expiring|effective|scheduled\s+for|due|set\s+for|planned\s+for|as\s+(?:soon|early)\s+as|(?:extended|postponed|delayed|moved|pushed\s+back|adjourned)\s+(?:to|until))\s+(?:on\s+|the\s+)?$/i;

const isVerb = (t: Token): boolean => t.pos === 'VERB' || t.pos === 'AUX';
const isPastForm = (t: Token): boolean => {
  const w = t.text.toLowerCase();
  return IRREGULAR_PAST.has(w) || (w.endsWith('ed') && w !== t.lemma.toLowerCase());
};

/** Tense labels of the verbs of one sentence, by token index; tokens without one are absent. */
function labelSentence(tokens: readonly Token[], first: number, last: number): Map<number, Tense> {
  const labels = new Map<number, Tense>();
  // Carries a modal or auxiliary over the words it governs ("will not be held").
  let carry: Tense | null = null;
  let carryLeft = 0;
  for (let i = first; i <= last; i++) {
    const t = tokens[i]!;
    if (t.pos === 'SPACE') continue;
    const w = t.text.toLowerCase();
    const prev = i > first ? tokens[i - 1] : undefined;
    if (w === 'to' && prev && FUTURE_TRIGGERS.has(prev.lemma.toLowerCase())) {
      // "is scheduled to close", "expects to report": what follows has not happened yet.
      carry = 'future';
      carryLeft = 2;
      continue;
    }
    if (carryLeft > 0 && carry && (isVerb(t) || t.pos === 'ADV' || t.pos === 'PART' || t.pos === 'PRON')) {
      if (isVerb(t)) labels.set(i, carry);
      carryLeft--;
      continue;
    }
    carry = null;
    carryLeft = 0;
    if ((t.pos === 'AUX' || t.pos === 'VERB') && NEUTRAL_MODALS.has(w)) {
      // Skip the modal and the verbs it governs.
      carry = null;
      let k = i + 1;
      while (k <= last && k - i <= 4 && (isVerb(tokens[k]!) || /^(?:ADV|PART|SPACE)$/.test(tokens[k]!.pos))) k++;
      i = k - 1;
    } else if ((t.pos === 'AUX' || t.pos === 'VERB') && FUTURE_MODALS.has(w)) {
      labels.set(i, 'future');
      carry = 'future';
      carryLeft = 4;
    } else if (isVerb(t) && PAST_AUX.has(w)) {
      labels.set(i, 'past');
      carry = 'past';
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
    } else if (t.pos === 'VERB') {
      // A participle right after a determiner or adjective is an adjective ("the planned summit").
      if (prev && (prev.pos === 'DET' || prev.pos === 'ADJ') && w.endsWith('ed')) continue;
      if (prev && prev.text.toLowerCase() === 'to') continue;
      if (w.endsWith('ing')) continue;
      if (isPastForm(t)) labels.set(i, 'past');
      else labels.set(i, 'present');
    }
  }
  return labels;
}

/** Reads and caches the tense of each sentence's verbs; asks for the one nearest a span. */
export class TenseReader {
  private readonly cache = new Map<number, Map<number, Tense>>();

  constructor(private readonly analysis: Analysis) {}

  tenseAt(start: number, end: number): Tense {
    const tokens = this.analysis.tokens;
    const sentence = this.sentenceOf(start);
    if (!sentence) return 'present';
    let labels = this.cache.get(sentence.i);
    if (!labels) {
      labels = labelSentence(tokens, sentence.first, sentence.last);
      this.cache.set(sentence.i, labels);
    }
    let best: Tense = 'present';
    let bestDistance = Infinity;
    for (const [i, tense] of labels) {
      const t = tokens[i]!;
      if (t.start >= start && t.end <= end) continue;
      // Verbs before the date govern it slightly more often than those after.
      // A verb after a comma ("..., Claure said") reports the sentence rather than dating it.
      const distance = t.end <= start
        ? countWords(this.analysis, t.end, start)
        : countWords(this.analysis, end, t.start) + 0.5 + (/[,;:“”"]/.test(this.analysis.text.slice(end, t.start)) ? 4 : 0);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = tense;
      }
    }
    // "extended to Nov. 20", "until Friday": a deadline lies ahead whatever the verb's tense.
    if (best !== 'future' && DEADLINE.test(this.analysis.text.slice(Math.max(0, start - 24), start))) return 'future';
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
