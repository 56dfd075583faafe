// Whether the first line of a plain text is its headline or already its lead sentence. Wire copy,
// press-release paragraphs and pasted article bodies start with prose; taking their first
// sentence as a title would drop it, with its actors, claims and dates. No one feature decides:
// each is weighed, as a reader would, and the line is a headline only when they agree. Pure.
import { readDateline } from './clutter.js';

export interface TextLine {
  text: string;
  /** A blank line precedes it. */
  blankBefore: boolean;
}

export interface HeadlineJudgement {
  headline: boolean;
  /** The features that decided, for the message that explains it. */
  reasons: string[];
}

export interface HeadlineContext {
  /** A byline or posted line follows within the next few lines. */
  headerFollows: boolean;
  /** The line is repeated just below it (a scraped headline shown twice). */
  repeated: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
const words = (text: string): string[] => text.match(WORD) ?? [];

/** Past-tense attribution: prose reports speech ("X said"), headlines use "says" or a colon. */
const REPORTED = /\b(?:said|told|added)\b/u;

/** Lowercase words that stay lowercase in a title-cased headline. */
const MINOR = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'vs', 'via', 'into', 'over', 'after']);

function titleCased(ws: readonly string[]): boolean {
  const content = ws.filter((w) => !MINOR.has(w.toLowerCase()) && /^\p{L}/u.test(w));
  if (content.length < 3) return false;
  return content.filter((w) => /^\p{Lu}/u.test(w)).length / content.length >= 0.8;
}

/**
 * Judges `lines[0]` as the headline of a text whose lines follow it. Prose signs: a full stop at
 * the end, length, more than one sentence, past-tense attribution, a dateline, being the only
 * paragraph, a continuation on the next line. Headline signs: no closing punctuation, a short
 * line set apart by a blank line before longer prose, title case, a byline or posted line or a
 * repetition under it.
 */
export function judgeHeadline(lines: readonly TextLine[], context: HeadlineContext): HeadlineJudgement {
  const [first, next] = lines;
  if (!first) return { headline: false, reasons: ['empty'] };
  const text = first.text.trim();
  const ws = words(text);
  const reasons: string[] = [];
  if (context.repeated) return { headline: true, reasons: ['repeated below'] };
  if (context.headerFollows && ws.length <= 40 && !/[.]$/.test(text)) return { headline: true, reasons: ['a byline or posted line follows'] };
  if (!next) return { headline: false, reasons: ['the only line of the text'] };
  if (ws.length > 40) return { headline: false, reasons: [`${ws.length} words`] };
  if (/[.!?]["”’)]?\s+["“‘(]?\p{Lu}/u.test(text) && /[.!?]["”’)]?$/u.test(text)) return { headline: false, reasons: ['more than one sentence'] };
  if (readDateline(text) !== null) return { headline: false, reasons: ['opens with a dateline'] };
  if (!next.blankBefore && /^[\p{Ll}(]/u.test(next.text.trim())) return { headline: false, reasons: ['continues on the next line'] };

  let score = 0;
  // Not a full stop: an ellipsis ("Rivals of the £400 Apple...") or an abbreviation ("Inc.").
  const period = /[.;,]["”’)]?$/u.test(text) && !/(?:\.\.|\b(?:[A-Z]|\p{Lu}\p{Ll}{0,3}))\.$/u.test(text);
  if (period) {
    // Headlines rarely end with a full stop and prose nearly always does; a lead sentence taken
    // for a headline is lost from the brief, a headline kept as prose costs one sentence.
    score -= 2;
    reasons.push('ends with a full stop');
    if (/^(?:the|a|an|this|these|in|on|at|after|as|when|with)\b/i.test(text)) {
      score -= 1;
      reasons.push('opens like a sentence');
    }
  } else if (/:$/.test(text)) {
    score -= 1;
    reasons.push('introduces what follows');
  } else if (!/[!?….]["”’)]?$/u.test(text)) {
    score += 2;
    reasons.push('no closing punctuation');
  }
  if (ws.length <= 16) score += 1;
  else if (ws.length > 25) {
    score -= 2;
    reasons.push(`${ws.length} words`);
  }
  if (next.blankBefore) score += 1;
  if (words(next.text).length >= 2 * ws.length) score += 1;
  if (titleCased(ws)) {
    score += 1;
    reasons.push('title case');
  }
  if (REPORTED.test(text)) {
    score -= 2;
    reasons.push('reports speech in the past tense');
  }
  return { headline: score >= 2, reasons };
}

/** Scripts written without spaces, where a word is about two characters. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/gu;

/** At least one sentence of prose: a line of five words or more that ends a sentence, or of eight or more. */
export function hasProse(text: string): boolean {
  return text.split('\n').some((line) => {
    const unspaced = line.match(UNSPACED)?.length ?? 0;
    const n = (unspaced > 0 ? words(line.replace(UNSPACED, ' ')).length : words(line).length) + Math.round(unspaced / 2);
    return n >= 8 || (n >= 5 && /[.!?…。！？]["”’)」]?\s*$/u.test(line));
  });
}
