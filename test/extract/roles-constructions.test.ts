// Roles by construction, on sentences of our own: where an apposition ends (a clause after the
// title's noun, a dropped comma), names whose words the tagger reads as verbs, singulars the
// lemmatiser spells another way. Each checks the role the grammar gives and that it goes no further.
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../src/brief/model.js';
import { extractBrief } from '../../src/extract/index.js';
import { article, named } from './excerpt.js';

const REF = { referenceTime: '2005-03-01T12:00:00Z' };
const actorsOf = (text: string): Actor[] => extractBrief(article(text), REF).actors;
const roleOf = (actors: Actor[], name: string): string | null => named(actors, name).role;

describe('where an apposition ends', () => {
  it('reads an apposition after a surname written alone once the name is known to be a person\'s ("Sprem, the Croatian 13th seed,"), but not a thing\'s head nor an aside closed by a dash', () => {
    const actors = actorsOf(
      'Davenport plays Karolina Spremic in the next round. Spremic, the Croatian 13th seed, saw off Elena Likova 6-3 6-2. Johnny O\'Connell is ready. It is a battle between Leamy - heavier than O\'Connell - for the number seven role. How about Astro Wars, one of the pioneers for computer games, i remember it.',
    );
    expect(roleOf(actors, 'Karolina Spremic')).toBe('Croatian 13th seed');
    expect(roleOf(actors, "Johnny O'Connell")).toBeNull();
    expect(actors.find((a) => a.name === 'Astro Wars')?.role ?? null).toBeNull();
  });

  it('gives a definite plural apposition after a list to each name, and reads a capitalised name word in a complement whatever its tag', () => {
    const actors = actorsOf('Tim Bevers and Eric Fenner, the directors of Working Title Films, were honoured.');
    expect(roleOf(actors, 'Tim Bevers')).toBe('director of Working Title Films');
    expect(roleOf(actors, 'Eric Fenner')).toBe('director of Working Title Films');
  });

  it('keeps a gerund before a noun inside the title\'s complement ("chair of the adult judging panel")', () => {
    const actors = actorsOf('Julia Eckersley, chair of the adult judging panel, said the standard was high.');
    expect(roleOf(actors, 'Julia Eckersley')).toBe('chair of the adult judging panel');
  });

  it('keeps a participle clause after the title ("a lawyer representing one of the directors")', () => {
    const actors = actorsOf('Jim Warden, a lawyer representing one of the families, told reporters the deal was done.');
    expect(roleOf(actors, 'Jim Warden')).toBe('lawyer representing one of the families');
  });

  it('ends the title before a relative or an infinitive clause', () => {
    const actors = actorsOf(
      'Carl Doyle, European co-ordinator for the Open Rights Foundation which campaigns for consumers, doubted it. Lord Ash of Wenham, the only judge to oppose the appeal, said the law was sound.',
    );
    expect(roleOf(actors, 'Carl Doyle')).toBe('European co-ordinator for the Open Rights Foundation');
    expect(roleOf(actors, 'Lord Ash of Wenham')).toBe('only judge');
  });

  it('closes an apposition whose comma was dropped before a speech verb', () => {
    const actors = actorsOf('"We are looking at it," Mark Lemmer, a Hansa Air spokesman told the BBC.');
    expect(roleOf(actors, 'Mark Lemmer')).toBe('Hansa Air spokesman');
  });

  it('reads no role from a clause about an ordinary person ("a woman who lived there")', () => {
    const actors = actorsOf('Jane Rowe, a woman who had lived there for years, said it was loud.');
    expect(roleOf(actors, 'Jane Rowe')).toBeNull();
  });

  it('keeps capitalised words the tagger reads as verbs, and hyphenated names, inside the title', () => {
    const actors = actorsOf(
      'Li Wen, president of the commercial broadcaster Shanghai Media Group, told the conference it was good. "We go where the players are," Sam Zell, CEO of Take-Two, adds.',
    );
    expect(roleOf(actors, 'Li Wen')).toBe('president of the commercial broadcaster Shanghai Media Group');
    expect(roleOf(actors, 'Sam Zell')).toBe('CEO of Take-Two');
  });
});

describe('heads', () => {
  it('reads a British singular as a singular ("the centre" is no plural)', () => {
    const actors = actorsOf('Coach Mike Rudd may make Gavin Hensley his kicker in Rome. The centre was the hero of the win.');
    expect(roleOf(actors, 'Gavin Hensley')).toBe('centre');
  });

  it('makes a shared irregular plural singular ("his right-hand men A and B")', () => {
    const actors = actorsOf('He signed after deals were sorted for his right-hand men Roy Aiken and Steve McGraw.');
    expect(roleOf(actors, 'Roy Aiken')).toBe('right-hand man');
    expect(roleOf(actors, 'Steve McGraw')).toBe('right-hand man');
  });

  it('makes actors of a film\'s stars, not of a concert\'s', () => {
    const actors = actorsOf('The film, starring Peter Alden, Mary Wend and Tom Hickson, opens on Friday. It follows a Cardiff gig starring Eric Clapham.');
    for (const name of ['Peter Alden', 'Mary Wend', 'Tom Hickson']) expect(roleOf(actors, name)).toBe('actor');
    // (Who stars in a gig is no actor, but its star.)
    expect(roleOf(actors, 'Eric Clapham')).toBe('star of a Cardiff gig');
  });
});

