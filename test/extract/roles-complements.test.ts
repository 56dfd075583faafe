// Roles completed by what stands around the title: a title's complement before a comma, a body
// named after "of", titles joined by "and", appositions listed with "and", and the same person
// written with a shortened given name. Sentences are our own.
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../src/brief/model.js';
import { extractBrief } from '../../src/extract/index.js';
import { article, named } from './excerpt.js';

const REF = { referenceTime: '2005-03-01T12:00:00Z' };
const actorsOf = (text: string): Actor[] => extractBrief(article(text), REF).actors;
const roleOf = (actors: Actor[], name: string): string | null => named(actors, name).role;

describe('a title set off before the name', () => {
  it('keeps a complement with "to" ("envoy to the UN, X,")', () => {
    const actors = actorsOf('Several states objected, and Nordic envoy to the UN, Lars Vikstrom, said the vote must wait.');
    expect(roleOf(actors, 'Lars Vikstrom')).toBe('Nordic envoy to the UN');
  });

  it('reads a title whose complement is a person ("the former manager of X, Y,") as Y\'s', () => {
    const actors = actorsOf('The former manager of Peter Garland, Simon Albert Rourke, has died at 81, his family said.');
    expect(roleOf(actors, 'Simon Albert Rourke')).toBe('former manager of Peter Garland');
  });

  it('reads appositions listed with "and", each its own', () => {
    const actors = actorsOf('The chamber mourned former Assembly Speaker, Daniel Okoro and councillor, Grace Adeyemi.');
    expect(roleOf(actors, 'Daniel Okoro')).toBe('former Assembly Speaker');
    expect(roleOf(actors, 'Grace Adeyemi')).toBe('councillor');
  });

  it('leaves a plural title before a list to the list', () => {
    const actors = actorsOf('Two former directors, Alan Brock and Carl Voss, remain defendants.');
    expect(roleOf(actors, 'Alan Brock')).toBe('former director');
  });
});

describe('titles joined by "and" before the name', () => {
  it('keeps both titles when the first is headed by a noun in its person sense', () => {
    const actors = actorsOf('World indoor sprint record holder and radio pundit Mark Tolley believes the youngster can win.');
    expect(roleOf(actors, 'Mark Tolley')).toBe('World indoor sprint record holder and radio pundit');
  });
});

describe('a body named after the person and "of"', () => {
  it('is the role when no title is given', () => {
    const actors = actorsOf('"Callers want answers now," says Helen Marsh of research firm Northwind Data, which ran the poll.');
    expect(roleOf(actors, 'Helen Marsh')).toBe('of research firm Northwind Data');
  });

  it('ends before a place after the body, and joins words of a firm\'s name written with "and"', () => {
    const actors = actorsOf('"The deal is void," said Tomasz Wrobel of Harwood and Pyle in Gdansk.');
    expect(roleOf(actors, 'Tomasz Wrobel')).toBe('of Harwood and Pyle');
  });

  it('reads a place after "of" only as where the person is from, when nothing else says who they are', () => {
    expect(roleOf(actorsOf('"It was a long night," said Tomasz Wrobel of Leeds.'), 'Tomasz Wrobel')).toBe('of Leeds');
    expect(roleOf(actorsOf('"It was a long night," said Tomasz Wrobel of Leeds. The plumber added that he was tired.'), 'Tomasz Wrobel')).toBe('plumber');
  });

  it('reads "from" as "of" for a source named after a speech verb, and a hometown as where the person is from', () => {
    const actors = actorsOf('"It is now as easy to download a pirate TV show as it is to programme a VCR," said Ben Coppin from Envisional.');
    expect(roleOf(actors, 'Ben Coppin')).toBe('from Envisional');
    expect(roleOf(actorsOf('"It was a long night," said Tomasz Wrobel from Leeds.'), 'Tomasz Wrobel')).toBe('from Leeds');
  });

  it("reads a brand's possessive written with a lower-case prefix (\"eBay's David Stern\")", () => {
    const actors = actorsOf('"Our users can be a powerful force for good," eBay\'s David Stern told the BBC News website.');
    expect(roleOf(actors, 'David Stern')).toBe('of eBay');
  });
});

