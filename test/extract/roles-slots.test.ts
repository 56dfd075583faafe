// Roles and names read from the slot a word stands in rather than from its usual part of speech:
// a person noun the tagger read as a verb or an adjective, a people's noun in front of a name, a
// seat after "MP for", an adverbial before a comma. Sentences are our own.
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../src/brief/model.js';
import { extractBrief } from '../../src/extract/index.js';
import { article, named } from './excerpt.js';

const REF = { referenceTime: '2005-03-01T12:00:00Z' };
const actorsOf = (text: string): Actor[] => extractBrief(article(text), REF).actors;
const roleOf = (actors: Actor[], name: string): string | null => named(actors, name).role;

describe('person nouns in the slot before a name', () => {
  it('reads "junior" and "senior" right before a name as the head of a role', () => {
    const actors = actorsOf('Hillcrest Academy junior Owen Tarrant won the relay title. Westfield senior Maria Delgado was second.');
    expect(roleOf(actors, 'Owen Tarrant')).toBe('Hillcrest Academy junior');
    expect(roleOf(actors, 'Maria Delgado')).toBe('Westfield senior');
  });

  it('keeps "senior" a modifier inside a longer title', () => {
    const actors = actorsOf('A senior vice president, Maria Delgado, left the firm on Monday.');
    expect(roleOf(actors, 'Maria Delgado')).toBe('senior vice president');
  });

  it('reads a playing position written as two words with a gerund ("running back")', () => {
    const actors = actorsOf('The quarterback threw the ball to running back Owen Tarrant near the line.');
    expect(roleOf(actors, 'Owen Tarrant')).toBe('running back');
  });

  it('reads "counterpart" as a role of office, before a name and before a comma', () => {
    const actors = actorsOf('The premier agreed with his Danish counterpart Henrik Toft to meet again. He later met his Swedish counterpart, Lars Ekdahl, in Oslo.');
    expect(roleOf(actors, 'Henrik Toft')).toBe('Danish counterpart');
    expect(roleOf(actors, 'Lars Ekdahl')).toBe('Swedish counterpart');
  });

  it('reads a person noun the tagger takes for a verb in a first-sentence description', () => {
    const actors = actorsOf('A Canadian fraud suspect arrested at the border last week will fight extradition. Owen Tarrant told reporters he was innocent.');
    expect(roleOf(actors, 'Owen Tarrant')).toBe('Canadian fraud suspect');
  });

  it('reads a person noun that opens the sentence, capitalised by its place, as the title of the name after it or of a list', () => {
    const actors = actorsOf('Contestants Paul Burrell, Joe Pasquale, Janet Street-Porter and Fran Cosgrave were told by the hosts. Model Sophie Anderton was the last person to be voted off the show.');
    expect(roleOf(actors, 'Paul Burrell')).toBe('contestant');
    expect(roleOf(actors, 'Fran Cosgrave')).toBe('contestant');
    expect(roleOf(actors, 'Sophie Anderton')).toBe('Model');
    // (An honorific that opens the sentence stays the name's.)
    expect(roleOf(actorsOf('Sir Paul McCartney will headline the concert in June.'), 'Paul McCartney')).toBeNull();
  });
});

describe('names and what is not part of them', () => {
  it('cuts a noun for a country\'s man or woman off the name ("Frenchman", "New Zealander")', () => {
    const actors = actorsOf('Frenchman Paul Mercier won the race. Welshman Owen Tarrant was second and New Zealander Kate Rowe third.');
    for (const name of ['Paul Mercier', 'Owen Tarrant', 'Kate Rowe']) expect(named(actors, name).type).toBe('person');
    expect(actors.some((a) => /Frenchman|Welshman|Zealander/.test(a.name))).toBe(false);
  });

  it('cuts it off a surname alone too, which then names the person in full ("Spaniard Costa")', () => {
    const actors = actorsOf('Albert Costa retired hurt in the second set. Spaniard Costa will next face Ivan Ljubicic.');
    expect(named(actors, 'Albert Costa').aliases).toContain('Costa');
    expect(actors.some((a) => /Spaniard/.test(a.name))).toBe(false);
  });

  it('types the seats after "MP for" as places', () => {
    const actors = actorsOf('Owen Tarrant, the MP for Bexwell and Hartmoor, was robbed in the city.');
    expect(named(actors, 'Bexwell').type).toBe('place');
    expect(named(actors, 'Hartmoor').type).toBe('place');
  });

  it('takes a one-word name called an analyst for a research firm, a full name for a person', () => {
    const actors = actorsOf('Teenagers spent more on phones last year, said market analyst Datavista. "Demand will slow," Brandt Bank analyst Carsten Vogel said.');
    expect(named(actors, 'Datavista').type).toBe('organization');
    expect(roleOf(actors, 'Datavista')).toBeNull();
    expect(named(actors, 'Carsten Vogel').type).toBe('person');
    expect(roleOf(actors, 'Carsten Vogel')).toBe('Brandt Bank analyst');
  });
});

