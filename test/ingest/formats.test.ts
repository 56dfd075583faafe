import { readFile, mkdtemp, writeFile } from 'node:fs/promises';
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseInstant } from '../../src/brief/time.js';
import { InputError, readArticle, readArticles } from '../../src/ingest/index.js';
import { cleanByline, cleanTitle } from '../../src/ingest/html-metadata.js';
import { parseScrapedText } from '../../src/ingest/scraped-text.js';
import { REPO, SHARED, hasShared } from '../helpers.js';

const FIXTURES = join(REPO, 'test', 'fixtures', 'ingest');
const PUBLISHED = '2024-06-01T00:00:00Z';
const MOJIBAKE = /Ã[\u0080-\u00bf]|â€|Â[\u00a0-\u00bf]|\ufffd/;

async function tempFile(name: string, data: string | Uint8Array): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'nb-ingest-'));
  const path = join(dir, name);
  await writeFile(path, data);
  return path;
}

describe('HTML pages', () => {
  it('reads the body and metadata from JSON-LD and OpenGraph, without the site name or byline junk', async () => {
    const { article, source, referenceTime, messages } = await readArticle(join(FIXTURES, 'article.html'), { published: PUBLISHED });
    expect(source.format).toBe('html');
    expect(article.title).toBe('Council approves new river bridge');
    expect(article.byline).toBe('Jane Doe');
    expect(article.outlet).toBe('The Riverside Gazette');
    expect(article.publishedAt).toBe('2024-03-05T09:30:00+01:00');
    expect(article.updatedAt).toBe('2024-03-05T11:00:00+01:00');
    expect(article.url).toBe('https://gazette.example/news/river-bridge');
    expect(article.language).toBe('en-GB');
    expect(article.provenance['title']?.from).toBe('json-ld:headline');
    expect(article.provenance['publishedAt']?.from).toBe('json-ld:datePublished');
    // The page's own time anchors relative dates, and a message says so.
    expect(referenceTime).toBe('2024-03-05T09:30:00+01:00');
    expect(messages.map((m) => m.ruleId)).toContain('reference-from-article');
    const paragraphs = article.text.split('\n\n');
    expect(paragraphs).toHaveLength(4);
    expect(paragraphs[0]).toMatch(/^The city council voted on Monday/);
    for (const junk of ['Home', 'By Jane Doe', 'Minutes Ago', 'Share on', 'Photo: City Council', 'All rights reserved']) expect(article.text).not.toContain(junk);
  });

  it('reads a Latin-1 page by its meta charset', async () => {
    const html = '<!doctype html><html><head><meta charset="iso-8859-1"><title>Caf\xe9 prices</title></head><body><article><p>The caf\xe9 on the square raised its prices by 15\xa0% this year, and the owner said the rise was due to the cost of energy and of the staff.</p><p>Customers said they would still come for the cr\xe8me br\xfbl\xe9e, which costs \xa35 and is the best in town, according to most of them.</p></article></body></html>';
    const path = await tempFile('latin1.html', Buffer.from(html, 'latin1'));
    const { article } = await readArticle(path, { published: PUBLISHED });
    expect(article.title).toBe('Café prices');
    expect(article.text).toContain('crème brûlée, which costs £5');
    expect(article.text).not.toMatch(MOJIBAKE);
  });

  it('reads a gzipped page whatever its name, by the magic bytes', async () => {
    const path = await tempFile('page.bin', gzipSync(await readFile(join(FIXTURES, 'article.html'))));
    const { article, source, messages } = await readArticle(path, { published: PUBLISHED });
    expect(source.format).toBe('html');
    expect(article.title).toBe('Council approves new river bridge');
    expect(messages.map((m) => m.ruleId)).toContain('gunzipped');
  });

  it('falls back to its own extraction, and says so, where Readability finds no article', async () => {
    const { article, messages } = await readArticle(join(FIXTURES, 'no-article.html'), { published: PUBLISHED });
    expect(article.text).toContain('The library is open every day.');
    expect(article.text).toContain('Closed on public holidays.');
    expect(messages.map((m) => m.ruleId).some((id) => /^html-(?:readability-loose|density-fallback|short-body)$/.test(id))).toBe(true);
    expect(article.publishedAt).toBe(PUBLISHED);
    expect(article.provenance['publishedAt']?.from).toBe('option:--published');
  });
});

describe('metadata clean-up', () => {
  it.each([
    ['Council approves bridge | The Gazette', ['The Gazette'], 'Council approves bridge'],
    ['The Gazette - Council approves bridge', ['The Gazette'], 'Council approves bridge'],
    ['Council approves bridge – gazette.example', ['gazette.example'], 'Council approves bridge'],
    ['Brexit: what happens next', ['The Gazette'], 'Brexit: what happens next'],
  ])('title %s', (raw, sites, expected) => {
    expect(cleanTitle(raw, sites, [])).toBe(expected);
  });

  it.each([
    ['By Jane Doe 5 Minutes Ago', 'Jane Doe'],
    ['By Jane Doe and John Roe | Updated March 5, 2024', 'Jane Doe and John Roe'],
    ['Jane Doe, 05/03/2024 10:00', 'Jane Doe'],
    ['Posted 3 hours ago', null],
    ['The Riverside Gazette', null],
  ])('byline %s', (raw, expected) => {
    expect(cleanByline(raw, 'The Riverside Gazette')).toBe(expected);
  });
});

