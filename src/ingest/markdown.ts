// Markdown with optional YAML front matter (title, published, url, byline) → ParsedArticle.
// The body is tokenised by marked and written back as plain paragraphs: no `#`, emphasis
// markers or link syntax survive into article.text.
import { type Token, Lexer } from 'marked';
import { parse as parseYaml } from 'yaml';
import { normaliseIso } from '../brief/time.js';
import { FRONT_MATTER } from './format.js';
import { type ParsedArticle, ingestMessage } from './parsed.js';
import type { Message, Provenance } from '../brief/model.js';


/** Inline tokens → text: link and emphasis text kept, images and raw tags dropped. */
function inlineText(tokens: readonly Token[] | undefined, raw: string): string {
  if (!tokens) return raw;
  return tokens
    .map((t): string => {
      switch (t.type) {
        case 'image':
        case 'html':
        case 'tag':
          return '';
        case 'br':
          return ' ';
        case 'escape':
        case 'codespan':
          return (t as { text: string }).text;
        case 'text':
          return 'tokens' in t && t.tokens ? inlineText(t.tokens, t.text as string) : decode((t as { text: string }).text);
        default:
          return 'tokens' in t && t.tokens ? inlineText(t.tokens, '') : decode(String((t as { text?: string }).text ?? ''));
      }
    })
    .join('');
}

const decode = (s: string): string => s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'");

/** Block tokens → paragraphs. */
function blockParagraphs(tokens: readonly Token[], out: { text: string; heading: number }[]): void {
  for (const t of tokens) {
    switch (t.type) {
      case 'heading':
        out.push({ text: inlineText(t.tokens, t.text as string), heading: t.depth as number });
        break;
      case 'paragraph':
        out.push({ text: inlineText(t.tokens, t.text as string), heading: 0 });
        break;
      case 'text':
        out.push({ text: inlineText(t.tokens, t.text as string), heading: 0 });
        break;
      case 'blockquote':
        blockParagraphs(t.tokens ?? [], out);
        break;
      case 'list':
        for (const item of t.items as { tokens: Token[] }[]) blockParagraphs(item.tokens, out);
        break;
      case 'code':
        for (const line of String(t.text).split('\n')) out.push({ text: line, heading: 0 });
        break;
      case 'table': {
        const cellText = (c: { text: string; tokens: Token[] }): string => inlineText(c.tokens, c.text);
        out.push({ text: (t.header as { text: string; tokens: Token[] }[]).map(cellText).join(' '), heading: 0 });
        for (const row of t.rows as { text: string; tokens: Token[] }[][]) out.push({ text: row.map(cellText).join(' '), heading: 0 });
        break;
      }
      case 'html':
        out.push({ text: decode(String(t.text).replace(/<[^>]*>/g, ' ')), heading: 0 });
        break;
      default:
        break; // space, hr, def
    }
  }
}

export function parseMarkdown(source: string): ParsedArticle {
  const messages: Message[] = [];
  const provenance: Record<string, Provenance> = {};
  let front: Record<string, unknown> = {};
  let text = source;
  const fm = FRONT_MATTER.exec(source);
  if (fm) {
    text = source.slice(fm[0].length);
    try {
      const value: unknown = parseYaml(fm[1]!);
      if (value !== null && typeof value === 'object' && !Array.isArray(value)) front = value as Record<string, unknown>;
      else messages.push(ingestMessage('front-matter-not-a-map', 'the YAML front matter is not a set of key: value fields; it was ignored', 'warning'));
    } catch (error) {
      messages.push(ingestMessage('front-matter-invalid', `the YAML front matter could not be read (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); it was ignored`, 'warning'));
    }
  }
  const field = (key: string): string | null => {
    const v = front[key];
    if (v instanceof Date) return v.toISOString();
    return typeof v === 'string' && v.trim() !== '' ? v.trim() : typeof v === 'number' ? String(v) : null;
  };

  const blocks: { text: string; heading: number }[] = [];
  blockParagraphs(new Lexer().lex(text), blocks);
  const paragraphs = blocks.map((b) => ({ ...b, text: b.text.replace(/\s+/g, ' ').trim() })).filter((b) => b.text !== '');

  let title = field('title');
  if (title) provenance['title'] = { from: 'front-matter:title', raw: title };
  else {
    const h = paragraphs.findIndex((p) => p.heading === 1);
    const first = h >= 0 ? h : paragraphs[0]?.heading ? 0 : -1;
    if (first >= 0) {
      title = paragraphs[first]!.text;
      provenance['title'] = { from: 'markdown:heading', raw: title };
      paragraphs.splice(first, 1);
    }
  }
  if (title && paragraphs[0] && paragraphs[0].heading > 0 && paragraphs[0].text === title) paragraphs.shift();

  let publishedAt: string | null = null;
  const published = field('published') ?? field('date');
  if (published) {
    publishedAt = normaliseIso(published);
    if (publishedAt) provenance['publishedAt'] = { from: `front-matter:${field('published') ? 'published' : 'date'}`, raw: published };
    else messages.push(ingestMessage('bad-published', `front matter "published: ${published}" is not an ISO 8601 date or date-time; ignored`, 'warning'));
  }
  const url = field('url');
  if (url) provenance['url'] = { from: 'front-matter:url', raw: url };
  const byline = field('byline') ?? field('author');
  if (byline) provenance['byline'] = { from: `front-matter:${field('byline') ? 'byline' : 'author'}`, raw: byline };
  const language = field('language') ?? field('lang');
  if (language) provenance['language'] = { from: 'front-matter:language', raw: language };
  const outlet = field('outlet') ?? field('source');
  if (outlet) provenance['outlet'] = { from: 'front-matter:outlet', raw: outlet };

  const body = paragraphs.map((p) => p.text).join('\n\n');
  if (!title) messages.push(ingestMessage('no-title', 'the Markdown has no title (no front matter title, no heading)', 'warning'));
  if (body === '') messages.push(ingestMessage('empty-body', 'no article text was found in the Markdown', 'fatal'));
  return {
    title: title ?? '',
    byline: byline ? byline.replace(/^by\s+/i, '') : null,
    outlet,
    publishedAt,
    updatedAt: null,
    url,
    language,
    body,
    provenance,
    metadataDates: [],
    messages,
    statesPublication: publishedAt !== null,
  };
}
