// The bottom line: the lead of the article, which in news writing carries
// the main point, plus the strongest attributed sentence when the lead alone
// does not name who says so.
import type { SummarySentence } from '../../brief/model.js';
import type { Analysis } from '../nlp.js';

const MAX_WORDS = 45;

export function extractSummary(analysis: Analysis): SummarySentence[] {
  const picked: SummarySentence[] = [];
  for (const s of analysis.sentences) {
    const text = analysis.text.slice(s.start, s.end);
    const words = text.split(/\s+/).length;
    // Skip subheadings and fragments: a lead sentence ends like a sentence.
    if (words < 6 || !/[.!”"’]$/.test(text) || words > MAX_WORDS * 1.5) continue;
    picked.push({ text: text.replace(/\s+/g, ' '), evidence: [{ start: s.start, end: s.end, quote: text }] });
    if (picked.length === 2 || picked.reduce((n, p) => n + p.text.split(' ').length, 0) >= MAX_WORDS) break;
  }
  return picked;
}