describe('lists', () => {
  it('gives a title written in the plural before a list of names each listed person, in the singular ("Lords Bingley, Steyne and Carsen")', () => {
    const actors = actorsOf('Lady Hale, sitting with Lords Bingley, Steyne, Hopewell and Carsen, said the law was wrong. The Lords and Ladies were there.');
    for (const name of ['Steyne', 'Carsen']) expect(roleOf(actors, name)).toBe('Lord');
  });

  it('keeps a country\'s word before the plural kind that names are examples of ("US artists such as A and B" -> "US artist")', () => {
    const actors = actorsOf('It was a scene dominated by US artists such as Beyonce Knowles and Ashanti Douglas. British stars including Jamie Cullen attended.');
    expect(roleOf(actors, 'Beyonce Knowles')).toBe('US artist');
    expect(roleOf(actors, 'Ashanti Douglas')).toBe('US artist');
    expect(roleOf(actors, 'Jamie Cullen')).toBe('British star');
  });

  it('gives names coordinated as the subject of "are (among) the" + a plural person noun that noun in the singular, with its complement, but not "other" or a modifier after the head', () => {
    const actors = actorsOf(
      'Mark Selby and Clint Eastman are among the nominees for the top prize. Kate Zell, Mike Dorn and Bruce Wallis are among the other movie superstars due to attend. Tom Reilly was among the winners. Anna Hart and Joe Lamb are the parents of the boy.',
    );
    expect(roleOf(actors, 'Mark Selby')).toBe('nominee for the top prize');
    expect(roleOf(actors, 'Clint Eastman')).toBe('nominee for the top prize');
    for (const name of ['Kate Zell', 'Mike Dorn', 'Bruce Wallis']) expect(roleOf(actors, name)).toBe('movie superstar');
    expect(roleOf(actors, 'Tom Reilly')).toBe('winner');
    expect(roleOf(actors, 'Anna Hart')).toBe('parent of the boy');
  });

  it('reads an honorific as the start of a listed name\'s item ("A-list singers Madonna, Sir Elton Jones and Usher")', () => {
    const actors = actorsOf('They will join A-list singers Madonna, Sir Elton Jones, Nelly and Usher at the event.');
    expect(roleOf(actors, 'Elton Jones')).toBe('A-list singer');
  });

  it('gives a list after "the voices of" each name, in the singular, but not a list after a noun whose usual sense is a person ("the parents of")', () => {
    const actors = actorsOf('The cartoon features the voices of Ewan Marsh, Dana Kell and Tom Price. The parents of Anna Lund and Peter Holm spoke to reporters.');
    for (const name of ['Ewan Marsh', 'Dana Kell', 'Tom Price']) expect(roleOf(actors, name)).toBe('voice');
    expect(roleOf(actors, 'Anna Lund')).toBeNull();
    expect(roleOf(actors, 'Peter Holm')).toBeNull();
  });

  it('shares a plural title set off by a comma, without its count ("Two other directors, A and B, remain")', () => {
    const actors = actorsOf('Two other outside former directors, Bert Rowe and Frank Galton, remain defendants in the lawsuit.');
    expect(roleOf(actors, 'Bert Rowe')).toBe('outside former director');
    expect(roleOf(actors, 'Frank Galton')).toBe('outside former director');
  });

  it('makes a hyphenated plural title singular for each name of the list it is shared by ("co-chairmen", "ex-managers")', () => {
    const actors = actorsOf('The film was produced by Tom Ridley and Sarah Kemp, the co-chairmen of Bright Lane films. The regulator fined three other ex-managers, Karl Dorn, Ivo Brandt and Lena Hope, who paid penalties.');
    expect(roleOf(actors, 'Tom Ridley')).toBe('co-chairman of Bright Lane films');
    expect(roleOf(actors, 'Sarah Kemp')).toBe('co-chairman of Bright Lane films');
    for (const name of ['Karl Dorn', 'Ivo Brandt', 'Lena Hope']) expect(roleOf(actors, name)).toBe('ex-manager');
  });

  it('gives no plural title set off before a single name ("the body that represents head teachers, X")', () => {
    const actors = actorsOf('The minister met Karl Dorn. The group which represents head teachers, Lena Hope, said the plan was wrong.');
    expect(roleOf(actors, 'Lena Hope')).not.toBe('head teachers');
  });

  it('reads no title from a list\'s earlier name ("nominees A, B, C and director D")', () => {
    const actors = actorsOf('British actors in attendance include nominees Clive Owens, Imelda Staunt, Kate Winslow and director Mike Leith.');
    for (const name of ['Clive Owens', 'Imelda Staunt', 'Kate Winslow']) expect(roleOf(actors, name)).toBe('nominee');
    expect(roleOf(actors, 'Mike Leith')).toBe('director');
  });

  it('shares a plural title with a gerund inside it, and gives none to a firm named after a plural ("analysts Gartner")', () => {
    const actors = actorsOf('Irish horse racing millionaires Pat Magee and John Magner own 29% of the club. Sales rose, according to research from technology analysts Gartwell.');
    expect(roleOf(actors, 'Pat Magee')).toBe('Irish horse racing millionaire');
    expect(roleOf(actors, 'John Magner')).toBe('Irish horse racing millionaire');
    expect(named(actors, 'Gartwell').role).toBeNull();
  });

  it('ends a title before a relative clause written before it ("the chapel at which the Archbishop, Dr X,")', () => {
    const actors = actorsOf("The service in St George's Chapel at which the Archbishop of Canterbury, Dr Rowan Willis, will preside follows.");
    expect(roleOf(actors, 'Rowan Willis')).toBe('Archbishop of Canterbury');
  });
});


