// Roles by frame and by head, on sentences of our own: each frame in which a description is given next to a
// name (a false title before it, an apposition after it before a verb, after an object or a speech verb, a
// description set off before it, a bracket, a "who is" clause, a copula, a country's possessive) is read
// with each kind of head: an agent noun no word list holds ("futurologist", "decathlete"), a noun whose
// person sense is not its first, as the tagger reads it ("back" an adverb, "hope" a verb, "legend"), a
// superlative that makes a general noun one person's ("richest man"), and a long complement with
// capitalised words of a title in it. The negatives keep a noun in a fronted adverbial, a verb with the
// name as its object, a description in a complement and a postdeterminer out.
import { describe, expect, it } from 'vitest';
import { extractBrief } from '../../src/extract/index.js';
import { article } from './excerpt.js';

const REF = { referenceTime: '2005-03-01T12:00:00Z' };
const NAME = 'Nora Quillfeather';
const roleOf = (text: string): string | null => extractBrief(article(text), REF).actors.find((a) => a.name === NAME)?.role ?? null;

interface Head {
  kind: string;
  /** The description with its determiner, as an apposition or a predicate. */
  phrase: string;
  /** The description as a false title, before the name. */
  title: string;
  role: string;
  titleRole: string;
}
const HEADS: Head[] = [
  { kind: 'an agent noun in -ologist', phrase: 'a futurologist at Tellco', title: 'Tellco futurologist', role: 'futurologist at Tellco', titleRole: 'Tellco futurologist' },
  { kind: 'an agent noun in -athlete', phrase: 'a heptathlete from Derby', title: 'Olympic heptathlete', role: 'heptathlete from Derby', titleRole: 'Olympic heptathlete' },
  { kind: 'a person sense read as an adverb', phrase: 'a Bristol back', title: 'Bristol back', role: 'Bristol back', titleRole: 'Bristol back' },
  { kind: 'a person sense read as a verb', phrase: 'the Scottish hope', title: 'Scottish hope', role: 'Scottish hope', titleRole: 'Scottish hope' },
  { kind: 'a person sense with a complement', phrase: 'the star of the revue', title: 'revue star', role: 'star of the revue', titleRole: 'revue star' },
];

const FRAMES: { frame: string; text: (h: Head) => string; role: (h: Head) => string }[] = [
  { frame: 'a false title after a preposition', text: (h) => `The cup went to ${h.title} ${NAME} on Friday.`, role: (h) => h.titleRole },
  { frame: 'a false title after a speech verb', text: (h) => `The idea was sound, said ${h.title} ${NAME}.`, role: (h) => h.titleRole },
  { frame: 'a false title in a quotation', text: (h) => `"We talked to ${h.title} ${NAME} about it," the survey says.`, role: (h) => h.titleRole },
  { frame: 'an apposition before the verb', text: (h) => `${NAME}, ${h.phrase}, said the idea was sound.`, role: (h) => h.role },
  { frame: 'an apposition after an object', text: (h) => `The panel questioned ${NAME}, ${h.phrase}.`, role: (h) => h.role },
  { frame: 'an apposition after an inverted speech verb', text: (h) => `The idea is sound, says ${NAME}, ${h.phrase}.`, role: (h) => h.role },
  { frame: 'a description set off before the name', text: (h) => `${h.phrase[0]!.toUpperCase()}${h.phrase.slice(1)}, ${NAME}, said the idea was sound.`, role: (h) => h.role },
  { frame: 'a bracket', text: (h) => `${NAME} (${h.phrase}) said the idea was sound.`, role: (h) => h.role },
  { frame: 'a "who is" clause', text: (h) => `${NAME}, who is ${h.phrase}, said the idea was sound.`, role: (h) => h.role },
];

