// The README's examples of each input kind are read exactly as the README says.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticles } from '../src/ingest/index.js';
import { REPO } from './helpers.js';

const readme = await readFile(join(REPO, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('What each kind looks like'));
const block = (lang: string): string => {
  const m = new RegExp('```' + lang + '\\n([\\s\\S]*?)\\n```').exec(section);
  if (!m) throw new Error(`no \`\`\`${lang} example in the README's input section`);
  return m[1]!;
};

async function read(name: string, content: string) {
  const path = join(await mkdtemp(join(tmpdir(), 'nb-readme-')), name);
  await writeFile(path, content);
  return readArticles(path, { published: '2024-03-06T00:00:00Z' });
}

describe("the README's input examples", () => {
  it('Markdown with front matter: metadata from the front matter, the body as paragraphs', async () => {
    const [one, ...rest] = await read('story.md', block('markdown'));
    expect(rest).toEqual([]);
    expect(one!.source.format).toBe('markdown');
    expect(one!.article).toMatchObject({ title: 'Harbour town votes to keep its lighthouse lit', byline: 'Maria Lopez', publishedAt: '2024-03-04T10:15:00+01:00', url: 'https://gazette.example/news/lighthouse' });
    expect(one!.article.text.split('\n\n')).toHaveLength(2);
  });

  it('a JSON array: one article per entry, text or HTML', async () => {
    const all = await read('batch.json', block('json'));
    expect(all.map((a) => [a.source.format, a.article.title, a.article.publishedAt])).toEqual([
      ['json', 'Harbour town votes to keep its lighthouse lit', '2024-03-04T10:15:00+01:00'],
      ['json', 'Ferry timetable to change in May', '2024-03-05T08:00:00Z'],
    ]);
    expect(all[1]!.article.text).toBe('The ferry company said on Tuesday that the first crossing will leave at 6am from 1 May.');
  });

  it('an RSS feed whose item carries the article', async () => {
    const [one, ...rest] = await read('news.rss', block('xml'));
    expect(rest).toEqual([]);
    expect(one!.source.format).toBe('feed');
    expect(one!.article).toMatchObject({ title: 'Harbour town votes to keep its lighthouse lit', publishedAt: '2024-03-04T10:15:00+01:00', url: 'https://gazette.example/news/lighthouse' });
    expect(one!.article.text.split('\n\n')).toHaveLength(3);
  });
});
