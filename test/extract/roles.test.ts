// Roles read from the text around a name: titles with their complements, ranks, relations,
// partitives, appositions that say whom a person acts for, and copulas. Sentences are our own,
// written in the style of the corpus.
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../src/brief/model.js';
import { extractBrief } from '../../src/extract/index.js';
import { article, named } from './excerpt.js';

const REF = { referenceTime: '2019-11-19T12:00:00Z' };
const actorsOf = (text: string): Actor[] => extractBrief(article(text), REF).actors;

describe('readRole: titles before a name', () => {
  it('cuts a country glued in front of a person off the name and keeps it in the role', () => {
    const actors = actorsOf('The talks stalled. Another diplomat, former special envoy to Ukraine Kurt Volker, said the meeting ended early. Volker said he objected.');
    const volker = named(actors, 'Kurt Volker');
    expect(volker).toMatchObject({ type: 'person', role: 'former special envoy to Ukraine' });
    expect(volker.aliases).toContain('Volker');
    expect(actors.map((a) => a.name)).not.toContain('Ukraine Kurt Volker');
  });

  it('reads the positions of ice hockey and baseball as roles ("Wild defenseman Ryan Suter")', () => {
    const actors = actorsOf('Wild defenseman Ryan Suter scored twice. Sabres defenceman Brandon Montour and Twins first baseman Joe Mauer watched.');
    expect(named(actors, 'Ryan Suter').role).toBe('Wild defenseman');
    expect(named(actors, 'Brandon Montour').role).toBe('Sabres defenceman');
    expect(named(actors, 'Joe Mauer').role).toBe('Twins first baseman');
  });

  it('takes a descriptive noun as the role and stops at a noun that only governs the phrase', () => {
    const actors = actorsOf('The group has appealed for the release of aid worker Helen Dorsey, who was kidnapped in March.');
    expect(named(actors, 'Helen Dorsey').role).toBe('aid worker');
  });

  it('keeps a complement with "the" after a title ("ambassador to the European Union")', () => {
    const actors = actorsOf('The new ambassador to the European Union Sarah Pemberton arrived in Brussels on Monday.');
    expect(named(actors, 'Sarah Pemberton').role).toBe('new ambassador to the European Union');
  });

  it('does not take the title of the person after "to" ("adviser to President X")', () => {
    const actors = actorsOf('Senior adviser to President Martin Clarke was not at the meeting.');
    expect(named(actors, 'Martin Clarke').role).toBe('President');
  });

  it('reads abbreviated ranks as a role, but not "Mr"', () => {
    const actors = actorsOf('Lt. Col. Daniel Okafor told lawmakers he had raised concerns. Mr Peter Lund disagreed.');
    expect(named(actors, 'Daniel Okafor').role).toBe('Lt. Col.');
    expect(named(actors, 'Peter Lund').role).toBeNull();
  });

  it('adds a party-and-state tag to the role, and makes no actor of it', () => {
    const actors = actorsOf('A man admitted threatening U.S. Rep. Jane Holloway, D-Ohio, in a phone call last spring.');
    expect(named(actors, 'Jane Holloway').role).toBe('U.S. Rep., D-Ohio');
    expect(actors.map((a) => a.name)).not.toContain('D-Ohio');
  });

  it('reads a relation before a given name as a role ("Mr Keane\'s father Giuseppe"), and types the name a person', () => {
    const actors = actorsOf('Mr Keane\'s father Giuseppe travelled from Belfast to London. Giuseppe was arrested on arrival.');
    expect(named(actors, 'Giuseppe')).toMatchObject({ type: 'person', role: "Mr Keane's father" });
  });

  it('gives no relation role to an organisation ("rival Boeing\'s 747")', () => {
    const actors = actorsOf('The new jet will take the record from rival Boeing\'s 747. Boeing declined to comment.');
    expect(named(actors, 'Boeing').role).toBeNull();
  });

  it('does not run a role across a name joined by "and" ("rival Joe Barnes and Democrats")', () => {
    const actors = actorsOf('He pressed officials to investigate political rival Joe Barnes and Democrats before the vote.');
    expect(named(actors, 'Joe Barnes').role).toBe('political rival');
    expect(actors.find((a) => a.name === 'Democrats')?.role ?? null).toBeNull();
  });

  it('calls the person a film stars "actor"', () => {
    const actors = actorsOf('His story became the film Long Night Home, starring Peter Aldous.');
    expect(named(actors, 'Peter Aldous').role).toBe('actor');
  });
});

