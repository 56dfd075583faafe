// How a pass starts: the sources it finds are noted in the ledger in one commit.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveRunConfig } from '../../src/config/run-config.js';
import { PdfRenderer } from '../../src/render/pdf.js';
import { createLog } from '../../src/schedule/log.js';
import { type SourceFs, nodeSourceFs, runPass } from '../../src/schedule/pass.js';
import { Ledger } from '../../src/store/ledger.js';
import { fakeIo } from '../helpers.js';
import { tmp, writeArticles } from './helpers.js';

const renderers: PdfRenderer[] = [];
afterAll(async () => {
  for (const r of renderers) await r.close();
});

async function folderWith(count: number) {
  const dir = await tmp();
  await mkdir(join(dir, 'in'));
  await writeArticles(join(dir, 'in'), count);
  const { config } = resolveRunConfig({ input: [join(dir, 'in')], out: join(dir, 'out'), formats: 'pdf,json' }, dir);
  return { dir, config: config! };
}

async function pass(folder: Awaited<ReturnType<typeof folderWith>>, pdf: PdfRenderer, sourceFs?: SourceFs) {
  const ledger = Ledger.open(folder.config.out);
  try {
    return await runPass({ config: folder.config, ledger, pdf, log: createLog('json', fakeIo(folder.dir)), ...(sourceFs ? { sourceFs } : {}) });
  } finally {
    ledger.close();
  }
}

describe('the start of a pass', () => {
  it('notes the files it finds in one commit at the end of the walk, not one per file', async () => {
    const folder = await folderWith(3);
    const ledger = Ledger.open(folder.config.out);
    ledger.close();
    const seenMidWalk: number[] = [];
    const watching: SourceFs = {
      ...nodeSourceFs,
      async readFile(path) {
        // What another process could read of the ledger while the walk is under way.
        const reader = Ledger.open(folder.config.out, { readonly: true });
        seenMidWalk.push(reader.sources().length);
        reader.close();
        return nodeSourceFs.readFile(path);
      },
    };
    const pdf = new PdfRenderer({ concurrency: 1 });
    renderers.push(pdf);
    const result = await pass(folder, pdf, watching);
    expect(result.counts).toMatchObject({ found: 3, briefed: 3 });
    // Each file is read when it is hashed (and again when it is briefed, after the walk).
    expect(seenMidWalk.slice(0, 3)).toEqual([0, 0, 0]);
    const after = Ledger.open(folder.config.out, { readonly: true });
    expect(after.sources()).toHaveLength(3);
    after.close();
  });
});
