// Roles read by grammar on text of kinds the first rules were not written on: lists that share a
// role, possessive and bracketed appositions, relative clauses, later descriptions, sport and
// entertainment titles. Sentences are our own; each checks that a role lands on the one person
// the grammar binds it to, and on no one else.
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../src/brief/model.js';
import { extractBrief } from '../../src/extract/index.js';
import { article, named } from './excerpt.js';

const REF = { referenceTime: '2005-03-01T12:00:00Z' };
const actorsOf = (text: string): Actor[] => extractBrief(article(text), REF).actors;
const roleOf = (actors: Actor[], name: string): string | null => named(actors, name).role;

describe('roles shared by a list', () => {
  it('gives a plural title before a list to every listed person, in the singular', () => {
    const actors = actorsOf('The settlement was signed by former outside directors Alan Brock, Judith Kemp and Carl Voss on Monday.');
    for (const name of ['Alan Brock', 'Judith Kemp', 'Carl Voss']) expect(roleOf(actors, name)).toBe('former outside director');
  });

  it('reads a plural description set equal to a list ("The three defendants are A, B and C")', () => {
    const actors = actorsOf('The three remaining defendants are Bert Rowley, Frank Galli and Ian Moss.');
    for (const name of ['Bert Rowley', 'Frank Galli', 'Ian Moss']) expect(roleOf(actors, name)).toBe('remaining defendant');
  });

  it('does not share a singular title ("striker A and B")', () => {
    const actors = actorsOf('Arsenal striker Thierry Lemaire and Robert Pell both scored on Saturday.');
    expect(roleOf(actors, 'Thierry Lemaire')).toBe('Arsenal striker');
    expect(roleOf(actors, 'Robert Pell')).toBeNull();
  });
});

