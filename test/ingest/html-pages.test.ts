// Miniature pages for the shapes of HTML that real pages take and that once broke ingestion:
// a missing <head>, content outside <body>, a preamble before <html>, wrapped JSON-LD, a
// navigation <h1>, commenters' bylines, a wrong charset declaration.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../src/ingest/index.js';
import { cleanByline } from '../../src/ingest/html-metadata.js';

const PUBLISHED = '2024-06-01T00:00:00Z';

async function tempFile(name: string, data: string | Uint8Array): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'nb-html-'));
  const path = join(dir, name);
  await writeFile(path, data);
  return path;
}

const PARAGRAPHS = [
  'The harbour reopened on Tuesday after a week in which the storm kept every boat in port and closed the road along the quay to all traffic.',
  'Fishermen said the damage to the pier was less than they had feared, though two sheds were lost and the crane will need new cables before the season starts.',
  'The council said repairs would cost about two hundred thousand pounds and would be paid from the emergency fund set up after the floods three years ago.',
];
const BODY = PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n');

const read = async (html: string | Uint8Array, name = 'page.html') => readArticle(await tempFile(name, html), { published: PUBLISHED });

describe('the shape of the document', () => {
  it('reads a page whose <title> and <meta> come before <body> with no <head>', async () => {
    const { article } = await read(`<!doctype html>\n<html>\n<title>Harbour reopens after the storm</title>\n<meta name="author" content="Ann Reed">\n<body>\n${BODY}\n</body></html>`);
    expect(article.title).toBe('Harbour reopens after the storm');
    expect(article.byline).toBe('Ann Reed');
    expect(article.text.split('\n\n')).toEqual(PARAGRAPHS);
  });

  it('reads an article that the markup leaves after </body>, where Readability threw on the tree', async () => {
    const { article } = await read(`<html><head><title>Harbour reopens</title></head><body><p>Menu</p></body>\n<div>${BODY}</div></html>`);
    expect(article.text).toContain(PARAGRAPHS[0]);
    expect(article.text).toContain(PARAGRAPHS[2]);
  });
});

describe('format detection of HTML files', () => {
  // A real page's head runs to kilobytes of styles before the first paragraph.
  const style = `<style>${'.nav a { color: #036; margin: 0 4px; }\n'.repeat(120)}</style>`;
  const script = `<script>${'window.dataLayer = window.dataLayer || []; if (a < b && c > d) { go(); }\n'.repeat(70)}</script>`;
  const page = `<html><head><meta charset="utf-8"><title>Harbour reopens after the storm</title>${style}</head><body><article>${BODY}</article></body></html>`;

  it.each([
    ['a comment and a script', `<!-- saved from url=(0042)https://coast.example/harbour -->\n${script}\n${page}`],
    ['a <script>', `${script}\n${page}`],
    ['an XML declaration (XHTML)', `<?xml version="1.0" encoding="utf-8"?>\n<?xml-stylesheet href="a.css"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n${page.replace('<html>', '<html xmlns="http://www.w3.org/1999/xhtml">')}`],
    ['a byte-order mark read as Latin-1', `\u00ef\u00bb\u00bf${page}`],
  ])('parses a page that starts with %s as HTML, not as text', async (_, html) => {
    const { article, source } = await read(html, 'page.txt');
    expect(source.format).toBe('html');
    expect(article.title).toBe('Harbour reopens after the storm');
    expect(article.text.split('\n\n')).toEqual(PARAGRAPHS);
  });

  it('parses a file named .htm as HTML even with nothing but a fragment', async () => {
    const { source, article } = await read(`Harbour news\n${BODY}`, 'story.htm');
    expect(source.format).toBe('html');
    expect(article.text).not.toContain('<p>');
  });

  it('keeps a plain-text article that mentions a tag as text', async () => {
    const text = `How to write a web page\n\n${PARAGRAPHS.join('\n\n')}\n\nThe <title> element names the page in the browser's tab.`;
    expect((await read(text, 'story.txt')).source.format).toBe('text');
  });
});

