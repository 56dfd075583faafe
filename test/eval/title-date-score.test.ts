import { describe, expect, it } from 'vitest';
import { readPageDate, readPageMetadata } from '../../scripts/eval/page-metadata.js';
import { calendarDate, isDateOnly, judgeDate, judgeTitle, referenceHeadline, shownHeadline, statesDate, stripSiteName } from '../../scripts/eval/title-date-score.js';

describe('readPageMetadata', () => {
  const page = (head: string, body = ''): string => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

  it('takes og:title first, then the JSON-LD headline, then <title>', () => {
    const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"From JSON-LD","datePublished":"2019-11-19T21:00:00-05:00"}</script>';
    expect(readPageMetadata(page(`<meta property="og:title" content="From OG &amp;#8216;quoted&#8217;"><title>T</title>${ld}`)).headline).toBe('From OG ‘quoted’');
    const m = readPageMetadata(page(`<title>From title | Site</title>${ld}`));
    expect([m.headline, m.headlineFrom]).toEqual(['From JSON-LD', 'json-ld:headline']);
    expect(m.published).toMatchObject({ date: '2019-11-19', offset: -300, from: 'json-ld:datePublished' });
    expect(readPageMetadata(page('<title>Only the title</title>')).headlineFrom).toBe('title');
  });

  it('falls back to meta tags and to <time> inside <article>', () => {
    expect(readPageMetadata(page('<meta name="sailthru.date" content="2019-11-18 10:00:00">')).published).toMatchObject({ date: '2019-11-18', offset: null });
    expect(readPageMetadata(page('', '<article><time datetime="2018-06-21T09:41:45+01:00">x</time></article>')).published).toMatchObject({ date: '2018-06-21', offset: 60 });
    expect(readPageMetadata(page('', '<time datetime="2018-06-21">outside any article</time>')).published).toBeNull();
  });

  it('reads written dates', () => {
    expect(readPageDate('November 19, 2019, 07:47 PM EST', 'x')).toMatchObject({ date: '2019-11-19', offset: null });
    expect(readPageDate('20 Nov 2019 08:02 GMT', 'x')).toMatchObject({ date: '2019-11-20', offset: 0 });
    expect(readPageDate('not a date', 'x')).toBeNull();
  });
});

describe('titles', () => {
  it('strips a site name after the last separator', () => {
    expect(stripSiteName('A long headline about the economy | The Daily Example Newspaper Group', 'The Daily Example Newspaper Group')).toBe('A long headline about the economy');
    expect(stripSiteName('Headline - Example News', null)).toBe('Headline');
    expect(stripSiteName('Opinion | Is this a headline of six words', null)).toBe('Opinion | Is this a headline of six words');
    expect(referenceHeadline({ headline: 'Kept - as is', headlineFrom: 'json-ld:headline', siteName: null })).toBe('Kept - as is');
  });

  it('compares normalised, exactly and by containment', () => {
    expect(judgeTitle('“Quoted” Headline!', '"quoted" headline')).toEqual({ exact: true, contains: true });
    expect(judgeTitle('Opinion: Headline here', 'Headline here')).toEqual({ exact: false, contains: true });
    expect(judgeTitle(null, 'Headline')).toEqual({ exact: false, contains: false });
  });

  it('takes the <h1> a page shows when it does not show its og:title', () => {
    const meta = { headline: 'Jam Recipe', headlineFrom: 'og:title' as const, siteName: null, h1s: ['Example Kitchen', 'Homemade Pear Jam for the Holidays', 'More recipes'] };
    expect(shownHeadline(meta, 'Menu\nHomemade Pear Jam for the Holidays\nBy Ann Cook\nMore recipes\nExample Kitchen')).toBe('Homemade Pear Jam for the Holidays');
    // Shown on the page: og:title stays the reference, even beside an <h1>.
    expect(shownHeadline(meta, 'Jam Recipe\nHomemade Pear Jam for the Holidays')).toBe('Jam Recipe');
    // No <h1> shown either: og:title.
    expect(shownHeadline(meta, 'Some other text')).toBe('Jam Recipe');
  });
});

describe('dates', () => {
  it('reads the product time in the page zone', () => {
    expect(calendarDate('2019-11-20T02:00:00Z', -300)).toBe('2019-11-19');
    expect(calendarDate('2019-11-20T02:00:00+01:00', null)).toBe('2019-11-20');
    expect(judgeDate('2019-11-20T02:00:00Z', { date: '2019-11-19', offset: -300, raw: '', from: '' })).toBe('right');
    expect(judgeDate(null, { date: '2019-11-19', offset: null, raw: '', from: '' })).toBe('none');
  });

  it('compares a date read without a time of day as written', () => {
    const page = { date: '2019-11-19', offset: -300, raw: '', from: '' };
    expect(judgeDate('2019-11-19T00:00:00Z', page)).toBe('wrong');
    expect(judgeDate('2019-11-19T00:00:00Z', page, true)).toBe('right');
    expect(isDateOnly('Nov. 19, 2019')).toBe(true);
    expect(isDateOnly('19.11.2019')).toBe(true);
    expect(isDateOnly('Published 7:07 PM EST Nov 19, 2019')).toBe(false);
    expect(isDateOnly('2019-11-19T12:48:14Z')).toBe(false);
  });

  it('finds a calendar date written in common forms, and not a neighbour', () => {
    for (const form of ['Nov 19, 2019', 'Nov. 19 2019', '19 November 2019', 'Tuesday 19th of November, 2019', '2019-11-19', '11/19/2019', '11/19/19', '19.11.2019'])
      expect(statesDate(`Posted ${form} by staff`, '2019-11-19'), form).toBe(true);
    for (const form of ['Nov 9, 2019', '2019-11-190', '111/19/2019', 'Nov 19, 2018']) expect(statesDate(`Posted ${form}`, '2019-11-19'), form).toBe(false);
  });
});
