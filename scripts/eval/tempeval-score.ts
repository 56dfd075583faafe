// Scoring of temporal expressions, as TempEval-3 computes it, and of the date part of the gold
// briefs (eval/GOLD.md). Pure: the callers read the data and print the tables.

/** A TIMEX3 as annotated or predicted: extent, type and normalised value. */
export interface Timex {
  start: number;
  end: number;
  type: string;
  value: string;
}

/** Raw counts; they add up over documents before any ratio is taken (micro-averaging). */
export interface TimexCounts {
  gold: number;
  system: number;
  /** Gold/system pairs aligned by overlapping extents (one-to-one). */
  relaxed: number;
  /** Aligned pairs with identical extents. */
  strict: number;
  typeMatches: number;
  valueMatches: number;
}

export interface PrecisionRecall {
  precision: number;
  recall: number;
  f1: number;
}

export interface TimexScores {
  strict: PrecisionRecall;
  relaxed: PrecisionRecall;
  typeAccuracy: number;
  valueAccuracy: number;
  /** relaxed F1 × value accuracy: TempEval-3's headline figure. */
  valueF1: number;
}

export const emptyCounts = (): TimexCounts => ({ gold: 0, system: 0, relaxed: 0, strict: 0, typeMatches: 0, valueMatches: 0 });

const overlaps = (a: Timex, b: Timex): boolean => a.start < b.end && b.start < a.end;

/**
 * Aligns system to gold TIMEX3s the way the TimeML-Normalizer gives them shared ids before the
 * TempEval-3 scorer runs: each entity pairs with at most one overlapping entity of the other side.
 * Exact twins pair first so that a wide prediction does not steal the partner of an exact one.
 */
export function countTimexMatches(gold: readonly Timex[], system: readonly Timex[]): TimexCounts {
  const partner = new Array<number>(gold.length).fill(-1);
  const taken = new Set<number>();
  gold.forEach((g, gi) => {
    const s = system.findIndex((x, si) => !taken.has(si) && x.start === g.start && x.end === g.end);
    if (s >= 0) {
      partner[gi] = s;
      taken.add(s);
    }
  });
  gold.forEach((g, gi) => {
    if (partner[gi]! >= 0) return;
    const s = system.findIndex((x, si) => !taken.has(si) && overlaps(x, g));
    if (s >= 0) {
      partner[gi] = s;
      taken.add(s);
    }
  });
  const counts = emptyCounts();
  counts.gold = gold.length;
  counts.system = system.length;
  gold.forEach((g, gi) => {
    const s = system[partner[gi]!];
    if (!s) return;
    counts.relaxed++;
    if (s.start === g.start && s.end === g.end) counts.strict++;
    if (s.type === g.type) counts.typeMatches++;
    if (s.value === g.value) counts.valueMatches++;
  });
  return counts;
}

export function addCounts(a: TimexCounts, b: TimexCounts): TimexCounts {
  return {
    gold: a.gold + b.gold,
    system: a.system + b.system,
    relaxed: a.relaxed + b.relaxed,
    strict: a.strict + b.strict,
    typeMatches: a.typeMatches + b.typeMatches,
    valueMatches: a.valueMatches + b.valueMatches,
  };
}

const ratio = (n: number, d: number): number => (d === 0 ? 0 : n / d);

export function computePrecisionRecall(matchedSystem: number, system: number, matchedGold: number, gold: number): PrecisionRecall {
  const precision = ratio(matchedSystem, system);
  const recall = ratio(matchedGold, gold);
  return { precision, recall, f1: ratio(2 * precision * recall, precision + recall) };
}

export function summariseCounts(c: TimexCounts): TimexScores {
  const strict = computePrecisionRecall(c.strict, c.system, c.strict, c.gold);
  const relaxed = computePrecisionRecall(c.relaxed, c.system, c.relaxed, c.gold);
  const valueAccuracy = ratio(c.valueMatches, c.relaxed);
  return {
    strict,
    relaxed,
    typeAccuracy: ratio(c.typeMatches, c.relaxed),
    valueAccuracy,
    valueF1: relaxed.f1 * valueAccuracy,
  };
}

// ---- gold briefs -------------------------------------------------------------------------------

const QUARTER_MONTHS: Record<string, [string, string]> = {
  '1': ['01', '03'],
  '2': ['04', '06'],
  '3': ['07', '09'],
  '4': ['10', '12'],
};

/** Writes a value in one canonical form so that `2004-Q4` and `2004-10/2004-12` compare equal. */
export function canonicaliseValue(value: string): string {
  const q = /^(\d{4})-Q([1-4])$/.exec(value);
  if (q) {
    const [from, to] = QUARTER_MONTHS[q[2]!]!;
    return `${q[1]}-${from}/${q[1]}-${to}`;
  }
  return value;
}

export interface BriefDateScores {
  gold: number;
  predicted: number;
  recalled: number;
  correct: number;
  recall: number;
  precision: number;
}

/** GOLD.md "Dates": recall over gold values, precision over predicted values, by equality. */
export function scoreBriefDates(goldValues: readonly string[], predictedValues: readonly string[]): BriefDateScores {
  const gold = new Set(goldValues.map(canonicaliseValue));
  const predicted = new Set(predictedValues.map(canonicaliseValue));
  const recalled = goldValues.filter((v) => predicted.has(canonicaliseValue(v))).length;
  const correct = predictedValues.filter((v) => gold.has(canonicaliseValue(v))).length;
  return {
    gold: goldValues.length,
    predicted: predictedValues.length,
    recalled,
    correct,
    recall: ratio(recalled, goldValues.length),
    precision: ratio(correct, predictedValues.length),
  };
}

export function addBriefScores(a: BriefDateScores, b: BriefDateScores): BriefDateScores {
  const gold = a.gold + b.gold;
  const predicted = a.predicted + b.predicted;
  const recalled = a.recalled + b.recalled;
  const correct = a.correct + b.correct;
  return { gold, predicted, recalled, correct, recall: ratio(recalled, gold), precision: ratio(correct, predicted) };
}

export const emptyBriefScores = (): BriefDateScores => ({ gold: 0, predicted: 0, recalled: 0, correct: 0, recall: 0, precision: 0 });
