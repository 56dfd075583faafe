import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseInstant } from '../../src/brief/time.js';
import { InputError, readArticle } from '../../src/ingest/index.js';
import { parseScrapedText } from '../../src/ingest/scraped-text.js';
import { extractFile } from '../../src/pipeline.js';
import { SEED, SEED_PUBLISHED } from '../helpers.js';

const reference = parseInstant(SEED_PUBLISHED)!;

async function tempFile(name: string, data: string | Uint8Array): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'nb-ingest-'));
  const path = join(dir, name);
  await writeFile(path, data);
  return path;
}

describe('the seed article', () => {
  it('takes title, byline and posted time as metadata and keeps them out of the body', async () => {
    const { article, metadataDates, referenceTime } = await readArticle(SEED, { published: SEED_PUBLISHED });
    expect(article.title).toBe('War in Ukraine: NATO countries likely to send troops, warns former secretary general');
    expect(article.byline).toBe('Hugues Maillot');
    expect(article.publishedAt).toBe('2023-06-07T10:00:00Z');
    expect(article.updatedAt).toBe('2023-06-07T11:02:00Z');
    expect(referenceTime).toBe('2023-06-07T12:00:00Z');
    expect(metadataDates.map((d) => [d.text, d.value])).toEqual([
      ['2 hours ago', '2023-06-07T10:00:00Z'],
      ['58 minutes ago', '2023-06-07T11:02:00Z'],
    ]);
    expect(article.text.startsWith('Former NATO chief Anders Rasmussen said')).toBe(true);
    for (const junk of ['data-script', 'static.lefigaro.fr', 'Posted 2 hours ago', 'By Hugues Maillot', 'War in Ukraine NATO countries likely'])
      expect(article.text).not.toContain(junk);
    expect(article.text).toContain('Poland and the Baltic States ready to send troops?');
    expect(article.text.trimEnd().endsWith('until the Washington summit in 2024.')).toBe(true);
  });
});

describe('parseScrapedText', () => {
  it('reads a BBC-style file: headline, blank line, paragraphs', () => {
    const parsed = parseScrapedText('PM apology over jailings\n\nTony Blair has apologised.\n\nHe said so.\n', { reference });
    expect(parsed.title).toBe('PM apology over jailings');
    expect(parsed.byline).toBeNull();
    expect(parsed.body).toBe('Tony Blair has apologised.\n\nHe said so.');
  });

  it('joins hard-wrapped lines back into paragraphs', () => {
    const parsed = parseScrapedText('Title here\n\nThe minister said the plan\nwould go ahead next year.\n\nNext paragraph.', { reference });
    expect(parsed.body).toBe('The minister said the plan would go ahead next year.\n\nNext paragraph.');
  });

  it('reads absolute posted lines against the reference offset', () => {
    const parsed = parseScrapedText('Headline of the story\nPublished 3 March 2021, 14:30\n\nBody text that is long enough to be prose.', { reference });
    expect(parsed.publishedAt).toBe('2021-03-03T14:30:00Z');
    expect(parsed.body).toBe('Body text that is long enough to be prose.');
  });

  it('dates the timeline\'s publication by the day alone when the line gives no time of day', () => {
    const timed = parseScrapedText('Headline of the story\nPublished 3 March 2021, 14:30\n\nBody text that is long enough to be prose.', { reference });
    expect(timed.metadataDates.map((d) => d.value)).toEqual(['2021-03-03T14:30:00Z']);
    const day = parseScrapedText('Headline of the story\n18 NOV 2019\n\nBody text that is long enough to be prose.', { reference });
    expect(day.metadataDates.map((d) => d.value)).toEqual(['2019-11-18']);
  });

  it('keeps that day a day on the brief\'s timeline', async () => {
    const path = await tempFile('day.txt', 'Water found above the moon\n18 NOV 2019\n\nA team of researchers has confirmed traces of water vapour above the surface of the moon, the agency said.\n');
    const brief = await extractFile(path, { published: '2019-11-20T12:00:00Z' });
    expect(brief.dates.find((d) => d.event === 'article published')?.value).toBe('2019-11-18');
  });

  it('reads the byline and date line under a standfirst, which stays in the body', () => {
    const text = 'Puffin numbers double on the cliffs\n\nThe island trust counts twice as many pairs as a decade ago, after a ban on fishing.\n\nBy Tom Reid\nNov 19, 2019\n\nVolunteers counted more than four hundred pairs this spring, the trust said on Monday.\n\nA second line of the story.\nBy the end of the year it will count again.\n';
    const parsed = parseScrapedText(text, { reference });
    expect(parsed.title).toBe('Puffin numbers double on the cliffs');
    expect(parsed.byline).toBe('Tom Reid');
    expect(parsed.publishedAt?.slice(0, 10)).toBe('2019-11-19');
    expect(parsed.body.split('\n\n')).toEqual([
      'The island trust counts twice as many pairs as a decade ago, after a ban on fishing.',
      'Volunteers counted more than four hundred pairs this spring, the trust said on Monday.',
      'A second line of the story.',
      'By the end of the year it will count again.',
    ]);
  });

  it('takes a lone line as the body, not as a headline', () => {
    const parsed = parseScrapedText('Only a headline\n', { reference });
    expect(parsed.title).toBeNull();
    expect(parsed.body).toBe('Only a headline');
  });

  it.each([
    ['wire copy', 'Israel has apologised to Turkey for the deaths of nine activists in 2010, officials said on Friday.\n\nThe deal was brokered by the US.'],
    ['a dateline line', 'MIAMI _\n\nThe hurricane season opened on Monday with a storm off the coast.\n\nForecasters said it could strengthen.'],
    ['a one-sentence lead', 'Dominion Textile Inc. holders adopted a shareholder-rights plan at the annual meeting.\n\nThe plan was approved by a wide margin, the company said.'],
    ['a lead that ends with an abbreviation', 'Advanced Medical Technologies Inc. said it purchased 93% of a unit of Henley Group Inc.\n\nThe price was not disclosed.'],
    ['a line that introduces a quote', 'The New York Times said in an editorial on Monday, Oct. 26:\n\nThe vote is a test of the new government.'],
  ])('keeps the first sentence of %s in the body: no headline', (_, text) => {
    const parsed = parseScrapedText(text, { reference });
    expect(parsed.title).toBeNull();
    expect(parsed.messages.map((m) => m.ruleId)).toContain('no-headline');
    expect(parsed.body).toContain(text.split('\n')[0]!.startsWith('MIAMI') ? 'The hurricane season' : text.split('\n')[0]!);
  });

  it.each([
    ['a BBC headline', 'Ad sales boost Time Warner profit\n\nQuarterly profits at US media giant TimeWarner jumped 76% to $1.13bn for the three months to December.'],
    ['a headline ending in an ellipsis', 'Rivals of the £400 Apple...\n\nThe Mac mini is one of several small computers on sale, and its rivals are cheaper.'],
    ['a headline without a blank line', 'Minister quits over expenses row\nThe transport minister resigned on Monday after a row over his expenses claims.'],
    ['a question headline', 'Is the housing boom over?\n\nPrices fell for the third month in a row in March, figures published on Tuesday show.'],
  ])('reads %s as the headline', (_, text) => {
    const parsed = parseScrapedText(text, { reference });
    expect(parsed.title).toBe(text.split('\n')[0]);
    expect(parsed.body.startsWith(text.split('\n')[0]!)).toBe(false);
  });
});

