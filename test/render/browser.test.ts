import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserNotFoundError, SYSTEM_BROWSERS, resolveBrowserPath } from '../../src/render/browser.js';

describe('finding a browser', () => {
  let dir: string;
  let shell: string;
  let chrome: string;
  let system: string;
  const missing = (name: string): string => join(dir, 'missing', name);
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'newsbrief-browsers-'));
    [shell, chrome, system] = ['chrome-headless-shell', 'chrome', 'chromium'].map((n) => join(dir, n)) as [string, string, string];
    for (const file of [shell, chrome, system]) {
      await writeFile(file, '#!/bin/sh\n');
      await chmod(file, 0o755);
    }
    await writeFile(join(dir, 'not-executable'), '');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('takes an explicit path over everything, and says where a bad one came from', () => {
    expect(resolveBrowserPath({ executablePath: system, env: {}, cachedPaths: [shell], candidates: [chrome] })).toBe(system);
    expect(resolveBrowserPath({ env: { PUPPETEER_EXECUTABLE_PATH: system }, cachedPaths: [shell] })).toBe(system);
    expect(() => resolveBrowserPath({ executablePath: join(dir, 'not-executable'), env: {} })).toThrow(/from --browser\) does not exist or is not executable/);
    expect(() => resolveBrowserPath({ env: { PUPPETEER_EXECUTABLE_PATH: missing('x') } })).toThrow(/from PUPPETEER_EXECUTABLE_PATH/);
  });

  it("takes puppeteer's cache in the order given (the headless shell first), then the system's", () => {
    expect(resolveBrowserPath({ env: {}, cachedPaths: [shell, chrome], candidates: [system] })).toBe(shell);
    expect(resolveBrowserPath({ env: {}, cachedPaths: [missing('shell'), chrome], candidates: [system] })).toBe(chrome);
    expect(resolveBrowserPath({ env: {}, cachedPaths: [missing('shell'), missing('chrome')], candidates: [missing('a'), system] })).toBe(system);
  });

  it('lists every place it looked when there is none, and what to run', () => {
    const tried = [missing('shell'), missing('chrome'), missing('chromium')];
    let error: unknown;
    try {
      resolveBrowserPath({ env: {}, cachedPaths: tried.slice(0, 2), candidates: tried.slice(2) });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(BrowserNotFoundError);
    for (const path of tried) expect((error as Error).message).toContain(path);
    expect((error as Error).message).toMatch(/npm run setup/);
  });

  it("looks for Debian's headless shell before its full Chromium", () => {
    expect(SYSTEM_BROWSERS.indexOf('/usr/bin/chromium-headless-shell')).toBeLessThan(SYSTEM_BROWSERS.indexOf('/usr/bin/chromium'));
  });
});
