// `newsbrief serve`: the output folder, read-only over HTTP, until SIGINT/SIGTERM.
import { resolve } from 'node:path';
import { parseFeedEntries } from '../publish/feed-entries.js';
import { publishIndex } from '../publish/index.js';
import { serveOutputs } from '../serve/index.js';
import { describe } from '../runner/describe.js';
import { EXIT_FAILURES, EXIT_OK, type Io, UsageError } from './io.js';
import { type RunContext, stopSignal } from './run.js';

export interface ServeFlags {
  out?: string;
  port?: string;
  host?: string;
  templates?: string;
  'base-url'?: string;
  'feed-entries'?: string;
}

export async function runServe(flags: ServeFlags, io: Io, context: RunContext = {}): Promise<number> {
  const out = resolve(io.cwd, flags.out ?? 'output');
  const port = flags.port === undefined ? 8080 : Number(flags.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port: must be a whole number from 0 to 65535, not "${flags.port}"`);
  const host = flags.host ?? '127.0.0.1';
  const feedEntries = flags['feed-entries'] === undefined ? undefined : parseFeedEntries(flags['feed-entries']);
  if (feedEntries === null) throw new UsageError(`--feed-entries: must be a whole number, 0 or more, not "${flags['feed-entries']}"`);
  const publishOptions = {
    ...(flags.templates ? { templatesDir: resolve(io.cwd, flags.templates) } : {}),
    ...(flags['base-url'] ? { baseUrl: flags['base-url'] } : {}),
    ...(feedEntries === undefined ? {} : { feedEntries }),
  };
  // Refresh the index and feed first; a failure still serves what is there.
  await publishIndex(out, publishOptions).catch((error: unknown) => io.stderr.write(`newsbrief: ${describe(error)} (serving what is there)\n`));
  const stop = stopSignal(context.signal);
  try {
    let server;
    try {
      server = await serveOutputs({ outDir: out, port, host, signal: stop.signal, log: (line) => io.stdout.write(`${line}\n`) });
    } catch (error) {
      io.stderr.write(`newsbrief: ${describe(error)}\n`);
      return EXIT_FAILURES;
    }
    io.stdout.write(`serving ${out} at ${server.url} — Ctrl+C to stop\n`);
    if (!stop.signal.aborted) await new Promise<void>((done) => stop.signal.addEventListener('abort', () => done(), { once: true }));
    await server.close();
    return EXIT_OK;
  } finally {
    stop.dispose();
  }
}