describe('readArticle refuses unusable input with a reason', () => {
  it.each([
    ['empty.txt', '', 'empty-input'],
    ['blank.txt', ' \n\t\n  ', 'empty-body'],
    ['image.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]), 'binary-input'],
    ['feed.xml', '<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>', 'empty-feed'],
    ['summaries.xml', '<rss version="2.0"><channel><item><title>x</title><link>https://example.org/x</link><description>Short.</description></item></channel></rss>', 'feed-without-content'],
    ['empty-page.html', '<!doctype html><html><body><nav>Home</nav></body></html>', 'empty-body'],
  ])('%s', async (name, data, ruleId) => {
    const path = await tempFile(name, data);
    const error = await readArticle(path, { published: SEED_PUBLISHED }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).ruleId).toBe(ruleId);
  });

  it('decodes Windows-1252 text instead of producing mojibake', async () => {
    const bytes = Buffer.from('Pound falls\n\nA \xa315.8m signing was agreed \x96 the club said.\n', 'latin1');
    const path = await tempFile('latin1.txt', bytes);
    const { article, messages } = await readArticle(path, { published: SEED_PUBLISHED });
    expect(article.text).toBe('A £15.8m signing was agreed – the club said.');
    expect(messages.map((m) => m.ruleId)).toContain('decoded-as-windows-1252');
  });

  it('reads HTML character references left in plain text as their characters, and only complete ones', async () => {
    const path = await tempFile('refs.txt', 'Mayor quits\n\nThe mayor, Jos&#233; Ruiz, left AT&amp;T in 2001 for a &#x2018;quieter&#x2019; life &copy 2004.\n');
    const { article, messages } = await readArticle(path, { published: SEED_PUBLISHED });
    expect(article.text).toBe('The mayor, José Ruiz, left AT&T in 2001 for a ‘quieter’ life &copy 2004.');
    expect(messages.map((m) => m.ruleId)).toContain('character-references');
  });

  it('falls back to the file time and says so when no reference time is given', async () => {
    const path = await tempFile('a.txt', 'Headline of the story\n\nSome body text for the story.\n');
    const { messages, article } = await readArticle(path);
    expect(messages.map((m) => m.ruleId)).toContain('reference-from-mtime');
    expect(article.publishedAt).toBeNull();
  });
});
