// Starts the Chromium that prints the PDFs, and hands puppeteer a pipe to it.
// Spawned here rather than by puppeteer.launch(), so that its process is ours
// from the start: its exit is watched from the spawn (a browser that cannot
// start says why), and its ties to this process (signals, exit) live beside
// its spawn and kill. The arguments are puppeteer's own for a headless
// launch (a test keeps them equal to puppeteer.defaultArgs()), and the
// protocol runs over the same pipe puppeteer's `pipe: true` uses. The browser
// is ended with this process, as puppeteer.launch() ends it.
import { type ChildProcess, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import type { ConnectionTransport } from 'puppeteer';
import { isHeadlessShell } from './browser.js';

/** puppeteer.defaultArgs({ headless: true }) of the pinned puppeteer, before the user data dir. */
const PUPPETEER_DEFAULTS = [
  '--allow-pre-commit-input',
  '--disable-background-networking',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-breakpad',
  '--disable-client-side-phishing-detection',
  '--disable-component-extensions-with-background-pages',
  '--disable-crash-reporter',
  '--disable-default-apps',
  '--disable-dev-shm-usage',
  '--disable-hang-monitor',
  '--disable-infobars',
  '--disable-ipc-flooding-protection',
  '--disable-popup-blocking',
  '--disable-prompt-on-repost',
  '--disable-renderer-backgrounding',
  '--disable-search-engine-choice-screen',
  '--disable-sync',
  '--enable-automation',
  '--export-tagged-pdf',
  '--force-color-profile=srgb',
  '--generate-pdf-document-outline',
  '--metrics-recording-only',
  '--no-first-run',
  '--password-store=basic',
  '--use-mock-keychain',
  '--disable-features=Translate,AcceptCHFrame,MediaRouter,OptimizationHints,WebUIReloadButton,ProcessPerSiteUpToMainFrameThreshold,IsolateSandboxedIframes',
  '--enable-features=PdfOopif',
];
const PUPPETEER_HEADLESS = ['--hide-scrollbars', '--mute-audio', '--disable-extensions', 'about:blank'];

/**
 * The command line puppeteer.launch({ headless, pipe: true, args, userDataDir }) would run:
 * headless 'shell' for Chromium's headless shell, true for a full Chrome or Chromium.
 */
export function chromiumArgs(userDataDir: string, args: readonly string[], shell = false): string[] {
  return [...PUPPETEER_DEFAULTS, `--user-data-dir=${userDataDir}`, shell ? '--headless' : '--headless=new', ...PUPPETEER_HEADLESS, ...args, '--remote-debugging-pipe'];
}

/** The DevTools protocol over Chromium's pipe: messages end with a NUL byte (fd 3 in, fd 4 out). */
class PipeTransport implements ConnectionTransport {
  onmessage?: (message: string) => void;
  onclose?: () => void;
  private pending: Buffer[] = [];
  private closed = false;

  constructor(
    private readonly input: NodeJS.WritableStream,
    output: NodeJS.ReadableStream,
  ) {
    output.on('data', (chunk: Buffer) => this.receive(chunk));
    output.on('close', () => this.onclose?.());
    // A dead browser's pipe errors (EPIPE) are reported by the connection closing.
    output.on('error', () => undefined);
    input.on('error', () => undefined);
  }

  send(message: string): void {
    if (this.closed) return;
    this.input.write(message);
    this.input.write('\0');
  }

  private receive(chunk: Buffer): void {
    let start = 0;
    for (let end = chunk.indexOf(0); end !== -1; end = chunk.indexOf(0, start)) {
      this.pending.push(chunk.subarray(start, end));
      const message = Buffer.concat(this.pending).toString('utf8');
      this.pending = [];
      start = end + 1;
      // As puppeteer's own pipe transport: each message in its own task.
      setImmediate(() => this.onmessage?.(message));
    }
    if (start < chunk.length) this.pending.push(chunk.subarray(start));
  }

  close(): void {
    this.closed = true;
  }
}

export interface SpawnedChromium {
  child: ChildProcess;
  transport: ConnectionTransport;
  /** The end of what the browser wrote to stderr, for an error message when it fails to start. */
  log(): string;
}

const LOG_TAIL = 4096;

/** Starts the browser now; connect puppeteer to `transport` when it has loaded. */
export function spawnChromium(executablePath: string, userDataDir: string, args: readonly string[]): SpawnedChromium {
  const child = spawn(executablePath, chromiumArgs(userDataDir, args, isHeadlessShell(executablePath)), {
    // Its own process group, as puppeteer does: a Ctrl-C reaches newsbrief, which ends the browser.
    detached: process.platform !== 'win32',
    stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'],
  });
  let log = '';
  // Read, so that a chatty browser never blocks on a full pipe; only the tail is kept.
  child.stderr?.on('data', (chunk: Buffer) => {
    log = (log + chunk.toString('utf8')).slice(-LOG_TAIL);
  });
  child.on('error', (error) => {
    log += `\n${error.message}`;
  });
  const input = child.stdio[3] as NodeJS.WritableStream;
  const output = child.stdio[4] as NodeJS.ReadableStream;
  return { child, transport: new PipeTransport(input, output), log: () => log.trim() };
}

/** Kills the browser and every process it started (its process group). */
export function killChromium(child: ChildProcess): void {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  try {
    if (process.platform !== 'win32') process.kill(-child.pid, 'SIGKILL');
    else child.kill('SIGKILL');
  } catch {
    child.kill('SIGKILL');
  }
}

const EXIT_ON_SIGNAL = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;
type Signal = keyof typeof EXIT_ON_SIGNAL;

/** Running browsers, ended with this process; those of renderers that handle signals also on a signal. */
const running = new Map<ChildProcess, { userDataDir: string; signals: boolean }>();
let onExitListening = false;

function onSignal(signal: NodeJS.Signals): void {
  for (const [browser, tie] of running) {
    if (!tie.signals) continue;
    killChromium(browser);
    rmSync(tie.userDataDir, { recursive: true, force: true });
  }
  process.exit(EXIT_ON_SIGNAL[signal as Signal] ?? 1);
}

/** Signal listeners are there only while a browser that handles signals runs: otherwise a signal does what it always does. */
function listenForSignals(): void {
  const wanted = [...running.values()].some((tie) => tie.signals);
  for (const signal of Object.keys(EXIT_ON_SIGNAL) as Signal[]) {
    const listening = process.listeners(signal).includes(onSignal);
    if (wanted && !listening) process.on(signal, onSignal);
    if (!wanted && listening) process.off(signal, onSignal);
  }
}

/**
 * Ends the browser with this process: on exit always, and on SIGINT/SIGTERM/SIGHUP when
 * `signals` (the browser is killed, its profile removed, and the process exits 128+signal,
 * as puppeteer.launch() does). Returns the function that lets it go.
 */
export function tieToProcess(child: ChildProcess, userDataDir: string, signals: boolean): () => void {
  running.set(child, { userDataDir, signals });
  if (!onExitListening) {
    onExitListening = true;
    process.on('exit', () => {
      for (const browser of running.keys()) killChromium(browser);
    });
  }
  listenForSignals();
  return () => {
    running.delete(child);
    listenForSignals();
  };
}
