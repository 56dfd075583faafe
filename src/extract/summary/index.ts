// The bottom line: the lead of the article, which in news writing carries the main point, and
// the sentence right after it when that one stands on its own and the two stay short.
import type { SummarySentence } from '../../brief/model.js';
import type { Analysis, Sentence } from '../nlp.js';

const MAX_WORDS = 45;

/**
 * A sentence opened by a relative word ("Which is not to say …") continues a thought rather than
 * stating one. Other connectives ("But …") read well right after the lead, which is why only the
 * sentence written right after it may join it: one that followed a skipped line would answer
 * that line, not the lead.
 */
const CONTINUATION = /^(?:which|whereas|whereby)\b/i;

/**
 * A sentence that tells the reader to do something ("Listen to the full interview …", "Imagine
 * editing …", "Welcome to …") is a hook or a pointer, not the news: an imperative opens with a verb
 * in its base form and no subject (the next word is no name or noun that could be one).
 */
function isImperative(analysis: Analysis, s: Sentence): boolean {
  const words = analysis.tokens.slice(s.first, Math.min(s.last, s.first + 4) + 1).filter((t) => t.pos !== 'SPACE');
  const [first, next] = words;
  if (!first || !next) return false;
  if (/^welcome$/i.test(first.text)) return /^(?:to|back)$/i.test(next.text);
  // ("Spin the dial and you will find …": an imperative joined to a clause of its own states a fact.)
  const conditional = /\band\s+(?:you|it|they|there|we)\b/i.test(analysis.text.slice(s.start, s.end));
  return first.pos === 'VERB' && first.text.toLowerCase() === first.lemma.toLowerCase() && /^(?:DET|ADP|PRON|PART|ADV|VERB)$/.test(next.pos) && !conditional;
}

export function extractSummary(analysis: Analysis): SummarySentence[] {
  const textOf = (s: Sentence): string => analysis.text.slice(s.start, s.end);
  const wordsOf = (s: Sentence): number => textOf(s).split(/\s+/).length;
  // Subheadings and fragments are skipped: a lead sentence ends like a sentence.
  const fits = (s: Sentence): boolean => wordsOf(s) >= 6 && /[.!”"’]$/.test(textOf(s)) && wordsOf(s) <= MAX_WORDS * 1.5;
  const first = analysis.sentences.findIndex(fits);
  // The first sentence that states something; an imperative only when nothing else fits.
  const stating = analysis.sentences.findIndex((s, k) => k >= first && fits(s) && !isImperative(analysis, s));
  const at = first < 0 ? -1 : stating >= 0 ? stating : first;
  if (at < 0) return [];
  const lead = analysis.sentences[at]!;
  const picked = [lead];
  const next = analysis.sentences[at + 1];
  if (next && wordsOf(lead) < MAX_WORDS && fits(next) && !CONTINUATION.test(textOf(next).replace(/^[“"‘'(]+/, '')) && wordsOf(lead) + wordsOf(next) <= MAX_WORDS * 1.5) picked.push(next);
  return picked.map((s) => ({ text: textOf(s).replace(/\s+/g, ' '), evidence: [{ start: s.start, end: s.end, quote: textOf(s) }] }));
}
