// Attribution across clause structure: long modifiers between a subject and its verb, verbs
// coordinated with an earlier one, names the actor list did not make an actor of, and reported
// speech without quote marks. The passages are written for these tests.
import { describe, expect, it } from 'vitest';
import { extractBrief } from '../../src/extract/index.js';
import { article } from './excerpt.js';

const REF = { referenceTime: '2024-03-01T12:00:00Z' };

function claimsOf(text: string): { speaker: string | null; cue: string | null; text: string }[] {
  return extractBrief(article(text), REF).claims.map((c) => ({ speaker: c.speaker, cue: c.cue, text: c.text }));
}

describe('modifiers between the subject and its verb', () => {
  it('reads past a relative clause inside an apposition', () => {
    const text = 'Dana Whitfield, the owner of the Harbour Hawks who turned down calls to run for mayor, says she is open to running in the future.';
    expect(claimsOf(text)).toMatchObject([{ speaker: 'Dana Whitfield', cue: 'says', text: 'she is open to running in the future' }]);
  });

  it('reads past a participle phrase with commas of its own', () => {
    const text = 'Senator Paul Grady, facing a tough challenge in Ohio, a swing state, said he would welcome the governor.';
    expect(claimsOf(text)).toMatchObject([{ speaker: 'Paul Grady', cue: 'said', text: 'he would welcome the governor' }]);
  });

  it('reads past a relative clause that names a place with a comma', () => {
    const text = 'Vice President Anne Moreau, who was to travel to Columbus, Ohio, on Wednesday to promote the rules, said they touched on a core issue.';
    expect(claimsOf(text)).toMatchObject([{ speaker: 'Anne Moreau', cue: 'said', text: 'they touched on a core issue' }]);
  });

  it('does not take a clause between commas for a modifier', () => {
    const text = 'The budget, which passed last week, is a mistake, said Tom Reed.';
    expect(claimsOf(text).map((c) => c.speaker)).toEqual(['Tom Reed']);
  });
});

describe('coordinated verbs', () => {
  it('a verb after "and" shares the subject of the nearest verb before it', () => {
    const text = 'Some in the crowd booed, and when Mark Rollins thanked the city and said it was great to be home, a man yelled.';
    expect(claimsOf(text)).toMatchObject([{ speaker: 'Mark Rollins', cue: 'said' }]);
  });

  it('goes back to the main clause when the nearest verb has no subject of its own', () => {
    const text = 'Senate leader Ruth Carver was quick to embrace the plan and said this week that the party would back it.';
    expect(claimsOf(text)).toMatchObject([{ speaker: 'Ruth Carver', cue: 'said' }]);
  });
});

describe('subjects with a hyphenated modifier', () => {
  it('"Boston-based analysts who have done the sums say": the subject, not the relative clause\'s object', () => {
    const text = 'Even if the talks succeed, Boston-based analysts who have done the sums say exports could not grow much.';
    expect(claimsOf(text)).toMatchObject([{ speaker: 'Boston-based analysts', cue: 'say' }]);
  });
});

describe('names the actor list missed', () => {
  it('a bare surname is the person of the article with that surname', () => {
    const text = 'Businessman Mark Cuban appeared on the show on Sunday.\n\nThe economy is the worry, Cuban said.';
    expect(claimsOf(text)).toMatchObject([{ speaker: 'Mark Cuban', text: 'The economy is the worry' }]);
  });
});

