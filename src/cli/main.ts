// main(argv, io): parses the command line, runs one command, returns the exit code.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { EXIT_FAILURES, EXIT_LOCKED, EXIT_OK, EXIT_USAGE, type Io, UsageError } from './io.js';
import type { RunContext } from './run.js';

// Each command's module is loaded when it runs: `build` must not wait for
// SQLite, cron or the server, and every millisecond before Chromium is
// launched counts. For the same reason a LockedError is known by its name.

export const HELP = `newsbrief — turn raw news articles into one-page briefings

Usage:
  newsbrief build <input>... [options]   write brief.html, brief.pdf, brief.md and brief.json
                                        for each input into <out>/<date>-<title>/
  newsbrief extract <input> [--published ISO]
                                        print the brief as JSON (the brief.json object) on stdout
  newsbrief run [--input DIR]... [--feed URL]... [--out DIR] [--config FILE]
                                        one pass: brief the new or changed articles of the
                                        sources, record each outcome in the ledger, exit
  newsbrief schedule [--cron EXPR] [--input DIR]... [--feed URL]... [--out DIR] [--config FILE]
                                        a pass now, then one per cron tick (default every
                                        15 minutes) until SIGINT / SIGTERM
  newsbrief status [--out DIR] [--json]  recent passes, what they produced, what failed and why
  newsbrief worker --redis URL [--concurrency N] [--out DIR]
                                        the fleet: take brief jobs from Redis until SIGTERM
  newsbrief enqueue <input>... --redis URL
                                        the fleet: hand article files to the workers
  (run, schedule and status with --redis URL work on the fleet's queue; see their --help)
  newsbrief serve [--out DIR] [--port N] [--host ADDR]
                                        serve DIR read-only over HTTP: the index of briefs,
                                        the briefs and the feed (refreshed at start)
  newsbrief --help | --version
  newsbrief <command> --help           one command's usage, options and an example

Inputs are article files — plain text (also whole scraped pages), HTML (also .gz), Markdown,
JSON, or an RSS/Atom/JSON feed file (its items that carry the article) — or folders of them.

Options (build):
  --out DIR          where briefs go (default: output)
  --published ISO    the article's publication or capture time, e.g. 2023-06-07T12:00:00Z;
                     relative dates ("2 hours ago", "on Tuesday") resolve against it.
                     A date the article states itself wins. Default: the file's modification time.
  --templates DIR    use the Handlebars templates in DIR (copy templates/ to start)
  --formats LIST     comma-separated subset of html,pdf,md,json (default: all four)
  --page SIZE        PDF page size: a4 (default) or letter
  --browser PATH     the Chrome/Chromium to print PDFs with (or set PUPPETEER_EXECUTABLE_PATH)

Every build and pass also writes brief.email.html and brief.txt beside each brief.md, and
refreshes DIR/index.html (the briefs, with PDF download and copy-Markdown) and DIR/feed.xml
(the newest briefs; see --feed-entries).

Options (serve):
  --port N           port to listen on (default 8080; 0 picks a free one)
  --host ADDR        address to listen on (default 127.0.0.1: this machine only)
  --base-url URL     (build, serve) where DIR is published, e.g. https://example.org/briefs/;
                     makes the feed's links absolute
  --feed-entries N   (build, serve) how many briefs feed.xml carries, the newest (default 50;
                     "feedEntries" in the config file for run and schedule)

Options (run, schedule, status):
  --config FILE      settings (default: ./newsbrief.config.json when present); flags win
  --input DIR        a source folder or file (repeatable; default: input, or none with feeds)
  --feed URL         an RSS, Atom or JSON feed, http(s) URL or file (repeatable); items with
                     only a summary have their page fetched
  --out DIR          the output folder, which also holds the ledger (.newsbrief/)
  --cron EXPR        schedule only: when to run passes, e.g. "*/15 * * * *"
  --formats, --page, --templates, --browser   as for build
  --log-format F     auto (default: lines on a terminal, JSON lines otherwise), pretty or json
  --json             status only: print the status as JSON

Exit codes: 0 all inputs briefed; 1 some inputs failed (the others are written,
each failure is explained in one line); 2 usage or config error, or an output folder
that cannot be created or written (checked before any work); 3 (run, schedule)
another newsbrief already works on that output folder, nothing was done.
`;

const EXIT_CODES = `Exit codes: 0 all inputs briefed; 1 some inputs failed (the others are written,
each failure explained in one line); 2 usage or config error, or an output folder that
cannot be created or written (checked before any work)`;

