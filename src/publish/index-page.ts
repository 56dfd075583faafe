// The output folder's index page: one card per brief, newest first, with the
// actions people use (download the PDF, copy the Markdown, open the brief).
// The page is self-contained — inline CSS and script, the Markdown embedded —
// so it works opened from disk as well as from any static host.
import { formatTimestamp } from '../render/format.js';
import { BRIEF_FILES, type BriefFileKind, type CatalogEntry } from './catalog.js';
import type { PublishTemplates } from './templates.js';

export interface IndexCardView {
  slug: string;
  title: string;
  outlet: string | null;
  byline: string | null;
  published: string | null;
  publishedIso: string | null;
  /** Where the article states only when it was updated: that time, shown as an update, not a publication. */
  updated: string | null;
  updatedIso: string | null;
  bottomLine: string;
  keyActors: { name: string; role: string | null }[];
  /** Lower-case, accent-free text the filter matches against. */
  search: string;
  links: Partial<Record<BriefFileKind, string>>;
  pdfName: string;
  pdfSize: string | null;
  /** brief.md as a JSON string literal, safe inside <script type="application/json">. */
  markdownJson: string | null;
}

export interface IndexView {
  title: string;
  css: string;
  count: number;
  countLabel: string;
  briefs: IndexCardView[];
  feed: string | null;
}

/** Folds case and accents, as the page's script does, so "Zelensky" finds "Zelenskyy" and "zélé" finds "zele". */
export function foldForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** JSON that cannot end its <script> element or open a comment: <, >, & and the JS line separators escaped. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${Math.round(n / 1024)} KB`;
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}

export function buildIndexCard(entry: CatalogEntry): IndexCardView {
  const { slug, brief, files } = entry;
  const a = brief.article;
  const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();
  const bottomLine = brief.summary.map((s) => oneLine(s.text)).join(' ');
  const keyActors = brief.actors.filter((x) => x.key).map((x) => ({ name: x.name, role: x.role }));
  const published = formatTimestamp(a.publishedAt, brief.publishedStated ?? undefined);
  const updated = a.publishedAt ? null : formatTimestamp(a.updatedAt, brief.updatedStated ?? undefined);
  const links: IndexCardView['links'] = {};
  for (const kind of Object.keys(BRIEF_FILES) as BriefFileKind[]) if (files[kind] !== undefined) links[kind] = `${slug}/${BRIEF_FILES[kind]}`;
  const search = foldForSearch(
    [a.title, a.outlet, a.byline, bottomLine, ...brief.actors.flatMap((x) => [x.name, ...x.aliases]), a.publishedAt?.slice(0, 10), published, updated, slug].filter(Boolean).join(' '),
  );
  return {
    slug,
    title: brief.heading,
    outlet: a.outlet,
    byline: a.byline,
    published,
    publishedIso: a.publishedAt,
    updated,
    updatedIso: updated === null ? null : a.updatedAt,
    bottomLine,
    keyActors,
    search,
    links,
    pdfName: `${slug}.pdf`,
    pdfSize: files.pdf !== undefined ? formatBytes(files.pdf) : null,
    markdownJson: entry.markdown !== null ? jsonForScript(entry.markdown) : null,
  };
}

export interface IndexPageOptions {
  title?: string;
  /** Link to the feed from the page (default feed.xml); null for none. */
  feed?: string | null;
}

export function renderIndexPage(entries: CatalogEntry[], templates: PublishTemplates, options: IndexPageOptions = {}): string {
  const view: IndexView = {
    title: options.title ?? 'Briefs',
    css: templates.briefCss,
    count: entries.length,
    countLabel: `${entries.length} brief${entries.length === 1 ? '' : 's'}`,
    briefs: entries.map(buildIndexCard),
    feed: options.feed === undefined ? 'feed.xml' : options.feed,
  };
  return templates.renderIndex(view);
}
