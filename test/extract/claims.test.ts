import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/extract/claims/quotes.js';
import { extractBrief } from '../../src/extract/index.js';
import { hasShared, SEED } from '../helpers.js';
import { article, excerpt } from './excerpt.js';

const REF = { referenceTime: '2005-02-10T12:00:00Z' };

/** The claim whose text starts with `start`, with its speaker. */
function claimAt(text: string, start: string): { speaker: string | null; kind: string; hedged: boolean; text: string } {
  const claims = extractBrief(article(text), REF).claims;
  const c = claims.find((x) => x.text.startsWith(start));
  if (!c) throw new Error(`no claim starts with "${start}"; got ${JSON.stringify(claims.map((x) => x.text.slice(0, 40)))}`);
  return c;
}

/** The claim whose text contains `fragment`. */
function claimWith(text: string, fragment: string): { speaker: string | null; kind: string; text: string } {
  const claims = extractBrief(article(text), REF).claims;
  const c = claims.find((x) => x.text.includes(fragment));
  if (!c) throw new Error(`no claim contains "${fragment}"; got ${JSON.stringify(claims.map((x) => x.text.slice(0, 40)))}`);
  return c;
}

describe('findQuotes', () => {
  it('pairs curly and straight quotes by the side they face', () => {
    const text = 'He said: "We will go," and then “they left.”';
    expect(findQuotes(text).map((q) => text.slice(q.start, q.end))).toEqual(['We will go,', 'they left.']);
  });

  it('reads a right mark set where a quote opens as a left one (”Fear. ...”)', () => {
    const text = 'Readers wrote in.\n\n”Fear. I am afraid he will win.” ― Karen Bo\n\nShe said “yes” and left.';
    expect(findQuotes(text).map((q) => text.slice(q.start, q.end))).toEqual(['Fear. I am afraid he will win.', 'yes']);
  });

  it('closes a quote at a mark set off by a space after its last punctuation (\'center,\' " she said)', () => {
    const text = `"It cannot be 'Okay, we got through the primary, now I move to the center,' " she said. "The situation is bad for savers, " said Carlos Baez Silva.`;
    expect(findQuotes(text).map((q) => text.slice(q.start, q.end))).toEqual(["It cannot be 'Okay, we got through the primary, now I move to the center,'", 'The situation is bad for savers,']);
  });

  it('reads three apostrophes as a double mark with a single one inside it', () => {
    const text = "''I would use the word 'old-school,''' said Gregory W. Slayton. '''College Bowl,''' he replied.";
    expect(findQuotes(text).map((q) => text.slice(q.start, q.end))).toEqual(["I would use the word 'old-school,'", "'College Bowl,'"]);
  });

  it('reads a left mark right after a quote\'s closing comma as a right one (“It\'s unusual,“ said ...)', () => {
    const text = '“It’s unusual,“ said Larry Noble, an attorney with the Campaign Legal Center. “It’s a hard thing to do.”';
    expect(findQuotes(text).map((q) => text.slice(q.start, q.end))).toEqual(['It’s unusual,', 'It’s a hard thing to do.']);
  });

  it('ends a quote left open where the next one opens, and at the end of its paragraph', () => {
    const text = 'He said: "They need to rethink the bill. "Unless there is movement, it fails."\n\nShe said: "One more thing.\n\n"And another."';
    const quotes = findQuotes(text).map((q) => ({ words: text.slice(q.start, q.end), open: q.open }));
    expect(quotes).toEqual([
      { words: 'They need to rethink the bill.', open: true },
      { words: 'Unless there is movement, it fails.', open: false },
      { words: 'One more thing.', open: true },
      { words: 'And another.', open: false },
    ]);
  });
});

describe('extractClaimDrafts on the seed', () => {
  const seed = readFileSync(SEED, 'utf8');
  const start = seed.indexOf('Former NATO chief');

  it('finds the speaker after the quote, by a description of him ("the alliance’s Secretary General")', () => {
    const c = claimAt(seed.slice(start), 'If NATO cannot agree');
    expect(c).toMatchObject({ speaker: 'Anders Rasmussen', kind: 'direct', hedged: true });
  });

  it('attributes a sentence with a quoted phrase to a surname that refers back ("..., Rasmussen said")', () => {
    // The quoted words sit inside the sentence's own verb phrase ('could decide to "assemble ..." to
    // support'): the claim is the whole reported sentence, not the phrase.
    expect(claimWith(seed.slice(start), 'assemble a coalition')).toMatchObject({ speaker: 'Anders Rasmussen', kind: 'reported' });
  });

  it('reads "does not rule out" after a described subject as a hedged claim of the person named before', () => {
    const c = claimAt(seed.slice(start), 'the possibility that several countries');
    expect(c).toMatchObject({ speaker: 'Anders Rasmussen', kind: 'reported', hedged: true });
  });

  it('keeps "Guest of the ... podcast, X said" with X as the speaker', () => {
    expect(claimAt(seed.slice(start), 'the Vilnius summit will send').speaker).toBe('Jean Stoltenberg');
  });
});

