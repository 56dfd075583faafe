// Inputs built to make the question rules backtrack or loop. The limit is loose: it guards
// against blow-up, not against a slow machine.
import { describe, expect, it } from 'vitest';
import { analyseText } from '../../src/extract/nlp.js';
import { extractQuestions } from '../../src/extract/questions/index.js';

const LIMIT_MS = 3000;

const repeat = (unit: string, length: number): string => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

const CASES: Array<[string, string]> = [
  ['a 100k-character line of words', repeat('the bill may unravel further and ', 100_000)],
  ['50k repeated "if "', 'if '.repeat(50_000)],
  ['thousands of question marks', '?'.repeat(5_000) + ' Will it? '.repeat(2_000)],
  ['nested quotes', '“'.repeat(2_000) + '"‘Will NATO agree?’" ' .repeat(1_000) + '”'.repeat(2_000)],
  ['repeated whether clauses', 'to see whether it is possible '.repeat(5_000)],
  ['a sentence of modals', 'could might may will would '.repeat(10_000)],
  ['dashes and parentheses', '- ( - ) - '.repeat(10_000)],
  // A bracket closing right before the consequence's modal once reached a RegExp unescaped.
  ['a bracket before the consequence', 'If the two plans were the same, many voters (and most officials) would be far happier with the deal. ' + 'If rates rose [sharply] would prices fall? '.repeat(3)],
];

describe('extractQuestions on pathological input', () => {
  it.each(CASES)('%s finishes quickly', (_name, text) => {
    const analysis = analyseText(text);
    const t0 = performance.now();
    const qs = extractQuestions({ analysis, dates: [], claims: [], actors: [] });
    const ms = performance.now() - t0;
    expect(ms).toBeLessThan(LIMIT_MS);
    expect(qs.length).toBeLessThanOrEqual(8);
    for (const q of qs) {
      expect(q.text).toMatch(/\?$/);
      for (const e of q.evidence) expect(text.slice(e.start, e.end)).toBe(e.quote);
    }
  });
});
