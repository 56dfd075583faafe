// Hostile inputs in one pass: each gets a one-line reason in the log and the
// ledger, nothing prints a stack trace, and every other article's brief is intact.
import { open, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { nodeSourceFs, type SourceFs } from '../../src/schedule/pass.js';
import { Ledger } from '../../src/store/ledger.js';
import { fakeIo } from '../helpers.js';
import { article, briefFolders, jsonLines, type LogLine, tmp } from './helpers.js';

const FILES: Record<string, string | Buffer> = {
  'good.txt': article(1),
  'empty.txt': '',
  'whitespace.txt': '   \n\t\n    \n',
  'image.txt': Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), Buffer.from('IHDR'), Buffer.alloc(64, 0)]),
  'document.txt': Buffer.concat([Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nstream\n', 'latin1'), Buffer.alloc(200, 0), Buffer.from('endstream\n%%EOF\n')]),
  // "Café owner’s “crème brûlée” protest" in Windows-1252: 0x92 and 0x93/0x94 are curly quotes.
  'latin1.txt': Buffer.from('Caf\xe9 owner\x92s protest draws a crowd\n\nThe caf\xe9 owner said on Monday that the \x93cr\xe8me br\xfbl\xe9e\x94 tax was unfair. The council said it would review the levy.\n', 'latin1'),
  'no-sentences.txt': 'lorem ipsum dolor\nsit amet consectetur\nadipiscing elit sed\ndo eiusmod tempor\n',
  'french.txt':
    'Le gouvernement annonce une réforme\n\nLe ministre a déclaré lundi que la réforme des retraites serait présentée au conseil des ministres la semaine prochaine. Les syndicats ont appelé à une grève nationale le 12 mars. Selon le porte-parole, le texte sera débattu au Parlement en avril.\n',
  'payload.txt':
    'Library row deepens as council votes\n\nThe council said on Monday <script>alert("x")</script> it would close the library {{constructor}} and {{#each this}}boom{{/each}} <img src=x onerror=alert(1)>. "It is a sad day," the mayor said.\n',
  'traversal.txt': '../../etc/x\n\nThe council said on Monday it would close the library on Elm Street.\n',
  'rtl.txt': 'عنوان الخبر الرئيسي اليوم\n\nقال وزير الخارجية يوم الاثنين إن المحادثات ستستمر في القاهرة الأسبوع المقبل. وأضاف أن الوفد سيعود إلى بلاده بعد ذلك.\n',
  'enormous-line.txt': `One enormous line of text\n\n${'The minister said on Monday that the plan would cost 5 million pounds and take two years. '.repeat(3000)}\n`,
  'vanishes.txt': article(2, 'This file vanishes while it is read'),
  'changes.txt': article(3, 'This file changes while it is read'),
  'unreadable.txt': article(4, 'This file cannot be read at all'),
};
const FIFTY_MB = 50 * 1024 * 1024;

/** Root ignores chmod 000, so unreadability and races are injected where the pass reads its sources. */
const hostileFs: SourceFs = {
  ...nodeSourceFs,
  async readFile(path) {
    if (path.endsWith('unreadable.txt')) throw Object.assign(new Error(`EACCES: permission denied, open '${path}'`), { code: 'EACCES' });
    const bytes = await nodeSourceFs.readFile(path);
    if (path.endsWith('vanishes.txt')) await rm(path);
    if (path.endsWith('changes.txt')) await writeFile(path, article(5, 'This file changed while it was read'));
    return bytes;
  },
};

let dir: string;
let out: string;
let code: number;
let stdout: string;
let stderr: string;
let lines: LogLine[];
const linesFor = (name: string) => lines.filter((l) => l.event === 'article' && typeof l.path === 'string' && l.path.endsWith(`/${name}`));

beforeAll(async () => {
  dir = await tmp();
  const input = join(dir, 'input');
  await rm(input, { recursive: true, force: true });
  await import('node:fs/promises').then((fs) => fs.mkdir(input));
  for (const [name, content] of Object.entries(FILES)) await writeFile(join(input, name), content);
  // 50 MB, made here and never committed: over the default 20 MB limit.
  const big = await open(join(input, 'huge.txt'), 'w');
  await big.truncate(FIFTY_MB);
  await big.write('Huge\n\nA huge file.\n', 0);
  await big.close();
  out = join(dir, 'out');
  const io = fakeIo(dir);
  code = await main(['run', '--input', input, '--out', out, '--formats', 'html,md,json', '--log-format', 'json'], io, { pass: { sourceFs: hostileFs } });
  stdout = io.out();
  stderr = io.err();
  lines = jsonLines(stdout);
});

describe('hostile inputs in one pass', () => {
  it('exits 1 (some failed) without a stack trace', () => {
    expect(code).toBe(1);
    expect(`${stdout}\n${stderr}`).not.toMatch(/\n\s+at |"stack"/);
  });

  it.each([
    ['empty.txt', /is empty/, 'failed-permanent'],
    ['whitespace.txt', /no article text/, 'failed-permanent'],
    ['image.txt', /binary/, 'failed-permanent'],
    ['document.txt', /binary/, 'failed-permanent'],
    ['huge.txt', /larger than the 20971520-byte limit/, 'failed-permanent'],
    ['vanishes.txt', /disappeared/, 'failed-transient'],
    ['changes.txt', /changed while it was being read/, 'failed-transient'],
    ['unreadable.txt', /permission denied/, 'failed-transient'],
  ])('%s is refused with a one-line reason in the log and the ledger', (name, reason, status) => {
    const failed = linesFor(name).filter((l) => l.outcome === 'failed');
    expect(failed).toHaveLength(1);
    expect(failed[0]!.msg).toMatch(reason);
    expect(failed[0]!.msg).not.toContain('\n');
    const ledger = Ledger.open(out, { readonly: true });
    try {
      const row = ledger.articles().find((a) => a.source.endsWith(`/${name}`));
      expect(row?.status).toBe(status);
      expect(row?.error).toMatch(reason);
    } finally {
      ledger.close();
    }
  });

  it.each(['good.txt', 'latin1.txt', 'no-sentences.txt', 'french.txt', 'payload.txt', 'traversal.txt', 'rtl.txt', 'enormous-line.txt'])('%s is briefed, complete', async (name) => {
    const done = linesFor(name).find((l) => l.outcome === 'briefed');
    expect(done, `log for ${name}: ${JSON.stringify(linesFor(name))}`).toBeDefined();
    expect((await readdir(join(out, done!.folder!))).sort()).toEqual(['brief.email.html', 'brief.html', 'brief.json', 'brief.md', 'brief.txt']);
    const brief = JSON.parse(await readFile(join(out, done!.folder!, 'brief.json'), 'utf8')) as { source: { path: string } };
    expect(brief.source.path.endsWith(name)).toBe(true);
  });

  it('warns, in one line each, about an article with no sentences and one not in English', () => {
    expect(linesFor('no-sentences.txt').find((l) => l.outcome === 'warning')?.msg).toContain('no sentence fit for a bottom line');
    expect(linesFor('french.txt').find((l) => l.outcome === 'warning')?.msg).toContain('does not read as English');
    expect(linesFor('good.txt').filter((l) => l.outcome === 'warning')).toEqual([]);
  });

  it('decodes Windows-1252 text correctly', async () => {
    const folder = linesFor('latin1.txt').find((l) => l.outcome === 'briefed')!.folder!;
    const brief = JSON.parse(await readFile(join(out, folder, 'brief.json'), 'utf8')) as { article: { title: string; text: string } };
    expect(brief.article.title).toBe('Café owner’s protest draws a crowd');
    expect(brief.article.text).toContain('“crème brûlée”');
  });

  it('renders HTML, script and {{handlebars}} in an article inert', async () => {
    const folder = linesFor('payload.txt').find((l) => l.outcome === 'briefed')!.folder!;
    const html = await readFile(join(out, folder, 'brief.html'), 'utf8');
    expect(html).not.toMatch(/<script|<img|onerror=/i);
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('{{constructor}}');
    expect(html).toContain('{{#each this}}boom{{/each}}');
    const md = await readFile(join(out, folder, 'brief.md'), 'utf8');
    // Markdown escapes the angle brackets, so CommonMark shows them as text.
    expect(md).not.toMatch(/(?<!\\)<(?:script|img)/i);
    expect(md).toContain('\\<script\\>');
  });

  it('keeps a path-like title inside the output folder', async () => {
    const folders = await briefFolders(out);
    for (const f of folders) expect(f).toMatch(/^[a-z0-9][a-z0-9-]*$/);
    expect(linesFor('traversal.txt').find((l) => l.outcome === 'briefed')!.folder).toBe('undated-etc-x');
    expect(await readdir(join(dir)).then((e) => e.includes('etc'))).toBe(false);
  });

  it('leaves no temporary folder behind', async () => {
    expect((await readdir(out)).filter((e) => e.startsWith('.') && e !== '.newsbrief')).toEqual([]);
  });

  it('the next pass retries only what may now work: the unreadable file and the changed one', async () => {
    const io = fakeIo(dir);
    const again = await main(['run', '--input', join(dir, 'input'), '--out', out, '--formats', 'html,md,json', '--log-format', 'json'], io);
    const next = jsonLines(io.out()).filter((l) => l.event === 'article');
    expect(next.filter((l) => l.outcome === 'briefed').map((l) => l.path!.split('/').pop()).sort()).toEqual(['changes.txt', 'unreadable.txt']);
    expect(next.filter((l) => l.outcome === 'failed')).toEqual([]);
    expect(again).toBe(0);
    // What is left failed is what is still unusable; the vanished file is forgotten.
    const ledger = Ledger.open(out, { readonly: true });
    try {
      expect(ledger.articles({ status: 'failed-transient' })).toEqual([]);
      expect(ledger.articles({ status: 'failed-permanent' }).map((a) => a.source.split('/').pop()).sort()).toEqual(['document.txt', 'empty.txt', 'huge.txt', 'image.txt', 'whitespace.txt']);
    } finally {
      ledger.close();
    }
  });
});
