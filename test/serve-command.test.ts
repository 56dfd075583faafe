import { mkdtemp } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../src/cli/main.js';
import { SEED, SEED_PUBLISHED, fakeIo } from './helpers.js';

function get(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    request(url, { agent: false }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    })
      .on('error', reject)
      .end();
  });
}

describe('newsbrief serve', () => {
  it('serves the output folder with its index until the signal, then exits 0', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'nb-serve-'));
    const out = join(dir, 'out');
    expect(await main(['build', SEED, '--out', out, '--published', SEED_PUBLISHED, '--formats', 'json,md'], fakeIo(dir))).toBe(0);
    const io = fakeIo(dir);
    const controller = new AbortController();
    const running = main(['serve', '--out', out, '--port', '0'], io, { signal: controller.signal });
    await vi.waitFor(() => expect(io.out()).toMatch(/serving .* at http:\/\/127\.0\.0\.1:\d+/), { timeout: 10_000 });
    const url = /at (http:\/\/127\.0\.0\.1:\d+)/.exec(io.out())![1]!;
    const index = await get(`${url}/index.html`);
    expect(index.status).toBe(200);
    expect(index.body).toContain('NATO countries likely to send troops');
    expect((await get(`${url}/..%2f..%2fetc/passwd`)).status).toBe(404);
    controller.abort();
    expect(await running).toBe(0);
    expect(io.out()).toMatch(/GET \/index\.html 200 \d+B/);
  });

  it('refuses a bad port as a usage error', async () => {
    const io = fakeIo();
    expect(await main(['serve', '--port', 'eighty'], io)).toBe(2);
    expect(io.err()).toContain('--port');
  });

  it('refuses a bad --feed-entries as a usage error', async () => {
    const io = fakeIo();
    expect(await main(['serve', '--feed-entries', '2.5'], io)).toBe(2);
    expect(io.err()).toContain('--feed-entries: must be a whole number, 0 or more, not "2.5"');
  });
});