describe('subjects kept apart from their verb by a modifier after the noun', () => {
  it('a participle phrase ("a poll released last week showed"); the poll speaks for the paper that ran it', () => {
    const text = 'A Harbour Gazette poll released last week showed the mayor leading the race by nine points.';
    expect(claimsOf(text)).toMatchObject([{ speaker: 'Harbour Gazette', cue: 'showed' }]);
    expect(claimsOf('A poll released last week showed the mayor leading the race by nine points.')).toMatchObject([{ speaker: 'poll released last week', cue: 'showed' }]);
  });

  it('an adjective with its preposition ("people familiar with the matter said")', () => {
    const text = 'People familiar with the matter said the company would close two plants next year.';
    expect(claimsOf(text)).toMatchObject([{ speaker: 'People familiar with the matter', text: 'the company would close two plants next year' }]);
  });

  it('a restrictive relative clause ("friends who have seen him say")', () => {
    const text = 'Neighbours who have known the family for years say the children were happy there.';
    expect(claimsOf(text)).toMatchObject([{ speaker: 'Neighbours', cue: 'say', text: 'the children were happy there' }]);
  });

  it('not a phrase inside another clause ("He said the report released Monday showed ...")', () => {
    const text = 'Tom Reed said the report released on Monday showed the plan was failing.';
    expect(claimsOf(text).map((c) => c.speaker)).toEqual(['Tom Reed']);
  });
});

describe('plain verb forms the tagger reads as nouns', () => {
  it('after a plural subject or a share of those polled', () => {
    const text = 'Campaign records show he gave money to both parties.\n\nAbout 4 in 10 say they want a new candidate.';
    expect(claimsOf(text).map((c) => [c.speaker, c.cue])).toEqual([
      ['Campaign records', 'show'],
      ['About 4 in 10', 'say'],
    ]);
  });
});

describe('quotes and sentences', () => {
  it('a quoted exclamation does not end the sentence it stands in', () => {
    const text = 'Mayor Ruth Carver declared “What a night!” and said that her campaign would go on to the end.';
    expect(claimsOf(text)).toContainEqual(expect.objectContaining({ speaker: 'Ruth Carver', cue: 'said', text: 'her campaign would go on to the end' }));
  });

  it('a bare attribution in the sentence after a quote closed by a full stop', () => {
    const text = 'Tom Reed spoke in Leeds.\n\n“We will win this city back in November.” Reed said.';
    expect(claimsOf(text)).toMatchObject([{ speaker: 'Tom Reed', cue: 'said', text: 'We will win this city back in November.' }]);
  });
});

describe('who "he" and "she" are', () => {
  it('a one-word name that the text calls "he" is a person, whatever the actor list took it for', () => {
    const text = 'Carson defied the question and did not make a choice.\n\n“I will predict the winner tonight,” he said.';
    expect(claimsOf(text).map((c) => c.speaker)).toEqual(['Carson']);
  });

  it('the person named inside a quote is not the one who speaks it', () => {
    const text = 'Pastor Bob Lane hosted the dinner in Des Moines.\n\nSenator Ted Cruz arrived late. “Cruz is our best debater and our best fighter,” he said.';
    expect(claimsOf(text).map((c) => c.speaker)).toEqual(['Bob Lane']);
  });

  it('a name before a described apposition with a place in it', () => {
    const text = 'Dean Johnson, a 55-year-old salesman from Sumter, South Carolina, says the senator will leave with momentum.';
    expect(claimsOf(text).map((c) => c.speaker)).toEqual(['Dean Johnson']);
  });
});

describe('more cues', () => {
  it('a third-person verb form the tagger reads as a noun ("The Gazette reports ...", "the ad claims")', () => {
    const text = 'The Harbour Gazette reports the mayor held her last press conference in December.';
    expect(claimsOf(text)).toMatchObject([{ speaker: 'Harbour Gazette', cue: 'reports' }]);
  });

  it('a participle after a comma passes over a subordinate clause to the main subject', () => {
    const text = 'The Labour group had sued after the council cut the budget, saying that the cut hurt poorer families.';
    expect(claimsOf(text)).toMatchObject([{ speaker: 'Labour group', cue: 'saying', text: 'the cut hurt poorer families' }]);
  });

  it('advise verbs and messages with a clause ("assured reporters that", "tweeted that"), not with an object only', () => {
    const text = 'Mayor Ruth Carver assured reporters that the budget would pass.\n\nTom Reed tweeted that the vote was a disgrace.\n\nTom Reed tweeted a photo of the crowd.';
    expect(claimsOf(text).map((c) => [c.speaker, c.cue])).toEqual([
      ['Ruth Carver', 'assured'],
      ['Tom Reed', 'tweeted'],
    ]);
  });
});

