// What happens at a date: the noun phrase the date is attached to ("the next summit in Vilnius"
// for "... at the next summit in Vilnius in July"), else the verb phrase before it ("met U.S.
// officials"), else the clause it opens ("On Monday, MPs voted ..."). Always verbatim and short.
import type { Analysis } from '../nlp.js';
import type { TokenIndex } from './token-index.js';

const MAX_WORDS = 8;
const DATE_PREPOSITIONS = new Set(['in', 'on', 'at', 'from', 'since', 'until', 'till', 'by', 'during', 'for', 'before', 'after', 'of', 'between', 'through', 'to', 'around', 'over']);
const SPEECH_VERBS = new Set(['say', 'tell', 'add', 'warn', 'claim', 'state', 'announce', 'report', 'believe', 'insist', 'note', 'explain', 'argue']);
const NP_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART']);

export function findEvent(analysis: Analysis, index: TokenIndex, start: number, end: number, taken: (offset: number) => boolean): string | null {
  const words = index.tokens;
  let firstInside = index.firstAtOrAfter(start);
  // A token that begins before the date but runs into it ("2009-2014" read as one token).
  if (firstInside > 0 && words[firstInside - 1]!.end > start) firstInside--;
  if (firstInside >= words.length) return null;
  const sentenceIndex = words[firstInside]!.sentence;
  const sentence = analysis.sentences[sentenceIndex];
  if (!sentence) return null;
  let lastInside = firstInside;
  while (lastInside + 1 < words.length && words[lastInside + 1]!.start < end) lastInside++;

  const inSentence = (i: number): boolean => i >= 0 && i < words.length && words[i]!.sentence === sentenceIndex;
  const phrase = (from: number, to: number): string | null => {
    if (from > to) return null;
    const text = analysis.text.slice(words[from]!.start, words[to]!.end);
    return text.split(/\s+/).length <= MAX_WORDS ? text : null;
  };

  // 0. A date that modifies the noun after it: "Wednesday's ruling", "the 2016 election".
  let n = lastInside + 1;
  if (inSentence(n) && /^['’]s$/.test(words[n]!.text)) n++;
  let nounEnd = -1;
  while (inSentence(n) && n - lastInside <= 4 && /^(?:NOUN|PROPN|ADJ)$/.test(words[n]!.pos) && !taken(words[n]!.start)) {
    if (words[n]!.pos !== 'ADJ') nounEnd = n;
    n++;
  }
  if (nounEnd > lastInside && words[nounEnd]!.pos === 'NOUN') {
    const from = inSentence(firstInside - 1) && words[firstInside - 1]!.pos === 'DET' ? firstInside - 1 : firstInside;
    const np = phrase(from, nounEnd);
    if (np) return np;
  }

  // 1. The noun phrase the date modifies, reading leftwards past the date's own preposition.
  let i = firstInside - 1;
  if (inSentence(i) && DATE_PREPOSITIONS.has(words[i]!.text.toLowerCase())) i--;
  const npEnd = i;
  let npStart = i + 1;
  let nouns = 0;
  for (let j = i; inSentence(j) && npEnd - j < MAX_WORDS; j--) {
    const t = words[j]!;
    if (taken(t.start)) break;
    const w = t.text.toLowerCase();
    const inner = (w === 'in' || w === 'of' || w === 'for') && nouns > 0 && inSentence(j - 1) && /^(?:NOUN|PROPN)$/.test(words[j - 1]!.pos);
    const participle = t.pos === 'VERB' && /ed$/.test(w) && inSentence(j - 1) && words[j - 1]!.pos === 'DET';
    if (!NP_TAGS.has(t.pos) && !inner && !participle && !(t.pos === 'PUNCT' && /^['’]s?$/.test(t.text))) break;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') nouns++;
    npStart = j;
  }
  if (nouns > 0 && npStart <= npEnd) {
    // Drop a dangling preposition or possessive at the left edge.
    while (npStart <= npEnd && !/^(?:DET|ADJ|NOUN|PROPN|NUM|VERB)$/.test(words[npStart]!.pos)) npStart++;
    const before = words[npStart - 1];
    const withVerb = before && inSentence(npStart - 1) && before.pos === 'VERB' && !SPEECH_VERBS.has(before.lemma.toLowerCase());
    const np = phrase(withVerb ? npStart - 1 : npStart, npEnd) ?? phrase(npStart, npEnd);
    if (np) return np;
  }

  // 2. A verb right before the date ("met on Tuesday"): the verb with its subject.
  if (inSentence(npEnd) && words[npEnd]!.pos === 'VERB' && !SPEECH_VERBS.has(words[npEnd]!.lemma.toLowerCase())) {
    let s = npEnd;
    while (inSentence(s - 1) && npEnd - s < 4 && /^(?:NOUN|PROPN|DET|ADJ|AUX|PART|ADV)$/.test(words[s - 1]!.pos) && !taken(words[s - 1]!.start)) s--;
    const vp = phrase(s, npEnd);
    if (vp) return vp;
  }

  // 3. A date that opens its sentence: the clause after it, up to punctuation.
  if (firstInside <= sentence.first + 2 || (inSentence(firstInside - 1) && words[firstInside - 1]!.start <= sentence.start + 4)) {
    let k = lastInside + 1;
    if (inSentence(k) && words[k]!.pos === 'PUNCT') k++;
    let e = k;
    let hasVerb = false;
    while (inSentence(e) && e - k < MAX_WORDS && words[e]!.pos !== 'PUNCT' && !taken(words[e]!.start)) {
      if (words[e]!.pos === 'VERB') hasVerb = true;
      e++;
    }
    if (hasVerb && e > k) return phrase(k, e - 1);
  }
  return null;
}

