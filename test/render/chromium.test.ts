import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer';
import { describe, expect, it } from 'vitest';
import { LAUNCH_ARGS } from '../../src/render/browser.js';
import { chromiumArgs } from '../../src/render/chromium.js';
import { PROFILE_PREFIX } from '../../src/render/orphans.js';
import { PdfRenderer } from '../../src/render/pdf.js';
import { BBC, REPO } from '../helpers.js';

/** Running (not zombie) processes: pid, parent pid, process group and command line. */
function processes(): { pid: number; ppid: number; pgrp: number; args: string[] }[] {
  const found = [];
  for (const name of readdirSync('/proc').filter((n) => /^\d+$/.test(n))) {
    try {
      const args = readFileSync(join('/proc', name, 'cmdline'), 'utf8').split('\0');
      const stat = readFileSync(join('/proc', name, 'stat'), 'utf8');
      const [state, ppid, pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (state !== 'Z') found.push({ pid: Number(name), ppid: Number(ppid), pgrp: Number(pgrp), args });
    } catch {
      // gone meanwhile
    }
  }
  return found;
}

/** The profile folder a browser process runs with, if it is one of ours. */
function profileOf(args: string[]): string | undefined {
  const flag = `--user-data-dir=${join(tmpdir(), PROFILE_PREFIX)}`;
  return args.find((a) => a.startsWith(flag))?.slice('--user-data-dir='.length);
}

describe('starting Chromium', () => {
  it('runs the command line puppeteer.launch() would (the pinned puppeteer)', () => {
    const dir = '/tmp/profile';
    expect(chromiumArgs(dir, LAUNCH_ARGS)).toEqual([...puppeteer.defaultArgs({ headless: true, userDataDir: dir, args: [...LAUNCH_ARGS] }), '--remote-debugging-pipe']);
    expect(chromiumArgs(dir, LAUNCH_ARGS, true)).toEqual([...puppeteer.defaultArgs({ headless: 'shell', userDataDir: dir, args: [...LAUNCH_ARGS] }), '--remote-debugging-pipe']);
  });

  it('knows the headless shell by its name', async () => {
    const { isHeadlessShell } = await import('../../src/render/browser.js');
    expect(isHeadlessShell('/usr/lib/chromium/chromium-headless-shell')).toBe(true);
    expect(isHeadlessShell('/root/.cache/puppeteer/chrome-headless-shell/linux-1/chrome-headless-shell-linux64/chrome-headless-shell')).toBe(true);
    expect(isHeadlessShell('C:\\chrome-headless-shell\\chrome-headless-shell.exe')).toBe(true);
    expect(isHeadlessShell('/usr/lib/chromium/chromium')).toBe(false);
    expect(isHeadlessShell('/root/.cache/puppeteer/chrome-headless-shell/linux-1/chrome-linux64/chrome')).toBe(false);
  });

  it('a browser that does not start is reported in one sentence, and the next print tries again', async () => {
    const renderer = new PdfRenderer({ executablePath: '/bin/false' });
    try {
      await expect(renderer.render('<p>x</p>', [], 'a4')).rejects.toThrow(/^could not start the browser at \/bin\/false: it exited \(code 1\)/);
      await expect(renderer.render('<p>x</p>', [], 'a4')).rejects.toThrow(/could not start the browser/);
      expect(renderer.launches).toBe(2);
    } finally {
      await renderer.close();
    }
  });

  it('a build stopped with SIGINT ends its browser and exits 130', async () => {
    const inputs = readdirSync(join(BBC, 'tech')).slice(0, 40).map((f) => join(BBC, 'tech', f));
    const out = join(tmpdir(), `nb-sigint-${process.pid}`);
    const child = spawn(process.execPath, [join(REPO, 'bin', 'newsbrief.js'), 'build', ...inputs, '--out', out, '--published', '2005-01-15T12:00:00Z'], { stdio: ['ignore', 'pipe', 'pipe'] });
    // Stopped once it is printing: the first brief is written.
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => d.toString().includes('wrote ') && resolve());
      child.on('exit', () => reject(new Error('the build ended before it was stopped')));
    });
    // This build's browser is the child's own Chromium, told apart from the browsers of other test
    // files running meanwhile by its parent; it leads a process group that its helpers join.
    const browsers = processes().filter((p) => p.ppid === child.pid && profileOf(p.args) !== undefined);
    expect(browsers).toHaveLength(1);
    const { pid: group, args } = browsers[0]!;
    const profile = profileOf(args)!;
    const ofThisBuild = () => processes().filter((p) => p.pgrp === group).map((p) => p.pid);
    expect(ofThisBuild().length).toBeGreaterThan(1);
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    expect(code).toBe(130);
    // The browser and its helpers were killed with it, and its profile removed.
    await new Promise((r) => setTimeout(r, 300));
    expect(ofThisBuild()).toEqual([]);
    expect(existsSync(profile)).toBe(false);
  }, 60_000);
});