describe('Markdown', () => {
  it('takes the front matter as metadata and writes the body as plain paragraphs', async () => {
    const { article, source } = await readArticle(join(FIXTURES, 'story.md'), { published: PUBLISHED });
    expect(source.format).toBe('markdown');
    expect(article.title).toBe('Harbour reopens after storm');
    expect(article.byline).toBe('Sam Lee');
    expect(article.url).toBe('https://example.org/harbour');
    expect(article.publishedAt).toBe('2024-02-10T08:00:00Z');
    expect(article.text).toBe(
      'The harbour reopened on Saturday after a week-long closure.\n\nDamage\n\nTwo piers need repairs.\n\nThe ferry service resumes on Monday.\n\n"We are relieved," said the harbour master.',
    );
    expect(article.text).not.toMatch(/[#*[\]]|\]\(/);
  });
});

describe('JSON', () => {
  it('reads one article object', async () => {
    const { article, source, referenceTime } = await readArticle(join(FIXTURES, 'one.json'), { published: PUBLISHED });
    expect(source.format).toBe('json');
    expect(article.title).toBe('Trains return to the valley line');
    expect(article.byline).toBe('Ana Silva');
    expect(article.publishedAt).toBe('2024-04-02T07:15:00+02:00');
    expect(referenceTime).toBe('2024-04-02T07:15:00+02:00');
    expect(article.text).toBe('Trains ran again on the valley line on Tuesday.\n\nThe operator said the timetable would be back to normal within a week.');
  });

  it('reads every article of an array with readArticles, and readArticle refuses it', async () => {
    const path = join(FIXTURES, 'several.json');
    const all = await readArticles(path, { published: PUBLISHED });
    expect(all.map((a) => a.article.title)).toEqual(['First story', 'Second story']);
    expect(all[1]!.article.text).toBe('The second story comes as HTML and says so in a sentence that is long enough.');
    expect(all[0]!.referenceTime).toBe('2024-01-01T10:00:00Z');
    expect(all[1]!.referenceTime).toBe(PUBLISHED);
    const error = await readArticle(path, { published: PUBLISHED }).catch((e: unknown) => e);
    expect((error as InputError).ruleId).toBe('several-articles');
  });

  it('refuses JSON that is not an article', async () => {
    const path = await tempFile('data.json', '{ "rows": [1, 2, 3] }');
    const error = await readArticle(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).ruleId).toBe('unsupported-json');
  });
});

describe('feeds read as files', () => {
  const body = `<p>${'The council said on Tuesday that the bridge would open in May, three months late, and that costs had risen. '.repeat(6)}</p>`;

  it('briefs each item that carries its content, decodes the declared encoding, and names the summary-only items it left out', async () => {
    const rss = `<?xml version="1.0" encoding="ISO-8859-1"?>
<rss version="2.0"><channel><title>Gazette</title><link>https://gazette.example/</link>
<item><title>Caf\u00e9 owners object</title><link>news/cafe</link><pubDate>Tue, 05 Mar 2024 09:30:00 +0100</pubDate><author>desk@gazette.example (Ana Ruiz)</author><description><![CDATA[${body}]]></description></item>
<item><title>Short one</title><link>https://gazette.example/news/short</link><description>Only a teaser.</description></item>
</channel></rss>`;
    const all = await readArticles(await tempFile('news.rss', Buffer.from(rss, 'latin1')), { published: PUBLISHED });
    expect(all).toHaveLength(1);
    const { article, source, messages } = all[0]!;
    expect(source.format).toBe('feed');
    expect(article.title).toBe('Caf\u00e9 owners object');
    expect(article.byline).toBe('Ana Ruiz');
    expect(article.url).toBe('https://gazette.example/news/cafe');
    expect(article.publishedAt).toBe('2024-03-05T09:30:00+01:00');
    expect(article.provenance['title']?.from).toBe('feed:[0].title');
    expect(article.text).toMatch(/^The council said on Tuesday/);
    expect(messages.find((m) => m.ruleId === 'feed-summary-only')?.reason).toContain('2 ("Short one")');
    expect(messages.map((m) => m.ruleId)).not.toContain('no-publication-time');
  });

  it('reads a JSON Feed as a feed, not as a JSON article', async () => {
    const feed = { version: 'https://jsonfeed.org/version/1.1', title: 'J', items: [{ id: '1', url: 'https://j.example/1', title: 'Bridge opens late', content_html: body, date_published: '2024-03-05T10:00:00Z' }] };
    const { article, source } = await readArticle(await tempFile('feed.json', JSON.stringify(feed)), { published: PUBLISHED });
    expect(source.format).toBe('feed');
    expect(article.title).toBe('Bridge opens late');
    expect(article.publishedAt).toBe('2024-03-05T10:00:00Z');
  });
});

describe('format detection', () => {
  it('goes by content, not by extension', async () => {
    const html = await tempFile('story.txt', await readFile(join(FIXTURES, 'article.html')));
    expect((await readArticle(html, { published: PUBLISHED })).source.format).toBe('html');
    const json = await tempFile('story.html', await readFile(join(FIXTURES, 'one.json')));
    expect((await readArticle(json, { published: PUBLISHED })).source.format).toBe('json');
  });

  it('refuses an unknown binary format with a rule id and says what it looks like', async () => {
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.from([0, 1, 2, 3, 0xff, 0xfe, 0, 0])]);
    const error = await readArticle(await tempFile('paper.html', pdf)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).ruleId).toBe('binary-input');
    expect((error as InputError).message).toContain('PDF');
  });
});