describe('appositions and titles', () => {
  it('reads appositions both ways: "X, the chief executive of Y," and "Y\'s chief executive, X,"', () => {
    const actors = actorsOf('Greg Hollis, the chief executive of Northwind, said sales fell. Northwind\'s finance director, Sara Mold, said costs rose.');
    expect(roleOf(actors, 'Greg Hollis')).toBe('chief executive of Northwind');
    expect(roleOf(actors, 'Sara Mold')).toBe("Northwind's finance director");
  });

  it('reads an apposition that opens with a participle before the title\'s head ("managing director of ...")', () => {
    const actors = actorsOf('"Demand is weak," said Lena Marsh, managing director of Fernside Storage. Dr Owen Tate, visiting professor at Kent University, disagreed.');
    expect(roleOf(actors, 'Lena Marsh')).toBe('managing director of Fernside Storage');
    expect(roleOf(actors, 'Owen Tate')).toBe('visiting professor at Kent University');
  });

  it('reads a noun for a party\'s member right before a name as the role ("Tory X", "former Democrat X")', () => {
    const actors = actorsOf('The oldest candidate was Tory Harold Pym, who won the seat in 1931. Former Democrat Ellen Ruiz backed him. Tory leader Sam Crane agreed.');
    expect(roleOf(actors, 'Harold Pym')).toBe('Tory');
    expect(roleOf(actors, 'Ellen Ruiz')).toBe('Former Democrat');
    expect(roleOf(actors, 'Sam Crane')).toBe('Tory leader');
  });

  it('reads a possessive role and a role with "for"', () => {
    const actors = actorsOf("Mr Doyle's defence lawyer Anne Carter said he would appeal. A lawyer for the family, Tom Reece, disagreed.");
    expect(roleOf(actors, 'Anne Carter')).toBe("Mr Doyle's defence lawyer");
    expect(roleOf(actors, 'Tom Reece')).toBe('lawyer for the family');
  });

  it('reads a bracketed apposition, an age before an apposition, and a title without an article after "is"', () => {
    const actors = actorsOf('The deal was welcomed by John Hartley (chief executive of Acme). Paul Mercer, 52, a former striker, said it was fair. Police spoke to Anna Berg. Anna Berg is chief executive of Northwind Energy.');
    expect(roleOf(actors, 'John Hartley')).toBe('chief executive of Acme');
    expect(roleOf(actors, 'Paul Mercer')).toBe('former striker');
    expect(roleOf(actors, 'Anna Berg')).toBe('chief executive of Northwind Energy');
  });

  it('reads a role from a relative clause: "who chairs ...", "who is the ..."', () => {
    const actors = actorsOf('Sir Archy Kell, who chairs the Commons work and pensions committee, said so. Tom Hale, who is the chairman of the Rugby Football Union, agreed.');
    expect(roleOf(actors, 'Archy Kell')).toBe('chair of the Commons work and pensions committee');
    expect(roleOf(actors, 'Tom Hale')).toBe('chairman of the Rugby Football Union');
  });

  it('reads titles whose complement runs up to the name, and hyphenated titles', () => {
    const actors = actorsOf(
      'The outgoing head of the troubled Child Support Agency Doug Smyth also earns an honour. Prosecutors dropped the case against Wikileaks co-founder Julian Asher. Scrum-half Peter Strand was glad.',
    );
    expect(roleOf(actors, 'Doug Smyth')).toBe('outgoing head of the troubled Child Support Agency');
    expect(roleOf(actors, 'Julian Asher')).toBe('Wikileaks co-founder');
    expect(roleOf(actors, 'Peter Strand')).toBe('Scrum-half');
  });

  it('cuts a title off the name in front of a given name ("Comptroller Alan Hevis")', () => {
    const actors = actorsOf('New York State Comptroller Alan Hevis said the pension fund had lost money.');
    expect(roleOf(actors, 'Alan Hevis')).toBe('New York State Comptroller');
    expect(actors.map((a) => a.name)).not.toContain('New York State Comptroller Alan Hevis');
  });

  it('does not run a title across another person\'s name ("chairman X Y accused Ms Z")', () => {
    const actors = actorsOf('Home Office minister Hazel Brears spoke on Monday. IHRC chairman Massoud Shaddad accused Ms Brears of playing politics.');
    expect(roleOf(actors, 'Hazel Brears')).toBe('Home Office minister');
    expect(roleOf(actors, 'Massoud Shaddad')).toBe('IHRC chairman');
  });

  it('keeps a singular position as written ("Bath centre X")', () => {
    const actors = actorsOf('Bath centre Olly Barker was injured in training.');
    expect(roleOf(actors, 'Olly Barker')).toBe('Bath centre');
  });

  it('gives no role to the body after "president of" ("Mike Pratt, president of Netlab")', () => {
    const actors = actorsOf('Mike Pratt, president of Netlab, said the sites were slow. Netlab runs the survey.');
    expect(roleOf(actors, 'Mike Pratt')).toBe('president of Netlab');
    expect(named(actors, 'Netlab')).toMatchObject({ type: 'organization', role: null });
  });
});

