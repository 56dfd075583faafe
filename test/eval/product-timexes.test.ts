import { describe, expect, it } from 'vitest';
import type { DateItem } from '../../src/brief/model.js';
import { scoreProductTimexes } from '../../scripts/eval/product-timexes.js';

const text = 'The plant ran from 2009 to 2014 and closed on Friday.';
const at = (part: string): { start: number; end: number; quote: string } => {
  const start = text.indexOf(part);
  return { start, end: start + part.length, quote: part };
};
const gold = [
  { ...at('2009'), type: 'DATE', value: '2009' },
  { ...at('2014'), type: 'DATE', value: '2014' },
];
const range: DateItem = {
  id: 'd1', text: '2009 to 2014', kind: 'date', value: '2009/2014', certainty: 'stated', event: null, origin: 'text', evidence: [at('2009 to 2014')],
};

describe('scoreProductTimexes', () => {
  it('scores a range by the two ends brief.json gives it, as TimeML annotates them', () => {
    const ends = [{ text: '2009', value: '2009', evidence: at('2009') }, { text: '2014', value: '2014', evidence: at('2014') }];
    const scored = scoreProductTimexes({ text, timexes: gold, annotatedEnd: text.length }, { article: { text } as never, dates: [{ ...range, ends }] });
    expect(scored.counts).toMatchObject({ gold: 2, system: 2, strict: 2, valueMatches: 2 });
  });

  it('without ends, a range is one timex whose value matches neither end', () => {
    const scored = scoreProductTimexes({ text, timexes: gold, annotatedEnd: text.length }, { article: { text } as never, dates: [range] });
    expect(scored.counts).toMatchObject({ gold: 2, system: 1, relaxed: 1, valueMatches: 0 });
  });
});
