// Hard cases for the date extractor, each a real sentence from the corpora (the seed article, BBC
// News, TempEval-3 TBAQ, scraped pages) with the reference time its article was published at.
import { describe, expect, it } from 'vitest';
import { analyseText } from '../../src/extract/nlp.js';
import { extractDates, type FoundDate } from '../../src/extract/dates/index.js';

const SEED_REF = '2023-06-07T12:00:00Z';

function datesOf(text: string, referenceTime: string, locale: 'en-GB' | 'en-US' = 'en-GB'): FoundDate[] {
  const dates = extractDates(analyseText(text), { referenceTime, locale });
  // The invariants every result must keep.
  let lastEnd = 0;
  for (const d of dates) {
    expect(d.text).toBe(text.slice(d.start, d.end));
    expect(d.start).toBeGreaterThanOrEqual(lastEnd);
    lastEnd = d.end;
  }
  return dates;
}

function only(dates: FoundDate[], text: string): FoundDate {
  const found = dates.filter((d) => d.text === text);
  expect(found, `exactly one date "${text}" in ${JSON.stringify(dates.map((d) => d.text))}`).toHaveLength(1);
  return found[0]!;
}

describe('the seed article (nato-troops.txt)', () => {
  it('guesses the year of "in July" and names the summit as its event', () => {
    const text = 'Former NATO chief Anders Rasmussen said some countries like Poland might take the plunge and send troops to Ukraine if security guarantees aren’t found at the next summit in Vilnius in July.';
    const d = only(datesOf(text, SEED_REF), 'July');
    expect(d).toMatchObject({ value: '2023-07', kind: 'date', certainty: 'inferred', event: 'the next summit in Vilnius' });
  });

  it('reads a European day range "11.- 12. July" as one interval with two ends', () => {
    const text = 'To our Guardian colleagues: The former statesman-turned-adviser to Ukrainian President Volodymyr Zelenskyy does not rule out the possibility that several countries could send troops if NATO does not provide concrete assistance to Ukraine at the planned Vilnius summit 11.- 12. July.';
    const d = only(datesOf(text, SEED_REF), '11.- 12. July');
    expect(d).toMatchObject({ value: '2023-07-11/2023-07-12', kind: 'date', certainty: 'inferred' });
    expect(d.event).toContain('Vilnius');
    expect(d.parts?.map((p) => p.value)).toEqual(['2023-07-11', '2023-07-12']);
  });

  it('reads "from 2009 to 2014" as the interval 2009/2014, without "from"', () => {
    const text = '“If NATO cannot agree on a clear path for Ukraine, there is an obvious likelihood that some countries will act individually,” said the alliance’s Secretary General from 2009 to 2014.';
    const d = only(datesOf(text, SEED_REF), '2009 to 2014');
    expect(d).toMatchObject({ value: '2009/2014', kind: 'date', certainty: 'stated' });
    expect(d.parts?.map((p) => [p.text, p.value])).toEqual([['2009', '2009'], ['2014', '2014']]);
  });

  it('reads a bare year after "in" and dates the Washington summit', () => {
    const text = 'As for NATO membership, Rasmussen says they’re still willing to wait until the Washington summit in 2024.';
    const d = only(datesOf(text, SEED_REF), '2024');
    expect(d).toMatchObject({ value: '2024', kind: 'date', certainty: 'stated', event: 'the Washington summit' });
  });

  it('resolves "2 hours ago" and "58 minutes ago" to clock times', () => {
    const dates = datesOf('Posted 2 hours ago, updated 58 minutes ago', SEED_REF);
    expect(dates.map((d) => [d.text, d.value, d.kind, d.certainty])).toEqual([
      ['2 hours ago', '2023-06-07T10:00', 'time', 'relative'],
      ['58 minutes ago', '2023-06-07T11:02', 'time', 'relative'],
    ]);
  });
});

