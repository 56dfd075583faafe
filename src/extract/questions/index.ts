// Open questions: what the article leaves unresolved, phrased as questions and
// grounded in the sentences that raise them.
import type { Actor, Claim, Question, QuestionBasis } from '../../brief/model.js';
import type { FoundDate } from '../dates/types.js';
import type { Analysis, Sentence, Token } from '../nlp.js';

interface QuestionDraft {
  text: string;
  basis: QuestionBasis;
  sentence: Sentence;
}

const MODALS = new Set(['might', 'may', 'could', 'would', 'will']);
const FUTURE_CUES = /\b(?:will|is to|are to|is due to|are due to|is expected to|are expected to|plans? to|is set to|are set to|upcoming|next|planned)\b/i;
const DECISION_CUES = /\b(?:decide|decision|vote|ruling|verdict|agree|approve|talks|negotiat\w*|summit|meeting|review|inquiry|investigation|hearing|election|referendum|on the agenda)\b/i;

function sentenceText(analysis: Analysis, s: Sentence): string {
  return analysis.text.slice(s.start, s.end).replace(/\s+/g, ' ').trim();
}

/** "some countries like Poland might take the plunge" → "Will some countries like Poland take the plunge ...?" */
function hedgedPrediction(analysis: Analysis, s: Sentence): string | null {
  const { tokens } = analysis;
  for (let t = s.first + 1; t < s.last; t++) {
    const tok = tokens[t]!;
    const lower = tok.text.toLowerCase();
    if (!MODALS.has(lower) || lower === 'will' || lower === 'would') continue;
    const next = tokens[t + 1]!;
    if (next.pos !== 'VERB' && next.pos !== 'AUX') continue;
    const subjectStart = clauseStart(tokens, s, t);
    if (subjectStart >= t) continue;
    const subject = analysis.text.slice(tokens[subjectStart]!.start, tokens[t - 1]!.end);
    if (/^(?:it|this|that|there|i|we|you)$/i.test(subject) || subject.split(' ').length > 10) continue;
    const restEnd = predicateEnd(tokens, s, t + 1);
    const rest = analysis.text.slice(next.start, tokens[restEnd]!.end);
    return `Will ${lowerFirst(subject)} ${rest}?`;
  }
  return null;
}

/** Where the clause holding token `t` starts: after "said", "that", a comma or a quote mark. */
function clauseStart(tokens: Token[], s: Sentence, t: number): number {
  for (let k = t - 1; k >= s.first; k--) {
    const tok = tokens[k]!;
    if (/^(?:that|,|“|"|:|;|said|says|warns|believes)$/i.test(tok.text) || tok.pos === 'SCONJ') return k + 1;
  }
  return s.first;
}

function predicateEnd(tokens: Token[], s: Sentence, from: number): number {
  let end = from;
  for (let k = from; k <= s.last; k++) {
    const tok = tokens[k]!;
    if (/^[,.;:!?”"]$/.test(tok.text) || /^(?:if|unless|because|but|although)$/i.test(tok.text)) break;
    end = k;
    if (k - from > 18) break;
  }
  return end;
}

const lowerFirst = (s: string): string => (/^\p{Lu}\p{Ll}/u.test(s) && !/^(?:I)\b/.test(s) ? s[0]!.toLowerCase() + s.slice(1) : s);

/** "If NATO cannot agree on a clear path for Ukraine, ..." → "What happens if NATO cannot agree on a clear path for Ukraine?" */
function conditional(text: string): string | null {
  const m = /(?:^|[,;“"]\s*)(?:if|unless)\s+([^,;.”"]{8,160})/i.exec(text);
  if (!m?.[1]) return null;
  const word = /unless/i.test(m[0]) ? 'unless' : 'if';
  return `What happens ${word} ${m[1].trim()}?`;
}

export interface QuestionsInput {
  analysis: Analysis;
  dates: FoundDate[];
  /** The finished claims and actors, for single-source and disputed claims. */
  claims: Claim[];
  actors: Actor[];
}

export function extractQuestions({ analysis, dates }: QuestionsInput): Question[] {
  const drafts: QuestionDraft[] = [];
  for (const s of analysis.sentences) {
    const text = sentenceText(analysis, s);
    if (/\?["”’]?$/.test(text) && text.split(' ').length >= 4 && /^["“‘]?(?:who|what|when|where|why|how|which|whose|whom|is|are|was|were|will|would|can|could|should|shall|do|does|did|has|have|had|may|might|must)\b/i.test(text)) {
      drafts.push({ text: text.replace(/["“”]/g, '').trim(), basis: 'explicit-question', sentence: s });
      continue;
    }
    const cond = conditional(text);
    if (cond) {
      drafts.push({ text: cond, basis: 'conditional', sentence: s });
      continue;
    }
    const hedge = hedgedPrediction(analysis, s);
    if (hedge) {
      drafts.push({ text: hedge, basis: 'hedged-prediction', sentence: s });
      continue;
    }
    const future = dates.find((d) => d.start >= s.start && d.end <= s.end && d.kind !== 'duration' && isFutureish(d));
    if (future?.event && FUTURE_CUES.test(text) && DECISION_CUES.test(text)) {
      drafts.push({ text: `What will come of ${lowerFirst(future.event)} (${future.text})?`, basis: 'upcoming-event', sentence: s });
    }
  }
  for (const d of dates) {
    if (d.certainty !== 'inferred') continue;
    const s = analysis.sentences.find((x) => d.start >= x.start && d.end <= x.end);
    if (s && !drafts.some((q) => q.sentence === s)) drafts.push({ text: `Which year does “${d.text}” refer to (assumed ${d.value.slice(0, 4)})?`, basis: 'inferred-date', sentence: s });
  }
  return drafts.map((q, i) => ({
    id: `q${i + 1}`,
    text: q.text.replace(/["“”]/g, '').replace(/\s+/g, ' '),
    basis: q.basis,
    evidence: [{ start: q.sentence.start, end: q.sentence.end, quote: analysis.text.slice(q.sentence.start, q.sentence.end) }],
  }));
}

function isFutureish(d: FoundDate): boolean {
  return d.certainty !== 'stated' || /^\d{4}/.test(d.value);
}
