// Ordinary texts that used to be read wrong, each through `build` (and `run`), as a user runs them.
import { mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Brief } from '../../src/brief/model.js';
import { main } from '../../src/cli/main.js';
import { fakeIo } from '../helpers.js';

const WIRE = `Israel's prime minister has apologised to Turkey on Friday for the deaths of nine activists in a 2010 raid on an aid flotilla, officials said.

Benjamin Netanyahu also agreed to compensate the families of those killed, the Turkish prime minister's office said.

The deal was brokered by US President Barack Obama during a visit to Israel.
`;

const ONE_LINE = 'Café owners in München said on Monday that prices would rise, according to the association.\n';

// The visible text of a page behind a consent wall: the wall, menus, the headline with its
// byline and date line, a caption, then the story.
const WALLED_PAGE = `Welcome to The Gazette's EUROPEAN UNION EXPERIENCE
Learn More
Skip to main content
Subscribe
Sign In
News
Sports
Business
Opinion
Obituaries
Search
Harbour town votes to keep its lighthouse lit after a long campaign
Maria Lopez, The Gazette
Published 7:07 PM EST Nov 19, 2019
The lighthouse at dusk
John Smith, The Gazette

Residents of the harbour town voted on Tuesday to keep the lighthouse lit, ending a campaign that began on Aug. 9 when the council proposed switching it off.

"It is part of who we are," said the mayor, Jon Berg, who will present the new budget to the council in April.

The lamp, first lit in 1871, was due to be switched off at the end of the month to save about 40,000 dollars a year.

The council will now look for the money elsewhere in the harbour budget, Berg said.

Terms of Service Privacy Notice
© The Gazette
`;

// A page whose cookie notice sits between the headline and the date line, with the site's name
// over them (named again in the copyright line) and a captioned photo under them.
const NOTICE_PAGE = `The Valley Courier
Menu
News
Weather
Sport
Search
Mountain pass shut until spring after heavy snow
Your privacy matters to us
We and our partners use cookies to store and access personal data on your device.
Accept all or manage your choices.
Tuesday 19 November 2019 9:22 am
Snow ploughs stand idle at the foot of the pass on Monday. (Photo: Valley Courier)
Share this article

The mountain pass above the valley will stay shut until spring after heavy snow buried the road under three metres of drifts, the regional roads office said on Tuesday.

Engineers said the road would need weeks of work once the snow melts, and the office expects to reopen the pass in April.

Hauliers will have to take the coastal route, which adds about two hours to each crossing, said Jonas Weber of the hauliers' association.

Shops in the upper villages said they had stocked up before the snow came, and the valley's bus company has added a second daily service to the coast.

Contact us
© 2019 The Valley Courier
`;

const CLUTTER = `Ferry timetable to change in May

The ferry company said on Tuesday that the first crossing will leave at 6am from 1 May.

READ MORE: Why the island wants a bridge

Article continued below

ADVERTISEMENT

Passengers have complained for years that the early ferry fills up, the company's spokeswoman, Ana Silva, said.
`;

async function build(files: Record<string, string>, published = '2024-03-05T08:00:00Z'): Promise<{ code: number; briefs: Brief[]; markdown: string[]; err: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'nb-texts-'));
  const paths: string[] = [];
  for (const [name, text] of Object.entries(files)) {
    await writeFile(join(dir, name), text);
    paths.push(join(dir, name));
  }
  const out = join(dir, 'out');
  const io = fakeIo();
  const code = await main(['build', ...paths, '--out', out, '--published', published, '--formats', 'json,md'], io);
  const folders = (await readdir(out, { withFileTypes: true }).catch(() => [])).filter((d) => d.isDirectory() && !d.name.startsWith('.')).map((d) => d.name).sort();
  const briefs = await Promise.all(folders.map(async (f) => JSON.parse(await readFile(join(out, f, 'brief.json'), 'utf8')) as Brief));
  const markdown = await Promise.all(folders.map((f) => readFile(join(out, f, 'brief.md'), 'utf8')));
  return { code, briefs, markdown, err: io.err() };
}