describe.skipIf(!hasShared)('extractClaimDrafts on BBC passages', () => {
  it('takes the person at the head of "aviation analyst X of Y" and carries "he said" back to him', () => {
    const text = excerpt('business/004.txt', 'It also reported', '," he said.');
    expect(claimAt(text, 'It is quite good').speaker).toBe('Nick Van den Brul');
    expect(claimAt(text, "BA's latest quarterly").speaker).toBe('Nick Van den Brul');
  });

  it('marks a claim hedged by the modal "may", not by the month May', () => {
    const text = 'The council leader, Ann Hale, said the new bridge would open on 9 May. She said the cost may rise again.';
    expect(claimAt(text, 'the new bridge would open').hedged).toBe(false);
    expect(claimAt(text, 'the cost may rise').hedged).toBe(true);
  });

  it('reads the speaker past an apposition and marks the hedge', () => {
    const text = excerpt('politics/040.txt', 'But Liberal Democrat peer', 'needed to the law.');
    const c = claimAt(text, 'it was possible some of the detainees');
    expect(c).toMatchObject({ speaker: 'Lord Carlile', hedged: true });
    // "He said" in the next sentence is the same man.
    expect(claimAt(text, "the Law Lords' ruling").speaker).toBe('Lord Carlile');
  });

  it('continues a quote into the next paragraph', () => {
    const text = excerpt('politics/040.txt', 'In a statement to MPs', 'House of Lords."');
    // The passage names him only as "Mr Clarke".
    expect(claimAt(text, 'I will be asking').speaker).toBe('Clarke');
    expect(claimAt(text, 'In the meantime')).toMatchObject({ speaker: 'Clarke', kind: 'direct' });
  });

  it('gives an unnamed source as a description, and "she" to the woman named last', () => {
    const text = excerpt('politics/012.txt', "Mr Blair's official spokesman", 'totally innocent," she said.');
    // The quote opens mid-clause ('would "ever forget'): it is part of the reported claim.
    expect(claimWith(text, 'ever forget the strength')).toMatchObject({ speaker: "Mr Blair's official spokesman", kind: 'reported' });
    expect(claimAt(text, 'The people who were still doubting').speaker).toBe('Anne Maguire');
  });

  it('takes a dash apposition ("Lord Bingham - a senior law lord - said")', () => {
    const text = excerpt('politics/040.txt', 'On Thursday, Lord Bingham', 'but not Britons.');
    expect(claimWith(text, 'in a way that discriminates')).toMatchObject({ speaker: 'Lord Bingham', kind: 'reported' });
  });

  it('does not take a passive ("were expected to decline") as a claim of its own', () => {
    const text = excerpt('business/004.txt', 'Looking ahead', 'low-cost carriers.');
    const claims = extractBrief(article(text), REF).claims;
    expect(claims).toHaveLength(1);
    expect(claims[0]!.speaker).toBe('BA');
  });
});

