// raw input → Article: reads the file, decodes it, recognises its format and
// hands it to the parser for that format.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import type { Article, Message, SourceFormat } from '../brief/model.js';
import { type Instant, formatInstant, parseInstant } from '../brief/time.js';
import { decodeText, looksBinary } from './decode.js';
import { type MetadataDate, parseScrapedText } from './scraped-text.js';

export type { MetadataDate } from './scraped-text.js';

export interface IngestOptions {
  /** ISO 8601 reference time (when the article was published or captured). */
  published?: string;
  /** Inputs larger than this are refused. */
  maxBytes?: number;
}

export interface IngestedArticle {
  source: { path: string; sha256: string; format: SourceFormat };
  article: Article;
  /** What relative expressions resolve against. */
  referenceTime: string;
  /** Dates read from header lines rather than from the body. */
  metadataDates: MetadataDate[];
  messages: Message[];
}

/** A content problem that makes the input unusable (empty, binary, unsupported...). */
export class InputError extends Error {
  constructor(
    message: string,
    readonly ruleId: string,
  ) {
    super(message);
    this.name = 'InputError';
  }
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** Reads one article file into an Article; throws InputError when it cannot be used. */
export async function readArticle(path: string, options: IngestOptions = {}): Promise<IngestedArticle> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const info = await stat(path);
  if (info.isDirectory()) throw new InputError('is a directory, not an article file', 'not-a-file');
  if (info.size > maxBytes) throw new InputError(`is ${info.size} bytes, over the ${maxBytes}-byte limit`, 'too-large');
  const bytes = await readFile(path);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (bytes.length === 0) throw new InputError('is empty', 'empty-input');
  if (looksBinary(bytes)) throw new InputError('is a binary file, not text', 'binary-input');

  const messages: Message[] = [];
  const reference = resolveReference(options.published, info.mtime, messages);
  const decoded = decodeText(bytes);
  messages.push(...decoded.messages);
  const format = detectFormat(decoded.text);
  if (format !== 'text') throw new InputError(`looks like ${format.toUpperCase()}; only plain-text articles are supported so far`, 'unsupported-format');

  const parsed = parseScrapedText(decoded.text, { reference });
  messages.push(...parsed.messages);
  const fatal = parsed.messages.find((m) => m.severity === 'fatal');
  if (fatal) throw new InputError(fatal.reason, fatal.ruleId);

  const provenance = { ...parsed.provenance };
  let publishedAt = parsed.publishedAt;
  if (!publishedAt && options.published) {
    publishedAt = formatInstant(reference);
    provenance['publishedAt'] = { from: 'option:--published', raw: options.published };
  }
  return {
    source: { path, sha256, format },
    article: {
      title: parsed.title,
      byline: parsed.byline,
      outlet: null,
      publishedAt,
      updatedAt: parsed.updatedAt,
      url: null,
      language: null,
      text: parsed.body,
      provenance,
    },
    referenceTime: formatInstant(reference),
    metadataDates: parsed.metadataDates,
    messages,
  };
}

function resolveReference(published: string | undefined, mtime: Date, messages: Message[]): Instant {
  if (published !== undefined) {
    const instant = parseInstant(published);
    if (!instant) throw new InputError(`--published "${published}" is not an ISO 8601 date or date-time`, 'bad-reference-time');
    return instant;
  }
  messages.push({
    severity: 'info',
    source: 'ingest',
    ruleId: 'reference-from-mtime',
    reason: "no --published time given: relative dates resolve against the file's modification time",
    position: null,
  });
  return { ms: Math.floor(mtime.getTime() / 1000) * 1000, offset: 0 };
}

function detectFormat(text: string): SourceFormat {
  const head = text.slice(0, 2048).trimStart();
  if (/^(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(head)) return 'html';
  if (/^<\?xml[^>]*>\s*<(?:rss|feed|rdf:RDF)[\s>]/i.test(head) || /^<(?:rss|feed)[\s>]/i.test(head)) return 'feed';
  if (/^[[{]/.test(head) && isJson(text)) return 'json';
  return 'text';
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