describe('quotes after a colon', () => {
  it('a verb of manner of speaking right before the quote ("Cruz continued:")', () => {
    const text = 'Senator Paul Grady spoke to the crowd.\n\nGrady continued: “You look at the questions and you see what they think of you.”';
    expect(claimsOf(text)).toMatchObject([{ speaker: 'Paul Grady', cue: 'continued' }]);
  });

  it('a name after a dash or "from" before the colon', () => {
    const text = 'Pollsters agree - Carla Biel: “One of the lessons was simple: keep calling voters as late as you can.”\n\nMore from Carla Biel: “The last polls were the best ones by far.”';
    expect(claimsOf(text).map((c) => c.speaker)).toEqual(['Carla Biel', 'Carla Biel']);
  });

  it('the subject of the clause that the colon closes', () => {
    const text = 'Mayor Ruth Carver then listed the qualities of a good successor: “Honesty, patience and a thick skin, above all.”';
    expect(claimsOf(text)).toMatchObject([{ speaker: 'Ruth Carver', cue: ':' }]);
  });

  it('a person of the article named in ordinary case as a transcript label', () => {
    const text = 'The panel included the reporter Alex Seitz-Wald.\n\nAlex Seitz-Wald: She is right on all these things if you dig down.';
    expect(claimsOf(text)).toMatchObject([{ speaker: 'Alex Seitz-Wald', text: 'She is right on all these things if you dig down.' }]);
  });
});

describe('clauses that are not the speaker', () => {
  it('"Asked what ..., X said": the question after a fronted "Asked" is no speaker', () => {
    const text = 'Donor Sam Adler spoke on Sunday.\n\nAsked what characteristics he would like the nominee to have, Adler said, “They have got to be able to win.”';
    expect(claimsOf(text).map((c) => [c.speaker, c.cue])).toEqual([['Sam Adler', 'said']]);
  });

  it('"a woman asked for a photo and Reed said": the name after "and" is the subject of its own clause', () => {
    const text = 'Tom Reed met voters outside.\n\nAt one point, a woman asked for a photo and Reed said, “As long as we are not breaking any election laws.”';
    expect(claimsOf(text).find((c) => c.cue === 'said')?.speaker).toBe('Tom Reed');
  });
});

describe('an attribution that closes the sentence', () => {
  it('keeps the content before it when only an object or a time follows the verb', () => {
    const text = 'President Anne Moreau called Lena Ward.\n\nHer husband was free and would soon be coming home, the president told her.\n\nThe pilot had logged 6,300 hours of flying time, Northwind Air said on Thursday.';
    expect(claimsOf(text).map((c) => [c.speaker, c.text])).toEqual([
      ['Anne Moreau', 'Her husband was free and would soon be coming home'],
      ['Northwind Air', 'The pilot had logged 6,300 hours of flying time'],
    ]);
  });

  it('reads past a day after the subject ("Priebus later Thursday told")', () => {
    const text = 'Party chairman Reince Priebus spoke twice.\n\nPriebus later Thursday told Fox News: “Both men are meeting next week to talk about these things.”';
    expect(claimsOf(text)).toMatchObject([{ speaker: 'Reince Priebus', cue: 'told' }]);
  });
});