describe('BBC News', () => {
  const BA = '2005-02-04T12:00:00Z'; // business/004.txt, published Friday 4 February 2005

  it('compares "a year earlier" with the quarter that "three months to 31 December 2004" closes', () => {
    const text = 'Reporting its results for the three months to 31 December 2004, the airline made a pre-tax profit of £75m ($141m) compared with £125m a year earlier.';
    const dates = datesOf(text, BA);
    expect(only(dates, '31 December 2004')).toMatchObject({ value: '2004-12-31', certainty: 'stated' });
    expect(only(dates, 'a year earlier')).toMatchObject({ value: '2003-Q4', certainty: 'relative' });
    expect(dates.some((d) => d.text.includes('141') || d.text.includes('75m'))).toBe(false);
  });

  it('places "on Friday" and "in January" by the past tense of the sentence', () => {
    const text = 'It also reported on Friday that passenger numbers rose 8.1% in January.';
    const dates = datesOf(text, BA);
    expect(only(dates, 'Friday')).toMatchObject({ value: '2005-02-04', certainty: 'relative' });
    expect(only(dates, 'January')).toMatchObject({ value: '2005-01', certainty: 'inferred' });
  });

  it('resolves "next month" against the reference month', () => {
    const text = '"For example, we have taken delivery of six Airbus A321 aircraft and next month we will start further improvements to our Club World flat beds."';
    expect(only(datesOf(text, BA), 'next month')).toMatchObject({ value: '2005-03', kind: 'date', certainty: 'relative' });
  });

  it('reads a deadline "by midday on Monday" as the coming Monday at noon', () => {
    const text = 'The National Union of Journalists has called on the management to recall the notice of redundancy by midday on Monday or face a strike ballot.';
    expect(only(datesOf(text, '2005-02-04T16:38:00Z'), 'midday on Monday')).toMatchObject({ value: '2005-02-07T12:00', kind: 'time' });
  });

  it('gives "last week" as an ISO week and "Friday afternoon" as the day', () => {
    const ref = '2005-02-04T16:38:00Z';
    expect(only(datesOf("Pearson's Financial Times said last week it was offering voluntary redundancy to about 30 reporters.", ref), 'last week'))
      .toMatchObject({ value: '2005-W04', certainty: 'relative' });
    const afternoon = only(datesOf('Journalists at the firm met on Friday afternoon to discuss how to react to the surprise announcement.', ref), 'Friday afternoon');
    expect(afternoon).toMatchObject({ value: '2005-02-04', kind: 'date' });
    expect(afternoon.timeml).toEqual({ type: 'TIME', value: '2005-02-04TAF' });
  });

  it('resolves weekdays, "yesterday" and a yearless deadline in a Commons story', () => {
    const ref = '2005-03-01T09:00:00Z'; // politics/072.txt, published Tuesday 1 March 2005
    expect(only(datesOf('On Monday, MPs voted 272-219 in favour of the Bill after key concessions from Mr Clarke.', ref), 'Monday'))
      .toMatchObject({ value: '2005-02-28' });
    expect(only(datesOf('Mark Oaten, for the Liberal Democrats, said Monday night\'s vote showed the government had "lost the confidence of all sides of the House".', ref), 'Monday night'))
      .toMatchObject({ value: '2005-02-28', timeml: { type: 'TIME', value: '2005-02-28TNI' } });
    expect(only(datesOf('"No Bill goes through Parliament without detailed consideration being made, but I believe that what I announced yesterday will be sufficient to secure the agreement of the House of Lords," he said.', ref), 'yesterday'))
      .toMatchObject({ value: '2005-02-28', certainty: 'relative' });
    const deadline = datesOf('The government wants the new bill to pass into law by 14 March, when the current powers expire.', ref);
    expect(only(deadline, '14 March')).toMatchObject({ value: '2005-03-14', certainty: 'inferred' });
    expect(only(deadline, 'current')).toMatchObject({ value: 'PRESENT_REF' });
  });

  it('knows "the 11 September attacks" are those of 2001', () => {
    const text = 'The government opted out of part of the European Convention on Human Rights concerning the right to a fair trial in order to bring in anti-terrorism legislation in response to the 11 September attacks in the US.';
    expect(only(datesOf(text, '2004-12-17T09:45:00Z'), '11 September')).toMatchObject({ value: '2001-09-11' });
  });

  it('reads "earlier this year" and "September 2002"', () => {
    const text = "Lord Butler's report earlier this year into Iraq intelligence said the government's September 2002 weapons dossier did not make clear intelligence about claims that Saddam Hussein had stockpiles of chemical and biological weapons was \"very thin\".";
    const dates = datesOf(text, '2004-12-09T12:00:00Z');
    expect(only(dates, 'earlier this year')).toMatchObject({ value: '2004', mod: 'START' });
    expect(only(dates, 'September 2002')).toMatchObject({ value: '2002-09', certainty: 'stated' });
  });

  it('reads sets and leaves a time slot number alone', () => {
    const text = 'Rock DJ Huw Stephens will go on air in the 2300 slot every Tuesday, with black music champion Ras Kwame on Wednesdays and dance DJ Rob Da Bank on Thursdays.';
    const dates = datesOf(text, '2005-01-10T12:00:00Z');
    expect(dates.map((d) => [d.text, d.kind, d.value])).toEqual([
      ['every Tuesday', 'set', 'XXXX-WXX-2'],
      ['Wednesdays', 'set', 'XXXX-WXX-3'],
      ['Thursdays', 'set', 'XXXX-WXX-4'],
    ]);
  });

  it('reads "annually" as a set and "from 2009" as a year', () => {
    const text = 'The company said it was speeding up its restructuring programme, which aims to save between £190m and £265m annually from 2009.';
    const dates = datesOf(text, '2005-01-10T12:00:00Z');
    expect(dates.map((d) => [d.text, d.kind, d.value])).toEqual([['annually', 'set', 'P1Y'], ['2009', 'date', '2009']]);
  });

  it('reads durations: "the three years" (TimeML keeps the article), "about 18 months"', () => {
    expect(only(datesOf('"The three years of stagnation in the German economy came to an end in 2004.', '2005-02-15T12:00:00Z'), 'The three years'))
      .toMatchObject({ kind: 'duration', value: 'P3Y' });
    const d = only(datesOf('A spokesman for the LSE said: "We\'ve been engaged with them (Air China) for about 18 months, two years now.', '2005-02-15T12:00:00Z'), 'about 18 months');
    expect(d).toMatchObject({ kind: 'duration', value: 'P18M', mod: 'APPROX' });
  });

  it('reads a quarter with its year and a decade', () => {
    expect(only(datesOf('Big manufacturers were even more pessimistic about the first quarter of 2005; their views suggest the March reading could go as low as 15 - still in positive territory, but weaker.', '2005-01-20T12:00:00Z'), 'the first quarter of 2005'))
      .toMatchObject({ value: '2005-Q1' });
    expect(only(datesOf('Disney is the latest studio to announce which technology it is backing in a format battle which mirrors the 1980s Betamax versus VHS war.', '2005-01-20T12:00:00Z'), 'the 1980s'))
      .toMatchObject({ value: '1980/1989', kind: 'date', timeml: { value: '198' } });
  });

  it('does not take counts, prices or sizes for years', () => {
    const ref = '2005-01-20T12:00:00Z';
    expect(datesOf('The campaign set itself a target of recruiting 2500 volunteers.', ref)).toEqual([]);
    expect(datesOf('The UK digital network will be the first to employ 2k projectors - which are capable of showing films at resolutions of 2048 * 1080 pixels.', ref)).toEqual([]);
    expect(datesOf('A third of the 2,000 broadband users interviewed were fed up.', ref)).toEqual([]);
    expect(datesOf('The software can create up to 2,000 new heads an hour.', ref)).toEqual([]);
    expect(datesOf('this better start at $2000 and no less', '2019-11-19T12:00:00Z')).toEqual([]);
  });
});

