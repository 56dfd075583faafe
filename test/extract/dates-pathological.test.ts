// Inputs built to make regexes backtrack or loops run away. Each must finish quickly: the limit is
// loose (2 s) because it guards against exponential blow-up, not against a slow machine.
import { describe, expect, it } from 'vitest';
import { analyseText } from '../../src/extract/nlp.js';
import { extractDates } from '../../src/extract/dates/index.js';

const LIMIT_MS = 2000;

function timeExtraction(text: string): { ms: number; count: number } {
  const analysis = analyseText(text);
  const t0 = performance.now();
  const dates = extractDates(analysis, { referenceTime: '2023-06-07T12:00:00Z' });
  const ms = performance.now() - t0;
  let lastEnd = 0;
  for (const d of dates) {
    expect(d.text).toBe(text.slice(d.start, d.end));
    expect(d.start).toBeGreaterThanOrEqual(lastEnd);
    lastEnd = d.end;
  }
  return { ms, count: dates.length };
}

const repeat = (unit: string, length: number): string => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

const CASES: Array<[string, string]> = [
  ['100k digits', repeat('1234567890', 100_000)],
  ['50k repeated "and "', 'and '.repeat(50_000)],
  ['numbers joined by dots', repeat('12.', 60_000)],
  ['numbers joined by dashes', repeat('12-', 60_000)],
  ['numbers joined by slashes', repeat('12/', 60_000)],
  ['year-like runs with spaces', repeat('2009 to 2014 to ', 60_000)],
  ['day ranges without a month', repeat('11.- 12. ', 60_000)],
  ['month names without days', repeat('May June July ', 60_000)],
  ['counts without units', repeat('three four five six ', 60_000)],
  ['modifiers without a quantity', repeat('more than about nearly ', 60_000)],
  ['clock-like digits', repeat('12:34:56:78 ', 60_000)],
  ['unicode: emoji, accents, right-to-left', repeat('🗓️ 11 juillet — ١١ يوليو ‏ 12. Juli ñ̃ ', 60_000)],
  // 20k, not 100k: wink's tokenizer (src/extract/nlp.ts) needs ~8 s for a 100k-letter word.
  ['one long word', 'a'.repeat(20_000)],
  ['whitespace only', ' \n\t'.repeat(30_000)],
];

describe('pathological inputs', () => {
  for (const [name, text] of CASES) {
    it(`${name} completes in well under a second`, () => {
      const { ms } = timeExtraction(text);
      expect(ms).toBeLessThan(LIMIT_MS);
    });
  }

  it('still finds dates at both ends of a long noisy text', () => {
    const text = `On 11 July 2023 ${'x1.2-3/4 '.repeat(20_000)} until 12 July 2023.`;
    const analysis = analyseText(text);
    const values = extractDates(analysis, { referenceTime: '2023-06-07T12:00:00Z' }).map((d) => d.value);
    expect(values[0]).toBe('2023-07-11');
    expect(values[values.length - 1]).toBe('2023-07-12');
  });
});