/** One command's help: its usage, its options, an example. */
export const COMMAND_HELP: Record<string, string> = {
  build: `Usage: newsbrief build <input>... [options]

Writes brief.html, brief.pdf, brief.md and brief.json (and brief.email.html, brief.txt) for
each input into <out>/<date>-<title>/, then refreshes <out>/index.html and <out>/feed.xml.
An input is an article file (text, HTML or .html.gz, Markdown, JSON, RSS/Atom/JSON feed) or
a folder of them.

Options:
  --out DIR          where briefs go (default: output)
  --published ISO    when the article was published or captured (2023-06-07T12:00:00Z, or a
                     date); relative dates resolve against it. A date the article states wins.
                     Default: the file's modification time.
  --formats LIST     comma-separated subset of html,pdf,md,json (default: all four); a rebuild
                     replaces only these files of a brief and keeps the others
  --page SIZE        PDF page size: a4 (default) or letter
  --templates DIR    use the Handlebars templates in DIR (copy templates/ to start)
  --browser PATH     the Chrome/Chromium to print PDFs with (or PUPPETEER_EXECUTABLE_PATH)
  --base-url URL     where DIR is published; makes the feed's links absolute
  --feed-entries N   how many briefs feed.xml carries, the newest (default 50)

Example:
  newsbrief build input/nato-troops.txt --published 2023-06-07T12:00:00Z --out output

${EXIT_CODES}; 130 after Ctrl-C.
`,
  extract: `Usage: newsbrief extract <input> [--published ISO]

Prints the brief of one article as JSON (the brief.json object) on stdout; writes nothing.

Options:
  --published ISO    the reference time for relative dates (default: the file's time)

Example:
  newsbrief extract story.html > brief.json

Exit codes: 0 printed; 1 the input could not be briefed (one line on stderr); 2 usage error.
`,
  run: `Usage: newsbrief run [--input DIR]... [--feed URL]... [--out DIR] [options]

One pass: briefs the new or changed articles of the sources into the output folder, records
each outcome in its ledger (<out>/.newsbrief/) and exits.

Options:
  --input DIR        a source folder or file (repeatable; default: input, or none with feeds)
  --feed URL         an RSS, Atom or JSON feed, http(s) URL or file (repeatable); items with
                     only a summary have their page fetched
  --out DIR          the output folder (default: output)
  --config FILE      settings (default: ./newsbrief.config.json when present); flags win
  --formats, --page, --templates, --browser   as for build
  --log-format F     auto (default: lines on a terminal, JSON lines otherwise), pretty or json
  --redis URL        the fleet: hand the new articles to the queue on this Redis instead of
                     briefing them here (workers write the briefs, index and feed)
  --attempts N       with --redis: tries per article before a transient failure is final
                     (default 5, exponential back-off from 2 s)

Example:
  newsbrief run --input input --feed https://example.org/rss.xml --out output

${EXIT_CODES}; 3 another newsbrief already works on that output folder, nothing was done.
`,
  schedule: `Usage: newsbrief schedule [--cron EXPR] [--input DIR]... [--feed URL]... [--out DIR] [options]

A pass at once, then one per cron tick, never two at once, until SIGINT or SIGTERM (it lets
the articles in flight finish, then exits 0).

Options:
  --cron EXPR        when to run passes (default "*/15 * * * *": every 15 minutes; a sixth,
                     leading field gives seconds)
  --input, --feed, --out, --config, --formats, --page, --templates, --browser, --log-format
                     as for run
  --redis URL        the fleet: the cron is a scheduler in Redis and each tick's pass hands
                     the new articles to the queue; any number of schedulers make one pass a
                     tick (no pass at start)
  --attempts N       with --redis: as for run

Example:
  newsbrief schedule --cron "0 * * * *" --input input --out output

Exit codes: 0 stopped by a signal; 2 usage or config error, or an output folder that cannot
be created or written; 3 another newsbrief already works on that output folder.
`,
  status: `Usage: newsbrief status [--out DIR] [--json] [--config FILE] [--redis URL]

Recent passes of run and schedule (found, briefed, failed, unchanged, duplicates), each feed,
the recently written briefs, every current failure with its reason, and whether a pass is
running now. With --redis: the fleet's queue instead (waiting, active, completed and failed
jobs, each failed one with its reason and attempts, the workers seen in the last minute, the
schedulers and their next run).

Options:
  --out DIR          the output folder (default: output)
  --json             print the same as JSON
  --config FILE      take the output folder from this config file
  --redis URL        show the fleet's queue on this Redis

Example:
  newsbrief status --out output

Exit codes: 0 shown; 2 usage error or no such folder.
`,
  worker: `Usage: newsbrief worker --redis URL [--concurrency N] [--out DIR] [options]

The fleet's worker: keeps one browser and one extraction thread warm, takes brief jobs from the
queue on Redis and writes each brief into <out>/<date>-<title>/ as build does, then refreshes
<out>/index.html and <out>/feed.xml (one worker at a time). Runs until SIGINT or SIGTERM: then
takes no new job, finishes those in flight, writes the index and exits 0; a second signal stops
it at once (its jobs are taken again by another worker).

Options:
  --redis URL        the Redis the fleet shares, e.g. redis://127.0.0.1:6379
  --concurrency N    jobs in flight (default 5: four printing, one being extracted)
  --out DIR          the output folder, shared by every worker (default: output)
  --stall-ms N       a job whose worker died is taken again after this long (default 30000)
  --formats, --page, --templates, --browser, --base-url, --feed-entries   as for build

Example:
  newsbrief worker --redis redis://127.0.0.1:6379 --out /srv/briefs

Exit codes: 0 stopped by a signal; 2 usage error, Redis unreachable, or an output folder that
cannot be created or written.
`,
  enqueue: `Usage: newsbrief enqueue <input>... --redis URL [--attempts N]

Hands article files (or folders of them) to the fleet: one job per file, carrying the file.
The job's id is the SHA-256 of the file, so a file already queued, briefed or failed is not
queued again.

Options:
  --redis URL        the Redis the fleet shares
  --attempts N       tries before a transient failure is final (default 5, back-off from 2 s)

Example:
  newsbrief enqueue archive/2024/ --redis redis://127.0.0.1:6379

Exit codes: 0 every file queued or known; 1 some could not be read; 2 usage error or Redis
unreachable.
`,
  serve: `Usage: newsbrief serve [--out DIR] [--port N] [--host ADDR] [options]

Serves DIR read-only over HTTP: the index of briefs, the briefs and the feed (the index and
feed are refreshed at start).

Options:
  --out DIR          the folder to serve (default: output)
  --port N           port to listen on (default 8080; 0 picks a free one)
  --host ADDR        address to listen on (default 127.0.0.1: this machine only)
  --templates DIR    the templates of the index page
  --base-url URL     where DIR is published; makes the feed's links absolute
  --feed-entries N   how many briefs feed.xml carries, the newest (default 50)

Example:
  newsbrief serve --out output --port 8080

Exit codes: 0 stopped by a signal; 2 usage error.
`,
};

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