describe('the words that attribute a claim', () => {
  it('read "as X put it" as a comment clause that attributes the words around it, and "put it on" as nothing', () => {
    const text =
      'The vote on the harbour plan was close. As Senator Mark Hill put it, "The council is unmoved, and the traders are uninspired."\n\nThe plan is, as Hill put it, a disaster for the old town.\n\nHill put it on the table at the meeting.';
    const claims = extractBrief(article(text), REF).claims;
    expect(claims.map((c) => [c.speaker, c.cue, c.kind, c.text])).toEqual([
      ['Mark Hill', 'put it', 'direct', 'The council is unmoved, and the traders are uninspired.'],
      ['Mark Hill', 'put it', 'reported', 'The plan is a disaster for the old town'],
    ]);
  });

  it('keep the verb with its negation and particle, so a denial never reads as a claim', () => {
    const text =
      'Party leader Tom Ash denied an earlier report that he planned to stand down before the election.\n\nThe minister, Jo Reed, does not rule out a second vote on the harbour plan next year.\n\nAsh also urged the council to close its office in the old town by the spring.';
    const claims = extractBrief(article(text), REF).claims;
    expect(claims.map((c) => [c.speaker, c.cue])).toEqual([
      ['Tom Ash', 'denied'],
      ['Jo Reed', 'does not rule out'],
      ['Tom Ash', 'urged'],
    ]);
  });

  it('a quote inside reported speech is not listed again as a quote of its own', () => {
    const text = 'A spokesman later said Mr Ash had friends in the town and that he was "willing to do anything that is necessary to keep the harbour open".';
    const claims = extractBrief(article(text), REF).claims;
    expect(claims.map((c) => [c.kind, c.cue, c.speaker])).toEqual([['reported', 'said', 'spokesman']]);
    // The quote keeps both its marks.
    expect(claims[0]!.text).toMatch(/he was "willing to do anything that is necessary to keep the harbour open"$/);
  });
});

describe('who speaks through a document', () => {
  it('a report speaks for the organisation that produced it, named with it or before', () => {
    const text =
      'Few searchers can tell adverts from results, a survey has found.\n\nThe report by the Lindqvist Research Center reveals that most searchers find what they look for. The report says that only 18% can spot paid results.';
    expect(claimWith(text, 'most searchers find').speaker).toBe('Lindqvist Research Center');
    expect(claimWith(text, 'only 18% can spot').speaker).toBe('Lindqvist Research Center');
  });

  it('"called X a Y" and "called X adjective" are claims; "called a special session" is not', () => {
    const text = "Marta Ruiz defended the plan on Monday. Her allies called her ''a genius'' for the deal. The Ruiz campaign called the charges unsubstantiated and false. The council called a special session for Friday.";
    expect(claimWith(text, 'a genius').speaker).toBe('allies');
    expect(claimWith(text, 'the charges unsubstantiated').speaker).not.toBeNull();
    expect(extractBrief(article(text), REF).claims.some((c) => c.text.includes('special session'))).toBe(false);
  });

  it('polls and surveys report what they find, also tagged as a verb ("Exit polling showed") or with no clause ("found X leading Y")', () => {
    const text =
      'Voters went to the polls on Tuesday.\n\nExit polling showed that Ruiz won every group except voters under 30. The April survey found Ruiz leading Kerr by seven points. A KTV/Orbis poll of the county released on Monday showed Kerr with a narrow lead.\n\nThe officers found the body in a field.';
    expect(claimWith(text, 'won every group').speaker).toBe('Exit polling');
    expect(claimWith(text, 'Ruiz leading Kerr').speaker).toBe('April survey');
    expect(claimWith(text, 'Kerr with a narrow lead').speaker).not.toBeNull();
    expect(extractBrief(article(text), REF).claims.some((c) => c.text.includes('the body'))).toBe(false);
  });
});

describe('withheld answers', () => {
  it('makes no claim of a question left unanswered, but keeps a negated statement', () => {
    const claims = extractBrief(article('The physician Dr Ana Kell declined to say whether the patient had been on oxygen. The campaign has not said when the rally will go ahead. The minister did not say that he would resign.'), REF).claims;
    expect(claims.some((c) => c.text.startsWith('whether') || c.text.startsWith('when'))).toBe(false);
    expect(claims.some((c) => c.text.startsWith('he would resign'))).toBe(true);
  });

  it('makes no claim of the writer\'s "it is hard to say", nor of "maintain" with a plain object, but keeps "maintained" with a clause', () => {
    const claims = extractBrief(article('It is hard to describe how the engine sounds now. The new chip can maintain a higher clock speed for longer. Critic Dave Karlsson maintained the awards only generated excitement when a blockbuster was nominated.'), REF).claims;
    expect(claims.map((c) => c.text)).toEqual(['the awards only generated excitement when a blockbuster was nominated']);
  });

  it('reads a verb of telling coordinated with a passive participle as passive: no one is its speaker', () => {
    const claims = extractBrief(article('Omar Bell said his worst moment came when he was freed, only to be confined and told he would stay for many more years.'), REF).claims;
    expect(claims.some((c) => c.text.startsWith('he would stay'))).toBe(false);
  });
});

