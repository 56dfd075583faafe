// `newsbrief extract`: the brief as JSON on stdout, nothing rendered.
import { normaliseIso } from '../brief/time.js';
import { extractFiles } from '../pipeline.js';
import { describe } from '../runner/describe.js';
import { EXIT_FAILURES, EXIT_OK, type Io, UsageError } from './io.js';

export async function runExtract(written: { inputs: string[]; published?: string }, io: Io): Promise<number> {
  if (written.inputs.length !== 1) throw new UsageError('extract takes exactly one input file');
  if (written.published !== undefined && normaliseIso(written.published) === null)
    throw new UsageError('--published: must be an ISO 8601 date or date-time, e.g. 2023-06-07T12:00:00Z');
  const input = written.inputs[0]!;
  try {
    const briefs = await extractFiles(input, written.published === undefined ? {} : { published: written.published });
    // One article: its brief object; a file of several (a JSON array): an array of briefs.
    io.stdout.write(`${JSON.stringify(briefs.length === 1 ? briefs[0] : briefs, null, 2)}\n`);
    return EXIT_OK;
  } catch (error) {
    io.stderr.write(`newsbrief: ${input}: ${describe(error)}\n`);
    return EXIT_FAILURES;
  }
}