describe('descriptions that take up a name', () => {
  it('reads the subject of a joined clause as the person named just before ("after the American billionaire launched")', () => {
    const actors = actorsOf(
      'Rio Fernand has said he is unsure of Malcolm Glaser\'s motives after the American billionaire launched a new offer. The referee ruled that Cueto was ahead of Charlie Hodson when the fly-half hoisted his kick.',
    );
    expect(roleOf(actors, 'Malcolm Glaser')).toBe('American billionaire');
    expect(roleOf(actors, 'Charlie Hodson')).toBe('fly-half');
    expect(roleOf(actors, 'Rio Fernand')).toBeNull();
  });

  it('gives the description to no named person when a person noun stands nearer ("met the prime minister before the minister flew")', () => {
    const actors = actorsOf('John Smithers met the prime minister before the minister flew home.');
    expect(roleOf(actors, 'John Smithers')).toBeNull();
  });

  it('after "but", takes up the person who opens the sentence, not the last name', () => {
    const actors = actorsOf('Kicker Stephen Jonas handed over because of Gavin Henley\'s greater range, but the fly-half had already missed twice.');
    expect(roleOf(actors, 'Stephen Jonas')).toBe('Kicker');
    expect(roleOf(actors, 'Gavin Henley')).toBeNull();
  });
});

describe('a description that introduces a person named in the next sentence', () => {
  it('reads a possessive subject description, and an indefinite one in the first sentence', () => {
    const intro = actorsOf("Ruritania's prime minister has apologised for the raid. Benjamin Natan also agreed to pay the families.");
    expect(roleOf(intro, 'Benjamin Natan')).toBe("Ruritania's prime minister");
    const lede = actorsOf('A British author has had the film rights to her bestseller bought. Michelle Pavey will write the script.');
    expect(roleOf(lede, 'Michelle Pavey')).toBe('British author');
  });

  it('does not read an indefinite description later in the text, nor a spokesman, nor an ordinary person', () => {
    const actors = actorsOf(
      'Markets fell. A senior judge has been named. John Smithson will start on Monday. Acme\'s spokesman said the strike was sad. Jane Doherty said she was angry. A man has been charged. Tom Wrenn will appear in court.',
    );
    for (const name of ['John Smithson', 'Jane Doherty', 'Tom Wrenn']) expect(roleOf(actors, name)).toBeNull();
  });
});

describe('offices attached to a name', () => {
  it('reads an office joined by "as", not a judgement ("described X as a liar")', () => {
    const actors = actorsOf('He agreed a deal to replace Mauro Pochet as Tottenham manager. The board named Jane Doherty as chief executive of Acme Holdings. He described John Smithers as a liar.');
    expect(roleOf(actors, 'Mauro Pochet')).toBe('Tottenham manager');
    expect(roleOf(actors, 'Jane Doherty')).toBe('chief executive of Acme Holdings');
    expect(roleOf(actors, 'John Smithers')).toBeNull();
  });

  it('adds the office after the name to a military rank before it', () => {
    const actors = actorsOf('General Mark Millet, chairman of the Joint Chiefs of Staff, told reporters the forces would stay.');
    expect(roleOf(actors, 'Mark Millet')).toBe('General, chairman of the Joint Chiefs of Staff');
  });

  it('separates a titled person\'s name from the country after "of" ("President X of China")', () => {
    const actors = actorsOf('With the protests growing, President Xu Jinfeng of China is likely to act.');
    expect(roleOf(actors, 'Xu Jinfeng')).toBe('President');
    expect(named(actors, 'China').type).toBe('country');
  });
});

