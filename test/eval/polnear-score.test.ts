import { describe, expect, it } from 'vitest';
import type { Actor, Claim } from '../../src/brief/model.js';
import { cutApposition, isNamedSource, nameWords, scorePolnear, scoreRefused, type Attribution, type PolnearRecord } from '../../scripts/eval/polnear-score.js';

// A hand-made article: two paragraphs, three attributions.
const TEXT = [
  'Jane Roe, the county clerk, said the count would finish on Friday.',
  '“We are nearly done,” she told reporters. Officials believe the turnout was high.',
].join('\n\n');

function span(part: string, nth = 0): { start: number; end: number; text: string } {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = TEXT.indexOf(part, at + 1);
  if (at < 0) throw new Error(`fixture: "${part}" not in text`);
  return { start: at, end: at + part.length, text: part };
}

const ATTRIBUTIONS: Attribution[] = [
  { id: 'E1', source: span('Jane Roe, the county clerk,'), cue: span('said'), content: span('the count would finish on Friday'), derived: { quote: 'indirect', cue_class: 'speech' } },
  { id: 'E2', source: span('she'), cue: span('told'), content: span('“We are nearly done,”'), derived: { quote: 'direct', cue_class: 'speech' } },
  { id: 'E3', source: span('Officials'), cue: span('believe'), content: span('the turnout was high'), derived: { quote: 'indirect', cue_class: 'internal' } },
];

const RECORD: PolnearRecord = { id: 'x', publisher: 'p', published: '2016-10-01', title: 'T', text: TEXT, attributions: ATTRIBUTIONS };

/** The product's text: paragraphs with single spaces, so offsets differ from the record's. */
const ARTICLE_TEXT = TEXT.replace('\n\n', '\n\n\n');

function claim(id: string, quote: string, speaker: string | null, speakerId: string | null = null): Claim {
  const start = ARTICLE_TEXT.indexOf(quote);
  if (start < 0) throw new Error(`fixture: "${quote}" not in article text`);
  return { id, text: quote, kind: 'reported', speaker, speakerId, cue: null, hedged: false, evidence: [{ start, end: start + quote.length, quote }] };
}

const roe: Actor = { id: 'a1', name: 'Jane Roe', type: 'person', role: null, aliases: ['Roe'], key: true, salience: 1, mentions: [{ start: 0, end: 8, quote: 'Jane Roe' }] };

describe('source names', () => {
  it('cuts the apposition and ignores words that name no one', () => {
    expect(cutApposition('Jane Roe, the county clerk,')).toBe('Jane Roe');
    expect([...nameWords('Sen. Jane Roe’s office')]).toEqual(['jane', 'roe', 'office']);
    expect(isNamedSource('Mr. McGinley')).toBe(true);
    expect(isNamedSource('The Indiana governor')).toBe(false);
    expect(isNamedSource('she')).toBe(false);
  });

  it('takes the name in apposition to a description, but no place', () => {
    expect(cutApposition('A lawyer for the news outlets, David Schulz,')).toBe('David Schulz');
    expect(isNamedSource('The minister of the economy, Mr. Guajardo Villarreal,')).toBe(true);
    expect(cutApposition('a farmer from Ames, Iowa,')).toBe('a farmer from Ames');
    expect(cutApposition('A Fox News poll, conducted jointly with Shaw & Company Research (R)')).toBe('A Fox News poll');
    expect(cutApposition('Rep. Jim Clyburn (D-S.C.), the assistant leader')).toBe('Rep. Jim Clyburn');
    expect(cutApposition("The Podesta Group's CEO, Kimberley Fritts,")).toBe('Kimberley Fritts');
    expect(cutApposition('the director of the Federal Bureau of Investigation, James B. Comey,')).toBe('James B. Comey');
    expect(cutApposition("Trump's son-in-law, Jared Kushner")).toBe('Jared Kushner');
  });

  it('judges a speaker right that equals a source of words that name no one by themselves', () => {
    const text = 'Democrats said the vote was rigged.';
    const at = (part: string): { start: number; end: number; text: string } => ({ start: text.indexOf(part), end: text.indexOf(part) + part.length, text: part });
    const record: PolnearRecord = {
      ...RECORD,
      text,
      attributions: [{ id: 'E1', source: at('Democrats'), cue: at('said'), content: at('the vote was rigged'), derived: { quote: 'indirect', cue_class: 'speech' } }],
    };
    const says = (speaker: string): Claim => ({ id: 'c1', text, kind: 'reported', speaker, speakerId: null, cue: null, hedged: false, evidence: [{ start: 0, end: text.length, quote: text }] });
    expect(scorePolnear(record, { article: { text }, claims: [says('Democrats')], actors: [] }).counts.subsets.all.source).toEqual({ num: 1, den: 1 });
    expect(scorePolnear(record, { article: { text }, claims: [says('Republicans')], actors: [] }).counts.subsets.all.source).toEqual({ num: 0, den: 1 });
  });
});

describe('scorePolnear', () => {
  it('recalls by 30 % coverage, reads evidence through the alignment, and judges sources', () => {
    const claims = [
      claim('c1', 'Jane Roe, the county clerk, said the count would finish on Friday.', 'Roe', 'a1'),
      // Covers the quote; the gold source is a pronoun, right through the nearest named source.
      claim('c2', '“We are nearly done,” she told reporters.', 'Jane Roe'),
    ];
    const { counts } = scorePolnear(RECORD, { article: { text: ARTICLE_TEXT }, claims, actors: [roe] });
    expect(counts.subsets.all.recall).toEqual({ num: 2, den: 3 });
    expect(counts.subsets.speech.recall).toEqual({ num: 2, den: 2 });
    expect(counts.subsets.all.precision).toEqual({ num: 2, den: 2 });
    expect(counts.subsets.all.source).toEqual({ num: 2, den: 2 });
    expect(counts.subsets.all.sourceNameOnly).toEqual({ num: 1, den: 2 });
    expect(counts.viaNearestNamed).toBe(1);
    expect(counts.byQuote.direct).toEqual({ num: 1, den: 1 });
    expect(counts.byCue.internal).toEqual({ num: 0, den: 1 });
  });

  it('does not recall content a claim barely touches, and counts claims off every content as wrong', () => {
    const claims = [claim('c1', 'the county clerk, said the', null), claim('c2', 'Officials believe', 'officials')];
    const { counts } = scorePolnear(RECORD, { article: { text: ARTICLE_TEXT }, claims, actors: [] });
    expect(counts.subsets.all.recall.num).toBe(0);
    // c1 overlaps the first content by one word; c2 lies on a source and a cue only.
    expect(counts.subsets.all.precision).toEqual({ num: 1, den: 2 });
  });

  it('scores a wrong speaker as wrong', () => {
    const claims = [claim('c1', 'the count would finish on Friday', 'John Doe')];
    const { counts } = scorePolnear(RECORD, { article: { text: ARTICLE_TEXT }, claims, actors: [] });
    expect(counts.subsets.all.source).toEqual({ num: 0, den: 1 });
  });

  it('counts a refused article as all missed', () => {
    const counts = scoreRefused(RECORD);
    expect(counts.subsets.all.recall).toEqual({ num: 0, den: 3 });
    expect(counts.subsets.all.precision).toEqual({ num: 0, den: 0 });
  });
});
