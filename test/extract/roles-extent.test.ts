// The extent of a role phrase, on sentences of our own: a role is its head noun with the premodifiers and the
// complements of its noun phrase. Each dependent (an "of" complement with a name, a work's title or a common
// noun; a premodifying name or work title, with a short form in brackets or a participle opening it; a
// possessor of two words; a possessive determiner, read as the name it stands for) is tried in each frame a
// role stands beside a name (a false title, an apposition before the verb, in brackets, set off before the
// name, after an inverted speech verb, before a relative clause). The negatives keep out what is no role
// phrase: a relative clause (nominalised instead), a work's title in brackets in running text, a participle
// opening a clause, another person's name in a list.
import { describe, expect, it } from 'vitest';
import { extractBrief } from '../../src/extract/index.js';
import { article } from './excerpt.js';

const REF = { referenceTime: '2005-03-01T12:00:00Z' };
const NAME = 'Tom Brackley';
const roleIn = (text: string, name = NAME): string | null => extractBrief(article(text), REF).actors.find((a) => a.name === name)?.role ?? null;

/** Role phrases by their dependent; the role is the phrase without a leading determiner. */
const PHRASES: { dependent: string; phrase: string; role: string; falseTitle: boolean }[] = [
  { dependent: "an 'of' complement with a work's title", phrase: 'creator of The Wandering Hours', role: 'creator of The Wandering Hours', falseTitle: false },
  { dependent: "an 'of' complement with a band's name", phrase: 'member of the Copper Kettles', role: 'member of the Copper Kettles', falseTitle: false },
  { dependent: "an 'of' complement with a common noun", phrase: 'director of the new musical', role: 'director of the new musical', falseTitle: false },
  { dependent: "a 'for' complement", phrase: 'spokesman for the rail union', role: 'spokesman for the rail union', falseTitle: false },
  { dependent: "an 'at' complement", phrase: 'editor at Halcyon Press', role: 'editor at Halcyon Press', falseTitle: false },
  { dependent: 'a work\'s title opened by a participle', phrase: 'Wandering Hours creator', role: 'Wandering Hours creator', falseTitle: true },
  { dependent: "a body's name with its short form in brackets", phrase: 'Northgate Athletic Union (NAU) president', role: 'Northgate Athletic Union (NAU) president', falseTitle: true },
  { dependent: 'a possessor of two words', phrase: "Mara Quell's husband", role: "Mara Quell's husband", falseTitle: true },
  { dependent: 'a possessor and a modifier', phrase: "Ellison's former coach", role: "Ellison's former coach", falseTitle: true },
  { dependent: 'a party before the head', phrase: 'Tory peer', role: 'Tory peer', falseTitle: true },
  { dependent: 'a club and a modifier', phrase: 'former Northgate captain', role: 'former Northgate captain', falseTitle: true },
];

const FRAMES: { frame: string; text: (p: string) => string; falseTitleOnly?: boolean }[] = [
  { frame: 'a false title opening the sentence', text: (p) => `${p[0]!.toUpperCase()}${p.slice(1)} ${NAME} said the plan would go ahead.`, falseTitleOnly: true },
  { frame: 'a false title after a verb', text: (p) => `The board thanked ${p} ${NAME} for his work.`, falseTitleOnly: true },
  { frame: 'an apposition before the verb', text: (p) => `${NAME}, ${p}, said the plan would go ahead.` },
  { frame: 'an apposition in brackets', text: (p) => `${NAME} (${p}) said the plan would go ahead.` },
  { frame: 'set off before the name', text: (p) => `${p[0]!.toUpperCase()}${p.slice(1)}, ${NAME}, said the plan would go ahead.`, falseTitleOnly: true },
  { frame: 'after an inverted speech verb', text: (p) => `The plan will go ahead, said ${NAME}, ${p}.` },
  { frame: 'before a relative clause', text: (p) => `${NAME}, ${p}, who joined in May, said the plan would go ahead.` },
];