describe('phrases that are not appositions', () => {
  it('gives no role from a reporting clause after a name that is a preposition\'s object', () => {
    const actors = actorsOf("The papers went back to Owen Tarrant, the family's solicitor says. The family's solicitor, Kate Rowe, wants a hearing.");
    expect(roleOf(actors, 'Owen Tarrant')).toBeNull();
    expect(roleOf(actors, 'Kate Rowe')).toBe("family's solicitor");
  });

  it('takes no fronted adverbial that ends in a time for a title, and reads the apposition after the name', () => {
    const actors = actorsOf('After a meeting with the mayor in June, Kate Rowe, the president of the Farmers Union, said prices had fallen.');
    expect(roleOf(actors, 'Kate Rowe')).toBe('president of the Farmers Union');
  });
});

describe('descriptions and clauses that give a role', () => {
  it('reads a perfect copula in a relative clause ("who has been head of ... since 2001")', () => {
    const actors = actorsOf('Owen Tarrant, who has been head of the agency since 2001, said it would change.');
    expect(roleOf(actors, 'Owen Tarrant')).toBe('head of the agency');
  });

  it('reads a later description with its complement or a relative clause as the subject', () => {
    const actors = actorsOf('Owen Tarrant was cleared on Monday. The head of the Lorton Trust said he was relieved. Kate Rowe scored twice. The former Bexwell striker, who joined in May, said she was happy.');
    expect(roleOf(actors, 'Owen Tarrant')).toBe('head of the Lorton Trust');
    expect(roleOf(actors, 'Kate Rowe')).toBe('former Bexwell striker');
  });

  it('does not take "the winner of X was Y" for a description of the person named before', () => {
    const actors = actorsOf('Owen Tarrant drowned in a lake near the set. The winner of the film award last year was a French cartoon.');
    expect(roleOf(actors, 'Owen Tarrant')).toBeNull();
  });

  it('shares a plural apposition opened by "both" or "all" with every listed name', () => {
    const actors = actorsOf('Owen Tarrant and Kate Rowe, both directors of Lorton, resigned. The side beat Paul Mercier, Anna Holt and Ian Moss, all former champions.');
    for (const name of ['Owen Tarrant', 'Kate Rowe']) expect(roleOf(actors, name)).toBe('director of Lorton');
    for (const name of ['Paul Mercier', 'Anna Holt', 'Ian Moss']) expect(roleOf(actors, name)).toBe('former champion');
  });

  it('reads a ranking before a name as a role', () => {
    const actors = actorsOf('World number one Paul Mercier won again. British number two Ian Moss lost in the first round.');
    expect(roleOf(actors, 'Paul Mercier')).toBe('World number one');
    expect(roleOf(actors, 'Ian Moss')).toBe('British number two');
  });

  it('takes "past" after a verb for a preposition, not "former"', () => {
    const actors = actorsOf('Ian Moss headed past keeper Paul Mercier to win the game.');
    expect(roleOf(actors, 'Paul Mercier')).toBe('keeper');
  });

  it('ends an apposition before a bracketed acronym of the body', () => {
    const actors = actorsOf('"Sales are up," said Ian Moss, chief executive of the Federation of Music Retailers (FMR).');
    expect(roleOf(actors, 'Ian Moss')).toBe('chief executive of the Federation of Music Retailers');
  });
});

describe('bodies named by their grammar', () => {
  it('types a name whose possessive holds a board\'s or a side\'s office as a body', () => {
    const actors = actorsOf("Owen Tarrant, Lorton's chief executive since 2001, resigned.");
    expect(named(actors, 'Lorton').type).toBe('organization');
    expect(roleOf(actors, 'Owen Tarrant')).toBe("Lorton's chief executive");
  });

  it('types a name in close apposition to a noun for a body as one, but not a clause after "whose board"', () => {
    const actors = actorsOf('Kate Rowe, a partner at law firm Bellam Rowe, said so. It was the company on whose board Hunter Grail had a seat.');
    expect(named(actors, 'Bellam Rowe').type).toBe('organization');
    expect(named(actors, 'Hunter Grail').type).toBe('person');
  });
});