describe('one person written two ways', () => {
  it('merges a shortened given name with the full one ("Joshua Kemp", "Josh Kemp")', () => {
    const actors = actorsOf('Joshua Kemp, a professor of chemistry, said the results were clear. Josh Kemp later posted the data.');
    const kemps = actors.filter((a) => a.name.endsWith('Kemp'));
    expect(kemps).toHaveLength(1);
    expect(kemps[0]!.role).toBe('professor of chemistry');
  });

  it('keeps two given names that are not one the other\'s shortening apart', () => {
    const actors = actorsOf('Joshua Kemp said the results were clear. Daniel Kemp disagreed.');
    expect(actors.filter((a) => a.name.endsWith('Kemp'))).toHaveLength(2);
  });
});

describe('names with figures or a capital inside', () => {
  it('types a product with a figure or a brand-like word as no person', () => {
    const actors = actorsOf('The new MacBook Pro ships with Thunderbolt 3 ports, Apple said.');
    for (const a of actors) expect(a.type === 'person' && /MacBook|Thunderbolt/.test(a.name)).toBe(false);
  });

  it('types a name with a unit\'s or a standard\'s capitals after its first word as no person, but keeps a regnal number', () => {
    const actors = actorsOf('The W USB-C port is fast, the reviewers said. Henry VIII was a king.');
    expect(named(actors, 'W USB-C').type).not.toBe('person');
    expect(named(actors, 'Henry VIII').type).toBe('person');
  });
});

describe('titles on both sides of the name, and what is no part of a title', () => {
  it('keeps a title in front alone when the apposition after describes rather than names an office', () => {
    const actors = actorsOf('Ambassador Gerald Sonne, the most awaited witness in the inquiry, is likely to be cautious.');
    expect(roleOf(actors, 'Gerald Sonne')).toBe('Ambassador');
  });

  it('joins a title in front and an apposition after', () => {
    const actors = actorsOf('Senior author Dr. Nora Quist, associate professor of botany at Harlow University, commented: "The trees are dying."');
    expect(roleOf(actors, 'Nora Quist')).toBe('Senior author, associate professor of botany at Harlow University');
  });

  it('joins a title in front and a post after, a person noun with the body it serves ("dean of ...")', () => {
    const actors = actorsOf('"Rates will rise," said Professor Alan Marsh, dean of the Harlow School of Economics. Farmer Tom Ridley, curator at the Harlow Museum, agreed.');
    expect(roleOf(actors, 'Alan Marsh')).toBe('Professor, dean of the Harlow School of Economics');
    expect(roleOf(actors, 'Tom Ridley')).toBe('Farmer, curator at the Harlow Museum');
  });

  it('leaves out the examples after "such as" or "including"', () => {
    const actors = actorsOf('Robin Wells, a five-time Globe winner for such films as The Fisher Queen and Good Night, said he was delighted.');
    expect(roleOf(actors, 'Robin Wells')).toBe('five-time Globe winner');
  });

  it('reads a long apposition to its closing comma', () => {
    const actors = actorsOf('Ian Halloran, an expert in drug use and mental health at the Department of Health Sciences at the University of Leeds, said the data were thin.');
    expect(roleOf(actors, 'Ian Halloran')).toBe('expert in drug use and mental health at the Department of Health Sciences at the University of Leeds');
  });
});

describe('a person noun as the label of a line', () => {
  it('is the role of the name after the colon', () => {
    const actors = actorsOf('United held on to win.\n\nReferee: R Stiles (Hampshire)\n');
    expect(roleOf(actors, 'R Stiles')).toBe('Referee');
    expect(actors.some((a) => a.name === 'Referee')).toBe(false);
  });

  it('reads the label after a sentence of a line-up, too', () => {
    const actors = actorsOf('United held on to win.\n\nSubs: Howell, Gibbs, Smart. Referee: R Stiles (Hampshire)\n');
    expect(roleOf(actors, 'R Stiles')).toBe('Referee');
  });
});

describe('what is and is not a person\'s name', () => {
  it('types a name that ends in an everyday noun and opens with no given name as no person', () => {
    const actors = actorsOf('The Environmental Kuznets Curve says growth cuts smog. Neil Young disagreed.');
    expect(named(actors, 'Environmental Kuznets Curve').type).not.toBe('person');
    expect(named(actors, 'Neil Young').type).toBe('person');
  });

  it('keeps a surname particle joined with a hyphen in the name', () => {
    const actors = actorsOf("Iraq's Trade Minister Mohammed Mustafa al-Jibouri welcomed the move.");
    expect(roleOf(actors, 'Mohammed Mustafa al-Jibouri')).toBe("Iraq's Trade Minister");
  });
});