describe('nouns whose person sense the slot selects', () => {
  it('reads "star", "substitute" and "hopeful" right before or in apposition to a person\'s name', () => {
    const actors = actorsOf(
      'The duet from former Westlife star Brian McFadyen went in at number three. A late try by Borders substitute Jonny Westin set up the finish. Its leading star, Zach Brand, has been seen in a film. The reigning champion, Roger Fedder, lost.',
    );
    expect(roleOf(actors, 'Brian McFadyen')).toBe('former Westlife star');
    expect(roleOf(actors, 'Jonny Westin')).toBe('Borders substitute');
    expect(roleOf(actors, 'Zach Brand')).toBe('leading star');
    expect(roleOf(actors, 'Roger Fedder')).toBe('reigning champion');
  });

  it('makes a shared plural singular ("stars A and B") and leaves organisations alone ("retail giant Tesco")', () => {
    const actors = actorsOf('The film got nine nominations, while stars Leonard DiCarlo and Cate Blanch are both nominated. Retail giant Tescorp said sales rose.');
    expect(roleOf(actors, 'Cate Blanch')).toBe('star');
    expect(named(actors, 'Tescorp').type).not.toBe('person');
  });

  it('keeps a title\'s complement but not a noun\'s ("in honour of the pioneering economist, Adam Smyth")', () => {
    const actors = actorsOf('He gave a speech in honour of the pioneering economist, Adam Smyth. But director of the Victims of Crime Trust, Norman Brenn, disagreed.');
    expect(roleOf(actors, 'Adam Smyth')).toBe('pioneering economist');
    expect(roleOf(actors, 'Norman Brenn')).toBe('director of the Victims of Crime Trust');
  });
});

describe('a nationality right before a name', () => {
  it('is the role of a person no other construction gives one ("Russian X", "fellow American Y", "Spaniard Z")', () => {
    const actors = actorsOf('Paul Ames beat Russian Boris Kazakov in the final. Mark Lutz lost to fellow American Tom Ridley. Luis Cortes won too. Spaniard Cortes will next face Carl Hesse.');
    expect(roleOf(actors, 'Boris Kazakov')).toBe('Russian');
    expect(roleOf(actors, 'Tom Ridley')).toBe('fellow American');
    expect(roleOf(actors, 'Luis Cortes')).toBe('Spaniard');
  });

  it('gives way to any other role, and is no role after a possessive or a capitalised word', () => {
    const actors = actorsOf('He beat Russian Boris Kazakov, the world number four, on Monday. Leeds\' French Alain Morel scored.');
    expect(roleOf(actors, 'Boris Kazakov')).toBe('world number four');
    expect(roleOf(actors, 'Alain Morel')).not.toBe('French');
  });

  it('reads a people\'s noun in "-man", a capitalised noun for a member of a people and a country\'s possessive ("Dutchman X", "Texan Y", "Norway\'s Z")', () => {
    const actors = actorsOf('In the final round Dutchman Peter Hoek lost. Texan Michael Hale won it. Later Norway\'s Ingrid Solberg beat Carla Weiss, and the Bank of England\'s Tom Pryce watched.');
    expect(roleOf(actors, 'Peter Hoek')).toBe('Dutchman');
    expect(roleOf(actors, 'Michael Hale')).toBe('Texan');
    expect(roleOf(actors, 'Ingrid Solberg')).toBe("Norway's");
    expect(roleOf(actors, 'Tom Pryce')).toBeNull();
  });
});

describe('a title with "from" where its holder comes from', () => {
  it('keeps "from" and its place in a title before the name, with or without a comma', () => {
    const actors = actorsOf('A Democratic congressman from Ohio, Ralph Denning, opposed the bill. Labour councillor from Leeds Sarah Ingham backed it, as did a letter from Paul Hames.');
    expect(roleOf(actors, 'Ralph Denning')).toBe('Democratic congressman from Ohio');
    expect(roleOf(actors, 'Sarah Ingham')).toBe('Labour councillor from Leeds');
    expect(roleOf(actors, 'Paul Hames')).toBeNull();
  });
});

describe('titles right before a name', () => {
  it('reads a lower-case "lord" as the title\'s head, not an honorific ("senior law lord Lord Bingley")', () => {
    const actors = actorsOf('On Thursday, senior law lord Lord Bingley said the rules were incompatible.');
    expect(roleOf(actors, 'Lord Bingley')).toBe('senior law lord');
  });

  it('reads positions written as two words or hyphenated right before a surname, without a sentence-opening adverb', () => {
    const actors = actorsOf('Tries came from Paul Steiner and Bryn Cunliffe. Then full-back Cunliffe bagged another. Wales centre Sonny Parks and number eight Ryan Jonas will miss the game.');
    expect(roleOf(actors, 'Bryn Cunliffe')).toBe('full-back');
    expect(roleOf(actors, 'Ryan Jonas')).toBe('number eight');
  });

  it('keeps a hyphenated head and a participle modifier ("late soul-singer", "Oscar-winning animator")', () => {
    const actors = actorsOf('A museum to the late soul-singer Ray Charlton opens. The Oscar-winning animator Hayao Miyamoto was there.');
    expect(roleOf(actors, 'Ray Charlton')).toBe('late soul-singer');
    expect(roleOf(actors, 'Hayao Miyamoto')).toBe('Oscar-winning animator');
  });
});

