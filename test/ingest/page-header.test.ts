// The headline and date line of an article among the furniture of a whole page's visible text,
// on miniature pages written for these tests.
import { describe, expect, it } from 'vitest';
import { parseInstant } from '../../src/brief/time.js';
import { readPageHeader } from '../../src/ingest/page-header.js';

const reference = parseInstant('2026-12-01T00:00:00Z')!;

const PROSE = [
  'Volunteers counted more than four hundred pairs of puffins nesting on the cliffs this spring, twice as many as a decade ago, the island trust said on Monday.',
  'The trust credits a ban on fishing near the colony, which it says has left more sand eels for the chicks.',
  '"It is the best season we have recorded," said the warden, Ruth Ellis.',
  'The birds spend the winter at sea and come ashore in April to dig their burrows in the soft turf above the rocks.',
  'Rats, which reached the island on a supply boat in the 1990s, were cleared in 2019 after a three-year campaign.',
  'Counts on the two smaller islands to the south were lower, and the trust said it would survey them again in July.',
  'Seabird numbers have fallen across much of the north Atlantic, where warmer water has moved the fish the birds feed on.',
  'The trust will open a hide on the north cliff next summer so that visitors can watch the colony without disturbing it.',
];

function header(above: string[], below: string[] = []): ReturnType<typeof readPageHeader> {
  const lines = [...above, ...PROSE, ...below];
  return readPageHeader(lines, above.length, above.length + PROSE.length, reference);
}