describe('JSON-LD', () => {
  const page = (ld: string, head = '') =>
    `<!doctype html><html><head><title>Harbour reopens after the storm | Coast News</title>${head}<script type="application/ld+json">${ld}</script></head><body><article>${BODY}</article></body></html>`;

  it.each([
    ['a CDATA section', (j: string) => `//<![CDATA[\n${j}\n//]]>`],
    ['an HTML comment', (j: string) => `<!--\n${j}\n-->`],
    ['both', (j: string) => `<!--//--><![CDATA[//><!--\n${j}\n//--><!]]>`],
  ])('reads it wrapped in %s', async (_, wrap) => {
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Harbour reopens after the storm', datePublished: '2024-03-05T09:30:00+01:00', publisher: { '@type': 'Organization', name: 'Coast News' }, author: { '@type': 'Person', name: 'Ann Reed' } });
    const { article } = await read(page(wrap(ld)));
    expect(article.publishedAt).toBe('2024-03-05T09:30:00+01:00');
    expect(article.outlet).toBe('Coast News');
    expect(article.byline).toBe('Ann Reed');
  });

  it('follows @graph references, a nested mainEntity and arrays of types', async () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'Organization', '@id': 'https://coast.example/#org', name: 'Coast News' },
        { '@type': 'Person', '@id': 'https://coast.example/#ann', name: 'Ann Reed' },
        {
          '@type': 'WebPage',
          '@id': 'https://coast.example/harbour',
          mainEntity: { '@type': ['ReportageNewsArticle', 'NewsArticle'], headline: 'Harbour reopens after the storm', datePublished: '2024-03-05T08:30:00Z', author: { '@id': 'https://coast.example/#ann' }, publisher: { '@id': 'https://coast.example/#org' } },
        },
      ],
    });
    const { article } = await read(page(ld));
    expect(article.publishedAt).toBe('2024-03-05T08:30:00Z');
    expect(article.outlet).toBe('Coast News');
    expect(article.byline).toBe('Ann Reed');
    expect(article.title).toBe('Harbour reopens after the storm');
  });

  it('reads a block with raw line breaks inside its strings', async () => {
    const { article } = await read(page(`{"@type": "NewsArticle", "headline": "Harbour reopens\nafter the storm", "datePublished": "2024-03-05T08:30:00Z"}`));
    expect(article.publishedAt).toBe('2024-03-05T08:30:00Z');
  });
});

describe('the publication time from meta and <time>', () => {
  const page = (head: string, body = `<article>${BODY}</article>`) => `<!doctype html><html><head><title>Harbour reopens after the storm</title>${head}</head><body>${body}</body></html>`;

  it('reads an RFC 2822 time with a North American zone, kept in that zone ("publish_date")', async () => {
    const { article } = await read(page('<meta name="publish_date" content="Sat, 09 Mar 2024 19:15:45 EST">'));
    expect(article.publishedAt).toBe('2024-03-09T19:15:45-05:00');
  });

  it('reads a calendar date written out ("June 7, 2013") as that day', async () => {
    const { article } = await read(page('<meta name="sailthru.date" content="March 5, 2024">'));
    expect(article.publishedAt?.slice(0, 10)).toBe('2024-03-05');
  });

  it('takes the <time> marked as the publication, not an update time that comes first', async () => {
    const body = `<article><time itemprop="dateModified" datetime="2024-03-06T10:37:32+02:00">6 March</time><time itemprop="datePublished" datetime="2024-03-05T17:08:23+02:00">5 March</time>${BODY}</article>`;
    const { article } = await read(page('', body));
    expect(article.publishedAt).toBe('2024-03-05T17:08:23+02:00');
  });

  it('briefs a page written in Chinese: its sentences are prose, though written without spaces', async () => {
    const zh = '<p>香港行政长官梁振英在各方压力下就其大宅的违章建筑问题到立法会接受质询，并向香港民众道歉。</p><p>梁振英同时遭到泛民主派和亲北京阵营议员质问。</p>';
    const { article } = await read(page('<meta name="publish_date" content="Mon, 10 Dec 2012 09:24:01 GMT">', `<article>${zh}</article>`));
    expect(article.text).toContain('梁振英同时遭到泛民主派和亲北京阵营议员质问。');
  });
});

