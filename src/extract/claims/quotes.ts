// Finds quoted passages in one linear pass (no regular expressions, so no
// backtracking on pathological input). Curly quotes say which way they face;
// straight ones are read from their surroundings: `␣"We` opens, `done,"␣`
// closes. A quote left open at the end of a paragraph ends there — news style
// leaves it open when the next paragraph continues it with a new opening mark.
// Two apostrophes ('') or backticks (``) stand for a double mark, as in
// typewriter and newswire copy.

export interface QuoteSpan {
  /** Offsets of the quoted words, without the quote marks. */
  start: number;
  end: number;
  /** Offsets including the marks (outerEnd = end when the quote was left open). */
  outerStart: number;
  outerEnd: number;
  /** True when the quote had no closing mark and ran to the end of its paragraph or to the next opening mark. */
  open: boolean;
}

/** Longest quote kept; longer runs are unbalanced marks, not quotes. */
const MAX_QUOTE = 3000;

const isSpace = (c: string | undefined): boolean => c === undefined || c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\u00a0';
const OPEN_BEFORE = new Set(['(', '[', '—', '–', '-', ':', '{']);

type Mark = 'open' | 'close' | null;

/**
 * How many characters the mark at `i` spans: 2 for '' and ``, 1 for the rest. Three in a row are a
 * double mark with a single one inside it: the double one comes first where a quote opens
 * ("'''College Bowl,'") and last where it closes ("the word 'old-school,''' said").
 */
function markWidth(text: string, i: number): number {
  const c = text[i];
  if (c !== "'" && c !== '`') return 1;
  if (text[i + 1] === c && text[i + 2] !== c && text[i - 1] !== c) return 2;
  const triple = (from: number): boolean => text[from - 1] !== c && text[from] === c && text[from + 1] === c && text[from + 2] === c && text[from + 3] !== c;
  if (triple(i)) return isSpace(text[i - 1]) || OPEN_BEFORE.has(text[i - 1]!) ? 2 : 1;
  if (triple(i - 1)) return isSpace(text[i - 2]) || OPEN_BEFORE.has(text[i - 2]!) ? 1 : 2;
  return 1;
}

function classify(text: string, i: number, width: number): Mark {
  const c = text[i];
  // A left mark right after the closing punctuation of a quote and before a space ('unusual,“ said')
  // is a slip for a right one: it closes.
  if (c === '“') return /[.,!?]/.test(text[i - 1] ?? '') && isSpace(text[i + 1]) ? 'close' : 'open';
  // A right mark set where a quote opens (after a space, before a word: '”Fear. I am afraid ...”')
  // is a slip for a left one: it opens.
  if (c === '”') return (isSpace(text[i - 1]) || OPEN_BEFORE.has(text[i - 1]!)) && !isSpace(text[i + 1]) && /[\p{L}\p{N}]/u.test(text[i + 1] ?? '') ? 'open' : 'close';
  if (c === '`' && width === 2) return 'open';
  if (c !== '"' && !(c === "'" && width === 2)) return null;
  const before = text[i - 1];
  const after = text[i + width];
  const opensHere = (isSpace(before) || OPEN_BEFORE.has(before!)) && !isSpace(after);
  const closesHere = !isSpace(before) && (isSpace(after) || /[.,;:!?)\]—–-]/.test(after!));
  if (opensHere && !closesHere) return 'open';
  if (closesHere && !opensHere) return 'close';
  return null;
}

/**
 * A mark with a space on each side closes an open quote when the words before it end a quote: in
 * punctuation or a single mark ('the center,\u2009' " she said', 'coalitions, '' said').
 */
function spacedClose(text: string, i: number, width: number): boolean {
  return text[i - 1] === ' ' && isSpace(text[i + width]) && /[.,!?'’]/.test(text[i - 2] ?? '');
}

/** Is the blank line (paragraph break) between `from` and `to`? */
function paragraphBreakAt(text: string, i: number): boolean {
  if (text[i] !== '\n') return false;
  for (let k = i + 1; k < text.length; k++) {
    const c = text[k];
    if (c === '\n') return true;
    if (c !== ' ' && c !== '\t' && c !== '\r') return false;
  }
  return false;
}

/** Trims whitespace from the end of an open quote, so it stops where its words stop. */
function trimEnd(text: string, start: number, end: number): number {
  while (end > start && isSpace(text[end - 1])) end--;
  return end;
}

/**
 * Where an unclosed quote really ends when the next opening mark at `next` follows an attribution
 * frame of a few words ending in a colon or comma ('He added:'): at the sentence end before the
 * frame. Otherwise at `next`.
 */
function frameStart(text: string, start: number, next: number): number {
  let k = next - 1;
  while (k > start && isSpace(text[k])) k--;
  if (text[k] !== ':' && text[k] !== ',') return next;
  // Back to the sentence end before the frame, within a few words.
  let words = 0;
  for (let j = k - 1; j > start; j--) {
    const c = text[j]!;
    if ((c === '.' || c === '!' || c === '?') && isSpace(text[j + 1])) return words >= 1 && words <= 6 ? j + 1 : next;
    if (c === '"' || c === '“' || c === '”' || c === '\n') return next;
    if (isSpace(c) && !isSpace(text[j - 1])) words++;
  }
  return next;
}

export function findQuotes(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let openAt = -1;
  let openWidth = 1;
  const push = (end: number, outerEnd: number, open: boolean): void => {
    const start = openAt + openWidth;
    const innerEnd = trimEnd(text, start, end);
    if (innerEnd - start > 0 && innerEnd - start <= MAX_QUOTE && text.slice(start, innerEnd).trim() !== '')
      spans.push({ start, end: innerEnd, outerStart: openAt, outerEnd: open ? innerEnd : outerEnd, open });
    openAt = -1;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n' && openAt >= 0 && paragraphBreakAt(text, i)) {
      push(i, i, true);
      continue;
    }
    if (c !== '"' && c !== '“' && c !== '”' && c !== "'" && c !== '`') continue;
    const width = markWidth(text, i);
    const mark = classify(text, i, width);
    if (mark === 'open') {
      // A second opening mark: the first quote was never closed. When an attribution stands just
      // before the new mark ('... a Muslim. He added: "The ...'), the first quote ends before it.
      if (openAt >= 0) push(frameStart(text, openAt + openWidth, i), i, true);
      openAt = i;
      openWidth = width;
    } else if ((mark === 'close' || (mark === null && spacedClose(text, i, width))) && openAt >= 0) {
      push(i, i + width, false);
    }
    i += width - 1;
    if (openAt >= 0 && i - openAt > MAX_QUOTE) openAt = -1;
  }
  if (openAt >= 0) push(text.length, text.length, true);
  return spans;
}
