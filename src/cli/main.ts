// main(argv, io): parses the command line, runs one command, returns the exit code.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { runBuild } from './build.js';
import { runExtract } from './extract.js';
import { EXIT_FAILURES, EXIT_OK, EXIT_USAGE, type Io, UsageError } from './io.js';

export const HELP = `newsbrief — turn raw news articles into one-page briefings

Usage:
  newsbrief build <input>... [options]   write brief.html, brief.pdf, brief.md and brief.json
                                        for each input into <out>/<date>-<title>/
  newsbrief extract <input> [--published ISO]
                                        print the brief as JSON (the brief.json object) on stdout
  newsbrief --help | --version

Inputs are article files (scraped plain text) or folders of them.

Options (build):
  --out DIR          where briefs go (default: output)
  --published ISO    the article's publication or capture time, e.g. 2023-06-07T12:00:00Z;
                     relative dates ("2 hours ago", "on Tuesday") resolve against it.
                     A date the article states itself wins. Default: the file's modification time.
  --templates DIR    use the Handlebars templates in DIR (copy templates/ to start)
  --formats LIST     comma-separated subset of html,pdf,md,json (default: all four)
  --page SIZE        PDF page size: a4 (default) or letter
  --browser PATH     the Chrome/Chromium to print PDFs with (or set PUPPETEER_EXECUTABLE_PATH)

Exit codes: 0 all inputs briefed; 1 some inputs failed (the others are written,
each failure is explained in one line); 2 usage error.
`;

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
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

export async function main(argv: string[], io: Io): Promise<number> {
  try {
    let parsed;
    try {
      parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
    } catch (error) {
      throw new UsageError((error as Error).message.replace(/\. To specify a positional.*$/s, ''));
    }
    const { values, positionals } = parsed;
    if (values.help) {
      io.stdout.write(HELP);
      return EXIT_OK;
    }
    if (values.version) {
      io.stdout.write(`newsbrief ${version()}\n`);
      return EXIT_OK;
    }
    const [command, ...inputs] = positionals;
    const { help: _h, version: _v, ...flags } = values;
    switch (command) {
      case 'build':
        return await runBuild({ ...flags, inputs }, io);
      case 'extract': {
        const unknown = Object.keys(flags).filter((k) => k !== 'published');
        if (unknown.length > 0) throw new UsageError(`extract does not take --${unknown.join(', --')}`);
        return await runExtract({ inputs, ...(flags.published === undefined ? {} : { published: flags.published }) }, io);
      }
      case 'help':
        io.stdout.write(HELP);
        return EXIT_OK;
      case undefined:
        throw new UsageError('no command given');
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`newsbrief: ${error.message}\nRun "newsbrief --help" for usage.\n`);
      return EXIT_USAGE;
    }
    // A programmer error: still one clear line, with the detail for a bug report.
    io.stderr.write(`newsbrief: internal error: ${(error as Error)?.message ?? String(error)}\n`);
    return EXIT_FAILURES;
  }
}
