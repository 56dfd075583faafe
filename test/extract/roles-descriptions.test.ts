// Roles given by a description that stands away from the name (descriptions.ts): a lead that
// introduces someone named in the next sentence, and a definite description that can refer back to
// one person only; and the negatives that must give no role. Sentences are our own.
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../src/brief/model.js';
import { extractBrief } from '../../src/extract/index.js';
import { analyseText } from '../../src/extract/nlp.js';
import { buildActorDrafts } from '../../src/extract/actors/index.js';
import { article, named } from './excerpt.js';

const REF = { referenceTime: '2005-03-01T12:00:00Z' };
const briefOf = (text: string): ReturnType<typeof extractBrief> => extractBrief(article(text), REF);
const roleOf = (actors: Actor[], name: string): string | null => named(actors, name).role;

describe('a lead that introduces someone before naming them', () => {
  it('gives the description with its complement to the person the next sentence opens with', () => {
    const { actors } = briefOf('The former finance chief of a cable company has finished giving evidence at the trial. Peter Doolan admitted he had altered the accounts.');
    expect(roleOf(actors, 'Peter Doolan')).toBe('former finance chief of a cable company');
  });

  it('reads "says" and a name two sentences on, when the sentence between names no one', () => {
    const { actors } = briefOf('The chief executive of a shipping firm has resigned over the losses. The board accepted the decision on Monday. Harold Pinch said he had no regrets.');
    expect(roleOf(actors, 'Harold Pinch')).toBe('chief executive of a shipping firm');
  });

  it('keeps the words of the article as the role\'s evidence', () => {
    const text = 'The head of the prison service was sacked yesterday. Derek Lewin said he would fight the decision.';
    const analysis = analyseText(text);
    const d = buildActorDrafts(analysis).find((x) => x.name === 'Derek Lewin')!;
    expect(d.role).toBe('head of the prison service');
    expect(d.roleEvidence).toEqual({ start: 0, end: 30, quote: 'The head of the prison service' });
  });

  it('gives nothing when two persons open the next sentence, the noun is of the other sex, or the name is an object', () => {
    expect(roleOf(briefOf('The head of a charity has resigned. Mary Ellis and Tom Ford said they would miss her.').actors, 'Mary Ellis')).toBeNull();
    expect(roleOf(briefOf('The new chairwoman of the club has been named. David Stone said he welcomed the move.').actors, 'David Stone')).toBeNull();
    expect(roleOf(briefOf('The chief executive of a bank has been sacked. The board told Martin Rees on Monday.').actors, 'Martin Rees')).toBeNull();
    expect(roleOf(briefOf('The fastest man in the country has won again. Only Carl Bright has run quicker.').actors, 'Carl Bright')).toBeNull();
  });
});

describe('a definite description that refers back', () => {
  it('takes the one other person of its sentence as the subject of a clause of saying', () => {
    const { actors } = briefOf('Arnold Wenzel has stepped up his feud with Sir Alec Ferris by claiming the Manchester United manager is guilty of hypocrisy.');
    expect(roleOf(actors, 'Alec Ferris')).toBe('Manchester United manager');
    expect(roleOf(actors, 'Arnold Wenzel')).toBeNull();
  });

  it('takes the subject of the sentence before as the speaker of a quotation, and gives him the claim', () => {
    const { actors, claims } = briefOf('Arnold Wenzel refused to comment on the row. "I have nothing to say to him," the Arsenal boss is quoted as saying.');
    expect(roleOf(actors, 'Arnold Wenzel')).toBe('Arsenal boss');
    expect(claims.find((c) => c.text.includes('nothing to say'))?.speaker).toBe('Arnold Wenzel');
  });

  it('gives nothing when two persons compete, for a plural, a body, or inside a quotation', () => {
    const none = (text: string, name: string): void => expect(roleOf(briefOf(text).actors, name)).toBeNull();
    none('Tom Baxter passed to Sam Hill. The striker shot wide.', 'Sam Hill');
    none('Tom Baxter passed to Sam Hill. The striker shot wide.', 'Tom Baxter');
    none('Tom Baxter scored in the first half. The midfielders were poor after the break.', 'Tom Baxter');
    none('Jane Doyle spoke to reporters. The ministry said no decision had been made.', 'Jane Doyle');
    none('Jack Dunmore opened the meeting. "The chairman must go, and soon," he said.', 'Jack Dunmore');
  });

  it('gives no description whose noun says the other sex than the person named before', () => {
    expect(roleOf(briefOf('Owen Carver arrived in Rome on Monday. The actress said she was pleased with the film.').actors, 'Owen Carver')).toBeNull();
    expect(roleOf(briefOf('Mr Halden opened the meeting. The chairwoman said the vote would wait.').actors, 'Halden')).toBeNull();
    expect(roleOf(briefOf('Nina Carver arrived in Rome on Monday. The actress said she was pleased with the film.').actors, 'Nina Carver')).toBe('actress');
  });
});
