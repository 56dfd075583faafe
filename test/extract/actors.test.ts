import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../src/brief/model.js';
import { extractBrief } from '../../src/extract/index.js';
import { hasShared, SEED } from '../helpers.js';
import { article, excerpt, named } from './excerpt.js';

const REF = { referenceTime: '2005-02-10T12:00:00Z' };
const actorsOf = (text: string): Actor[] => extractBrief(article(text), REF).actors;

describe('buildActorDrafts on the seed', () => {
  const actors = actorsOf(readFileSync(SEED, 'utf8'));

  it('makes one actor of a person named in full and by surname, with the title in front as role', () => {
    const rasmussen = named(actors, 'Anders Rasmussen');
    expect(rasmussen).toMatchObject({ type: 'person', role: 'Former NATO chief', key: true });
    expect(rasmussen.aliases).toContain('Rasmussen');
    expect(actors.filter((a) => /Rasmussen/.test(a.name))).toHaveLength(1);
  });

  it('types countries, places and organisations, and makes no actor of a sentence-initial word', () => {
    expect(named(actors, 'Poland')).toMatchObject({ type: 'country', aliases: ['Poles'] });
    expect(named(actors, 'Vilnius').type).toBe('place');
    expect(named(actors, 'European Union')).toMatchObject({ type: 'organization', aliases: ['EU'] });
    expect(actors.map((a) => a.name)).not.toContain('To');
    expect(actors.every((a) => !/[.,;:]$/.test(a.name))).toBe(true);
  });
});

describe.skipIf(!hasShared)('buildActorDrafts on BBC passages', () => {
  it('splits "analyst X of Y" into a person and an organisation', () => {
    const actors = actorsOf(excerpt('business/004.txt', 'Yet aviation analyst', 'a predicted extra £250m.'));
    expect(named(actors, 'Mike Powell')).toMatchObject({ type: 'person', role: 'aviation analyst of Dresdner Kleinwort Wasserstein' });
    expect(named(actors, 'Dresdner Kleinwort Wasserstein').type).not.toBe('person');
  });

  it('reads the role from an apposition after the name', () => {
    const actors = actorsOf(excerpt('business/004.txt', 'Rod Eddington,', 'by £106m or 47.3%.'));
    expect(named(actors, 'Rod Eddington').role).toBe("BA's chief executive");
  });

  it('reads a role from a dash apposition, and gives a peer his role without his honorific, with the post after his name', () => {
    const actors = actorsOf(excerpt('politics/040.txt', 'But Liberal Democrat peer', 'but not Britons.'));
    expect(named(actors, 'Lord Carlile').role).toBe("Liberal Democrat peer, government's independent reviewer of anti-terrorism laws");
    expect(named(actors, 'Lord Bingham').role).toBe('senior law lord');
  });

  it('takes the role from a later definite description ("The foreign secretary said")', () => {
    const actors = actorsOf(excerpt('politics/040.txt', 'Jack Straw has attacked', 'protect people from terrorism.'));
    expect(named(actors, 'Jack Straw')).toMatchObject({ type: 'person', role: 'foreign secretary' });
  });

  it('types organisations by their words and by party names, and groups named by a number', () => {
    const actors = actorsOf(excerpt('politics/072.txt', 'MPs voted in favour', 'reduced to 14.'));
    expect(named(actors, 'Labour').type).toBe('organization');
    expect(actors.map((a) => a.name)).not.toContain('MPs');
    expect(actors.map((a) => a.name)).not.toContain('Prevention of Terrorism Bill');
    const groups = actorsOf(excerpt('politics/012.txt', 'In October 1989', 'Maguire Seven.'));
    expect(named(groups, 'Guildford Four').type).toBe('group');
    expect(named(groups, 'Court of Appeal').type).toBe('organization');
  });

  it('cuts a title off the end of an organisation ("NUJ General Secretary")', () => {
    const actors = actorsOf(excerpt('business/014.txt', 'The National Union of Journalists said', 'NUJ General Secretary.'));
    expect(named(actors, 'National Union of Journalists')).toMatchObject({ type: 'organization', aliases: ['NUJ'] });
    expect(named(actors, 'Jeremy Dear').type).toBe('person');
  });
});