describe('verbs of finding and thinking that report nothing', () => {
  it('makes no claim of a passive with its auxiliary left out ("Others thought to be in the running"), nor of a verb with a plain object coordinated with another verb ("found fame … and has since starred")', () => {
    const claims = extractBrief(article('Others thought to be in the running include the actor Tom Reed. Scott first found fame in a TV series and has since starred in several films. Users can find and remove the programs with a free tool.'), REF).claims;
    expect(claims).toEqual([]);
  });

  it('keeps a clause whose subject is two nouns ("found the flag and fish and chips topped the list")', () => {
    expect(claimAt('The survey found the flag and fish and chips topped the list of symbols.', 'the flag and fish and chips').speaker).toBe('survey');
  });
});

describe('quotation marks at the edges of a claim', () => {
  it('keeps the opening mark of a quote that closes inside the claim', () => {
    expect(claimAt('The firm closed the book on Friday, saying "insider information" could have played a part.', '"insider information" could').text).toBe('"insider information" could have played a part');
  });

  it('reads a quoted phrase inside a noun phrase as the phrase, not as a quotation ("to find "real voices" online")', () => {
    const claims = extractBrief(article('He wanted to make it easier for people to find "real voices" on the internet.'), REF).claims;
    expect(claims).toEqual([]);
  });
});

describe('a body named before ", which"', () => {
  it('is the speaker, however long the phrase it ends', () => {
    expect(claimAt('The market has been the subject of an inquiry by the UK\'s Office of Fair Trading, which concluded in a report that retailers needed to make pricing clearer.', 'retailers needed').speaker).toBe('Office of Fair Trading');
  });
});

describe('a quotation followed by its speaker in an apposition that lost its closing comma', () => {
  it('is the claim, without the speaker\'s name', () => {
    const text = 'The minister announced the plan on Monday. "There is a whiff of a sweetener in there," Anna Farr, an analyst at Nomex told the city\'s evening news programme.';
    expect(claimAt(text, 'There is a whiff').text).toBe('There is a whiff of a sweetener in there');
  });
});

describe('a lawsuit as a source', () => {
  it('speaks for itself as "the suit" as it does as "the lawsuit"', () => {
    const text = 'A woman is suing the printer maker. But the suit claims the chips shut the cartridges down at a set date. "The chip is built to fail," the suit said.';
    expect(claimAt(text, 'the chips shut').speaker).toBe('suit');
    expect(claimAt(text, 'The chip is built').speaker).toBe('suit');
  });
});

describe('a cue inside a clause that opens the sentence', () => {
  it('reports only up to the comma that closes the clause', () => {
    expect(claimAt('When the minister said the deal was done, the markets rallied.', 'the deal was done').text).toBe('the deal was done');
  });

  it('leaves alone a phrase that ended before the cue, and an "as" clause whose comma comes right after the cue', () => {
    expect(claimAt('After his sacking, Tom Reed said that the party was determined to get rid of him.', 'the party').text).toBe('the party was determined to get rid of him');
    expect(claimAt('As the party leader declared, the aim of the exercise is to open a policy divide.', 'the aim').text).toBe('the aim of the exercise is to open a policy divide');
  });
});

describe('a statement supposed in a condition', () => {
  it('is no claim ("If the company says profits will fall, shares could drop")', () => {
    const claims = extractBrief(article('If the company says profits will fall, shares could drop. Unless the board tells staff the plant is safe, the union will strike.'), REF).claims;
    expect(claims).toEqual([]);
  });
});

