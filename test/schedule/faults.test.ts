// Faults, survived and measured: the browser killed or hung mid-pass, the
// newsbrief process killed -9 mid-pass, two passes at once, a full disk.
import { mkdir, readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { resolveRunConfig } from '../../src/config/run-config.js';
import { nodeWriteFs, type WriteFs } from '../../src/output/brief-writer.js';
import { PdfRenderer, type PdfResult, type PageSize, countPdfPages } from '../../src/render/pdf.js';
import { createLog } from '../../src/schedule/log.js';
import { runPass } from '../../src/schedule/pass.js';
import { Ledger } from '../../src/store/ledger.js';
import { fakeIo } from '../helpers.js';
import { briefFolders, jsonLines, requireBuilt, spawnCli, tmp, writeArticles } from './helpers.js';

/** Every visible brief folder is complete: exactly the expected files, a one-page PDF, a brief.json naming its source. */
async function expectComplete(out: string, files: string[]): Promise<string[]> {
  const sources: string[] = [];
  for (const folder of await briefFolders(out)) {
    expect((await readdir(join(out, folder))).sort(), folder).toEqual([...files].sort());
    if (files.includes('brief.pdf')) expect(countPdfPages(await readFile(join(out, folder, 'brief.pdf')))).toBe(1);
    sources.push((JSON.parse(await readFile(join(out, folder, 'brief.json'), 'utf8')) as { source: { path: string } }).source.path);
  }
  return sources;
}

const hidden = async (out: string) => (await readdir(out)).filter((e) => e.startsWith('.') && e !== '.newsbrief');

/** A renderer that does something to its own browser before the n-th print. */
class SabotagedRenderer extends PdfRenderer {
  prints = 0;
  constructor(
    private readonly victim: number,
    private readonly sabotage: (pid: number) => void,
    timeoutMs: number,
  ) {
    super({ concurrency: 2, timeoutMs });
  }
  override async render(html: string, dropOrder: string[], size: PageSize): Promise<PdfResult> {
    if (++this.prints === this.victim) {
      const pid = await this.processId();
      if (pid) this.sabotage(pid);
    }
    return super.render(html, dropOrder, size);
  }
}

const renderers: PdfRenderer[] = [];
afterAll(async () => {
  for (const r of renderers) await r.close();
});

async function passWith(pdf: PdfRenderer, count: number, articleTimeoutMs = 60_000) {
  const dir = await tmp();
  await mkdir(join(dir, 'in'));
  await writeArticles(join(dir, 'in'), count);
  const flags = { input: [join(dir, 'in')], out: join(dir, 'out'), formats: 'pdf,json' };
  const { config } = resolveRunConfig(flags, dir);
  config!.limits.articleTimeoutMs = articleTimeoutMs;
  config!.limits.retryBackoffMs = 100;
  const io = fakeIo(dir);
  const ledger = Ledger.open(config!.out);
  try {
    const result = await runPass({ config: config!, ledger, pdf, log: createLog('json', io) });
    const rows = ledger.articles();
    return { result, rows, out: config!.out, lines: jsonLines(io.out()) };
  } finally {
    ledger.close();
  }
}

describe('the browser dies or hangs in the middle of a pass', () => {
  it('killed (SIGKILL): relaunched, the article retried, the pass completes, nothing lost', async () => {
    const pdf = new SabotagedRenderer(3, (pid) => process.kill(pid, 'SIGKILL'), 30_000);
    renderers.push(pdf);
    const { result, rows, out, lines } = await passWith(pdf, 5);
    expect(result.counts).toMatchObject({ found: 5, briefed: 5, failed: 0 });
    expect(pdf.launches).toBeGreaterThanOrEqual(2);
    expect(lines.some((l) => l.outcome === 'retrying')).toBe(true);
    expect(rows.every((r) => r.status === 'done')).toBe(true);
    expect(rows.some((r) => r.attempts >= 2)).toBe(true);
    expect((await expectComplete(out, ['brief.pdf', 'brief.json'])).length).toBe(5);
  });

  it('hung (SIGSTOP): the print times out, the browser is killed and relaunched, the article retried', async () => {
    const pdf = new SabotagedRenderer(2, (pid) => process.kill(pid, 'SIGSTOP'), 3_000);
    renderers.push(pdf);
    const { result, rows, out, lines } = await passWith(pdf, 3, 8_000);
    expect(result.counts).toMatchObject({ found: 3, briefed: 3, failed: 0 });
    expect(pdf.launches).toBeGreaterThanOrEqual(2);
    // The stuck print times out; a print waiting on the same browser may fail with it, and is retried too.
    expect(lines.filter((l) => l.outcome === 'retrying').map((l) => l.reason)).toContainEqual(expect.stringMatching(/did not finish printing within 3000 ms/));
    expect(rows.every((r) => r.status === 'done')).toBe(true);
    expect((await expectComplete(out, ['brief.pdf', 'brief.json'])).length).toBe(3);
  });
});

describe('the disk fills up while a brief is written', () => {
  it('marks the article failed with that reason, leaves the other briefs untouched and retries it next pass', async () => {
    const dir = await tmp();
    await mkdir(join(dir, 'in'));
    await writeArticles(join(dir, 'in'), 1);
    const args = ['run', '--input', join(dir, 'in'), '--out', join(dir, 'out'), '--formats', 'json,md', '--log-format', 'json'];
    expect(await main(args, fakeIo(dir))).toBe(0);
    const [existing] = await briefFolders(join(dir, 'out'));
    const before = await readFile(join(dir, 'out', existing!, 'brief.json'));
    const mtime = (await stat(join(dir, 'out', existing!, 'brief.json'))).mtimeMs;

    await writeArticles(join(dir, 'in'), 1, 2);
    let writes = 0;
    let visibleAtFailure: string[] = [];
    const fullDisk: WriteFs = {
      ...nodeWriteFs,
      async writeFileSynced(path, data) {
        // The first file fits; the second finds the disk full. What can a reader see at that instant?
        if (++writes > 1) visibleAtFailure = await briefFolders(join(dir, 'out'));
        if (writes > 1) throw Object.assign(new Error(`ENOSPC: no space left on device, write '${path}'`), { code: 'ENOSPC' });
        return nodeWriteFs.writeFileSynced(path, data);
      },
    };
    const io = fakeIo(dir);
    expect(await main(args, io, { pass: { writeFs: fullDisk } })).toBe(1);
    const failed = jsonLines(io.out()).filter((l) => l.outcome === 'failed');
    expect(failed).toHaveLength(1);
    expect(failed[0]!.msg).toContain('write: no space left on device');
    expect(visibleAtFailure).toEqual([existing]);
    expect(await briefFolders(join(dir, 'out'))).toEqual([existing]);
    expect(await readFile(join(dir, 'out', existing!, 'brief.json'))).toEqual(before);
    expect((await stat(join(dir, 'out', existing!, 'brief.json'))).mtimeMs).toBe(mtime);
    expect(await hidden(join(dir, 'out'))).toEqual([]);
    const ledger = Ledger.open(join(dir, 'out'), { readonly: true });
    expect(ledger.articles({ status: 'failed-transient' }).map((r) => r.error)).toEqual(['write: no space left on device while writing the brief']);
    ledger.close();

    const next = fakeIo(dir);
    expect(await main(args, next)).toBe(0);
    expect(jsonLines(next.out()).filter((l) => l.outcome === 'briefed')).toHaveLength(1);
    expect(await briefFolders(join(dir, 'out'))).toHaveLength(2);
  });
});

describe('the newsbrief process itself', () => {
  it('killed -9 in the middle of passes: the next pass completes the rest, no duplicate, no partial file, ledger consistent', async () => {
    requireBuilt();
    const dir = await tmp();
    await mkdir(join(dir, 'in'));
    const count = 8;
    await writeArticles(join(dir, 'in'), count);
    const out = join(dir, 'out');
    const args = ['run', '--input', join(dir, 'in'), '--out', out, '--formats', 'pdf,json', '--log-format', 'json'];
    // Kill at different instants: after the first brief, then while the browser starts, then right after the pass starts.
    const triggers: ((chunk: string) => boolean)[] = [(c) => c.includes('"outcome":"briefed"'), (c) => c.includes('pass started'), (c) => c.includes('"outcome":"briefed"')];
    let killed = 0;
    for (const trigger of triggers) {
      const spawned = spawnCli(args, {
        onStdout: (chunk, child) => {
          if (trigger(chunk)) child.kill('SIGKILL');
        },
      });
      const ended = await spawned.done;
      if (ended.code === 0) break; // finished before the kill landed: nothing left to prove
      expect(ended.signal).toBe('SIGKILL');
      killed++;
      // Whatever is visible now is complete.
      await expectComplete(out, ['brief.pdf', 'brief.json']);
    }
    expect(killed).toBeGreaterThan(0);
    const final = await spawnCli(args).done;
    expect(final.code).toBe(0);
    // The last pass did the rest: it briefed something, and recovered what a killed one left running or half-written.
    expect(jsonLines(final.stdout).filter((l) => l.outcome === 'briefed' || l.outcome === 'adopted').length).toBeGreaterThan(0);
    const sources = await expectComplete(out, ['brief.pdf', 'brief.json']);
    expect(sources).toHaveLength(count);
    expect(new Set(sources).size).toBe(count);
    expect(await hidden(out)).toEqual([]);
    const ledger = Ledger.open(out, { readonly: true });
    try {
      expect(ledger.integrityCheck()).toBe('ok');
      const rows = ledger.articles();
      expect(rows).toHaveLength(count);
      expect(rows.every((r) => r.status === 'done' && r.folder !== null)).toBe(true);
      expect(new Set(rows.map((r) => r.folder)).size).toBe(count);
      expect(ledger.passes(10).filter((p) => p.status === 'running')).toEqual([]);
    } finally {
      ledger.close();
    }
  });

  it('two passes fired at once (two processes): each article is briefed once', async () => {
    requireBuilt();
    const dir = await tmp();
    await mkdir(join(dir, 'in'));
    await writeArticles(join(dir, 'in'), 4);
    const out = join(dir, 'out');
    const args = ['run', '--input', join(dir, 'in'), '--out', out, '--formats', 'pdf,json', '--log-format', 'json'];
    const [a, b] = await Promise.all([spawnCli(args).done, spawnCli(args).done]);
    const codes = [a.code, b.code].sort();
    expect(codes).toEqual([0, 3]);
    const refused = a.code === 3 ? a : b;
    expect(refused.stderr).toMatch(/already working on .*; not starting a second one/);
    expect(refused.stderr).not.toMatch(/\n\s+at /);
    expect(await expectComplete(out, ['brief.pdf', 'brief.json'])).toHaveLength(4);
    const ledger = Ledger.open(out, { readonly: true });
    try {
      expect(ledger.articles().map((r) => r.attempts)).toEqual([1, 1, 1, 1]);
    } finally {
      ledger.close();
    }
  });
});