describe('what a relative clause and an affiliation say', () => {
  it('drops an adverb before a copula\'s title and a conjunction left at its end', () => {
    const actors = actorsOf('Paul Tellman, who was also Bombardier\'s president, left. "It sounded good," said Beth Ruffle, who owns a consulting firm and headed out.');
    expect(roleOf(actors, 'Paul Tellman')).toBe("Bombardier's president");
    expect(roleOf(actors, 'Beth Ruffle')).toBe('owner of a consulting firm');
  });

  it('reads the body a person is from, and a hometown where nothing else says who the person is', () => {
    const actors = actorsOf('Colin McIntyre, of Mull Historical Society, was playing another gig. John Smithers, of Leeds, said he was delighted.');
    expect(roleOf(actors, 'Colin McIntyre')).toBe('of Mull Historical Society');
    expect(roleOf(actors, 'John Smithers')).toBe('of Leeds');
    expect(roleOf(actorsOf('John Smithers, of Leeds, said he was delighted. The plumber had waited for years.'), 'John Smithers')).toBe('plumber');
  });
});

describe('whose title it is', () => {
  it('gives the title after "a spokesman for" to the name, not the spokesman\'s', () => {
    const actors = actorsOf('And a spokesman for EU Justice Commissioner Franco Fratelli said the plans would fail. Commission for Racial Equality chairman Trevor Phipps agreed.');
    expect(roleOf(actors, 'Franco Fratelli')).toBe('EU Justice Commissioner');
    expect(named(actors, 'Franco Fratelli').type).toBe('person');
    expect(roleOf(actors, 'Trevor Phipps')).toBe('Commission for Racial Equality chairman');
  });

  it('shares a list\'s description without "other", and reads coordinated portfolios', () => {
    const actors = actorsOf('Other multiple nominees include Kanye Weston and Gretchen Wills. Tory work and pensions spokesman David Willets said so.');
    expect(roleOf(actors, 'Kanye Weston')).toBe('multiple nominee');
    expect(roleOf(actors, 'David Willets')).toBe('Tory work and pensions spokesman');
  });

  it('gives a plural apposition to no one, and stops a title read backwards at a company suffix', () => {
    const actors = actorsOf('The rules cover Grokster and Morpheus - the file-sharers at the centre of the case. It changed its name to MCI Inc. Former WorldCom chief executive Bernard Ebbs is to face trial.');
    expect(roleOf(actors, 'Bernard Ebbs')).toBe('Former WorldCom chief executive');
    expect(actors.find((a) => a.name === 'Morpheus')?.role ?? null).toBeNull();
  });
});

describe('titles set off before a name', () => {
  it('closes a title before a comma when the comma after the name was dropped before "said"', () => {
    const actors = actorsOf('The charity\'s head of HIV/Aids in Britain, Simon Wrighton said: "It is bad." The chairman of the Bar Council, Guy Mansell QC warned of risks.');
    expect(roleOf(actors, 'Simon Wrighton')).toBe("charity's head of HIV/Aids in Britain");
    expect(roleOf(actors, 'Guy Mansell QC')).toBe('chairman of the Bar Council');
  });

  it('starts a possessive title at its possessor ("In July this year Amanda Champ\'s killer, James Forde,")', () => {
    const actors = actorsOf("In July this year Amanda Champ's killer, James Forde, pleaded guilty. He helped. Radio 1's controller, Andy Parfield, said so.");
    expect(roleOf(actors, 'James Forde')).toBe("Amanda Champ's killer");
    expect(roleOf(actors, 'Andy Parfield')).toBe("Radio 1's controller");
  });

  it('starts a title set off before a name at its determiner, unless a preposition governs the phrase', () => {
    const actors = actorsOf('Officers began a search and his brothers, Owen Talbot and Rhys Talbot, appealed for news. The fund thanked the envoy to the WTO, Carla Trent, for her help. Analysts praised the new chief executive, Dana Ruiz, on Monday.');
    expect(roleOf(actors, 'Owen Talbot')).toBe('brother');
    expect(roleOf(actors, 'Rhys Talbot')).toBe('brother');
    expect(roleOf(actors, 'Carla Trent')).toBe('envoy to the WTO');
    expect(roleOf(actors, 'Dana Ruiz')).toBe('new chief executive');
  });

  it('separates a body named after a common noun from the person after it ("the union Unison Dave Prentis")', () => {
    const actors = actorsOf('But general secretary of the public services union Unison Dave Prentiss criticised the plans.');
    expect(roleOf(actors, 'Dave Prentiss')).toBe('general secretary of the public services union Unison');
    expect(named(actors, 'Unison').type).toBe('organization');
  });
});