describe('the headline', () => {
  it('is not a navigation <h1> that no other candidate agrees with', async () => {
    // og:title is only the site's name here, so it is no candidate.
    const html = `<!doctype html><html><head><title>Harbour reopens after the storm - Coast News</title><meta property="og:title" content="Coast News"><meta property="og:site_name" content="Coast News"></head>
      <body><header><h1>Weather and Climate Center</h1></header><div class="story">${BODY}</div></body></html>`;
    expect((await read(html)).article.title).toBe('Harbour reopens after the storm');
  });

  it('is the one the other candidates agree with, even over an <h1> in the main content', async () => {
    const html = `<!doctype html><html><head><title>Harbour reopens after the storm | Coast News</title><meta name="twitter:title" content="Harbour reopens after the storm"></head>
      <body><main><h1>Weather and Climate Center</h1><div class="story">${BODY}</div></main></body></html>`;
    expect((await read(html)).article.title).toBe('Harbour reopens after the storm');
  });

  it('is the visible headline when the SEO title has as much support', async () => {
    // JSON-LD and <title> carry the search-engine title; og:title and the <h1> the one on the page.
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 'Storm damage: harbour to reopen after repairs costing £200,000' });
    const html = `<!doctype html><html><head><title>Storm damage: harbour to reopen after repairs costing £200,000 - Coast News</title><meta property="og:title" content="Harbour reopens after the storm"><script type="application/ld+json">${ld}</script></head>
      <body><article><h1>Harbour reopens after the storm</h1>${BODY}</article></body></html>`;
    expect((await read(html)).article.title).toBe('Harbour reopens after the storm');
  });

  it('prefers the <title> and the article <h1> that agree over a different og:title', async () => {
    const html = `<!doctype html><html><head><title>Harbour reopens after the storm | Coast News</title><meta property="og:title" content="Coast News: stories from the shore"></head>
      <body><article><h1>Harbour reopens after the storm</h1>${BODY}</article></body></html>`;
    const { article } = await read(html);
    expect(article.title).toBe('Harbour reopens after the storm');
  });
});

describe('<meta> keys', () => {
  it('reads a property that lists several keys, and Dublin Core written with a colon', async () => {
    const html = `<!doctype html><html><head><title>Coast News</title><meta property="og:title twitter:title" content="Harbour reopens after the storm"><meta property="dc:creator" content="Ann Reed"><meta name="author" content="Coast News Staff"></head><body><article>${BODY}</article></body></html>`;
    const { article } = await read(html);
    expect(article.title).toBe('Harbour reopens after the storm');
    expect(article.byline).toBe('Ann Reed');
  });

  it('drops the trailing site part of a <title> that no other candidate names', async () => {
    const html = `<!doctype html><html><head><title>Harbour reopens after the storm | Local | Coast News</title></head><body><div>${BODY}</div></body></html>`;
    expect((await read(html)).article.title).toBe('Harbour reopens after the storm | Local');
  });
});