describe('which actors the brief shows as key', () => {
  const text =
    'Former champion Maria Lindqvist won the 10km race in Bute Park on Sunday.\n\n' +
    'She beat Anna Kovacs by 40 metres. Lindqvist now leads the series. Coach Peter Holm watched from the finish. ' +
    'Holm has trained the squad since 2001. Tom Berg came fourth.';
  const keyed = (title: string | null): Record<string, boolean> =>
    Object.fromEntries(extractBrief({ ...article(text), title }, REF).actors.map((a) => [a.name, a.key]));

  it('the lead names the parties; a person named twice is one; a place is scenery; a passing name is not', () => {
    const key = keyed(null);
    expect(key['Maria Lindqvist']).toBe(true);
    expect(key['Peter Holm']).toBe(true);
    expect(key['Bute Park']).toBe(false);
    expect(key['Tom Berg']).toBe(false);
  });

  it('whoever the headline names is key', () => {
    expect(keyed(null)['Tom Berg']).toBe(false);
    expect(keyed('Berg misses the podium')['Tom Berg']).toBe(true);
  });

  // A person named once, late, is key when the name is the subject of a verb of saying, though no claim is tied to
  // it (two speakers joined by "and"); a name after a preposition or a verb, or the subject of another verb, is not.
  const late = (sentence: string): boolean | undefined => {
    const body =
      'The council met on Monday to discuss the budget. Members voted on a plan for new roads. The meeting lasted four hours. ' +
      `Several residents attended the session. ${sentence} The vote will be held next month.`;
    return extractBrief(article(body), REF).actors.find((a) => a.name === 'Jo Reddaway')?.key;
  };

  it('a person who is the subject of a verb of saying is key, wherever the name stands in the clause', () => {
    expect(late('Jo Reddaway and Ann Lessing said the cuts were unavoidable.')).toBe(true);
    expect(late('Ann Lessing and Jo Reddaway have warned that the cuts were unavoidable.')).toBe(true);
    expect(late('Finance chief Jo Reddaway and her deputy Ann Lessing said the cuts were unavoidable.')).toBe(true);
    expect(late('Jo Reddaway is hoping to persuade members that the cuts were unavoidable.')).toBe(true);
  });

  it('a person named once after a preposition or a verb, or as the subject of a verb of doing, is not', () => {
    expect(late('The report was sent to Jo Reddaway.')).toBe(false);
    expect(late('A letter praised Jo Reddaway and Ann Lessing.')).toBe(false);
    expect(late('Jo Reddaway has left the council.')).toBe(false);
    expect(late('Jo Reddaway was asked to explain the cuts.')).toBe(false);
    expect(late('Jo Reddaway is reported to have opposed the cuts.')).toBe(false);
    expect(late('The fund was set up by founder Jo Reddaway and has vowed to fight the cuts.')).toBe(false);
  });
});

describe('names of bodies that list their fields', () => {
  it('keeps "X and Y Commission" one organisation when X is one everyday word', () => {
    const names = actorsOf('Officials at the Securities and Exchange Commission met. Later the Food and Drug Administration approved the drug.').map((a) => a.name);
    expect(names).toContain('Securities and Exchange Commission');
    expect(names).toContain('Food and Drug Administration');
    expect(names).not.toContain('Securities');
  });

  it('leaves two names joined by "and" apart when the first is a name of its own', () => {
    const names = actorsOf('Talks between France and European Commission officials resumed.').map((a) => a.name);
    expect(names).toContain('France');
  });
});

describe('a country named in longer names too', () => {
  it('stays one actor however often it is named ("East Wales", "World Cup Wales", then "Wales")', () => {
    const actors = actorsOf('East Wales beat the tourists. World Cup Wales lost in 1987. Wales won in 2005. Wales lost again. Wales drew.');
    expect(actors.filter((a) => a.name === 'Wales')).toHaveLength(1);
  });
});