describe('roles given in a later sentence', () => {
  it('reads a noun for one of a country\'s people as a description that refers back ("the Spaniard", "the Welshman")', () => {
    const actors = actorsOf('Rosa Alvarez won the final in three sets on Sunday. "It was a long week," said the Spaniard. Owen Pryce had a chance late on, but the Welshman dragged his shot wide.');
    expect(roleOf(actors, 'Rosa Alvarez')).toBe('Spaniard');
    expect(roleOf(actors, 'Owen Pryce')).toBe('Welshman');
  });

  it('does not give a people\'s noun to someone written with another people\'s word, nor when another person is written with its own', () => {
    const actors = actorsOf('Third seed Marco Ruiz cruised past Canadian Leo Park in straight sets. The Mexican faces Dan Wood next. Lena Fox beat Polish Kasia Nowak on Friday, but the Pole reached the main draw anyway.');
    expect(roleOf(actors, 'Leo Park')).toBe('Canadian');
    expect(roleOf(actors, 'Lena Fox')).toBeNull();
  });

  it('reads a description headed by a noun in its person sense after an ordinal ("The top seed was ...")', () => {
    const actors = actorsOf('Lars Holm lost to Dan Reed in the quarter-finals on Friday. The top seed was a strong favourite for the title but went down in two sets.');
    expect(roleOf(actors, 'Lars Holm')).toBe('top seed');
    expect(roleOf(actors, 'Dan Reed')).toBeNull();
  });

  it('reads the description that names a quotation\'s speaker ("…," the Chelsea manager said)', () => {
    const actors = actorsOf('Jose Morales was unhappy after the draw. "We were poor in the second half," the Chelsea manager said.');
    expect(roleOf(actors, 'Jose Morales')).toBe('Chelsea manager');
  });

  it('does not give a title another person holds to the person named last', () => {
    const actors = actorsOf(
      'Martin Mbeki said he was held for months. The home secretary said he would not open an inquiry. Later, Home Secretary Charles Clarkson told the BBC he had no plans.',
    );
    expect(roleOf(actors, 'Martin Mbeki')).toBeNull();
    expect(roleOf(actors, 'Charles Clarkson')).toBe('Home Secretary');
  });

  it('binds no description to a name in a list or after a preposition', () => {
    const actors = actorsOf('The star took action against Jamie Fell and Ben Moody. The Australian actress said she had been followed.');
    expect(roleOf(actors, 'Ben Moody')).toBeNull();
    expect(roleOf(actors, 'Jamie Fell')).toBeNull();
  });

  it('takes the subject of the sentence before over a name in the clause it governs ("X did not know Y was coming")', () => {
    const actors = actorsOf(
      'Senator Dan Okoro spoke in the hall. Mara Lindqvist did not know Okoro was coming but saw his visit as a pleasant surprise. The real estate agent said she related to him.',
    );
    expect(roleOf(actors, 'Mara Lindqvist')).toBe('real estate agent');
    expect(roleOf(actors, 'Dan Okoro')).toBe('Senator');
  });

  it('does not complete a title from another person\'s title in the same sentence', () => {
    const actors = actorsOf('President Donald Trimble spoke on Monday. Trimble pressed the president of Ukraine to open an inquiry.');
    expect(roleOf(actors, 'Donald Trimble')).toBe('President');
  });
});

describe('sport and entertainment', () => {
  it('reads sport titles and types the club in them as an organisation', () => {
    const actors = actorsOf('Chelsea captain John Terris missed training. Real Madrid striker Michael Orwin scored twice. The former Dundee United and Dumbarton full-back was sacked.');
    expect(roleOf(actors, 'John Terris')).toBe('Chelsea captain');
    expect(named(actors, 'Chelsea').type).toBe('organization');
    expect(roleOf(actors, 'Michael Orwin')).toBe('Real Madrid striker');
    expect(named(actors, 'Real Madrid').type).toBe('organization');
    expect(named(actors, 'Dundee United').type).toBe('organization');
    expect(named(actors, 'Dumbarton').type).toBe('organization');
  });

  it('reads entertainment titles and types a band as an organisation', () => {
    const actors = actorsOf('Former Westlife singer Brian McFee has a new album. Naomi Wells, director of the film Blue Harbour, was there. Actor Kevin Coster also attended.');
    expect(roleOf(actors, 'Brian McFee')).toBe('Former Westlife singer');
    expect(named(actors, 'Westlife').type).toBe('organization');
    expect(roleOf(actors, 'Naomi Wells')).toBe('director of the film Blue Harbour');
    expect(roleOf(actors, 'Kevin Coster')).toBe('Actor');
  });
});

