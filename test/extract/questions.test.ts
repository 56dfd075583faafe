// Open questions on short excerpts of real articles (the seed and ../shared/corpus/bbc): exact
// question texts where the wording matters, basis and evidence everywhere.
import { describe, expect, it } from 'vitest';
import type { Actor, Claim, Question } from '../../src/brief/model.js';
import { extractDates } from '../../src/extract/dates/index.js';
import { analyseText } from '../../src/extract/nlp.js';
import { extractQuestions } from '../../src/extract/questions/index.js';

function ask(text: string, extra: { actors?: Actor[]; claims?: Claim[]; referenceTime?: string } = {}): Question[] {
  // referenceTime: what the dates in the excerpt resolve against.
  const analysis = analyseText(text);
  const referenceTime = extra.referenceTime ?? '2005-03-01T09:00:00Z';
  const dates = extractDates(analysis, { referenceTime });
  return extractQuestions({ analysis, dates, claims: extra.claims ?? [], actors: extra.actors ?? [] });
}

function expectWellFormed(text: string, qs: Question[]): void {
  for (const q of qs) {
    expect(q.text).toMatch(/^\p{Lu}[^"“”]*\?$/u);
    expect(q.text.split(' ').length).toBeLessThanOrEqual(25);
    for (const e of q.evidence) expect(text.slice(e.start, e.end)).toBe(e.quote);
  }
}

const person = (id: string, name: string, start: number): Actor => ({
  id, name, type: 'person', role: null, aliases: [], key: true, salience: 1, mentions: [{ start, end: start + name.length, quote: name }],
});

describe('extractQuestions', () => {
  it('turns a hedged prediction into a question, with its condition', () => {
    const text = 'Former NATO chief Anders Rasmussen said some countries like Poland might take the plunge and send troops to Ukraine if security guarantees aren’t found at the next summit in Vilnius in July.';
    const qs = ask(text, { referenceTime: '2023-06-07T12:00:00Z' });
    expect(qs.map((q) => [q.basis, q.text])).toEqual([
      ['hedged-prediction', 'Will some countries like Poland take the plunge and send troops to Ukraine if security guarantees aren’t found at the next summit?'],
    ]);
    expect(qs[0]!.evidence[0]!.quote).toBe(text);
    expectWellFormed(text, qs);
  });

  it('resolves "they" to the subject of the sentence', () => {
    const text = 'Airlines have attacked the legislation saying they could be forced to push prices higher to cover the extra cost.';
    expect(ask(text).map((q) => q.text)).toEqual(['Will airlines be forced to push prices higher to cover the extra cost?']);
  });

  it('reads the subject of a hedge past a relative clause set off by commas', () => {
    const text = 'Reports say Northfield Insurance, which owns a 1% stake in the bourse, may seek a shareholder vote on the offer.';
    expect(ask(text).map((q) => [q.basis, q.text])).toEqual([['hedged-prediction', 'Will Northfield Insurance seek a shareholder vote on the offer?']]);
  });

  it('asks whether something awaited now will come, but not what was expected in the past', () => {
    const awaited = 'Since then an improved offer from the bourse has been anticipated as its managers continued talks with the exchange.';
    expect(ask(awaited).map((q) => [q.basis, q.text])).toEqual([['hedged-prediction', 'Will an improved offer from the bourse materialise?']]);
    expect(ask('An improved offer was expected as talks went on.')).toEqual([]);
  });

  it('asks about the consequence of a conditional', () => {
    const text = '“If NATO cannot agree on a clear path for Ukraine, there is an obvious likelihood that some countries will act individually,” said the alliance’s Secretary General.';
    const qs = ask(text);
    expect(qs.map((q) => [q.basis, q.text])).toEqual([['conditional', 'Will some countries act individually if NATO cannot agree on a clear path for Ukraine?']]);
    expectWellFormed(text, qs);
  });

  it('asks whether a demand with a deadline will be met', () => {
    const text = 'The National Union of Journalists has called on the management to recall the notice of redundancy by midday on Monday or face a strike ballot.';
    const qs = ask(text, { referenceTime: '2005-02-04T16:38:00Z' });
    expect(qs.map((q) => [q.basis, q.text])).toEqual([['pending-decision', 'Will the management recall the notice of redundancy by midday on Monday?']]);
  });

  it('asks what an upcoming event with a date will decide', () => {
    const text = 'As for NATO membership, Rasmussen says they’re still willing to wait until the Washington summit in 2024.';
    const qs = ask(text, { referenceTime: '2023-06-07T12:00:00Z' });
    expect(qs.map((q) => [q.basis, q.text])).toEqual([['upcoming-event', 'What will be decided at the Washington summit in 2024?']]);
  });

  it('turns an open "whether" into a question', () => {
    const text = '"In the meantime, we will be studying the judgment carefully to see whether it is possible to modify our legislation to address the concerns raised by the House of Lords."';
    const qs = ask(text);
    expect(qs.map((q) => [q.basis, q.text])).toEqual([['stated-unknown', 'Is it possible to modify the legislation to address the concerns raised by the House of Lords?']]);
  });

  it('keeps an explicit question, without its quote marks', () => {
    const text = 'The minister was pressed again. "Will the government publish the full legal advice before the vote?" asked one MP.';
    const qs = ask(text).filter((q) => q.basis === 'explicit-question');
    expect(qs.map((q) => q.text)).toEqual(['Will the government publish the full legal advice before the vote?']);
  });

  it('doubts a guessed year only when no tense in its sentence settles it', () => {
    const ref = { referenceTime: '2005-02-10T09:00:00Z' };
    const inferred = (text: string) => ask(text, ref).filter((q) => q.basis === 'inferred-date').map((q) => q.text);
    // The dates extractor takes the nearer September: 2004, five months back.
    expect(inferred('The new plant, with 300 jobs, in September.')).toEqual(['Which year does September refer to (assumed 2004)?']);
    expect(inferred('The company opened its new plant in September.')).toEqual([]);
    expect(inferred('The company will open its new plant in September.')).toEqual([]);
  });

  it('names the speaker of a first-person forecast', () => {
    const text = 'Charles Clarke spoke on Monday. "I believe that what I announced yesterday will be sufficient to secure the agreement of the House of Lords," he said.';
    const qs = ask(text, { actors: [person('a1', 'Charles Clarke', 0)] });
    expect(qs.map((q) => q.text)).toEqual(['Will what Charles Clarke announced be sufficient to secure the agreement of the House of Lords?']);
  });

  it('merges two questions on one topic and grounds the merged one in both sentences', () => {
    const text = 'Mr Clarke’s proposed amendment will be debated by the Lords on Tuesday without having been considered by MPs. The debate is unlikely to result in a vote.';
    const qs = ask(text);
    expect(qs.map((q) => q.text)).toEqual(['Will the debate result in a vote?']);
    expect(qs[0]!.evidence).toHaveLength(2);
  });

  describe('asks nothing of', () => {
    it.each([
      ['a plain factual sentence', 'The two Telegraph titles currently employ 521 journalists.'],
      ['a past-tense statement with "could"', 'Previously, passengers could claim between 150 euros and 300 euros if they had been stopped from boarding.'],
      ['a rule stated for anyone', 'In addition, if a flight is cancelled or delayed for more than two hours through the fault of the airline, all passengers must be paid compensation.'],
      ['scare quotes', 'The Bill proposes "control orders", which as well as house arrest could impose curfews, tagging or bans on telephone and internet use.'],
      ['a memory', 'Tory leader Michael Howard said Lord Butler had given the "most damaging testimony" he could remember.'],
      ['a rhetorical question with an unresolved "you"', '"What do you expect us to do?" she said.'],
    ])('%s', (_name, text) => {
      expect(ask(text)).toEqual([]);
    });
  });

  it('keeps at most five questions, numbered in rank order', () => {
    const text = Array.from({ length: 8 }, (_, i) => `Ministers in region ${i + 1} might raise taxes on fuel number ${i + 1}.`).join(' ');
    const qs = ask(text);
    expect(qs.length).toBeLessThanOrEqual(5);
    expect(qs.map((q) => q.id)).toEqual(qs.map((_q, i) => `q${i + 1}`));
  });
});