describe('readPageHeader', () => {
  it('a caption, its credit and a share bar between the headline and its byline do not part them', () => {
    const h = header(['Menu', 'Nature', 'Travel', 'Why the puffins came back', 'A puffin at dawn on the north cliff. (Photo: Island Trust)', 'Photo: Island Trust', 'Share this article', 'By Tom Reid', 'Published 10:00 AM GMT Jun 3, 2024']);
    expect(h.title).toBe('Why the puffins came back');
    expect(h.published?.value).toBe('2024-06-03T10:00:00Z');
  });

  it('the site name over the date line, named again in the copyright line, is not the headline', () => {
    const h = header(['Island Trust News', 'Home', 'Wildlife', 'June 3, 2024', 'Puffin numbers double on the cliffs', 'Ruth Ellis'], ['Contact us', '© 2024 Island Trust News']);
    expect(h.title).toBe('Puffin numbers double on the cliffs');
  });

  it('a cookie notice between the headline and the date line neither parts them nor gives the title', () => {
    const h = header(['Menu', 'Puffins return in force', 'Your privacy matters to us', 'We and our partners use cookies to store and access personal data.', 'Accept all or manage your choices.', 'June 3, 2024']);
    expect(h.title).toBe('Puffins return in force');
    expect(h.published?.value.slice(0, 10)).toBe('2024-06-03');
  });

  it('a title-case headline that ends with an abbreviation ("… With U.S.") is no sentence', () => {
    const h = header(['Menu', 'Puffin Colony Doubles as Trust Clears Rats Brought From U.S.', 'Published June 3, 2024', '| Island Trust News', 'Print', 'Share']);
    expect(h.title).toBe('Puffin Colony Doubles as Trust Clears Rats Brought From U.S.');
  });

  it('a caption over its credit is not the headline, and a byline glued to its date is read', () => {
    const h = header(['Menu', 'Puffin numbers double on the cliffs', 'Share', 'Tweet', 'A puffin on the north cliff of the island', 'Image: Island Trust', 'By Tom Reid2024-06-03 10:00:00 UTC']);
    expect(h.title).toBe('Puffin numbers double on the cliffs');
    expect(h.published?.value.slice(0, 10)).toBe('2024-06-03');
  });

  it('a byline in capitals that leads to its date with "on" keeps the name without the preposition', () => {
    const h = header(['Menu', 'PUFFIN NUMBERS DOUBLE ON THE CLIFFS', 'BY TOM REID ON 06/03/24 AT 10:00 AM EST']);
    expect(h.byline?.value).toBe('TOM REID');
    expect(header(['Menu', 'Puffin numbers double on the cliffs', 'By Tom Reid on 06/03/24 at 10:00 AM EST']).byline?.value).toBe('Tom Reid');
  });

  it('a breadcrumb of section names alone, and a link back, are not the headline', () => {
    expect(header(['Menu', 'Home Puffins Cliffs', 'By Tom Reid', 'June 3, 2024']).title).toBeNull();
    expect(header(['Back to the front page', 'By Tom Reid', 'June 3, 2024']).title).toBeNull();
  });

  it('a breadcrumb that ends with the headline is not the headline', () => {
    const h = header(['Menu', 'HomeNATURENEWSPuffin numbers double on the cliffs', 'June 3, 2024', 'Puffin numbers double on the cliffs', 'By Tom Reid']);
    expect(h.title).toBe('Puffin numbers double on the cliffs');
  });

  it('a headline over its standfirst is the headline, the standfirst is not', () => {
    const h = header(['Menu', 'Wildlife', 'Puffins return to the cliffs', 'Twice as many pairs nest on the cliffs as a decade ago, after a fishing ban near the colony', 'Share', 'By Tom Reid']);
    expect(h.title).toBe('Puffins return to the cliffs');
  });

  it('a headline right over its date line is the headline, with a sign-up line and a standfirst between it and the byline', () => {
    const h = header(['Menu', 'Wildlife', 'Puffin numbers double', '3 juin 2024 à 10:00', 'A puffin on the north cliff (Photo Island Trust)', 'Tweet', 'Email', 'Join us from £1 a month', 'Analysis The island trust counts twice as many puffins as a decade ago.', 'By Tom Reid']);
    expect(h.title).toBe('Puffin numbers double');
    expect(h.published?.value).toBe('2024-06-03T10:00:00Z');
  });

  it('a teaser over the date line of the headline under it does not take that date line for its own', () => {
    const h = header(['Menu', 'Buy a puffin mug now!', 'Jun 3, 2024, 10:00 AM GMT', 'Puffin numbers double', 'By Tom Reid']);
    expect(h.title).toBe('Puffin numbers double');
  });

  it('a consent wall right over the headline is no part of its header stack', () => {
    const wall = ['Welcome to the island trust edition', 'We and our partners use cookies to store and access personal data on your device.', 'Accept all', 'Manage preferences'];
    const h = header(['Menu', 'News', ...wall, 'Puffin numbers double on the cliffs', 'Tom Reid More Articles', 'The colony has grown for ten years in a row since the ban on fishing', 'Ruth Ellis June 3, 2024 10:00']);
    expect(h.title).toBe('Puffin numbers double on the cliffs');
  });

  it('a line of tags is not the headline', () => {
    const h = header(['Menu', 'Nature More: Puffins Island Trust Cliffs', 'Puffin numbers double on the cliffs', 'Tom Reid', 'Jun 3, 2024, 10:00 AM']);
    expect(h.title).toBe('Puffin numbers double on the cliffs');
  });

  it('a headline cut short over its whole form, where the article starts, gives the whole one', () => {
    const lines = ['Menu', 'Puffin Cliffs Podcast', 'Puffin Cliffs 12: the colony ...', 'Puffin Cliffs 12: the colony doubles (podcast)', ...PROSE.slice(0, 1), 'by Tom Reid', 'June 3, 2024 10:00 AM'];
    const h = readPageHeader(lines, 3, 5, reference);
    expect(h.title).toBe('Puffin Cliffs 12: the colony doubles (podcast)');
  });

  it('a headline whose last clause is named again further down the page is still the headline', () => {
    const h = header(['Menu', 'Gannets, terns and a warden, a small island story', 'Nature', 'Ruth Ellis'], ['More from the trust', 'A small island story']);
    expect(h.title).toBe('Gannets, terns and a warden, a small island story');
  });

  it('a byline with the author\'s handle under the headline beats a release date in a fact box', () => {
    const h = header(['Menu', 'Puffin watch review: a season to remember', 'By Tom Reid @tomreid', 'on June 3, 2024 at 9:00', 'Share', 'Box Info', 'Publisher Island Trust Press', 'Release Date 2024-05-30']);
    expect(h.title).toBe('Puffin watch review: a season to remember');
  });

  it('a meta line printed over the headline (shown twice) gives its date', () => {
    const h = header(['Menu', 'Nature', 'Ana Lima 27/09/2024 Comment! Birds, Islands, Sea Life and Nature', 'Puffin numbers double on the cliffs', 'Puffin numbers double on the cliffs', 'Reading time: 1 minute']);
    expect(h.title).toBe('Puffin numbers double on the cliffs');
    expect(h.published?.value.slice(0, 10)).toBe('2024-09-27');
  });

  it('a headline right under the byline and date line, read as the article\'s first line, is the headline', () => {
    const lines = ['Menu', 'Fact checks', 'Island Trust Puffin Counts', 'Rulings', 'True', 'False', '"Twice as many puffins nest on the cliffs."', '— Ruth Ellis on Monday, June 3rd, 2024 in a radio interview', 'By Tom Reid on Tuesday, June 4th, 2024 at 11:08 a.m.', 'Did puffin numbers double on the island cliffs?', ...PROSE];
    const h = readPageHeader(lines, 9, lines.length, reference);
    expect(h.title).toBe('Did puffin numbers double on the island cliffs?');
  });

  it('the date line under the chosen headline wins over a teaser date nearer the article', () => {
    const h = header(['Menu', 'Puffin numbers double on the cliffs', 'By Tom Reid', 'Published 10:00 AM GMT Jun 3, 2024', 'Related: Gannets leave the bay', 'May 28, 2024']);
    expect(h.title).toBe('Puffin numbers double on the cliffs');
    expect(h.published?.value).toBe('2024-06-03T10:00:00Z');
  });
  it('a two-word headline the article speaks of, under its date line, is the headline', () => {
    const h = header(['Menu', 'Tom Reid writes on the island network.', 'sign up', 'June 3, 2024', 'Puffin counts']);
    expect(h.title).toBe('Puffin counts');
  });

  it('two words that are a name the article writes are not a headline', () => {
    const h = header(['Menu', 'Puffin numbers double on the cliffs', 'Nature', 'Ruth Ellis']);
    expect(h.title).toBe('Puffin numbers double on the cliffs');
  });

  it('a headline written as one short sentence heads its byline', () => {
    const h = header(['Menu', 'Back to the front page', 'The Puffin Counter’s Promise.', 'By Tom Reid']);
    expect(h.title).toBe('The Puffin Counter’s Promise.');
  });

  it('a short sentence under the headline is its caption, not the headline', () => {
    const h = header(['Menu', 'Puffin numbers double on the cliffs', 'Updated Jun 3, 9:41 AM; Posted Jun 3, 8:19 AM', 'Puffins nest on the north cliff.', 'By Tom Reid']);
    expect(h.title).toBe('Puffin numbers double on the cliffs');
  });
  it('a headline that holds a date is a headline, not a date line', () => {
    const h = header(['Menu', 'Search', 'Island Puffin Report', '06/04/24', 'Island Puffin Report for Tuesday, June 4, 2024', 'Episode image:', 'Episode description:']);
    expect(h.title).toBe('Island Puffin Report for Tuesday, June 4, 2024');
  });

  it('with no byline or date line, the headline over the standfirst wins over the menus and the teasers under a list heading', () => {
    const standfirst = 'A warden who has counted the colony for twenty years says where the puffins nest, and why their numbers doubled.';
    const teasers = ['More from the Island Trust', 'Puffin numbers and the fishing ban', 'How the island trust counts its puffins', 'Ten seabirds of the north cliffs'];
    const h = header(['Menu', 'Island Trust Guides', 'Seabird Walks', 'Puffin numbers double on the cliffs', standfirst, ...teasers]);
    expect(h.title).toBe('Puffin numbers double on the cliffs');
  });
  it('a label\'s value is not a headline, and a standfirst the article repeats is compared with the rest of it', () => {
    const standfirst = 'Puffins are back on the cliffs ... twice as many as ten years ago ...';
    const lines = ['Menu', 'Island Notes', 'Island Notes 06.03.24', standfirst, 'Author:', 'Island Trust Puffin Desk', 'Publish date:', 'Jun 3, 2024', standfirst, 'Start the week with Island Notes, the trust’s letter from the north cliffs.', ...PROSE];
    const h = readPageHeader(lines, 8, lines.length, reference);
    expect(h.title).toBe('Island Notes 06.03.24');
  });
  it('the headline shown in the document title on the page\'s first line wins over a teaser nearer the article', () => {
    const lines = ['Puffin numbers double on the cliffs | Island Trust', 'Menu', 'Nature', 'Puffin numbers double on the cliffs', 'Island trust counts its puffins again this spring', ...PROSE];
    const h = readPageHeader(lines, 5, lines.length, reference);
    expect(h.title).toBe('Puffin numbers double on the cliffs');
  });

  it('a dated teaser list above the header ends at the article\'s own headline, whose date line is read', () => {
    const h = header(['Menu', 'Top stories', 'Harbour wall repairs to start in May', 'Sat 2 Mar 2024 09.10 GMT', 'Ferry timetable changes for winter', 'Posted on January 9, 2024 at 4:39 pm', 'Nature', 'Puffin numbers double on the island cliffs', 'First published on 3 June 2024', 'By TOM REID']);
    expect(h.title).toBe('Puffin numbers double on the island cliffs');
    expect(h.published?.value.slice(0, 10)).toBe('2024-06-03');
  });

  it('under a dated teaser list, the date line printed over the article\'s headline is the article\'s', () => {
    const h = header(['Menu', 'Most read', 'Harbour wall repairs to start in May', '2 March 2024', 'Ferry timetable changes for winter', 'January 9, 2024', 'NATURE', 'June 3, 2024', 'Puffin numbers double on the island cliffs', 'By Tom Reid']);
    expect(h.title).toBe('Puffin numbers double on the island cliffs');
    expect(h.published?.value.slice(0, 10)).toBe('2024-06-03');
  });

  it('under a dated teaser list, a headline in words of its own is the article\'s when its byline stands under it', () => {
    const h = header(['Menu', 'Latest news', 'Harbour wall repairs to start in May', '2 March 2024', 'Ferry timetable changes for winter', 'January 9, 2024', 'Clowns of the sea make a comeback', 'By Tom Reid', 'June 3, 2024']);
    expect(h.title).toBe('Clowns of the sea make a comeback');
    expect(h.published?.value.slice(0, 10)).toBe('2024-06-03');
  });

  it('under a dated teaser list, a headline in words of its own is the article\'s when it stands over the last date apart from the list', () => {
    // The list's teasers come every two lines; an undated teaser sits between its last date and the headline.
    const h = header(['Menu', 'Top stories', 'Harbour wall repairs to start in May', '2 March 2024', 'Ferry timetable changes for winter', 'January 9, 2024', 'New bakery opens on the quay', 'Clowns of the sea make a comeback', 'June 3, 2024']);
    expect(h.title).toBe('Clowns of the sea make a comeback');
    expect(h.published?.value.slice(0, 10)).toBe('2024-06-03');
  });

  it('under a dated teaser list, a headline in words of its own is the article\'s when an unlabelled byline parts it from its date line', () => {
    const h = header(['Menu', 'Top stories', 'Harbour wall repairs to start in May', '2 March 2024', 'Ferry timetable changes for winter', 'January 9, 2024', 'New bakery opens on the quay', 'Posted on 4 April 2024', 'Clowns of the sea make a comeback', 'Hugo Holloway', 'June 3, 2024 / 11:50 AM / Updated 13 hours ago']);
    expect(h.title).toBe('Clowns of the sea make a comeback');
    expect(h.published?.value.slice(0, 10)).toBe('2024-06-03');
  });

  it('under a dated teaser list, a caption with its credit run into it is not the last teaser\'s title', () => {
    const h = header(['Menu', 'Top stories', 'Harbour wall repairs to start in May', '2 March 2024', 'Ferry timetable changes for winter', 'January 9, 2024', 'New bakery opens on the quay', 'April 4, 2024', 'Clowns of the sea make a comeback', 'Posted on June 3, 2024 at 7:52 am', 'By Tom Reid and Ruth Ellis', 'A puffin on the north cliff at dawn. Image copyright Getty Images']);
    expect(h.title).toBe('Clowns of the sea make a comeback');
    expect(h.published?.value.slice(0, 10)).toBe('2024-06-03');
  });

  it('a header that states only an update time takes no publication time from a teaser\'s date line above the headline', () => {
    const h = header(['Menu', 'Most read', 'Harbour wall repairs to start in May', '6 June 2018', 'Ferry timetable changes for winter', 'NATURE', 'Puffin numbers double on the island cliffs', 'By Tom Reid | Updated 1:55 AM GMT, Jun 17, 2023']);
    expect(h.title).toBe('Puffin numbers double on the island cliffs');
    expect(h.published).toBeNull();
    expect(h.updated?.value.slice(0, 10)).toBe('2023-06-17');
  });

  it('a header that states only an update time takes no publication time from a list of links under the article', () => {
    const h = header(['Menu', 'Nature', 'Puffin numbers double on the island cliffs', 'Updated 8:29 PM GMT, Feb 5, 2024', 'Tom Reid, Nature reporter'], ['You may also like', 'Harbour wall repairs to start in May', 'Published Oct 29, 2014 • Updated Oct 29, 2014', 'Ferry timetable changes for winter']);
    expect(h.published).toBeNull();
    expect(h.updated?.value.slice(0, 10)).toBe('2024-02-05');
  });

  it('a kicker over a date line printed first is not the headline: the longer title under the date line is', () => {
    const h = header(['Menu', 'Nature', 'The Big Read', 'June 3, 2024', 'Clowns of the sea make a comeback', 'Tom Reid']);
    expect(h.title).toBe('Clowns of the sea make a comeback');
    expect(h.published?.value.slice(0, 10)).toBe('2024-06-03');
  });

  it('a short headline over a date line keeps its place over a standfirst that repeats its words', () => {
    const h = header(['Menu', 'Nature', 'Puffin count', 'June 3, 2024', 'On this page you will always find the latest puffin count from the north cliffs!']);
    expect(h.title).toBe('Puffin count');
  });

  it('a dated teaser list over the article is found past the share bar between the article and its header', () => {
    const h = header(['Menu', 'Most read', 'Harbour wall repairs to start in May', 'Published Jan 5, 2010', 'Ferry timetable changes for winter', 'Published 4:28 AM EST Jun 10, 2005', 'New bakery opens on the quay', 'Wednesday, September 23, 2009', 'Published 1:00 AM EST Jun 3, 2024', 'Clowns of the sea make a comeback', 'Tom Reid, Nature reporter', 'Share on Facebook', 'Share on Twitter', 'Share by email']);
    expect(h.title).toBe('Clowns of the sea make a comeback');
    expect(h.published?.value.slice(0, 10)).toBe('2024-06-03');
  });

  it('under a dated teaser list, a kicker over the date line printed first does not make that date line a teaser\'s', () => {
    const h = header(['Menu', 'Top stories', 'Harbour wall repairs to start in May', 'Posted on December 4, 2012 at 9:15 am', 'Ferry timetable changes for winter', 'New bakery opens on the quay', 'Tue 23 Oct 2018 19.15 GMT', 'NATURE', 'The Big Read', '3 June 2024', 'Clowns of the sea make a comeback', 'By Tom Reid and Ruth Ellis', 'Share']);
    expect(h.title).toBe('Clowns of the sea make a comeback');
    expect(h.published?.value.slice(0, 10)).toBe('2024-06-03');
  });

  it('a teaser list whose dates come at a steady pace keeps its last teaser, unrelated to the article, out of the headline', () => {
    const h = header(['Menu', 'Top stories', 'Harbour wall repairs to start in May', '2 March 2024', 'Ferry timetable changes for winter', 'January 9, 2024', 'New bakery opens on the quay', 'June 3, 2024']);
    expect(h.title).not.toBe('New bakery opens on the quay');
  });

  it('a share bar of network names under the header does not end a dated teaser list above it', () => {
    const h = header(['Menu', 'Most read', 'Harbour wall repairs to start in May', '2 March 2024', 'Ferry timetable changes for winter', 'January 9, 2024', 'Puffin numbers double on the island cliffs', 'June 3, 2024', 'By Tom Reid', 'Facebook Twitter Email']);
    expect(h.title).toBe('Puffin numbers double on the island cliffs');
    expect(h.published?.value.slice(0, 10)).toBe('2024-06-03');
  });

  it('a writer\'s name with a job title over the date line is the byline, not the headline', () => {
    const h = header(['Menu', 'Nature', 'Why the puffins came back', 'Tom Reid, Nature correspondent', 'June 3, 2024']);
    expect(h.title).toBe('Why the puffins came back');
    expect(h.byline?.value).toBe('Tom Reid, Nature correspondent');
  });

  it('headlines that open like a label or a breadcrumb in lower case are candidates ("Home loan …", "Shares hit …", "By the numbers …")', () => {
    for (const title of ['Home loan approvals rise again', 'Shares hit by puffin count delay', 'By the numbers: a record puffin year']) {
      const h = header(['Menu', 'Nature', title, 'Published June 3, 2024']);
      expect(h.title).toBe(title);
    }
  });
});