describe('the extent of a role phrase, by dependent and frame', () => {
  for (const p of PHRASES) {
    for (const f of FRAMES) {
      if (f.falseTitleOnly && !p.falseTitle) continue;
      // (A bracketed short form inside a bracket is left out: brackets are not nested in running text.)
      if (f.frame === 'an apposition in brackets' && p.phrase.includes('(')) continue;
      it(`${p.dependent}, ${f.frame}`, () => {
        // (Opening the sentence, the phrase is capitalised as written.)
        expect(roleIn(f.text(p.phrase))?.replace(/^./, (c) => c.toLowerCase())).toBe(p.role.replace(/^./, (c) => c.toLowerCase()));
      });
    }
  }

  it("keeps a title inside a work's name before the head: 'The Phantom of the Opera director'", () => {
    expect(roleIn(`Winners included Quiet Harbour and The Keeper of the Lamps director ${NAME}, who was not there.`)).toBe('Keeper of the Lamps director');
    expect(roleIn(`The award went to Sunrise 9/11 director ${NAME} on Friday.`)).toBe('Sunrise 9/11 director');
  });

  it("keeps modifiers joined by 'and' before the head: 'past and present players'", () => {
    expect(roleIn('Northgate past and present players Ann Dyer and Bo Lind have backed the fans.', 'Bo Lind')).toBe('Northgate past and present player');
  });
});

describe('a possessive determiner read as the name it stands for', () => {
  it("reads 'its' as the nearest name before it that is no person's", () => {
    expect(roleIn(`The Glass Tide won best film, and its star ${NAME} won best actor.`)).toBe('star of The Glass Tide');
    expect(roleIn(`The writer joined hit cartoon The Wanderers after an invitation from its creator ${NAME}.`)).toBe('creator of The Wanderers');
    expect(roleIn(`Acme Foods said its chief executive ${NAME} would step down.`)).toBe('chief executive of Acme Foods');
  });

  it("passes over a place or an event an adjunct names: 'at the Golden Spurs, with its star'", () => {
    expect(roleIn(`The Glass Tide was named best film at the Golden Spur Awards, with its star ${NAME} named best actor.`)).toBe('star of The Glass Tide');
  });

  it("reads 'its' opening a sentence as the first name of the sentence before", () => {
    expect(roleIn(`Acme Foods made a loss last year. Its chairman, ${NAME}, said sales fell.`)).toBe('chairman of Acme Foods');
  });

  it("reads 'his' and 'her' as the nearest person before it whose sex agrees", () => {
    expect(roleIn(`Kelly Dyer was introduced to Victor Holm through her coach ${NAME}.`)).toBe("Kelly Dyer's coach");
    expect(roleIn(`While David Ketteridge is seen as a key Jones lieutenant his brother ${NAME} advises the chancellor.`)).toBe("David Ketteridge's brother");
  });

  it("leaves the role as it is where the determiner has no name to stand for", () => {
    expect(roleIn(`"It was hard," said its chairman, ${NAME}.`)).toBe('chairman');
    expect(roleIn(`She thanked her coach ${NAME}.`)).toBe('coach');
  });
});

describe('what is no role phrase', () => {
  it('nominalises a relative clause or a predicate: the doer noun heads it, the object is its complement', () => {
    expect(roleIn('Ann Dyer and Bo Lind have won the Golden Spur Awards for best acting, boosting their hopes.', 'Ann Dyer')).toBe('winner of the Golden Spur Awards for best acting');
    expect(roleIn(`${NAME}, who chairs the transport committee, said fines were too low.`)).toBe('chair of the transport committee');
    expect(roleIn(`${NAME} works for the Halvern Trust, a charity.`)).toBe('worker for the Halvern Trust');
    expect(roleIn(`${NAME}, who won her first major title, was in tears.`)).toBe('winner of her first major title');
  });

  it("reads no work's title in brackets in running text as a role, but a club in a squad list", () => {
    expect(roleIn('The actor faces competition from Ann Dyer (Silent Meadow), Bo Lind (Glass Tide) and others.', 'Ann Dyer')).toBeNull();
    expect(roleIn('Forwards: Ann Dyer (Harbury), Bo Lind (Northgate).', 'Bo Lind')).toBe('Northgate');
    expect(roleIn('Chris Tallow (Lab) said the vote was close.', 'Chris Tallow')).toBe('Lab');
  });

  it("reads a participle opening a clause as no modifier: 'beating stars including X'", () => {
    expect(roleIn('She took the prize, beating stars including Ann Dyer and Bo Lind.', 'Ann Dyer')).toBe('star');
  });

  it("reads an honorific after a name's comma as the next name of a list", () => {
    expect(roleIn(`He posed with director ${NAME}, Mr Holt and Mr Finch.`)).toBe('director');
    expect(roleIn(`The mill was sold to a group that included ${NAME}, Mr Holt's son-in-law, for $8m.`)).toBe("Mr Holt's son-in-law");
  });
});
