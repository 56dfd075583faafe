// Attribution across clause structure: long modifiers between a subject and its verb, verbs
// coordinated with an earlier one, names the actor list did not make an actor of, and reported
// speech without quote marks. The passages are written for these tests.
import { describe, expect, it } from 'vitest';
import { extractBrief } from '../../src/extract/index.js';
import { article } from './excerpt.js';

const REF = { referenceTime: '2024-03-01T12:00:00Z' };

function claimsOf(text: string): { speaker: string | null; cue: string | null; text: string }[] {
  return extractBrief(article(text), REF).claims.map((c) => ({ speaker: c.speaker, cue: c.cue, text: c.text }));
}

describe('modifiers between the subject and its verb', () => {
  it('reads past a relative clause inside an apposition', () => {
    const text = 'Dana Whitfield, the owner of the Harbour Hawks who turned down calls to run for mayor, says she is open to running in the future.';
    expect(claimsOf(text)).toMatchObject([{ speaker: 'Dana Whitfield', cue: 'says', text: 'she is open to running in the future' }]);
  });

  it('reads past a participle phrase with commas of its own', () => {
    const text = 'Senator Paul Grady, facing a tough challenge in Ohio, a swing state, said he would welcome the governor.';
    expect(claimsOf(text)).toMatchObject([{ speaker: 'Paul Grady', cue: 'said', text: 'he would welcome the governor' }]);
  });

  it('reads past a relative clause that names a place with a comma', () => {
    const text = 'Vice President Anne Moreau, who was to travel to Columbus, Ohio, on Wednesday to promote the rules, said they touched on a core issue.';
    expect(claimsOf(text)).toMatchObject([{ speaker: 'Anne Moreau', cue: 'said', text: 'they touched on a core issue' }]);
  });

  it('does not take a clause between commas for a modifier', () => {
    const text = 'The budget, which passed last week, is a mistake, said Tom Reed.';
    expect(claimsOf(text).map((c) => c.speaker)).toEqual(['Tom Reed']);
  });
});

describe('coordinated verbs', () => {
  it('a verb after "and" shares the subject of the nearest verb before it', () => {
    const text = 'Some in the crowd booed, and when Mark Rollins thanked the city and said it was great to be home, a man yelled.';
    expect(claimsOf(text)).toMatchObject([{ speaker: 'Mark Rollins', cue: 'said' }]);
  });

  it('goes back to the main clause when the nearest verb has no subject of its own', () => {
    const text = 'Senate leader Ruth Carver was quick to embrace the plan and said this week that the party would back it.';
    expect(claimsOf(text)).toMatchObject([{ speaker: 'Ruth Carver', cue: 'said' }]);
  });
});

describe('names the actor list missed', () => {
  it('a bare surname is the person of the article with that surname', () => {
    const text = 'Businessman Mark Cuban appeared on the show on Sunday.\n\nThe economy is the worry, Cuban said.';
    expect(claimsOf(text)).toMatchObject([{ speaker: 'Mark Cuban', text: 'The economy is the worry' }]);
  });
});
