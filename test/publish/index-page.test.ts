// The index page as a person uses it, in headless Chromium: served by
// serveOutputs and opened from disk.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishIndex } from '../../src/publish/index.js';
import { LAUNCH_ARGS, isHeadlessShell, resolveBrowserPath } from '../../src/render/browser.js';
import { countPdfPages } from '../../src/render/pdf.js';
import { type RunningServer, serveOutputs } from '../../src/serve/index.js';
import { hasShared } from '../helpers.js';
import { type BuiltOutputs, buildOutputs } from './build-outputs.js';

const SHOTS = { desktop: '/tmp/newsbrief-index-desktop.png', phone: '/tmp/newsbrief-index-phone.png' };

describe.skipIf(!hasShared)('the index page in a browser', () => {
  let out: BuiltOutputs;
  let server: RunningServer;
  let browser: Browser;
  let profile: string;
  let origin: string;
  const requests: string[] = [];

  beforeAll(async () => {
    out = await buildOutputs();
    await publishIndex(out.outDir);
    server = await serveOutputs({ outDir: out.outDir, port: 0 });
    origin = new URL(server.url).origin;
    profile = await mkdtemp(join(tmpdir(), 'newsbrief-index-profile-'));
    const executablePath = resolveBrowserPath();
    browser = await puppeteer.launch({ executablePath, headless: isHeadlessShell(executablePath) ? 'shell' : true, args: [...LAUNCH_ARGS, `--user-data-dir=${profile}`] });
    await browser.defaultBrowserContext().overridePermissions(origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await rm(profile, { recursive: true, force: true });
    await out?.cleanup();
  });

  async function open(url = server.url, setup?: (page: Page) => Promise<unknown>): Promise<Page> {
    const page = await browser.newPage();
    page.on('request', (r) => requests.push(r.url()));
    await page.setViewport({ width: 1280, height: 900 });
    if (setup) await setup(page);
    await page.goto(url, { waitUntil: 'load' });
    return page;
  }

  const visibleCards = (page: Page): Promise<string[]> =>
    page.$$eval('[data-brief]', (cards) => cards.filter((c) => (c as HTMLElement).offsetParent !== null).map((c) => c.getAttribute('data-brief')!));

  async function readClipboard(): Promise<string> {
    const page = await open();
    await page.bringToFront();
    const text = await page.evaluate(() => navigator.clipboard.readText());
    await page.close();
    return text;
  }

  async function clearClipboard(): Promise<void> {
    const page = await open();
    await page.bringToFront();
    await page.evaluate(() => navigator.clipboard.writeText('(empty)'));
    await page.close();
  }

  it('lists the briefs newest first with title, outlet, time, bottom line, key actors and the actions', async () => {
    const page = await open();
    expect(await visibleCards(page)).toEqual(out.briefs.map((b) => b.slug));
    const cards = await page.$$eval('[data-brief]', (els) =>
      els.map((el) => ({
        title: el.querySelector('h2')!.textContent!.trim(),
        text: (el as HTMLElement).innerText.replace(/\s+/g, ' '),
        time: el.querySelector('time')?.getAttribute('datetime') ?? null,
        pdf: el.querySelector('a[download]')?.getAttribute('href') ?? null,
        download: el.querySelector('a[download]')?.getAttribute('download') ?? null,
        actions: [...el.querySelectorAll('.actions a, .actions button')].map((a) => a.textContent!.trim()),
      })),
    );
    for (const [i, card] of cards.entries()) {
      const { brief, slug } = out.briefs[i]!;
      expect(card.title).toBe(brief.article.title);
      expect(card.time).toBe(brief.article.publishedAt);
      for (const s of brief.summary) expect(card.text).toContain(s.text.replace(/\s+/g, ' ').trim());
      for (const a of brief.actors.filter((x) => x.key)) expect(card.text).toContain(a.name);
      if (brief.article.outlet) expect(card.text).toContain(brief.article.outlet);
      expect(card.pdf).toBe(`${slug}/brief.pdf`);
      expect(card.download).toBe(`${slug}.pdf`);
      expect(card.actions).toEqual([expect.stringMatching(/^Download PDF/), 'Copy Markdown', 'Open brief', 'Markdown', 'Email HTML', 'Plain text', 'JSON']);
    }
    expect(await page.$eval('h1', (h) => h.textContent)).toBe('Briefs');
    // Nothing was fetched but the page itself.
    expect(requests.filter((u) => !u.startsWith(origin))).toEqual([]);
    await page.close();
  });

  it('filters by word, actor or date, and says how many are shown', async () => {
    const page = await open();
    const [nato, politics, business] = out.briefs;
    const type = async (text: string) => {
      await page.click('#filter', { count: 3 });
      await page.keyboard.press('Backspace');
      if (text) await page.type('#filter', text);
    };
    const onlyActor = politics!.brief.actors.find((a) => a.key && !nato!.brief.actors.some((b) => b.name === a.name) && !business!.brief.actors.some((b) => b.name === a.name))!;
    await type(onlyActor.name.toLowerCase());
    expect(await visibleCards(page)).toEqual([politics!.slug]);
    expect(await page.$eval('#filter-count', (e) => e.textContent)).toBe('1 of 3 briefs shown');
    await type('2023-06');
    expect(await visibleCards(page)).toEqual([nato!.slug]);
    await type('2005');
    expect(await visibleCards(page)).toEqual([politics!.slug, business!.slug]);
    await type('2005 profit');
    expect(await visibleCards(page)).toEqual([business!.slug]);
    await type('no-such-thing-anywhere');
    expect(await visibleCards(page)).toEqual([]);
    expect(await page.$eval('#no-match', (e) => (e as HTMLElement).offsetParent !== null)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await visibleCards(page)).toEqual(out.briefs.map((b) => b.slug));
    expect(await page.$eval('#filter', (e) => (e as HTMLInputElement).labels?.[0]?.textContent)).toBe('Filter by word, actor or date');
    await page.close();
  });

  it('copies exactly brief.md with one click (Clipboard API) and confirms it where a screen reader hears it', async () => {
    await clearClipboard();
    const { slug, dir } = out.briefs[0]!;
    const page = await open();
    await page.bringToFront();
    await page.click(`[data-brief="${slug}"] button[data-copy]`);
    const status = `[data-brief="${slug}"] .copy-status`;
    await page.waitForFunction((sel) => document.querySelector(sel)?.textContent !== '', {}, status);
    expect(await page.$eval(status, (e) => [e.textContent, e.getAttribute('aria-live'), e.getAttribute('role')])).toEqual(['Markdown copied to the clipboard.', 'polite', 'status']);
    await page.close();
    expect(await readClipboard()).toBe(await readFile(join(dir, 'brief.md'), 'utf8'));
  });

  it('copies from the keyboard, with a visible focus ring', async () => {
    await clearClipboard();
    const { slug, dir } = out.briefs[2]!;
    const page = await open();
    await page.bringToFront();
    const button = `[data-brief="${slug}"] button[data-copy]`;
    // Tab through the page until the button has focus, as a keyboard user would.
    for (let i = 0; i < 60 && !(await page.$eval(button, (b) => b === document.activeElement)); i++) await page.keyboard.press('Tab');
    expect(await page.$eval(button, (b) => b === document.activeElement)).toBe(true);
    expect(await page.$eval(button, (b) => getComputedStyle(b).outlineStyle + ' ' + getComputedStyle(b).outlineWidth)).toBe('solid 3px');
    await page.keyboard.press('Enter');
    await page.waitForFunction((sel) => document.querySelector(sel)?.textContent !== '', {}, `[data-brief="${slug}"] .copy-status`);
    await page.close();
    expect(await readClipboard()).toBe(await readFile(join(dir, 'brief.md'), 'utf8'));
  });

  it('copies without the Clipboard API (textarea and execCommand)', async () => {
    await clearClipboard();
    const { slug, dir } = out.briefs[1]!;
    const page = await open(server.url, (p) =>
      p.evaluateOnNewDocument(() => {
        Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined, configurable: true });
      }),
    );
    await page.bringToFront();
    expect(await page.evaluate(() => navigator.clipboard)).toBeUndefined();
    await page.click(`[data-brief="${slug}"] button[data-copy]`);
    expect(await page.$eval(`[data-brief="${slug}"] .copy-status`, (e) => e.textContent)).toBe('Markdown copied to the clipboard.');
    expect(await page.$eval(`[data-brief="${slug}"] .manual`, (e) => (e as HTMLElement).hidden)).toBe(true);
    await page.close();
    expect(await readClipboard()).toBe(await readFile(join(dir, 'brief.md'), 'utf8'));
  });

  it('shows the Markdown selected for copying by hand when every way of copying fails', async () => {
    const { slug, dir } = out.briefs[1]!;
    const page = await open(server.url, (p) =>
      p.evaluateOnNewDocument(() => {
        Object.defineProperty(Navigator.prototype, 'clipboard', {
          get: () => ({ writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) }),
          configurable: true,
        });
        document.execCommand = () => false;
      }),
    );
    await page.click(`[data-brief="${slug}"] button[data-copy]`);
    const box = `[data-brief="${slug}"] .manual textarea`;
    await page.waitForFunction((sel) => (document.querySelector(sel) as HTMLElement | null)?.offsetParent !== null, {}, box);
    const state = await page.$eval(box, (t) => {
      const area = t as HTMLTextAreaElement;
      return { value: area.value, focused: area === document.activeElement, start: area.selectionStart, end: area.selectionEnd };
    });
    const markdown = await readFile(join(dir, 'brief.md'), 'utf8');
    expect(state).toEqual({ value: markdown, focused: true, start: 0, end: markdown.length });
    expect(await page.$eval(`[data-brief="${slug}"] .copy-status`, (e) => e.textContent)).toMatch(/selected below.*Ctrl\+C/);
    await page.close();
  });

  it('downloads a one-page PDF named after the brief', async () => {
    const { slug, dir } = out.briefs[1]!;
    const downloads = await mkdtemp(join(tmpdir(), 'newsbrief-downloads-'));
    try {
      const page = await open();
      const cdp = await browser.target().createCDPSession();
      await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads, eventsEnabled: true });
      await page.click(`[data-brief="${slug}"] a[download]`);
      const file = join(downloads, `${slug}.pdf`);
      for (let i = 0; i < 100 && !(existsSync(file) && !(await readdir(downloads)).some((f) => f.endsWith('.crdownload'))); i++) await new Promise((r) => setTimeout(r, 100));
      expect(await readdir(downloads)).toEqual([`${slug}.pdf`]);
      const pdf = await readFile(file);
      expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
      expect(countPdfPages(pdf)).toBe(1);
      expect(pdf.equals(await readFile(join(dir, 'brief.pdf')))).toBe(true);
      await cdp.detach();
      await page.close();
    } finally {
      await rm(downloads, { recursive: true, force: true });
    }
  });

  it('works opened from disk (file://) with no request leaving the folder', async () => {
    const url = pathToFileURL(join(out.outDir, 'index.html')).href;
    const before = requests.length;
    const page = await open(url);
    expect(await visibleCards(page)).toEqual(out.briefs.map((b) => b.slug));
    await page.type('#filter', '2023');
    expect(await visibleCards(page)).toEqual([out.briefs[0]!.slug]);
    const { slug } = out.briefs[0]!;
    await page.click(`[data-brief="${slug}"] button[data-copy]`);
    await page.waitForFunction((sel) => document.querySelector(sel)?.textContent !== '', {}, `[data-brief="${slug}"] .copy-status`);
    // Either copied, or shown selected for copying by hand: never nothing.
    expect(await page.$eval(`[data-brief="${slug}"] .copy-status`, (e) => e.textContent)).toMatch(/copied|selected below/);
    expect(requests.slice(before).filter((u) => !u.startsWith(pathToFileURL(out.outDir).href))).toEqual([]);
    await page.close();
  });

  it('fits a phone and a desktop (screenshots in /tmp)', async () => {
    const page = await open();
    await page.screenshot({ path: SHOTS.desktop, fullPage: true });
    await page.setViewport({ width: 390, height: 844, isMobile: true, hasTouch: true, deviceScaleFactor: 1 });
    await page.reload({ waitUntil: 'load' });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // Touch targets: every action at least 40 px tall.
    const heights = await page.$$eval('.actions .btn', (els) => els.map((e) => e.getBoundingClientRect().height));
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(40);
    await page.screenshot({ path: SHOTS.phone, fullPage: true });
    await page.close();
  });
});
