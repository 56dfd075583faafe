// Prints the candidate lines weighed as a page's headline, with their scores and the features
// that made them: shared by the diagnostics that list headline misses.
import type { HeadlineCandidate } from '../../src/ingest/page-header.js';
import { normaliseTitle } from './title-date-score.js';

/** The features of a candidate that are set, compactly. */
export function describeCandidate(c: HeadlineCandidate): string {
  const f = c.features;
  const parts = [`shared ${f.shared}/${f.words}`, `offset ${f.offset}`];
  if (f.headsHeader !== null) parts.push(`heads ${f.headsHeader}`);
  for (const key of ['underHeadline', 'fullStop', 'sentenceHeadline', 'standfirst', 'repeatedNear', 'repeatedFar', 'furnitureWords', 'shouting', 'quotation', 'frames', 'siteName', 'inWall', 'listed', 'labelValue', 'overProse'] as const) if (f[key]) parts.push(key);
  return parts.join(', ');
}

/** The best-scored candidates and the true headline's, one line each ("*" marks the true one). */
export function listCandidates(candidates: readonly HeadlineCandidate[], truth: string, top: number): string[] {
  const wanted = normaliseTitle(truth);
  const ranked = [...candidates].sort((a, b) => b.score - a.score);
  const shown = ranked.slice(0, top);
  const truthCandidate = ranked.find((c) => normaliseTitle(c.text) === wanted);
  if (truthCandidate && !shown.includes(truthCandidate)) shown.push(truthCandidate);
  const out = shown.map((c) => `     ${c === truthCandidate ? '*' : ' '} ${c.score.toFixed(2).padStart(6)} L${c.line} ${JSON.stringify(c.text.slice(0, 90))} [${describeCandidate(c)}]`);
  if (!truthCandidate) out.push('       the headline is not a candidate');
  return out;
}
