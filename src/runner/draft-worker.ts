// The extraction thread of the brief runner (build, the queue worker): reads and extracts each input it is
// sent and renders what needs no browser (the view model, HTML and Markdown),
// one input at a time, and posts back plain data; then the email pairs of
// those drafts, while the main thread prints them. See drafter.ts.
import { parentPort, workerData } from 'node:worker_threads';
import type { Draft, Format } from '../pipeline.js';
import { draftBrief, extractFile, extractFiles, prepareStages } from '../pipeline.js';
import { renderEmailFormats } from '../publish/email.js';
import { loadTemplates } from '../render/templates.js';
import type { DraftReply, DraftRequest, DrafterData, EmailReply, FailureDetail, ReadyReply } from './drafter.js';

const data = workerData as DrafterData;
const port = parentPort!;
const formats = new Set<Format>(data.formats);
const ingest = { ...(data.published === undefined ? {} : { published: data.published }), ...(data.maxBytes === undefined ? {} : { maxBytes: data.maxBytes }) };
const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** A stage failure's stage and cause, which the main thread cannot receive as instances. */
function detailOf(error: unknown): FailureDetail {
  if (!(error instanceof Error)) return {};
  const stage = error.name === 'StageError' ? (error as Error & { stage: string }).stage : undefined;
  const cause = (stage === undefined ? error : error.cause) as (Error & { ruleId?: unknown; code?: unknown }) | undefined;
  if (!(cause instanceof Error)) return stage === undefined ? {} : { stage };
  return {
    ...(stage === undefined ? {} : { stage }),
    cause: { name: cause.name, message: cause.message, ...(typeof cause.ruleId === 'string' ? { ruleId: cause.ruleId } : {}), ...(typeof cause.code === 'string' ? { code: cause.code } : {}) },
  };
}
const templates = loadTemplates(data.templatesDir);
templates.then(
  () => port.postMessage({ kind: 'ready' } satisfies ReadyReply),
  (error: unknown) => port.postMessage({ kind: 'ready', error: message(error) } satisfies ReadyReply),
);
// Loaded while the main thread lists the inputs, not when the first one arrives.
prepareStages().catch(() => undefined);

async function draftInput(path: string, as: string | undefined, single: boolean): Promise<Omit<DraftReply, 'id' | 'kind'>> {
  let briefs;
  try {
    briefs = single ? [await extractFile(path, ingest)] : await extractFiles(path, ingest);
    if (as !== undefined) briefs = briefs.map((brief) => ({ ...brief, source: { ...brief.source, path: as } }));
  } catch (error) {
    return { error: message(error), detail: detailOf(error) };
  }
  const drafts: DraftReply['drafts'] = [];
  for (const brief of briefs) {
    try {
      drafts.push({ draft: await draftBrief(brief, { templates: await templates, formats }) });
    } catch (error) {
      drafts.push({ error: message(error), detail: detailOf(error) });
    }
  }
  return { drafts };
}

async function emailsOf(drafts: Draft[]): Promise<EmailReply['emails']> {
  const emails: EmailReply['emails'] = [];
  for (const { brief, markdown, view } of drafts) {
    try {
      if (markdown === undefined) throw new Error('no Markdown to make the email from');
      emails.push({ email: await renderEmailFormats(brief, markdown, { templates: await templates, view }) });
    } catch (error) {
      emails.push({ error: message(error) });
    }
  }
  return emails;
}

// One input at a time, in the order they were asked for.
let queue = Promise.resolve();
port.on('message', (request: DraftRequest) => {
  queue = queue.then(async () => {
    const reply = await draftInput(request.path, request.as, request.single === true);
    port.postMessage({ kind: 'drafts', id: request.id, ...reply } satisfies DraftReply);
    if (!formats.has('md') || !reply.drafts) return;
    const made = reply.drafts.flatMap((d) => (d.draft ? [d.draft] : []));
    port.postMessage({ kind: 'emails', id: request.id, emails: await emailsOf(made) } satisfies EmailReply);
  });
});
