// The timeline strip in headless Chromium: every label stays inside the strip, however long the
// labels at its two ends are (a date and time at the right end was cut off by the page edge).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractFile, renderBrief } from '../../src/pipeline.js';
import { LAUNCH_ARGS, isHeadlessShell, resolveBrowserPath } from '../../src/render/browser.js';
import { loadTemplates } from '../../src/render/templates.js';

const ARTICLE = [
  'Harbour reopens after the storm',
  '',
  'The harbour reopened at 22:01 on 19 November 2019, the port authority said.',
  '',
  'It had closed on 12 November 2019 when the storm arrived, and repairs began on 14 November 2019.',
  '',
  'The authority said on 30 September 2019 that the sea wall needed work, and inspectors visited at 09:15 on 1 October 2019.',
].join('\n');

describe('the timeline strip in a browser', () => {
  let dir: string;
  let browser: Browser;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'newsbrief-strip-'));
    const executablePath = resolveBrowserPath();
    browser = await puppeteer.launch({ executablePath, headless: isHeadlessShell(executablePath) ? 'shell' : true, args: [...LAUNCH_ARGS, `--user-data-dir=${join(dir, 'profile')}`] });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('keeps the labels at both ends inside the strip, on a page and a phone', async () => {
    const file = join(dir, 'harbour.txt');
    await writeFile(file, ARTICLE);
    const brief = await extractFile(file, { published: '2019-11-20T08:00:00Z' });
    const { html } = await renderBrief(brief, { templates: await loadTemplates(), formats: new Set(['html']), page: 'a4' });
    const page = await browser.newPage();
    for (const width of [800, 390]) {
      await page.setViewport({ width, height: 900 });
      await page.setContent(html!, { waitUntil: 'load' });
      const found = await page.evaluate(() => {
        const svg = document.querySelector('svg.strip')!.getBoundingClientRect();
        return [...document.querySelectorAll('svg.strip text')].map((t) => {
          const r = t.getBoundingClientRect();
          return { label: t.textContent, left: r.left - svg.left, right: svg.right - r.right };
        });
      });
      expect(found.length).toBeGreaterThanOrEqual(4);
      expect(found.some((l) => /22:01/.test(l.label ?? ''))).toBe(true);
      for (const l of found) {
        expect(l.left, `${l.label} at ${width}px`).toBeGreaterThanOrEqual(0);
        expect(l.right, `${l.label} at ${width}px`).toBeGreaterThanOrEqual(0);
      }
    }
    await page.close();
  });
});
