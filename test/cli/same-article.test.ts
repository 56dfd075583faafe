import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fakeIo } from '../helpers.js';

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Harbour town votes to keep its lighthouse lit</title>
<meta property="article:published_time" content="2024-03-04T10:15:00+01:00"></head><body><article>
<h1>Harbour town votes to keep its lighthouse lit</h1>
<p>Residents of the harbour town voted on Sunday to keep the lighthouse lit, the council said, after a campaign that gathered more than two thousand signatures.</p>
<p>"It is part of who we are," said the mayor, Jon Berg, who will present the budget in April.</p>
</article></body></html>`;

const folders = async (out: string) => (await readdir(out, { withFileTypes: true })).filter((d) => d.isDirectory() && !d.name.startsWith('.')).map((d) => d.name);

describe('the same article from two files', () => {
  it('page.html and page.html.gz make one brief, in one build or two', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'nb-same-'));
    await writeFile(join(dir, 'page.html'), PAGE);
    await writeFile(join(dir, 'page.html.gz'), gzipSync(PAGE));
    const out = join(dir, 'out');
    const io = fakeIo(dir);
    expect(await main(['build', join(dir, 'page.html'), join(dir, 'page.html.gz'), '--out', out, '--formats', 'json'], io)).toBe(0);
    expect(await folders(out)).toHaveLength(1);
    expect(io.err()).toContain(`page.html.gz: the same article as ${join(dir, 'page.html')}, already briefed in this build; skipped`);
    expect(io.out()).toContain('1 brief written');

    expect(await main(['build', join(dir, 'page.html.gz'), '--out', out, '--formats', 'json'], fakeIo(dir))).toBe(0);
    expect(await folders(out)).toHaveLength(1);
  });
});