describe('roles in less common shapes', () => {
  it('reads a participle before the head, a plural possessor, an agent noun no list holds and a partitive', () => {
    const actors = actorsOf(
      '"It was too long," said Owen Marsh, the Labs\' managing director. Ian Tulley, Norcom\'s futurologist, told reporters it was a shame. Pieter van Loon, one of the Delta researchers behind the project, said it was hard.',
    );
    expect(roleOf(actors, 'Owen Marsh')).toBe("Labs' managing director");
    expect(roleOf(actors, 'Ian Tulley')).toBe("Norcom's futurologist");
    expect(roleOf(actors, 'Pieter van Loon')).toBe('Delta researcher');
  });

  it('reads a title the writer put in brackets inside a quotation', () => {
    const actors = actorsOf('"It is up to (Bath owner) Andrew Brownlow. He has to make it happen," the agent said.');
    expect(roleOf(actors, 'Andrew Brownlow')).toBe('Bath owner');
  });

  it('reads a noun in its rarer person sense for a speaker, and an adverb before the verb', () => {
    const actors = actorsOf('Ken Dorsey\'s agent has warned the club. Dipo Ameh says he has another offer. "It is fine," the agent added.');
    expect(roleOf(actors, 'Dipo Ameh')).toMatch(/agent$/);
    const minister = actorsOf('Mr Gray said the storm was the worst in years. He said he was proud of the response. The first minister also praised the water board.');
    expect(roleOf(minister, 'Gray')).toBe('first minister');
  });

  it('takes no clause for an apposition headed by a noun in its rarer sense ("..., shot to the top")', () => {
    const actors = actorsOf('The comedy, in which he stars with Ben Stiller and Barbara Sands, shot to the top of the chart at the weekend.');
    expect(roleOf(actors, 'Barbara Sands')).toBeNull();
  });

  it('makes no role of a capitalised "Executive" that names a government', () => {
    const actors = actorsOf('Mr Gray praised the water board. The Scottish Executive has seconded 11 staff to the agencies.');
    expect(roleOf(actors, 'Gray')).toBeNull();
  });
});

describe('copulas, surnames that are titles, spaced compounds', () => {
  it('reads a perfect copula, an office without an article and a possessive inside the description', () => {
    const actors = actorsOf('Arsene Wenger has been Arsenal manager since 1996. Alan Greer is the club\'s new chairman. Bob Leigh is Arsenal\'s best hope.');
    expect(roleOf(actors, 'Arsene Wenger')).toBe('Arsenal manager');
    expect(roleOf(actors, 'Alan Greer')).toBe("club's new chairman");
    expect(roleOf(actors, 'Bob Leigh')).toBeNull();
    expect(named(actors, 'Arsenal').type).toBe('organization');
  });

  it('reads a future copula, in a relative clause too, and the copula of a clause a subordinator opens', () => {
    const actors = actorsOf('"It is a great honour," said Clive Woodward, who will be the head coach. The last tour was in 2001, when New Zealander Graham Henry was the head coach. Mark Lee will be the new chairman.');
    expect(roleOf(actors, 'Clive Woodward')).toBe('head coach');
    expect(roleOf(actors, 'Graham Henry')).toBe('head coach');
    expect(roleOf(actors, 'Mark Lee')).toBe('new chairman');
  });

  it('keeps a title word that is a surname after a given name ("Justin King")', () => {
    const actors = actorsOf("Sainsbury's chief executive Justin King said sales fell.");
    expect(roleOf(actors, 'Justin King')).toBe("Sainsbury's chief executive");
  });
});