describe('the byline', () => {
  it.each([
    ['By Steven Davidoff Solomon', 'Steven Davidoff Solomon'],
    ['Paul Simon', 'Paul Simon'],
    ['By Theresa May', 'Theresa May'],
    ['By Jane Doe Mon, Nov 4, 2019', 'Jane Doe'],
    ['Jane Doe Tue 5 March 2024 10:00 GMT', 'Jane Doe'],
    ['By Jane Doe | Updated: 11:20 a.m. ET', 'Jane Doe'],
    ['J', null],
    ['Bradley M. Kuhn (http://ebb.example/bkuhn/)', 'Bradley M. Kuhn'],
    ['Jane Doe <jane@example.org>', 'Jane Doe'],
    ['Analysis by Chris Doe, Editor-at-large', 'Chris Doe, Editor-at-large'],
    ['Opinion by Jane Doe', 'Jane Doe'],
  ])('%s → %s', (raw, expected) => {
    expect(cleanByline(raw)).toBe(expected);
  });

  it('skips the reader comments, an empty rel=author link and a one-letter name', async () => {
    const html = `<!doctype html><html><head><title>Harbour reopens after the storm</title><link rel="author" href="/humans.txt"></head>
      <body><article><div class="byline">By <a rel="author" href="/ann">Ann Reed</a></div>${BODY}</article>
      <section id="comments"><div class="comment"><span class="author">J</span><p>Great news for the town.</p></div><div class="comment"><span class="comment-author">Bob Smith</span></div></section></body></html>`;
    const reordered = html.replace(/<article>[\s\S]*?<\/article>/, '').replace('</section>', `</section><article><div class="byline">By <a rel="author" href="/ann">Ann Reed</a></div>${BODY}</article>`);
    for (const page of [html, reordered]) expect((await read(page)).article.byline).toBe('Ann Reed');
  });

  it('prefers a rel=author name to a class that merely says author', async () => {
    const html = `<!doctype html><html><head><title>Harbour reopens after the storm</title></head>
      <body><div class="author">Sponsored Content Team</div><article><p class="meta">Story by <a rel="author" href="/ann">Ann Reed</a></p>${BODY}</article></body></html>`;
    expect((await read(html)).article.byline).toBe('Ann Reed');
  });
});

describe('charsets', () => {
  it('reads a page that declares GB2312 but whose bytes are UTF-8 as UTF-8, and says so', async () => {
    const html = `<!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>港口在风暴后重新开放</title></head><body><article><p>港口在周二重新开放。一周以来，风暴使所有船只停靠在港内，沿码头的道路也对所有车辆关闭。</p>${BODY}</article></body></html>`;
    const { article, messages } = await read(Buffer.from(html, 'utf8'));
    expect(article.title).toBe('港口在风暴后重新开放');
    expect(article.text).toContain('风暴使所有船只');
    expect(messages.map((m) => m.ruleId)).toContain('charset-mismatch');
  });

  it('still reads a page that is really in GB2312 as declared', async () => {
    // "港口重新开放" (the harbour reopens) in GB2312 bytes: not valid UTF-8.
    const title = [0xb8, 0xdb, 0xbf, 0xda, 0xd6, 0xd8, 0xd0, 0xc2, 0xbf, 0xaa, 0xb7, 0xc5];
    const gb = Buffer.concat([Buffer.from(`<html><head><meta charset="gb2312"><title>`), Buffer.from(title), Buffer.from(`</title></head><body><article>${BODY}</article></body></html>`)]);
    const { article } = await read(gb);
    expect(article.title).toBe('港口重新开放');
  });
});

describe('photos inside the article', () => {
  it('leave their caption and agency credit out of the text, in plain <div>s with camelCase classes', async () => {
    const figure =
      '<div class="InlineImage-imageEmbed"><div class="InlineImage-imageEmbedCaption">The mayor, centre, walks along the damaged quay in Eastport on Monday, Nov. 13, 2017.</div>' +
      '<div class="InlineImage-imageEmbedCredit">Jo Bell | Bloomberg | Getty Images</div></div>';
    const html = `<html><head><title>Harbour reopens</title></head><body><article><div class="ArticleBody-articleBody">${figure}${BODY}</div></article></body></html>`;
    const { article } = await read(html);
    expect(article.text.split('\n\n')).toEqual(PARAGRAPHS);
  });
});
