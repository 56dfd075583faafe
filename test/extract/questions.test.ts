// Open questions on short excerpts of real articles (the seed, and ../shared/corpus/bbc read at
// test time) and on sentences written for the tests: exact question texts where the wording
// matters, basis and evidence everywhere.
import { describe, expect, it } from 'vitest';
import type { Actor, Claim, Question } from '../../src/brief/model.js';
import { extractDates } from '../../src/extract/dates/index.js';
import { analyseText } from '../../src/extract/nlp.js';
import { extractQuestions } from '../../src/extract/questions/index.js';
import { finishQuestion } from '../../src/extract/questions/clause.js';
import { extractBrief } from '../../src/extract/index.js';
import { article, excerpt } from './excerpt.js';

function ask(text: string, extra: { actors?: Actor[]; claims?: Claim[]; referenceTime?: string } = {}): Question[] {
  // referenceTime: what the dates in the excerpt resolve against.
  const analysis = analyseText(text);
  const referenceTime = extra.referenceTime ?? '2005-03-01T09:00:00Z';
  const dates = extractDates(analysis, { referenceTime });
  return extractQuestions({ analysis, dates, claims: extra.claims ?? [], actors: extra.actors ?? [], referenceTime });
}

function expectWellFormed(text: string, qs: Question[]): void {
  for (const q of qs) {
    expect(q.text).toMatch(/^\p{Lu}[^"“”]*\?$/u);
    expect(q.text.split(' ').length).toBeLessThanOrEqual(25);
    for (const e of q.evidence) expect(text.slice(e.start, e.end)).toBe(e.quote);
  }
}

const person = (id: string, name: string, start: number): Actor => ({
  id, name, type: 'person', role: null, aliases: [], key: true, salience: 1, mentions: [{ start, end: start + name.length, quote: name }],
});

describe('extractQuestions', () => {
  it('turns a hedged prediction into a question, with its condition', () => {
    const text = 'Former NATO chief Anders Rasmussen said some countries like Poland might take the plunge and send troops to Ukraine if security guarantees aren’t found at the next summit in Vilnius in July.';
    const qs = ask(text, { referenceTime: '2023-06-07T12:00:00Z' });
    expect(qs.map((q) => [q.basis, q.text])).toEqual([
      ['hedged-prediction', 'Will some countries like Poland take the plunge and send troops to Ukraine if security guarantees aren’t found at the next summit?'],
    ]);
    expect(qs[0]!.evidence[0]!.quote).toBe(text);
    expectWellFormed(text, qs);
  });

  it('resolves "they" to the subject of the sentence', () => {
    const text = excerpt('business/015.txt', 'Airlines have attacked', 'the extra cost.');
    expect(ask(text).map((q) => q.text)).toEqual(['Will airlines be forced to push prices higher to cover the extra cost?']);
  });

  it('asks a forecast of a figure for a bare plural, which otherwise names a class', () => {
    expect(ask('It says that smartphones will make up 117 million out of 833 million handsets shipped globally by 2009.').map((q) => q.text)).toEqual([
      'Will smartphones make up 117 million out of 833 million handsets shipped globally by 2009?',
    ]);
    expect(ask('It says that smartphones will make life easier.')).toEqual([]);
  });

  it('reads the subject past an apposition holding a participle phrase or joined nouns', () => {
    const controlled = 'News Corp, the media company controlled by Australian billionaire Rupert Murdoch, is eyeing a move into the video games market.';
    expect(ask(controlled).map((q) => q.text)).toEqual(['Will News Corp go ahead with a move into the video games market?']);
    const joined = 'Sony Pictures, responsible for hits like Spiderman 2 and The Grudge, are expected to top domestic market share for the second time in three years.';
    expect(ask(joined).map((q) => q.text)).toEqual(['Will Sony Pictures top domestic market share for the second time in three years?']);
    // The tail of a list ("Buick, Cadillac and Chevrolet …,") is no apposition: its last names are not the subject.
    expect(ask('GM, whose brands include Buick, Cadillac and Chevrolet in the US and Opel, is due to reveal 2004 earnings on 19 January.').map((q) => q.text)).toEqual([]);
  });

  it('reads the subject of a hedge past a relative clause set off by commas', () => {
    const text = 'Reports say Northfield Insurance, which owns a 1% stake in the bourse, may seek a shareholder vote on the offer.';
    expect(ask(text).map((q) => [q.basis, q.text])).toEqual([['hedged-prediction', 'Will Northfield Insurance seek a shareholder vote on the offer?']]);
  });

  it('reads "could have" + a noun as the main verb "have", and "could have" + a participle as a past that did not happen', () => {
    const possession = 'Analysts estimate that a stand-alone unit could have a market value of $10bn.';
    expect(ask(possession).map((q) => [q.basis, q.text])).toEqual([['hedged-prediction', 'Will a stand-alone unit have a market value of $10bn?']]);
    expect(ask('Analysts estimate that the unit could have fetched $10bn.')).toEqual([]);
    // "declined to comment" with no matter named, on a clause, or by an "it" the question cannot name, asks nothing.
    for (const text of ['Akamai declined to comment, saying it could not talk about customer websites.', 'A spokesman declined to comment on speculation that the firm would be sold.', 'Despite the decision, it refused to comment on similar action against Greece.'])
      expect(ask(text).filter((q) => q.basis === 'stated-unknown')).toEqual([]);
    // A hearsay adverb in a relative clause hedges that clause, not the main one; one before a
    // closing "said" hedges the report that came before it.
    expect(ask("Mr Campbell's e-mail, which was apparently intended for a party official, suggested they should get a spokesman.").filter((q) => q.basis === 'single-source')).toEqual([]);
    expect(ask('Indonesia no longer needs the debt freeze offered by the creditors, Economics Minister Aburizal Bakrie has reportedly said.').map((q) => q.text)).not.toContain('Has Economics Minister Aburizal Bakrie reportedly said?');
    expect(ask('Video rental stores may also have to watch their back.').map((q) => q.text)).toEqual(['Will video rental stores have to watch their back?']);
  });

  it('leaves a hedge inside the verb group out of the question ("may well be", "will likely occur")', () => {
    expect(ask('There may well be a number of dissatisfied customers in the next few months.').map((q) => q.text)).toEqual(['Will there be a number of dissatisfied customers in the next few months?']);
  });

  it('refuses a question whose subject ran over a reporting clause, and a hedge put to the saying', () => {
    const reporting = [
      excerpt('entertainment/139.txt', 'Last week Grammy producers announced', 'Queen Latifah.'),
      excerpt('politics/257.txt', 'The PM insisted nothing would derail', "Labour's campaign,"),
      excerpt('tech/093.txt', '"Show me an operator', 'said Niel Ransom'),
    ];
    for (const text of reporting) expect(ask(text).map((q) => q.text).filter((q) => /\b(?:announced|insisted|said)\b/.test(q))).toEqual([]);
    expect(ask('But analysts said any gains are likely to be short-lived as problems with the US economy were still significant.').map((q) => q.text)).toEqual(['Is it likely that any gains will be short-lived as problems with the US economy were still significant?']);
    // A participle of saying with no object after it stays: a reduced relative clause.
    expect(finishQuestion('Will the plans announced by the minister cut waiting lists')).toBe('Will the plans announced by the minister cut waiting lists?');
    expect(finishQuestion('Will a decision be announced before the end of February')).toBe('Will a decision be announced before the end of February?');
  });

  it('refuses a question that runs into a sentence the splitter missed (a capitalised pronoun after a lower-case word)', () => {
    expect(finishQuestion('how many fouls did the winger have He gets up and wants the ball again')).toBeNull();
    expect(finishQuestion('will the winger play if He is fit')).toBeNull();
    expect(finishQuestion('will Ireland win in Rome')).toBe('Will Ireland win in Rome?');
  });

  it('asks what a hope or a fear says may come, not a hope without a modal', () => {
    expect(ask('Organisers hope the record can be finished within the next week.').map((q) => q.text)).toEqual(['Can the record be finished within the next week?']);
    // (The verb of fear, read as a noun after a plural, is no part of the subject.)
    expect(ask('Union leaders fear nurses could be moved to another hospital.').map((q) => q.text)).toEqual(['Will nurses be moved to another hospital?']);
    expect(ask('Union leaders hope nurses are happy.')).toEqual([]);
  });

  it('asks whether something awaited now will come, but not what was expected in the past', () => {
    const awaited = 'Since then an improved offer from the bourse has been anticipated as its managers continued talks with the exchange.';
    expect(ask(awaited).map((q) => [q.basis, q.text])).toEqual([['hedged-prediction', 'Will an improved offer from the bourse materialise?']]);
    expect(ask('An improved offer was expected as talks went on.')).toEqual([]);
  });

  it('asks about the consequence of a conditional', () => {
    const text = '“If NATO cannot agree on a clear path for Ukraine, there is an obvious likelihood that some countries will act individually,” said the alliance’s Secretary General.';
    const qs = ask(text);
    expect(qs.map((q) => [q.basis, q.text])).toEqual([['conditional', 'Will some countries act individually if NATO cannot agree on a clear path for Ukraine?']]);
    expectWellFormed(text, qs);
  });

  it('asks whether a demand with a deadline will be met', () => {
    const text = excerpt('business/014.txt', 'The National Union of Journalists has called', 'a strike ballot.');
    const qs = ask(text, { referenceTime: '2005-02-04T16:38:00Z' });
    expect(qs.map((q) => [q.basis, q.text])).toEqual([['pending-decision', 'Will the management recall the notice of redundancy by midday on Monday?']]);
  });

  it('asks what an upcoming event with a date will decide', () => {
    const text = 'As for NATO membership, Rasmussen says they’re still willing to wait until the Washington summit in 2024.';
    const qs = ask(text, { referenceTime: '2023-06-07T12:00:00Z' });
    expect(qs.map((q) => [q.basis, q.text])).toEqual([['upcoming-event', 'What will be decided at the Washington summit in 2024?']]);
  });

  it('turns an open "whether" into a question', () => {
    const text = excerpt('politics/040.txt', 'In the meantime, we will be studying', 'House of Lords."');
    const qs = ask(text);
    expect(qs.map((q) => [q.basis, q.text])).toEqual([['stated-unknown', 'Is it possible to modify the legislation to address the concerns raised by the House of Lords?']]);
  });

  it('keeps an explicit question, without its quote marks', () => {
    const text = 'The minister was pressed again. "Will the government publish the full legal advice before the vote?" asked one MP.';
    const qs = ask(text).filter((q) => q.basis === 'explicit-question');
    expect(qs.map((q) => q.text)).toEqual(['Will the government publish the full legal advice before the vote?']);
  });

  it('asks what an intended act, a readiness or a relative clause predicts', () => {
    const texts = [
      'The council is hoping to finish the new bridge by spring.',
      'The minister said the government was prepared to veto any change to the treaty.',
      'The bank, which is expected to cut 500 jobs this year, reported a loss.',
      'He added that the future of the plant would be decided in the coming weeks.',
      'Analysts said any gains are likely to be short-lived.',
      'The airline could transfer as many as 7,000 jobs abroad.',
    ];
    expect(texts.map((t) => ask(t).map((q) => [q.basis, q.text]))).toEqual([
      [['pending-decision', 'Will the council finish the new bridge by spring?']],
      [['hedged-prediction', 'Will the government veto any change to the treaty?']],
      [['hedged-prediction', 'Will the bank cut 500 jobs this year?']],
      [['hedged-prediction', 'Will the future of the plant be decided in the coming weeks?']],
      [['hedged-prediction', 'Will any gains be short-lived?']],
      [['hedged-prediction', 'Will the airline transfer as many as 7,000 jobs abroad?']],
    ]);
  });

  it('asks about a condition that opens a reported clause, "it" standing for what the condition describes', () => {
    const text = 'Analysts said that if the merger goes ahead, it will create the largest bank in the region.';
    expect(ask(text).map((q) => [q.basis, q.text])).toEqual([['conditional', 'If the merger goes ahead, will it create the largest bank in the region?']]);
  });

  it('reads knowing or saying judged out of reach, and "not sure", as a stated unknown', () => {
    expect(ask('BMW said that it was too early to say how many cars were affected.').map((q) => [q.basis, q.text])).toEqual([['stated-unknown', 'How many cars were affected?']]);
    expect(ask('It is difficult to say whether an election will raise its importance in the public mind.').map((q) => q.text)).toEqual(['Will an election raise its importance in the public mind?']);
    expect(ask('Analysts said it was impossible to know how many jobs would go.').map((q) => q.text)).toEqual(['How many jobs will go?']);
    expect(ask('The trust said it was not sure whether the limit would change attitudes.').map((q) => q.text)).toEqual(['Will the limit change attitudes?']);
    // Only the difficulty of knowing makes these verbs withhold an answer: a plain negation does not.
    expect(ask('Even the most careful athletes cannot predict what fate has in store for them.')).toEqual([]);
  });

  it('asks an embedded question directly: a stated unknown or a pending decision', () => {
    expect(ask('It has not yet been decided how much each member will have to pay.').map((q) => [q.basis, q.text])).toEqual([['stated-unknown', 'How much will each member have to pay?']]);
    expect(ask('Police did not say when the road would reopen.').map((q) => [q.basis, q.text])).toEqual([['stated-unknown', 'When will the road reopen?']]);
    expect(ask('The minister declined to say whether the talks would resume.').map((q) => q.text)).toEqual(['Will the talks resume?']);
    expect(ask('We do not know how many other files have yet to surface.').map((q) => q.text)).toEqual(['How many other files have yet to surface?']);
    expect(ask('The court will decide whether the ban can be enforced.').map((q) => [q.basis, q.text])).toEqual([['pending-decision', 'Can the ban be enforced?']]);
  });

  it('asks whether a denied, alleged or contested claim holds', () => {
    const texts = [
      'The company denied that it had misled investors.',
      'The mayor has been accused of misusing public funds.',
      'The driver allegedly ignored a red light.',
      'There is every reason to suspect the account the agency is giving does not tell the whole story.',
      'Critics are right to question the explanation offered by the ministry.',
    ];
    expect(texts.map((t) => ask(t).map((q) => [q.basis, q.text]))).toEqual([
      [['disputed', 'Did the company mislead investors?']],
      [['disputed', 'Did the mayor misuse public funds?']],
      [['disputed', 'Did the driver ignore a red light?']],
      [['disputed', 'Does the account the agency is giving tell the whole story?']],
      [['disputed', 'Is the explanation offered by the ministry accurate?']],
    ]);
  });

  it("asks whether a claim on one source holds, in the article's spelling", () => {
    const texts = ['According to union sources, the plant will close next year.', 'The factory will close next year, according to local officials.', 'The minister is said to favour a delay.'];
    expect(texts.map((t) => ask(t).map((q) => [q.basis, q.text]))).toEqual([
      [['single-source', 'Will the plant close next year?']],
      [['single-source', 'Will the factory close next year?']],
      [['single-source', 'Does the minister favour a delay?']],
    ]);
  });

  it('asks what comes of a challenge faced, what sentence a defendant gets, and how an event ahead ends', () => {
    expect(ask('The airline is facing two lawsuits from passengers.').map((q) => q.text)).toEqual(['What will come of the two lawsuits facing the airline?']);
    const smith = 'John Smith pleaded guilty. Smith faces a maximum of five years in prison.';
    expect(ask(smith, { actors: [person('a1', 'John Smith', 0)] }).map((q) => q.text)).toEqual(['What sentence will Smith receive?']);
    expect(ask('The appeal hearing is scheduled for 14 March.').map((q) => [q.basis, q.text])).toEqual([['upcoming-event', 'What will be the outcome of the appeal hearing on 14 March?']]);
  });

  it('keeps a heading question that asks about what is to come', () => {
    const text = 'How likely is a conviction in the US?\n\nLegal experts are divided.';
    expect(ask(text).map((q) => [q.basis, q.text])).toEqual([['explicit-question', 'How likely is a conviction in the US?']]);
  });

  it('resolves "she" to a person of that gender, not to the last person named', () => {
    const text = 'Hillary Clinton spoke after John Smith. She denied that she mishandled classified information.';
    const actors = [person('a1', 'Hillary Clinton', 0), person('a2', 'John Smith', text.indexOf('John Smith'))];
    expect(ask(text, { actors }).map((q) => q.text)).toEqual(['Did Hillary Clinton mishandle classified information?']);
  });

  it('names the speaker of a first-person forecast', () => {
    const text = `Charles Clarke spoke on Monday. "${excerpt('politics/072.txt', 'I believe that what I announced', 'he said.')}`;
    const qs = ask(text, { actors: [person('a1', 'Charles Clarke', 0)] });
    expect(qs.map((q) => q.text)).toEqual(['Will what Charles Clarke announced be sufficient to secure the agreement of the House of Lords?']);
  });

  it('merges two questions on one topic and grounds the merged one in both sentences', () => {
    const text = excerpt('politics/072.txt', "Mr Clarke's proposed amendment will be debated", 'result in a vote.');
    const qs = ask(text);
    expect(qs.map((q) => q.text)).toEqual(['Will the debate result in a vote?']);
    expect(qs[0]!.evidence).toHaveLength(2);
  });

  describe('asks nothing of', () => {
    it.each([
      ['a plain factual sentence', () => excerpt('business/014.txt', 'The two Telegraph titles currently', 'journalists.')],
      ['a past-tense statement with "could"', () => excerpt('business/015.txt', 'Previously, passengers could claim', 'from boarding.')],
      ['a rule stated for anyone', () => excerpt('business/015.txt', 'In addition, if a flight is cancelled', 'paid compensation.')],
      ['scare quotes', () => excerpt('politics/072.txt', 'The Bill proposes "control orders"', 'internet use.')],
      ['a memory', () => excerpt('politics/027.txt', 'Tory leader Michael Howard said Lord Butler', 'he could remember.')],
      ['a rhetorical question with an unresolved "you"', () => '"What do you expect us to do?" she said.'],
      ['a past narrative "could"', () => 'I wanted to start well, and I did, and I could really play with confidence.'],
      ['a purpose clause', () => 'The reforms were needed so that teachers could run schools.'],
      ['a courtesy "would like"', () => 'The prosecutor said: "I would like to emphasise that the witness has been credible."'],
      ['a refusal in reported speech', () => 'She said the firm would not accept any change to its structure.'],
      ['a wish held in the past', () => 'The council had hoped to finish the bridge.'],
      ['a class of people, not an actor', () => 'Many people want to save pages they have seen.'],
      ['a time clause after "decided"', () => 'The match was already decided when the second goal went in.'],
      ['a relative clause after a noun', () => 'He welcomed the peace negotiations, which the United States stands ready to support.'],
      ['a record cited as a source', () => 'Prices rose by 3%, according to figures from the statistics office.'],
      ['a contact line', () => 'Jane Doe may be reached at jane@example.com.'],
      ['a heading the explainer answers', () => 'What did the prosecutors say?\n\nThe prosecutors said the evidence had weakened.'],
      ['a date alone', () => 'The new plant, with 300 jobs, in September.'],
      ['an event in the past', () => 'He spoke at a conference on energy in 2001.'],
      ['a passive "denied" (withheld, not disputed)', () => 'The team were denied two goals in the final.'],
      ['a relative clause whose object went before it', () => 'The money (4bn euros) it supposedly held in an offshore account did not exist.'],
    ])('%s', (_name, text) => {
      expect(ask(text())).toEqual([]);
    });
  });

  it('keeps at most eight questions, numbered in rank order', () => {
    const text = Array.from({ length: 12 }, (_, i) => `Ministers in region ${i + 1} might raise taxes on fuel number ${i + 1}.`).join(' ');
    const qs = ask(text);
    expect(qs.length).toBeLessThanOrEqual(8);
    expect(qs.map((q) => q.id)).toEqual(qs.map((_q, i) => `q${i + 1}`));
  });
});

// One sentence per grammatical construction, written for the tests: the construction, not the
// sentence, is what the rule reads.
describe('extractQuestions by construction', () => {
  it.each([
    ['a reduced relative "NP, expected to V"', 'The trial, expected to last five months, began on Monday.', 'hedged-prediction', 'Will the trial last five months?'],
    ['a present perfect "has been eager to"', 'The treasury says the minister has been eager to cut the deficit.', 'hedged-prediction', 'Will the minister cut the deficit?'],
    ['a negated "would" after a verb of fear', 'His mother said she feared the singer would not be given a fair trial.', 'hedged-prediction', 'Will the singer be given a fair trial?'],
    ['a hedging adverb in the verb group', 'The games catalogue will probably stay fairly thin.', 'hedged-prediction', 'Will the games catalogue stay fairly thin?'],
    ['a hedged progressive "is likely V-ing"', 'In short, slaughter is likely coming to the city.', 'hedged-prediction', 'Will slaughter come to the city?'],
    ['a present "plans to" tagged as a noun', 'The corporation plans to spend up to £138m on the service before 2014.', 'pending-decision', 'Will the corporation spend up to £138m on the service before 2014?'],
    ['a present negated "do not want to"', 'The ministers do not want to send the army into the city.', 'pending-decision', 'Will the ministers send the army into the city?'],
    ['a denied claim whose clause follows without "that"', 'The ally has denied suggestions there will be a Budget giveaway on 16 March.', 'disputed', 'Will there be a Budget giveaway on 16 March?'],
    ['a predicate cut before "in case"', 'He added the situation would be monitored carefully in case evacuation became necessary.', 'hedged-prediction', 'Will the situation be monitored carefully?'],
    ['a predicate cut before a second clause with a long subject', 'The console is due to go on sale later this month and a bundle including the player, accessories and a game is expected to cost about $250.', 'hedged-prediction', 'Will the console go on sale later this month?'],
    ['a word in single quote marks inside the predicate', 'The carmaker may be willing to cancel the ‘put’ in exchange for money.', 'hedged-prediction', 'Will the carmaker cancel the put in exchange for money?'],
    ['"there would be no …" asked as "any"', 'The adviser said there would be no spending spree before polling day.', 'hedged-prediction', 'Will there be any spending spree before polling day?'],
    ['"under investigation"', 'The cause of the crash is under investigation, the statement said.', 'stated-unknown', 'What will the investigation into the cause of the crash find?'],
    ['"claimed responsibility for V-ing"', 'The rebels, however, claimed responsibility for shooting down the helicopter.', 'single-source', 'Did the rebels shoot down the helicopter?'],
    ['"claimed responsibility for" an act', 'A militant group claimed responsibility for the bombing of the embassy.', 'single-source', 'Was a militant group behind the bombing of the embassy?'],
    ['a hearsay adverb inside the verb group', 'WeWork is reportedly being investigated by the state attorney general.', 'single-source', 'Is WeWork reportedly being investigated by the state attorney general?'],
    ['a hearsay adverb after a perfect auxiliary', 'Media giant Viacom has reportedly agreed to the regulator\'s demands.', 'single-source', 'Has media giant Viacom reportedly agreed to the regulator\'s demands?'],
    ['a party that declines to comment on a matter', 'The airline declined to comment on the Commission decision.', 'stated-unknown', 'What does the airline say about the Commission decision?'],
    ['a party that "had no comment on" a matter', 'A spokesman for Barclays had no comment on the report in the Sunday Express.', 'stated-unknown', 'What does a spokesman for Barclays say about the report in the Sunday Express?'],
    ['no one "has claimed responsibility"', 'No group has claimed responsibility for the attack on the market.', 'stated-unknown', 'Who was behind the attack on the market?'],
    ['a withheld disclosure "did not reveal the …"', 'The army did not reveal the crash location.', 'stated-unknown', 'What is the crash location?'],
    ['an event going on "rages on"', 'The debate over the legitimacy of file-sharing networks rages on.', 'upcoming-event', 'What will be the outcome of the debate over the legitimacy of file-sharing networks?'],
    ['talks going on between two parties', 'Talks between the unions and management are continuing.', 'upcoming-event', 'What will be decided at the talks between the unions and management?'],
    ['a present demand on an object "want X to be V-ed"', 'The six countries want the EU budget to be capped at 1% of member states\' combined national incomes.', 'pending-decision', 'Will the EU budget be capped at 1% of member states\' combined national incomes?'],
    ['a mandative subjunctive "requested the advert be removed"', 'It has requested the advert be removed immediately, said a spokeswoman.', 'pending-decision', 'Will the advert be removed immediately?'],
    ['"unsure of" a piece of information', 'The defender has said he is unsure of Malcolm Glazer\'s motives.', 'stated-unknown', 'What are Malcolm Glazer\'s motives?'],
    ['a denied offence', 'Mr Jackson denies child molestation.', 'disputed', 'Is Mr Jackson guilty of child molestation?'],
    ['a reported recommendation to a named party', 'The report said the service has had an impressive take up but the BBC must still dispel confusion about the service.', 'pending-decision', 'Will the BBC dispel confusion about the service?'],
    ['a purpose clause left out of the predicate', 'The corporation plans to spend up to £138m on the service before 2014 to ensure people can receive it.', 'pending-decision', 'Will the corporation spend up to £138m on the service before 2014?'],
    ['"questions about" a piece of information with a plural owner', 'It will also raise questions about the futures of some of Spurs\' star players, including the captain.', 'stated-unknown', 'What are the futures of some of Spurs\' star players?'],
    ['an event with a future "will" after a short phrase', 'The vote in parliament will take place on Tuesday.', 'upcoming-event', 'What will be the outcome of the vote in parliament?'],
    ['a denial by the defence', 'Carlineo\'s attorney, Sonya Zoghlin, said in an email that Carlineo never intended to harm Omar.', 'disputed', 'Did Carlineo intend to harm Omar?'],
    ['a second object with its own "to"-verb left out', 'Democrats want the House to impeach and the Senate to convict.', 'pending-decision', 'Will the House impeach?'],
    ['a hedging noun with an event "hopes of a …"', 'The swap raised hopes of a thaw in relations between the armed group and coalition forces.', 'hedged-prediction', 'Will there be a thaw in relations between the armed group and coalition forces?'],
  ])('%s', (_name, text, basis, question) => {
    const qs = ask(text);
    expect(qs.map((q) => [q.basis, q.text])).toEqual([[basis, question]]);
    expectWellFormed(text, qs);
  });

  it.each([
    ['a date before "expected to"', 'The talks, which began on Monday, expected to end soon.'],
    ['a past perfect "had been eager to"', 'The minister had been eager to cut the deficit.'],
    ['a past negated "did not want to"', 'The council did not want to close the school.'],
    ['a refusal in reported speech, not a fear', 'The firm said it would not accept any change to its structure.'],
    ['a generic risk', 'Smokers face a higher risk of a heart attack.'],
    ['an owner the question cannot name', 'The islanders have long denied their ancestors practised cannibalism.'],
    ['a supposition "if X want to"', 'If studios want to cash in on the extra space, it could mean extra human hours.'],
    ['a judgement "could be considered"', 'The coach admits the visitors could be considered slight favourites for the cup tie.'],
    ['a musing with an indefinite subject', '"I don\'t know how much experience a tight-head can give a centre," he added.'],
    ['a measured figure "according to"', 'More than 2,500 civilians have been killed in the fighting so far this year, according to the United Nations.'],
    ['a possessive the subject does not own', 'A place in the knock-out stages could help keep some of his players at the club.'],
    ['a pronoun cut from its relative clause', 'The lawsuit seeks to represent anyone in the US who has purchased a printer since 2001.'],
    ['years joined by "and" as a subject', '"I think 2021 and 2022 will begin to see more of a push by the large providers."'],
    ['a hedging noun in a supposition', '"If they think there\'s no chance of an upset they will still do it," he said.'],
    ['a negated "would" after an attributive "expected"', 'He stressed a rise in rates before the expected vote would not affect the party.'],
    ['an undisclosed thing that is no piece of information', 'He did not say the words.'],
    ['an event that is over', 'The talks ended on Friday.'],
    ['a purpose infinitive after a new thing', 'The firm wants a tariff rise of 60% to fund water-supply improvements.'],
    ['a demand by a class of people', '"A lot of people want the club\'s interest to be with people who grew up here," said the captain.'],
    ['a denial of unnamed allegations', 'The minister denied the allegations.'],
    ['a recommendation to a class', 'Children should eat more vegetables, experts said.'],
    ['a judgement "should be judged by"', 'But Downing Street said Mr Blair should be judged by results not his style.'],
    ['a past that did not happen "should have gone"', 'I think the referee should have gone to the video official, said the coach.'],
    ['a power granted "to be able to scrutinise how"', 'Parliament expects the auditor general to be able to scrutinise how that money is used.'],
    ['a preposition stranded by a relative clause', 'Age Concern says the over-55s are united around key areas of policy they want the government to focus on.'],
    ['"doubts about the future" of nothing named', 'There are doubts about the future.'],
    ['a copula "should be a wake-up call"', 'But the surge in demand should be a wake-up call to the industry, said the analyst.'],
    ['a perception "could sense"', 'The defenseman could sense the frustration on his friend\'s face.'],
    ['a yes/no question without a subject', 'Must have been complicated conversations?'],
    ['a negative quantifier as subject', 'Officials fear no one sector will sign up for the rules.'],
    ['"my own" with no owner to name', '"I just want to be able to perform my own music," she said.'],
    ['a trait "too ready to"', 'The strategist is too ready to switch allegiances.'],
  ])('asks nothing of %s', (_name, text) => {
    expect(ask(text)).toEqual([]);
  });

  it('grounds a single-source question also in the sentence that says it could not be verified', () => {
    const text = 'The rebels claimed responsibility for shooting down the helicopter. "It was shot down," their spokesman said. It was not possible to independently verify the claim.';
    const qs = ask(text);
    expect(qs.map((q) => q.text)).toEqual(['Did the rebels shoot down the helicopter?']);
    expect(qs[0]!.evidence.map((e) => e.quote)).toEqual(['The rebels claimed responsibility for shooting down the helicopter.', 'It was not possible to independently verify the claim.']);
  });

  it('keeps the capital of a name that opens the sentence as an owner', () => {
    expect(ask('Nokia’s N-Gage could also be a competitor on the telecommunications side.').map((q) => q.text)).toEqual([
      'Will Nokia’s N-Gage be a competitor on the telecommunications side?',
    ]);
  });
});

describe('extractQuestions for clauses no specific rule reads', () => {
  it.each([
    ['a hedge whose subject opens with a quantity', 'Up to 9,000 nurses could walk out in a dispute over pay.', 'Will up to 9,000 nurses walk out in a dispute over pay?'],
    ['a future with a coming date, its subject a noun with a participle phrase', 'Talks aimed at ending the dispute will take place next week.', 'Will talks aimed at ending the dispute take place next week?'],
    ['a past marker that dates the warning, not the hedge', 'The union leader warned last week that there could be further strikes.', 'Will there be further strikes?'],
    ['a claim a hedging verb reports', 'The lawyer suggested the witness had been paid for the interview.', 'Is it true that the witness had been paid for the interview?'],
    ['a claim made by one side', 'The minister\'s critics have said that the scheme wasted public money.', 'Is it true that the scheme wasted public money?'],
    ['a belief about what may come, asked directly', 'The coach believes the club can win the league this season.', 'Can the club win the league this season?'],
    ['an open clause as the subject', 'Whether the ceasefire holds remains unclear.', 'Does the ceasefire hold?'],
    ['an event named with its date', 'Nurses are being balloted about a 23 March walkout.', 'What will be the outcome of the 23 March walkout?'],
    ['a future counted from now', 'In four days, the union will start balloting its members on strikes.', 'Will the union start balloting its members on strikes?'],
    ['the first of two acts a court is told of', 'The prosecutor told the court that the defendant had hidden the documents and burned them.', 'Is it true that the defendant had hidden the documents?'],
    ['a coordinated subject, whole', 'Serbia’s Novak Djokovic and Britain’s Andy Murray will make their first appearance on 3 March.', 'Will Serbia’s Novak Djokovic and Britain’s Andy Murray make their first appearance on 3 March?'],
    ['a negated future with "until"', 'Those features won\'t reach other phones until 2006, the company said.', 'Will those features reach other phones before 2006?'],
    ['an expectation of an event', 'The retailer expects the merger to boost earnings from 2007.', 'Will the merger boost earnings from 2007?'],
    ['a claim denied as untrue', 'A spokeswoman said claims the minister was in charge of the budget were not true.', 'Was the minister in charge of the budget?'],
    ['a wish, "would like to"', 'Stuart Pearce would like to succeed Kevin Keegan as manager.', 'Will Stuart Pearce succeed Kevin Keegan as manager?'],
    ['a claim made in a relative clause, cut where the sentence\'s own verb comes back', 'At the same time, those who believe the president\'s party is stuck are deluding themselves.', 'Is it true that the president\'s party is stuck?'],
    ['a clause joined by "and" after a verb\'s object, its own subject asked about', 'Imports reached record levels last year and the figures are likely to spark fresh criticism of the government.', 'Will the figures spark fresh criticism of the government?'],
    ['a claim made before a court', 'The prosecutor told the court that the defendant had hidden the documents.', 'Is it true that the defendant had hidden the documents?'],
    ['a "whether"-clause after a noun and a preposition', 'The firm is facing scrutiny from regulators over whether it broke the rules as it sought a listing.', 'Did the firm break the rules?'],
    ['a "whether"-clause after "mixed signals about"', 'The minister continues to give mixed signals about whether the tariffs will ever be removed.', 'Will the tariffs ever be removed?'],
    ['a wh-clause with a future modal after a noun and a preposition', 'The bookmaker stopped taking bets on who will be the next club captain.', 'Who will be the next club captain?'],
    ['a hedging noun with what the event lacks', 'The coach is revelling in the pressure, despite the possibility of a second series without a victory.', 'Will there be a second series without a victory?'],
    ['a hedge whose predicate ends before a name and a parenthesis', 'The shirt could be up for grabs and Jones, or maybe even Henson, could make the team.', 'Will the shirt be up for grabs?'],
    ['a long plan cut before a complex preposition', 'Food giant Kraft plans to cut back on advertising of products like cookies and sugary soft drinks for children as part of an effort to promote healthy eating.', 'Will food giant Kraft cut back on advertising of products like cookies and sugary soft drinks for children?'],
    ['a condition closed by a comma before its reporting clause', 'The minister will resign if the bill fails in the Lords, the party leader has said.', 'Will the minister resign if the bill fails in the Lords?'],
    ['an act not done yet, "has not yet produced"', 'But the approach has not yet produced the grand finale he hoped for.', 'Will the approach produce the grand finale he hoped for?'],
    ['an act still to come, "is yet to decide"', 'The club is yet to decide on a new manager.', 'Will the club decide on a new manager?'],
    ['a present inability, "have been unable to"', 'The two sides have been unable to reschedule a meeting between the two leaders.', 'Will the two sides be able to reschedule a meeting between the two leaders?'],
    ['a hedge that shares the subject of a coordinated verb', 'The two sides continue to negotiate and could finalize an agreement in the next few weeks.', 'Will the two sides finalize an agreement in the next few weeks?'],
    ['a negative adjective before "until"', 'Economists predict that an increase is unlikely to come until the second half of 2005.', 'Will an increase come before the second half of 2005?'],
    ['a stated unknown with a negative subject, "Nobody knows how many"', 'Nobody knows exactly how many people are out of work, but the situation is dire.', 'How many people are out of work?'],
    ['what is to be seen, its preposition stranded at the end', 'The defender added: "We will have to wait and see what Glazer comes with.', 'What will Glazer come with?'],
    ['a prediction "has tipped X to win"', 'Campese has tipped Wales to win the Grand Slam.', 'Will Wales win the Grand Slam?'],
    ['an expectation whose object is a long noun phrase', 'Analysts expect the number of electric vehicles for sale in the U.S. to grow from 16 currently to as many as 80 by 2022.', 'Will the number of electric vehicles for sale in the U.S. grow from 16 to as many as 80 by 2022?'],
    ['a clause hedged by an adverb before its verb', 'Advertisers probably pay a lot less for putting ads on such sites, he said.', 'Do advertisers pay a lot less for putting ads on such sites?'],
    ['a clause hedged by an adverb before its subject', 'Perhaps the minister was right about the tax.', 'Was the minister right about the tax?'],
    ['what someone said would come', 'The prisoner said the transfer would take place within weeks.', 'Will the transfer take place within weeks?'],
    ['an open "if"-clause whose subject is a gerund phrase', 'Experts questioned if opening the way for the industry to sue file-sharers could deter innovation.', 'Could opening the way for the industry to sue file-sharers deter innovation?'],
    ['an event whose owner ends its phrase in "\'s"', "Munster's Heineken Cup quarter-final tie against Biarritz on 3 April has been switched to a stadium in Spain.", "What will be the outcome of Munster's Heineken Cup quarter-final tie against Biarritz on 3 April?"],
    ['a reduced relative on a noun with a plural owner', "Mr Ebbers' trial, which is expected to last two months, is the latest in a series.", "Will Mr Ebbers' trial last two months?"],
    ['a forecast graded "almost certainly"', 'Some analysts forecast that the Bank of England will almost certainly raise rates this year.', 'Will the Bank of England raise rates this year?'],
    ['an inquiry under way, "is examining"', 'He added that the government is now examining the report.', 'What will the government conclude about the report?'],
    ['an inquiry still to be attempted', 'The commission will seek to assess how far the EU has moved towards its targets.', 'How far has the EU moved towards its targets?'],
    ['a hope in the progressive, with an adverb before the verb', 'Marathon organisers are hoping that the runner will still take part in the race.', 'Will the runner still take part in the race?'],
  ])('asks about %s', (_name, text, question) => {
    const qs = ask(text);
    expect(qs.map((q) => q.text)).toEqual([question]);
    expectWellFormed(text, qs);
  });

  it.each([
    ['a claim plainly reported', 'The minister said that the scheme had saved money.'],
    ['a plan after an existential "there"', 'Staff will leave the city by March and there are plans to relocate another 3,500 workers.'],
    ['a wh-clause after a preposition that tells a mere possibility', 'The group offered a view on how the problems could be solved by working together.'],
    ['a claim denied by its speaker', 'The lawyer did not suggest the witness had been paid.'],
    ['a predicate cut inside a list', 'The tour will feature members Tom Johnston, Patrick Simmons and John McFee, the band said.'],
    ['a relative clause cut before its verb', '“One bad infection and Mike would wipe out every penny he had,” she said.'],
    ['an existential that says nothing', '“There will be a time,” he said.'],
    ['a proposal, not a claim', 'The advisers suggested that Beijing resume buying farm products.'],
    ['a noun phrase read as a clause', 'Joe Biden has maintained a significant polling lead for months.'],
    ['a courtesy, "would like to thank"', 'The minister would like to thank the volunteers.'],
    ['an expectation denied', 'People could not expect others to listen if they stayed apart.'],
    ['a belief in a supposition', 'Buyers can claim damages if they think the seller has misled them.'],
    ['a past that did not happen', 'The coach thinks the referee should have stopped the game.'],
    ['a hedging verb with a noun phrase for object', 'The pattern suggests a degree of planning which could only have come from insiders.'],
    ['a plain future in the article\'s voice without a date', 'The new rules will apply to all flights.'],
    ['a schedule stated as fact', 'His first game in charge will be at home to Leeds on Saturday.'],
    ['a purpose clause in the past', 'Her father rebuilt the car so that she could race it.'],
    ['a hypothetical "would" nobody reports', 'Without the rebate the country would pay far more.'],
    ['a bare plural, a class rather than a party', 'Inventions of every kind could be used to copy films, she said.'],
    ['a norm, "are sometimes expected to"', 'Visa staff are sometimes expected to rule on an application in minutes.'],
    ['a concession, "may be … but"', 'The title may be a prize in itself but every player also has one eye on the tour.'],
    ['a verb cut from its object "consider removing [those who …]"', 'The minister said the council should consider removing those who had not paid.'],
    ['a verb cut from its object "dampen [that demand …]"', 'The strength of the euro is threatening to dampen that foreign demand in 2005, and demand is weak.'],
    ['a past inability', 'He was unable to return to the UK.'],
    ['a past belief denied, "never thought … would"', 'Her friend never thought Ellen would get in trouble because of the blog.'],
    ['what someone was told, in the past passive', 'The prisoner was told the transfer would take place within weeks.'],
    ['a limit on what was done, "could only finish"', 'In the men\'s 60m, former champion Maurice Greene could only finish second to Leonard Scott.'],
    ['a class named by a participle, "the accused"', 'The accused should be presumed innocent unless proved otherwise, the lawyer said.'],
    ['an expectation of "it"', 'The lock is aiming to return after a transplant and the captain expects it to be a memorable occasion.'],
    ['an inquiry attempted in the past, "sought to assess how far"', 'The study, undertaken by the European Commission, sought to assess how far the EU has moved towards meeting its economic targets.'],
    ['a request denied', '"We won\'t be calling for the match commissioner to review the incident," he said.'],
    ['a doubled modal', 'The director warned his side will will not give up the title without a fight.'],
    ['a first person the tokenizer kept whole', '"I\'m sure there will be times next season when I will miss it."'],
    ['a hedging adverb on a noun phrase', 'Many big brands have used the network, including perhaps two of the biggest brands in the world - the two candidates.'],
    ['a list cut at its first comma', 'The firm said the technology would also prevent against "rent, rip and return" by users.'],
    ['what would hold for anyone', 'Anyone looking at the traffic machine by machine would be unlikely to spot the attack, he said.'],
    ['a condition that runs into a reporting clause without a comma', 'The minister will resign if the bill fails in the Lords the party leader has said.'],
  ])('asks nothing of %s', (_name, text) => {
    expect(ask(text)).toEqual([]);
  });
});

describe('an unknown with nothing left to ask about', () => {
  it('"questions about the proposed …" (a participle after "the") asks nothing and does not fail', () => {
    const text = 'Mr Bopp did not immediately respond to questions about the proposed platform language.';
    expect(() => ask(text)).not.toThrow();
    expect(ask(text).map((q) => q.text)).not.toContain('What is the?');
  });
});

describe('extractQuestions: who a pronoun subject is', () => {
  const actor = (id: string, name: string, type: Actor['type'], text: string, role: string | null = null): Actor => {
    const mentions = [...text.matchAll(new RegExp(name, 'g'))].map((m) => ({ start: m.index, end: m.index + name.length, quote: name }));
    return { id, name, type, role, aliases: [], key: true, salience: 1, mentions };
  };
  const claim = (id: string, kind: Claim['kind'], speakerId: string, speaker: string, text: string, start: number, end: number): Claim => ({
    id, text: text.slice(start, end), kind, speaker, speakerId, cue: 'said', hedged: false, evidence: [{ start, end, quote: text.slice(start, end) }],
  });

  it('reads "it" as the subject of the clause before it when the sentence opens with someone else', () => {
    const text = 'He added that the ministry is in talks with the unions and it could raise fees next year.';
    expect(ask(text).map((q) => q.text)).toEqual(['Will the ministry raise fees next year?']);
  });

  it('reads "it" after a reporting verb as the company that said it', () => {
    const text = 'The company also said it would resume paying a dividend after two lean years.';
    expect(ask(text).map((q) => q.text)).toEqual(['Will the company resume paying a dividend after two lean years?']);
  });

  it('leaves an "it" that stands for a clause after it ("it would be premature to") unresolved', () => {
    // Read as the board, these asked "Will the board be hard to agree a deal …?".
    expect(ask('Analysts said the board is divided and it will be hard to agree a deal next year.')).toEqual([]);
    expect(ask('Analysts said the board is divided, and it would be premature to expect a deal next year.')).toEqual([]);
  });

  it('follows "he" back through the previous sentence to the person it began with, not the last name mentioned', () => {
    const text = 'Carl Mendez held talks with Paul Verdon on Monday. He arrived after a week abroad, where he met Sam Oduya. He is due to visit the new plant on Tuesday afternoon.';
    const actors = [actor('a1', 'Carl Mendez', 'person', text), actor('a2', 'Paul Verdon', 'person', text), actor('a3', 'Sam Oduya', 'person', text)];
    const qs = ask(text, { actors });
    const q = qs.find((x) => /visit the new plant/.test(x.text));
    expect(q?.text).toBe('Will Carl Mendez visit the new plant on Tuesday afternoon?');
  });

  it('does not read a "he" inside a quote as the one who speaks it', () => {
    const text = 'Tom Harker said: "The plan is all talk. He must be judged on what he has done, not on what he claims he would do next year."';
    const actors = [actor('a1', 'Tom Harker', 'person', text)];
    const quoteStart = text.indexOf('"');
    const claims = [claim('c1', 'direct', 'a1', 'Tom Harker', text, quoteStart, text.length)];
    expect(ask(text, { actors, claims }).map((q) => q.text).join(' ')).not.toMatch(/Tom Harker/);
  });

  it('reads a spokesperson\'s "we" in a quote as the organisation their role names', () => {
    const text = '"We could cut 500 jobs next year," said Jane Doyle, chief executive of Acme Foods.';
    const actors = [actor('a1', 'Jane Doyle', 'person', text, 'chief executive of Acme Foods'), actor('a2', 'Acme Foods', 'organization', text)];
    const claims = [claim('c1', 'direct', 'a1', 'Jane Doyle', text, 0, text.indexOf(',"') + 2)];
    expect(ask(text, { actors, claims }).map((q) => q.text)).toEqual(['Will Acme Foods cut 500 jobs next year?']);
  });
});

describe('extractQuestions: phrases cut before their head are not asked', () => {
  it('asks nothing that ends on "such", an article before a number, or an elided noun', () => {
    const texts = [
      'The minister has said he will not tolerate attacks such as last week\'s raid on the depot.',
      'The figures dashed hopes of a 0.4% expansion in the last quarter.',
      'He must be judged on what he has done in two terms, not what he claims he would do in a third.',
    ];
    for (const text of texts) for (const q of ask(text)) expect(q.text).not.toMatch(/\b(?:such|a [\d.]+|a third)\?$/);
  });

  it('asks a weasel passive with a perfect infinitive past an adverb or with a complement after "been"', () => {
    expect(ask('Late film star Marlon Brando is said to have repeatedly turned down his Oscar-winning role in The Godfather.').map((q) => q.text)).toEqual([
      'Did late film star Marlon Brando turn down his Oscar-winning role in The Godfather?',
    ]);
    expect(ask('The developer, who received an OBE in 2002, was estimated to have been worth more than £200m at the peak of the dotcom boom.').map((q) => q.text)).toEqual([
      'Was the developer worth more than £200m at the peak of the dotcom boom?',
    ]);
  });

  it('keeps "as many as" whole or asks nothing of it', () => {
    for (const q of ask('The union has warned that as many as 4,000 jobs could be lost next year.')) expect(q.text).not.toMatch(/^\S+ many as\b/);
  });

  it('lower-cases a quantifier or "former" that opens a subject before a name, and ends a subject at a verb of belief read as a noun', () => {
    const qs = ask('Many EU ministers are thought to support the plan to tax jet fuel.');
    expect(qs.map((q) => q.text)).toEqual(['Do many EU ministers support the plan to tax jet fuel?']);
    for (const q of ask('Former Wales captain Gareth Lloyd fears the dispute at the union could seriously hamper the team.')) expect(q.text).not.toMatch(/Lloyd fears/);
  });

  it('ends a subject at "after" that opens a clause after one of its own, but keeps it inside a subject', () => {
    for (const q of ask('Shares rose 5% after the firm said it planned to sell its bank.')) expect(q.text).not.toMatch(/5% after/);
    expect(ask('Talks after the election could collapse, officials fear.').map((q) => q.text)).toContain('Will talks after the election collapse?');
  });
});

describe('extractQuestions: matters left pending without a modal', () => {
  it('asks whether a legal action brought and not yet decided will succeed', () => {
    expect(ask('The airline has filed a lawsuit against the city council over the new runway.').map((q) => q.text)).toEqual(['Will the airline\'s lawsuit against the city council succeed?']);
    expect(ask('The club is appealing against the ban imposed on its captain.').map((q) => q.text)).toEqual(["Will the club's appeal against the ban succeed?"]);
    expect(ask('The former owner of the struggling steel firm has sued the regional government for $2bn.').map((q) => q.text)).toEqual(['Will the lawsuit against the regional government succeed?']);
  });

  it('asks nothing of a legal action told in the plain past', () => {
    expect(ask('The firm sued the council in 2001 and won.')).toEqual([]);
  });

  it('asks about a decision, agreement or date stated as not yet made', () => {
    expect(ask('No date has been set for the trial of the two men.').map((q) => q.text)).toEqual(['When is the trial of the two men due?']);
    expect(ask('A spokesman for the union said no formal agreement had been made.').map((q) => q.text)).toEqual(['Will a formal agreement be made?']);
    expect(ask('No decision has yet been taken on the future of the plant.').map((q) => q.text)).toEqual(['What will be decided on the future of the plant?']);
  });

  it('asks nothing of a plain past with nothing pending', () => {
    expect(ask('No charges were brought and the two men were released.')).toEqual([]);
  });
});

describe('extractQuestions: a denial of claims made before', () => {
  const actor = (id: string, name: string, type: Actor['type'], text: string): Actor => {
    const mentions = [...text.matchAll(new RegExp(name, 'g'))].map((m) => ({ start: m.index, end: m.index + name.length, quote: name }));
    return { id, name, type, role: null, aliases: [], key: true, salience: 1, mentions };
  };

  it('asks whether the claims hold, grounded in the claim and the denial', () => {
    const text = 'Tom Varley said guards had beaten him during his detention. The ministry denied the claims, saying it did not tolerate abuse.';
    const end = text.indexOf('.') + 1;
    const claims: Claim[] = [{ id: 'c1', text: text.slice(0, end), kind: 'reported', speaker: 'Tom Varley', speakerId: 'a1', cue: 'said', hedged: false, evidence: [{ start: 0, end, quote: text.slice(0, end) }] }];
    const qs = ask(text, { actors: [actor('a1', 'Tom Varley', 'person', text)], claims });
    expect(qs.map((q) => q.text)).toEqual(["Are Tom Varley's claims true?"]);
    expect(qs[0]!.evidence.map((e) => e.quote)).toEqual([text.slice(0, end), text.slice(end + 1)]);
  });

  it('asks whether charges denied by the accused are true', () => {
    const text = 'Prosecutors have charged two directors of the bank with fraud. The two directors denied the charges, saying they had followed the rules.';
    const qs = ask(text);
    expect(qs.map((q) => q.text)).toEqual(['Are the charges against the two directors true?']);
    expect(qs[0]!.evidence).toHaveLength(2);
  });

  it('asks nothing of a denial supposed or told as a story', () => {
    expect(ask('His sentence would have been longer had he denied the charge.')).toEqual([]);
  });
});

describe('extractQuestions: an act not ruled out, a claim with its place of saying', () => {
  it('asks whether an act not ruled out will come', () => {
    expect(ask('The transport minister did not rule out the possibility of cancelling the rail franchise.').map((q) => q.text)).toEqual(['Will the transport minister cancel the rail franchise?']);
    expect(ask('Ministers would not rule out scrapping the agency next year.').map((q) => q.text)).toEqual(['Will ministers scrap the agency next year?']);
  });

  it('reads a claim past the phrase that says where it was made', () => {
    expect(ask('The firm claimed in a statement that the bank had broken the rules.').map((q) => q.text)).toEqual(['Is it true that the bank had broken the rules?']);
  });
});

describe('extractQuestions: a second "whether", a charge faced in apposition', () => {
  it('asks the second half of a question joined by "or whether"', () => {
    // (The first half has a subject no question can name; the second is asked.)
    const text = 'Importers are unsure whether it will, or whether the current duty on aluminium will stay in place.';
    expect(ask(text).map((q) => q.text)).toEqual(['Will the current duty on aluminium stay in place?']);
  });

  it('asks what comes of charges a named person faces in an apposition', () => {
    const text = 'Mr Orlov, currently facing fraud and tax evasion charges of his own, was one of the founders of the bank.';
    expect(ask(text).map((q) => q.text)).toEqual(['What will come of the fraud and tax evasion charges facing Mr Orlov?']);
  });
});

describe('extractQuestions: subjects a question cannot take as they stand', () => {
  it('asks nothing of the last of two names joined by "or"', () => {
    for (const q of ask('If the captain does not play on Sunday, either Jacob Marsh or Cole Baxter would start.')) expect(q.text).not.toMatch(/^Will Cole Baxter/);
  });

  it('asks nothing of a demonstrative in a quote that the article names nowhere else, but keeps one it does', () => {
    expect(ask('"My hope is that this family and this community will find solace in the verdict," the attorney said.')).toEqual([]);
    const qs = ask('The bill returns to the Lords on Monday. "Unless there is a major movement, this bill is doomed to fail," he said.');
    expect(qs.map((q) => q.text)).toContain('Will this bill fail unless there is a major movement?');
  });

  it('takes a figure from the researchers\' calculations as a record, not a single source', () => {
    expect(ask('And there was quite a bit of the stuff, according to the researchers\' calculations.')).toEqual([]);
  });

  it('asks nothing with an "\'s" cut from its word', () => {
    for (const q of ask('"But eventually we will have to get closer to the moon to see what\'s really going on," she said.')) expect(q.text).not.toMatch(/(?:^|\s)s(?:\s|\?)/);
  });
});

describe('extractQuestions: "whether to", a hedge adjective as predicate, a plural subject\'s "plan to"', () => {
  it('asks what the deciding party will do when "whether" takes an infinitive', () => {
    expect(ask('The council is to decide whether to close the school.').map((q) => q.text)).toEqual(['Will the council close the school?']);
    expect(ask('The board is considering whether to sell the division.').map((q) => q.text)).toEqual(['Will the board sell the division?']);
  });

  it('asks nothing when the deciding verb is itself an infinitive whose subject lies elsewhere', () => {
    expect(ask('The runner has been granted extra time to decide whether to compete in the championships.').map((q) => q.text)).not.toContain('Will extra time compete in the championships?');
  });

  it('inverts a copula with a hedge adjective and nothing after it to predict', () => {
    expect(ask('The dollar has hit a new low and analysts predict that more declines are likely in 2005.').map((q) => q.text)).toEqual(['Are more declines likely in 2005?']);
  });

  it('reads "plan to" after a plural subject as the verb it is', () => {
    expect(ask('The Lib Dems plan to oppose the Bill in the Lords on Thursday.').map((q) => q.text)).toEqual(['Will the Lib Dems oppose the Bill in the Lords on Thursday?']);
  });
});

describe('extractQuestions: a consequence whose pronoun stands for the condition\'s subject', () => {
  it('names the condition\'s subject in the question and keeps the pronoun in the condition', () => {
    expect(ask('The coach said: "If England lose to Italy, they would be in turmoil."').map((q) => q.text)).toEqual(['Will England be in turmoil if they lose to Italy?']);
    expect(ask('If the unions reject the offer, they will strike in March.').map((q) => q.text)).toEqual(['Will the unions strike in March if they reject the offer?']);
  });

  it('does not when the condition uses the pronoun for something else', () => {
    const qs = ask('The clubs were warned on Monday. If the appeals fail and they continue breaking the rules, they could be fined up to £5,000.');
    for (const q of qs) expect(q.text).not.toMatch(/^Will the appeals be fined/);
  });
});

describe('extractQuestions: a claim whose verb the tagger reads as a noun, and its claimant\'s "its"', () => {
  it('asks whether the claim holds, "its"/"their" read as the claimant\'s', () => {
    const text = 'Yukos claims its downfall was punishment for the ambitions of its founder.';
    const yukos: Actor = { id: 'a1', name: 'Yukos', type: 'organization', role: null, aliases: [], key: true, salience: 1, mentions: [{ start: 0, end: 5, quote: 'Yukos' }] };
    expect(ask(text, { actors: [yukos] }).map((q) => q.text)).toEqual(["Is it true that Yukos' downfall was punishment for the ambitions of its founder?"]);
    expect(ask('The unions claim their members were misled by the management.').map((q) => q.text)).toEqual(["Is it true that the unions' members were misled by the management?"]);
  });

  it('asks nothing of "claims" that is a noun before its verb', () => {
    expect(ask('The Yukos claims were rejected by the court.')).toEqual([]);
  });
});

describe('extractQuestions: a clause a hedge adverb marks as a guess, asked whole', () => {
  it('asks the hedged clause in its own words, the hedge and the attribution taken out', () => {
    const text = 'Maybe the board has more cash than it admits, the analyst said.';
    const qs = ask(text);
    expect(qs.map((q) => [q.basis, q.text])).toEqual([['hedged-prediction', 'Is it likely that the board has more cash than it admits?']]);
    expectWellFormed(text, qs);
  });

  it('reads "remains likely to" as a prediction and drops an opening phrase', () => {
    const text = 'Given the weak figures, the central bank remains likely to hold its lending rate at the spring meeting.';
    expect(ask(text).map((q) => q.text)).toEqual(['Is it likely that the central bank will hold its lending rate at the spring meeting?']);
  });

  it('keeps a hyphenated word whole and the clause before a concessive comma', () => {
    const text = 'While the tablet is likely to be the first low-cost device to use the screen, its makers see wider uses.';
    expect(ask(text).map((q) => q.text)).toEqual(['Is it likely that the tablet will be the first low-cost device to use the screen?']);
  });

  it('asks nothing of a hedge on a noun phrase, a cause, a degree or a pronoun it cannot name', () => {
    expect(ask('The band, perhaps the loudest act of the decade, played on a barge.')).toEqual([]);
    expect(ask('The engine sounds lower now, likely because of the new fan blades.')).toEqual([]);
    expect(ask('A draw was the more likely result after the red card.')).toEqual([]);
    expect(ask('It probably rained on the parade route.')).toEqual([]);
    expect(ask('We will probably sell the shop next spring.')).toEqual([]);
  });
});

describe('extractQuestions: a speaker\'s prediction in a quote or after a relative clause', () => {
  it('reads a quote opened in an earlier sentence as quoted speech', () => {
    const text = '"The derby has been tense all season. And the cup final at the new stadium will be just too much for the visitors."';
    const qs = ask(text);
    expect(qs.map((q) => q.text)).toEqual(['Will the cup final at the new stadium be just too much for the visitors?']);
    expectWellFormed(text, qs);
  });

  it('finds the subject before a non-restrictive relative clause in commas', () => {
    const text = 'The Zeta engine, which will power the new saloon, will run twice as fast as current engines, its makers have said.';
    const qs = ask(text);
    expect(qs.map((q) => q.text)).toEqual(['Will the Zeta engine run twice as fast as current engines?']);
    expectWellFormed(text, qs);
  });

  it('asks nothing of a "will" in the article\'s own voice past a relative clause', () => {
    expect(ask('The Zeta engine, which powers the new saloon, will be shown at the fair.')).toEqual([]);
  });

  it('asks what the antecedent of a non-restrictive "which"/"who" clause will do, when the main clause asks nothing', () => {
    const text = "The trigger for the coming shock will be rising federal debt, which will grow in 10 years, by conservative estimates, to more than half the nation's total annual output.";
    const qs = ask(text);
    expect(qs.map((q) => q.text)).toEqual(['Will federal debt grow in 10 years?']);
    expectWellFormed(text, qs);
    // The relative clause is in the writer's voice, whoever speaks in the main clause: with no date ahead it is no forecast.
    expect(ask('"I have signed a five-month contract with Bolton," said Candela, who will join the squad.')).toEqual([]);
    // The object of a preposition is seldom what the clause is about ("the decision … in the US - which will …").
    expect(ask("Analysts said the decision to list News Corp in the US - which will result in the firm's shares trading in New York next month - nullified the need for a separate listing.")).toEqual([]);
    // Nor a noun cut from its phrase after a participle ("his … touring party, who will …").
    expect(ask('It will be a chance for Woodward to assess some of his options before unveiling his British and Irish Lions touring party, who will visit New Zealand in the summer.')).toEqual([]);
  });
});

describe('extractQuestions: a rhetorical question the writer answers', () => {
  it('asks nothing of a question that opens a paragraph the writer goes on to answer', () => {
    expect(ask('The shop sells bread.\n\nWhat makes a loaf rise? Yeast feeds on the sugar in the dough and gives off gas.')).toEqual([]);
  });

  it('still asks a question put in quotes, or one about what is to come', () => {
    const quoted = 'The shop sells bread.\n\n"Why did the council close the market?" asked the baker. Nobody at the town hall has replied.';
    expect(ask(quoted).map((q) => q.text)).toEqual(['Why did the council close the market?']);
    const ahead = 'The shop sells bread.\n\nWill the market reopen next year? The council meets in May to decide.';
    expect(ask(ahead).map((q) => q.text)).toContain('Will the market reopen next year?');
  });
});

describe('extractQuestions: rhetoric and page furniture among explicit questions', () => {
  it('asks nothing of a quoted question no one is said to ask, a heading in capitals, a verbless "What about" or a past the writer goes on to tell', () => {
    expect(ask(excerpt('politics/110.txt', '"How much tax do people', 'value for money'))).toEqual([]);
    expect(ask(excerpt('entertainment/314.txt', 'The first televised ceremony', 'known as Oscar.')).filter((q) => q.basis === 'explicit-question')).toEqual([]);
    expect(ask(excerpt('entertainment/253.txt', 'What about Britpop?', 'Pulp...'))).toEqual([]);
    expect(ask(excerpt('sport/354.txt', 'Take the Triple Crown-winning side', 'Whitewashed.')).filter((q) => q.basis === 'explicit-question')).toEqual([]);
  });

  it('still asks a quoted question that someone puts to another', () => {
    const text = 'The minister was pressed again.\n\n"Will the government publish the advice before the vote?" asked one MP.';
    expect(ask(text).map((q) => q.text)).toEqual(['Will the government publish the advice before the vote?']);
  });
});

describe('extractQuestions: a call for an act with its purpose', () => {
  it('asks nothing of a purpose after "called for" and a bare act, but asks whether what is called for will be done', () => {
    expect(ask(excerpt('politics/130.txt', 'Both the prime minister', 'world poverty.')).map((q) => q.text)).toEqual([]);
    expect(ask(excerpt('business/457.txt', 'called for radical reform', 'budget deficits.')).map((q) => q.text)).toEqual([]);
    expect(ask(excerpt('politics/058.txt', 'German Chancellor Gerhard Schroeder and French', 'to be lifted.')).map((q) => q.text)).toEqual(['Will the embargo be lifted?']);
  });
});

describe('extractQuestions: a meeting announced, or setting the scene of a saying', () => {
  it('asks nothing of talks a party is to hold, or of a meeting in a fronted participle clause', () => {
    expect(ask('The league is to hold funding talks with both clubs next week.')).toEqual([]);
    expect(ask('Speaking ahead of the expected board meeting, a spokesman said the club was calm.')).toEqual([]);
  });
});

describe('extractQuestions: "could" after an irregular past', () => {
  it('reads "could" after an irregular past verb as the past of "can"', () => {
    expect(ask('In those years the crew knew that the harbour could be closed to ferries at any hour.')).toEqual([]);
    expect(ask('The mayor says the old harbour could be shut by the council.').map((q) => q.text)).toEqual(['Will the old harbour be shut by the council?']);
  });
});

describe('extractQuestions: estimates that disagree', () => {
  it('asks what the estimates estimate, a figure or an embedded question', () => {
    const text = 'Estimates of the town\'s jobless rate vary, but the council puts it at 12%.';
    const qs = ask(text);
    expect(qs.map((q) => [q.basis, q.text])).toEqual([['stated-unknown', "What is the town's jobless rate?"]]);
    expectWellFormed(text, qs);
    expect(ask('Estimates of how many homes the storm destroyed vary widely.').map((q) => q.text)).toEqual(['How many homes did the storm destroy?']);
    expect(ask('Estimates of how many readers Bloglines has won over vary widely.').map((q) => q.text)).toEqual(['How many readers has Bloglines won over?']);
  });

  it('asks nothing of estimates that agree or of a single estimate', () => {
    expect(ask('Estimates of the repair bill were published on Monday.')).toEqual([]);
    expect(ask('The council estimates the repair bill varies by street.')).toEqual([]);
  });
});

describe('extractQuestions: "according to" that cites nobody', () => {
  it('asks nothing of "according to" a wish or a plan, or of a study cited', () => {
    expect(ask('According to her wishes, there will be no memorial concert.')).toEqual([]);
    expect(ask('The tunnel opened on time, according to plan.')).toEqual([]);
    expect(ask('Cycling injuries have fallen in towns with wider lanes, according to a study.')).toEqual([]);
  });

  it('asks about a claim resting on a vague source, not on one named on the record', () => {
    const qs = ask('According to sources close to the mayor, the tunnel was built without a permit.');
    expect(qs.map((q) => [q.basis, q.text])).toEqual([['single-source', 'Was the tunnel built without a permit?']]);
    expect(ask('According to one estimate, the tunnel was built without a permit.').map((q) => q.basis)).toEqual(['single-source']);
    expect(ask('According to the mayor, the tunnel was built without a permit.')).toEqual([]);
    expect(ask('The tunnel was built without a permit, according to John Binks, the city engineer.')).toEqual([]);
  });
});

describe('extractQuestions: a finding a source only suggests', () => {
  it('asks about a finding whose source closes the sentence with "suggests"', () => {
    const text = 'Civil servants have drastically stepped up the shredding of official documents, figures compiled by the Tories suggest.';
    const qs = ask(text);
    expect(qs.map((q) => [q.basis, q.text])).toEqual([['single-source', 'Have civil servants drastically stepped up the shredding of official documents?']]);
    expectWellFormed(text, qs);
    expect(ask('Internet search engine users are an odd mix of naive and sophisticated, suggests a report into search habits.').map((q) => q.text)).toEqual([
      'Are internet search engine users an odd mix of naive and sophisticated?',
    ]);
  });

  it('reads an "-ing" form with no auxiliary as part of the subject, not as its verb', () => {
    expect(ask('Customers trying to get through to call centres are getting impatient and quicker to hang up, a survey suggests.').map((q) => q.text)).toEqual([
      'Are customers trying to get through to call centres getting impatient and quicker to hang up?',
    ]);
  });

  it('keeps a verb of saying in "-ing" as the verb of the claim it reports', () => {
    expect(ask('The campaign director has denied a report claiming he warned Michael Howard the party could not win the next general election.').map((q) => q.text)).toEqual([
      'Did a report claim he warned Michael Howard the party could not win the next general election?',
    ]);
  });

  it('asks the content clause that "suggest" or a noun of hedged report governs', () => {
    const text = 'A recent study by Orbis suggested that shoppers would prefer a phone that was built for photography.';
    const qs = ask(text);
    expect(qs.map((q) => [q.basis, q.text])).toEqual([['single-source', 'Would shoppers prefer a phone that was built for photography?']]);
    expectWellFormed(text, qs);
    expect(ask('Houllier was angry at reports that Gerard Houllier has been critical of Benitez since the Spaniard took over at Liverpool.').map((q) => q.text)).toEqual([
      'Has Gerard Houllier been critical of Benitez?',
    ]);
    // An object, not a clause; a suggestion denied; a relative clause after the noun.
    expect(ask('The system can flash a light suggesting a lane change.')).toEqual([]);
    expect(ask('There is no suggestion that Mr Dunmore was himself aware of any fraud.')).toEqual([]);
    expect(ask('The inspector released two reports that depicted technical challenges.')).toEqual([]);
  });

  it('asks the clause a hedge adjective extraposes, and leaves "it is clear that" alone', () => {
    const text = 'But many still blame those in power for this crisis, and it is likely that more protesters stand by the cause.';
    const qs = ask(text);
    expect(qs.map((q) => [q.basis, q.text])).toEqual([['hedged-prediction', 'Do more protesters stand by the cause?']]);
    expectWellFormed(text, qs);
    expect(ask('It is clear that the government has turned to cynicism.')).toEqual([]);
    expect(ask('It is likely that more people contract feather duvet lung than is documented.').filter((q) => /^Is more/.test(q.text))).toEqual([]);
  });

  it('asks nothing where "suggests" closes no attribution', () => {
    expect(ask('It is more complicated than McKinley suggests.')).toEqual([]);
    expect(ask('The council caused controversy by suggesting a discount for early guilty pleas.')).toEqual([]);
  });
});

describe('extractQuestions: a reported content asked only when its clause is whole', () => {
  const texts = (text: string): string[] => ask(text).map((q) => q.text);

  it('keeps a degree "as" with its adjective when the standard is left unsaid ("just as competitive")', () => {
    expect(texts('The bakery chain warned that business would remain just as difficult.')).toContain('Will business remain just as difficult?');
  });

  it('asks nothing of a noun phrase cut inside a coordination of modifiers', () => {
    expect(texts('The review said evidence about claims that the regime held stores of chemical and biological agents was thin.').filter((q) => /chemical\?$/.test(q))).toEqual([]);
    // The coordination kept whole is asked.
    expect(texts('A report claims that the regime had stores of nerve and toxic agents.')).toEqual(['Did the regime have stores of nerve and toxic agents?']);
  });

  it('asks nothing of a verb of telling left with its addressee', () => {
    expect(texts('The paper reports that the striker told a Spanish newspaper: "I will stay."')).toEqual([]);
    expect(texts('The memoir claimed that the minister told Ms Ortega: "You have lost my trust."')).toEqual([]);
    // A second verb of telling so cut goes with its "and"; the first clause is asked.
    expect(texts('Ms Lane suggested the leaflets were part of a wider campaign and reminded voters that the council had once banned them.')).toEqual(['Is it true that the leaflets were part of a wider campaign?']);
    // What is told, kept, stands.
    expect(texts('The paper reports that the striker told the truth about his contract.')).toEqual(['Did the striker tell the truth about his contract?']);
  });

  it('asks nothing of a verb of belief left with the subject of its clause', () => {
    expect(texts('The regulator is said to believe the two directors were aware of the deal.')).toEqual(['Is it true that the two directors were aware of the deal?']);
    expect(texts('Mr Okafor was reported to have suggested Ms Hale was quietly planning deeper cuts.').filter((q) => /suggest Ms Hale\?$/.test(q))).toEqual([]);
    expect(texts('The coach seemed irritated, suggesting Mr Dale believes the players have, once again, lost focus.').filter((q) => /believe the players\?$/.test(q))).toEqual([]);
    // An object that is no addressee stays ("agree to the demands that …").
    expect(texts('The broadcaster has also reportedly agreed to the regulator\'s demands that the show be cut.')).toEqual([
      "Has the broadcaster reportedly agreed to the regulator's demands that the show be cut?",
    ]);
  });

  it('keeps "would rather" a preference: no forecast, and no clause cut at its verb', () => {
    expect(texts('Workers said they would rather quit than move to the new plant.')).toEqual([]);
    expect(texts('Polls suggest shoppers would rather any spare cash was spent on roads.')).toEqual([]);
  });

  it('asks nothing where a pronoun subject runs on past its verb or disagrees with it', () => {
    expect(texts('The club may act if reports that he feigned a knock to skip training are true.')).toEqual([]);
    // A pronoun that opens a coordinated subject is asked.
    expect(texts('The champion has angrily rejected claims that she and her brother are a fading force in the sport.')).toEqual([
      'Are she and her brother a fading force in the sport?',
    ]);
  });
});

describe('extractQuestions: a possibility in the past ("may have")', () => {
  const texts = (text: string): string[] => ask(text).map((q) => q.text);

  it('asks whether what "may have" happened did', () => {
    expect(texts('Investigators believe the driver may have fallen asleep at the wheel.')).toEqual(['Did the driver fall asleep at the wheel?']);
    expect(texts('Officials said the two suspects may have been members of a smuggling ring.')).toEqual(['Were the two suspects members of a smuggling ring?']);
    expect(texts('The trial focused on the claims that the trader may have had advance knowledge of the merger.')).toEqual(['Did the trader have advance knowledge of the merger?']);
  });

  it('asks nothing of a concession, a narrated "might have", a negation or a condition contrary to fact', () => {
    expect(texts('The visitors may have won the match but they played without any spark.')).toEqual([]);
    expect(texts('The striker might have doubled the lead when his header flew just wide.')).toEqual([]);
    expect(texts('The firm may not have broken any rules.')).toEqual([]);
    expect(texts('If the vote had gone the other way, the mayor might have resigned.')).toEqual([]);
    expect(texts('That said, the two clubs might have made a good match.')).toEqual([]);
    expect(texts('The filings show no deals that the broker may have made that could explain his wealth.')).toEqual([]);
  });
});

describe('extractQuestions: an inquiry "into whether"', () => {
  it('asks what an inquiry into it leaves open, not what a simple past reports looked into', () => {
    const text = 'Marsh is also the focus of an inquiry by the New York attorney-general into whether insurers rigged the market.';
    const qs = ask(text);
    expect(qs.map((q) => [q.basis, q.text])).toEqual([['stated-unknown', 'Did insurers rig the market?']]);
    expectWellFormed(text, qs);
    expect(ask('Police are looking into whether the victim was a good Samaritan.').map((q) => q.text)).toEqual(['Was the victim a good Samaritan?']);
    expect(ask('Regulators looked into whether fund managers colluded in a so-called magic circle.')).toEqual([]);
  });

  it('cuts a second verb still in the past after "did"', () => {
    expect(ask('The judge may hold hearings into whether federal agents illegally searched the Balco headquarters and wrongfully obtained statements.').map((q) => q.text)).toEqual([
      'Did federal agents illegally search the Balco headquarters?',
    ]);
  });
});

describe('extractQuestions: a subject opened by an approximate numeral', () => {
  it('keeps "about" before a numeral in the subject', () => {
    const text = 'About 120,000 people are expected to attend the trade show which stretches over more than 1.5 million square feet.';
    const qs = ask(text);
    expect(qs.map((q) => q.text)).toEqual(['Will about 120,000 people attend the trade show?']);
    expectWellFormed(text, qs);
  });
});

describe('extractQuestions: "how" with an adjective before a noun', () => {
  it('asks nothing when the adjective qualifies the noun, and keeps it as a linking verb\'s complement', () => {
    expect(ask('It is hard to see how significant progress towards rectifying these shortages can be made.')).toEqual([]);
    expect(ask('He believes Yahoo failed to see how crucial search would become to internet users.').map((q) => q.text)).toEqual(['How crucial will search become to internet users?']);
  });
});

describe('extractQuestions: a thing awaited by a date ahead', () => {
  it('asks whether it comes by then, and nothing of a date past', () => {
    const text = "The council's response to the bridge plan is expected next week.";
    const qs = ask(text);
    expect(qs.map((q) => [q.basis, q.text])).toEqual([['hedged-prediction', "Will the council's response to the bridge plan materialise next week?"]]);
    expectWellFormed(text, qs);
    expect(ask('The new console is expected in 2004.')).toEqual([]);
  });
});

describe('extractQuestions: a contact relative clause', () => {
  it('asks nothing of a modal in a relative clause with no relative word', () => {
    // (Through the whole extraction: the quote's "we" is resolved to its speaker there.)
    const text = 'The Rowing Association has fined the club. "A fine, the highest we could apply, is sufficient punishment," the Rowing Association said.';
    expect(extractBrief(article(text), { referenceTime: '2005-03-01T09:00:00Z' }).questions).toEqual([]);
  });
});

describe('extractQuestions: a request in the present perfect', () => {
  it('asks whether the addressee does what it has been asked, not what it was asked once', () => {
    const text = 'The bank has already asked the builder to repay a £9m loan that the council had guaranteed.';
    const qs = ask(text);
    expect(qs.map((q) => [q.basis, q.text])).toEqual([['pending-decision', 'Will the builder repay a £9m loan that the council had guaranteed?']]);
    expectWellFormed(text, qs);
    expect(ask('In 1998 the bank asked the builder to repay a £9m loan.')).toEqual([]);
    expect(ask('The bank has not asked the builder to repay the loan.')).toEqual([]);
  });
});

describe('asides and lists inside subjects and objects', () => {
  const texts = (text: string): string[] => ask(text).map((q) => q.text);

  it('reads an object across an aside in brackets', () => {
    expect(texts('The carmaker is expected to make a 500m euro ($650m) loss in 2006.')).toEqual(['Will the carmaker make a 500m euro loss in 2006?']);
  });

  it('steps over a participle clause between commas to the subject', () => {
    expect(texts('The new console, called Nova, is expected to go on sale by the autumn.')).toEqual(['Will the new console go on sale by the autumn?']);
  });

  it('steps over a long aside between dashes to the subject', () => {
    expect(texts('Acme Steel - which runs the largest blast furnace in the region, the Redcar works - is planning to invest $2bn by 2008.')).toEqual(['Will Acme Steel invest $2bn by 2008?']);
  });

  it('steps over a relative clause between commas that holds a list', () => {
    expect(texts('Analysts say that a merger with Nordex, which owns the Oslo futures market and runs the Paris, Madrid and Rome bourses, could offer the group large savings.')).toEqual([
      'Will a merger with Nordex offer the group large savings?',
    ]);
  });

  it('keeps coordinate adjectives with their noun', () => {
    const qs = texts('Some advisers would like to see Beijing agree to large, specific purchases of soybeans, while tariffs stay in place.');
    for (const q of qs) expect(q).not.toMatch(/\bto large\?$/);
    expect(qs.join(' ')).toContain('large, specific purchases');
  });

  it('does not take the object of a relative clause whose verb was read as a noun for the subject', () => {
    for (const q of texts('The chip which combines a modem and a processor could make phones cheaper.')) expect(q).not.toMatch(/^Will a modem\b/);
  });

  it('asks nothing rather than a question cut inside a bracketed name or a misread list', () => {
    expect(texts('Selling the Nordic Mining Services (NMS) unit would cut the group’s debt, the chairman said.')).toEqual([]);
    for (const q of texts('Officials are wondering if higher purchases of farm goods, promises of market access, and pledges on patents are enough to end the dispute.')) expect(q).not.toMatch(/^Does\b/);
  });

  it('asks nothing of an object cut after its first adjective, before the noun', () => {
    const text = 'An aide to the minister said she expected the summit to discuss "a broad, co-ordinated and, above all, practical plan for both the unions and the employers".';
    for (const q of texts(text)) expect(q).not.toMatch(/\ba broad\?$/);
  });
});

describe('extractQuestions: clauses that are no question as they stand', () => {
  it('asks nothing of a relative clause whose verb lost its object to the head noun', () => {
    const text = 'Tom Hardy spoke about his career. He said there was one role from his youth that he would love to play on stage.';
    for (const q of ask(text, { actors: [person('a1', 'Tom Hardy', 0)] })) expect(q.text).not.toMatch(/\bplay on stage\?$/);
    for (const q of ask('The mayor said the bonus would not cover the money the council wanted to spend on roads.')) expect(q.text).not.toMatch(/\bspend on roads\?$/);
  });

  it('keeps a clause after a noun that takes a "that"-clause, a title before a name and a time phrase', () => {
    expect(ask('He voiced the hope that the minister would go to Brussels soon.').map((q) => q.text)).toContain('Will the minister go to Brussels soon?');
    expect(ask('The company chairman Bob Smith wants to go to Paris next week.').map((q) => q.text)).toEqual(['Will the company chairman Bob Smith go to Paris next week?']);
    expect(ask('This week the council wants to go to court over the bins.').map((q) => q.text)).toEqual(['Will the council go to court over the bins?']);
  });

  it('leaves a predicative adjective out of the subject after it', () => {
    expect(ask('The minister said she was pleased Wales would be following the example of Norway.').map((q) => q.text)).toEqual(['Will Wales be following the example of Norway?']);
  });

  it('asks nothing of a comparative clause or an infinitive read as a clause', () => {
    for (const q of ask('Critics said the scheme is far more costly in money than any council could afford.')) expect(q.text).not.toMatch(/^Will (?:costly|any council)\b/);
    expect(ask('The judge said many tenants had good reason to want to leave the estate because of damp.')).toEqual([]);
  });

  it('does not invert the verb of a relative clause inside the subject', () => {
    for (const q of ask('In 2016, the Department of Health reported that the number of teenagers in the county who have reported smoking was 4.1 percent.')) expect(q.text).not.toMatch(/^Have\b/);
  });
});

describe('extractQuestions: a second clause or a contact clause inside the predicate or subject', () => {
  it('ends the predicate where "and" joins a clause with a subject pronoun of its own', () => {
    // (With "could" in the second clause that clause's hedge is asked first, since "planned" no longer reads it as a past.)
    expect(ask('The council said the new road would cost more than planned and they warned that taxes would rise.').map((q) => q.text)).toContain('Will the new road cost more than planned?');
    for (const q of ask('The council said the new road would cost more than planned and they warned that taxes could rise.')) expect(q.text).not.toMatch(/\bthey warned\b/);
  });

  it('asks nothing of a contact clause after a noun that leaves its preposition stranded', () => {
    for (const q of ask('The law also covers firms with many foreign owners, a situation most small firms could find themselves in.')) expect(q.text).not.toMatch(/^Will a situation\b/);
  });
});

describe('extractQuestions: a passive prepositional verb and an embedded question cut before its verb', () => {
  it('keeps the preposition of a passive prepositional verb before a new clause', () => {
    expect(ask('The board said the complaint would be dealt with, and the fee refunded.').map((q) => q.text)).toEqual(['Will the complaint be dealt with?']);
    expect(ask('She said the allegations would be looked into and that the staff were shocked.').map((q) => q.text)).toEqual(['Will the allegations be looked into?']);
  });

  it('asks nothing of a predicate that ends inside an embedded question', () => {
    for (const q of ask('She said the unions would be asked what new rules and checks, such as spot tests, should be brought in.')) expect(q.text).not.toMatch(/\bwhat new rules and checks\?$/);
  });
});

describe('extractQuestions: an event narrated in the past, a count before a premodifier', () => {
  it('asks nothing of an event named in a sentence narrated wholly in the past', () => {
    expect(ask('The mayor gave a rousing speech ahead of the city elections.')).toEqual([]);
    expect(ask('The bill was not passed by the ministers as planned at a Paris meeting on Monday.').map((q) => q.text)).not.toContain('What will be decided at the Paris meeting?');
  });

  it('still asks of an event a word or a calendar date puts ahead', () => {
    expect(ask('Ministers met ahead of the summit in Vilnius next week.').map((q) => q.text)).toEqual(['What will be decided at the summit in Vilnius next week?']);
  });

  it('reads no event from a singular noun after a count', () => {
    for (const q of ask('The party has said it will let 200,000 council and housing trust tenants buy their homes.')) expect(q.text).not.toMatch(/\b200,000 council\?$/);
  });
});

describe('extractQuestions: an embedded "why"-clause whose subject the tagger read as a verb', () => {
  it('asks no uninverted question', () => {
    for (const q of ask('I cant see why people can\'t just praise her for the voice that she has.')) expect(q.text).not.toMatch(/^Why people\b/);
  });
});

describe('extractQuestions: an expectation held with an adjective of certainty, hope or worry', () => {
  it('asks the forecast in the clause after "confident", "hopeful" or "sure", with or without "that"', () => {
    expect(ask('The club said it was hopeful the new stadium could host matches next season.').map((q) => q.text)).toEqual(['Will the new stadium host matches next season?']);
    expect(ask('Lawyers for the firm are confident that the merger will go through.').map((q) => q.text)).toEqual(['Will the merger go through?']);
  });

  it('asks nothing of an adjective inside a condition or far from the modal', () => {
    for (const q of ask('If the manager is confident the striker will play, the team will change little.')) expect(q.text).not.toBe('Will the striker play?');
    for (const q of ask('The coach is confident Smith can recover, though it is unclear whether that matters, when he will be 40.')) expect(q.text).not.toMatch(/be 40\?$/);
  });

  it('resolves a subject pronoun coordinated with a name, and does not ask of its second conjunct alone', () => {
    const text = 'Maria Lopez has rejected claims that she and her sister are a spent force in pop.';
    expect(ask(text, { actors: [person('a1', 'Maria Lopez', 0)] }).map((q) => q.text)).toEqual(['Are Maria Lopez and her sister a spent force in pop?']);
    expect(ask('Officials said he and two other men would plead guilty to the charges.', { actors: [person('a1', 'Tom Reyes', 200)] }).map((q) => q.text)).not.toContain('Will two other men plead guilty to the charges?');
  });
});

describe('extractQuestions: hedge and speculation cues of the CoNLL-2010 classes, in several frames', () => {
  const texts = (text: string): string[] => ask(`The council met in the town hall on Monday. ${text}`).map((q) => q.text);

  it('asks the clause under a raising verb of appearance, in its tense and number', () => {
    expect(texts('The troubles appear to have started with the closure of the mill.')).toEqual(['Did the troubles start with the closure of the mill?']);
    expect(texts('The blaze appears to have been lit on purpose.')).toEqual(['Was the blaze lit on purpose?']);
    expect(texts('The committee appears to be divided over the plan.')).toEqual(['Is the committee divided over the plan?']);
    expect(texts('The robbers seemed to know the alarm code.')).toEqual(['Did the robbers know the alarm code?']);
    expect(texts('The blaze does not appear to have been lit on purpose.')).toEqual(['Was the blaze lit on purpose?']);
    expect(texts('"The negotiations seem to have stalled," an envoy said.')).toEqual(['Did the negotiations stall?']);
  });

  it('asks the clause after an extraposing "it appears", "it seems" and a sentence-opening evidential adverb', () => {
    expect(texts('It appears that the cheque was never cashed.')).toEqual(['Was the cheque never cashed?']);
    expect(texts('It seems the merger has collapsed.')).toEqual(['Has the merger collapsed?']);
    expect(texts('Apparently, the parcel was never posted.')).toEqual(['Was the parcel never posted?']);
    expect(texts('Allegedly the two guards took bribes.')).toEqual(['Did the two guards take bribes?']);
  });

  it('asks nothing where the clause would be cut, narrated, or its subject is a pronoun', () => {
    expect(texts('Traders seemed to feel that some of the poorest regions were safe.')).toEqual([]);
    expect(texts('The striker scored when it seemed a draw was certain.')).toEqual([]);
    expect(texts('Stores that have been struggling appear to be continuing the slide.')).toEqual([]);
    expect(texts('Later, she appeared to have recovered from the fall.')).toEqual([]);
    expect(texts("Smith's side seemed to have found some form.")).toEqual(["Did Smith's side find some form?"]);
    expect(texts("Jones' side seemed to have found some form.")).not.toContain('Did side find some form?');
    expect(texts('Drones have been the focus of army research and Korea seems to have joined the race.')).toEqual([]);
    expect(texts('The striker appeared to push him in the back.')).toEqual([]);
    expect(texts('The tenants appeared to know the landlord well.')).toEqual(['Did the tenants know the landlord well?']);
  });

  it('reads an anticipatory "it" after a modal as the extraposed clause, not a thing named before', () => {
    expect(texts('It may be possible that the ferry leaves on Friday.')).toEqual(['Does the ferry leave on Friday?']);
    expect(texts('It would seem unlikely the goalkeeper will play again.')).toEqual(['Will the goalkeeper play again?']);
    expect(texts('It could be argued that the levy failed.')).toEqual([]);
  });

  it('asks nothing of appearing in a place or of seeming with an adjective', () => {
    expect(texts('The actor appeared on stage with his brother.')).toEqual([]);
    expect(texts('The mayor seemed pleased with the result.')).toEqual([]);
  });

  it('asks the clause of a hedge adjective extraposed without "that", a past perfect under "was" as a past', () => {
    expect(texts('It is possible the leaflets were printed abroad.')).toEqual(['Were the leaflets printed abroad?']);
    expect(texts('Officers said it was possible the suspects had fled north.')).toEqual(['Did the suspects flee north?']);
  });

  it('reads the base form of a "cut"-class verb after a singular subject as its past', () => {
    expect(texts('It is likely the gale hit the harbour overnight.')).toEqual(['Did the gale hit the harbour overnight?']);
  });

  it('asks an embedded wh-question whose wh-word fills the object, complement or adjunct, and one that is the subject', () => {
    expect(texts('It was not clear what the new material was.')).toEqual(['What was the new material?']);
    expect(texts('It is not known how the blaze started.')).toEqual(['How did the blaze start?']);
    expect(texts('How the funds went missing is unclear.')).toEqual(['How did the funds go missing?']);
    expect(texts('Who fired the flare is not known.')).toEqual(['Who fired the flare?']);
    expect(texts('She explained how the scheme worked.')).toEqual([]);
    expect(texts('"We do not know who the finalists will be," she said.')).toEqual(['Who will the finalists be?']);
    // (A clause that does not end at its copula, or whose subject is no plain noun phrase, is left alone.)
    expect(texts('Nobody knows what it was all about.')).toEqual([]);
    expect(texts('It is unclear how generous - a favourite word - this budget really is.')).toEqual([]);
  });

  it('asks the appositive clause of a hedge noun, and nothing after "no doubt" or where the clause cannot be ended', () => {
    expect(texts('There is a possibility that the festival will be cancelled.')).toEqual(['Will the festival be cancelled?']);
    expect(texts('Rumours that the singer will retire have circulated for weeks.')).toEqual(['Will the singer retire?']);
    expect(texts('Fears are growing that the dam will burst.')).toEqual(['Will the dam burst?']);
    expect(texts('There is no doubt that the reform has worked.')).toEqual([]);
    expect(texts('The possibility that the pit will close alarms the village.')).toEqual([]);
  });

  it('asks the penalty that a plural subject faces at its maximum', () => {
    expect(texts('The two riders face a maximum three-year ban if found guilty.')).toEqual(['What penalty will the two riders receive?']);
    expect(texts('The two banks face a fine of up to £20m.')).toEqual(['What penalty will the two banks receive?']);
    expect(texts('The cottage faces the harbour.')).toEqual([]);
  });

  it('reads the word after a modal as a verb, and keeps the condition of a definite subject', () => {
    // (A supposition on an agenda is asked only as the condition of the prediction it qualifies.)
    expect(ask('If private colleges are under consideration, the costs may double.').map((q) => q.text)).toEqual(['Will the costs double if private colleges are under consideration?']);
    expect(texts('The tunnel may close for repairs next year.')).toEqual(['Will the tunnel close for repairs next year?']);
    expect(texts('The bakery will shut the shop if sales do not pick up.')).toEqual(['Will the bakery shut the shop if sales do not pick up?']);
    expect(texts('Travellers get a voucher if trains are cancelled.')).toEqual([]);
  });

  it('asks of an awaited decision by a date in the current month, a passive due with its date, and a check whether', () => {
    expect(texts('A ruling is now expected by around mid-March.')).toEqual(['Will a ruling materialise by around mid-March?']);
    expect(texts('The audit is due to be published next month.')).toEqual(['Will the audit be published next month?']);
    expect(texts('Inspectors are checking if the pool is safe to use.')).toEqual(['Is the pool safe to use?']);
  });

  it('drops the complementiser from a subject and asks nothing of firm statements', () => {
    for (const q of ask('There is little doubt that rents will rise.')) expect(q.text).not.toMatch(/^Will that\b/);
    for (const t of ['The board approved the accounts on Monday.', 'It is clear that the reform has failed.', 'The band appeared in court on Tuesday.', 'The data show that exports rose by 4%.']) expect(texts(t)).toEqual([]);
  });
});

describe('extractQuestions: modal clauses by construction (hypothetical "would", postposed conditions, subject shapes, disjuncts)', () => {
  const texts = (text: string): string[] => ask(`The council met in the town hall on Monday. ${text}`).map((q) => q.text);

  it('asks a "would" whose subject names an event not yet real, keeping its mood', () => {
    expect(texts('A merger would give the two unions a million members.')).toEqual(['Would a merger give the two unions a million members?']);
    expect(texts('A deal with either bidder would create the largest bank in Europe.')).toEqual(['Would a deal with either bidder create the largest bank in Europe?']);
    expect(texts('Any takeover would have to be approved by regulators.')).toEqual(['Would any takeover have to be approved by regulators?']);
    expect(texts('Another defeat would leave the side bottom of the table.')).toEqual(['Would another defeat leave the side bottom of the table?']);
    expect(texts('Such a move would anger the backbenchers.')).toEqual(['Would such a move anger the backbenchers?']);
    expect(texts('Selling the steel division would raise about £2bn.')).toEqual(['Would selling the steel division raise about £2bn?']);
    expect(texts('The planned cuts would cost 3,000 jobs.')).toEqual(['Would the planned cuts cost 3,000 jobs?']);
  });

  it('asks no "would" of a habit, a counterfactual, an evaluation, a preference or a relative clause', () => {
    for (const t of ['He would often walk to work as a boy.', 'A deal would have saved the plant.', 'A win would be great for the club.', 'The bank said it would rather wait.', 'It plans new services, such as a phone line which would allow users to call abroad.', 'A fit runner would normally take a week to recover.', 'A driver would have to be very foolish to speed there.'])
      expect(texts(t)).toEqual([]);
  });

  it('keeps a condition after a definite subject whose noun phrase is indefinite, and leaves a rule for anyone alone', () => {
    expect(texts('The singer may also take part if a studio can be found.')).toEqual(['Will the singer take part if a studio can be found?']);
    expect(texts('Passengers get a refund if a flight is cancelled.')).toEqual([]);
    expect(texts('A refund is paid if a flight is cancelled.')).toEqual([]);
  });

  it('reads a subject with an infinitive after its noun, a gerund clause, or a condition set off by commas', () => {
    expect(texts('Plans to shed 7,000 jobs could hamper the reforms.')).toEqual(['Will plans to shed 7,000 jobs hamper the reforms?']);
    expect(texts('Efforts to slow inflation could hurt growth, the bank warned.')).toEqual(['Will efforts to slow inflation hurt growth?']);
    expect(texts('Selling the car unit may prove difficult.')).toEqual(['Will selling the car unit prove difficult?']);
    expect(texts('The sale may not prove so simple.')).toEqual(['Will the sale prove so simple?']);
    expect(texts('The strike, if it goes ahead, could close every school.')).toEqual(['Will the strike close every school if it goes ahead?']);
    // (A supplementive clause after a comma is no subject; a counterfactual after a condition is settled.)
    expect(texts('The waste will be sent back, ensuring there would be no rise in radiation.').join(' ')).not.toMatch(/ensuring/);
    expect(texts('The ruling, if upheld, would have let the board keep control.')).toEqual([]);
    expect(texts('If the figures are confirmed, the episode will have given the channel its biggest audience for a year.')).toEqual(['Will the episode have given the channel its biggest audience for a year if the figures are confirmed?']);
    expect(texts('Reflecting the growing need to travel, the firm said it would open ten branches.').join(' ')).not.toMatch(/reflecting/i);
  });

  it('asks no modal inside a condition as a prediction of its own, and no "could" with a negative object', () => {
    expect(texts('The club said it would fine the player unless he could prove he was ill.')).toEqual(['Will the club fine the player unless he could prove he was ill?']);
    expect(texts('The inspectors said that they could find no trace of the leak.')).toEqual([]);
    expect(texts('The report asks if smart meters could cut household bills.')).toEqual(['Will smart meters cut household bills?']);
    expect(texts('The minister insisted there could be no deal on pensions.')).toEqual(['Will there be any deal on pensions?']);
  });

  it('reads a "could" as the past of "can" only by a past verb in its own clause', () => {
    expect(texts('Shop prices rose faster, adding to concern that a sharp rise in fuel costs could stoke inflation.')).toEqual(['Will a sharp rise in fuel costs stoke inflation?']);
    expect(texts('At the time we could not afford a car.')).toEqual([]);
  });

  it('asks a "will" under an opening disjunct of hope or doubt, and one after a current copula of attitude', () => {
    expect(texts('Hopefully the players will respond to the criticism.')).toEqual(['Will the players respond to the criticism?']);
    expect(texts('Hopefully, the council will reopen the library.')).toEqual(['Will the council reopen the library?']);
    expect(texts('The athletes sounded confident they would be cleared.')).toEqual(['Will the athletes be cleared?']);
    expect(texts('Hopefully the players responded well, and the club will now play Leeds.')).toEqual([]);
  });
});
