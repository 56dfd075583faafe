// Helpers for the run/schedule tests: temp folders, articles, JSON log lines.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO } from '../helpers.js';

export const CLI = join(REPO, 'bin', 'newsbrief.js');

export const tmp = (name = 'nb-sched-') => mkdtemp(join(tmpdir(), name));

/** A small article that briefs cleanly; `n` makes it distinct. */
export function article(n: number, title = `Council story number ${n} makes the news`): string {
  return `${title}\n\nThe council said on Monday it would close library number ${n} next year. "We have no choice," the mayor said. Residents will protest on 12 March, the union said.\n`;
}

export async function writeArticles(dir: string, count: number, from = 1): Promise<string[]> {
  const paths: string[] = [];
  for (let n = from; n < from + count; n++) {
    const path = join(dir, `article-${String(n).padStart(3, '0')}.txt`);
    await writeFile(path, article(n));
    paths.push(path);
  }
  return paths;
}

export interface LogLine {
  level: number;
  msg: string;
  event?: string;
  path?: string;
  outcome?: string;
  reason?: string;
  ruleId?: string | null;
  folder?: string;
  [key: string]: unknown;
}

/** The JSON log lines of a command's stdout. */
export function jsonLines(out: string): LogLine[] {
  return out
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as LogLine);
}

/** The visible brief folders of an output folder (temporary and state folders are hidden; index.html and feed.xml are files). */
export async function briefFolders(out: string): Promise<string[]> {
  const entries = await readdir(out, { withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isDirectory() && !e.name.startsWith('.')).map((e) => e.name).sort();
}

export function requireBuilt(): void {
  if (!existsSync(join(REPO, 'dist', 'cli', 'main.js'))) throw new Error('run "npm run build" first (npm test does)');
}

/** Spawns the built CLI; resolves with its exit code, signal and output. */
export function spawnCli(args: string[], options: { cwd?: string; onStdout?: (chunk: string, child: ChildProcess) => void } = {}) {
  const child = spawn(process.execPath, [CLI, ...args], { cwd: options.cwd ?? REPO, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
    options.onStdout?.(chunk, child);
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { child, done, stdout: () => stdout };
}
