// The article-extraction benchmark's score (scrapinghub/article-extraction-benchmark
// `evaluate.py`, README section 3 of ../shared/eval): shingles of 4 `\w+` tokens, per-page
// tp/fp/fn normalised to sum 1, mean precision and mean recall over the pages, F1 of the means.
// Pure: texts in, numbers out.

/** Python's Unicode `\w`: letters, numbers (Nd/Nl/No) and the underscore; not combining marks. */
const TOKEN = /[\p{L}\p{N}_]+/gu;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Multiset of 4-token shingles; fewer than 4 tokens give one shorter shingle, none give none. */
export function shingles(text: string, n = 4): Map<string, number> {
  const tokens = tokenize(text);
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const shingle = tokens.slice(i, i + n);
    if (shingle.length === 0) continue;
    // U+0001 cannot be part of a token, so the join is unambiguous.
    const key = shingle.join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export interface PageCounts {
  tp: number;
  fp: number;
  fn: number;
}

/** tp/fp/fn over shingles of one page, normalised so that they sum to 1 (unless all are 0). */
export function scorePage(truth: string, predicted: string): PageCounts {
  const t = shingles(truth);
  const p = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...t.keys(), ...p.keys()])) {
    const tc = t.get(key) ?? 0;
    const pc = p.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fp += Math.max(0, pc - tc);
    fn += Math.max(0, tc - pc);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

export function pagePrecision({ tp, fp, fn }: PageCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

export function pageRecall({ tp, fp, fn }: PageCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

export interface BenchmarkScore {
  precision: number;
  recall: number;
  f1: number;
  /** Share of pages whose token sequence equals the ground truth's. */
  accuracy: number;
  pages: number;
}

const mean = (xs: readonly number[]): number => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);

/** Scores predictions against the ground truth, page by page; a missing prediction is empty text. */
export function scoreBenchmark(truth: ReadonlyMap<string, string>, predicted: ReadonlyMap<string, string>): BenchmarkScore {
  const pages = [...truth.entries()].map(([id, text]) => ({ text, pred: predicted.get(id) ?? '' }));
  const counts = pages.map(({ text, pred }) => scorePage(text, pred));
  const precision = mean(counts.filter((c) => c.tp + c.fp > 0).map(pagePrecision));
  const recall = mean(counts.filter((c) => c.tp + c.fn > 0).map(pageRecall));
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const same = pages.filter(({ text, pred }) => tokenize(text).join(' ') === tokenize(pred).join(' ')).length;
  return { precision, recall, f1, accuracy: pages.length === 0 ? 0 : same / pages.length, pages: pages.length };
}