describe('TempEval-3 TBAQ (Wall Street Journal, 1989)', () => {
  it('looks ahead for "is scheduled to close Monday"', () => {
    const text = "Sony's planned acquisition of Guber/Peters Entertainment Co. for $200 million is scheduled to close Monday.";
    expect(only(datesOf(text, '1989-11-02', 'en-US'), 'Monday')).toMatchObject({ value: '1989-11-06' });
  });

  it('reads "third-quarter" as this year\'s third quarter and "the year-ago quarter" as that of last year', () => {
    const text = "Steel business, said third-quarter net income dropped 8% to $33 million, or 35 cents a share, from $36 million, or 39 cents a share in the year-ago quarter.";
    const dates = datesOf(text, '1989-10-26', 'en-US');
    expect(only(dates, 'third-quarter')).toMatchObject({ value: '1989-Q3' });
    expect(only(dates, 'the year-ago quarter')).toMatchObject({ value: '1988-Q3', certainty: 'relative' });
  });

  it('follows TimeML for "now" and "recently", and reads a spelled-out year', () => {
    const dates = datesOf('His promise to half unemployment by the year two thousand has now been abandoned.', '1998-02-05', 'en-US');
    expect(dates.map((d) => [d.text, d.value])).toEqual([['the year two thousand', '2000'], ['now', 'PRESENT_REF']]);
    expect(only(datesOf('Control Data recently announced an agreement with MIPS Computer Systems Inc.', '1989-10-30', 'en-US'), 'recently').value).toBe('PAST_REF');
  });

  it('reads "the future" as a time, but not "the future of" something (its fate)', () => {
    expect(only(datesOf('Fares will have to rise in the future, the operator said.', SEED_REF), 'the future').value).toBe('FUTURE_REF');
    expect(datesOf('Talks on the future of the harbour ferry ended without a deal.', SEED_REF)).toEqual([]);
  });

  it('reads a weekday in a future-tense sentence as the one to come', () => {
    const d = only(datesOf('The monarch will meet Bush on Thursday in Kennebunkport, Maine.', '1990-08-15T13:37', 'en-US'), 'Thursday');
    expect(d).toMatchObject({ value: '1990-08-16', event: 'The monarch will meet Bush' });
  });

  it('dates a weekday by the verb before it, not by a clause that opens after it', () => {
    // 1 March 2005 was a Tuesday.
    const ahead = datesOf('Jones will start at full-back on Saturday after Smith failed to recover from injury.', '2005-03-01', 'en-GB');
    expect(only(ahead, 'Saturday').value).toBe('2005-03-05');
    const before = datesOf('The pair appeared at a hearing on Saturday which will decide whether the bans stand.', '2005-03-01', 'en-GB');
    expect(only(before, 'Saturday').value).toBe('2005-02-26');
    // A date before its noun is that noun's time, which the clause after may tell.
    const named = datesOf('The envoy is likely to face tough questions from lawmakers of both parties about the July 25 call when he asked for help.', '2019-11-20', 'en-US');
    expect(only(named, 'July 25').value).toBe('2019-07-25');
  });
});

describe('numeric dates by locale (scraped page headers)', () => {
  it('reads day-first in Britain and month-first in the US when both are possible', () => {
    expect(only(datesOf('05/10/2018 - Publicado por: Clarissa Borba', '2019-11-20T12:00:00Z', 'en-GB'), '05/10/2018').value).toBe('2018-10-05');
    expect(only(datesOf('05/10/2018 - Publicado por: Clarissa Borba', '2019-11-20T12:00:00Z', 'en-US'), '05/10/2018').value).toBe('2018-05-10');
  });

  it('lets a number above 12 decide, and joins a time to the day before it', () => {
    const us = only(datesOf('5:45 AM PST 11/19/2019 by Patrick Shanley', '2019-11-20T12:00:00Z', 'en-GB'), '5:45 AM PST 11/19/2019');
    expect(us).toMatchObject({ value: '2019-11-19T05:45', kind: 'time', certainty: 'stated' });
    const uk = datesOf('20/11/2019 / 11:42 am', '2019-11-21T12:00:00Z', 'en-US');
    expect(uk.map((d) => [d.text, d.value])).toEqual([['20/11/2019', '2019-11-20'], ['11:42 am', '2019-11-20T11:42']]);
  });

  it('reads dotted European dates', () => {
    expect(only(datesOf('19.11.2019, 08:57', '2019-11-20T12:00:00Z'), '19.11.2019').value).toBe('2019-11-19');
  });
});

// Sentences written for these tests (not taken from the corpora), one per family of error seen on
// unseen text: sport, business and arts reports of early 2005.
const BBC_REF = '2005-03-01T09:00:00Z'; // a Tuesday

