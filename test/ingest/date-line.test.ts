import { describe, expect, it } from 'vitest';
import { readDateLine } from '../../src/ingest/date-line.js';
import { cleanBody, readDateline } from '../../src/ingest/clutter.js';

const reference = { ms: Date.UTC(2026, 11, 1), offset: 0 };

describe('readDateLine: the date lines sites print', () => {
  it.each([
    ['Nov. 19, 2019', '2019-11-19T00:00:00Z', null],
    ['Nov. 19, 2019, 8:41 AM UTC', '2019-11-19T08:41:00Z', null],
    ['Published 11:11 PM EST Nov 19, 2019', '2019-11-19T23:11:00-05:00', null],
    ['November 19, 2019 / 12:21 AM / Updated 14 hours ago', '2019-11-19T00:21:00Z', null],
    ['By Jane Doe Updated Nov 13, 2019, 10:28am EST', null, '2019-11-13T10:28:00-05:00'],
    ['21:17 18.11.2019Get short URL', '2019-11-18T21:17:00Z', null],
    ['11.14.2019 09:00 AM', '2019-11-14T09:00:00Z', null],
    ['By Tom Reed - Science Contributor 2019-11-19T12:48:14Z Space', '2019-11-19T12:48:14Z', null],
    ['Nov 18, 2019 at 9:24 pm ET • 2 min read', '2019-11-18T21:24:00-05:00', null],
    ['July 4, 2019 at 9:24 pm ET', '2019-07-04T21:24:00-04:00', null],
    ['NOV 15, 20195:45 AM', '2019-11-15T05:45:00Z', null],
    ['Mon 18 Nov 2019 18.54 GMT', '2019-11-18T18:54:00Z', null],
    ['Last modified on Mon 18 Nov 2019 18.56 GMT', null, '2019-11-18T18:56:00Z'],
    ['By Ann Lee - 11/19/19 06:56 AM EST', '2019-11-19T06:56:00-05:00', null],
    ['Ann Lee 2019-11-19 14:32:08', '2019-11-19T14:32:00Z', null],
    ['BY ANN LEE ON 11/13/19 AT 4:00 PM EST', '2019-11-13T16:00:00-05:00', null],
    ['sexta-feira, 22 de outubro de 2010 às 20:13', '2010-10-22T20:13:00Z', null],
    ['Publié le 3 mars 2021', '2021-03-03T00:00:00Z', null],
    ['12 maggio 2019, 10:30', '2019-05-12T10:30:00Z', null],
    // Either order makes a date; a US time zone says month first.
    ['By ANN LEE & TOM REED | 10/9/10 7:15 AM EDT', '2010-10-09T07:15:00-04:00', null],
    ['05/06/2019 11:02 AM ET', '2019-05-06T11:02:00-04:00', null],
    // … and a French, Spanish, German, Italian or Dutch label, day first.
    ['Publié le 05/04/2013 à 17:08', '2013-04-05T17:08:00Z', null],
    ['Mis à jour le 06/04/2013 à 10:37', null, '2013-04-06T10:37:00Z'],
    // Month names of more languages (CLDR, the form a date takes), and year-month-day marked in CJK scripts.
    ['Опубликовано: 20 ноября 2019, 14:35', '2019-11-20T14:35:00Z', null],
    ['20 listopada 2019', '2019-11-20T00:00:00Z', null],
    ['20 Kasım 2019 Çarşamba', '2019-11-20T00:00:00Z', null],
    ['15 mars 2019 kl. 14.35', '2019-03-15T14:35:00Z', null],
    ['2019年11月20日 14:35', '2019-11-20T14:35:00Z', null],
    ['2019년 11월 20일', '2019-11-20T00:00:00Z', null],
    // Authors and a place before a date that closes the line with its time and zone.
    ['Ana Ruiz / Pablo de la Vega Sevilla 27 OCT 2012 - 12:14 CET', '2012-10-27T12:14:00+01:00', null],
    // A day-month-year joined by hyphens, a day with "of", a space before the year's comma.
    ['Posted 4-Mar-2021 | 6:10 pm', '2021-03-04T18:10:00Z', null],
    ['Updated on the 2nd of February, 2022', null, '2022-02-02T00:00:00Z'],
    ['Sept 8 , 2020 · 4 min read', '2020-09-08T00:00:00Z', null],
  ])('%s', (line, published, updated) => {
    const read = readDateLine(line, reference);
    expect(read?.published?.value ?? null).toBe(published);
    expect(read?.updated?.value ?? null).toBe(updated);
  });

  it.each([
    'The vote on Nov. 19, 2019 was close and the opposition walked out.',
    'Updated Nov 19, 6:55 AM', // no year: not a date a brief can rely on
    '05/06/2019', // day or month first: the site does not say
    '11/19/19', // a two-digit year without a time of day: a score or an issue number as well
    '— Jane Doe (@janedoe) November 18, 2019', // an embedded post's signature
    'Source: Ministry of Defence, October 25, 2019',
    'Harbour Report for Tuesday, March 4, 2025', // a headline: the date is the object of "for"
    'Ferry timetable from 1 June 2025', // a phrase that holds a date
    'October 14, 1999 – January 20, 2000', // a span, an event's or a term's
    '3 March 2021 to 9 April 2021',
  ])('%s is not a date line', (line) => {
    expect(readDateLine(line, reference)).toBeNull();
  });
});

