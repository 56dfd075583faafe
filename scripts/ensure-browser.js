#!/usr/bin/env node
// Makes sure a Chrome/Chromium exists for printing PDFs. Order: an explicit
// PUPPETEER_EXECUTABLE_PATH, puppeteer's cache, the system's browser, each
// preferring Chromium's headless shell (it prints the same PDFs with less CPU);
// if none, puppeteer's own download of the headless shell, then the OS package
// (Debian/Ubuntu, as root). Prints what it found or exactly what to run; never a stack trace.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

// The same lookup `newsbrief build` makes (run by "npm run setup" after the build).
let browser;
try {
  browser = { ...(await import('../dist/render/browser.js')), ...(await import('../dist/render/pdf.js')) };
} catch {
  console.error('browser: newsbrief is not built yet: run "npm run build" first');
  process.exit(1);
}

/** The browser newsbrief would print with, or null when there is none. */
async function find() {
  let cachedPaths = [];
  try {
    const { default: puppeteer } = await import('puppeteer');
    cachedPaths = browser.cachedBrowserPaths(puppeteer);
  } catch {
    // No puppeteer configuration to read: its cache is not looked at.
  }
  try {
    return browser.resolveBrowserPath({ cachedPaths });
  } catch (error) {
    if (error instanceof browser.BrowserNotFoundError) return null;
    // An explicit PUPPETEER_EXECUTABLE_PATH that is not there.
    console.error(`browser: ${error.message}`);
    process.exit(1);
  }
}

/** Runs an install step; on failure prints its first error line, not its stack trace. */
function run(cmd, args, label) {
  console.log(`browser: trying ${label}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', timeout: 15 * 60_000 });
  if (r.status === 0) return true;
  const lines = `${r.stderr ?? ''}\n${r.stdout ?? ''}`.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('at '));
  console.log(`browser: ${label} failed: ${lines.find((l) => /error|fail|denied|unable|could not/i.test(l)) ?? lines[0] ?? r.error?.message ?? `exit ${r.status}`}`);
  return false;
}

let path = await find();
if (!path) {
  console.log('browser: no Chrome or Chromium found; installing one');
  if (run('npx', ['--no-install', 'puppeteer', 'browsers', 'install', 'chrome-headless-shell'], "puppeteer's download")) path = await find();
}
if (!path && process.platform === 'linux' && typeof process.getuid === 'function' && process.getuid() === 0 && existsSync('/usr/bin/apt-get')) {
  // The full chromium package where a distribution has no headless shell.
  if (run('apt-get', ['update', '-qq'], 'the package index')) {
    if (run('apt-get', ['install', '-y', '-qq', 'chromium-headless-shell'], "Debian's chromium-headless-shell package") || run('apt-get', ['install', '-y', '-qq', 'chromium'], "Debian's chromium package")) path = await find();
  }
}
if (!path) {
  console.error(
    [
      'browser: could not install a Chrome or Chromium. Do one of:',
      '  sudo apt-get update && sudo apt-get install -y chromium-headless-shell   (Debian/Ubuntu)',
      '  npx puppeteer browsers install chrome-headless-shell                     (where the network allows)',
      '  export PUPPETEER_EXECUTABLE_PATH=/path/to/chrome                         (a browser you already have)',
      'then run "npm run setup" again.',
    ].join('\n'),
  );
  process.exit(1);
}
console.log(`browser: using ${path}`);
if (!browser.isHeadlessShell(path) && !process.env.PUPPETEER_EXECUTABLE_PATH) {
  console.log('browser: Chromium\'s headless shell prints the same PDFs with about 40% less CPU; newsbrief takes it when installed');
  console.log('         ("apt-get install chromium-headless-shell", or "npx puppeteer browsers install chrome-headless-shell")');
}