describe('groups and parts of groups as sources', () => {
  it('a part of a group is described by the whole phrase ("Some of the women said")', () => {
    const text = 'Some of the women said they had spoken out at council hearings.\n\nA handful of Democrats said the plan was dead.';
    expect(claimsOf(text).map((c) => c.speaker)).toEqual(['Some of the women', 'handful of Democrats']);
  });

  it('those polled, an intensifier after the subject, and a person noun tagged as a name', () => {
    const text = 'Those surveyed said the economy was the top issue.\n\nSenator Ted Cruz himself said the race was wide open.\n\n“The campaign has been slow to answer,” one senior Democrat said.';
    expect(claimsOf(text).map((c) => c.speaker)).toEqual(['Those surveyed', 'Ted Cruz', 'one senior Democrat']);
  });
});

describe('people described by their relation to someone', () => {
  it('"X\'s mother" and "the mother-of-nine" are the person the article gives that role', () => {
    const text = 'Pop star Marco Reyes denies the charges. His mother Katherine Reyes spoke to reporters on Sunday.\n\nMarco Reyes\'s mother has said she is certain her son is innocent. Describing him as a good person, the mother-of-nine said she feared he would not be given a fair trial.';
    const claims = claimsOf(text);
    expect(claims.find((c) => c.text.startsWith('she is certain'))?.speaker).toBe('Katherine Reyes');
    expect(claims.find((c) => c.text.startsWith('she feared'))?.speaker).toBe('Katherine Reyes');
  });
});

describe('two attributions in one sentence', () => {
  it('a closing attribution whose subject has a name in apposition governs the sentence', () => {
    const text = "The harbour board met on Monday.\n\nFishermen have complained for years that the quay floods at high tide, the board's spokeswoman, Marta Lind, said.";
    expect(claimsOf(text)).toMatchObject([{ speaker: 'Marta Lind', cue: 'said', text: 'Fishermen have complained for years that the quay floods at high tide' }]);
  });

  it('a clause coordinated after an object keeps its own subject ("... the inquiry and Democrats accused ...")', () => {
    const text = 'Republicans said they were convinced the department mishandled the inquiry and Democrats accused the committee of stoking the issue for political gain.';
    expect(claimsOf(text)).toMatchObject([
      { speaker: 'Republicans', cue: 'said', text: 'they were convinced the department mishandled the inquiry' },
      { speaker: 'Democrats', cue: 'accused', text: 'the committee of stoking the issue for political gain' },
    ]);
  });
});

describe('attributions nested in another', () => {
  it('a clause inside reported speech after a fronted phrase is the outer speaker\'s report', () => {
    const text = 'Nurse Ella Brandt testified on Tuesday.\n\nMs Brandt told the court that in the weeks after the fire, a hospital manager had told her the records would be destroyed.';
    expect(claimsOf(text)).toMatchObject([{ speaker: 'Ella Brandt', cue: 'told', text: 'in the weeks after the fire, a hospital manager had told her the records would be destroyed' }]);
  });

  it('a relative clause inside reported speech is the outer speaker\'s report', () => {
    const text = 'Ms Brandt said she received a call from a hospital official, Tom Ardley, who said the records had been moved to another building.';
    expect(claimsOf(text).map((c) => c.speaker)).toEqual(['Brandt']);
  });
});

describe('where reported content starts', () => {
  it('past the hearer of a verb of telling and a time phrase, up to "that"; not past a relative "that"', () => {
    const text = 'Senator Ann Price told local radio that the bill would pass. Price warned investors on Monday that rates would rise. She said the company that makes the drug was failing.';
    expect(claimsOf(text).map((c) => c.text)).toEqual(['the bill would pass', 'rates would rise', 'the company that makes the drug was failing']);
  });

  it('leaves a wire service tag out of the content', () => {
    const text = '(Wire)President Dana Holt has long been wary of the report, according to a palace official.';
    expect(claimsOf(text)).toMatchObject([{ speaker: 'palace official', text: 'President Dana Holt has long been wary of the report' }]);
  });
});

