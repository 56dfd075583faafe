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

describe('a lead that tells the reader to do something', () => {
  it('gives way to the first sentence that states the news', () => {
    const text = 'Listen to the full interview on our radio station from seven tonight.\n\nThe club chairman says the captain will decide his own future at the end of the season.';
    expect(extractBrief(article(text), REF).summary[0]!.text).toMatch(/^The club chairman says/);
    const welcome = 'Welcome to the new ZephyrBook laptop.\n\nWhile it looks familiar, the maker has changed the keyboard and the screen in a big way.';
    expect(extractBrief(article(welcome), REF).summary[0]!.text).toMatch(/^While it looks familiar/);
  });

  it('stays when it is joined to a clause that states a fact, or nothing else fits', () => {
    const text = 'Spin the radio dial in the city and you will find plenty of folk music on the air.\n\nBut what you will not find is much jazz from the local clubs.';
    expect(extractBrief(article(text), REF).summary[0]!.text).toMatch(/^Spin the radio dial/);
    const alone = 'Listen to the full interview on our radio station from seven tonight.';
    expect(extractBrief(article(alone), REF).summary[0]!.text).toMatch(/^Listen to the full interview/);
  });
});