describe('seasons, halves and quarters', () => {
  it('reads a league season across the new year and an athletics season within one', () => {
    const football = datesOf('The striker has scored 12 goals this season and wants to stay in the Premiership next season, unlike last season.', BBC_REF);
    expect(football.map((d) => [d.text, d.value])).toEqual([['this season', '2004/2005'], ['next season', '2005/2006'], ['last season', '2003/2004']]);
    const athletics = datesOf('She has broken the 60m hurdles record twice this season, and the IAAF says athletics is clean.', BBC_REF);
    expect(only(athletics, 'this season').value).toBe('2005');
    expect(only(datesOf('The defender will stay until the end of the season, the club said after his goals.', BBC_REF), 'the end of the season')).toMatchObject({ value: '2004/2005', mod: 'END' });
  });

  it('does not read a season outside sport', () => {
    expect(datesOf('Doctors say the flu has been mild this season.', BBC_REF)).toEqual([]);
  });

  it('reads the half of a fiscal year, and leaves a half of something else', () => {
    expect(only(datesOf('It made a loss of 27m euros in the first half of the current fiscal year.', BBC_REF), 'the first half').value).toBe('2005-01/2005-06');
    expect(datesOf('Profits rose 5% in the second half of the decade.', BBC_REF).map((d) => d.text)).not.toContain('the second half');
  });

  it('leaves the halves of a match alone where the report names no sport, only a result', () => {
    expect(datesOf('United lost 3-0 away, and in the second half the youngsters tired.', BBC_REF)).toEqual([]);
  });

  it('leaves the halves and quarters of a match alone, but reads those of accounts', () => {
    expect(datesOf('The striker scored twice in the second half after a goalless first half, and the Premiership leaders hit the post in the final quarter.', BBC_REF)).toEqual([]);
    const profit = only(datesOf('Profits rose 5% in the second half, the firm said.', BBC_REF), 'the second half');
    expect(profit).toMatchObject({ value: '2004-07/2004-12', timeml: { type: 'DATE', value: '2004-H2' } });
  });

  it('writes the months of "the last three months of 2004", and compares a year earlier with that quarter', () => {
    const dates = datesOf('The economy shrank 0.2% in the last three months of 2004, compared with a year earlier.', BBC_REF);
    expect(only(dates, '2004')).toMatchObject({ value: '2004-10/2004-12', timeml: { type: 'DATE', value: '2004' } });
    expect(only(dates, 'a year earlier').value).toBe('2003-Q4');
  });

  it('writes "the three months to January" as the months of account, closed before the story', () => {
    expect(only(datesOf('Like-for-like sales fell 0.1% in the three months to January.', BBC_REF), 'January')).toMatchObject({ value: '2004-11/2005-01', timeml: { value: '2005-01' } });
    expect(only(datesOf('It posted a record loss in the 12 months through June.', BBC_REF), 'June').value).toBe('2003-07/2004-06');
  });

  it('writes a season of the year as its months, looking back after "since"', () => {
    expect(only(datesOf('The album will be released this summer.', BBC_REF), 'this summer')).toMatchObject({ value: '2005-06/2005-08', timeml: { value: '2005-SU' } });
    expect(only(datesOf('He has struggled for form since the summer.', BBC_REF), 'the summer').value).toBe('2004-06/2004-08');
    expect(only(datesOf('It snowed heavily last winter.', BBC_REF), 'last winter').value).toBe('2004-12/2005-02');
  });
});