describe('an everyday word opening a sentence, spelt the British way', () => {
  it('is no actor ("Organisations such as …")', () => {
    const names = actorsOf('Organisations such as Oxfam have a duty to help. Privatisation of the railways began in 1994.').map((a) => a.name);
    expect(names).not.toContain('Organisations');
    expect(names).toContain('Oxfam');
  });
});

describe('partners named with "&"', () => {
  it('name a firm, also at a sentence start and after a person noun', () => {
    const actors = actorsOf('Regulators fined troubled insurance broker Marsh & McLennan on Monday. Procter & Gamble said sales rose. Comedians Matt Lucas & David Walliams appeared.');
    expect(named(actors, 'Marsh & McLennan')).toMatchObject({ type: 'organization', role: null });
    expect(named(actors, 'Procter & Gamble').type).toBe('organization');
    expect(named(actors, 'Matt Lucas').type).toBe('person');
  });
});

describe('names written with letters beyond Latin-1', () => {
  it('are whole actors', () => {
    const names = actorsOf('Serbian designers Ivana Jelić and Pavle Petrović showed the lamp. Coach Łukasz Fabiański agreed.').map((a) => a.name);
    expect(names).toContain('Ivana Jelić');
    expect(names).toContain('Pavle Petrović');
    expect(names).toContain('Łukasz Fabiański');
  });
});

describe('a surname that looks like a plural of an everyday word', () => {
  it('is still a person\'s ("Evo Morales", "Ada Barnes")', () => {
    const actors = actorsOf('The government that ousted Evo Morales, after clashes, met Ada Barnes on Monday.');
    expect(named(actors, 'Evo Morales').type).toBe('person');
    expect(named(actors, 'Ada Barnes').type).toBe('person');
  });
});

describe('names glued together or cut apart by the words around them', () => {
  it('splits a body from its title holder named after it ("the head of Vodafone Arun Sarin")', () => {
    const actors = actorsOf('The head of Vodafone Arun Sarin said the firm would grow.');
    expect(named(actors, 'Arun Sarin').type).toBe('person');
    expect(named(actors, 'Vodafone').type).toBe('organization');
    expect(actors.map((a) => a.name)).not.toContain('Vodafone Arun Sarin');
  });

  it('reads a title written with a hyphen and a romanised given name ("U.N. Secretary-General Ban Ki-moon")', () => {
    const actors = actorsOf('U.N. Secretary-General Ban Ki-moon called for calm. South Korean President Moon Jae-in agreed.');
    expect(named(actors, 'Ban Ki-moon').type).toBe('person');
    expect(named(actors, 'Moon Jae-in').type).toBe('person');
  });

  it('keeps a place the gazetteer knows whole at a sentence start ("Dar es Salaam is")', () => {
    const names = actorsOf('Dar es Salaam is the largest city. Officials in Dar es Salaam agreed.').map((a) => a.name);
    expect(names).toContain('Dar es Salaam');
    expect(names).not.toContain('Salaam');
  });

  it('types a team named short after "the" as a body, not by a surname ("the Wild scored")', () => {
    const actors = actorsOf('The Minnesota Wild won 3-2 on Monday. The Wild scored twice. "We played well," said Wild coach Bruce Boudreau.');
    expect(named(actors, 'Minnesota Wild').type).toBe('organization');
  });

  it('makes a person of two words that attribute a direct quote, though the first is an everyday word', () => {
    const actors = actorsOf('"It was great," said Ant McPartlin. The show returns in May.');
    expect(named(actors, 'Ant McPartlin').type).toBe('person');
  });
});

