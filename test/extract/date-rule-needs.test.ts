// A date rule's `needs` lets the scan skip the rule on a text without any of those words. It is
// only safe if every match of the rule holds one of them: these phrases, each matched by a gated
// rule, check that, and that the scan finds with the gates what it finds without them.
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/extract/dates/rules.js';

const PHRASES = [
  'in the second week of March the board met',
  'prices rose through the 1990s and the mid-80s, and the ’70s',
  'a sound of the late sixties and the twenties',
  'since the early 19th century and the 21st-century economy',
  'on Tuesday evening, yesterday morning and the day after tomorrow',
  'late this afternoon and earlier this evening, then last night',
  'years ago and months earlier, days later, weeks before the vote',
  'the year-ago quarter and a year earlier and the year before',
  'in nineteen ninety-four and two thousand and three',
  'at the year-end and by the year’s end',
  'in the early morning and mid-afternoon',
  'a decades-long feud and a months-long wait',
  'over the weekend and at the weekend',
  'Q3 2004 sales, 2Q05 and H1 results',
  'last spring and in the summer of 2003, this autumn, next winter, the fall of 1999',
  'this season and the rest of the season before last',
  'on Christmas Eve, New Year’s Day, Easter Sunday, Halloween, Boxing Day and Hogmanay 2004',
  'in the near future, the coming months, future quarters and the short term',
  'published daily, fortnightly, biannually and biennially',
  'on Mondays and Sunday evenings',
  'twice a year, three times per week and once every month',
];

describe('date rules that need a word', () => {
  const gated = RULES.filter((rule) => rule.needs);

  it('every match of a gated rule holds one of its words', () => {
    let matched = 0;
    for (const rule of gated) {
      for (const text of PHRASES) {
        const pattern = new RegExp(rule.pattern.source, rule.pattern.flags);
        for (const m of text.matchAll(pattern)) {
          matched++;
          const words = m[0].toLowerCase();
          expect(rule.needs!.some((w) => words.includes(w)), `${rule.name}: "${m[0]}"`).toBe(true);
        }
      }
    }
    expect(matched).toBeGreaterThan(gated.length);
  });

  it('each gated rule matches one of the phrases above', () => {
    for (const rule of gated) {
      const pattern = new RegExp(rule.pattern.source, rule.pattern.flags.replace('g', ''));
      expect(PHRASES.some((text) => pattern.test(text)), rule.name).toBe(true);
    }
  });
});