describe('roles by frame and head', () => {
  for (const { frame, text, role } of FRAMES) {
    it.each(HEADS)(`${frame}, headed by $kind`, (h) => {
      expect(roleOf(text(h))).toBe(role(h));
    });
  }

  it('reads a copula with an agent noun and with a person sense a modifier narrows', () => {
    expect(roleOf(`${NAME} is a heptathlete from Derby.`)).toBe('heptathlete');
    expect(roleOf(`${NAME} is a Bristol back.`)).toBe('Bristol back');
    expect(roleOf(`${NAME} is the star of the revue.`)).toBe('star of the revue');
  });

  it("reads a superlative with a general noun, and a country's possessive before it", () => {
    expect(roleOf(`The firm is run by Chile's richest woman ${NAME}.`)).toBe("Chile's richest woman");
    expect(roleOf(`${NAME}, who is the region's oldest man, said the idea was sound.`)).toBe("region's oldest man");
  });

  it('reads a capitalised auxiliary inside the complement as part of a name ("a nominee for the play Being Here")', () => {
    expect(roleOf(`The panel questioned ${NAME}, a nominee for the stage comedy Being Earnest.`)).toBe('nominee for the stage comedy Being Earnest');
  });

  it('reads the person nouns and senses WordNet 3.0 lacks ("legend", "icon", "podcaster")', () => {
    expect(roleOf(`The prize went to late screen legend ${NAME}.`)).toBe('late screen legend');
    expect(roleOf(`The idea was sound, said fashion icon ${NAME}.`)).toBe('fashion icon');
    expect(roleOf(`The show is hosted by veteran podcaster ${NAME}.`)).toBe('veteran podcaster');
  });

  it('reads no head in a word a hyphen joins to the next ("a second- half replacement")', () => {
    expect(roleOf(`The idea is sound, said ${NAME}, a second- half replacement on Saturday.`)).not.toBe('second');
  });

  it.each([
    [`After the match ${NAME} said the idea was sound.`, 'a noun in its rarer sense in a fronted adverbial'],
    [`Voters back ${NAME} in the poll.`, 'a verb whose object the name is'],
    [`Bristol back ${NAME} to win the title.`, 'a verb whose object the name is, after a name'],
    [`Fans hope ${NAME} will stay.`, 'a verb of hoping with a clause after it'],
    [`${NAME}, who was a hit with the fans, said the idea was sound.`, 'a person noun in the complement'],
    [`${NAME} is the other name in the frame.`, 'a person sense after a postdeterminer only'],
    [`${NAME}, who will be a real threat at the games, said the idea was sound.`, 'a person sense after a future copula'],
  ])('gives no role in "%s" (%s)', (text) => {
    expect(roleOf(text)).toBeNull();
  });
});

describe('the body a source speaks for, after the name', () => {
  it.each([
    [`The idea is sound, said ${NAME}, at Tellco.`, 'at Tellco', 'after an inverted speech verb, "at" and a name closed by the sentence\'s end'],
    [`The idea is sound, said ${NAME}, of the Royal Guild.`, 'of the Royal Guild', '"of" closed by the sentence\'s end'],
    [`${NAME} from Tellco said the idea was sound.`, 'from Tellco', 'a subject opening the sentence, "from" and a speech verb after the body'],
    ['The idea is sound, said Kenji Moribe of Tellco Securities.', 'of Tellco Securities', 'a name of two words no list holds, at a speech verb'],
  ])('reads "%s" as %s (%s)', (text, role) => {
    const actors = extractBrief(article(text), REF).actors;
    expect(actors.find((a) => a.name === NAME || a.name === 'Kenji Moribe')?.role).toBe(role);
  });

  it.each([
    [`The idea is sound, said ${NAME}, at home.`, 'a place in lower case'],
    [`${NAME} from Tellco joined the board.`, 'no speech verb after the body'],
  ])('gives no role in "%s" (%s)', (text) => {
    expect(roleOf(text)).toBeNull();
  });
});

describe('a portfolio after the title, and person nouns in one word', () => {
  it('reads a portfolio with a lower-case modifier after "for" before the name, and "frontman" as one word', () => {
    expect(roleOf(`The minister for rural transport ${NAME} said the idea was sound.`)).toBe('minister for rural transport');
    expect(roleOf(`The idea was sound, said Quartz frontman ${NAME}.`)).toBe('Quartz frontman');
  });
});