describe('labels and title-case lines', () => {
  it('make no actor of a superlative heading a label ("The Latest on the storm")', () => {
    const names = actorsOf('The Latest on the storm (all times local):\n\nCarnival said on Monday it had cancelled three trips.').map((a) => a.name);
    expect(names).not.toContain('Latest');
    expect(names).toContain('Carnival');
  });

  it('take no everyday words of a title-case line for a name, but keep a name in it', () => {
    const names = actorsOf('Tomato Cucumber Salad\n\nNighttime Supplement\n\nDell Alienware Monitor Deals\n\nThey said a tomato salad was served with a cucumber as a nighttime supplement.').map((a) => a.name);
    expect(names).not.toContain('Tomato Cucumber Salad');
    expect(names).not.toContain('Nighttime Supplement');
    expect(names.some((n) => /Dell/.test(n))).toBe(true);
  });

  it('read a list of names as names, though every word in it is capitalised ("Subs: Wright, Brown, Weir")', () => {
    const names = actorsOf('Everton won. Subs: Wright, Pistone, Weir, Brown, Vaughan.').map((a) => a.name);
    expect(names).toContain('Weir');
    expect(names).toContain('Brown');
  });
});

describe('the key actors', () => {
  it('do not count a name as an item of an enumeration as a second mention ("Everton: Martyn, Hibbert, Yobo")', () => {
    const actors = actorsOf(
      'Wayne Rooney made a winning return as United won on Sunday. Rooney was jeered by the crowd. The home side started brightly. Tony Hibbert deflected a drive before the break.\n\nEverton: Martyn, Hibbert, Yobo, Stubbs, Naysmith.',
    );
    expect(named(actors, 'Wayne Rooney').key).toBe(true);
    expect(named(actors, 'Tony Hibbert').key).toBe(false);
  });
});

describe('descriptions around a name', () => {
  it('leave a country between a body and a person noun to the title ("White House Russia adviser Fiona Hill")', () => {
    const actors = actorsOf('"I asked," said former White House Russia adviser Fiona Hill.');
    expect(named(actors, 'White House').type).toBe('organization');
    expect(named(actors, 'Fiona Hill').role).toContain('Russia adviser');
    expect(actors.map((a) => a.name)).not.toContain('White House Russia');
  });

  it('make no actor of a region adjective with a noun for states ("eastern European countries"), but keep "the Baltic States"', () => {
    const names = actorsOf('Workers from eastern European countries who will head west worry them. The Baltic States want troops.').map((a) => a.name);
    expect(names).not.toContain('European countries');
    expect(names).toContain('Baltic States');
  });
});

describe('a name typed by how it is used', () => {
  it('is no place when it acts as a clause\'s subject, though once after "at" ("at Airbus ... Airbus has confirmed")', () => {
    const actors = actorsOf('Thousands of jobs will go in a restructuring programme at Airbus. Airbus has confirmed the plan.');
    expect(named(actors, 'Airbus').type).toBe('organization');
  });

  it('stays a place when it only follows a verb\'s subject or is linked by a copula ("officials in Powys said", "Woking is")', () => {
    const actors = actorsOf('Health officials in Powys said the plan had failed. Woking is a town in Surrey, and people in Woking agreed.');
    expect(named(actors, 'Powys').type).toBe('place');
    expect(named(actors, 'Woking').type).toBe('place');
  });
});

describe('a surname glued to a known body', () => {
  it('is cut off the body ("the Obama White House")', () => {
    const actors = actorsOf('Officials from the Obama White House said the talks had failed. President Barack Obama spoke later.');
    expect(named(actors, 'White House').type).toBe('organization');
    expect(named(actors, 'Barack Obama').type).toBe('person');
    expect(actors.map((a) => a.name)).not.toContain('Obama White House');
  });
});

