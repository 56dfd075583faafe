// Feeds as a source of `run`/`schedule`: served from a local HTTP server, read by real passes.
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolveRunConfig } from '../../src/config/run-config.js';
import { spoolDirOf } from '../../src/sources/feeds.js';
import { runStatus } from '../../src/cli/status.js';
import { Ledger } from '../../src/store/ledger.js';
import { fakeIo } from '../helpers.js';
import { tmp } from '../schedule/helpers.js';
import { type TestServer, atom, configFor, jsonFeed, page, pass, redirect, rss, send, startServer, story, storyTitle } from './helpers.js';

const RSS = 'application/rss+xml';
const HTML = 'text/html; charset=utf-8';

let server: TestServer;
let dir: string;
beforeEach(async () => {
  server = await startServer();
  dir = await tmp('nb-feeds-');
});
afterEach(() => server.close());

const feedRows = (out: string) => {
  const ledger = Ledger.open(out, { readonly: true });
  try {
    return ledger.feeds();
  } finally {
    ledger.close();
  }
};

const pageHits = (prefix: string) => server.hits.filter((h) => h.path.startsWith(prefix)).length;

describe('feeds as a source', () => {
  it('RSS 2.0 with full content, Atom and JSON Feed: each item is briefed once, no page is fetched', async () => {
    const { base, routes } = server;
    routes.set('/rss.xml', send(rss([{ n: 1, link: `${base}/a/1`, full: true }]), RSS));
    routes.set('/atom.xml', send(atom([{ n: 2, link: `${base}/a/2` }]), 'application/atom+xml'));
    routes.set('/feed.json', send(jsonFeed([{ n: 3, link: `${base}/a/3` }]), 'application/feed+json'));
    const config = await configFor(dir, [`${base}/rss.xml`, `${base}/atom.xml`, `${base}/feed.json`]);
    expect(config.sources).toEqual([]);
    const one = await pass(config);
    expect(one.result.failures).toEqual([]);
    expect(one.result.counts).toMatchObject({ found: 3, briefed: 3, failed: 0 });
    expect(one.titles).toEqual([storyTitle(1), storyTitle(2), storyTitle(3)]);
    for (const b of one.briefs) {
      expect(b.text).toContain('"We have no choice," the mayor said');
      expect(b.byline).toBe('Jo Reporter');
    }
    expect(pageHits('/a/')).toBe(0);
    // Every request names us.
    expect(new Set(server.hits.map((h) => h.ua))).toEqual(new Set([expect.stringMatching(/^newsbrief\/\d+\.\d+\.\d+$/)]));

    const two = await pass(config);
    expect(two.result.counts).toMatchObject({ found: 3, briefed: 0, skipped: 3, failed: 0 });
  });

  it('an item with only a summary: its page is fetched once and extracted as HTML', async () => {
    const { base, routes } = server;
    routes.set('/rss.xml', send(rss([{ n: 4, link: `${base}/page/4` }]), RSS));
    routes.set('/page/4', send(page(4, '<p>Only the page says that the library cat will be rehomed.</p>'), HTML));
    const config = await configFor(dir, [`${base}/rss.xml`]);
    const one = await pass(config);
    expect(one.result.failures).toEqual([]);
    expect(one.briefs).toHaveLength(1);
    expect(one.briefs[0]).toMatchObject({ title: storyTitle(4), url: `${base}/page/4` });
    expect(one.briefs[0]!.text).toContain('the library cat will be rehomed');
    expect(one.briefs[0]!.text).not.toContain('Home');
    expect(server.hits.filter((h) => h.path === '/page/4').map((h) => h.ua)).toEqual([expect.stringMatching(/^newsbrief\//)]);
    // Already spooled: not fetched again.
    const two = await pass(config);
    expect(two.result.counts).toMatchObject({ briefed: 0, failed: 0 });
    expect(pageHits('/page/4')).toBe(1);
  });

  it('follows up to 5 redirects to the page; a longer chain is refused and reported', async () => {
    const { base, routes } = server;
    for (let i = 1; i <= 5; i++) routes.set(`/short/${i}`, redirect(i < 5 ? `/short/${i + 1}` : `${base}/page/5`));
    routes.set('/page/5', send(page(5), HTML));
    for (let i = 1; i <= 6; i++) routes.set(`/long/${i}`, redirect(i < 6 ? `/long/${i + 1}` : `${base}/page/6`));
    routes.set('/page/6', send(page(6), HTML));
    routes.set('/rss.xml', send(rss([{ n: 5, link: `${base}/short/1` }, { n: 6, link: `${base}/long/1` }]), RSS));
    const config = await configFor(dir, [`${base}/rss.xml`]);
    const one = await pass(config);
    expect(one.titles).toEqual([storyTitle(5)]);
    expect(one.result.failures).toEqual([{ path: `${base}/long/1`, reason: expect.stringContaining('more than 5 redirects'), permanent: false }]);
    expect(pageHits('/page/6')).toBe(0);
    expect(pageHits('/long/')).toBe(6);
  });

  it('a page that never answers times out; the pass goes on and the item is tried again next pass', async () => {
    const { base, routes } = server;
    let hang = true;
    routes.set('/hang', (_req, res) => {
      if (!hang) res.writeHead(200, { 'content-type': HTML }).end(page(7));
      // else: never answer
    });
    routes.set('/page/8', send(page(8), HTML));
    routes.set('/rss.xml', send(rss([{ n: 7, link: `${base}/hang` }, { n: 8, link: `${base}/page/8` }]), RSS));
    const config = await configFor(dir, [`${base}/rss.xml`], (c) => (c.limits.fetchTimeoutMs = 300));
    const t0 = Date.now();
    const one = await pass(config);
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect(one.titles).toEqual([storyTitle(8)]);
    expect(one.result.failures).toEqual([{ path: `${base}/hang`, reason: expect.stringContaining('no answer within 300 ms'), permanent: false }]);
    hang = false;
    const two = await pass(config);
    expect(two.result.failures).toEqual([]);
    expect(two.titles).toEqual([storyTitle(7), storyTitle(8)]);
  });

  it('a page over the size limit is refused, whether it says its length or not', async () => {
    const { base, routes } = server;
    const big = page(9, `<p>${'padding '.repeat(10_000)}</p>`);
    routes.set('/big-declared', send(big, HTML));
    routes.set('/big-chunked', (_req, res) => {
      res.writeHead(200, { 'content-type': HTML });
      for (let i = 0; i < big.length; i += 4096) res.write(big.slice(i, i + 4096));
      res.end();
    });
    routes.set('/page/10', send(page(10), HTML));
    routes.set('/rss.xml', send(rss([{ n: 9, link: `${base}/big-declared` }, { n: 11, link: `${base}/big-chunked` }, { n: 10, link: `${base}/page/10` }]), RSS));
    const config = await configFor(dir, [`${base}/rss.xml`], (c) => (c.limits.maxFetchBytes = 20_000));
    const one = await pass(config);
    expect(big.length).toBeGreaterThan(20_000);
    expect(one.titles).toEqual([storyTitle(10)]);
    expect(one.result.failures.map((f) => [f.path, f.reason])).toEqual([
      [`${base}/big-declared`, expect.stringContaining('larger than the 20000-byte limit (limits.maxFetchBytes)')],
      [`${base}/big-chunked`, expect.stringContaining('larger than the 20000-byte limit')],
    ]);
  });

  it('a malformed feed and one that is down are reported once each; the other feeds and sources are processed', async () => {
    const { base, routes } = server;
    routes.set('/broken.xml', send(rss([{ n: 12, link: `${base}/a/12`, full: true }]).slice(0, 400), RSS));
    routes.set('/broken.json', send('{"version": "https://jsonfeed.org/version/1.1", "items": [', 'application/feed+json'));
    routes.set('/down.xml', send('upstream unavailable', 'text/plain', 503));
    routes.set('/ok.xml', send(rss([{ n: 13, link: `${base}/a/13`, full: true }]), RSS));
    await mkdir(join(dir, 'in'));
    await writeFile(join(dir, 'in', 'local.txt'), `${storyTitle(14)}\n\n${story(14).join('\n\n')}\n`);
    await writeFile(join(dir, 'newsbrief.config.json'), JSON.stringify({ sources: ['in'], feeds: [`${base}/broken.xml`, `${base}/broken.json`, `${base}/down.xml`, `${base}/ok.xml`], out: 'out', formats: ['json', 'md'], network: { allow: ['127.0.0.1'] } }));
    const config = resolveRunConfig({}, dir).config!;
    const one = await pass(config);
    expect(one.titles).toEqual([storyTitle(13), storyTitle(14)]);
    expect(one.result.counts).toMatchObject({ briefed: 2, failed: 3 });
    expect(one.result.failures.map((f) => f.path).sort()).toEqual([`${base}/broken.json`, `${base}/broken.xml`, `${base}/down.xml`]);
    const reasons = Object.fromEntries(one.result.failures.map((f) => [f.path, f.reason]));
    expect(reasons[`${base}/broken.xml`]).toMatch(/malformed or truncated/);
    expect(reasons[`${base}/broken.json`]).toMatch(/not valid JSON/);
    expect(reasons[`${base}/down.xml`]).toMatch(/HTTP 503/);
    const errorLines = one.lines.filter((l) => l.level >= 50 && l.msg.startsWith('feed '));
    expect(errorLines).toHaveLength(3);
  });

  it('the same item in two feeds (GUIDs differ, URLs agree but for tracking) is briefed once; the same story at another URL is not briefed again', async () => {
    const { base, routes } = server;
    routes.set('/rss.xml', send(rss([{ n: 15, link: `${base}/a/15?utm_source=rss`, full: true, guid: 'rss-15' }]), RSS));
    routes.set('/atom.xml', send(atom([{ n: 15, link: `${base}/a/15#top`, id: 'tag:x,2023:15' }]), 'application/atom+xml'));
    routes.set('/mirror.xml', send(rss([{ n: 15, link: `${base}/mirror/15`, full: true }]), RSS));
    const config = await configFor(dir, [`${base}/rss.xml`, `${base}/atom.xml`]);
    const one = await pass(config);
    expect(one.result.failures).toEqual([]);
    expect(one.titles).toEqual([storyTitle(15)]);
    expect((await readdir(spoolDirOf(config.out))).filter((f) => f.endsWith('.json'))).toHaveLength(1);
    const mirrored = await configFor(dir, [`${base}/rss.xml`, `${base}/atom.xml`, `${base}/mirror.xml`]);
    const two = await pass(mirrored);
    expect(two.result.counts).toMatchObject({ found: 1, briefed: 0, failed: 0 });
    expect(two.titles).toEqual([storyTitle(15)]);
    expect(two.lines.filter((l) => l.msg.includes('same content as one already read'))).toEqual([expect.objectContaining({ url: `${base}/mirror/15` })]);
    // Remembered as seen: not looked at again.
    const three = await pass(mirrored);
    expect(three.lines.filter((l) => l.msg.includes('same content'))).toEqual([]);
    expect(three.result.counts).toMatchObject({ found: 1, briefed: 0 });
  });

  it('a feed that is down on the first pass is briefed on the second', async () => {
    const { base, routes } = server;
    routes.set('/rss.xml', send('', RSS, 502));
    const config = await configFor(dir, [`${base}/rss.xml`]);
    const one = await pass(config);
    expect(one.result.failures).toEqual([{ path: `${base}/rss.xml`, reason: expect.stringMatching(/^feed .*: HTTP 502 .*read again next pass$/), permanent: false }]);
    expect(one.titles).toEqual([]);
    // The ledger keeps the feed's state for `status`: failing, and since when.
    const failing = feedRows(config.out);
    expect(failing).toEqual([expect.objectContaining({ feed: `${base}/rss.xml`, error: expect.stringMatching(/HTTP 502/), failingSince: expect.any(String) })]);
    const io = fakeIo(dir);
    await runStatus({}, io);
    expect(io.out()).toMatch(new RegExp(`feeds:\\n  ${base.replace(/\./g, '\\.')}/rss\\.xml: FAILING since \\S+: HTTP 502`));
    routes.set('/rss.xml', send(rss([{ n: 16, link: `${base}/a/16`, full: true }]), RSS));
    const two = await pass(config);
    expect(two.result.failures).toEqual([]);
    expect(two.titles).toEqual([storyTitle(16)]);
    expect(feedRows(config.out)).toEqual([expect.objectContaining({ feed: `${base}/rss.xml`, error: null, failingSince: null, items: 1, newItems: 1 })]);
    const after = fakeIo(dir);
    await runStatus({}, after);
    expect(after.out()).toContain(`${base}/rss.xml: ok, 1 item(s), 1 new at the last read`);
  });

  it('an item the feed marks as updated is read again and briefed anew; an unchanged one is not', async () => {
    const { base, routes } = server;
    routes.set('/atom.xml', send(atom([{ n: 17, link: `${base}/a/17` }, { n: 18, link: `${base}/a/18` }]), 'application/atom+xml'));
    const config = await configFor(dir, [`${base}/atom.xml`]);
    expect((await pass(config)).result.counts).toMatchObject({ briefed: 2 });
    const updated = atom([{ n: 17, link: `${base}/a/17`, updated: '2023-03-07T10:00:00Z' }, { n: 18, link: `${base}/a/18` }]).replace('close library number 17 next year', 'close library number 17 next month');
    routes.set('/atom.xml', send(updated, 'application/atom+xml'));
    const two = await pass(config);
    expect(two.result.counts).toMatchObject({ briefed: 1, failed: 0 });
    expect(two.briefs.filter((b) => b.text.includes('library number 17 next month'))).toHaveLength(1);
  });

  it('asks one host one thing at a time', async () => {
    const { base, routes } = server;
    const slow = (body: string, type: string) => (_req: unknown, res: import('node:http').ServerResponse) => setTimeout(() => res.writeHead(200, { 'content-type': type }).end(body), 30);
    for (let f = 1; f <= 3; f++) routes.set(`/f${f}.xml`, slow(rss([{ n: 20 + f, link: `${base}/page/${20 + f}` }]), RSS));
    for (let n = 21; n <= 23; n++) routes.set(`/page/${n}`, slow(page(n), HTML));
    const config = await configFor(dir, [`${base}/f1.xml`, `${base}/f2.xml`, `${base}/f3.xml`]);
    const one = await pass(config);
    expect(one.titles).toHaveLength(3);
    expect(server.hits).toHaveLength(6);
    expect(server.maxInFlight()).toBe(1);
  });

  it('reads a feed from a file named in the config file, relative to it', async () => {
    const { base } = server;
    await mkdir(join(dir, 'local'));
    await writeFile(join(dir, 'local', 'feed.xml'), rss([{ n: 24, link: `${base}/a/24`, full: true }]));
    const config = await configFor(dir, ['local/feed.xml']);
    expect(config.feeds).toEqual([join(dir, 'local', 'feed.xml')]);
    const one = await pass(config);
    expect(one.titles).toEqual([storyTitle(24)]);
    expect(server.hits).toEqual([]);
  });
});

describe('feeds cannot reach into the network', () => {
  it('items linking to loopback, link-local and private addresses, directly or by a redirect, fail with the reason; the rest of the pass goes on', async () => {
    const { base, routes } = server;
    const port = new URL(base).port;
    routes.set('/page/40', send(page(40), HTML));
    routes.set('/admin', send(page(44), HTML));
    routes.set('/go', redirect(`http://127.0.0.2:${port}/page/40`));
    routes.set(
      '/rss.xml',
      send(
        rss([
          { n: 40, link: `${base}/page/40` },
          { n: 41, link: 'http://169.254.169.254/latest/meta-data/iam/security-credentials/' },
          { n: 42, link: 'http://10.0.0.5/wiki/Payroll' },
          { n: 43, link: `${base}/go` },
          { n: 44, link: `http://[::ffff:127.0.0.1]:${port}/admin` },
        ]),
        RSS,
      ),
    );
    // The feed's own server is allowed by address (in any form, IPv4-mapped included); the other targets are not.
    const config = await configFor(dir, [`${base}/rss.xml`], undefined, ['127.0.0.1/32']);
    const one = await pass(config);
    expect(one.titles).toEqual([storyTitle(40), storyTitle(44)].sort());
    const reasons = Object.fromEntries(one.result.failures.map((f) => [f.path, f.reason]));
    expect(Object.keys(reasons).sort()).toEqual([`${base}/go`, 'http://10.0.0.5/wiki/Payroll', 'http://169.254.169.254/latest/meta-data/iam/security-credentials/'].sort());
    expect(reasons['http://169.254.169.254/latest/meta-data/iam/security-credentials/']).toContain('refused: 169.254.169.254 is a link-local address');
    expect(reasons['http://10.0.0.5/wiki/Payroll']).toContain('refused: 10.0.0.5 is a private address');
    expect(reasons[`${base}/go`]).toContain('refused: 127.0.0.2 is a loopback address');
    expect(one.lines.filter((l) => l.level >= 50 && l.msg.includes('refused:'))).toHaveLength(3);
    expect(server.hits.map((h) => h.path).sort()).toEqual(['/admin', '/go', '/page/40', '/rss.xml']);
    const io = fakeIo(dir);
    await runStatus({}, io);
    expect(io.out()).toContain('3 item(s) could not be fetched (tried again next pass):');
    expect(io.out()).toContain('http://10.0.0.5/wiki/Payroll: refused: 10.0.0.5 is a private address');
  });

  it('without an allow-list, a feed on a loopback address is refused and shown as failing', async () => {
    const { base, routes } = server;
    routes.set('/rss.xml', send(rss([{ n: 45, link: `${base}/a/45`, full: true }]), RSS));
    const config = await configFor(dir, [`${base}/rss.xml`], undefined, []);
    const one = await pass(config);
    expect(one.titles).toEqual([]);
    expect(one.result.failures).toEqual([{ path: `${base}/rss.xml`, reason: expect.stringContaining('refused: 127.0.0.1 is a loopback address'), permanent: false }]);
    expect(server.hits).toEqual([]);
    const io = fakeIo(dir);
    await runStatus({}, io);
    expect(io.out()).toMatch(/rss\.xml: FAILING since \S+: refused: 127\.0\.0\.1 is a loopback address/);
  });
});

describe('feeds in the config file', () => {
  it('are validated with dot.path errors; sources default to none when feeds are given', async () => {
    await writeFile(join(dir, 'newsbrief.config.json'), JSON.stringify({ feeds: ['https://example.org/rss.xml', 'ftp://example.org/feed', ''], limits: { fetchTimeoutMs: 10, maxFetchBytes: 0 } }));
    const { config, errors } = resolveRunConfig({}, dir);
    expect(config).toBeNull();
    const file = join(dir, 'newsbrief.config.json');
    expect(errors).toEqual(
      expect.arrayContaining([
        `${file}: feeds.1: must be an http:// or https:// URL or a file path`,
        `${file}: feeds.2: must not be empty`,
        `${file}: limits.fetchTimeoutMs: must be at least 1000`,
        expect.stringMatching(/^.*: limits\.maxFetchBytes: /),
      ]),
    );
    await writeFile(file, JSON.stringify({ feeds: ['https://example.org/rss.xml'] }));
    expect(resolveRunConfig({}, dir).config).toMatchObject({ sources: [], feeds: ['https://example.org/rss.xml'] });
    await writeFile(file, JSON.stringify({}));
    expect(resolveRunConfig({}, dir).config).toMatchObject({ sources: [join(dir, 'input')], feeds: [] });
  });

  it('--feed overrides the file; a path given as a flag is relative to the current folder', async () => {
    await mkdir(join(dir, 'conf'));
    await writeFile(join(dir, 'conf', 'newsbrief.config.json'), JSON.stringify({ feeds: ['local.xml'] }));
    const cwd = join(dir, 'work');
    expect(resolveRunConfig({ config: join(dir, 'conf', 'newsbrief.config.json') }, cwd).config).toMatchObject({ feeds: [join(dir, 'conf', 'local.xml')], sources: [] });
    expect(resolveRunConfig({ config: join(dir, 'conf', 'newsbrief.config.json'), feed: ['mine.xml', 'https://example.org/a.xml'] }, cwd).config).toMatchObject({
      feeds: [join(cwd, 'mine.xml'), 'https://example.org/a.xml'],
      sources: [],
    });
    expect(resolveRunConfig({ feed: ['gopher://example.org/'] }, cwd).errors).toEqual(['--feed: must be an http:// or https:// URL or a file path']);
  });
});

describe('files that hold several articles, found in a source folder', () => {
  const inFolder = async (files: Record<string, string>) => {
    await mkdir(join(dir, 'in'), { recursive: true });
    for (const [name, content] of Object.entries(files)) await writeFile(join(dir, 'in', name), content);
    await writeFile(join(dir, 'newsbrief.config.json'), JSON.stringify({ sources: ['in'], out: 'out', formats: ['json', 'md'], network: { allow: ['127.0.0.1'] } }));
    const { config, errors } = resolveRunConfig({}, dir);
    if (!config) throw new Error(errors.join('\n'));
    config.limits.retries = 0;
    return config;
  };
  const article = (n: number) => ({ title: storyTitle(n), text: story(n).join('\n\n'), published: '2023-03-06T09:00:00Z' });

  it('a JSON array: one brief per article entry, the others named in the log; an edited array briefs only what is new', async () => {
    const config = await inFolder({ 'batch.json': JSON.stringify([article(21), { title: 'no body' }, article(22)]) });
    const one = await pass(config);
    expect(one.result.failures).toEqual([]);
    expect(one.titles).toEqual([storyTitle(21), storyTitle(22)]);
    expect(one.lines.filter((l) => l.level === 40).map((l) => l.msg)).toEqual([expect.stringMatching(/batch\.json: entry \[1\]: .*has neither "text" nor "html"; left out$/)]);

    const two = await pass(config);
    expect(two.result.counts).toMatchObject({ briefed: 0, failed: 0 });
    expect(two.titles).toHaveLength(2);
    const io = fakeIo(dir);
    await runStatus({}, io);
    expect(io.out()).toMatch(/files split into their articles:\n {2}\S+ in\/batch\.json \(json-array\): 2 article\(s\) — left out: entry \[1\]: has neither "text" nor "html"/);

    await writeFile(join(dir, 'in', 'batch.json'), JSON.stringify([article(21), article(22), article(23)]));
    const three = await pass(config);
    expect(three.result.counts).toMatchObject({ briefed: 1, failed: 0 });
    expect(three.titles).toEqual([storyTitle(21), storyTitle(22), storyTitle(23)]);
  });

  it('a feed file: items with content are briefed; a summary-only item has its page fetched', async () => {
    const { base, routes } = server;
    routes.set('/page/25', send(page(25), HTML));
    const config = await inFolder({ 'saved.rss': rss([{ n: 24, link: `${base}/a/24`, full: true }, { n: 25, link: `${base}/page/25` }]) });
    const one = await pass(config);
    expect(one.result.failures).toEqual([]);
    expect(one.titles).toEqual([storyTitle(24), storyTitle(25)]);
    const two = await pass(config);
    expect(two.result.counts).toMatchObject({ briefed: 0, failed: 0 });
    expect(pageHits('/page/25')).toBe(1);
  });

  it('a feed file whose item page is down is read again next pass, and only that item is fetched again', async () => {
    const { base, routes } = server;
    routes.set('/page/27', send('down', 'text/plain', 503));
    const config = await inFolder({ 'saved.rss': rss([{ n: 26, link: `${base}/a/26`, full: true }, { n: 27, link: `${base}/page/27` }]) });
    const one = await pass(config);
    expect(one.titles).toEqual([storyTitle(26)]);
    expect(one.result.failures).toEqual([{ path: `${base}/page/27`, reason: expect.stringContaining('HTTP 503'), permanent: false }]);
    routes.set('/page/27', send(page(27), HTML));
    const two = await pass(config);
    expect(two.result.failures).toEqual([]);
    expect(two.titles).toEqual([storyTitle(26), storyTitle(27)]);
    expect(pageHits('/page/27')).toBe(2);
  });

  it('a malformed feed file is refused once, with the reason, like any unusable file', async () => {
    const config = await inFolder({ 'cut.xml': rss([{ n: 28, link: 'https://example.org/a/28', full: true }]).slice(0, 300) });
    const one = await pass(config);
    expect(one.result.failures).toEqual([{ path: join(dir, 'in', 'cut.xml'), reason: expect.stringMatching(/^ingest: looks like a feed but is malformed or truncated/), permanent: true }]);
    const two = await pass(config);
    expect(two.result.counts).toMatchObject({ failed: 0, skipped: 1 });
  });
});
