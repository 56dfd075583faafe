// parseFeed: the three formats' fields, relative links, items left out, inputs that are not feeds.
import { describe, expect, it } from 'vitest';
import { FeedError, parseFeed } from '../../src/ingest/feed.js';
import { detectFormat } from '../../src/ingest/format.js';
import { canonicalUrl, identityOf } from '../../src/sources/feeds.js';

describe('parseFeed', () => {
  it('RSS 2.0: guid, link (relative to the channel), content:encoded, description, RFC 822 date, author name', () => {
    const feed = parseFeed(`<rss version="2.0"><channel><title>Site</title><link>https://example.org/news/</link>
<item><title>One</title><link>story/1</link><guid isPermaLink="false">abc-1</guid><description>&lt;p&gt;Short&lt;/p&gt;</description>
<content:encoded><![CDATA[<p>Long</p>]]></content:encoded><pubDate>Tue, 07 Mar 2023 10:30:00 +0100</pubDate><author>jo@example.org (Jo Reporter)</author></item>
<item><title>Permalink guid only</title><guid>https://example.org/news/2</guid></item>
<item><title>Nothing to go on</title></item>
</channel></rss>`);
    expect(feed.kind).toBe('rss');
    expect(feed.items).toEqual([
      { guid: 'abc-1', url: 'https://example.org/news/story/1', title: 'One', contentHtml: '<p>Long</p>', contentText: null, summaryHtml: '<p>Short</p>', published: '2023-03-07T10:30:00+01:00', updated: null, byline: 'Jo Reporter' },
      expect.objectContaining({ guid: 'https://example.org/news/2', url: 'https://example.org/news/2' }),
    ]);
    expect(feed.skipped).toEqual(['item 3 ("Nothing to go on"): has neither a link nor an id']);
  });

  it('Atom: the alternate link, html and xhtml content, text summary, authors', () => {
    const feed = parseFeed(`<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><author><name>Desk</name></author>
<entry><id>tag:a,1</id><title>X</title><link rel="self" href="https://a.example/self"/><link href="https://a.example/x"/>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Body</p></div></content><summary>Plain</summary><updated>2023-03-01T00:00:00Z</updated></entry>
<entry><id>tag:a,2</id><title>Y</title><content type="html">&lt;p&gt;Escaped&lt;/p&gt;</content><author><name>Ann</name></author></entry>
</feed>`);
    expect(feed.kind).toBe('atom');
    expect(feed.items.map((i) => [i.url, i.contentHtml, i.summaryHtml, i.updated, i.byline])).toEqual([
      ['https://a.example/x', '<p>Body</p>', 'Plain', '2023-03-01T00:00:00Z', 'Desk'],
      [null, '<p>Escaped</p>', null, null, 'Ann'],
    ]);
  });

  it('JSON Feed: content_text, external_url, authors', () => {
    const feed = parseFeed(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items: [{ id: 7, external_url: 'https://j.example/7', content_text: 'Text', authors: [{ name: 'A' }, { name: 'B' }] }, 'junk'] }));
    expect(feed.items).toEqual([expect.objectContaining({ guid: '7', url: 'https://j.example/7', contentText: 'Text', byline: 'A, B' })]);
    expect(feed.skipped).toEqual(['item 2: is not an object']);
  });

  it.each([
    ['', 'empty-feed'],
    ['hello', 'not-a-feed'],
    ['<html><body>no</body></html>', 'not-a-feed'],
    ['<rss><channel><item><title>cut', 'malformed-feed'],
    ['{"title": "no version"}', 'not-a-feed'],
    ['{"version": "https://jsonfeed.org/version/1", "items": [', 'malformed-feed'],
  ])('refuses %j with %s', (text, ruleId) => {
    expect(() => parseFeed(text)).toThrow(FeedError);
    try {
      parseFeed(text);
    } catch (error) {
      expect((error as FeedError).ruleId).toBe(ruleId);
    }
  });

  it('an item is known by its canonical URL (no fragment, no tracking parameters), else its GUID', () => {
    expect(canonicalUrl('https://EXAMPLE.org/a?id=3&utm_source=x&fbclid=y#top')).toBe('https://example.org/a?id=3');
    const item = { guid: 'g', url: null, title: null, contentHtml: 'x', contentText: null, summaryHtml: null, published: null, updated: null, byline: null };
    expect(identityOf(item)).toBe('guid:g');
    expect(identityOf({ ...item, url: 'https://example.org/a?utm_medium=rss' })).toBe('url:https://example.org/a');
  });
});

describe('a feed with a document type declaration', () => {
  const withDoctype = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE rss [
  <!ENTITY secret SYSTEM "file:///etc/passwd">
  <!ENTITY lol "lol lol lol lol lol lol lol lol lol lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
]>
<rss version="2.0"><channel><title>Site &lol2;</title><link>https://example.org/</link>
<item><title>Story &secret;</title><link>https://example.org/1</link><description>Short</description></item>
</channel></rss>`;

  it('is detected as a feed, not a text article', () => {
    expect(detectFormat(withDoctype, 'news.xml').format).toBe('feed');
    expect(detectFormat(withDoctype, 'news').format).toBe('feed');
  });

  it('is read without defining or expanding its entities', () => {
    const feed = parseFeed(withDoctype);
    expect(feed.items).toHaveLength(1);
    expect(feed.items[0]!.url).toBe('https://example.org/1');
    expect(feed.items[0]!.title).not.toMatch(/root:|lol/);
    expect(JSON.stringify(feed)).not.toContain('lol lol');
  });
});