describe('days counted from other dates and from the story', () => {
  it('reads "the New Year" as the year begun nearest the story', () => {
    expect(only(datesOf('She was made a dame in the New Year Honours.', BBC_REF), 'the New Year').value).toBe('2005');
    expect(only(datesOf('Talks will resume in the New Year.', '2004-12-10T09:00:00Z'), 'the New Year').value).toBe('2005');
  });

  it('counts "the day after" from the date that follows it, and leaves one counted from an undated event', () => {
    expect(only(datesOf('The appeal was launched the day after Boxing Day.', BBC_REF), 'the day after Boxing Day').value).toBe('2004-12-27');
    expect(datesOf('The day before the vote, he resigned.', BBC_REF)).toEqual([]);
  });

  it('counts "the day before" an event from the day the text gave that event, or takes the date it is in apposition to', () => {
    const dates = datesOf('The vote will be held on Thursday 10 March. The day before the vote, he resigned.', BBC_REF);
    expect(only(dates, 'The day before')).toMatchObject({ value: '2005-03-09', event: 'he resigned' });
    expect(only(datesOf('Shares fell after 12 October, the day before the market crash.', BBC_REF), 'the day before').value).toBe('2004-10-12');
  });

  it('puts a deadline the past perfect had met in the past', () => {
    expect(only(datesOf('By September the album had sold 500,000 copies.', BBC_REF), 'September').value).toBe('2004-09');
    expect(only(datesOf('Until Thursday, they had not named a suspect.', BBC_REF), 'Thursday').value).toBe('2005-02-24');
    expect(only(datesOf('The offer was extended until Friday.', BBC_REF), 'Friday').value).toBe('2005-03-04');
  });

  it('counts an approximate "a year ago" from now, not from the quarter just reported', () => {
    const dates = datesOf('Profits rose in the third quarter. Nearly a year ago, the firm changed its name.', BBC_REF);
    expect(only(dates, 'Nearly a year ago').value).toBe('2004');
  });

  it('reads "later in the day" as a day, never the first of a month just named', () => {
    expect(only(datesOf('Sales rose in February, and shares fell later in the day.', BBC_REF), 'later in the day').value).toBe('2005-03-01');
  });

  it('writes decades and centuries as their span of years, TimeML as their digits', () => {
    expect(only(datesOf('Prices fell through the nineties.', BBC_REF), 'the nineties')).toMatchObject({ value: '1990/1999', timeml: { value: '199' } });
    expect(only(datesOf('The plague struck in the 1300s.', BBC_REF), 'the 1300s')).toMatchObject({ value: '1300/1399', timeml: { value: '13' } });
    expect(only(datesOf('He stayed at the house in the early 2000s.', BBC_REF), 'the early 2000s')).toMatchObject({ value: '2000/2009', timeml: { value: '200' } });
    expect(only(datesOf('It was the worst crash of the 20th century.', BBC_REF), 'the 20th century')).toMatchObject({ value: '1901/2000', timeml: { value: '19' } });
    // A capitalised "Century" inside a name is no time.
    expect(datesOf('She runs marketing at 20th Century Fox, the studio.', BBC_REF)).toEqual([]);
  });

  it('reads a bare count after "in" that the clause looks ahead through as the date it ends on', () => {
    expect(only(datesOf('In four days, the union starts balloting workers.', BBC_REF), 'four days')).toMatchObject({ value: '2005-03-05', timeml: { type: 'DURATION', value: 'P4D' } });
    expect(only(datesOf('The talks will resume in four days.', BBC_REF), 'four days').value).toBe('2005-03-05');
    expect(only(datesOf('The bridge was built in four days.', BBC_REF), 'four days').value).toBe('P4D');
    expect(only(datesOf('In the nine months, net fell 6%.', BBC_REF), 'the nine months').value).toBe('P9M');
  });

  it('reads "is to resume" and "would be travelling" as arrangements to come', () => {
    expect(only(datesOf('The stock is to resume trading in Paris on Thursday.', BBC_REF), 'Thursday').value).toBe('2005-03-03');
    expect(only(datesOf('He said the father would be travelling to London on Thursday.', BBC_REF), 'Thursday').value).toBe('2005-03-03');
  });

  it('reads "before Friday\'s purchases" by its tense, not as a deadline', () => {
    expect(only(datesOf('Its share was 7% before Friday\'s purchases.', BBC_REF), 'Friday\'s').value).toBe('2005-02-25');
    expect(only(datesOf('The vote was postponed until Friday\'s session.', BBC_REF), 'Friday\'s').value).toBe('2005-03-04');
  });

  it('reads a deadline "until at least Thursday" as ahead', () => {
    expect(only(datesOf('Jury selection was delayed until at least Thursday.', BBC_REF), 'Thursday').value).toBe('2005-03-03');
  });

  it('counts "the previous Friday" from the Friday just mentioned', () => {
    const dates = datesOf('The index fell on Friday, down 4.5% from the previous Friday.', BBC_REF);
    expect(only(dates, 'the previous Friday').value).toBe('2005-02-18');
  });

  it('reads the nth week of a month as its ISO week', () => {
    expect(only(datesOf('Car sales rebounded in the last week of March 2009.', BBC_REF), 'the last week of March 2009').value).toBe('2009-W13');
    expect(only(datesOf('The first week of April 2008 was quiet.', BBC_REF), 'The first week of April 2008').value).toBe('2008-W14');
  });

  it('reads a year of account across two calendar years and a half year by its code', () => {
    expect(only(datesOf('Sales grew in fiscal year 2022-23.', BBC_REF), 'fiscal year 2022-23')).toMatchObject({ value: '2022/2023', timeml: { value: 'FY2023' } });
    expect(only(datesOf('The firm posted losses in H1 2023.', BBC_REF), 'H1 2023')).toMatchObject({ value: '2023-01/2023-06', timeml: { value: '2023-H1' } });
  });

  it('counts "a year earlier" from the year just named, but "year-ago" figures from the story', () => {
    expect(only(datesOf('She finished fourth at last year\'s race, having won it a year earlier.', BBC_REF), 'a year earlier').value).toBe('2003');
  });

  it('reads the minutes of a match as a stretch of time, not a time of day', () => {
    expect(only(datesOf('Rooney scored three minutes later.', BBC_REF), 'three minutes later')).toMatchObject({ kind: 'duration', value: 'PT3M' });
  });

  it('reads the present of a verb of action with a weekday as the coming day', () => {
    expect(only(datesOf('Greene, who races in Birmingham on Friday, is confident.', BBC_REF), 'Friday').value).toBe('2005-03-04');
    expect(only(datesOf('She is racing in Glasgow on Saturday.', BBC_REF), 'Saturday').value).toBe('2005-03-05');
    expect(only(datesOf('Greene raced in Birmingham on Friday.', BBC_REF), 'Friday').value).toBe('2005-02-25');
    expect(only(datesOf('He says he met them on Friday.', BBC_REF), 'Friday').value).toBe('2005-02-25');
    expect(only(datesOf('The dollar fell on Friday as concern grows about the deficit.', BBC_REF), 'Friday').value).toBe('2005-02-25');
  });

  it('lets the days after "the weekend of" say which weekend', () => {
    expect(datesOf('The ties will be played on the weekend of 12-13 March.', BBC_REF).map((d) => [d.text, d.value])).toEqual([['12-13 March', '2005-03-12/2005-03-13']]);
  });

  it('reads a month before the noun it dates', () => {
    expect(only(datesOf('Ministers hope to strike a deal at a June summit.', BBC_REF), 'June').value).toBe('2005-06');
  });
});