describe('what is no title', () => {
  it('cuts no apposition that has only an honorific, and reads a firm noun before its complement as a firm\'s', () => {
    const actors = actorsOf("Speaking at New York's SoHo House, Mr Neeson said it was good. InfoNation, a Sugar Land-based provider of automobile data, said sales fell.");
    expect(named(actors, 'SoHo House').role).toBeNull();
    const lords = actorsOf('But Lord Ware of Haddon, the one law lord to oppose the appeal, said so.');
    expect(roleOf(lords, 'Lord Ware of Haddon')).toBe('one law lord');
    expect(actors.some((a) => a.name === 'InfoNation' && a.type === 'person')).toBe(false);
  });
});

describe('an apposition whose closing comma was dropped', () => {
  it('ends at the verb of the sentence the name opens', () => {
    const actors = actorsOf('Carl Brenner, an analyst at research firm Northwind Data believes the time is right for the service.');
    expect(roleOf(actors, 'Carl Brenner')).toBe('analyst at research firm Northwind Data');
  });

  it('is no apposition after a name that is a verb\'s object ("Echoing X, the prime minister said")', () => {
    const actors = actorsOf('Echoing the new Defence Secretary Janet Morrow, the prime minister said the plan would go ahead.');
    expect(roleOf(actors, 'Janet Morrow')).toBe('new Defence Secretary');
  });
});

describe('titles of two people joined by "and"', () => {
  it('gives the name only the title next to it after "both the"', () => {
    const actors = actorsOf('Both the prime minister and Chancellor Peter Grant have called for action on debt.');
    expect(roleOf(actors, 'Peter Grant')).toBe('Chancellor');
  });
});

describe('a definite description that refers back', () => {
  it('does not count the sentences of a quotation between the name and the description', () => {
    const actors = actorsOf('Tom Ridley said: "I tried to order some. "You would think they would be ready. "This is the hottest time of the year." The home secretary later met officials.');
    expect(roleOf(actors, 'Tom Ridley')).toBe('home secretary');
  });

  it('reads a place in a ranking as the head of a description ("the British number two")', () => {
    const actors = actorsOf('Tom Ridley was forced to withdraw from the event with a back injury. The British number two had been due to play on Monday.');
    expect(roleOf(actors, 'Tom Ridley')).toBe('British number two');
  });

  it('takes up the subject that opened the sentence before, over a name after a preposition or a title', () => {
    const actors = actorsOf('Tom Ridley opened his season with a win over Argentine Karl Dorn in Perth. The world number three will next play in Sydney.');
    expect(roleOf(actors, 'Tom Ridley')).toBe('world number three');
    expect(roleOf(actors, 'Karl Dorn')).not.toBe('world number three');
  });

  it('takes up the subject over a name in the object\'s slot ("A promised B ... But the prime minister")', () => {
    const actors = actorsOf('Peter Grant promised Alan Marsh he would stand down, a new book claims. But the prime minister changed his mind after talks with allies.');
    expect(roleOf(actors, 'Peter Grant')).toBe('prime minister');
    expect(roleOf(actors, 'Alan Marsh')).toBeNull();
  });

  it('is read after a conjunction that opens the sentence', () => {
    const actors = actorsOf('Peter Grant has criticised the report on civil service reform. But the chancellor said the reforms would go on.');
    expect(roleOf(actors, 'Peter Grant')).toBe('chancellor');
  });

  it('passes over a plural between the name and the description', () => {
    const actors = actorsOf('Mark Keller is being urged to act on debt. Some 45 million children will die before 2015, the charity says. The call comes as the prime minister prepares for the summit.');
    expect(roleOf(actors, 'Mark Keller')).toBe('prime minister');
  });
});

describe('players named by their caps and team-sheet marks', () => {
  it('reads "international" and "debutant" as player nouns before a name', () => {
    const actors = actorsOf('Wenger passed the ball to Arsenal team-mate and Spanish international Pablo Ortega. The coach picked the debutant Luc Marchal on the wing.');
    expect(roleOf(actors, 'Pablo Ortega')).toBe('Arsenal team-mate and Spanish international');
    expect(roleOf(actors, 'Luc Marchal')).toBe('debutant');
  });

  it('writes out "(capt)" on a team sheet', () => {
    const actors = actorsOf('Wales: G Rhys (capt), K Morgan, T Shanklin.\nThe side was named on Monday.');
    expect(roleOf(actors, 'G Rhys')).toBe('captain');
  });
});

