// `npm run soak`: two passes over the whole BBC corpus into a temporary
// folder, then the figures: what was briefed, what failed and why, duplicates,
// PDFs not exactly one page, briefs breaking the schema or the evidence
// invariant, work done by the second pass, wall time, rate and peak memory.
// Not part of `npm test`: it takes minutes.
//
// It runs the built code (dist/, `npm run build` first, the npm script does):
// tsx would rename the functions that puppeteer sends into the page.
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

type Invariants = typeof import('../src/brief/invariants.js');
type RunConfigModule = typeof import('../src/config/run-config.js');
type PdfModule = typeof import('../src/render/pdf.js');
type LogModule = typeof import('../src/schedule/log.js');
type PassModule = typeof import('../src/schedule/pass.js');
type LedgerModule = typeof import('../src/store/ledger.js');

const REPO = fileURLToPath(new URL('..', import.meta.url));
const dist = <T>(path: string): Promise<T> => import(join(REPO, 'dist', path)) as Promise<T>;

const { checkBrief } = await dist<Invariants>('brief/invariants.js');
const { resolveRunConfig } = await dist<RunConfigModule>('config/run-config.js');
const { PdfRenderer, countPdfPages } = await dist<PdfModule>('render/pdf.js');
const { createLog } = await dist<LogModule>('schedule/log.js');
const { runPass, runnerFor } = await dist<PassModule>('schedule/pass.js');
const { Ledger } = await dist<LedgerModule>('store/ledger.js');

const shared = process.env['NEWSBRIEF_SHARED'] ?? resolve(REPO, '..', 'shared');
const corpus = process.argv[2] ?? join(shared, 'corpus', 'bbc');
const out = await mkdtemp(join(tmpdir(), 'newsbrief-soak-'));
const keep = process.env['SOAK_KEEP'] === '1';

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 250);

// Progress on stderr every 100 articles; failures in full.
let done = 0;
const quiet = createLog('json', { stdout: { write: () => true }, stderr: process.stderr, cwd: REPO, env: process.env });
const log: ReturnType<typeof createLog> = {
  ...quiet,
  info: () => undefined,
  article(e) {
    if (e.outcome === 'failed') process.stderr.write(`  failed ${e.path}: ${e.reason}\n`);
    if (e.outcome === 'briefed' && ++done % 100 === 0) process.stderr.write(`  ${done} briefed…\n`);
  },
};

const { config, errors } = resolveRunConfig({ input: [corpus], out }, REPO);
if (!config) throw new Error(errors.join('\n'));
const pdf = new PdfRenderer({ concurrency: config.limits.concurrency, timeoutMs: Math.floor(config.limits.articleTimeoutMs * 0.75), handleSignals: false });
// One runner for both passes, as `schedule` keeps one.
const runner = await runnerFor(config, { pdf });
const ledger = Ledger.open(out);

console.log(`soak: ${corpus} → ${out}`);
const t0 = performance.now();
const first = await runPass({ config, ledger, runner, log });
const wall = (performance.now() - t0) / 1000;
const t1 = performance.now();
const second = await runPass({ config, ledger, runner, log });
const secondWall = (performance.now() - t1) / 1000;
await runner.close();
await pdf.close();

// Check every brief written.
let notOnePage = 0;
let badBriefs = 0;
const problems: string[] = [];
// Brief folders only: index.html and feed.xml sit beside them.
const folders = (await readdir(out, { withFileTypes: true })).filter((e) => e.isDirectory() && !e.name.startsWith('.')).map((e) => e.name);
for (const folder of folders) {
  const pages = countPdfPages(await readFile(join(out, folder, 'brief.pdf')));
  if (pages !== 1) {
    notOnePage++;
    problems.push(`${folder}: ${pages} pages`);
  }
  const violations = checkBrief(JSON.parse(await readFile(join(out, folder, 'brief.json'), 'utf8')));
  if (violations.length > 0) {
    badBriefs++;
    problems.push(`${folder}: ${violations.map((v) => `${v.path}: ${v.problem}`).join('; ')}`);
  }
}
const retried = ledger.articles().filter((a) => a.attempts > 1).length;
const integrity = ledger.integrityCheck();
ledger.close();
clearInterval(sampler);
peakRss = Math.max(peakRss, process.memoryUsage().rss);

const reasons = new Map<string, number>();
for (const f of first.failures) reasons.set(f.reason, (reasons.get(f.reason) ?? 0) + 1);
const secondWork = second.counts.briefed + second.counts.failed;
console.log(`
files found            ${first.counts.found}
articles briefed       ${first.counts.briefed}  (folders: ${folders.length}; retried after a transient failure: ${retried})
failed                 ${first.counts.failed}${[...reasons].map(([r, n]) => `\n  ${n} × ${r}`).join('')}
duplicates detected    ${first.counts.duplicates}
PDFs not one page      ${notOnePage}
briefs failing schema/evidence invariant  ${badBriefs}
second pass work       ${secondWork}  (briefed ${second.counts.briefed}, failed ${second.counts.failed}, skipped ${second.counts.skipped}, ${secondWall.toFixed(1)} s)
wall time (1st pass)   ${wall.toFixed(1)} s
articles per second    ${(first.counts.briefed / wall).toFixed(2)}
peak memory (node RSS) ${(peakRss / 1024 / 1024).toFixed(0)} MB; browser launches ${pdf.launches}
ledger integrity       ${integrity}${problems.length ? `\nproblems:\n  ${problems.slice(0, 20).join('\n  ')}` : ''}`);

if (!keep) await rm(out, { recursive: true, force: true });
else console.log(`kept ${out}`);
process.exitCode = notOnePage === 0 && badBriefs === 0 && secondWork === 0 && integrity === 'ok' ? 0 : 1;