describe('a country named only as where something happens', () => {
  it('is a place ("arrested in Peru", "a Malta-based fund", "his Peruvian passport", "in Chile and Bolivia")', () => {
    const actors = actorsOf(
      'The trader was arrested in Peru last year while travelling on his Peruvian passport. He ran a Malta-based fund. He had also worked in Chile and Bolivia before the arrest.',
    );
    for (const name of ['Peru', 'Malta', 'Chile', 'Bolivia']) expect(named(actors, name).type).toBe('place');
  });

  it('stays a country when it acts, owns, has people or a body, or is beaten ("Peru said", "Chile\'s", "Bolivian officials", "lost to Italy")', () => {
    const actors = actorsOf(
      'Peru said the trader had been arrested in Lima. The fund was moved to Chile, and Chile\'s regulator objected. Bolivian officials in Bolivia declined to comment. The side lost to Italy in Rome.',
    );
    expect(named(actors, 'Peru').type).toBe('country');
    expect(named(actors, 'Chile').type).toBe('country');
    expect(named(actors, 'Bolivia').type).toBe('country');
    expect(named(actors, 'Italy').type).not.toBe('place');
  });

  it('stays a country when officials are placed in it ("prosecutors in Peru")', () => {
    const actors = actorsOf('The case was dropped by prosecutors in Peru on Monday.');
    expect(named(actors, 'Peru').type).toBe('country');
  });
});

describe('a country that plays a match', () => {
  it('is a team, and so are the others met in the same report ("Peru coach", "defeat to Chile", "against Bolivia")', () => {
    const actors = actorsOf('Peru coach Juan Reyes was unhappy after the defeat to Chile. The side meets Bolivia next. Peru play against Bolivia in Lima on Sunday.');
    for (const name of ['Peru', 'Chile', 'Bolivia']) expect(named(actors, name).type).toBe('organization');
  });

  it('stays a country when its player is beaten or the loss is no match\'s ("beat Chile\'s Ana Ruiz", "a loss to Peru of its heritage")', () => {
    const actors = actorsOf('Maria Lopez beat Chile\'s Ana Ruiz in the final. The sale of the archive is a loss to Peru of its heritage, officials said. Sanctions against Bolivia remain.');
    expect(named(actors, 'Chile').type).toBe('country');
    expect(named(actors, 'Peru').type).toBe('country');
    expect(named(actors, 'Bolivia').type).toBe('country');
  });
});

describe('a body noun after a town\'s or a country\'s name', () => {
  it('makes the name after it a body\'s ("Leeds band Zorbin Chiefs", "the British bank Abbey Fold"), not a pair\'s ("Leicester duo Ollie Reed and Andy Moss")', () => {
    const actors = actorsOf('Leeds band Zorbin Chiefs came fifth in the poll. The British bank Abbey Fold was sold. Leicester duo Ollie Reed and Andy Moss were dropped.');
    expect(named(actors, 'Zorbin Chiefs').type).toBe('organization');
    expect(named(actors, 'Abbey Fold').type).toBe('organization');
    expect(named(actors, 'Ollie Reed').type).toBe('person');
  });
});

describe('a surname two namesakes share', () => {
  it('is the one named before it when the other is named only later, a role after it or not', () => {
    const actors = actorsOf('Open-side Gareth Pryce is fit to start. Pryce, the captain\'s team-mate at Cardiff, is set to win his 50th cap.\n\nThe side: T Pryce (Ospreys), D Owen (Blues).');
    expect(named(actors, 'Gareth Pryce').aliases).toContain('Pryce');
    expect(actors.filter((a) => a.name === 'Pryce')).toHaveLength(0);
  });
});

describe('a name that ends in a word for a document or a day', () => {
  it('is a person\'s after a given name ("Anna Law", "Chris Day"), not after a month ("May Day") or another word ("Sharia Law")', () => {
    const actors = actorsOf('Actor Anna Law and goalkeeper Chris Day were at the May Day parade. Both spoke against Sharia Law.');
    expect(named(actors, 'Anna Law').type).toBe('person');
    expect(named(actors, 'Chris Day').type).toBe('person');
    expect(actors.map((a) => a.name)).not.toContain('May Day');
    expect(actors.map((a) => a.name)).not.toContain('Sharia Law');
  });
});