describe('a surname that is also the name of a month or a day', () => {
  it('joins the given name before it', () => {
    const actors = actorsOf('Theresa Mayo left. Later, Brenda May said the vote would go ahead, and sevens coach Mike Friday agreed.');
    expect(named(actors, 'Brenda May').type).toBe('person');
    expect(roleOf(actors, 'Mike Friday')).toBe('sevens coach');
  });

  it('leaves a date after a name alone', () => {
    const actors = actorsOf('The letter from Brenda on 5 May was read. Paul Monday 12 March arrived.');
    expect(actors.some((a) => /Monday|May/.test(a.name))).toBe(false);
  });
});

describe('a body set off after the name', () => {
  it('is named by a common noun for a body as well as by a name', () => {
    const actors = actorsOf("Jonah Baine, of the senior teachers' union, spoke of two agendas. Jane Roe, of the village, agreed.");
    expect(roleOf(actors, 'Jonah Baine')).toBe("of the senior teachers' union");
    expect(roleOf(actors, 'Jane Roe')).toBeNull();
  });
});

describe('a role that says no more than person or firm', () => {
  it('is kept for a name other evidence types a person', () => {
    const actors = actorsOf('The house mourned former Speaker, Daniel Okoro and member, Grace Adeyemi. Grace Adeyemi, who died on Monday, was 61.');
    expect(roleOf(actors, 'Grace Adeyemi')).toBe('member');
  });
});

describe('names given as examples of a kind of person', () => {
  it('gives each listed name the kind in the singular ("such as", "including")', () => {
    const actors = actorsOf('The fund drew praise from media figures such as Laura Pinsent, George Abbott and Karen Doyle. Singers including Sir Peter Lane and Maria Costa will perform.');
    expect(roleOf(actors, 'Laura Pinsent')).toBe('media figure');
    expect(roleOf(actors, 'Karen Doyle')).toBe('media figure');
    expect(roleOf(actors, 'Peter Lane')).toBe('singer');
    expect(roleOf(actors, 'Maria Costa')).toBe('singer');
  });

  it('reads the subject of "included", past a listed name with a title of its own', () => {
    const actors = actorsOf('Other seasoned performers at the gala included Henry Walsh, jazz pianist Sarah Kemp and Tom Ridley.');
    expect(roleOf(actors, 'Henry Walsh')).toBe('seasoned performer at the gala');
    expect(roleOf(actors, 'Sarah Kemp')).toBe('jazz pianist');
    expect(roleOf(actors, 'Tom Ridley')).toBe('seasoned performer at the gala');
  });

  it('keeps the complement of the kind that runs up to "included", and a first word capitalised by its place', () => {
    const actors = actorsOf('Judges of the contest have included Mary Pollard and Henry Ames. Previous champions included Tom Ridley and Sarah Kemp.');
    expect(roleOf(actors, 'Mary Pollard')).toBe('judge of the contest');
    expect(roleOf(actors, 'Henry Ames')).toBe('judge of the contest');
    expect(roleOf(actors, 'Tom Ridley')).toBe('previous champion');
    expect(roleOf(actors, 'Sarah Kemp')).toBe('previous champion');
  });

  it('gives the kind to a name without a given name when another item of the list has one', () => {
    const actors = actorsOf('Past winners have included JT Marlowe, Sarah Kemp and Dex Varga. The prize went to Tom Ridley.');
    expect(roleOf(actors, 'JT Marlowe')).toBe('past winner');
    expect(roleOf(actors, 'Dex Varga')).toBe('past winner');
  });

  it('lets a title elsewhere win over the kind of a list that a name without a given name is in', () => {
    const actors = actorsOf('He wrote songs for artists such as DJ Kemal and Sarah Kemp. Later the superstar rapper DJ Kemal signed him.');
    expect(roleOf(actors, 'DJ Kemal')).toBe('superstar rapper');
    expect(roleOf(actors, 'Sarah Kemp')).toBe('artist');
  });

  it('keeps one modifier of the kind, and gives none to a name that modifies the next item\'s title', () => {
    const actors = actorsOf('The stars are joined by the usual myriad famous actors including Gary Olden and Oscar nominee Alan Alder.');
    expect(roleOf(actors, 'Gary Olden')).toBe('famous actor');
    expect(roleOf(actors, 'Alan Alder')).toBe('Oscar nominee');
    expect(actors.find((a) => a.name === 'Oscar')?.role ?? null).toBeNull();
  });

  it('gives no role for examples of bodies, or past a plural that names another kind', () => {
    const actors = actorsOf('In recent months companies such as Adam Brandt have cut jobs. Shareholders sued defendants including the banks Henry Walsh and Partners.');
    expect(actors.find((a) => a.name === 'Adam Brandt')?.role ?? null).toBeNull();
    expect(actors.find((a) => a.name === 'Henry Walsh')?.role ?? null).toBeNull();
  });

  it('gives no role for examples of things, or of people in general', () => {
    const actors = actorsOf('Classic games such as Star Raiders were shown. People such as Henry Walsh came to see them.');
    expect(actors.find((a) => a.name === 'Star Raiders')?.type).not.toBe('person');
    expect(roleOf(actors, 'Henry Walsh')).toBeNull();
  });
});

