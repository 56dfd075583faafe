// HTML → a PDF of exactly one page. The only module that talks to puppeteer.
// One browser serves a whole batch; pages are reused.
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { setTimeout as delay } from 'node:timers/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, CDPSession, LaunchOptions, Page } from 'puppeteer';
import { LAUNCH_ARGS, resolveBrowserPath } from './browser.js';
import { killChromium, spawnChromium, tieToProcess } from './chromium.js';
import { PROFILE_PREFIX, reapOrphanedBrowsers } from './orphans.js';

export type PageSize = 'a4' | 'letter';

export interface PdfResult {
  pdf: Uint8Array;
  pages: number;
  /** Ids of the items left out to fit one page, in the order they were dropped. */
  dropped: string[];
  /** True when even the last resort (scaling) could not fit and only the first page was kept. */
  clipped: boolean;
}

export interface PdfRendererOptions {
  executablePath?: string;
  /** Pages printing in parallel. */
  concurrency?: number;
  /** Longest a single print may take before the browser is taken for hung and killed (default 60 s). */
  timeoutMs?: number;
  /**
   * Let puppeteer close the browser and exit the process on SIGINT/SIGTERM/SIGHUP
   * (default true). Commands that stop cleanly on signals themselves turn it off.
   */
  handleSignals?: boolean;
}

const PAGE_MM: Record<PageSize, { width: number; height: number }> = {
  a4: { width: 210, height: 297 },
  letter: { width: 215.9, height: 279.4 },
};
/** Must match the @page margins of the stylesheet's print rules. */
const MARGIN_MM = { top: 12, bottom: 12, left: 13, right: 13 };
const PX_PER_MM = 96 / 25.4;

