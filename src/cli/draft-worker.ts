// The worker thread of `newsbrief build`: reads and extracts each input it is
// sent and renders what needs no browser (the view model, HTML and Markdown),
// one input at a time, and posts back plain data. See drafter.ts.
import { parentPort, workerData } from 'node:worker_threads';
import type { Format } from '../pipeline.js';
import { draftBrief, extractFiles } from '../pipeline.js';
import { loadTemplates } from '../render/templates.js';
import type { DraftReply, DraftRequest, DrafterData } from './drafter.js';

const data = workerData as DrafterData;
const port = parentPort!;
const formats = new Set<Format>(data.formats);
const ingest = data.published === undefined ? {} : { published: data.published };
const templates = loadTemplates(data.templatesDir);
templates.catch(() => undefined);

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

async function draftInput(path: string): Promise<Omit<DraftReply, 'id'>> {
  let briefs;
  try {
    briefs = await extractFiles(path, ingest);
  } catch (error) {
    return { error: message(error) };
  }
  const drafts: DraftReply['drafts'] = [];
  for (const brief of briefs) {
    try {
      drafts.push({ draft: await draftBrief(brief, { templates: await templates, formats }) });
    } catch (error) {
      drafts.push({ error: message(error) });
    }
  }
  return { drafts };
}

// One input at a time, in the order they were asked for.
let queue = Promise.resolve();
port.on('message', (request: DraftRequest) => {
  queue = queue.then(async () => port.postMessage({ id: request.id, ...(await draftInput(request.path)) } satisfies DraftReply));
});