describe('the antecedent of a definite description', () => {
  it('is the person the sentence before is about, not a possessor in it', () => {
    const actors = actorsOf('Mr Arden managed Dale Pruitt\'s career between 1960 and 1973. The Canadian music manager, who also promoted concerts, had been ill.');
    expect(roleOf(actors, 'Dale Pruitt')).toBeNull();
  });

  it('is the sentence\'s subject after "but once again", past an opening "And"', () => {
    const actors = actorsOf('The visitors pressed hard. And Tom Hale came to the rescue when the ball broke loose, but once again the veteran keeper was in fine form.');
    expect(roleOf(actors, 'Tom Hale')).toBe('veteran keeper');
  });

  it('may be two person nouns joined by "and"', () => {
    const actors = actorsOf('Nina Corvo cancelled an appearance at the premiere. The actress and singer dropped out at the last minute.');
    expect(roleOf(actors, 'Nina Corvo')).toBe('actress and singer');
  });
});

describe('a title set off before a name that its own verb follows', () => {
  it('is the name\'s when the title opens the sentence', () => {
    const actors = actorsOf('Senate Leader, Adamu Bello raises a motion on the budget.');
    expect(roleOf(actors, 'Adamu Bello')).toBe('Senate Leader');
  });

  it('is not read from inside a sentence ("After the coach, X ...")', () => {
    const actors = actorsOf('The team trained on Monday. After the coach, Adamu Bello reached the ground.');
    expect(roleOf(actors, 'Adamu Bello')).toBeNull();
  });
});

describe('a copula with an office that has no article', () => {
  it('takes lower-case modifiers before the office', () => {
    const actors = actorsOf('Piers Holt is senior benefit officer at the agency.');
    expect(roleOf(actors, 'Piers Holt')).toMatch(/^senior benefit officer/);
  });
});

describe('the antecedent when the last name is a possessor', () => {
  it('is the subject of the sentence before ("X has managed Y\'s career")', () => {
    const actors = actorsOf('Mr Arden has managed Dale Pruitt\'s career since 1960. The Canadian music manager said he would retire.');
    expect(roleOf(actors, 'Arden')).toBe('Canadian music manager');
    expect(roleOf(actors, 'Dale Pruitt')).toBeNull();
  });

  it('is no one when the last name follows a preposition', () => {
    const actors = actorsOf('Mr Hale had seen the change in talks with Mr Burke. The president understood that the world had changed.');
    expect(roleOf(actors, 'Hale')).toBeNull();
  });
});

describe('a title with a number written onto its unit', () => {
  it('keeps "100m" whole', () => {
    const actors = actorsOf('Olympic 100m champion Kim Carter will compete in Birmingham. Another Great Britain international, Lucy Dane, joins her.');
    expect(roleOf(actors, 'Kim Carter')).toBe('Olympic 100m champion');
    expect(roleOf(actors, 'Lucy Dane')).toBe('Great Britain international');
  });

  it('keeps a number before its unit in the plural, written apart ("10,000 metres champion")', () => {
    const actors = actorsOf('Three-time world 10,000 metres champion Kim Carter will run in Leeds on Sunday.');
    expect(roleOf(actors, 'Kim Carter')).toBe('Three-time world 10,000 metres champion');
  });
});

describe('a sentence end the splitter missed', () => {
  it('ends a role ("finalist in the 1500m. But X, Y")', () => {
    const actors = actorsOf('Michael Eastwood was the only finalist in the 1500m. But Darren Camp, Jason Gardner and Mark Lewis made amends in the relay.');
    expect(roleOf(actors, 'Jason Gardner') ?? '').not.toMatch(/1500m\. But/);
  });
});

describe('a definite description outside the subject slot', () => {
  it('takes up the person named before as an object, a preposition\'s object or a possessor', () => {
    const actors = actorsOf(
      'Dana Whitcombe resigned from the cabinet in March. A report later linked the former transport secretary to the contract. ' +
        'Olly Brandt scored twice on Saturday. Fans cheered the veteran striker after the match. ' +
        'Marla Finch released a new album on Monday. Fans queued for hours to see the singer\'s first show in years.',
    );
    expect(roleOf(actors, 'Dana Whitcombe')).toBe('former transport secretary');
    expect(roleOf(actors, 'Olly Brandt')).toBe('veteran striker');
    expect(roleOf(actors, 'Marla Finch')).toBe('singer');
  });

  it('is someone else beside a name or a pronoun of its own sentence, in a quotation, or with a relative clause', () => {
    const actors = actorsOf(
      'Dana Whitcombe spoke in the debate. She urged the prime minister to act. ' +
        'Olly Brandt left the club on Friday. Chris Yates met the chairman on Monday. ' +
        'Marla Finch is on tour. "We need the minister to listen," the union said. ' +
        'Ben Castell is in the cast. Producers have not named the actor who will play the lead.',
    );
    expect(roleOf(actors, 'Dana Whitcombe')).toBeNull();
    expect(roleOf(actors, 'Olly Brandt')).toBeNull();
    expect(roleOf(actors, 'Marla Finch')).toBeNull();
    expect(roleOf(actors, 'Ben Castell')).toBeNull();
  });

  it('reads no office from a common noun in lower case or a title in capitals ("a hit to the head", "the Aviator")', () => {
    const actors = actorsOf('Tom Ridley was injured last week. He was struck by a blow to the head. Kate Moran starred too. Critics praised the Aviator on Sunday.');
    expect(roleOf(actors, 'Tom Ridley')).toBeNull();
    expect(roleOf(actors, 'Kate Moran')).toBeNull();
  });
});

