// Markdown → an HTML fragment, with marked: the one module that talks to it.
// brief.md is already escaped by the brief renderer, so article text cannot
// produce markup. As a second line of defence, raw HTML in the Markdown (from
// a user's own brief.md.hbs, say) is shown as text and only http(s) and
// mailto links become links. CommonMark without GFM: GFM would turn a bare
// address in article text into a link (brief.md promises plain CommonMark).
import { Marked } from 'marked';

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const SAFE_HREF = /^(https?:|mailto:)/i;

const marked = new Marked({
  gfm: false,
  breaks: false,
  async: false,
  renderer: {
    html({ text }) {
      return escapeHtml(text);
    },
    link({ href, title, tokens }) {
      const label = this.parser.parseInline(tokens);
      if (!SAFE_HREF.test(href.trim())) return label;
      return `<a href="${escapeHtml(href)}"${title ? ` title="${escapeHtml(title)}"` : ''}>${label}</a>`;
    },
    image({ text }) {
      // An email must not load anything; images in a brief would be an author's mistake.
      return escapeHtml(text);
    },
  },
});

/** Renders Markdown (CommonMark) to an inert HTML fragment. */
export function markdownToHtml(markdown: string): string {
  return marked.parse(markdown, { async: false });
}

export { escapeHtml };
