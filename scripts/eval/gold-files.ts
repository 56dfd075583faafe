// Where the gold briefs are: the shared set (`../shared/eval/briefs/`) and the project's own
// (`eval/briefs/`, annotated here per GOLD.md). Both name their input relative to `shared/`.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { GoldBriefSchema, type GoldBrief } from './brief-score.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export function sharedDirOf(env: Record<string, string | undefined> = process.env): string {
  return env.NEWSBRIEF_SHARED ?? path.resolve(repoRoot, '..', 'shared');
}

export function goldDirs(sharedDir: string): string[] {
  return [path.join(sharedDir, 'eval', 'briefs'), path.join(repoRoot, 'eval', 'briefs')];
}

/** Every valid gold brief of both folders, sorted by id; invalid files are reported, not thrown. */
export async function readGoldBriefs(err: (line: string) => void, sharedDir = sharedDirOf()): Promise<GoldBrief[]> {
  const golds: GoldBrief[] = [];
  const seen = new Set<string>();
  for (const dir of goldDirs(sharedDir)) {
    let files: string[];
    try {
      files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
    } catch {
      continue;
    }
    for (const f of files) {
      const parsed = GoldBriefSchema.safeParse(JSON.parse(await readFile(path.join(dir, f), 'utf8')));
      if (!parsed.success) {
        err(`eval: ${path.join(dir, f)}: invalid gold brief: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
        continue;
      }
      if (seen.has(parsed.data.id)) {
        err(`eval: ${path.join(dir, f)}: id ${parsed.data.id} is already a gold brief; skipped`);
        continue;
      }
      seen.add(parsed.data.id);
      golds.push(parsed.data);
    }
  }
  return golds.sort((a, b) => (a.id < b.id ? -1 : 1));
}