describe('text in another language', () => {
  it('keeps only names a gazetteer knows or a person\'s full name when the text is not English', () => {
    const text =
      'Ogni anno la fiera del libro porta in città migliaia di visitatori, e quest\'anno gli organizzatori hanno scelto un tema nuovo. ' +
      'Tra gli ospiti ci sono scrittori, editori e lettori che arrivano da tutta la regione per ascoltare gli incontri. ' +
      'Nel programma si trovano Serata Poetica Notturna, Laboratorio Grande Fumetto, Mostra Antica Cartografia ' +
      'e un concerto di Roger Waters con le canzoni più amate, per chi vuole chiudere la giornata con la musica.';
    const names = actorsOf(text).map((a) => a.name);
    expect(names).toContain('Roger Waters');
    expect(names).not.toContain('Serata Poetica Notturna');
    expect(names).not.toContain('Mostra Antica Cartografia');
  });
});

describe('what is not an actor, and which namesake a surname is', () => {
  it('drops a portfolio before a minister\'s title, a plural document word and a bare generic head', () => {
    const names = actorsOf('The Transport Minister did not rule it out. Ministers bring in too many bad Bills, Paul Mercier said. The Company said it would reply, as did the West.').map((a) => a.name);
    for (const name of ['Transport', 'Bills', 'Company', 'West']) expect(names).not.toContain(name);
    expect(names).toContain('Paul Mercier');
  });

  it('keeps a romanised given name whole ("Kim Jong-un")', () => {
    const names = actorsOf("The talks with North Korea's leader, Kim Jong-un, ended early.").map((a) => a.name);
    expect(names).toContain('Kim Jong-un');
  });

  it('gives a surname two namesakes share to the one named last before it, but not when it has a title of its own', () => {
    const actors = actorsOf('Coach Andy Marsh blamed the referee. "Marsh is wrong," a rival said. Full-back Jason Marsh played well. Vice President Marsh was not there.');
    expect(named(actors, 'Andy Marsh').mentions).toHaveLength(2);
    expect(named(actors, 'Jason Marsh').mentions).toHaveLength(1);
    expect(named(actors, 'Jason Marsh').role).toBe('Full-back');
  });

  it('does not take an everyday word for the surname of a name not known to be a person\'s', () => {
    const actors = actorsOf('He won the Australian Open in January and the French Open in June, an Open era record.');
    for (const a of actors) expect(a.type).not.toBe('person');
  });
});

describe('names glued to their neighbour', () => {
  it('ends a name where page text glued the next name to it, and keeps names with a capital inside', () => {
    const actors = actorsOf('Rep. Marta Ruiz-DelgadoMarta Ruiz-DelgadoHolt doubles down on the bill. He met Ron DeSantis and Tom FitzGerald.');
    const names = actors.map((a) => a.name);
    expect(names).toContain('Marta Ruiz-Delgado');
    expect(names).toContain('Ron DeSantis');
    expect(names).toContain('Tom FitzGerald');
    for (const a of actors) for (const m of a.mentions) expect(m.quote).not.toMatch(/DelgadoMarta/);
  });
});

describe('a state\'s institutions', () => {
  it('names "the US government" and "the Afghan military" as organisations, and leaves "US troops" to the country', () => {
    const actors = actorsOf('The US government denied the claims. The Afghan military said so. US troops left on Monday.');
    expect(named(actors, 'US government').type).toBe('organization');
    expect(named(actors, 'Afghan military').type).toBe('organization');
    expect(named(actors, 'United States').type).toBe('country');
  });
});

describe('an office taken over', () => {
  it('gives the office after "replace/succeed X as" to the subject who takes it over', () => {
    const actors = actorsOf('Ian Moss has agreed a deal to replace Paul Mercier as Bexwell manager. The board named Jane Doran to succeed Kate Rowe as chief executive of Acme.');
    expect(roleOf(actors, 'Ian Moss')).toBe('Bexwell manager');
    expect(roleOf(actors, 'Jane Doran')).toBe('chief executive of Acme');
  });

  it('reads a noun whose person sense the slot selects once the name is typed a person elsewhere, given name known or not', () => {
    const actors = actorsOf('The champion lost to seventh seed Zorvan Kettridge in the final. Mr Kettridge said he was tired.');
    expect(roleOf(actors, 'Zorvan Kettridge')).toBe('seventh seed');
  });

  it('leaves a date written with its day out of the title after it', () => {
    const actors = actorsOf('On 26 November singer Orla Penhaligon left the show. She was upset.');
    expect(roleOf(actors, 'Orla Penhaligon')).toBe('singer');
  });
});