describe('texts users have, through build', () => {
  it('a headline-less wire text keeps its lead sentence, with its dates and claims, and says it has no headline', async () => {
    const { code, briefs, markdown } = await build({ 'wire.txt': WIRE }, '2013-03-22T18:00:00Z');
    expect(code).toBe(0);
    const [brief] = briefs;
    expect(brief!.article.title).toBeNull();
    expect(brief!.article.text.startsWith("Israel's prime minister has apologised to Turkey on Friday")).toBe(true);
    expect(brief!.messages.map((m) => m.ruleId)).toContain('no-headline');
    expect(brief!.dates.map((d) => d.value)).toEqual(expect.arrayContaining(['2013-03-22', '2010']));
    // The heading a reader sees is the start of the lead, not "untitled".
    expect(markdown[0]!.split('\n')[0]).toMatch(/^# Israel's prime minister has apologised to Turkey .*…$/);
  });

  it('a one-line article is briefed, not refused', async () => {
    const { code, briefs } = await build({ 'one.txt': ONE_LINE });
    expect(code).toBe(0);
    expect(briefs[0]!.article.text).toBe(ONE_LINE.trim());
    expect(briefs[0]!.article.title).toBeNull();
    expect(briefs[0]!.dates.map((d) => d.text)).toContain('Monday');
  });

  it('a line without prose is refused with the reason', async () => {
    const { code, err } = await build({ 'headline.txt': 'Only a headline\n' });
    expect(code).toBe(1);
    expect(err).toMatch(/no sentence of prose/);
  });

  it('a page behind a consent wall: its own headline and date line, not the wall and not the file time', async () => {
    const { code, briefs } = await build({ 'page.txt': WALLED_PAGE }, '2026-12-01T00:00:00Z');
    expect(code).toBe(0);
    const [brief] = briefs;
    expect(brief!.article.title).toBe('Harbour town votes to keep its lighthouse lit after a long campaign');
    expect(brief!.article.publishedAt).toBe('2019-11-19T19:07:00-05:00');
    expect(brief!.referenceTime).toBe('2019-11-19T19:07:00-05:00');
    // "Aug. 9" is read against the page's date, not seven years later.
    expect(brief!.dates.find((d) => d.text.startsWith('Aug'))?.value).toBe('2019-08-09');
    for (const wall of ['EUROPEAN UNION EXPERIENCE', 'Learn More', 'Privacy Notice', 'The lighthouse at dusk']) expect(brief!.article.text).not.toContain(wall);
  });

  it('a page with a cookie notice between its headline and date line: the headline, the date, no notice or caption in the body', async () => {
    const { code, briefs } = await build({ 'pass.txt': NOTICE_PAGE }, '2026-12-01T00:00:00Z');
    expect(code).toBe(0);
    const [brief] = briefs;
    expect(brief!.article.title).toBe('Mountain pass shut until spring after heavy snow');
    expect(brief!.article.publishedAt?.slice(0, 10)).toBe('2019-11-19');
    for (const furniture of ['cookies', 'Accept all', 'Snow ploughs stand idle', 'Share this article', '© 2019']) expect(brief!.article.text).not.toContain(furniture);
  });

  it('clutter lines leave the body and never become actors or claims', async () => {
    const { code, briefs } = await build({ 'ferry.txt': CLUTTER });
    expect(code).toBe(0);
    const [brief] = briefs;
    for (const clutter of ['READ MORE', 'Article continued below', 'ADVERTISEMENT']) expect(brief!.article.text).not.toContain(clutter);
    const names = brief!.actors.map((a) => a.name.toLowerCase());
    for (const word of ['read more', 'article', 'advertisement']) expect(names.some((n) => n.includes(word))).toBe(false);
    expect(brief!.claims.some((c) => /READ MORE|ADVERTISEMENT|continued below/i.test(`${c.text} ${c.speaker ?? ''}`))).toBe(false);
    expect(brief!.claims.length).toBeGreaterThan(0);
  });

  it('run briefs a one-line article too', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'nb-texts-run-'));
    await mkdir(join(dir, 'input'));
    await writeFile(join(dir, 'input', 'one.txt'), ONE_LINE);
    const io = fakeIo();
    const code = await main(['run', '--input', join(dir, 'input'), '--out', join(dir, 'out'), '--formats', 'json', '--log-format', 'json'], io);
    expect(code).toBe(0);
    const folders = (await readdir(join(dir, 'out'), { withFileTypes: true })).filter((d) => d.isDirectory() && !d.name.startsWith('.'));
    expect(folders).toHaveLength(1);
  });
});

describe('inputs that want one folder', () => {
  const story = (n: number): string => `Council approves harbour budget\n\nThe council approved the harbour budget on Tuesday, its chair said, in vote number ${n} of the session.\n`;

  it('get a folder each in build and in run, whatever the timing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'nb-texts-same-'));
    await mkdir(join(dir, 'input'));
    for (let n = 1; n <= 4; n++) await writeFile(join(dir, 'input', `story-${n}.txt`), story(n));
    const countFolders = async (out: string): Promise<number> => (await readdir(out, { withFileTypes: true })).filter((d) => d.isDirectory() && !d.name.startsWith('.')).length;
    const built = fakeIo();
    expect(await main(['build', join(dir, 'input'), '--out', join(dir, 'built'), '--published', '2024-03-05T08:00:00Z', '--formats', 'json'], built)).toBe(0);
    expect(await countFolders(join(dir, 'built'))).toBe(4);
    const ran = fakeIo();
    expect(await main(['run', '--input', join(dir, 'input'), '--out', join(dir, 'ran'), '--formats', 'json', '--log-format', 'json'], ran)).toBe(0);
    expect(await countFolders(join(dir, 'ran'))).toBe(4);
  });
});

describe('a brief sent to other people', () => {
  it('names its source by URL or file name, never by a local path', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'nb-texts-path-'));
    await writeFile(join(dir, 'ferry.txt'), CLUTTER);
    const io = fakeIo();
    expect(await main(['build', join(dir, 'ferry.txt'), '--out', join(dir, 'out'), '--published', '2024-03-05T08:00:00Z', '--formats', 'html,json'], io)).toBe(0);
    const [folder] = (await readdir(join(dir, 'out'), { withFileTypes: true })).filter((d) => d.isDirectory() && !d.name.startsWith('.'));
    const html = await readFile(join(dir, 'out', folder!.name, 'brief.html'), 'utf8');
    expect(html).toContain('ferry.txt');
    expect(html).not.toContain(dir);
  });
});
