// Passes brief through the brief runner that `build` and the fleet worker use: one runner kept
// across passes (as `schedule` keeps it), with the ledger's semantics on top.
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveRunConfig } from '../../src/config/run-config.js';
import { PdfRenderer } from '../../src/render/pdf.js';
import type { BriefRunner } from '../../src/runner/brief-runner.js';
import { type PassLog, createLog } from '../../src/schedule/log.js';
import { type SourceFs, nodeSourceFs, runPass, runnerFor } from '../../src/schedule/pass.js';
import { Ledger } from '../../src/store/ledger.js';
import { fakeIo } from '../helpers.js';
import { briefFolders, jsonLines, tmp, writeArticles } from './helpers.js';

const closing: { close(): Promise<void> }[] = [];
afterAll(async () => {
  for (const c of closing) await c.close();
});

describe('passes on one brief runner', () => {
  it('a duplicate is skipped, failing inputs are recorded with their stage and rule, a stopped pass is finished by the next, each article briefed once, one browser for both', async () => {
    const dir = await tmp();
    const input = join(dir, 'in');
    await mkdir(input);
    const [first] = await writeArticles(input, 4);
    await copyFile(first!, join(input, 'copy-of-001.txt'));
    // Sorted first, so they are taken before the pass is stopped.
    await writeFile(join(input, '0-empty.txt'), '');
    await writeFile(join(input, '0-vanishes.txt'), 'Gone before it is briefed\n\nThe council said on Monday it would close the library.\n');
    const { config } = resolveRunConfig({ input: [input], out: join(dir, 'out'), formats: 'pdf,json' }, dir);
    config!.limits.retries = 0;
    // Hashed by the walk, then gone when the extraction thread reads it.
    const vanishing: SourceFs = {
      ...nodeSourceFs,
      async readFile(path) {
        const bytes = await nodeSourceFs.readFile(path);
        if (path.endsWith('0-vanishes.txt')) await rm(path);
        return bytes;
      },
    };
    const pdf = new PdfRenderer({ concurrency: 2 });
    closing.push(pdf);
    const runner: BriefRunner = await runnerFor(config!, { pdf });
    closing.push(runner);
    const ledger = Ledger.open(config!.out);
    closing.push({ close: async () => ledger.close() });

    // Pass 1, stopped as soon as one article is briefed: the one in flight finishes, the rest wait.
    const stop = new AbortController();
    const io1 = fakeIo(dir);
    const log1 = createLog('json', io1);
    const stopping: PassLog = {
      ...log1,
      article(event) {
        log1.article(event);
        if (event.outcome === 'briefed') stop.abort();
      },
    };
    const one = await runPass({ config: config!, ledger, runner, log: stopping, signal: stop.signal, sourceFs: vanishing });
    expect(one.aborted).toBe(true);
    expect(one.counts.duplicates).toBe(1);
    expect(one.counts.briefed).toBeGreaterThanOrEqual(1);
    expect(one.counts.briefed).toBeLessThan(4);
    const failed = jsonLines(io1.out()).filter((l) => l.outcome === 'failed');
    expect(failed.map((l) => [String(l.path).split('/').pop(), l.stage, l.ruleId, l.permanent]).sort()).toEqual([
      ['0-empty.txt', 'ingest', 'empty-input', true],
      ['0-vanishes.txt', 'ingest', 'enoent', false],
    ]);
    expect(ledger.articles({ status: 'failed-permanent' }).map((r) => [r.errorStage, r.ruleId, r.error])).toEqual([['ingest', 'empty-input', 'ingest: is empty']]);
    expect(ledger.articles({ status: 'failed-transient' }).map((r) => [r.errorStage, r.ruleId, r.error])).toEqual([['ingest', 'enoent', 'ingest: the file disappeared before it could be read']]);

    // Pass 2 on the same runner: briefs what the first left, and nothing again.
    const io2 = fakeIo(dir);
    const two = await runPass({ config: config!, ledger, runner, log: createLog('json', io2) });
    expect(two.aborted).toBe(false);
    expect(one.counts.briefed + two.counts.briefed).toBe(4);
    expect(two.counts.failed).toBe(0);
    const done = ledger.articles({ status: 'done' });
    expect(done).toHaveLength(4);
    expect(done.every((r) => r.attempts === 1)).toBe(true);
    const folders = await briefFolders(config!.out);
    expect(folders).toHaveLength(4);
    const sources = await Promise.all(folders.map(async (f) => (JSON.parse(await readFile(join(config!.out, f, 'brief.json'), 'utf8')) as { source: { path: string } }).source.path));
    expect(new Set(sources).size).toBe(4);
    expect(sources.some((s) => s.endsWith('copy-of-001.txt'))).toBe(false);
    // The index lists each brief once.
    const index = await readFile(join(config!.out, 'index.html'), 'utf8');
    for (const f of folders) expect(index.split(`href="${f}/brief.json"`).length - 1, f).toBe(1);
    // The browser stayed warm from one pass to the next.
    expect(pdf.launches).toBe(1);
  }, 120_000);
});
