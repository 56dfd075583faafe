// The tune and report halves of the gold briefs. Rules are changed only while looking at tune
// articles; the report half says whether they hold on articles they were not written against.
//
// The split is data (`eval/halves.json`), made by a fixed rule and never recomputed for ids it
// already holds, so that adding briefs never moves an article from one half to the other:
// a new id joins the half its kind (the folder of its input) has fewer of; ties go by the
// SHA-256 of the id (even first byte: tune). Ids are added in hash order. A page of the HTML and
// scraped-text benchmark's report split (ids sorted, the last 61) always joins the report half,
// so that no rule is tuned on those pages through a gold brief.
//
//   npx tsx scripts/eval/halves.ts --write     assign every gold brief that has no half yet
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readGoldBriefs, sharedDirOf } from './gold-files.js';

export type Half = 'tune' | 'report';
export const HALVES: readonly Half[] = ['tune', 'report'];

export interface GoldRef {
  id: string;
  input: string;
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const HALVES_FILE = path.join(repoRoot, 'eval', 'halves.json');

const hashOf = (id: string): string => createHash('sha256').update(id).digest('hex');
const kindOf = (input: string): string => path.posix.dirname(input);

export async function readHalves(file = HALVES_FILE): Promise<Map<string, Half>> {
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch {
    return new Map();
  }
  const data = JSON.parse(raw) as Record<string, unknown>;
  const halves = new Map<string, Half>();
  for (const [id, half] of Object.entries(data)) {
    if (half !== 'tune' && half !== 'report') throw new Error(`${file}: ${id}: half must be "tune" or "report"`);
    halves.set(id, half);
  }
  return halves;
}

/** Assigns a half to every ref without one; existing assignments are kept as they are. */
export function assignHalves(refs: readonly GoldRef[], known: ReadonlyMap<string, Half>, reportPages: ReadonlySet<string> = new Set()): Map<string, Half> {
  const halves = new Map(known);
  const counts = new Map<string, Record<Half, number>>();
  const count = (kind: string): Record<Half, number> => {
    let c = counts.get(kind);
    if (!c) counts.set(kind, (c = { tune: 0, report: 0 }));
    return c;
  };
  for (const r of refs) {
    const half = halves.get(r.id);
    if (half) count(kindOf(r.input))[half]++;
  }
  const fresh = refs.filter((r) => !halves.has(r.id)).sort((a, b) => (hashOf(a.id) < hashOf(b.id) ? -1 : 1));
  for (const r of fresh) {
    const c = count(kindOf(r.input));
    const page = /([0-9a-f]{64})\.(?:txt|html\.gz)$/.exec(r.input)?.[1];
    const half: Half = page !== undefined && reportPages.has(page) ? 'report' : c.tune < c.report ? 'tune' : c.report < c.tune ? 'report' : parseInt(hashOf(r.id).slice(0, 2), 16) % 2 === 0 ? 'tune' : 'report';
    halves.set(r.id, half);
    c[half]++;
  }
  return halves;
}

/** The ids of the HTML and scraped-text benchmark's report split: sorted, the last 61 of 181. */
export async function readReportPages(sharedDir = sharedDirOf()): Promise<Set<string>> {
  const ids = (await readdir(path.join(sharedDir, 'eval', 'scraped-text'))).map((f) => f.replace(/\.txt$/, '')).sort();
  return new Set(ids.slice(120));
}

async function main(argv: readonly string[]): Promise<number> {
  if (argv[0] !== '--write') {
    process.stderr.write('usage: npx tsx scripts/eval/halves.ts --write\n');
    return 2;
  }
  const golds = await readGoldBriefs((line) => process.stderr.write(`${line}\n`));
  const known = await readHalves();
  const halves = assignHalves(golds, known, await readReportPages());
  const sorted = Object.fromEntries([...halves].sort(([a], [b]) => (a < b ? -1 : 1)));
  await writeFile(HALVES_FILE, `${JSON.stringify(sorted, null, 2)}\n`);
  const added = [...halves.keys()].filter((id) => !known.has(id));
  process.stdout.write(`${HALVES_FILE}: ${halves.size} ids, ${added.length} new${added.length ? `: ${added.map((id) => `${id} → ${halves.get(id)}`).join(', ')}` : ''}\n`);
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = await main(process.argv.slice(2));
