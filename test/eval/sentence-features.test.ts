// The sentence features the eval measures open questions by, on sentences written for the tests:
// which grammatical features a sentence carries, and how the linear model scores them.
import { describe, expect, it } from 'vitest';
import { extractDates } from '../../src/extract/dates/index.js';
import { analyseText } from '../../src/extract/nlp.js';
import { buildRuleContext } from '../../src/extract/questions/index.js';
import { scoreSentence, sentenceFeatures } from '../../scripts/eval/sentence-features.js';

const REFERENCE = '2005-03-01T09:00:00Z';

function read(text: string) {
  const analysis = analyseText(text);
  const dates = extractDates(analysis, { referenceTime: REFERENCE });
  const input = { analysis, dates, claims: [], actors: [], referenceTime: REFERENCE };
  const ctx = buildRuleContext(input);
  return { input, features: analysis.sentences.map((s) => sentenceFeatures(analysis, s, ctx)) };
}

const on = (f: Record<string, number>): string[] => Object.keys(f).filter((k) => f[k]).sort();

describe('sentenceFeatures', () => {
  it('reads modals, conditions, attribution and a date ahead', () => {
    const [f] = read('The regulator said the merger could be blocked if the two firms fail to sell stores next month.').features;
    expect(on(f!)).toEqual(expect.arrayContaining(['conditional', 'date-ahead', 'modal-epistemic', 'reporting-verb']));
    expect(f!['modal-will']).toBeUndefined();
  });

  it('tells the future "will" from "would" and reads a predictive adjective with its "to"', () => {
    const [will, likely] = read('The council will vote on the budget. The mayor is likely to resign.').features;
    expect(on(will!)).toContain('modal-will');
    expect(on(will!)).not.toContain('modal-would');
    expect(on(likely!)).toContain('be-adj-to');
  });

  it('marks passive hearsay, stated unknowns and an open "whether"', () => {
    const [weasel, unknown, whether] = read(
      'The striker is said to be unhappy at the club. The cause of the fire is unclear. Officials are deciding whether the bridge reopens.',
    ).features;
    expect(on(weasel!)).toContain('weasel-passive');
    expect(on(unknown!)).toContain('unknown');
    expect(on(whether!)).toContain('whether');
  });

  it('gives a plain past report none of the uncertainty features', () => {
    const [f] = read('The company opened a new factory in Leeds in 1998 and hired 200 workers.').features;
    for (const k of ['modal-will', 'modal-epistemic', 'conditional', 'hedge', 'belief-verb', 'date-ahead', 'whether', 'unknown']) expect(f![k]).toBeUndefined();
  });
});

describe('scoreSentence', () => {
  it('is the logistic of the bias plus the weights of the features on', () => {
    expect(scoreSentence({}, { bias: 0 })).toBe(0.5);
    expect(scoreSentence({ a: 1, b: 0 }, { bias: -1, a: 3, b: 5 })).toBeCloseTo(1 / (1 + Math.exp(-2)), 10);
  });
});