describe('readRole: phrases set off by commas', () => {
  it('reads a partitive before the name ("one of the so-called Bristol Three, Tom Reilly -")', () => {
    const actors = actorsOf('However, one of the so-called Bristol Three, Tom Reilly - who was later cleared - said the families were relieved.');
    expect(named(actors, 'Tom Reilly').role).toBe('one of the so-called Bristol Three');
  });

  it('reads whom a person speaks for from the apposition ("X, for the Liberal Democrats, said")', () => {
    const actors = actorsOf('Simon Hale, for the Liberal Democrats, said the vote showed the government was weak.');
    expect(named(actors, 'Simon Hale').role).toBe('for the Liberal Democrats');
  });

  it('completes a title with whom the person represents ("Solicitor X, who represents ...")', () => {
    const actors = actorsOf('Solicitor Helen Marsh, who represents six of the families, said they would appeal.');
    expect(named(actors, 'Helen Marsh').role).toBe('Solicitor for six of the families');
  });
});

describe('late roles: definite descriptions, bare titles, copulas', () => {
  it('reads a description that runs into a name as that name\'s title, not a reference back', () => {
    const actors = actorsOf('Jane Roe was praised by ministers on Monday. The outgoing head of the troubled Tarrant Agency Owen Tarrant also earns an honour.');
    expect(named(actors, 'Jane Roe').role).toBeNull();
    expect(named(actors, 'Owen Tarrant').role).toBe('outgoing head of the troubled Tarrant Agency');
  });

  it('takes a role from "The prime minister\'s spokesman said" for the person named just before', () => {
    const actors = actorsOf('Critics said Mr Tony Weller ignored his cabinet. The prime minister\'s official spokesman said the cabinet still met weekly.');
    expect(named(actors, 'Tony Weller').role).toBe('prime minister');
  });

  it('completes a bare title from a later sentence about the same person', () => {
    const actors = actorsOf('Ambassador Carl Hendry will testify on Wednesday. Hendry, a hotel owner the president picked as his ambassador to the European Union, has changed his account.');
    expect(named(actors, 'Carl Hendry').role).toBe('ambassador to the European Union');
  });

  it('reads a copula after a possessor or a relation that opens the subject, and a partitive whole', () => {
    const actors = actorsOf("Wales' Tom Ridley is one of five Six Nations captains named in the squad. While Karl Dorn is seen as a rising star, his brother Ed is a special adviser to the finance minister.");
    expect(named(actors, 'Tom Ridley').role).toBe('one of five Six Nations captains');
    expect(named(actors, 'Ed').role).toBe('brother, special adviser to the finance minister');
  });

  it('reads no partitive of people in general ("one of the men")', () => {
    const actors = actorsOf('Police arrested Mark Pellew in April. Pellew is one of the men seen at the scene.');
    expect(named(actors, 'Mark Pellew').role).toBeNull();
  });

  it('reads a copula description of a person who opens a sentence ("X is a convicted felon and ...")', () => {
    const actors = actorsOf('Police arrested Mark Pellew in April. Pellew is a convicted felon and kept two rifles at his home.');
    expect(named(actors, 'Mark Pellew').role).toBe('convicted felon');
  });

  it('keeps a complement after a copula role, and ignores copulas that describe no person', () => {
    const actors = actorsOf('Anna Berg is the chief executive of Northwind Energy. Paul Dorn was the reason for the delay.');
    expect(named(actors, 'Anna Berg').role).toBe('chief executive of Northwind Energy');
    expect(named(actors, 'Paul Dorn').role).toBeNull();
  });
});

