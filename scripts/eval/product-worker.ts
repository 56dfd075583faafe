// A child process of product-pool.ts: reads one article file at a time through the product
// (`extractFile`, the code behind `newsbrief extract`) and sends back the brief or why it failed.
// The product is imported on the first job, so a module that does not load fails every job with
// the reason instead of killing the child.
import type { Brief } from '../../src/brief/model.js';
import type { WorkerJob, WorkerReply } from './product-pool.js';

type ExtractFile = (file: string, options: { published?: string }) => Promise<Brief>;

let product: Promise<ExtractFile> | undefined;
const loadProduct = (): Promise<ExtractFile> => (product ??= import('../../src/pipeline.js').then((m) => m.extractFile));

function reasonOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const first = error.message.split('\n')[0] ?? '';
  return error.cause instanceof Error && !first.includes(error.cause.message) ? `${first} (${error.cause.message.split('\n')[0]})` : first;
}

async function run(job: WorkerJob): Promise<WorkerReply> {
  let extractFile: ExtractFile;
  try {
    extractFile = await loadProduct();
  } catch (error) {
    return { seq: job.seq, ok: false, reason: `the product did not load: ${reasonOf(error)}` };
  }
  const t0 = performance.now();
  try {
    const brief = await extractFile(job.file, job.published === undefined ? {} : { published: job.published });
    return { seq: job.seq, ok: true, brief, ms: performance.now() - t0 };
  } catch (error) {
    return { seq: job.seq, ok: false, reason: reasonOf(error) };
  }
}

process.on('message', (job: WorkerJob) => {
  void run(job).then((reply) => process.send?.(reply));
});
process.on('disconnect', () => process.exit(0));