describe('the clause structure around a cue', () => {
  it('content starts after "that", past any prepositional phrase of the cue; not after a relative "that"', () => {
    const text = 'Mayor Tom Baines claimed in the Observer that the budget had been balanced. A spokeswoman for Harlow Bank confirmed to Reuters on Friday that the branch would close. Baines said in a statement that was issued late that he would resign.';
    const claims = claimsOf(text);
    expect(claims.slice(0, 2)).toMatchObject([
      { speaker: 'Tom Baines', cue: 'claimed', text: 'the budget had been balanced' },
      { speaker: 'Harlow Bank', cue: 'confirmed', text: 'the branch would close' },
    ]);
    expect(claims.map((c) => c.text)).not.toContain('he would resign');
  });

  it('the object of a causative verb speaks through the infinitive', () => {
    const text = 'The new rules allowed Senator Mark Ellis to claim that the deficit had fallen by half.';
    expect(claimsOf(text)).toMatchObject([{ speaker: 'Mark Ellis', cue: 'claim', text: 'the deficit had fallen by half' }]);
  });

  it('a cue in a relative clause whose gap is the content\'s subject reports the antecedent, not the hearer', () => {
    const text = 'Sarah Jones joined Uber in 2019. The company later dropped the metrics it once told people had immense value.';
    expect(claimsOf(text)).toMatchObject([{ speaker: 'Uber', cue: 'told', text: 'the metrics had immense value' }]);
  });

  it('a free relative with no antecedent reports nothing', () => {
    expect(claimsOf('Whatever the minister told voters was forgotten by June.')).toEqual([]);
  });

  it('a noun before a relative pronoun is no cue', () => {
    const text = 'Ministers met on Monday. South Africa deplored Friday the bomb blasts which killed scores of people in the capital.';
    expect(claimsOf(text).map((c) => c.cue)).not.toContain('blasts');
  });

  it('an attribution set inside its content is left out of the claim\'s words', () => {
    const text = 'Mark Ellis runs the shop. Already, he said, many of his friends had declared that the new console was a failure. The console, he said, was a failure from the start.';
    expect(claimsOf(text)).toMatchObject([
      { speaker: 'Mark Ellis', text: 'Already many of his friends had declared that the new console was a failure' },
      { speaker: 'Mark Ellis', text: 'The console was a failure from the start' },
    ]);
  });

  it('an attribution with a time or a hearer after its verb is set inside its content too', () => {
    const text = 'Nora Quinn chairs the board. The merger, she told staff on Tuesday, would save jobs. Lakeside Foods is in talks. Its costs will rise next year, the firm said in a filing on Friday, while prices stay flat.';
    expect(claimsOf(text)).toMatchObject([
      { speaker: 'Nora Quinn', cue: 'told', text: 'The merger would save jobs' },
      { speaker: 'Lakeside Foods', cue: 'said', text: 'Its costs will rise next year' },
    ]);
  });

  it('after a whole clause, an adverbial or participle clause that follows the attribution is not its content', () => {
    const text = 'Ravel Motors makes vans. Output will be cut in 2025, Ravel said this week, as it leaves the small car market. Demand has slowed, the company said, adding that 200 jobs would go.';
    expect(claimsOf(text)).toMatchObject([
      { speaker: 'Ravel', cue: 'said', text: 'Output will be cut in 2025' },
      { speaker: 'Ravel', cue: 'said', text: 'Demand has slowed' },
      { speaker: 'Ravel', cue: 'adding', text: '200 jobs would go' },
    ]);
  });

  it('the agent of a passive verb of telling is the speaker', () => {
    const text = 'Contestants on the show were told by hosts Anne Lee and Mark Dunn that the prize had been cancelled.';
    expect(claimsOf(text)).toMatchObject([{ speaker: 'Anne Lee', cue: 'told', text: 'the prize had been cancelled' }]);
  });
});