/** Counts the pages of a PDF that Chromium wrote (page objects in its page tree). */
export function countPdfPages(pdf: Uint8Array): number {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  return (text.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

/** The browser hung on a page operation and was killed; printing again relaunches it. */
export class PdfTimeoutError extends Error {
  constructor(ms: number) {
    super(`the browser did not finish printing within ${ms} ms; it was restarted`);
    this.name = 'PdfTimeoutError';
  }
}

export interface RenderCallOptions {
  /** Overrides the renderer's timeout for this print. */
  timeoutMs?: number;
  /** Items already left out of `html` by the caller, counted in the page's notice of what was left out. */
  leftOut?: number;
}

/** Browsers orphaned by a killed newsbrief are ended once per process, before its first launch. */
let orphansReaped = false;

/** Longest a browser may take to start and answer before it is taken for broken. */
const START_TIMEOUT_MS = 30_000;
/** How long a browser whose pipe closed during the start is given to report its exit. */
const EXIT_GRACE_MS = 1_000;

export class PdfRenderer {
  private browser: Promise<Browser> | null = null;
  /** The process of each browser launched (puppeteer only holds a pipe to it). */
  private children = new WeakMap<Browser, ChildProcess>();
  private userDataDirs = new Set<string>();
  private idle: Page[] = [];
  /** Pages of the current browser, idle or printing; cleared when it dies. */
  private pages = new Set<Page>();
  private waiting: (() => void)[] = [];
  /** Pages being opened, not yet in `pages`. */
  private opening = 0;
  /** Pages being opened by warmUp(), to be handed to whoever waits first. */
  private warming = 0;
  /** Browsers whose first tab was taken into the pool (or found unusable). */
  private tabTaken = new WeakSet<Browser>();
  private readonly concurrency: number;
  private readonly timeoutMs: number;
  /** How many browsers were launched: more than one means a crash or hang was recovered. */
  launches = 0;

  constructor(private readonly options: PdfRendererOptions = {}) {
    this.concurrency = Math.max(1, options.concurrency ?? 2);
    this.timeoutMs = options.timeoutMs ?? 60_000;
  }

  /**
   * Loads puppeteer, then starts Chromium and connects to it (see chromium.ts).
   * Not the other way round: a cold build is CPU-bound on two cores while the
   * extraction thread loads its models, and Chromium starting beside the
   * module loading delayed the first brief by about 0.1 s (1.44 s against
   * 1.32 s, medians of 11 alternating single-article builds).
   */
  private async launch(): Promise<Browser> {
    const { default: puppeteer } = await import('puppeteer');
    const executablePath = resolveBrowserPath({ executablePath: this.options.executablePath, cachedPaths: cachedBrowserPaths(puppeteer, this.options.executablePath) });
    if (!orphansReaped) {
      orphansReaped = true;
      reapOrphanedBrowsers();
    }
    const userDataDir = mkdtempSync(join(tmpdir(), PROFILE_PREFIX));
    this.userDataDirs.add(userDataDir);
    this.launches++;
    const started = spawnChromium(executablePath, userDataDir, LAUNCH_ARGS);
    const { child } = started;
    const untie = tieToProcess(child, userDataDir, this.options.handleSignals ?? true);
    const discard = (): void => {
      untie();
      killChromium(child);
      rm(userDataDir, { recursive: true, force: true }).then(() => this.userDataDirs.delete(userDataDir), () => undefined);
    };
    let browser: Browser;
    let timer: NodeJS.Timeout | undefined;
    // Watched from the spawn on: a browser that cannot start may exit before puppeteer has connected.
    const exited = new Promise<never>((_, reject) => {
      child.once('exit', (code, signal) => reject(new Error(`it exited (${signal ?? `code ${code}`})`)));
      child.once('error', reject);
      timer = setTimeout(() => reject(new Error(`it did not answer within ${START_TIMEOUT_MS / 1000} s`)), START_TIMEOUT_MS);
    });
    exited.catch(() => undefined);
    try {
      browser = await Promise.race([
        // A backstop for a hung protocol call; render() has its own, shorter, deadline.
        puppeteer.connect({ transport: started.transport, defaultViewport: null, protocolTimeout: this.timeoutMs * 2 }),
        exited,
      ]);
    } catch (failure) {
      // The pipe may close before the exit is seen; the exit, if it follows, says more.
      const error = await Promise.race([exited.catch((e: Error) => e), delay(EXIT_GRACE_MS, failure as Error)]);
      discard();
      const log = started.log();
      throw new Error(`could not start the browser at ${executablePath}: ${error.message}${log ? `\n${log}` : ''}`, { cause: error });
    } finally {
      clearTimeout(timer);
    }
    this.children.set(browser, child);
    browser.on('disconnected', () => {
      // A crashed or killed browser is relaunched on the next print; whoever
      // waits for a page tries again.
      discard();
      void this.forget(browser);
    });
    return browser;
  }

  private async forget(browser: Browser): Promise<void> {
    const current = await this.browser?.catch(() => null);
    if (current !== browser) return;
    this.browser = null;
    this.idle = [];
    this.pages.clear();
    for (const wake of this.waiting.splice(0)) wake();
  }

  private getBrowser(): Promise<Browser> {
    if (!this.browser) {
      const launching = this.launch();
      this.browser = launching;
      launching.catch(() => {
        if (this.browser === launching) this.browser = null;
      });
    }
    return this.browser;
  }

  /** Opens a page for printing; counted in `opening` until it is in `pages`, so the pool never exceeds its size. */
  private async openPage(): Promise<Page> {
    this.opening++;
    let fresh: Page;
    try {
      const browser = await this.getBrowser();
      fresh = (await this.takeFirstTab(browser)) ?? (await browser.newPage());
      this.pages.add(fresh);
    } catch (error) {
      // The slot is free again: whoever waits for a page tries for itself.
      this.waiting.shift()?.();
      throw error;
    } finally {
      this.opening--;
    }
    try {
      await fresh.setJavaScriptEnabled(false);
      await fresh.setRequestInterception(true);
      // Briefs are self-contained: nothing may be fetched while printing.
      fresh.on('request', (req) => (req.url().startsWith('data:') || req.url() === 'about:blank' ? req.continue() : req.abort()));
      const cdp = await fresh.createCDPSession();
      const { frameTree } = await cdp.send('Page.getFrameTree');
      printSessions.set(fresh, { cdp, frameId: frameTree.frame.id });
      return fresh;
    } catch (error) {
      this.drop(fresh);
      throw error;
    }
  }

  /** Chromium starts with one blank tab: the first page to print with, rather than a second renderer to start. */
  private async takeFirstTab(browser: Browser): Promise<Page | undefined> {
    if (this.tabTaken.has(browser)) return undefined;
    this.tabTaken.add(browser);
    const [first] = await browser.pages();
    return first !== undefined && first.url() === 'about:blank' ? first : undefined;
  }

  private async acquire(): Promise<Page> {
    for (;;) {
      const page = this.idle.pop();
      if (page && !page.isClosed() && this.pages.has(page)) return page;
      // A page opened by warmUp() goes to the first who waits: no need to start another.
      const warmPageComing = this.warming > this.waiting.length;
      if (!warmPageComing && this.pages.size + this.opening < this.concurrency) return this.openPage();
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
  }

  /**
   * Launches the browser and opens a page now, without waiting for a first
   * print: Chromium's start-up (the longest step of a cold build) then overlaps
   * whatever the caller does next. A failure here is left for render() to meet
   * and report, since it launches again.
   */
  async warmUp(): Promise<void> {
    // One page: more are opened when there is more to print (each is a renderer process to start).
    if (this.pages.size + this.opening > 0) return;
    this.warming++;
    let page: Page;
    try {
      page = await this.openPage();
    } catch (error) {
      this.warming--;
      // Whoever waited for this page tries for itself.
      this.waiting.shift()?.();
      throw error;
    }
    this.warming--;
    this.release(page);
  }

  private release(page: Page): void {
    if (this.pages.has(page)) this.idle.push(page);
    this.waiting.shift()?.();
  }

  private drop(page: Page): void {
    this.pages.delete(page);
    void page.close().catch(() => undefined);
    this.waiting.shift()?.();
  }

  /** Settles (rejects) when the page's browser goes away: a print waiting on the page's events then ends at once. */
  private gone(page: Page): Promise<never> {
    const browser = page.browser();
    let gone = disconnections.get(browser);
    if (!gone) {
      gone = new Promise<never>((_, reject) => browser.once('disconnected', () => reject(new Error('the browser closed while printing'))));
      gone.catch(() => undefined);
      disconnections.set(browser, gone);
    }
    return gone;
  }

  /** The id of the running browser process, if one is running. */
  async processId(): Promise<number | null> {
    const browser = await this.browser?.catch(() => null);
    return (browser && this.children.get(browser)?.pid) ?? null;
  }

  /** Kills the browser at once (it is hung); the next print launches a new one. */
  async kill(): Promise<void> {
    const browser = await this.browser?.catch(() => null);
    if (!browser) return;
    await this.forget(browser);
    const child = this.children.get(browser);
    if (child) killChromium(child);
    await browser.disconnect().catch(() => undefined);
  }

  /** Prints `html` on one page, dropping items in `dropOrder` until it fits. */
  async render(html: string, dropOrder: string[], size: PageSize, call: RenderCallOptions = {}): Promise<PdfResult> {
    const ms = call.timeoutMs ?? this.timeoutMs;
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new PdfTimeoutError(ms)), ms);
    });
    let page: Page | undefined;
    const acquiring = this.acquire();
    try {
      page = await Promise.race([acquiring, deadline]);
      const result = await Promise.race([fitOnePage(page, html, dropOrder, size, call.leftOut ?? 0, this.gone(page)), deadline]);
      this.release(page);
      return result;
    } catch (error) {
      // A hung browser is killed so that its pending calls fail and the next print starts afresh.
      if (error instanceof PdfTimeoutError) await this.kill();
      if (page) this.drop(page);
      // Timed out while waiting for a page: hand it on when it comes.
      else acquiring.then((late) => this.release(late), () => undefined);
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    const browser = this.browser;
    this.browser = null;
    this.idle = [];
    this.pages.clear();
    const current = await browser?.catch(() => null);
    if (current) await stopBrowser(current, this.children.get(current));
    for (const dir of this.userDataDirs) await rm(dir, { recursive: true, force: true }).catch(() => undefined);
    this.userDataDirs.clear();
  }
}

