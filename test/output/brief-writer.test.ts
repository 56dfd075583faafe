// The atomic brief writer: the output folder's fsync is shared by briefs that finish together.
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type WriteFs, nodeWriteFs, writeBriefFolder } from '../../src/output/brief-writer.js';

describe('writeBriefFolder', () => {
  it('briefs written together share the output folder’s fsync, and each is covered by one that started after its rename', async () => {
    const out = await mkdtemp(join(tmpdir(), 'nb-writer-'));
    let clock = 0;
    const renamed = new Map<string, number>();
    const syncs: { start: number; end: number }[] = [];
    const watched: WriteFs = {
      ...nodeWriteFs,
      async rename(from, to) {
        await nodeWriteFs.rename(from, to);
        renamed.set(to, ++clock);
      },
      async syncDir(path) {
        if (path !== out) return nodeWriteFs.syncDir(path);
        const sync = { start: ++clock, end: Infinity };
        syncs.push(sync);
        // A slow disk: the writers that finish meanwhile queue behind this one.
        await new Promise((resolve) => setTimeout(resolve, 30));
        await nodeWriteFs.syncDir(path);
        sync.end = ++clock;
      },
    };
    const slugs = Array.from({ length: 8 }, (_, i) => `brief-${i}`);
    const settled: number[] = [];
    await Promise.all(
      slugs.map(async (slug) => {
        await writeBriefFolder(out, slug, { html: `<p>${slug}</p>`, md: slug }, { replace: false, fs: watched });
        settled.push(++clock);
        // Durable when it returns: an fsync that started after its rename has ended.
        const at = renamed.get(join(out, slug))!;
        expect(syncs.some((s) => s.start > at && s.end <= clock)).toBe(true);
      }),
    );
    expect((await readdir(out)).sort()).toEqual(slugs);
    expect(syncs.length).toBeGreaterThanOrEqual(1);
    expect(syncs.length).toBeLessThan(slugs.length);
    // Never two at once.
    for (let i = 1; i < syncs.length; i++) expect(syncs[i]!.start).toBeGreaterThan(syncs[i - 1]!.end);
  });
});