describe('a cue with no statement after it', () => {
  it('makes no claim of an "of" that belongs to a noun or a passive ("an alibi he cited of being …", "hopes of winning", "ruled out of the match")', () => {
    const text = 'His “unbecoming” behaviour was at odds with the alibi he cited of being at a restaurant with his daughter. Hopes of winning the title were dashed. The striker has been ruled out of the final with a knee injury.';
    expect(extractBrief(article(text), REF).claims).toEqual([]);
  });

  it('keeps the "of" of a verb that takes one ("warned of job losses") a fronted amount ("showed of the 17 people charged, only four were convicted") and a topic before a statement ("stated of the scandal that …")', () => {
    expect(claimAt('The union warned of heavy job losses at the plant.', 'of heavy job losses').speaker).toBe('union');
    expect(claimAt('Figures showed of the 17 people charged, only four were convicted.', 'of the 17 people').speaker).toBe('Figures');
    expect(claimAt('Later in the show, the host stated of the scandal that the inquiry\'s report was not good.', 'the inquiry').speaker).toBe('host');
  });

  it('makes no claim of a bare adjunct after the cue ("said in a statement.", "the brightest hopes in the country"), but the speaker goes on into the quotation that follows', () => {
    const text = 'Young players are the brightest tennis hopes in the country. "We are sorry for what happened," chief executive Tom Reed said in the letter. "Nothing can excuse what happened in those years."';
    const claims = extractBrief(article(text), REF).claims;
    expect(claims.map((c) => c.text)).toEqual(['We are sorry for what happened', 'Nothing can excuse what happened in those years.']);
    expect(claims.map((c) => c.speaker)).toEqual(['Tom Reed', 'Tom Reed']);
  });

  it('keeps what a request is for ("asked for more investment")', () => {
    expect(claimAt('The president asked for more investment in the water network.', 'for more investment').speaker).toBe('president');
  });
});

describe('a closing attribution with a long subject', () => {
  it('reports the clause before the comma, after the subject and a phrase after the verb ("…, the Attorney\'s Office for the Western District of New York said in a statement")', () => {
    const text = 'Tom Reyes, 55, of Addison, pleaded guilty to making threats against an official, the U.S. Attorney\'s Office for the Western District of New York said in a statement.';
    expect(extractBrief(article(text), REF).claims.map((c) => c.text)).toEqual(['Tom Reyes, 55, of Addison, pleaded guilty to making threats against an official']);
  });

  it('and a quotation before a subject of several words is direct speech ("…," the Florida senator and presidential candidate said)', () => {
    const text = '"The country is run by a reckless man who keeps expanding his arsenal," the Florida senator and Republican presidential candidate said in a statement.';
    expect(extractBrief(article(text), REF).claims).toMatchObject([{ kind: 'direct', text: 'The country is run by a reckless man who keeps expanding his arsenal' }]);
  });

  it('reports the clause before the comma when a bare day or a hearer comes between the verb and its phrases ("…, executives announced Wednesday at the Dubai Air Show")', () => {
    const lead = 'Emirates Airline has finalized a deal to purchase 30 Boeing jets, executives of both companies announced Wednesday at the Dubai Air Show.';
    expect(extractBrief(article(lead), REF).claims.map((c) => c.text)).toEqual(['Emirates Airline has finalized a deal to purchase 30 Boeing jets']);
    const told = 'The plant will close next year, the minister told reporters on Tuesday at a news conference in Paris.';
    expect(extractBrief(article(told), REF).claims.map((c) => c.text)).toEqual(['The plant will close next year']);
  });
});

describe('a closing inverted attribution with an apposition', () => {
  it('reports the clause before it, not the speaker and the role after it ("…, said Paul Dergarabedian, president of Exhibitor Relations.")', () => {
    expect(claimAt('The success of the film could help produce record revenue for 2004, said Paul Dergarabedian, president of the tracker Exhibitor Relations.', 'The success').text).toBe('The success of the film could help produce record revenue for 2004');
    expect(claimAt('The musical will open in November, said Mr Richards, who added that no other casting had been announced.', 'The musical').text).toBe('The musical will open in November');
  });

  it('but an aside that the sentence goes on after keeps the whole sentence ("Although …, said Mr Hogan, 2004 saw …")', () => {
    expect(claimAt('Although teenage virus writers will still play around with code, said Mr Hogan, 2004 saw a rise in criminal use of malicious programs.', 'Although').text).toBe('Although teenage virus writers will still play around with code, said Mr Hogan, 2004 saw a rise in criminal use of malicious programs');
  });
});

describe('a phrase that opens the sentence before a cue with an object', () => {
  it('is no aside\'s start: the object and what follows it are reported, not the opening phrase', () => {
    expect(claimAt('On Monday, the company revealed the new phone, which has a larger screen.', 'the new phone').text).toBe('the new phone, which has a larger screen');
    expect(claimAt('Sales will fall, the firm said last week, as it leaves the market.', 'Sales').text).toBe('Sales will fall');
    expect(claimAt('Most importantly, say analysts, the talks have failed.', 'Most importantly').text).toBe('Most importantly, say analysts, the talks have failed');
  });
});