/**
 * Ends a browser we launched: it only ever printed into a throw-away profile, so there is
 * nothing for a graceful shutdown to save, and killing it spares the ~50–100 ms Chromium
 * takes to close (the tail of every cold build). The exit is awaited, so no process outlives
 * the call.
 */
async function stopBrowser(browser: Browser, child: ChildProcess | undefined): Promise<void> {
  if (child && child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    killChromium(child);
    await exited;
  }
  await browser.disconnect().catch(() => undefined);
}

/**
 * Where puppeteer's cache would hold its browsers, the headless shell first
 * (resolveBrowserPath takes the first that is there). An explicit path wins anyway.
 */
export function cachedBrowserPaths(puppeteer: { executablePath(options: LaunchOptions): string }, explicit?: string): string[] {
  if (explicit || process.env['PUPPETEER_EXECUTABLE_PATH']) return [];
  const paths: string[] = [];
  for (const headless of ['shell', true] as const) {
    try {
      paths.push(puppeteer.executablePath({ headless }));
    } catch {
      // No cache folder to look in.
    }
  }
  return paths;
}

const configured = new WeakMap<Page, PageSize>();
const disconnections = new WeakMap<Browser, Promise<never>>();

/**
 * Each page's own protocol session, on which its briefs are loaded, measured
 * and printed. page.setContent() and page.pdf() do the same in two or three
 * times the round trips (a script to write the document and another to wait
 * for its fonts, the PDF read back as a stream in chunks): over 100 briefs
 * printing through this session took 2.5-3 ms less of this process's CPU per
 * brief (four runs each, same browser and pages). The session enables no
 * events; the page's own (puppeteer's) still reports the load, blocks
 * requests and sets viewport, media and JavaScript.
 */
