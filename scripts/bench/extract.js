// Times extraction alone over the BBC corpus, in one process, on built code, and can dump what it
// extracted so that two builds can be compared byte for byte:
//
//   node --interrupt-budget=540672 scripts/bench/extract.js [--dist DIR] [--limit N] [--dump FILE]
//
// Every article is read first (ingestion is not timed); then each is extracted once, in a fixed
// order, and the medians of the per-article times are printed: wall time, and the process's CPU
// time (steadier on a loaded machine; it includes V8's compiler and collector threads). `--dist` points at another build (a
// copy of an earlier commit's dist/, beside a node_modules link), so that runs of two builds can
// be alternated on a noisy machine. The tier-up budget above is the one the build's extraction
// thread runs with.
import { writeFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const shared = process.env['NEWSBRIEF_SHARED'] ?? path.resolve(repo, '..', 'shared');
const argv = process.argv.slice(2);
const valueOf = (flag) => (argv.includes(flag) ? argv[argv.indexOf(flag) + 1] : undefined);
const dist = path.resolve(valueOf('--dist') ?? path.join(repo, 'dist'));
const limit = Number(valueOf('--limit') ?? Infinity);
const dump = valueOf('--dump');
const PUBLISHED = '2005-03-01T12:00:00Z';

const { readArticle } = await import(pathToFileURL(path.join(dist, 'ingest', 'index.js')).href);
const { extractBrief } = await import(pathToFileURL(path.join(dist, 'extract', 'index.js')).href);

const root = path.join(shared, 'corpus', 'bbc');
const files = [];
for (const topic of (await readdir(root)).sort()) {
  for (const f of (await readdir(path.join(root, topic))).sort()) if (f.endsWith('.txt')) files.push(`${topic}/${f}`);
}
const inputs = [];
for (const id of files.slice(0, limit)) inputs.push({ id, ...(await readArticle(path.join(root, id), { published: PUBLISHED })) });

const times = [];
const cpus = [];
const lines = [];
const started = performance.now();
for (const { id, article, referenceTime, metadataDates } of inputs) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const extraction = extractBrief(article, { referenceTime, headerDates: metadataDates.map((d) => ({ text: d.text, value: d.value, event: d.event })) });
  const c = process.cpuUsage(c0);
  times.push(performance.now() - t0);
  cpus.push((c.user + c.system) / 1000);
  if (dump) lines.push(JSON.stringify({ id, extraction }));
}
const total = performance.now() - started;
if (dump) writeFileSync(dump, lines.join('\n') + '\n');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const sum = (xs) => xs.reduce((a, b) => a + b, 0);
console.log(`${inputs.length} articles, ${dist}: median ${median(times).toFixed(2)} ms wall, ${median(cpus).toFixed(2)} ms CPU (process); total ${(total / 1000).toFixed(2)} s wall, ${(sum(cpus) / 1000).toFixed(2)} s CPU`);