describe('datelines and clutter', () => {
  it.each([
    ['WASHINGTON (Reuters) - The Senate voted on Tuesday.', 'WASHINGTON (Reuters) -'],
    ['(CNN)President Donald Trump said on Monday.', '(CNN)'],
    ['NAIROBI, Kenya (AP) _ Police fired tear gas.', 'NAIROBI, Kenya (AP) _'],
    ['INDEPENDENCE, MO. (AP)-- The jury was out.', 'INDEPENDENCE, MO. (AP)--'],
    ['MIAMI _', 'MIAMI _'],
    ['EU-US seeking deal on air dispute', null],
    ['U.S. officials said on Monday that talks would resume.', null],
  ])('%s', (text, dateline) => {
    expect(readDateline(text)).toBe(dateline);
  });

  it('cuts the dateline from the first paragraph and drops clutter paragraphs', () => {
    const clean = cleanBody('LONDON (AP) — The bank raised rates.\n\nREAD MORE: Why rates rise\n\nWATCH: The governor speaks\n\nAdvertisement\n\nMore on this later, the bank said.');
    expect(clean.body).toBe('The bank raised rates.\n\nMore on this later, the bank said.');
    expect(clean.dateline).toBe('LONDON (AP) —');
    expect(clean.removed).toEqual(['READ MORE: Why rates rise', 'WATCH: The governor speaks', 'Advertisement']);
  });

  it('cuts the dateline of a story that a standfirst comes before, once, and none further down', () => {
    const page = 'Emirates has finalized a deal for 30 jets, executives announced Wednesday.\n\nDUBAI, United Arab Emirates — Emirates finalized a deal for 30 jets, executives announced.\n\nThe order is crucial for the manufacturer.';
    const clean = cleanBody(page);
    expect(clean.dateline).toBe('DUBAI, United Arab Emirates —');
    expect(clean.body).toBe('Emirates has finalized a deal for 30 jets, executives announced Wednesday.\n\nEmirates finalized a deal for 30 jets, executives announced.\n\nThe order is crucial for the manufacturer.');
    const late = ['One.', 'Two.', 'Three.', 'Four.', 'Five.', 'Six.', 'PARIS — Seven.'].join('\n\n');
    expect(cleanBody(late)).toMatchObject({ dateline: null, body: late });
  });
});

describe('the agency of a dateline', () => {
  it('is the outlet of a text that names none, wherever the dateline stands', async () => {
    const { mkdtemp, writeFile, rm } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { readArticle } = await import('../../src/ingest/index.js');
    const dir = await mkdtemp(join(tmpdir(), 'nb-agency-'));
    const glued = join(dir, 'glued.txt');
    await writeFile(glued, 'Talks resume\n\nWASHINGTON (Reuters) - The two sides said on Monday that talks would resume next week in Geneva.\n');
    const own = join(dir, 'own-line.txt');
    await writeFile(own, 'JOHANNESBURG, August 7 (Xinhua) --\n\nSouth Africa deplored on Friday the bomb blasts outside two embassies in East Africa.\n');
    const bare = join(dir, 'bare.txt');
    await writeFile(bare, 'MIAMI _\n\nThe hurricane season opened on Monday with a storm off the coast.\n');
    const [a, b, c] = await Promise.all([glued, own, bare].map((f) => readArticle(f, { published: '2020-01-01' })));
    expect([a!.article.outlet, a!.article.provenance['outlet']?.from]).toEqual(['Reuters', 'text:dateline']);
    expect(a!.article.text.startsWith('The two sides')).toBe(true);
    expect(b!.article.outlet).toBe('Xinhua');
    expect(c!.article.outlet).toBeNull();
    await rm(dir, { recursive: true, force: true });
  });
});

describe('a page that shows its date only to its readers', () => {
  it('reads the date line when the metadata holds only a placeholder date', async () => {
    const { mkdtemp, writeFile } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { readArticle } = await import('../../src/ingest/index.js');
    const dir = await mkdtemp(join(tmpdir(), 'nb-shown-date-'));
    const page = `<!doctype html><html><head><title>Harbour town votes to keep its lighthouse lit</title>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour town votes to keep its lighthouse lit","datePublished":"0001-01-01T00:00:00Z"}</script></head>
<body><article><h1>Harbour town votes to keep its lighthouse lit</h1><div class="byline">Maria Lopez, The Gazette <span class="date">Published 7:07 PM EST Nov 19, 2019</span></div>
<p>Residents of the harbour town voted on Tuesday to keep the lighthouse lit, ending a campaign that began in the summer when the council proposed switching it off to save money.</p>
<p>"It is part of who we are," said the mayor, Jon Berg, who will present the new budget to the council in April, adding that the lamp had been lit every night since 1871.</p>
<p>The council will now look for the money elsewhere in the harbour budget, Berg said, and does not rule out asking the state for a grant to cover the cost of the lamp.</p></article></body></html>`;
    await writeFile(join(dir, 'page.html'), page);
    const { article, referenceTime } = await readArticle(join(dir, 'page.html'));
    expect(article.publishedAt).toBe('2019-11-19T19:07:00-05:00');
    expect(referenceTime).toBe('2019-11-19T19:07:00-05:00');
  });
});

describe('parseInstant', () => {
  it('keeps a year below 100 as written, not as 19xx', async () => {
    const { formatInstant, parseInstant } = await import('../../src/brief/time.js');
    expect(formatInstant(parseInstant('0001-01-01T00:00:00Z')!)).toBe('0001-01-01T00:00:00Z');
  });
});
