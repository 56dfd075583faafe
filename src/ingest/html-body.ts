// The article body of an HTML page: Readability over our DOM, then our own clean-up of what it
// kept (captions, share bars, related links), with looser retries and a text-density fallback
// where Readability finds nothing. It never gives up silently: every fallback adds a message.
import { Readability } from '@mozilla/readability';
import type { Message } from '../brief/model.js';
import { parseDocument } from './html-dom.js';
import { NOT_TEXT, blockText } from './html-text.js';
import { isAgencyCredit, lineWords } from './page-text.js';

export type BodyMethod = 'readability' | 'readability-loose' | 'text-density' | 'whole-page';

export interface ExtractedBody {
  text: string;
  method: BodyMethod;
  messages: Message[];
}

export interface BodyOptions {
  /** Fewer characters than this count as "Readability found nothing". */
  minChars?: number;
}

/** Class or id words of page furniture that Readability keeps inside the article container. */
const FURNITURE =
  /(?:^|[\s_-])(?:caption|captions|credit|credits|byline|share|sharing|social|related|promo|newsletter|signup|subscribe|advert|advertisement|ad|ads|breadcrumbs?|tags|tag-list|author-bio|timestamp|dateline|toolbar|print|comments?|recommended|more-stories|read-more|readmore|outbrain|taboola|sponsored|disclaimer|copyright|sidebar|skip)(?:$|[\s_-])/i;

/** The same words closing a camelCase class name ("InlineImage-imageEmbedCaption", "articleShareBar"). */
const FURNITURE_CAMEL =
  /(?<=\p{Ll})(?:Captions?|Credits?|Byline|Share|Sharing|Social|Related|Promo|Newsletter|Signup|Subscribe|Advert|Advertisement|Breadcrumbs?|Tags|Timestamp|Dateline|Toolbar|Comments?|Recommended|Sponsored|Disclaimer|Copyright|Sidebar)(?=$|[\s_\p{Lu}-])/u;