const printSessions = new WeakMap<Page, { cdp: CDPSession; frameId: string }>();

/** Paper and margins in inches, exactly as page.pdf() sends them for the same options (its paper rounded to 4 places, its millimetre as 3.78 px). */
const paperInches = (size: PageSize) => ({ paperWidth: Number((PAGE_MM[size].width / 25.4).toFixed(4)), paperHeight: Number((PAGE_MM[size].height / 25.4).toFixed(4)) });
const mmToInches = (mm: number): number => (mm * 3.78) / 96;
const MARGIN_IN = { marginTop: mmToInches(MARGIN_MM.top), marginBottom: mmToInches(MARGIN_MM.bottom), marginLeft: mmToInches(MARGIN_MM.left), marginRight: mmToInches(MARGIN_MM.right) };

async function fitOnePage(page: Page, html: string, dropOrder: string[], size: PageSize, leftOut: number, gone: Promise<never>): Promise<PdfResult> {
  const session = printSessions.get(page);
  if (!session) throw new Error('the page has no print session');
  const { cdp } = session;
  const mm = PAGE_MM[size];
  const width = Math.floor((mm.width - MARGIN_MM.left - MARGIN_MM.right) * PX_PER_MM);
  const height = Math.floor((mm.height - MARGIN_MM.top - MARGIN_MM.bottom) * PX_PER_MM);
  // A reused page keeps its viewport and print media: set them once per page and size.
  if (configured.get(page) !== size) {
    await page.setViewport({ width, height });
    await page.emulateMediaType('print');
    configured.set(page, size);
  }
  await loadDocument(page, session, html, gone);

  const print = async (scale: number, pageRanges = ''): Promise<Uint8Array> => {
    const { data } = await cdp.send('Page.printToPDF', {
      transferMode: 'ReturnAsBase64',
      printBackground: true,
      preferCSSPageSize: false,
      ...paperInches(size),
      ...MARGIN_IN,
      scale,
      pageRanges,
      generateTaggedPDF: true,
      generateDocumentOutline: false,
    });
    return Buffer.from(data, 'base64');
  };

  // Measure in the page and drop items, lowest priority first, until the content fits.
  const dropped = await dropUntilFits(cdp, dropOrder, height, 0, leftOut);
  const droppedSet = new Set(dropped);
  let scale = 1;
  for (let attempt = 0; attempt < 40; attempt++) {
    const pdf = await print(scale);
    const pages = countPdfPages(pdf);
    if (pages <= 1) return { pdf, pages, dropped: [...dropped], clipped: false };
    // Measurement and print layout can differ slightly: drop one more and try again.
    const left = dropOrder.filter((id) => !droppedSet.has(id));
    if (left.length > 0) {
      const more = await dropUntilFits(cdp, left, 0, 1, leftOut);
      dropped.push(...more);
      for (const id of more) droppedSet.add(id);
      continue;
    }
    if (scale > 0.6) {
      scale = Math.round((scale - 0.1) * 10) / 10;
      continue;
    }
    const first = await print(scale, '1');
    return { pdf: first, pages: countPdfPages(first), dropped: [...dropped], clipped: true };
  }
  throw new Error('could not fit the brief on one page');
}

/**
 * Replaces the page's document with `html` and waits for its load event (its
 * images, all data: URLs, decoded); fails at once if the page crashes or the
 * browser goes away meanwhile.
 */
