// Roles read from what a person does, for persons the text gives no title: the predicate of the
// clause the person is subject of, when its verb's doer is named by a noun of office, occupation or
// standing ("won" → winner, "founded" → founder), nominalised: "winner of ...", "founder of ...". Sentences are from the BBC corpus.
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../src/brief/model.js';
import { extractBrief } from '../../src/extract/index.js';
import { article, named } from './excerpt.js';

const REF = { referenceTime: '2005-03-01T12:00:00Z' };
const actorsOf = (text: string): Actor[] => extractBrief(article(text), REF).actors;
const roleOf = (actors: Actor[], name: string): string | null => named(actors, name).role;

describe('roles from a predicate', () => {
  it('reads a verb of getting or obtaining whose object is an award as its winner (our own sentences)', () => {
    expect(roleOf(actorsOf('Hilda Swann took the best actress prize on Sunday.'), 'Hilda Swann')).toBe('winner of the best actress prize');
    expect(roleOf(actorsOf('Hilda Swann scooped best actress for The Long Road.'), 'Hilda Swann')).toBe('winner of best actress for The Long Road');
    expect(roleOf(actorsOf('Jamie Lott picked up the Bafta for best actor.'), 'Jamie Lott')).toBe('winner of the Bafta for best actor');
    expect(roleOf(actorsOf('Jamie Lott received an award from the mayor.'), 'Jamie Lott')).toBe('winner of an award');
    // (Not a lead, a seat or a thing of one's own; not a nomination.)
    expect(roleOf(actorsOf('Hilda Swann took the lead in the second half.'), 'Hilda Swann')).toBeNull();
    expect(roleOf(actorsOf('Jamie Lott took the best seat in the house.'), 'Jamie Lott')).toBeNull();
    expect(roleOf(actorsOf('Jamie Lott collected his medal from the Queen.'), 'Jamie Lott')).toBeNull();
    expect(roleOf(actorsOf('Mike Lee picked up three Oscar nominations for Secrets.'), 'Mike Lee')).toBeNull();
  });

  it("reads the predicate of a person's own clause, and of a clause joined by a conjunction, nominalised", () => {
    const actors = actorsOf('Pawel Pawlikowski won the best screenplay statuette, while Roger Deakins won the Technical Achievement Award for his cinematography on The Village and The Ladykillers.');
    expect(roleOf(actors, 'Pawel Pawlikowski')).toBe('winner of the best screenplay statuette');
    // (A long clause is cut before the preposition after its object.)
    expect(roleOf(actors, 'Roger Deakins')).toBe('winner of the Technical Achievement Award');
  });

  it('reads a relative clause set off by commas, nominalised without its auxiliary', () => {
    const actors = actorsOf('Andre Agassi is out. Agassi, who has won the Australian Open four times, will have an MRI scan to discover the extent of the damage.');
    expect(roleOf(actors, 'Andre Agassi')).toBe('winner of the Australian Open four times');
  });

  it('reads where a person works and what they founded, without the time', () => {
    expect(roleOf(actorsOf('David Mikosz works for the IFES, an international, non-profit organisation.'), 'David Mikosz')).toBe('worker for the IFES');
    expect(roleOf(actorsOf('Robert Redford founded Sundance in 1981 and it has gone on to showcase future successes.'), 'Robert Redford')).toBe('founder of Sundance');
  });

  it('gives no role for what someone did once in a match', () => {
    // ("struck": a striker is named by a place in the side; "headed past": a header, not one who heads something.)
    expect(roleOf(actorsOf('The hosts gave themselves hope after the restart, when Ally Warnock struck a penalty at the other end.'), 'Ally Warnock')).toBeNull();
    expect(roleOf(actorsOf('Midfielder Edu reduced the deficit after half-time but Ivan Helguera headed past keeper Antonio Doblas to seal victory for his team.'), 'Ivan Helguera')).toBeNull();
  });

  it('gives no role for what one person does to another', () => {
    const actors = actorsOf('Lindsay Davenport plays Greg Rusedski in the mixed doubles on Friday.');
    expect(roleOf(actors, 'Lindsay Davenport')).toBeNull();
  });

  it('prefers a title to a predicate', () => {
    expect(roleOf(actorsOf('Sundance president Robert Redford founded the festival in 1981.'), 'Robert Redford')).toBe('Sundance president');
  });

  it("reads a passive's agent as the doer of what the passive is said of", () => {
    expect(roleOf(actorsOf('Directed by Antoine Fuqua, the film was poorly received by critics.'), 'Antoine Fuqua')).toBe('director of the film');
    expect(roleOf(actorsOf('The awards, which were hosted by Jack Dee, were held at a London hotel.'), 'Jack Dee')).toBe('host of the awards');
    expect(roleOf(actorsOf('The low-budget film, directed by Nicole Kassell, is about a convicted child molester.'), 'Nicole Kassell')).toBe('director of the low-budget film');
    expect(roleOf(actorsOf('Directed by Andrey Zvyagintsev, The Return previously won the 2003 Golden Lion award at the Venice Film Festival.'), 'Andrey Zvyagintsev')).toBe('director of The Return');
    // (Every name of a list of agents is one.)
    const actors = actorsOf('The song was written by Lionel Richie and Michael Jackson, with Quincy Jones as producer.');
    expect(roleOf(actors, 'Lionel Richie')).toBe('writer of the song');
    expect(roleOf(actors, 'Michael Jackson')).toBe('writer of the song');
  });

  it('reads no agent from a possessor, nor from a verb whose doer no noun of its form names', () => {
    expect(roleOf(actorsOf('What was needed was simple taxation rather than the "complete mess" produced by Mr Gordon Brown\'s endless tinkering.'), 'Gordon Brown')).toBeNull();
    expect(roleOf(actorsOf('Wayne Rooney was being well marshalled by Richard Dunne - but that was all about to change.'), 'Richard Dunne')).toBeNull();
    expect(roleOf(actorsOf('The match was followed by John Smith at home.'), 'John Smith')).toBeNull();
  });

  it('reads the object of the verb "star" as a star of its subject', () => {
    expect(roleOf(actorsOf('Rounding out the top ten was the re-make, Flight of the Phoenix, at number eight, starring Dennis Quaid.'), 'Dennis Quaid')).toBe('star of Flight of the Phoenix');
    expect(roleOf(actorsOf('Carpenter co-wrote the 1978 film, which starred Jamie Lee Curtis as a babysitter.'), 'Jamie Lee Curtis')).toBe('star of the 1978 film');
    // ("Hollywood stars X, Y and Z": a plural noun, no verb.)
    expect(roleOf(actorsOf('Hollywood stars Leonardo Dicaprio, Pierce Brosnan and Richard Gere are also in the audience.'), 'Pierce Brosnan')).not.toMatch(/^star of/);
  });
});
