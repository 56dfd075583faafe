// Pathological inputs through the whole extractor: each must finish quickly. These guard every
// regular expression and scan in extract/ against catastrophic backtracking and quadratic loops.
import { describe, expect, it } from 'vitest';
import { extractBrief } from '../../src/extract/index.js';
import { article } from './excerpt.js';

const REF = { referenceTime: '2023-06-07T12:00:00Z' };
const LIMIT_MS = 3000;

function timed(text: string): number {
  const started = performance.now();
  const brief = extractBrief(article(text), REF);
  const ms = performance.now() - started;
  for (const c of brief.claims) for (const e of c.evidence) expect(text.slice(e.start, e.end)).toBe(e.quote);
  return ms;
}

describe('extractBrief on pathological input', () => {
  const cases: [string, () => string][] = [
    ['a 100k-character line', () => 'x'.repeat(100_000)],
    ['a 100k-character line of words', () => 'word '.repeat(20_000)],
    ['50k repeated "and "', () => 'and '.repeat(50_000)],
    ['thousands of unbalanced opening quotes', () => '"He said '.repeat(5_000)],
    ['thousands of nested curly quotes', () => `${'“'.repeat(5_000)}words${'”'.repeat(5_000)}`],
    ['thousands of alternating straight quotes without spaces', () => '"a"'.repeat(10_000)],
    ['a long run of capitalised words', () => `${'Alpha Beta Gamma Delta '.repeat(3_000)}said.`],
    ['capitalised words joined by "of"', () => `${'Bank of '.repeat(5_000)}England said.`],
    ['a huge number of commas', () => `He said${', and'.repeat(20_000)} it.`],
    ['a huge number of dashes and appositions', () => `Mr Smith${' - a spokesman -'.repeat(5_000)} said it would fall.`],
    ['many speech verbs with pronouns', () => 'He said she said they said it said. '.repeat(3_000)],
    ['blank lines only', () => '\n\n'.repeat(30_000)],
    ['a long run of ranks before a name', () => `${'Lt. Col. '.repeat(5_000)}Daniel Okafor said it.`],
    ['office possessives chained in one name', () => `The ${"Attorney's ".repeat(5_000)}Office said it would appeal.`],
    ['many relative clauses after names', () => `${'Solicitor Helen Marsh, who represents the families of '.repeat(2_000)}them, said so.`],
    ['many party tags and families', () => `${'Rep. Jane Holloway, D-Ohio, met the Keane and Dwyer families, '.repeat(2_000)}and said so.`],
    ['a long chain of titles with complements', () => `${'former envoy to the European Union and ambassador to '.repeat(2_000)}Ukraine Kurt Volker said so.`],
  ];
  for (const [name, make] of cases) {
    it(`finishes on ${name}`, () => {
      expect(timed(make())).toBeLessThan(LIMIT_MS);
    });
  }
});