describe('pronouns of a person', () => {
  it('go to a person introduced unnamed, never to the outlet that spoke to them', () => {
    const text = 'The BBC reached a former nurse at her home. She said the ward had been closed without warning.\n\nCNN spoke to one mother, who lives near the school. “We have been waiting for months for any answer at all,” she said.';
    expect(claimsOf(text).map((c) => c.speaker)).toEqual(['former nurse', 'one mother']);
  });
});

describe('given names the project lists lack', () => {
  it('take their gender from the published name list', () => {
    const text = 'Mitt Romney spoke after Carly Fiorina. She said the party had lost its way.';
    expect(claimsOf(text)).toMatchObject([{ speaker: 'Carly Fiorina', cue: 'said' }]);
  });
});

describe('documents and their producers', () => {
  it('a document introduced without its producer is the one named with it when taken up again', () => {
    const text = 'Shoppers are more careful than they were, suggests a report into spending habits. The report by the Harlow Research Institute shows that 60% of shoppers compare prices online.';
    expect(claimsOf(text).map((c) => c.speaker)).toEqual(['Harlow Research Institute', 'Harlow Research Institute']);
  });

  it('a report a body spoke through speaks for it, and so does each later mention', () => {
    const text = 'The Budget Committee called for the Audit Office to be given more power. The call was made in a report into the city bus service. The report said the bus service had improved. The report said that fares were still too high.';
    expect(claimsOf(text).map((c) => c.speaker)).toEqual(['Budget Committee', 'Budget Committee', 'Budget Committee']);
  });
});

describe('"according to" sources', () => {
  it('a source phrase ends where a new noun phrase starts after a common noun', () => {
    const text = 'According to figures gathered by researchers the average user spends 43 minutes a month searching.';
    expect(claimsOf(text)).toMatchObject([{ speaker: 'figures gathered by researchers', text: 'the average user spends 43 minutes a month searching' }]);
  });
});

describe('"claim" of winning or taking', () => {
  it('a plain noun object of "claim" is no speech; a clause, an infinitive or a closing attribution is', () => {
    const text =
      'The Kiwis would claim the Cup if they won on Saturday. Serena Park claimed victory in the final. The young driver claimed his first win at Monza. The storm claimed three lives. ' +
      'Tom Reed claimed that the vote was rigged. Lee Hart claimed to have seen the car. The count was a fix, Ana Ruiz claimed. Mark Bell claims the polls show fraud.';
    expect(claimsOf(text).map((c) => c.text)).toEqual(['the vote was rigged', 'to have seen the car', 'The count was a fix', 'the polls show fraud']);
  });
});

describe('"repeat" of doing again', () => {
  it('"repeat" with a noun object that names a deed states nothing; with something said, or a clause, it reports', () => {
    const text =
      'The two sisters repeated their success at the county show. The young rider repeated the feat a week later. ' +
      'Mayor Ann Cole repeated her call for calm. The union reiterated its opposition to the cuts. Tom Reed repeated that the vote was rigged.';
    expect(claimsOf(text).map((c) => c.text)).toEqual(['her call for calm', 'its opposition to the cuts', 'the vote was rigged']);
  });
});

describe('"deny" of withholding', () => {
  it('"deny" with two noun-phrase objects withholds and states nothing; with a clause or one object it denies', () => {
    const text =
      'The singer Tara Vance has denied Leo Marsh his third title of the season. The panel denied him a visa to enter the country. The court denied the council the right to appeal. ' +
      'Ben Ortiz denied that he had leaked the files. Ben Ortiz denied reports the firm had lied to investors. Ben Ortiz denied the allegations of fraud this week.';
    expect(claimsOf(text).map((c) => ({ cue: c.cue, text: c.text }))).toEqual([
      { cue: 'denied', text: 'he had leaked the files' },
      { cue: 'denied', text: 'reports the firm had lied to investors' },
      { cue: 'denied', text: 'the allegations of fraud this week' },
    ]);
  });
});