async function loadDocument(page: Page, { cdp, frameId }: { cdp: CDPSession; frameId: string }, html: string, gone: Promise<never>): Promise<void> {
  let settle = (): void => undefined;
  const loaded = new Promise<void>((resolve, reject) => {
    const onLoad = (): void => resolve();
    const onCrash = (error: Error): void => reject(error);
    page.once('load', onLoad);
    page.once('error', onCrash);
    settle = () => {
      page.off('load', onLoad);
      page.off('error', onCrash);
    };
  });
  try {
    await Promise.race([cdp.send('Page.setDocumentContent', { frameId, html }), gone]);
    await Promise.race([loaded, gone]);
  } finally {
    settle();
  }
}

/**
 * Runs in the page: removes the fewest items (all elements with data-item=<id>),
 * in order, that bring the content to no taller than `limit` px — or `count`
 * more items when it is given — then puts back, highest priority first, the
 * removed items that still fit (a dropped item of one column may fit once the
 * other column has shrunk), and states how many were left out. Kept as source
 * text: a function object would be serialised with whatever helpers the
 * TypeScript toolchain wrapped it in, which do not exist in the page.
 *
 * The fewest is found by halving, one layout per probe: removing one item at a
 * time lays the page out once per item, and a book-length input with thousands
 * of items took over half a minute to print that way (1 MB of text: 43 s).
 * Only the PUT_BACK_TRIES most important removed items are tried again, for
 * the same reason; a news brief drops far fewer.
 */
const PUT_BACK_TRIES = 100;
const DROP_UNTIL_FITS = `(order, limit, count, leftOut) => {
  const main = document.querySelector('main') || document.body;
  const notice = document.querySelector('[data-truncation]');
  // Left out before: by an earlier call on this page, else by the caller.
  const previously = Number((notice && notice.dataset.dropped) || leftOut);
  const setNotice = (n) => {
    if (!notice) return;
    notice.hidden = n === 0;
    notice.textContent = n + ' lower-priority item' + (n === 1 ? ' was' : 's were') + ' left out to fit one page; the HTML brief has them all.';
  };
  const removed = [];
  // Each item's elements, found in one pass: a query per item would search the whole page each time.
  const elements = new Map();
  for (const el of document.querySelectorAll('[data-item]')) {
    const id = el.getAttribute('data-item');
    if (!elements.has(id)) elements.set(id, []);
    elements.get(id).push(el);
  }
  const take = (id) => {
    // Only those still in the page, as a query would find them (not those inside an item already out).
    const parts = (elements.get(id) || []).filter((el) => el.isConnected).map((el) => ({ el, parent: el.parentNode, next: el.nextSibling }));
    for (const p of parts) p.el.remove();
    return { id, parts };
  };
  // Items go back in the reverse of their removal, so each one's next sibling is in place again.
  const restore = (item) => {
    for (const p of item.parts.slice().reverse()) p.parent.insertBefore(p.el, p.next && p.next.parentNode === p.parent ? p.next : null);
  };
  const removeFirst = (n) => {
    while (removed.length > n) restore(removed.pop());
    while (removed.length < n) removed.push(take(order[removed.length]));
    setNotice(previously + n);
  };
  const tooTall = () => main.getBoundingClientRect().bottom > limit;
  if (count > 0) {
    removeFirst(Math.min(count, order.length));
  } else if (tooTall()) {
    // The smallest n whose first n items removed make it fit; all of them when none does.
    let low = 1;
    let high = order.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      removeFirst(mid);
      if (tooTall()) low = mid + 1;
      else high = mid;
    }
    removeFirst(high);
    const stop = Math.max(0, removed.length - ${PUT_BACK_TRIES});
    for (let i = removed.length - 1; i >= stop; i--) {
      const item = removed[i];
      restore(item);
      setNotice(previously + removed.length - 1);
      if (tooTall()) {
        removed[i] = take(item.id);
        setNotice(previously + removed.length);
      } else removed.splice(i, 1);
    }
  }
  setNotice(previously + removed.length);
  if (notice) notice.dataset.dropped = String(previously + removed.length);
  return removed.map((r) => r.id);
}`;

/** Evaluates DROP_UNTIL_FITS in the page once its fonts are ready (they change the measure); returns the ids it dropped. */
async function dropUntilFits(cdp: CDPSession, order: string[], limit: number, count: number, leftOut: number): Promise<string[]> {
  const expression = `document.fonts.ready.then(() => (${DROP_UNTIL_FITS})(${JSON.stringify(order)}, ${limit}, ${count}, ${leftOut}))`;
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true });
  if (exceptionDetails) throw new Error(`measuring the brief failed: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
  return result.value as string[];
}
