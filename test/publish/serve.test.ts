import { mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { publishIndex } from '../../src/publish/index.js';
import { type RunningServer, serveOutputs } from '../../src/serve/index.js';
import { hasShared } from '../helpers.js';
import { type BuiltOutputs, buildOutputs } from './build-outputs.js';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A raw request: the path goes on the wire exactly as given (no URL normalisation). */
function fetchRaw(port: number, path: string, options: { method?: string; headers?: Record<string, string>; agent?: boolean } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers ?? {}, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe.skipIf(!hasShared)('serveOutputs', () => {
  let out: BuiltOutputs;
  let server: RunningServer;
  const logs: string[] = [];
  let port: number;

  beforeAll(async () => {
    out = await buildOutputs();
    await publishIndex(out.outDir);
    // What must never be reachable: the ledger folder, a secret outside, links leading out.
    await mkdir(join(out.outDir, '.newsbrief'), { recursive: true });
    await writeFile(join(out.outDir, '.newsbrief', 'ledger.sqlite'), 'SQLite format 3\0secret-ledger');
    await writeFile(join(out.outDir, '.env'), 'TOKEN=secret-env');
    const outside = `${out.outDir}-outside`;
    await mkdir(outside, { recursive: true });
    await writeFile(join(outside, 'secret.txt'), 'secret-outside');
    await symlink(outside, join(out.outDir, 'escape'));
    await symlink(join(outside, 'secret.txt'), join(out.outDir, 'secret.txt'));
    await symlink(join(out.outDir, '.newsbrief', 'ledger.sqlite'), join(out.outDir, 'ledger-link.txt'));
    await symlink(out.briefs[0]!.slug, join(out.outDir, 'latest'));
    server = await serveOutputs({ outDir: out.outDir, port: 0, log: (line) => logs.push(line) });
    port = server.port;
  }, 180_000);

  afterAll(async () => {
    await server?.close();
    await rm(`${out.outDir}-outside`, { recursive: true, force: true });
    await out?.cleanup();
  });

  it('binds to 127.0.0.1 by default and serves the index and the feed, always revalidated', async () => {
    expect(server.url).toBe(`http://127.0.0.1:${port}/`);
    for (const path of ['/', '/index.html']) {
      const r = await fetchRaw(port, path);
      expect(r.status).toBe(200);
      expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(r.headers['cache-control']).toBe('no-cache');
      expect(r.body.toString('utf8')).toBe(await readFile(join(out.outDir, 'index.html'), 'utf8'));
    }
    const feed = await fetchRaw(port, '/feed.xml');
    expect(feed.status).toBe(200);
    expect(feed.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    expect(feed.headers['cache-control']).toBe('no-cache');
  });

  it('serves every format of a brief with its content type, and PDFs as downloads named after the brief', async () => {
    const { slug, dir } = out.briefs[0]!;
    const expected: [string, string][] = [
      ['brief.html', 'text/html; charset=utf-8'],
      ['brief.md', 'text/markdown; charset=utf-8'],
      ['brief.json', 'application/json; charset=utf-8'],
      ['brief.txt', 'text/plain; charset=utf-8'],
      ['brief.email.html', 'text/html; charset=utf-8'],
      ['brief.pdf', 'application/pdf'],
    ];
    for (const [file, type] of expected) {
      const r = await fetchRaw(port, `/${slug}/${file}`);
      expect(r.status, file).toBe(200);
      expect(r.headers['content-type'], file).toBe(type);
      expect(r.headers['x-content-type-options']).toBe('nosniff');
      expect(Number(r.headers['content-length'])).toBe(r.body.length);
      expect(r.body.equals(await readFile(join(dir, file))), file).toBe(true);
      if (file === 'brief.pdf') expect(r.headers['content-disposition']).toBe(`attachment; filename="${slug}.pdf"`);
      else expect(r.headers['content-disposition']).toBeUndefined();
    }
    // A brief's folder shows the brief; without the slash it redirects there.
    const folder = await fetchRaw(port, `/${slug}/`);
    expect(folder.status).toBe(200);
    expect(folder.body.toString('utf8')).toContain('<main class="brief">');
    const bare = await fetchRaw(port, `/${slug}?x=1`);
    expect(bare.status).toBe(301);
    expect(bare.headers['location']).toBe(`/${slug}/?x=1`);
    // Percent-encoded ordinary characters are decoded.
    expect((await fetchRaw(port, `/${slug}/brief%2Emd`)).status).toBe(200);
    // A link that stays inside the folder is followed.
    expect((await fetchRaw(port, '/latest/brief.md')).status).toBe(200);
  });

  it('reaches nothing outside the folder and no hidden file: traversal, encoded traversal, backslashes, NUL, links out → 404', async () => {
    const attempts = [
      '/../',
      '/..',
      '/%2e%2e/',
      '/%2E%2E/%2e%2e/etc/passwd',
      '/..%2f..%2fetc/passwd',
      '/..%2F..%2Fetc%2Fpasswd',
      '/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
      '/../../../../etc/passwd',
      `/${out.briefs[0]!.slug}/../../etc/passwd`,
      '/..\\..\\etc\\passwd',
      '/%5c..%5c..%5cetc%5cpasswd',
      '/brief.md%00.html',
      '/%00',
      '/.newsbrief/ledger.sqlite',
      '/.newsbrief/',
      '/%2enewsbrief/ledger.sqlite',
      '/.env',
      '/escape/secret.txt',
      '/secret.txt',
      '/ledger-link.txt',
      '/%ff%fe',
      '/no-such-brief/brief.pdf',
    ];
    for (const path of attempts) {
      const r = await fetchRaw(port, path);
      expect(r.status, path).toBe(404);
      const body = r.body.toString('latin1');
      expect(body, path).not.toMatch(/secret|root:|SQLite/);
    }
  });

  it('is read-only: other methods get 405 with Allow, HEAD gets headers without a body', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
      const r = await fetchRaw(port, '/index.html', { method });
      expect(r.status, method).toBe(405);
      expect(r.headers['allow']).toBe('GET, HEAD');
    }
    const { slug, dir } = out.briefs[1]!;
    const head = await fetchRaw(port, `/${slug}/brief.pdf`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(Number(head.headers['content-length'])).toBe((await readFile(join(dir, 'brief.pdf'))).length);
  });

  it('answers conditional requests with 304 (ETag and Last-Modified)', async () => {
    const path = `/${out.briefs[0]!.slug}/brief.html`;
    const first = await fetchRaw(port, path);
    const etag = first.headers['etag'] as string;
    const lastModified = first.headers['last-modified'] as string;
    expect(etag).toMatch(/^W\/"[0-9a-f]+-[0-9a-f]+"$/);
    expect(first.headers['cache-control']).toBe('max-age=60');
    const byTag = await fetchRaw(port, path, { headers: { 'If-None-Match': etag } });
    expect(byTag.status).toBe(304);
    expect(byTag.body.length).toBe(0);
    expect((await fetchRaw(port, path, { headers: { 'If-None-Match': 'W/"other"' } })).status).toBe(200);
    expect((await fetchRaw(port, path, { headers: { 'If-Modified-Since': lastModified } })).status).toBe(304);
    expect((await fetchRaw(port, path, { headers: { 'If-Modified-Since': 'Thu, 01 Jan 1970 00:00:00 GMT' } })).status).toBe(200);
  });

  it('logs one line per request: method, path, status, bytes, milliseconds', async () => {
    logs.length = 0;
    await fetchRaw(port, '/feed.xml');
    await fetchRaw(port, '/nope');
    await fetchRaw(port, '/index.html', { method: 'DELETE' });
    const size = (await readFile(join(out.outDir, 'feed.xml'))).length;
    // A line is written once its response has gone out — possibly after the client has read it,
    // and one from the previous test may land after the reset: wait for the lines of these three.
    const ours = () => logs.filter((l) => /^(?:GET \/feed\.xml|GET \/nope|DELETE \/index\.html) /.test(l));
    await vi.waitFor(() => expect(ours()).toHaveLength(3));
    const mine = ours();
    expect(mine[0]).toMatch(new RegExp(`^GET /feed\\.xml 200 ${size}B \\d+ms$`));
    expect(mine[1]).toMatch(/^GET \/nope 404 \d+B \d+ms$/);
    expect(mine[2]).toMatch(/^DELETE \/index\.html 405 \d+B \d+ms$/);
  });
});

describe.skipIf(!hasShared)('serveOutputs shutdown', () => {
  it('close() resolves even with a keep-alive connection open, and the port is then closed', async () => {
    const dir = await import('node:fs/promises').then((fs) => fs.mkdtemp(join(process.env['TMPDIR'] ?? '/tmp', 'newsbrief-serve-')));
    await writeFile(join(dir, 'index.html'), '<!doctype html><title>x</title>');
    const server = await serveOutputs({ outDir: dir, port: 0 });
    const { Agent } = await import('node:http');
    const agent = new Agent({ keepAlive: true });
    await new Promise<void>((resolve, reject) =>
      request({ host: '127.0.0.1', port: server.port, path: '/', agent }, (res) => {
        res.resume();
        res.on('end', () => resolve());
      })
        .on('error', reject)
        .end(),
    );
    await expect(server.close()).resolves.toBeUndefined();
    await expect(fetchRaw(server.port, '/')).rejects.toThrow(/ECONNREFUSED/);
    agent.destroy();
    await rm(dir, { recursive: true, force: true });
  });

  it('honours an AbortSignal, and refuses a missing folder or a taken port with a clear message', async () => {
    const dir = await import('node:fs/promises').then((fs) => fs.mkdtemp(join(process.env['TMPDIR'] ?? '/tmp', 'newsbrief-serve-')));
    const controller = new AbortController();
    const server = await serveOutputs({ outDir: dir, port: 0, signal: controller.signal });
    expect((await fetchRaw(server.port, '/')).status).toBe(404);
    controller.abort();
    await server.close();
    await expect(fetchRaw(server.port, '/')).rejects.toThrow(/ECONNREFUSED/);
    await expect(serveOutputs({ outDir: join(dir, 'missing'), port: 0 })).rejects.toThrow(/does not exist/);
    const first = await serveOutputs({ outDir: dir, port: 0 });
    await expect(serveOutputs({ outDir: dir, port: first.port })).rejects.toThrow(/already in use/);
    await first.close();
    await rm(dir, { recursive: true, force: true });
  });
});