describe('talk verbs', () => {
  it('"talked about", "spoke about" report speech only when a wh-clause or a quotation follows', () => {
    const text =
      'Senator Anne Moreau toured the plant. She talked about the economy at the rally. She spoke about how the plant had closed in 2009. Asked by reporters about the vote, she declined to comment. Moreau spoke to workers.';
    expect(claimsOf(text)).toMatchObject([{ speaker: 'Anne Moreau', cue: 'spoke about', text: 'how the plant had closed in 2009' }]);
  });
});

describe('adjuncts after a reported clause', () => {
  it('an absolute clause with a subject of its own ends the content and reports that subject', () => {
    const text = 'The navy stepped up its patrols on Monday, with senior officers vowing to stay in the strait for years.';
    expect(claimsOf(text)).toMatchObject([{ speaker: 'senior officers', cue: 'vowing', text: 'to stay in the strait for years' }]);
  });

  it('"compared with" a share who said: two shares, each with its own statement', () => {
    const text = 'In the survey, 46 percent of residents said the tax was unfair, compared with 23 percent who said it was fair but too high.';
    expect(claimsOf(text)).toMatchObject([
      { speaker: '46 percent of residents', cue: 'said', text: 'the tax was unfair' },
      { speaker: '23 percent', cue: 'said', text: 'it was fair but too high' },
    ]);
  });

  it('a fronted "when" clause ends at the comma a closing quote mark follows', () => {
    const text = 'When the host noted that Mr. Vale calls the plan "care for everyone," Nora Kim seized on the phrase, arguing that the plan would hurt rural clinics.';
    expect(claimsOf(text)).toMatchObject([
      { cue: 'noted', text: 'Mr. Vale calls the plan "care for everyone,"' },
      { speaker: 'Nora Kim', cue: 'arguing', text: 'the plan would hurt rural clinics' },
    ]);
  });
});

describe('a verb of telling with its hearer and a content clause without "that"', () => {
  it('starts the content at the clause subject after the hearer ("told the Observer his plan was dead")', () => {
    const claims = claimsOf('Omar Reyes spoke on Sunday. He told the Herald his plan was dead. He told reporters he would stay on. He told them their offer came too late.');
    expect(claims).toEqual([
      { speaker: 'Omar Reyes', cue: 'told', text: 'his plan was dead' },
      { speaker: 'Omar Reyes', cue: 'told', text: 'he would stay on' },
      { speaker: 'Omar Reyes', cue: 'told', text: 'their offer came too late' },
    ]);
  });

  it('still reads a relative clause whose gap is the subject after the hearer ("the promises he told voters would be kept")', () => {
    expect(claimsOf('These are the promises the mayor told voters would be kept.').map((c) => c.text)).not.toContain('voters would be kept');
  });
});

describe('"rule" with a clause (FrameNet Verdict, as "find")', () => {
  it('reports what a referee or a court rules ("ruled that the wing was ahead"), not what a party rules', () => {
    expect(claimsOf('The referee, Ann Lowe, ruled that the wing was ahead of the kicker.')).toEqual([{ speaker: 'Ann Lowe', cue: 'ruled', text: 'the wing was ahead of the kicker' }]);
    expect(claimsOf('The judge ruled the evidence was inadmissible.').map((c) => c.text)).toEqual(['the evidence was inadmissible']);
    expect(claimsOf('The party ruled the country for 30 years. The court ruled in favour of the networks. He was ruled out of the match.')).toEqual([]);
    expect(claimsOf('The High Court ruled on Tuesday that the ban was lawful.').map((c) => c.text)).toEqual(['the ban was lawful']);
    expect(claimsOf('The plan breaks the Growth Pact rules. The judges ruled against the plan, which the court has ruled against before.')).toEqual([]);
    expect(claimsOf('The minister has ruled out raising the pension age.').map((c) => c.cue)).toEqual(['ruled out']);
  });
});