describe('numbers and names that are not dates', () => {
  it('leaves years inside names, model years of products and amounts alone', () => {
    expect(datesOf('The program runs on Windows 2000, and the game came out before Euro 2004.', BBC_REF).map((d) => d.text)).toEqual([]);
    // The tagger may read the last word of a name as a verb: "Act" in a law's name.
    expect(datesOf('Councils that under the Water Safety Act 1991 were obliged to test supplies did so.', BBC_REF)).toEqual([]);
    expect(only(datesOf('The Water Safety Act was passed in 1991.', BBC_REF), '1991').value).toBe('1991');
    expect(datesOf('The 2012 model costs more, and revenue was 2005 million.', BBC_REF)).toEqual([]);
    expect(only(datesOf('The car was renamed for the 2008 model year.', '2007-02-09'), '2008').value).toBe('2008');
  });

  it('reads a four-digit time before a zone as the time of its day, not as a year', () => {
    const d = only(datesOf('Kick-off: Saturday, 26 February 1600 GMT.', BBC_REF), 'Saturday, 26 February 1600 GMT');
    expect(d).toMatchObject({ kind: 'time', value: '2005-02-26T16:00' });
  });

  it('does not take a quarter-final, rugby three-quarters or "many quarters" for stretches of time', () => {
    expect(datesOf('Arsenal sealed a quarter-final place, and their three-quarters are favourites in many quarters.', BBC_REF)).toEqual([]);
    expect(only(datesOf('Growth slowed over the past three quarters.', BBC_REF), 'the past three quarters').value).toBe('P3Q');
  });

  it('reads one quarter as a share, not three months, unless time marks it', () => {
    expect(datesOf('Sales dropped by nearly a quarter, more than a quarter of firms said so and two members voted for a quarter point rise.', BBC_REF)).toEqual([]);
    expect(only(datesOf('The plant was closed for a quarter.', BBC_REF), 'a quarter').value).toBe('P1Q');
    expect(only(datesOf('The plant should reopen within a quarter, its owner said.', BBC_REF), 'a quarter').value).toBe('P1Q');
  });

  it('does not take an age for a stretch of time', () => {
    expect(datesOf('People who die before they reach 65 years of age are left out.', BBC_REF)).toEqual([]);
  });

  it('reads a number before a plural noun after a month as a count, not as the day', () => {
    const count = datesOf('In March 14 workers were laid off at the plant.', BBC_REF);
    expect(count.map((d) => d.text)).toEqual(['March']);
    expect(datesOf('In June 12 children sat the test.', BBC_REF).map((d) => d.text)).toEqual(['June']);
    // A day takes "on", and a date may modify a noun after a determiner.
    expect(only(datesOf('On March 3 elections were held in the region.', BBC_REF), 'March 3').value).toBe('2005-03-03');
    expect(only(datesOf('The March 3 elections went ahead.', BBC_REF), 'March 3').value).toBe('2005-03-03');
    expect(only(datesOf('In March 2 people were hurt.', BBC_REF), 'March').value).toBe('2005-03');
  });

  it('does not take a surname for noon', () => {
    expect(datesOf('The centres Mathew Tait and Jamie Noon are under threat.', BBC_REF)).toEqual([]);
  });
});