describe('actor names', () => {
  it('makes one group of "the X and Y families", and drops "Prime Minister\'s Questions"', () => {
    const actors = actorsOf('Mr Blair met members of the Keane and Dwyer families at Westminster. They had hoped to hear the apology during Prime Minister\'s Questions.');
    expect(named(actors, 'Keane and Dwyer families').type).toBe('group');
    expect(actors.map((a) => a.name)).not.toContain('Questions');
    expect(actors.map((a) => a.name)).not.toContain("Prime Minister's Questions");
  });

  it('keeps an office\'s possessive inside an organisation name', () => {
    const actors = actorsOf('The U.S. Attorney\'s Office for the Northern District of Ohio said the man pleaded guilty.');
    expect(named(actors, "U.S. Attorney's Office for the Northern District of Ohio").type).toBe('organization');
  });

  it('merges a name written with and without a space ("TimeWarner", "Time Warner")', () => {
    const actors = actorsOf('Media giant Time Warner said profits rose. TimeWarner also owns a film studio.');
    expect(actors.filter((a) => /Time ?Warner/.test(a.name))).toHaveLength(1);
  });
});

describe('roles that hold another person\'s name', () => {
  it('keeps another person named as the complement of a role, or its possessor', () => {
    const actors = actorsOf('Dhani Harrison, son of the late Beatle George Harrison, played on Monday. The war was illegal, said Philippe Sands, a member of Cherie Blair\'s Matrix Chambers.');
    expect(named(actors, 'Dhani Harrison').role).toBe('son of the late Beatle George Harrison');
    expect(named(actors, 'Philippe Sands').role).toBe("member of Cherie Blair's Matrix Chambers");
  });

  it('takes the last item of a list of titles and names, not the one before it', () => {
    const actors = actorsOf('The talks were joined by US Secretary of State Condoleezza Rice, UN Secretary General Kofi Annan and others on Monday.');
    expect(named(actors, 'Kofi Annan').role).toBe('UN Secretary General');
  });

  it('gives no role made of the next person\'s title and name', () => {
    const actors = actorsOf('The squad includes Cobus Visagie and fellow Springboks John Smit and Os du Randt. Visagie said he was delighted.');
    expect(named(actors, 'Cobus Visagie').role).toBeNull();
  });
});

describe('titles read once a name is known to be a person\'s', () => {
  it('reads no title from a noun after a demonstrative ("Despite this success Mr Yoran")', () => {
    const actors = actorsOf('Zorvan Yoran built a cyber alert system. Despite this success Mr Yoran left his post abruptly last week.');
    expect(named(actors, 'Zorvan Yoran').role).toBeNull();
  });
});


describe('readRoleBeforeComma: a description set off after another name', () => {
  it('is not the role of the name after it ("Prince Edmund, the … brother of the heir to the throne, Richard,"), nor is a phrase longer than a title cut into one', () => {
    const actors = actorsOf('Prince Edmund, the nearly 60-year-old younger brother of the heir to the throne, Richard, has told friends that the visit was a success. Nobody else spoke.');
    expect(named(actors, 'Richard').role ?? null).toBeNull();
    const short = actorsOf('Prince Edmund, the brother of the heir, Richard, has told friends that the visit was a success. Nobody else spoke.');
    expect(named(short, 'Richard').role ?? null).toBeNull();
  });

  it('still gives a title set off before a name to that name ("The company\'s chief executive, Ann Lee,", "In June, the then Home Secretary, X,")', () => {
    const actors = actorsOf('The results came out on Monday. The company\'s chief executive, Ann Lee, said sales had doubled. In June, the then Home Secretary, Tom Reyes, approved the request.');
    expect(named(actors, 'Ann Lee').role).toBe("company's chief executive");
    expect(named(actors, 'Tom Reyes').role).toBe('then Home Secretary');
  });
});