describe('introductions, namesakes, positions and ranks', () => {
  it('reads a lead that introduces someone before a later description of someone unnamed', () => {
    const actors = actorsOf('A PR expert has told the trial that the film was a disaster.\n\nAnn Kitto told the court she was hired after it aired. The judge is studying whether a witness is in contempt.');
    expect(roleOf(actors, 'Ann Kitto')).toBe('PR expert');
  });

  it('lets an honorific\'s gender pick one of two namesakes', () => {
    const actors = actorsOf('Katherine Jackman said her son was innocent. Michael Jackman, the singer, denies the charges. Mr Jackman arrived at court on Monday.');
    expect(named(actors, 'Michael Jackman').aliases).toContain('Jackman');
  });

  it('reads a person noun the tagger took for an adjective, and a verb-tagged modifier after a possessive', () => {
    const actors = actorsOf("She received a call from a Jackson associate, Marc Schaffer, who said the boy had left. The band's lead singer, Chris Mardle, said the album was done.");
    expect(roleOf(actors, 'Marc Schaffer')).toBe('Jackson associate');
    expect(roleOf(actors, 'Chris Mardle')).toBe("band's lead singer");
  });

  it('reads a playing position after "at" in the clause a player opens, and a rank in apposition', () => {
    const actors = actorsOf('Matt Stevens had an awesome game at tighthead prop. John Smythe played at the club as a boy. Roger Feder, the world number one, won.');
    expect(roleOf(actors, 'Matt Stevens')).toBe('tighthead prop');
    expect(roleOf(actors, 'John Smythe')).toBeNull();
    expect(roleOf(actors, 'Roger Feder')).toBe('world number one');
  });
});

describe('American football positions', () => {
  it('reads a roster abbreviation before a name as the player\'s position, not part of a club\'s name', () => {
    const actors = actorsOf('Browns DL Sheldon Richards said Rudolph asked for it. Cleveland DL Larry Ogunde agreed.');
    expect(roleOf(actors, 'Sheldon Richards')).toBe('Browns DL');
    expect(actors.map((a) => a.name)).not.toContain('Browns DL');
  });
});

describe('tables', () => {
  it("reads a row's cell under a column headed \"Pos\" as the role of the person named in the row", () => {
    const actors = actorsOf('The snap counts were as follows.\n\nPos\tPlayer\tPlays\t%\n\nDL\tLarry Ogunde\t63\t85%\n\nLB\tJoe Schober\t74\t100%\n');
    expect(roleOf(actors, 'Larry Ogunde')).toBe('DL');
    expect(roleOf(actors, 'Joe Schober')).toBe('LB');
  });

  it('reads no role from a column of places in a standing, nor from a table without such a header', () => {
    const actors = actorsOf('The standings after the race.\nPos.\tDriver\tPoints\n1\tKyle Bushell\t5040\n\nThe squad.\nLarry Ogunde\tDL\t63\n');
    expect(roleOf(actors, 'Kyle Bushell')).toBeNull();
    expect(roleOf(actors, 'Larry Ogunde')).toBeNull();
  });
});

describe('offices a person is put in', () => {
  it('reads an office after "appointed", "became", "elected", "took over as", and "who runs"', () => {
    const actors = actorsOf(
      'Anna Bellow, who runs the charity, said so. Paul Rossi was appointed chief executive in 2003. Jane Rowe became leader of the party in May. Mark Hughson, 41, who took over as Wales manager in 1999, said he was proud. Bob Fryer was named in the squad.',
    );
    expect(roleOf(actors, 'Anna Bellow')).toBe('head of the charity');
    expect(roleOf(actors, 'Paul Rossi')).toBe('chief executive');
    expect(roleOf(actors, 'Jane Rowe')).toBe('leader of the party');
    expect(roleOf(actors, 'Mark Hughson')).toBe('Wales manager');
    expect(roleOf(actors, 'Bob Fryer')).toBeNull();
  });
});

describe('reduced relatives, affiliations and awards', () => {
  it('ends an apposition before a past participle that opens a clause, and reads a body a two-word name comes from', () => {
    const actors = actorsOf(
      'Enrico Bondo, the turnaround specialist appointed by the government as chief executive, spoke. Shami Chakra, from human rights group Liberty, joined calls. Tim Henley was named player of the year.',
    );
    expect(roleOf(actors, 'Enrico Bondo')).toBe('turnaround specialist');
    expect(roleOf(actors, 'Shami Chakra')).toMatch(/human rights group Liberty$/);
    expect(roleOf(actors, 'Tim Henley')).toBeNull();
  });
});