describe('a cue that ends a free relative', () => {
  it('reports nothing ("It is exactly what the minister did not want.", "short of the 2.5% which the government had predicted.")', () => {
    const text = 'The strike will fall in the run-up to the election. It is exactly what the minister did not want. Growth was short of the 2.5% which the government had predicted.';
    expect(extractBrief(article(text), REF).claims).toEqual([]);
  });
});

describe('a stance or statement named by a noun after a support verb', () => {
  it('reports the that-clause of "expressed concern that", "voiced confidence that", "made the case that" with the verb\'s subject as speaker', () => {
    const text =
      'Ohio Governor John Kasich expressed concern that the businessman was encouraging violence at his rallies. Senator Mary Dunn voiced confidence that the party could still come together. Economist Tom Reyes made the case that low rates are important for growth.';
    const claims = extractBrief(article(text), REF).claims;
    expect(claims.map((c) => [c.speaker, c.cue, c.text])).toEqual([
      ['John Kasich', 'expressed concern', 'the businessman was encouraging violence at his rallies'],
      ['Mary Dunn', 'voiced confidence', 'the party could still come together'],
      ['Tom Reyes', 'made the case', 'low rates are important for growth'],
    ]);
  });

  it('with a clause whose subject is long or follows an adverbial set off by commas', () => {
    const text =
      'Finance ministers of the 12 eurozone countries voiced their concern that the rise of the currency was harming exports. The union also expressed concern that, for the tenth year, the auditors had qualified the accounts.';
    expect(extractBrief(article(text), REF).claims.map((c) => c.text)).toEqual(['the rise of the currency was harming exports', 'for the tenth year, the auditors had qualified the accounts']);
  });

  it('but not a relative clause after the noun ("made a claim that was false") nor a light verb with another noun', () => {
    const text = 'The minister made a claim that was later withdrawn. The firm made the decision that it would close the plant.';
    expect(extractBrief(article(text), REF).claims).toEqual([]);
  });
});

describe('a quotation set off in its own paragraph after a colon', () => {
  it('is framed by the colon that ends the paragraph before ("Wallace declared:", "Clinton released the following statement:")', () => {
    const text =
      'George Wallace ran for president four times.\n\nIn a 1963 speech, Wallace declared:\n\n“It is very appropriate that from this cradle of the Confederacy we sound the drum.”\n\nPresident Clinton released the following statement:\n\n“Hillary and I offer our condolences to the family and friends of George Wallace.”';
    const claims = extractBrief(article(text), REF).claims;
    expect(claims.map((c) => [c.speaker, c.kind, c.text.slice(0, 30)])).toEqual([
      ['George Wallace', 'direct', 'It is very appropriate that fr'],
      ['Clinton', 'direct', 'Hillary and I offer our condol'],
    ]);
    expect(claims[0]!.evidence[0]!.quote).toMatch(/^In a 1963 speech, Wallace declared:/);
  });

  it('but not by a colon with no subject before it ("Read the latest updates below:")', () => {
    const text = 'Read the latest updates below:\n\n“Sen. Bernie Sanders took the stage in Iowa late Monday night trailing in the polls.”';
    expect(extractBrief(article(text), REF).claims).toEqual([]);
  });
});

describe('a passive of a reporting verb with no agent (Quirk et al. 1985, §16.31-16.34)', () => {
  it('reports its clause with no one named: "It is understood (that) ...", "..., it is reported.", "X is said to be ...", the source of a verb of saying described as the passive leaves it (a verb of thinking names none)', () => {
    const text =
      'The mayor held a private meeting with builders last week. It is understood no contract was signed at that meeting. But it is believed that Harwood has cut the loan needed for his offer. The council has dropped its appeal, it is reported. Norway will not take part, but is said to be following the talks closely.';
    expect(extractBrief(article(text), REF).claims.map((c) => [c.speaker, c.speakerId, c.kind, c.hedged, c.text])).toEqual([
      ['unnamed sources', null, 'reported', false, 'no contract was signed at that meeting'],
      [null, null, 'reported', true, 'Harwood has cut the loan needed for his offer'],
      ['reports', null, 'reported', false, 'The council has dropped its appeal'],
      ['unnamed sources', null, 'reported', false, 'Norway will not take part, but is said to be following the talks closely.'],
    ]);
  });

  it('reads "claim" as a reporting verb there too ("..., it was claimed.", "It is claimed that ...")', () => {
    const text = 'The depot was closed in May. The drivers were told about the cuts a year ago, it was claimed. It is claimed that the depot lost money for a decade.';
    expect(extractBrief(article(text), REF).claims.map((c) => [c.speaker, c.text])).toEqual([
      ['unnamed sources', 'The drivers were told about the cuts a year ago'],
      ['unnamed sources', 'the depot lost money for a decade'],
    ]);
  });

  it('but not a referential "it" raised ("It is expected to cost"), a modal ("could be said to be"), nor "reported to police"', () => {
    const text = 'The new stadium is planned for 2008. It is expected to cost more than £1bn. The drawback could be said to be its format. The theft was reported to police last week.';
    expect(extractBrief(article(text), REF).claims).toEqual([]);
  });
});

