// What every format parser returns: one article's metadata, clean body and messages, before
// `readArticle` settles the reference time and the source.
import type { Message, Provenance } from '../brief/model.js';

export interface MetadataDate {
  /** The phrase as written in the header line ("2 hours ago"). */
  text: string;
  value: string;
  event: string;
}

export interface ParsedArticle {
  /** The headline; null or empty when the input has none. */
  title: string | null;
  byline: string | null;
  outlet: string | null;
  publishedAt: string | null;
  updatedAt: string | null;
  url: string | null;
  language: string | null;
  /** Paragraphs joined by a blank line. */
  body: string;
  provenance: Record<string, Provenance>;
  metadataDates: MetadataDate[];
  messages: Message[];
  /** The input states its publication time (or, lacking one, its update time) as an absolute time (not "2 hours ago"). */
  statesPublication: boolean;
}

export const ingestMessage = (ruleId: string, reason: string, severity: Message['severity'] = 'info'): Message => ({
  severity,
  source: 'ingest',
  ruleId,
  reason,
  position: null,
});
