// The dates of a brief made through the product, as TIMEX3s of the record they were made from:
// evidence offsets read through the alignment of article.text onto the record's text, so that
// they can be scored against the gold timexes (tempeval-score.ts); a range by its two ends. Pure.
import type { Brief, DateItem } from '../../src/brief/model.js';
import { alignText, isDropped, mapSpan } from './align-text.js';
import { countTimexMatches, type Timex, type TimexCounts } from './tempeval-score.js';

const TYPES: Partial<Record<DateItem['kind'], string>> = { date: 'DATE', time: 'TIME', duration: 'DURATION', set: 'SET' };

export interface TimexDoc {
  text: string;
  timexes: readonly Timex[];
  /** Gold exists only before this offset (MEANTIME); the text's length elsewhere. */
  annotatedEnd: number;
}

export interface ProductTimexScore {
  counts: TimexCounts;
  /** Gold timexes in text the product dropped (a first line taken as headline, ...); counted as missed. */
  dropped: Timex[];
  predicted: Timex[];
}

/**
 * Scores a brief's dates against a document's gold timexes. Dates read from the page header
 * (origin "metadata", no evidence) and dates in text the record does not have (a headline line)
 * are not timexes of the record and are left out.
 */
export function scoreProductTimexes(doc: TimexDoc, brief: Pick<Brief, 'article' | 'dates'>): ProductTimexScore {
  const alignment = alignText(doc.text, brief.article.text);
  const predicted: Timex[] = [];
  for (const d of brief.dates) {
    if (d.origin !== 'text') continue;
    // A range's ends are given apart in brief.json, each with its span, as TimeML annotates them.
    const parts = d.ends?.map((e) => ({ evidence: e.evidence, value: e.timex ?? e.value })) ?? [{ evidence: d.evidence[0], value: d.timex ?? d.value }];
    for (const { evidence, value } of parts) {
      if (evidence === undefined) continue;
      const span = mapSpan(alignment, evidence.start, evidence.end);
      if (span === null || span.start >= doc.annotatedEnd) continue;
      // brief.json writes TimeML's own value beside a calendar one where the two differ.
      predicted.push({ ...span, type: TYPES[d.kind] ?? d.kind.toUpperCase(), value });
    }
  }
  return {
    counts: countTimexMatches(doc.timexes, predicted),
    dropped: doc.timexes.filter((t) => isDropped(alignment, doc.text, t.start, t.end)),
    predicted,
  };
}

/** A document the product refused: every gold timex missed, nothing predicted. */
export function scoreRefusedTimexes(doc: TimexDoc): TimexCounts {
  return countTimexMatches(doc.timexes, []);
}