describe('appositions with a name or a compound noun inside', () => {
  it('reads a body name with "of" in it before the head of an apposition', () => {
    const actors = actorsOf('"The plan will work," said Helen Marsh, a University of Leeds historian.');
    expect(roleOf(actors, 'Helen Marsh')).toBe('University of Leeds historian');
  });

  it('reads a compound noun whose first part the tagger takes for a verb ("think tank")', () => {
    const actors = actorsOf('Owen Tarrant, director of the economic policy think tank, wrote the report.');
    expect(roleOf(actors, 'Owen Tarrant')).toBe('director of the economic policy think tank');
  });
});

describe('lists with a bracketed aside', () => {
  it('passes over an item\'s bracketed aside when reading the kind a list gives examples of', () => {
    const actors = actorsOf('She worked with novelists including Anne Carver, Peter Lomax (better known as P. J. Lomax), Sarah Jewell and David Rook.');
    for (const name of ['Anne Carver', 'Peter Lomax', 'Sarah Jewell', 'David Rook']) expect(roleOf(actors, name)).toBe('novelist');
  });
});

describe('a possessor before a title', () => {
  it('keeps a common-noun possessor that a definite determiner opens as the body the title is held in', () => {
    const actors = actorsOf('Rates will hold, the central bank\'s deputy governor Maria Delgado said. He later met the club\'s vice president Owen Tarrant.');
    expect(roleOf(actors, 'Maria Delgado')).toBe("central bank's deputy governor");
    expect(roleOf(actors, 'Owen Tarrant')).toBe("club's vice president");
  });
});

describe('a later description by a playing position', () => {
  it('gives a position another player already holds to the person named last, as a team fields several', () => {
    const actors = actorsOf('Wales wing Alun Pryce is fit. Coach Rhys Morgan may make Dylan Hughes his kicker in Paris. The wing was the hero of the win over France.');
    expect(roleOf(actors, 'Dylan Hughes')).toBe('wing');
    expect(roleOf(actors, 'Alun Pryce')).toBe('Wales wing');
  });

  it('still keeps an office another person holds from the person named last', () => {
    const actors = actorsOf('Wales captain Alun Pryce is fit. Coach Rhys Morgan may make Dylan Hughes his kicker in Paris. The captain was the hero of the win over France.');
    expect(roleOf(actors, 'Dylan Hughes')).toBeNull();
  });
});

describe('titles the tagger splits or misreads', () => {
  it('reads a person sense tagged a verb after a modifier as the noun of a title, but not after an adverb that modifies a verb', () => {
    const actors = actorsOf('Critics praised Backwards star Jo Bell. The revival will also star Mary Lane.');
    expect(roleOf(actors, 'Jo Bell')).toBe('Backwards star');
    expect(roleOf(actors, 'Mary Lane')).toBeNull();
  });

  it('passes over a body\'s bracketed acronym inside a title before a name', () => {
    const actors = actorsOf('Danish cycling union (DCU) spokesman Lars Holm said the race would go ahead.');
    expect(roleOf(actors, 'Lars Holm')).toBe('Danish cycling union (DCU) spokesman');
  });

  it('reads a playing position in a clause joined by a comma and a conjunction that the person opens', () => {
    const actors = actorsOf('Owen Price is injured, and Huw Jenkins will continue at centre.');
    expect(roleOf(actors, 'Huw Jenkins')).toBe('centre');
  });
});

describe('partitives and appointments', () => {
  it('reads the group of a partitive apposition in the singular when a clause follows it', () => {
    const actors = actorsOf('"We saw it coming," said Dan Ferris, one of the sound engineers dismissed by Northwind.');
    expect(roleOf(actors, 'Dan Ferris')).toBe('sound engineer');
  });

  it('reads an office from the noun of a verb of appointing, with the person as its possessor', () => {
    const actors = actorsOf('Sales have doubled since Anna Berg\'s appointment as managing director in 2001.');
    expect(roleOf(actors, 'Anna Berg')).toBe('managing director');
  });
});
