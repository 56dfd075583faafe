// brief.md → brief.email.html (marked + css-inline: inline styles, one column,
// no scripts, no external resources) and brief.txt (the plain-text alternative).
// Gmail clips messages over 102 KB, so a brief that would be larger loses its
// lowest-priority items — in the one-page PDF's order — and says so.
import { join } from 'node:path';
import type { Brief, Message } from '../brief/model.js';
import { writeFileAtomic } from '../output/write.js';
import type { Templates } from '../render/templates.js';
import { type BriefView, buildView, viewWithout } from '../render/view-model.js';
import { markdownToHtml } from './markdown-html.js';
import { wrapText } from './plain-text.js';
import { loadPublishTemplates } from './templates.js';

/** Gmail clips at 102 KB; stay a little under it for the headers and encoding a mailer adds. */
export const GMAIL_CLIP_BYTES = 102 * 1024;
export const DEFAULT_EMAIL_MAX_BYTES = 100_000;

export const EMAIL_HTML_FILE = 'brief.email.html';
export const TEXT_FILE = 'brief.txt';

export interface EmailOptions {
  /** The brief templates build used: their folder holds email.html.hbs and brief.txt.hbs (else the shipped ones), and they re-render the Markdown when items must go. */
  templates: Templates;
  /** Largest email HTML in bytes (UTF-8); default 100 000, under Gmail's 102 KB clipping. */
  maxBytes?: number;
  /** Column to wrap brief.txt at; default 72. */
  width?: number;
  /** The brief's view model when the caller has built it already (it is the same for the same brief). */
  view?: BriefView;
}

export interface EmailFormats {
  emailHtml: string;
  text: string;
  /** Ids of the items left out of the email to stay under maxBytes, in drop order. */
  dropped: string[];
  /** Content messages for brief.json (email-items-dropped, email-too-large). */
  messages: Message[];
}

const byteLength = (s: string): number => Buffer.byteLength(s, 'utf8');

type Inliner = typeof import('@css-inline/css-inline');
let inlinerModule: Promise<Inliner> | undefined;
/** Loaded with the first email: a `build --formats html,pdf` never needs it. */
const loadInliner = (): Promise<Inliner> => (inlinerModule ??= import('@css-inline/css-inline'));
/**
 * The wrapper's <style> goes onto the elements, as Gmail and Outlook read it; @media rules
 * stay in a <style> block for the clients that honour them. Nothing is fetched: <link>
 * stylesheets are dropped, not loaded.
 */
const INLINE_OPTIONS = { keepStyleTags: false, keepLinkTags: false, keepAtRules: true, loadRemoteStylesheets: false, applyWidthAttributes: true } as const;

/** Loads and compiles what the first email needs, ahead of it (e.g. while the browser starts). */
export async function prepareEmail(templates: Templates): Promise<void> {
  await Promise.all([loadPublishTemplates(templates.dir), loadInliner()]);
}

/** Renders the email HTML and the plain text of a brief; `markdown` is its brief.md. */
export async function renderEmailFormats(brief: Brief, markdown: string, options: EmailOptions): Promise<EmailFormats> {
  const [publish, { inline }] = await Promise.all([loadPublishTemplates(options.templates.dir), loadInliner()]);
  const maxBytes = options.maxBytes ?? DEFAULT_EMAIL_MAX_BYTES;
  const view = options.view ?? buildView(brief);
  const preheader = view.summary.map((s) => s.text).join(' ');
  // The article's own address is the one link an email brief offers; article text never becomes one.
  const articleUrl = view.url !== null && /^https?:\/\/[^\s"<>]+$/i.test(view.url) ? view.url : null;

  const emailOf = (md: string, notice: string | null): string => {
    const html = publish.renderEmail({ title: view.title, outlet: view.outlet, preheader, body: markdownToHtml(md), notice, articleUrl });
    return inline(html, INLINE_OPTIONS);
  };
  const noticeFor = (n: number): string =>
    `${n} lower-priority item${n === 1 ? ' was' : 's were'} left out to keep this email under Gmail's 102 KB clipping limit; the HTML brief and brief.md have them all.`;
  const trimmed = (k: number): string => {
    const ids = new Set(view.dropOrder.slice(0, k));
    return emailOf(options.templates.renderMarkdown(viewWithout(view, ids)), noticeFor(k));
  };

  let emailHtml = emailOf(markdown, null);
  let dropped: string[] = [];
  const messages: Message[] = [];
  if (byteLength(emailHtml) > maxBytes) {
    // Fewest items dropped that fit: a binary search, since each render inlines styles anew.
    let lo = 1;
    let hi = view.dropOrder.length;
    let best: { k: number; html: string } | null = null;
    while (lo <= hi) {
      const mid = Math.floor((lo + hi) / 2);
      const html = trimmed(mid);
      if (byteLength(html) <= maxBytes) {
        best = { k: mid, html };
        hi = mid - 1;
      } else lo = mid + 1;
    }
    if (best) {
      emailHtml = best.html;
      dropped = view.dropOrder.slice(0, best.k);
      messages.push({
        severity: 'info',
        source: 'render',
        ruleId: 'email-items-dropped',
        reason: `${dropped.length} lower-priority item(s) left out of the email HTML to stay under ${maxBytes} bytes (Gmail clips at 102 KB): ${dropped.join(', ')}; the HTML brief and brief.md have them all`,
        position: null,
        items: dropped,
      });
    } else {
      // Even title and bottom line alone are too large: keep everything and say Gmail will clip it.
      messages.push({
        severity: 'warning',
        source: 'render',
        ruleId: 'email-too-large',
        reason: `the email HTML is ${byteLength(emailHtml)} bytes even without its lower-priority items, over ${maxBytes}; Gmail will clip it`,
        position: null,
      });
    }
  }

  const text = wrapText(publish.renderText({ ...view, preheader, titleRule: '='.repeat(Math.min(options.width ?? 72, [...view.title].length)) }), options.width ?? 72);
  return { emailHtml, text, dropped, messages };
}

/** Writes brief.email.html and brief.txt into a brief's folder, beside brief.md. */
export async function writeEmailFormats(dir: string, brief: Brief, markdown: string, options: EmailOptions): Promise<EmailFormats & { files: string[] }> {
  const formats = await renderEmailFormats(brief, markdown, options);
  await writeFileAtomic(join(dir, EMAIL_HTML_FILE), formats.emailHtml);
  await writeFileAtomic(join(dir, TEXT_FILE), formats.text);
  return { ...formats, files: [EMAIL_HTML_FILE, TEXT_FILE] };
}