describe('a hyphenated modifier made of a name and an adjective', () => {
  it('names only the place it starts with ("China-sympathetic Western interests", "HIV-positive Africans")', () => {
    const actors = actorsOf('The move would pressure otherwise China-sympathetic Western interests such as the league. Aid reached HIV-positive Africans in the region.');
    expect(actors.map((a) => a.name)).not.toContain('China-sympathetic Western');
    expect(actors.map((a) => a.name)).not.toContain('HIV-positive Africans');
  });
});

describe('a name whose first word opens a sentence', () => {
  it('keeps an everyday first word the text writes inside a sentence too ("airline Virgin Blue" ... "Virgin Blue said")', () => {
    const actors = actorsOf('Shares in the budget airline Harbour Blue fell on Monday. Harbour Blue said the virgin routes to the harbour were not full. Harbour Blue was launched in 2001.');
    expect(named(actors, 'Harbour Blue').type).toBe('organization');
    expect(actors.map((a) => a.name)).not.toContain('Blue');
  });

  it('keeps a person noun opening the sentence when the whole name is written inside one ("Man Rovers")', () => {
    const actors = actorsOf('The bid for the club Man Rovers was rejected. Man Rovers said the man who made it had no money.');
    expect(actors.map((a) => a.name)).toContain('Man Rovers');
    expect(actors.map((a) => a.name)).not.toContain('Rovers');
  });

  it('still reads a title word as a title ("Economist Jo Garrow said")', () => {
    const actors = actorsOf('Economist Jo Garrow said the budget looked sound. The economist Jo Garrow works in Leeds.');
    expect(named(actors, 'Jo Garrow').type).toBe('person');
  });
});

describe('a title word at the end of a name', () => {
  it('stays when it only modifies ("New Labour"), closes a hyphenated surname or is a governing body ("Scottish Executive")', () => {
    const actors = actorsOf('The reforms showed what New Labour stood for, said Brookline chief executive Magnus Fell-King. The Scottish Executive has said it agrees.');
    const names = actors.map((a) => a.name);
    expect(names).toContain('New Labour');
    expect(names).not.toContain('New');
    expect(names).toContain('Magnus Fell-King');
    expect(names).toContain('Scottish Executive');
  });

  it('is still cut after a body ("NUJ General Secretary Jeremy Dear")', () => {
    const actors = actorsOf('The NUJ General Secretary said the strike would go ahead.');
    expect(actors.map((a) => a.name)).toContain('NUJ');
  });
});

describe('a day or a month in a name', () => {
  it('opens a name after "the" ("the Sunday Times"), not a date before a name ("on Sunday Mr Blair")', () => {
    const actors = actorsOf('The Sunday Times reported the deal. On Sunday Mr Blair said he knew nothing of it, the Sunday Herald said.');
    const names = actors.map((a) => a.name);
    expect(names).toContain('Sunday Times');
    expect(names).toContain('Sunday Herald');
    expect(names).not.toContain('Times');
    expect(names.some((n) => /Sunday Mr|Sunday Blair/.test(n))).toBe(false);
  });

  it('is a surname after a given name behind a title ("Guitarist Brian May", "Labour MSP Christine May")', () => {
    const actors = actorsOf('Guitarist Brian May said the tour would start in April. Labour MSP Christine May had said the plan was wrong.');
    expect(named(actors, 'Brian May').type).toBe('person');
    expect(named(actors, 'Christine May').type).toBe('person');
  });
});

describe('two unknown words before "of" and a body or a country', () => {
  it('are a person\'s name ("said Ryota Kanase of Daiwa Securities"), where a body\'s words are not ("Royal Bank of Scotland")', () => {
    const actors = actorsOf('"Demand is weak," said Ryota Kanase of Daiwa Securities. The Royal Bank of Scotland and the Delft University of Technology agreed.');
    const names = actors.map((a) => a.name);
    expect(names).toContain('Ryota Kanase');
    expect(names).toContain('Daiwa Securities');
    expect(names).toContain('Royal Bank of Scotland');
    expect(names).toContain('Delft University of Technology');
  });
});
