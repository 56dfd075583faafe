// A person named in one sentence and described in a later one (descriptions.ts): which person a
// definite description takes up, for the role and for the speaker of what it says. Sentences are our own.
import { describe, expect, it } from 'vitest';
import { extractBrief } from '../../src/extract/index.js';
import { article, named } from './excerpt.js';

const REF = { referenceTime: '2005-03-01T12:00:00Z' };
const briefOf = (text: string): ReturnType<typeof extractBrief> => extractBrief(article(text), REF);
const speakerOf = (text: string, words: string): string | null | undefined => briefOf(text).claims.find((c) => c.text.includes(words))?.speaker;

describe('a lead that is a paragraph of its own', () => {
  it('introduces the person who opens the next paragraph', () => {
    const { actors } = briefOf('The new transport chief for the region says the trams will run on time.\n\nDr Alan Pryce, in his first week in the post, admitted the budget was tight.');
    expect(named(actors, 'Alan Pryce').role).toBe('new transport chief for the region');
  });
});

describe('a description that several persons named before could take up', () => {
  it('as the speaker after a quotation, takes the subject of the sentence before over a name later in it', () => {
    const text = (middle: string): string => `Tom Hale beat Rick Marsh in the final on Sunday. ${middle} "More players can do it now," said the Canadian.`;
    expect(speakerOf(text('Marsh praised Hale.'), 'More players')).toBe('Rick Marsh');
    expect(speakerOf(text('Marsh said Hale was one of many players able to beat him.'), 'More players')).toBe('Rick Marsh');
    expect(speakerOf(text('And Marsh, who was outplayed, said Hale was one of many players able to beat him.'), 'More players')).toBe('Rick Marsh');
    expect(named(briefOf(text('Marsh praised Hale.')).actors, 'Tom Hale').role).toBeNull();
  });

  it('takes the subject of the sentence before over its object', () => {
    expect(speakerOf('Club legend Tom Marsh has urged Dan Ives to stay. The ex-Gunners assistant boss also warned that the move would be a mistake.', 'mistake')).toBe('Tom Marsh');
  });

  it('takes no one when the subject is two persons joined by "and"', () => {
    const { actors } = briefOf('Tom Marsh and Dan Ives met on Sunday. The former minister said the talks had gone well.');
    expect(named(actors, 'Tom Marsh').role).toBeNull();
    expect(named(actors, 'Dan Ives').role).toBeNull();
  });

  it('is not held by someone whose post has the same head and another club before it', () => {
    expect(speakerOf('Rovers manager Len Cobb said his players were tired. Ned Harlow refused to comment. "I have no time for him," the Town boss said.', 'no time')).toBe('Ned Harlow');
  });
});

describe('a description in an object slot', () => {
  it('is someone else when a subject pronoun of its own clause takes up the person named before', () => {
    const { actors } = briefOf('Lord Ashby spoke to the press on Monday. They met the Labour leader in Leeds.');
    expect(named(actors, 'Lord Ashby').role).toBeNull();
  });
});