describe('what happens at a date', () => {
  const eventOf = (text: string, date: string): string | null => only(datesOf(text, BBC_REF), date).event;

  it('writes the clause the date modifies as subject, verb and object, without the date', () => {
    expect(eventOf('Rowlands died in Hove on Saturday morning, her agent said.', 'Saturday morning')).toBe('Rowlands died in Hove');
    expect(eventOf('The White House will announce its budget on Monday, and commentators expect a deficit.', 'Monday')).toBe('The White House will announce its budget');
    expect(eventOf('In December, overall retail sales rose by 1.1%.', 'December')).toBe('overall retail sales rose by 1.1%');
    expect(eventOf('The firm warned on Thursday that its budget deficit was too large.', 'Thursday')).toBe('The firm warned that its budget deficit was too large');
  });

  it('does not end a shortened event on a pronoun that needs what was cut', () => {
    // A subject whose verb was cut, a possessive determiner without its noun, a relative pronoun.
    expect(eventOf('On Tuesday the board closed down the network of small shops it had opened in the north.', 'Tuesday')).toBe('the board closed down the network of small shops');
    expect(eventOf('On Sunday the singer spoke to the local radio station about her plans for the tour.', 'Sunday')).toBe('the singer spoke to the local radio station');
    expect(eventOf('Last year the bank published a report on the property market that showed prices rising.', 'Last year')).toBe('the bank published a report on the property market');
  });

  it('reads a noun phrase cut by the length limit on to its head noun', () => {
    expect(eventOf('India, which attends the G7 meeting of seven leading industrialised nations on Friday, is unlikely to be cowed.', 'Friday')).toBe('India attends the G7 meeting of seven leading industrialised nations');
    expect(eventOf('Ericsson shares dropped 5.9% to 20.7 kronor in early trading on Thursday.', 'Thursday')).toBe('Ericsson shares dropped 5.9% to 20.7 kronor in early trading');
    // A phrase that ends at the limit is left as it is.
    expect(eventOf('On Tuesday the board closed down the network of small shops it had opened in the north.', 'Tuesday')).toBe('the board closed down the network of small shops');
  });

  it('takes the subject across an aside between commas before the verb', () => {
    expect(eventOf('The next Bond film, originally due for release this year, has been delayed until 2006.', '2006')).toBe('The next Bond film has been delayed');
    expect(eventOf('The most recent, Die Another Day, was released in late 2002.', 'late 2002')).toBe('Die Another Day was released');
    expect(eventOf('Mr Knight, founder of Death Row Records, was jailed in October 1996.', 'October 1996')).toBe('Mr Knight was jailed');
    // Two commas around a place are no aside between a subject and its verb.
    expect(eventOf('He was arrested in Barstow, California, on Saturday following an alleged traffic offence.', 'Saturday')).not.toMatch(/^California/);
  });

  it('gives a verb group right after "and"/"but" the subject of the clause it joins', () => {
    expect(eventOf('The actor was originally due to make a fifth appearance as Bond, but was released from his contract in 2004.', '2004')).toBe('The actor was released from his contract');
    // Not past a clause that opens inside the first ("said that inflation fell … and is expected"), nor for a non-finite verb.
    expect(eventOf('Mr Manuel added that inflation fell to 4.3% and is expected to remain low until 2008.', '2008')).not.toMatch(/^Mr Manuel/);
    expect(eventOf('The firm cut costs and to return to profit in 2006 it sold its plant.', '2006')).not.toMatch(/^The firm to/);
  });

  it('reads a relative clause whose object is its antecedent from the antecedent on', () => {
    expect(eventOf('WeWork is cutting jobs at Meetup, which it acquired for $200 million in 2017.', '2017')).toBe('Meetup, which it acquired for $200 million');
    expect(eventOf('He joined Roc-A-Fella, which he founded with Damon Dash in 1995.', '1995')).toBe('Roc-A-Fella, which he founded with Damon Dash');
    // A subject that is no pronoun is the relative clause's own.
    expect(eventOf('The label, which Jay-Z founded in 1995, was sold.', '1995')).toBe('Jay-Z founded');
  });

  it('keeps a prepositional phrase inside the subject that opens the clause, and no date right after a noun for the subject', () => {
    expect(eventOf('Its fleet of roughly 400 jets around the world has been grounded since March.', 'March')).toBe('Its fleet of roughly 400 jets around the world has been grounded');
    expect(eventOf('But its cutback on orders of the jumbo jet early this year led the manufacturer to end production.', 'early this year')).toBe('its cutback on orders of the jumbo jet led the manufacturer to end production');
    // A phrase that opens the sentence before the subject is an adverbial, not part of it.
    expect(eventOf('After talks with the unions the board agreed a deal in March.', 'March')).toBe('the board agreed a deal');
  });

  it('takes no phrase that only measures time for the event', () => {
    expect(eventOf('In the year to March 2004, the Indian economy grew by 8.5%.', 'March 2004')).toBe('the Indian economy grew by 8.5%');
    expect(eventOf('The volume of sales between October and December dropped by nearly a quarter from the same period in 2003, the Land Registry said.', '2003')).toBeNull();
    expect(eventOf('Exports were up 2.6% on 2003, the agency said.', '2003')).toBeNull();
    expect(eventOf('The index rose to 58.6 last month from 57.8 in November.', 'November')).toBeNull();
    expect(eventOf('Takings were 4.3% higher than in 2003 after a late rush.', '2003')).toBeNull();
    expect(eventOf('Loans jumped 22% to 9,603 from a year earlier.', 'a year earlier')).toBeNull();
  });

  it('still finds the event of a date after a figure that says when, not against what', () => {
    expect(eventOf('Shares in the firm rose 14% on Tuesday after the results.', 'Tuesday')).not.toBeNull();
    expect(eventOf('The threshold will rise from £263,000 to £275,000 from April.', 'April')).not.toBeNull();
    expect(eventOf('The airline will begin receiving deliveries of the A380s from 2009.', '2009')).not.toBeNull();
    expect(eventOf('Files were up 22,000 on four years ago when the Act was passed.', 'four years ago')).not.toBeNull();
  });

  it('gives no event when the clause is a copula without its complement', () => {
    expect(eventOf('Hotel bookings were up, and it was 2003 all over again.', '2003')).toBeNull();
    expect(eventOf('The club said they will have a new coach by Friday.', 'Friday')).toBe('they will have a new coach');
  });

  it('keeps the number that heads a subject with "of": the event says how many', () => {
    expect(eventOf('One of the three brothers was arrested on Monday.', 'Monday')).toBe('One of the three brothers was arrested');
    expect(eventOf('On Friday 12 of the 40 shops closed early.', 'Friday')).toBe('12 of the 40 shops closed early');
  });

  it('keeps a date that is the subject of its clause, and joins neighbouring words verbatim', () => {
    expect(eventOf('A survey found Christmas 2004 was the worst for retailers.', 'Christmas 2004')).toBe('Christmas 2004 was the worst for retailers');
    expect(eventOf('We\'re fighting for a place in Europe this year.', 'this year')).toBe('We\'re fighting for a place in Europe');
  });

  it('writes a fiscal year as the year, TimeML as FY', () => {
    expect(only(datesOf('Profits rose in FY05.', BBC_REF), 'FY05')).toMatchObject({ value: '2005', timeml: { value: 'FY2005' } });
  });

  it('after a quotation, dates the speaker\'s office by a span and the saying by a day', () => {
    expect(eventOf('"We will act," said the league\'s chairman from 1998 to 2004.', '1998 to 2004')).toBe('the league\'s chairman');
    expect(eventOf('"We will win," said the manager on Tuesday.', 'Tuesday')).toBe('the manager said');
  });

  it('takes the subject of a relative clause from its antecedent', () => {
    expect(eventOf('He wants a striker to replace Alan Shearer, who is due to retire in the summer.', 'the summer')).toBe('Alan Shearer is due to retire');
  });

  it('names the event by the noun a date owns', () => {
    expect(eventOf('About 60 people attended Sunday\'s meeting in Monaco, including officials.', 'Sunday\'s')).toBe('Sunday\'s meeting in Monaco');
  });

  it('dates the occasion named right before the date, and an apposition rather than the sentence', () => {
    expect(eventOf('Ministers will meet at the planned Geneva summit on 11 July.', '11 July')).toBe('the planned Geneva summit');
    expect(eventOf('Kenteris, the 200m champion in 2000, and Thanou have since been charged.', '2000')).toBe('the 200m champion');
  });

  it('keeps compound words whole: "headline-grabbing" is no verb', () => {
    expect(eventOf('He did not mention the singer\'s headline-grabbing performance last year, keeping his banter short.', 'last year')).toBe('He did not mention the singer\'s headline-grabbing performance');
  });

  it('reads a "verb" after a possessive as a noun', () => {
    const d = only(datesOf('The coach is due to name his match-day squad on Thursday.', BBC_REF), 'Thursday');
    expect(d).toMatchObject({ value: '2005-03-03', event: 'The coach is due to name his match-day squad' });
  });

  it('gives no event where the sentence names none, rather than a bare name', () => {
    expect(eventOf('CNN, 2018.', '2018')).toBeNull();
  });

  it('gives no event for an attribution or a dateline', () => {
    expect(eventOf('In 2016, according to the BBC.', '2016')).toBeNull();
    expect(eventOf('Updated 5 June 2021 The Associated Press', '5 June 2021')).toBeNull();
    expect(eventOf('The deal collapsed in 2017, the Financial Times reported.', '2017')).toBe('The deal collapsed');
  });

  it('gives no event of one word: a lone verb or noun does not say what happened', () => {
    expect(eventOf('Speaking on Tuesday, she was calm.', 'Tuesday')).not.toBe('Speaking');
    expect(eventOf('The band signed in 2000.', '2000')).toBe('The band signed');
  });

  it('finds the subject past a missed sentence end, a demonstrative, a coordination and a hyphen', () => {
    expect(eventOf('The fund has paid out more than £50m. Acme will publish its results on Wednesday.', 'Wednesday')).toBe('Acme will publish its results');
    expect(eventOf('That took 2003\'s total to 1.5 million, the best in years.', '2003')).toBe('That took 2003\'s total to 1.5 million');
    expect(eventOf('Real Madrid and Real Sociedad will play the tie on 5 January.', '5 January')).toBe('Real Madrid and Real Sociedad will play the tie');
    expect(eventOf('Cross-border sales rose 4% in 2004.', '2004')).toBe('Cross-border sales rose 4%');
  });

  it('reads a verb the tagger calls a noun after "who", and no verb in "than expected"', () => {
    expect(eventOf('The singer, who shot to fame in 2001, has retired.', '2001')).toBe('The singer shot to fame');
    expect(eventOf('The firm hired fewer staff than expected in December, analysts said.', 'December')).toBe('The firm hired fewer staff than expected');
  });

  it('keeps a time adverb inside the verb group and a span of time that is the object', () => {
    expect(eventOf('The teams will now play the final ten minutes on 5 January.', '5 January')).toBe('The teams will now play the final ten minutes');
  });

  it('stops the object at a second clause, and writes whole words', () => {
    expect(eventOf('In 2004 Acme launched its own phone and Zeta has cut its prices.', '2004')).toBe('Acme launched its own phone');
    expect(eventOf('Investment was about $40 a head in 2004, the lowest in the region.', '2004')).toContain('$40 a head');
  });

  it('says the subject of a copula that only places it in time', () => {
    expect(eventOf('The final is on Saturday.', 'Saturday')).toBe('The final');
  });

  it('dates the clause that follows a date fronted in a clause of its own', () => {
    expect(eventOf('The panel found that in 2003, there were 40 closures in the region.', '2003')).toBe('there were 40 closures in the region');
    expect(eventOf('The mill shut in 2001, but in 2003, a new owner reopened it.', '2003')).toBe('a new owner reopened it');
    expect(eventOf('The panel found in 2003 that closures had doubled.', '2003')).toBe('The panel found that closures had doubled');
  });

  it('gives no event to a year that names an edition of a thing, but dates an occasion', () => {
    expect(eventOf('The 2018 15-inch ZephyrBook Pro was a very hot machine.', '2018')).toBeNull();
    expect(eventOf('It is quieter than the 2012 through 2015 design.', '2012 through 2015')).toBeNull();
    expect(eventOf('The keys are firmer than on the 2016-style keyboard.', '2016')).toBeNull();
    expect(eventOf('The new keyboard has more travel than the 2016.', '2016')).toBeNull();
    expect(eventOf('Owners can switch if they are coming from a 2015 or older ZephyrBook.', '2015')).toBeNull();
    expect(eventOf('It is faster than the i9 2018 ZephyrBook Pro.', '2018')).toBeNull();
    expect(eventOf('The 2015 design noise came from the keys.', '2015')).toBeNull();
    expect(eventOf('The data on the mid-2019 refresh suggests the fix works.', 'the mid-2019')).toBeNull();
    expect(eventOf('Users found that the 2016 through 2019 weighed more heavily on the range.', '2016 through 2019')).toBeNull();
    expect(eventOf('The 2004 Olympics were held in Athens.', '2004')).not.toBeNull();
    expect(eventOf('Turnout fell in the 2010 election.', '2010')).not.toBeNull();
    expect(eventOf('She had four number ones from her 2000 album Drama.', '2000')).not.toBeNull();
  });
});

describe('figures that are no years', () => {
  it('reads no year in a measure\'s value or a change in it', () => {
    const dates = datesOf('The old design earned a total score of 2072. Single-core scores increased from 1061 to 1128. The plant opened in 1998.', '2019-11-18T12:00:00Z');
    expect(dates.map((d) => d.text)).toEqual(['1998']);
  });
});

describe('options', () => {
  it('throws on a reference time that is not a date (a programmer error)', () => {
    expect(() => extractDates(analyseText('On Monday.'), { referenceTime: 'yesterday' })).toThrow(TypeError);
  });
});