const OPTIONS = {
  out: { type: 'string' },
  published: { type: 'string' },
  templates: { type: 'string' },
  formats: { type: 'string' },
  page: { type: 'string' },
  browser: { type: 'string' },
  input: { type: 'string', multiple: true },
  feed: { type: 'string', multiple: true },
  config: { type: 'string' },
  cron: { type: 'string' },
  json: { type: 'boolean' },
  'log-format': { type: 'string' },
  port: { type: 'string' },
  host: { type: 'string' },
  'base-url': { type: 'string' },
  'feed-entries': { type: 'string' },
  redis: { type: 'string' },
  concurrency: { type: 'string' },
  attempts: { type: 'string' },
  'stall-ms': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/** The options each command takes (the README's usage lines list them all: test/cli/help.test.ts). */
export const ALLOWED: Record<string, readonly string[]> = {
  build: ['out', 'published', 'templates', 'formats', 'page', 'browser', 'base-url', 'feed-entries'],
  extract: ['published'],
  run: ['input', 'feed', 'out', 'config', 'formats', 'page', 'templates', 'browser', 'log-format', 'redis', 'attempts'],
  schedule: ['input', 'feed', 'out', 'config', 'cron', 'formats', 'page', 'templates', 'browser', 'log-format', 'redis', 'attempts'],
  status: ['out', 'config', 'json', 'redis'],
  worker: ['redis', 'concurrency', 'out', 'formats', 'page', 'templates', 'browser', 'base-url', 'feed-entries', 'stall-ms'],
  enqueue: ['redis', 'attempts'],
  serve: ['out', 'port', 'host', 'templates', 'base-url', 'feed-entries'],
};

/**
 * Runs one command. `context.signal` asks `run` and `schedule` to stop (tests);
 * without it they listen for SIGINT and SIGTERM themselves.
 */
export async function main(argv: string[], io: Io, context: RunContext = {}): Promise<number> {
  try {
    let parsed;
    try {
      parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
    } catch (error) {
      throw new UsageError((error as Error).message.replace(/\. To specify a positional.*$/s, ''));
    }
    const { values, positionals } = parsed;
    if (values.help) {
      // "newsbrief build --help": that command's help; "newsbrief --help": all of them.
      io.stdout.write(COMMAND_HELP[positionals[0] ?? ''] ?? HELP);
      return EXIT_OK;
    }
    if (values.version) {
      io.stdout.write(`newsbrief ${version()}\n`);
      return EXIT_OK;
    }
    const [command, ...inputs] = positionals;
    const { help: _h, version: _v, ...flags } = values;
    const allowed = command === undefined ? undefined : ALLOWED[command];
    if (allowed) {
      const unknown = Object.keys(flags).filter((k) => !allowed.includes(k));
      if (unknown.length > 0) throw new UsageError(`${command} does not take --${unknown.join(', --')}`);
      if (command !== 'build' && command !== 'extract' && command !== 'enqueue' && inputs.length > 0) throw new UsageError(`${command} takes no file arguments (give sources with --input DIR)`);
    }
    const { input, feed, cron, json, 'log-format': logFormat, config, port: _port, host: _host, 'base-url': _baseUrl, 'feed-entries': _feedEntries, redis, concurrency: _concurrency, attempts, 'stall-ms': _stallMs, ...rest } = flags;
    const runFlags = { ...rest, ...(input ? { input } : {}), ...(feed ? { feed } : {}), ...(cron !== undefined ? { cron } : {}), ...(config !== undefined ? { config } : {}), ...(logFormat !== undefined ? { logFormat } : {}) };
    const fleetFlags = { ...(redis !== undefined ? { redis } : {}), ...(attempts !== undefined ? { attempts } : {}) };
    switch (command) {
      case 'build': {
        const { 'base-url': baseUrl, 'feed-entries': feedEntries, ...buildFlags } = flags;
        const { runBuild } = await import('./build.js');
        return await runBuild({ ...buildFlags, ...(baseUrl !== undefined ? { baseUrl } : {}), ...(feedEntries !== undefined ? { feedEntries } : {}), inputs }, io);
      }
      case 'extract': {
        const { runExtract } = await import('./extract.js');
        return await runExtract({ inputs, ...(flags.published === undefined ? {} : { published: flags.published }) }, io);
      }
      case 'run': {
        if (redis !== undefined) {
          const { runFleetRun } = await import('./fleet-run.js');
          return await runFleetRun(runFlags, fleetFlags, io, context);
        }
        if (attempts !== undefined) throw new UsageError('--attempts is for the fleet: give --redis URL');
        const { runRun } = await import('./run.js');
        return await runRun(runFlags, io, context);
      }
      case 'schedule': {
        if (redis !== undefined) {
          const { runFleetSchedule } = await import('./fleet-run.js');
          return await runFleetSchedule(runFlags, fleetFlags, io, context);
        }
        if (attempts !== undefined) throw new UsageError('--attempts is for the fleet: give --redis URL');
        const { runSchedule } = await import('./schedule.js');
        return await runSchedule(runFlags, io, context);
      }
      case 'worker': {
        const { redis: _r, concurrency, 'stall-ms': stallMs, 'base-url': baseUrl, 'feed-entries': feedEntries, ...workerFlags } = flags;
        const { runWorker } = await import('./worker.js');
        return await runWorker({ ...workerFlags, ...fleetFlags, ...(concurrency !== undefined ? { concurrency } : {}), ...(stallMs !== undefined ? { stallMs } : {}), ...(baseUrl !== undefined ? { baseUrl } : {}), ...(feedEntries !== undefined ? { feedEntries } : {}) }, io, context);
      }
      case 'enqueue': {
        const { runEnqueue } = await import('./enqueue.js');
        return await runEnqueue({ ...fleetFlags, inputs }, io);
      }
      case 'serve': {
        const { runServe } = await import('./serve.js');
        return await runServe(flags, io, context);
      }
      case 'status': {
        if (redis !== undefined) {
          const { runFleetStatus } = await import('./fleet-status.js');
          return await runFleetStatus({ redis, ...(json ? { json } : {}) }, io);
        }
        const { runStatus } = await import('./status.js');
        return await runStatus({ ...(flags.out ? { out: flags.out } : {}), ...(config ? { config } : {}), ...(json ? { json } : {}) }, io);
      }
      case 'help':
        io.stdout.write(COMMAND_HELP[inputs[0] ?? ''] ?? HELP);
        return EXIT_OK;
      case undefined:
        throw new UsageError('no command given');
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof Error && error.name === 'LockedError') {
      io.stderr.write(`newsbrief: ${error.message}\n`);
      return EXIT_LOCKED;
    }
    if (error instanceof Error && error.name === 'FleetUnreachableError') {
      io.stderr.write(`newsbrief: ${error.message}\n`);
      return EXIT_USAGE;
    }
    if (error instanceof UsageError) {
      const topic = COMMAND_HELP[argv.find((a) => !a.startsWith('-')) ?? ''] ? `${argv.find((a) => !a.startsWith('-'))} ` : '';
      io.stderr.write(`newsbrief: ${error.message}\n${error.hint ? `Run "newsbrief ${topic}--help" for usage.\n` : ''}`);
      return EXIT_USAGE;
    }
    // A programmer error: still one clear line, with the detail for a bug report.
    io.stderr.write(`newsbrief: internal error: ${(error as Error)?.message ?? String(error)}\n`);
    return EXIT_FAILURES;
  }
}