describe('scraped text of a whole page', () => {
  const reference = parseInstant('2024-03-04T12:00:00Z')!;

  it('finds the article among navigation, share buttons, related links and the footer', async () => {
    const parsed = parseScrapedText(await readFile(join(FIXTURES, 'page-text.txt'), 'utf8'), { reference });
    expect(parsed.title).toBe('Harbour town votes to keep its lighthouse lit');
    expect(parsed.byline).toBe('Maria Lopez');
    expect(parsed.publishedAt).toBe('2024-03-04T10:15:00Z');
    const paragraphs = parsed.body.split('\n\n');
    expect(paragraphs).toHaveLength(4);
    expect(paragraphs[0]).toMatch(/^Residents of the harbour town voted/);
    expect(paragraphs[3]).toMatch(/about 400,000 euros\.$/);
    expect(parsed.messages.map((m) => m.ruleId)).toContain('page-text-article-found');
  });

  it('keeps a short post and stops at its comment thread, even when the comments are longer', () => {
    const nav = ['Home', 'Blog', 'Research', 'Top charities', 'Reports', 'Site visits', 'About us', 'Our people', 'Jobs', 'Contact', 'Donate', 'Newsletter', 'Updates', 'Search', 'Frequently asked questions', 'Our mistakes', 'Transparency', 'Official records'].join('\n');
    const post = [
      'Our goal with these quarterly threads is to give readers a place to raise questions about the programme in public.',
      'You can read the previous thread from June here; as always, you are also welcome to write to us or to ask for a call with our staff if you would rather discuss your question privately.',
    ];
    // The second comment alone outweighs the post.
    const comment = (who: string, n: number) =>
      `${who} on March ${n}, 2024 at 4:${10 + n} pm said:\n\n${'I read the latest report and wondered whether the new figures on school attendance change the recommendation at all, since the sample looked small to me and the effect was measured over a short time.\n\n'.repeat(n === 2 ? 4 : 1).trim()}`;
    const raw = `${nav}\n\nOpen thread for March\nMarch 4, 2024 | by Ana\n\n${post.join('\n\n')}\n\nPosted in Open thread | 4 Comments\nComments\n${[1, 2, 3, 4].map((n) => comment(`Reader ${n}`, n)).join('\n\n')}\n`;
    const parsed = parseScrapedText(raw, { reference });
    expect(parsed.body.split('\n\n')).toEqual(post);
  });

  it.skipIf(!hasShared)('leaves BBC files as they were: headline, then every paragraph', async () => {
    for (const name of ['business/001.txt', 'entertainment/275.txt', 'sport/104.txt', 'tech/010.txt']) {
      const raw = await readFile(join(SHARED, 'corpus', 'bbc', name), 'latin1');
      const lines = raw.split('\n').map((l) => l.trim()).filter((l) => l !== '');
      const parsed = parseScrapedText(raw, { reference });
      expect(parsed.title).toBe(lines[0]);
      expect(parsed.body.split('\n\n')).toEqual(lines.slice(1));
    }
  });
});

describe.skipIf(!hasShared)('the benchmark pages in ../shared', () => {
  it('give a non-empty body with no mojibake', async () => {
    const dir = join(SHARED, 'eval', 'html', 'pages');
    const files = readdirSync(dir).sort().filter((_, i) => i % 18 === 0);
    expect(files.length).toBeGreaterThanOrEqual(10);
    for (const f of files) {
      const { article } = await readArticle(join(dir, f), { published: PUBLISHED });
      expect(article.text.length, f).toBeGreaterThan(200);
      expect(article.title, f).not.toBe('');
      expect(article.text, f).not.toMatch(MOJIBAKE);
      expect(article.title, f).not.toMatch(MOJIBAKE);
    }
  });
});
