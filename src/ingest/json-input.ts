// JSON articles: `{ "title", "text" | "html", "published", "url", "byline" }`, one object or an
// array of them. An "html" field goes through the HTML extraction; the fields given win over
// what the HTML states.
import { z } from 'zod';
import type { Message } from '../brief/model.js';
import type { Instant } from '../brief/time.js';
import { normaliseIso } from '../brief/time.js';
import { parseHtml } from './html.js';
import { type ParsedArticle, ingestMessage } from './parsed.js';

const optionalString = z.string().nullish();

export const JsonArticleSchema = z
  .object({
    title: optionalString,
    text: optionalString,
    html: optionalString,
    published: optionalString,
    url: optionalString,
    byline: optionalString,
    outlet: optionalString,
    language: optionalString,
  })
  .refine((a) => (a.text ?? '').trim() !== '' || (a.html ?? '').trim() !== '', { message: 'has neither "text" nor "html"' });
export type JsonArticle = z.infer<typeof JsonArticleSchema>;

export interface JsonResult {
  articles: ParsedArticle[];
  /** One line per unusable entry: `[2].text: ...`. */
  errors: string[];
}

/** True when the value is shaped like one article or a list of them (checked loosely, to pick the format). */
export function looksLikeJsonArticles(value: unknown): boolean {
  const one = (v: unknown): boolean => v !== null && typeof v === 'object' && !Array.isArray(v) && ('text' in v || 'html' in v);
  return Array.isArray(value) ? value.length > 0 && value.some(one) : one(value);
}

function paragraphsOf(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p !== '')
    .join('\n\n');
}

function fromEntry(entry: JsonArticle, where: string, reference: Instant, origin: string): ParsedArticle {
  const messages: Message[] = [];
  const base: ParsedArticle =
    entry.text && entry.text.trim() !== ''
      ? {
          title: '',
          byline: null,
          outlet: null,
          publishedAt: null,
          updatedAt: null,
          url: null,
          language: null,
          body: paragraphsOf(entry.text),
          provenance: { text: { from: `${origin}:${where}text`, raw: null } },
          metadataDates: [],
          messages: [],
          statesPublication: false,
        }
      : parseHtml(entry.html ?? '', { reference });
  const parsed: ParsedArticle = { ...base, provenance: { ...base.provenance }, messages: [...base.messages, ...messages] };
  const take = (field: 'title' | 'byline' | 'url' | 'outlet' | 'language', value: string | null | undefined): void => {
    if (!value || value.trim() === '') return;
    parsed[field] = value.trim();
    parsed.provenance[field] = { from: `${origin}:${where}${field}`, raw: value };
  };
  take('title', entry.title);
  take('byline', entry.byline?.replace(/^\s*by\s+/i, ''));
  take('url', entry.url);
  take('outlet', entry.outlet);
  take('language', entry.language);
  if (entry.published) {
    const value = normaliseIso(entry.published);
    if (value) {
      parsed.publishedAt = value;
      parsed.statesPublication = true;
      parsed.provenance['publishedAt'] = { from: `${origin}:${where}published`, raw: entry.published };
    } else parsed.messages.push(ingestMessage('bad-published', `"${where}published": "${entry.published}" is not an ISO 8601 date or date-time; ignored`, 'warning'));
  }
  parsed.messages = parsed.messages.filter((m) => !(m.ruleId === 'no-title' && parsed.title !== '') && !(m.ruleId === 'no-publication-time' && parsed.publishedAt !== null));
  if (parsed.title === '') parsed.messages.push(ingestMessage('no-title', `the JSON article ${where ? `${where.slice(0, -1)} ` : ''}has no "title"`, 'warning'));
  return parsed;
}

/** Reads the articles of a JSON document; entries that are not articles are listed in `errors`. */
/** `origin` names the input kind in provenance (`json:[2].title`, `feed:[2].title`). */
export function parseJsonArticles(value: unknown, reference: Instant, origin = 'json'): JsonResult {
  const list = Array.isArray(value) ? value : [value];
  const articles: ParsedArticle[] = [];
  const errors: string[] = [];
  list.forEach((item, i) => {
    const where = Array.isArray(value) ? `[${i}].` : '';
    const parsed = JsonArticleSchema.safeParse(item);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) errors.push(`${where}${issue.path.join('.') || '(article)'}: ${issue.message}`.replace(/\.:/, ':'));
      return;
    }
    articles.push(fromEntry(parsed.data, where, reference, origin));
  });
  return { articles, errors };
}