describe('a verb of saying inverted right after the quote it frames', () => {
  it('is its cue though tagged as a noun or without the particle or "that" it wants elsewhere (\'," points out X\', \'," agreed X\')', () => {
    const text =
      'Steve Cram ran for Britain. "It is a lot easier being the double Olympic champion than training," points out Steve Cram. "You do not get the chance very often in your career," agreed Mr Cram.';
    expect(extractBrief(article(text), REF).claims.map((c) => [c.speaker, c.kind, c.text])).toEqual([
      ['Steve Cram', 'direct', 'It is a lot easier being the double Olympic champion than training'],
      ['Steve Cram', 'direct', 'You do not get the chance very often in your career'],
    ]);
  });

  it('but not a noun in its plain form that opens the speaker\'s title (\'," state prosecutor X told Reuters\')', () => {
    const text = '"The legal boundaries did not match up with the actual boundaries," state prosecutor Alexis Ortiz told Reuters.';
    expect(extractBrief(article(text), REF).claims.map((c) => [c.speaker, c.kind])).toEqual([['Alexis Ortiz', 'direct']]);
  });
});

describe('a time or reason clause after a verb whose content is a noun phrase (Quirk et al. 1985, §15.17-15.21)', () => {
  it('is its adjunct, not what was said: a verb of saying inside reports for that clause\'s own subject', () => {
    const text = 'Rita Vane criticised the gossip columns after they reported she had left the band. Mayor Tom Hale condemned the closure plan after the inspectors said the bridge was unsafe. Ann Hale described a meeting in March when the inspectors told her the bridge was unsafe.';
    expect(extractBrief(article(text), REF).claims.map((c) => [c.speaker, c.text])).toEqual([
      ['Rita Vane', 'the gossip columns'],
      ['gossip columns', 'she had left the band'],
      ['Tom Hale', 'the closure plan'],
      ['inspectors', 'the bridge was unsafe'],
      // (A "when" after a noun opens a relative clause of that noun, inside what was described.)
      ['Ann Hale', 'a meeting in March when the inspectors told her the bridge was unsafe'],
    ]);
  });

  it('but a pronoun that may take up the outer subject leaves the clause in the outer content ("ruled out X, because it says ...")', () => {
    const text = 'The board has ruled out closing the depot, because it says the town needs the jobs.';
    expect(extractBrief(article(text), REF).claims.map((c) => c.text)).toEqual(['closing the depot, because it says the town needs the jobs']);
  });
});

describe('a subject that no actor resolves, read as a description of an unnamed source', () => {
  it('keeps the claim when the subject is a noun phrase of people or a body with a post-modifier', () => {
    const text = 'Executives across the world say they have no choice but to cut hiring. Those in favour of the levy have said that the roads need the money.';
    expect(extractBrief(article(text), REF).claims.map((c) => [c.speaker, c.text])).toEqual([
      ['Executives across the world', 'they have no choice but to cut hiring'],
      ['Those in favour of the levy', 'the roads need the money'],
    ]);
  });

  it('and takes the antecedent of "who" after the main verb as the subject of its relative clause', () => {
    const text = 'The council was sued by a tenant who claimed the landlord had cut off the heating. The neighbour who said the fence had moved has since left the town.';
    expect(extractBrief(article(text), REF).claims.map((c) => [c.speaker, c.text])).toEqual([['tenant', 'the landlord had cut off the heating']]);
  });

  it('but not a subject with no person or body at its head', () => {
    const text = 'Prices throughout the old town say that trade has fallen. Forecasts across the region say that rain will fall.';
    expect(extractBrief(article(text), REF).claims.map((c) => c.text)).toEqual([]);
  });
});