/** Whole-paragraph boilerplate lines. */
const BOILERPLATE_LINE =
  /^(?:advertisement|advert|sponsored|continue reading(?: below| the main story)?|image \d+ of \/? ?\d+|caption|close|photo: .{0,120}|\(?image credit: .{0,120}|\d+|see more: .{0,200}|read more: .{0,200}|related: .{0,200}|don'?t miss|tags?|share|share this(?: article| story)?|skip to (?:main )?content|this slideshow requires javascript\.?)$/i;

const message = (ruleId: string, reason: string, severity: Message['severity'] = 'info'): Message => ({ severity, source: 'ingest', ruleId, reason, position: null });

function classOf(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
}

/** True for elements inside the article container that are not article text. */
function isFurniture(el: Element): boolean {
  const tag = el.localName.toLowerCase();
  if (tag === 'figcaption' || tag === 'figure' || tag === 'nav' || tag === 'aside' || tag === 'footer') return true;
  const names = classOf(el);
  return isHidden(el) || FURNITURE.test(names) || FURNITURE_CAMEL.test(names);
}

function isHidden(el: Element): boolean {
  if (el.getAttribute('hidden') !== null || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

function cleanParagraphs(text: string): string {
  const paragraphs = text.split('\n\n').filter((p) => !BOILERPLATE_LINE.test(p));
  // A photo's caption and the agency credit under it ("… on Monday, Nov. 13, 2017." then
  // "Jo Bell | Bloomberg | Getty Images"), which a page may set in plain <div>s.
  const caption = new Set<number>();
  paragraphs.forEach((p, i) => {
    if (!isAgencyCredit(p)) return;
    caption.add(i);
    const before = paragraphs[i - 1];
    if (before !== undefined && /[.!?]["”’]?$/u.test(before.trim()) && lineWords(before) < 60) caption.add(i - 1);
  });
  return paragraphs.filter((_, i) => !caption.has(i)).join('\n\n');
}

function runReadability(html: string, charThreshold: number): string {
  const doc = parseDocument(html);
  const result = new Readability<Node>(doc, { serializer: (n) => n, keepClasses: true, charThreshold }).parse();
  if (!result?.content) return '';
  const cleaned = cleanParagraphs(blockText(result.content, isFurniture));
  // A page that wraps its whole article in a class we read as furniture keeps Readability's text.
  const kept = blockText(result.content, (el) => el !== result.content && isHidden(el));
  return cleaned.length >= 0.5 * kept.length ? cleaned : cleanParagraphs(kept);
}

/** One Readability run: its text, or why it failed (a throw inside Readability is a content problem of this page, not ours). */
function tryReadability(html: string, charThreshold: number): { text: string; failure: string | null } {
  try {
    return { text: runReadability(html, charThreshold), failure: null };
  } catch (error) {
    return { text: '', failure: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

/** Extracts the body text of an HTML page; `html` is parsed afresh (Readability changes its DOM). */
export function extractBody(html: string, options: BodyOptions = {}): ExtractedBody {
  const minChars = options.minChars ?? 200;
  const messages: Message[] = [];
  const first = tryReadability(html, 500);
  if (first.text.length >= minChars) return { text: first.text, method: 'readability', messages };
  // A run that threw would throw again on the same tree: the looser retry is only for a short result.
  const loose = first.failure === null ? tryReadability(html, 0) : first;
  if (loose.text.length >= minChars) {
    messages.push(message('html-readability-loose', `Readability found ${first.text.length} characters of article text; a looser retry (no length threshold) found ${loose.text.length}`));
    return { text: loose.text, method: 'readability-loose', messages };
  }
  const failure = first.failure ?? loose.failure;
  const found = Math.max(first.text.length, loose.text.length);
  const why = failure !== null ? `Readability failed on this page (${failure})` : `Readability found no article (${found} characters even with looser settings)`;
  const dense = densityText(parseDocument(html));
  if (dense.length >= found && dense !== '') {
    messages.push(message(failure !== null ? 'html-readability-failed' : 'html-density-fallback', `${why}; the body was taken from the page's densest run of paragraphs`, 'warning'));
    return { text: dense, method: 'text-density', messages };
  }
  if (failure !== null) messages.push(message('html-readability-failed', why, 'warning'));
  const best = loose.text.length > first.text.length ? loose : first;
  // A few words (a menu item, a cookie notice) are not an article: say so rather than brief them.
  // (Words as lineWords counts them: about two characters each in Chinese or Japanese.)
  if (lineWords(best.text) < MIN_BODY_WORDS) return { text: '', method: 'readability', messages };
  messages.push(message('html-short-body', `only ${best.text.length} characters of article text were found on the page`, 'warning'));
  return { text: best.text, method: best === loose && loose !== first ? 'readability-loose' : 'readability', messages };
}

/** Fewer words than this on the whole page is no article at all. */
const MIN_BODY_WORDS = 10;

const SENTENCE_END = /[.!?…"”’)]$/;

/**
 * The text-density fallback: the page's visible text blocks, scored by length, punctuation and
 * link density; the best contiguous run of prose-like blocks is the body.
 */
export function densityText(doc: Document): string {
  const root = doc.body ?? doc.documentElement;
  if (!root) return '';
  const blocks: { text: string; score: number }[] = [];
  const visit = (el: Element): void => {
    const tag = el.localName.toLowerCase();
    if (NOT_TEXT.has(tag) || tag === 'nav' || tag === 'footer' || tag === 'header' || tag === 'aside') return;
    const hasBlockChild = Array.from(el.children).some((c) => /^(?:p|div|section|article|ul|ol|li|h[1-6]|blockquote|table|main|header|footer|nav|aside|figure|form)$/i.test(c.localName));
    if (!hasBlockChild) {
      const text = blockText(el);
      if (text === '') return;
      const linkChars = Array.from(el.querySelectorAll('a')).reduce((n, a) => n + (a.textContent ?? '').trim().length, 0);
      const linkDensity = linkChars / Math.max(1, text.length);
      const words = text.split(/\s+/).length;
      const score = (words >= 12 ? 1 : words >= 6 ? 0.3 : -0.5) + (SENTENCE_END.test(text) ? 0.5 : -0.3) - 2 * linkDensity;
      blocks.push({ text, score });
      return;
    }
    for (const child of Array.from(el.children)) visit(child);
  };
  visit(root);
  // Maximum-sum run (Kadane) over the block scores, with a small cost for each block.
  let best = { sum: 0, from: 0, to: -1 };
  let sum = 0;
  let from = 0;
  blocks.forEach((b, i) => {
    sum += b.score - 0.2;
    if (sum <= 0) {
      sum = 0;
      from = i + 1;
    } else if (sum > best.sum) best = { sum, from, to: i };
  });
  return blocks
    .slice(best.from, best.to + 1)
    .filter((b) => b.score > 0)
    .map((b) => b.text)
    .join('\n\n');
}
