import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractBrief } from '../../src/extract/index.js';
import { SEED } from '../helpers.js';
import { article } from './excerpt.js';

const REF = { referenceTime: '2023-06-07T12:00:00Z' };

describe('extractSummary', () => {
  it('leads with the first full sentence of the seed, skipping the headline fragments above it', () => {
    const text = readFileSync(SEED, 'utf8');
    const { summary } = extractBrief(article(text), REF);
    expect(summary.length).toBeGreaterThanOrEqual(1);
    expect(summary.length).toBeLessThanOrEqual(3);
    expect(summary[0]!.text).toMatch(/^Former NATO chief Anders Rasmussen said some countries like Poland might take the plunge/);
    for (const s of summary) for (const e of s.evidence) expect(text.slice(e.start, e.end)).toBe(e.quote);
  });

  it('gives no bottom line for text with no sentence, and says why', () => {
    const brief = extractBrief(article('Poland and the Baltic States ready to send troops?\n\nMany guarantees requested'), REF);
    expect(brief.summary).toEqual([]);
    expect(brief.messages.map((m) => m.ruleId)).toContain('no-summary');
  });
});

describe('the second sentence of the bottom line', () => {
  it('is the one written right after the lead, never one that answers a skipped line', () => {
    const text = 'The mayor of Eastport made an unscheduled visit to the harbour on Saturday for a quick inspection of the sea wall.\n\nDo not believe it.\n\nWhich is not to say that the visit was anything but routine.';
    expect(extractBrief(article(text), REF).summary.map((s) => s.text)).toEqual(['The mayor of Eastport made an unscheduled visit to the harbour on Saturday for a quick inspection of the sea wall.']);
  });

  it('joins the lead when it follows it directly and stands on its own', () => {
    const text = 'The council of Eastport voted on Monday to close the town library next year to save money.\n\nBut the final decision rests with the county, which will meet in April to review it.';
    expect(extractBrief(article(text), REF).summary).toHaveLength(2);
  });
});