describe('a body named after the holder of a bare title', () => {
  it('completes the title with "of" and the body', () => {
    const actors = actorsOf('"The lakes are deep," said planetary geologist Nora Quist of NASA\'s Jet Propulsion Laboratory in California.');
    expect(roleOf(actors, 'Nora Quist')).toBe("planetary geologist of NASA's Jet Propulsion Laboratory");
  });

  it('leaves a title that has its own complement alone', () => {
    const actors = actorsOf('"The lakes are deep," said chief of staff Nora Quist of NASA, adding that more work was needed.');
    expect(roleOf(actors, 'Nora Quist')).toBe('chief of staff');
  });
});

describe('a group before the name and an office after it', () => {
  it('prefers the office to "one of the ..."', () => {
    const actors = actorsOf('His doctor sought advice from one of the study authors, Owen Pryce, a chest doctor at the Aberdeen Royal Infirmary.');
    expect(roleOf(actors, 'Owen Pryce')).toBe('chest doctor at the Aberdeen Royal Infirmary');
  });
});

describe('where a person is from, after the name', () => {
  it('reads a place or a body after "of" or "from" for a person no other construction gives a role', () => {
    expect(roleOf(actorsOf('Nicolas Sarkozy of France said the plan would fail.'), 'Nicolas Sarkozy')).toBe('of France');
    expect(roleOf(actorsOf('Simon Wheatley, from Goldman Sachs, told Reuters the bank would grow.'), 'Simon Wheatley')).toBe('from Goldman Sachs');
    // (Not over a possessor, who is someone else.)
    const actors = actorsOf("Nathalie Dechy of France and Russia's Elena Dementieva reached the final.");
    expect(roleOf(actors, 'Nathalie Dechy')).toBe('of France');
  });

  it('reads a club, country or party in brackets after the name, as squad lists give it', () => {
    const actors = actorsOf('France have named their squad. Backs: Dimitri Yachvili (Biarritz), Pierre Mignoni (Clermont), Frederic Michalak (Stade Toulousain). Chris Mullin (Lab) said the plan would fail.');
    expect(roleOf(actors, 'Dimitri Yachvili')).toBe('Biarritz');
    expect(roleOf(actors, 'Frederic Michalak')).toBe('Stade Toulousain');
    expect(roleOf(actors, 'Chris Mullin')).toBe('Lab');
    // Not an age, a word in lower case, an initialism or another person's name.
    const others = actorsOf('Tom Smith (34) and Ann Cole (pictured) came with Kate Winslet. The film stars Sylvia Plath (Kate Winslet) and the Christian Medical Fellowship (CMF) objected.');
    for (const name of ['Tom Smith', 'Ann Cole', 'Sylvia Plath']) expect(roleOf(others, name) ?? null).toBeNull();
  });

  it('reads a club and a country code joined by a slash in brackets after the name', () => {
    const actors = actorsOf('Italy have named their squad. Forwards: Marco Rossi (Treviso), Luca Bianchi (Leicester/ENG), Paolo Verdi (Calvisano).');
    expect(roleOf(actors, 'Luca Bianchi')).toBe('Leicester/ENG');
  });

  it('prefers a title to where the person is from', () => {
    expect(roleOf(actorsOf('Nicolas Sarkozy of France said the plan would fail. The finance minister added that it was too late.'), 'Nicolas Sarkozy')).toBe('finance minister');
  });
});
