// The files a user would give the product for the records of the annotated corpora, and the
// --published that goes with them. One place, so that every set that reads a record extracts the
// same file (product-pool.ts then extracts it once per run).
import type { ProductJob } from './product-pool.js';

/** A date as --published: midnight UTC; a date-time keeps its time (as UTC when it has no zone). */
export function publishedOf(date: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return `${date}T00:00:00Z`;
  return /(Z|[+-]\d{2}:?\d{2})$/.test(date) ? date : `${date}Z`;
}

/** TempEval-3: the record's text as it is (the headline is outside <TEXT>), --published its DCT. */
export function tempevalJob(record: { id: string; text: string; dct: string }): ProductJob {
  return { name: `${record.id}.txt`, content: record.text, published: publishedOf(record.dct) };
}

/** How a MEANTIME article is given, for the tables' headers. */
export const MEANTIME_INPUT = 'a text file: title line, blank line, text (as a Wikinews article is copied), --published = its date';

/**
 * MEANTIME: a Wikinews article as a user copies it, headline line, blank line, body. The text
 * alone is one line (the corpus has no paragraphs), which a reader takes for a headline.
 */
export function meantimeJob(record: { id: string; title: string; text: string; published: string }): ProductJob {
  return { name: `${record.id}.txt`, content: `${record.title}\n\n${record.text}`, published: publishedOf(record.published) };
}
