// Aligns the text the product made of a record (`article.text`: a first line taken as headline and
// dropped, whitespace normalised, characters repaired) onto the record's own text, so that an
// evidence span of the brief can be read as a span of the record, where the gold offsets point.
// Only non-whitespace characters take part (as in the PolNeAR measurement of
// ../shared/eval/README.md, section 7); they are compared folded (case, accents, compatibility
// forms, quote and dash shapes), so that a repaired or normalised character still pairs.
//
// Method: characters that start a 12-character run found exactly once in each text are anchors;
// the longest chain of anchors in the same order on both sides is kept (as patience diff does),
// and the gaps between anchors are closed from both ends and, when small and of similar size, by
// a longest-common-subsequence table. Text one side dropped stays unpaired. Pure.

/** Characters that are not text: whitespace, and the invisible ones a normaliser may drop. */
const IGNORED = /[\s\u00ad\u200b-\u200d\u2060\ufeff]/;

const SHAPES: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'", '`': "'", '\u00b4': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"', '\u00ab': '"', '\u00bb': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
};

const folded = new Map<string, string>();

/** The folded key of one UTF-16 code unit: '' for ignored characters and combining marks. */
function foldChar(c: string): string {
  let k = folded.get(c);
  if (k === undefined) {
    k = IGNORED.test(c) ? '' : (SHAPES[c] ?? c.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase());
    folded.set(c, k);
  }
  return k;
}

interface Keyed {
  keys: string;
  /** origin[i]: the offset in the text of the character that key character i came from. */
  origin: Int32Array;
}

function keyText(text: string): Keyed {
  let keys = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const k = foldChar(text[i]!);
    for (let j = 0; j < k.length; j++) origin.push(i);
    keys += k;
  }
  return { keys, origin: Int32Array.from(origin) };
}

const GRAM = 12;

/** Position of every GRAM-character run that occurs once; repeated runs map to -1. */
function uniqueRuns(keys: string): Map<string, number> {
  const runs = new Map<string, number>();
  for (let i = 0; i + GRAM <= keys.length; i++) {
    const run = keys.slice(i, i + GRAM);
    runs.set(run, runs.has(run) ? -1 : i);
  }
  return runs;
}

/** Indices into `values` of a longest strictly increasing subsequence (patience sorting). */
function longestIncreasing(values: readonly number[]): number[] {
  const tails: number[] = [];
  const previous = new Array<number>(values.length).fill(-1);
  for (let i = 0; i < values.length; i++) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]!]! < values[i]!) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1]!;
    tails[lo] = i;
  }
  const chain: number[] = [];
  for (let i = tails.length === 0 ? -1 : tails[tails.length - 1]!; i >= 0; i = previous[i]!) chain.push(i);
  return chain.reverse();
}

/** Longest gap side closed by a longest common subsequence: a repaired word or two, not a paragraph. */
const MAX_GAP = 64;

/**
 * Pairs the key characters of a gap, src[s0, s1) against der[d0, d1): equal characters from both
 * ends, then, for what is left when both sides are short, a longest common subsequence if it
 * covers most of the shorter side (unrelated text shares scattered letters). A gap where one side
 * is long is text dropped or added, left unpaired.
 */
function closeGap(src: string, der: string, s0: number, s1: number, d0: number, d1: number, pair: Int32Array, fromStart: boolean, fromEnd: boolean): void {
  if (fromStart) {
    while (s0 < s1 && d0 < d1 && src[s0] === der[d0]) pair[d0++] = s0++;
  }
  if (fromEnd) {
    while (s0 < s1 && d0 < d1 && src[s1 - 1] === der[d1 - 1]) pair[--d1] = --s1;
  }
  const n = s1 - s0;
  const m = d1 - d0;
  if (n === 0 || m === 0 || Math.max(n, m) > MAX_GAP) return;
  // lcs[i][j]: longest common subsequence of src[s0 + i..s1) and der[d0 + j..d1).
  const w = m + 1;
  const lcs = new Int32Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * w + j] = src[s0 + i] === der[d0 + j] ? lcs[(i + 1) * w + j + 1]! + 1 : Math.max(lcs[(i + 1) * w + j]!, lcs[i * w + j + 1]!);
    }
  }
  if (lcs[0]! < 0.6 * Math.min(n, m)) return;
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (src[s0 + i] === der[d0 + j]) {
      pair[d0 + j] = s0 + i;
      i++;
      j++;
    } else if (lcs[(i + 1) * w + j]! >= lcs[i * w + j + 1]!) i++;
    else j++;
  }
}

export interface Alignment {
  /** For each offset of the derived text: the offset of the source character it pairs with, or -1. */
  toSource: Int32Array;
  /** For each offset of the source text: 1 when the derived text kept that character. */
  kept: Uint8Array;
}

/** Aligns `derived` (the product's article.text) onto `source` (the record's text). */
export function alignText(source: string, derived: string): Alignment {
  const src = keyText(source);
  const der = keyText(derived);
  const pair = new Int32Array(der.keys.length).fill(-1);

  if (src.keys === der.keys) {
    for (let i = 0; i < pair.length; i++) pair[i] = i;
  } else {
    const srcRuns = uniqueRuns(src.keys);
    const anchors: { s: number; d: number }[] = [];
    for (const [run, d] of uniqueRuns(der.keys)) {
      const s = d < 0 ? undefined : srcRuns.get(run);
      if (s !== undefined && s >= 0) anchors.push({ s, d });
    }
    anchors.sort((a, b) => a.s - b.s);
    const chain = longestIncreasing(anchors.map((a) => a.d)).map((i) => anchors[i]!);
    // Pair each anchor's run, keeping the pairs increasing on both sides.
    let lastS = -1;
    let lastD = -1;
    const runs: { s: number; d: number; n: number }[] = [];
    for (const a of chain) {
      const skip = Math.max(0, lastS - a.s + 1, lastD - a.d + 1);
      if (skip >= GRAM) continue;
      const s = a.s + skip;
      const d = a.d + skip;
      const n = GRAM - skip;
      for (let t = 0; t < n; t++) pair[d + t] = s + t;
      runs.push({ s, d, n });
      lastS = s + n - 1;
      lastD = d + n - 1;
    }
    // Close the gaps: before the first run only from its end (a dropped headline must not lend
    // its first word), after the last only from its start, between runs from both.
    let s0 = 0;
    let d0 = 0;
    for (const [i, r] of runs.entries()) {
      closeGap(src.keys, der.keys, s0, r.s, d0, r.d, pair, i > 0, true);
      s0 = r.s + r.n;
      d0 = r.d + r.n;
    }
    closeGap(src.keys, der.keys, s0, src.keys.length, d0, der.keys.length, pair, true, runs.length === 0);
  }

  const toSource = new Int32Array(derived.length).fill(-1);
  const kept = new Uint8Array(source.length);
  for (let d = 0; d < pair.length; d++) {
    const s = pair[d]!;
    if (s < 0) continue;
    const from = src.origin[s]!;
    toSource[der.origin[d]!] = from;
    kept[from] = 1;
  }
  return { toSource, kept };
}

/** A span of the derived text as a span of the source: from its first to its last paired character; null when none pairs. */
export function mapSpan(alignment: Alignment, start: number, end: number): { start: number; end: number } | null {
  let first = -1;
  let last = -1;
  for (let i = Math.max(0, start); i < Math.min(end, alignment.toSource.length); i++) {
    const s = alignment.toSource[i]!;
    if (s < 0) continue;
    if (first < 0) first = s;
    last = s;
  }
  return first < 0 || last < first ? null : { start: first, end: last + 1 };
}

/** Non-whitespace characters of source[start, end), and how many of them the derived text kept. */
export function countKept(alignment: Alignment, source: string, start: number, end: number): { chars: number; kept: number } {
  let chars = 0;
  let kept = 0;
  for (let i = start; i < end; i++) {
    if (foldChar(source[i]!) === '') continue;
    chars++;
    kept += alignment.kept[i]!;
  }
  return { chars, kept };
}

/** True when source[start, end) has text and none of it is in the derived text. */
export function isDropped(alignment: Alignment, source: string, start: number, end: number): boolean {
  const { chars, kept } = countKept(alignment, source, start, end);
  return chars > 0 && kept === 0;
}

/** Whether a character of the source counts as text (not whitespace or an invisible one). */
export function isTextChar(c: string): boolean {
  return foldChar(c) !== '';
}
