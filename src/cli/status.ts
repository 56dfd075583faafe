// `newsbrief status`: recent passes, what they produced, what failed and why.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type RunFlags, resolveRunConfig } from '../config/run-config.js';
import { LEDGER_FILE, Ledger, STATE_DIR } from '../store/ledger.js';
import type { LockHolder } from '../store/lock.js';
import { EXIT_OK, type Io, UsageError } from './io.js';

export interface StatusFlags extends Pick<RunFlags, 'config' | 'out'> {
  json?: boolean;
  passes?: number;
}

export async function runStatus(flags: StatusFlags, io: Io): Promise<number> {
  const { config, errors } = resolveRunConfig({ ...(flags.config ? { config: flags.config } : {}), ...(flags.out ? { out: flags.out } : {}) }, io.cwd);
  if (!config) throw new UsageError(errors.join('\n'));
  const out = config.out;
  if (!existsSync(out)) throw new UsageError(`${out} does not exist: give the output folder of "newsbrief run", "schedule" or "build" with --out DIR`);
  if (!existsSync(join(out, STATE_DIR, LEDGER_FILE))) {
    // A folder written by `build` has briefs but no ledger: say what is there.
    const { readCatalog } = await import('../publish/catalog.js');
    const briefs = (await readCatalog(out).catch(() => ({ entries: [] }))).entries.length;
    if (flags.json) io.stdout.write(`${JSON.stringify({ out, briefs, passes: [], articles: {}, failed: [], recent: [], running: null }, null, 2)}\n`);
    else if (briefs > 0) io.stdout.write(`${out} holds ${briefs} brief${briefs === 1 ? '' : 's'} but no passes: it was written by "newsbrief build", which keeps no record of passes (only "newsbrief run" and "schedule" do)\n`);
    else io.stdout.write(`no passes recorded in ${out} yet (run "newsbrief run" or "newsbrief schedule")\n`);
    return EXIT_OK;
  }
  const ledger = Ledger.open(out, { readonly: true });
  try {
    const passes = ledger.passes(flags.passes ?? 10);
    const counts = ledger.counts();
    const failed = [...ledger.articles({ status: 'failed-permanent' }), ...ledger.articles({ status: 'failed-transient' })];
    const recent = ledger.articles({ status: 'done' }).slice(0, 20);
    const running = runningHolder(out);
    const feeds = ledger.feeds();
    const containers = ledger.containers(10);
    // A feed item whose page could not be fetched failed too: it counts with the other failures.
    const failedItems = feeds.flatMap((f) => f.failedItems.map((i) => ({ feed: f.feed, item: i.item, reason: i.reason })));
    if (flags.json) {
      const report = {
        out,
        running,
        articles: counts,
        passes,
        recent: recent.map((a) => ({ source: a.source, folder: a.folder, files: a.files, finishedAt: a.finishedAt, durationMs: a.durationMs, attempts: a.attempts, warnings: a.warnings })),
        failed: [
          ...failed.map((a) => ({ source: a.source, status: a.status, attempts: a.attempts, reason: a.error, ruleId: a.ruleId, stage: a.errorStage, at: a.finishedAt })),
          ...failedItems.map((i) => ({ source: i.item, status: 'feed-item-not-fetched', feed: i.feed, reason: i.reason })),
        ],
        feeds,
        split: containers.map((c) => ({ source: c.source, kind: c.kind, articles: c.articles, at: c.splitAt, warnings: c.warnings })),
      };
      io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      return EXIT_OK;
    }
    const rel = (p: string) => relative(io.cwd, p) || p;
    const lines: string[] = [`newsbrief status of ${rel(out)}`];
    lines.push(running ? `running: ${running.command} (pid ${running.pid} on ${running.host}, since ${running.startedAt})` : 'running: nothing');
    lines.push(`articles: ${counts.done} briefed, ${counts['failed-permanent']} refused, ${counts['failed-transient']} to retry, ${counts.pending + counts.running} pending${failedItems.length > 0 ? `; ${failedItems.length} feed item(s) not fetched` : ''}`);
    lines.push('', 'recent passes:');
    for (const p of passes) {
      const took = p.finishedAt ? `${((Date.parse(p.finishedAt) - Date.parse(p.startedAt)) / 1000).toFixed(1)} s` : '—';
      lines.push(`  #${p.id} ${p.startedAt} ${p.status.padEnd(11)} ${took.padStart(8)}  found ${p.found}, briefed ${p.briefed}, failed ${p.failed}, unchanged ${p.skipped - p.duplicates}, duplicates ${p.duplicates}`);
    }
    if (feeds.length > 0) {
      lines.push('', 'feeds:');
      for (const f of feeds) {
        lines.push(f.error ? `  ${f.feed}: FAILING since ${f.failingSince}: ${f.error} (last tried ${f.checkedAt}; read again next pass)` : `  ${f.feed}: ok, ${f.items} item(s), ${f.newItems} new at the last read (${f.checkedAt})`);
        if (f.failedItems.length > 0) lines.push(`    ${f.failedItems.length} item(s) could not be fetched (tried again next pass):`, ...f.failedItems.map((i) => `      ${i.item}: ${i.reason}`));
      }
    }
    if (containers.length > 0) {
      lines.push('', 'files split into their articles:');
      for (const c of containers) lines.push(`  ${c.splitAt} ${rel(c.source)} (${c.kind}): ${c.articles} article(s)${c.warnings.length ? ` — left out: ${c.warnings.join('; ')}` : ''}`);
    }
    if (recent.length > 0) {
      lines.push('', 'recently briefed:');
      for (const a of recent) lines.push(`  ${a.finishedAt} ${a.folder}/ (${a.files.join(', ')}) from ${rel(a.source)}${a.warnings.length ? ` — ${a.warnings.length} warning(s): ${a.warnings.join('; ')}` : ''}`);
    }
    if (failed.length > 0 || failedItems.length > 0) {
      lines.push('', 'failed:');
      for (const i of failedItems) lines.push(`  ${i.item} (an item of feed ${i.feed}): ${i.reason} — its page is fetched again next pass`);
      for (const a of failed) lines.push(`  ${rel(a.source)}: ${a.error}${a.ruleId ? ` [${a.ruleId}]` : ''} — ${a.status === 'failed-permanent' ? 'not retried until the file changes' : `will be retried (${a.attempts} attempt${a.attempts === 1 ? '' : 's'} so far)`}`);
    }
    io.stdout.write(`${lines.join('\n')}\n`);
    return EXIT_OK;
  } finally {
    ledger.close();
  }
}

/** Who holds the output folder, if that process is still alive. */
function runningHolder(out: string): LockHolder | null {
  try {
    const holder = JSON.parse(readFileSync(join(out, STATE_DIR, 'lock.json'), 'utf8')) as LockHolder;
    process.kill(holder.pid, 0);
    return holder;
  } catch {
    return null;
  }
}