describe('whose title a description is', () => {
  it('is not held by someone whose office only shares its head ("shadow chancellor" is not "the chancellor")', () => {
    const actors = actorsOf('Peter Grant has criticised the union. Shadow chancellor Ollie Lett welcomed the report. Peter Grant spoke again on Monday. But the chancellor said the reforms would go on.');
    expect(roleOf(actors, 'Ollie Lett')).toBe('Shadow chancellor');
    expect(roleOf(actors, 'Peter Grant')).toBe('chancellor');
  });

  it('reads a list joined by "and" before an honorific as no antecedent ("between Mr Grant and Mr Doyle")', () => {
    const actors = actorsOf('Peter Grant and Tom Doyle met on Friday. The union spoke of rivalry between Mr Grant and Mr Doyle. But the prime minister said there was none.');
    expect(roleOf(actors, 'Tom Doyle')).toBeNull();
    expect(roleOf(actors, 'Peter Grant')).toBeNull();
  });

  it('takes up a speaker after a quotation closed by a comma (\'"...", Mr Blake told\')', () => {
    const actors = actorsOf('"It is working," Mr Blake told the paper on Sunday. The prime minister said he would not quit.\n\nTony Blake arrived later.');
    expect(roleOf(actors, 'Tony Blake')).toBe('prime minister');
  });
});

describe('a title with a body\'s name before it, and a second office after the name', () => {
  it('keeps a number that is part of the body\'s name ("Radio 1 DJ"), not a date', () => {
    const actors = actorsOf('Northern Radio 1 DJ Tony Marsh voted too. On 26 November singer Bria Harte sang at the gala.');
    expect(roleOf(actors, 'Tony Marsh')).toBe('Northern Radio 1 DJ');
    expect(roleOf(actors, 'Bria Harte')).toBe('singer');
  });

  it('adds an apposition naming a shared office ("co-chairman of X") to the title before the name', () => {
    const actors = actorsOf('Tory MP Peter Lott, another co-chairman of Middle Path, said the law was poorly drafted.');
    expect(roleOf(actors, 'Peter Lott')).toBe('Tory MP, co-chairman of Middle Path');
  });
});

describe('a description after a fronted adverbial, and a name it commands', () => {
  it('takes up the person named before as the subject after "In a statement,"', () => {
    const actors = actorsOf('Mr Dunmore quit as home secretary last week after the report. In a statement, the ex-home secretary said he accepted its findings.\n\nDavid Dunmore left London.');
    expect(roleOf(actors, 'David Dunmore')).toBe('ex-home secretary');
  });

  it('does not refer to a person named later in the clause the description is the subject of', () => {
    const actors = actorsOf('Mr Kemble missed the vote on Monday with 16 other MPs. On Saturday, the party\'s chief executive said it was a mistake that Mr Kemble missed it.\n\nCharles Kemble spoke later.');
    expect(roleOf(actors, 'Charles Kemble')).toBeNull();
  });
});

describe('names an appositive marker singles out of a plural kind', () => {
  it('gives the kind to names after ", particularly" and ", for example"', () => {
    const actors = actorsOf('The coach praised his young players, particularly Wayne Rooke and Cristian Ronda. He also thanked the defenders, for example John Terrell.');
    expect(roleOf(actors, 'Wayne Rooke')).toBe('young player');
    expect(roleOf(actors, 'Cristian Ronda')).toBe('young player');
    expect(roleOf(actors, 'John Terrell')).toBe('defender');
  });
});

describe('a reduced relative after the body a title belongs to', () => {
  it('ends the apposition before a past participle that follows the body\'s name, not before "used to"', () => {
    const actors = actorsOf('"Prices are too high," said Wang Yun, an official from the Beijing Municipal Commission for Development quoted in the China Daily newspaper. He was invited by Chancellor Gordon Brand, whose minister father John used to preach there.');
    expect(roleOf(actors, 'Wang Yun')).toBe('official from the Beijing Municipal Commission for Development');
    expect(roleOf(actors, 'Gordon Brand')).toBe('Chancellor');
  });
});

describe('an affiliation with "from" whose closing comma was dropped', () => {
  it('keeps a bracketed acronym and ends at the speech verb', () => {
    const actors = actorsOf('"It is about digital," Jeff Josephs, from the Consumer Electronics Association (CEA) told the BBC. Mark Serwood, from the Public and Commercial Services union said there should be a strike.');
    expect(roleOf(actors, 'Jeff Josephs')).toBe('from the Consumer Electronics Association (CEA)');
    expect(roleOf(actors, 'Mark Serwood')).toBe('from the Public and Commercial Services union');
  });
});
