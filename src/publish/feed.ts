// The Atom feed (RFC 4287) of an output folder's briefs. Built in code rather
// than from a template: XML has stricter escaping rules than HTML (characters
// it cannot carry at all), and feed readers are not something users restyle.
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { BRIEF_FILES, type CatalogEntry } from './catalog.js';
import { normaliseBaseUrl } from './base-url.js';
import { FEED_ENTRIES } from './feed-entries.js';
import { markdownToHtml } from './markdown-html.js';

export { FEED_ENTRIES, normaliseBaseUrl };

export interface FeedOptions {
  /** Absolute http(s) URL the output folder is published at; links become absolute. Without it they are relative to the feed. */
  baseUrl?: string;
  title?: string;
  /** The feed's `updated` when it has no entries (default: now). */
  now?: Date;
  /** The output folder: without a baseUrl, the feed id is derived from its absolute path. */
  outDir: string;
  /** Most entries the feed holds, the newest (default FEED_ENTRIES). */
  limit?: number;
}

// XML 1.0 cannot carry these at all, escaped or not.
const NOT_XML_CHAR = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function escapeXml(text: string): string {
  return text.replace(NOT_XML_CHAR, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** RFC 3339 in UTC with seconds (the model allows ISO 8601 without them). */
export function toRfc3339(iso: string): string | null {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * The escaped HTML of the entries' Markdown, kept between feeds: a worker rebuilds the feed
 * every few seconds, and its newest entries change one or two at a time. Bounded to a few
 * feeds' worth of entries, the least recently used going first.
 */
const contents = new Map<string, string>();
const CONTENTS_KEPT = 4 * FEED_ENTRIES;

function contentOf(markdown: string): string {
  let content = contents.get(markdown);
  if (content === undefined) content = escapeXml(markdownToHtml(markdown));
  else contents.delete(markdown);
  contents.set(markdown, content);
  if (contents.size > CONTENTS_KEPT) contents.delete(contents.keys().next().value!);
  return content;
}

const isWebUrl = (s: string | null): s is string => s !== null && /^https?:\/\/\S+$/i.test(s);

/** The feed of `entries`, which come newest first. */
export function buildAtomFeed(entries: CatalogEntry[], options: FeedOptions): string {
  const base = options.baseUrl ? normaliseBaseUrl(options.baseUrl) : null;
  const href = (path: string): string => escapeXml(base ? new URL(path, base).href : path);
  const feedId = base ? `${base}feed.xml` : `urn:newsbrief:feed:${createHash('sha256').update(resolve(options.outDir)).digest('hex').slice(0, 32)}`;

  // One entry per source: a re-briefed article under a second folder name would repeat the id.
  const seen = new Set<string>();
  const unique = entries.filter((e) => !seen.has(e.brief.source.sha256) && seen.add(e.brief.source.sha256)).slice(0, Math.max(0, options.limit ?? FEED_ENTRIES));

  const lines: string[] = [];
  let feedUpdated: string | null = null;
  for (const { slug, brief, files, markdown } of unique) {
    const a = brief.article;
    const updated = toRfc3339(a.updatedAt ?? a.publishedAt ?? brief.referenceTime) ?? toRfc3339(brief.referenceTime)!;
    const published = a.publishedAt ? toRfc3339(a.publishedAt) : null;
    if (feedUpdated === null || updated > feedUpdated) feedUpdated = updated;
    const summary = brief.summary.map((s) => s.text.replace(/\s+/g, ' ').trim()).join(' ');
    const link = (rel: string, type: string, kind: keyof typeof BRIEF_FILES, extra = ''): string =>
      `    <link rel="${rel}" type="${type}" href="${href(`${slug}/${BRIEF_FILES[kind]}`)}"${extra}/>`;
    lines.push('  <entry>');
    lines.push(`    <id>urn:sha256:${brief.source.sha256}</id>`);
    lines.push(`    <title type="text">${escapeXml(brief.heading)}</title>`);
    lines.push(`    <updated>${updated}</updated>`);
    if (published) lines.push(`    <published>${published}</published>`);
    lines.push(`    <author><name>${escapeXml(a.byline?.trim() || 'newsbrief')}</name></author>`);
    if (files.html !== undefined) lines.push(link('alternate', 'text/html', 'html'));
    if (files.md !== undefined) lines.push(link('alternate', 'text/markdown', 'md'));
    if (files.html === undefined && files.md === undefined) lines.push(link('alternate', 'application/json', 'json'));
    if (files.pdf !== undefined) lines.push(link('enclosure', 'application/pdf', 'pdf', ` length="${files.pdf}" title="${escapeXml(`${slug}.pdf`)}"`));
    if (isWebUrl(a.url)) lines.push(`    <link rel="related" type="text/html" href="${escapeXml(a.url)}"/>`);
    for (const actor of brief.actors.filter((x) => x.key)) lines.push(`    <category term="${escapeXml(actor.name)}"/>`);
    if (summary) lines.push(`    <summary type="text">${escapeXml(summary)}</summary>`);
    if (markdown !== null) lines.push(`    <content type="html">${contentOf(markdown)}</content>`);
    lines.push('  </entry>');
  }
  const updated = feedUpdated ?? toRfc3339((options.now ?? new Date()).toISOString())!;
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${escapeXml(feedId)}</id>`,
    `  <title type="text">${escapeXml(options.title ?? 'newsbrief briefs')}</title>`,
    `  <updated>${updated}</updated>`,
    '  <author><name>newsbrief</name></author>',
    '  <generator>newsbrief</generator>',
    `  <link rel="self" type="application/atom+xml" href="${href('feed.xml')}"/>`,
    `  <link rel="alternate" type="text/html" href="${href('index.html')}"/>`,
    ...lines,
    '</feed>',
    '',
  ].join('\n');
}
