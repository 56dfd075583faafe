// Attribution frames with no that-clause: naming and characterize verbs with their complements,
// phrasal verbs of stance, pleas, stance adjectives after "be", stance nouns with a topic or a
// possessor, and a verb of saying coordinated after another. The passages are written for these tests.
import { describe, expect, it } from 'vitest';
import { extractBrief } from '../../src/extract/index.js';
import { article } from './excerpt.js';

const REF = { referenceTime: '2024-03-01T12:00:00Z' };

function claimsOf(text: string): { speaker: string | null; cue: string | null; text: string }[] {
  return extractBrief(article(text), REF).claims.map((c) => ({ speaker: c.speaker, cue: c.cue, text: c.text }));
}

describe('naming and characterize verbs (Levin 29.3, 29.2)', () => {
  it('reads "branded" with an object and its complement, also when tagged as an adjective', () => {
    const text = 'Maria Lopez is the city mayor.\n\nShe branded the new parking levy reckless and unfair.';
    expect(claimsOf(text)).toMatchObject([{ speaker: 'Maria Lopez', cue: 'branded', text: 'the new parking levy reckless and unfair' }]);
  });

  it('reads a characterize verb with an "as" complement', () => {
    const text = 'The defence lawyer, Sam Reed, spoke for an hour.\n\nMr Reed portrayed the witness as a liar with a grudge.';
    expect(claimsOf(text)).toMatchObject([{ speaker: 'Sam Reed', cue: 'portrayed', text: 'the witness as a liar with a grudge' }]);
  });

  it('leaves a modifier, a passive and a clause after "as" alone', () => {
    expect(claimsOf('Maria Lopez is the city mayor.\n\nThe kiosk sells branded caps at low prices.')).toEqual([]);
    expect(claimsOf('Maria Lopez is the city mayor.\n\nThe levy was seen as a test of her power.')).toEqual([]);
    expect(claimsOf('Maria Lopez is the city mayor.\n\nMs Lopez saw the parade as it passed the hall.')).toEqual([]);
  });
});

describe('phrasal verbs of stance and pleas', () => {
  it('reads "played down" and "spoken out against", particle and preposition in the cue', () => {
    const text = 'The coach, Peter Black, met reporters.\n\nBlack played down talk of a move to Spain.\n\nThe Green Party has also spoken out against the new stadium plan.';
    expect(claimsOf(text)).toMatchObject([
      { speaker: 'Peter Black', cue: 'played down', text: 'talk of a move to Spain' },
      { speaker: 'Green Party', cue: 'spoken out against', text: 'the new stadium plan' },
    ]);
  });

  it('reads a plea, short as it is', () => {
    const text = 'Dan Wells is charged with fraud.\n\nHe pleads not guilty.';
    expect(claimsOf(text)).toMatchObject([{ speaker: 'Dan Wells', cue: 'pleads', text: 'not guilty' }]);
  });
});

describe('stance adjectives after "be" (Biber et al. 1999, §9.4.5)', () => {
  it('reads a clause with or without "that", and a topic after "about"', () => {
    const text = 'Analyst Ruth King follows the industry.\n\nMs King is not convinced a rental model will work.\n\nThe trade group Ukie is concerned about the cost of the new licence.';
    expect(claimsOf(text)).toMatchObject([
      { speaker: 'Ruth King', cue: 'is not convinced', text: 'a rental model will work' },
      { speaker: 'Ukie', cue: 'concerned', text: 'about the cost of the new licence' },
    ]);
  });

  it('leaves an impersonal subject and an adjective with no clause alone', () => {
    expect(claimsOf('Analyst Ruth King follows the industry.\n\nIt is certain that prices will rise this year.')).toEqual([]);
    expect(claimsOf('Analyst Ruth King follows the industry.\n\nMs King was happy with the weather in Leeds.')).toEqual([]);
    expect(claimsOf('The airline Skyway flies to Leeds.\n\nSkyway might be concerned that the photos will hurt its image.')).toEqual([]);
  });
});

describe('stance nouns', () => {
  it('reads a stance noun with a topic after a support verb', () => {
    const text = 'Peter Black is the club coach.\n\nBlack expressed concern about the length of the injury list.';
    expect(claimsOf(text)).toMatchObject([{ speaker: 'Peter Black', cue: 'expressed concern', text: 'the length of the injury list' }]);
  });

  it('reads a possessed stance noun as the subject of "be"', () => {
    const text = 'Jane Cole is the minister for housing.\n\nThe minister’s fear is that rents will keep rising.';
    expect(claimsOf(text)).toMatchObject([{ speaker: 'Jane Cole', cue: 'fear is that', text: 'rents will keep rising' }]);
  });

  it('reads "questioned" with a message noun as its object, not with a person', () => {
    expect(claimsOf('The coach, Peter Black, met reporters.\n\nBlack questioned the referee’s decision.')).toMatchObject([{ speaker: 'Peter Black', cue: 'questioned', text: 'the referee’s decision' }]);
    expect(claimsOf('Police in Leeds arrested a man on Monday.\n\nDetectives questioned the suspect for six hours.')).toEqual([]);
  });
});

describe('a frame with other cues in its sentence', () => {
  it('ends the noun phrase of a frame at a verb of saying coordinated after it', () => {
    const text = 'Tom Lane is a tennis player.\n\nLane played down his defeat and insisted he was fully fit.';
    expect(claimsOf(text)).toMatchObject([
      { speaker: 'Tom Lane', cue: 'played down', text: 'his defeat' },
      { speaker: 'Tom Lane', cue: 'insisted', text: 'he was fully fit' },
    ]);
  });

  it('keeps what another named source said inside a stance towards it', () => {
    const text = 'Ireland coach Eddie Dunne and England coach Andy Rowe met.\n\nDunne was surprised that Rowe said he was certain the try was good.';
    expect(claimsOf(text)).toMatchObject([
      { speaker: 'Eddie Dunne', cue: 'surprised' },
      { speaker: 'Andy Rowe', cue: 'said', text: 'he was certain the try was good' },
    ]);
  });

  it('leaves a frame after a verb of saying to that verb, whose content it is part of', () => {
    const text = 'Jane Cole is the minister for housing.\n\nThe party’s co-chairman attacked the pledges and said Ms Cole was worried voters would punish her.';
    expect(claimsOf(text).filter((c) => c.speaker === 'Jane Cole')).toEqual([]);
  });

  it('leaves a frame inside an indirect question or under another verb’s object alone', () => {
    expect(claimsOf('Coach Ian Moss met reporters.\n\nMoss would not reveal whether he sees Jones as a long-term option.')).toEqual([]);
    expect(claimsOf('Coach Ian Moss met reporters.\n\nMoss has ordered his captain not to play down their title hopes.')).toEqual([]);
  });
});

describe('a verb of saying coordinated after another', () => {
  it('takes "declined to comment but said" as the second verb with its own content', () => {
    const text = 'A spokeswoman for the airline spoke on Monday.\n\nA spokeswoman declined to comment but said talks were continuing.';
    expect(claimsOf(text)).toMatchObject([{ cue: 'said', text: 'talks were continuing' }]);
  });
});
