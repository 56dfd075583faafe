import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headingOf } from '../../src/brief/heading.js';
import type { Brief } from '../../src/brief/model.js';
import { GMAIL_CLIP_BYTES, renderEmailFormats } from '../../src/publish/email.js';
import { buildView } from '../../src/render/view-model.js';
import { hasShared } from '../helpers.js';
import { type BuiltOutputs, buildOutputs } from './build-outputs.js';

/** What a reader sees of an HTML document: tags dropped, entities decoded, whitespace folded. */
function visibleText(html: string): string {
  return html
    .replace(/<head[\s\S]*?<\/head>/i, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

const fold = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Every item the brief shows: title, bottom line, actors, claims and questions. */
function itemsOf(brief: Brief): string[] {
  return [headingOf(brief.article), ...brief.summary.map((s) => s.text), ...brief.actors.map((a) => a.name), ...brief.claims.map((c) => c.text), ...brief.questions.map((q) => q.text)].map(fold);
}

describe.skipIf(!hasShared)('the email formats', () => {
  let out: BuiltOutputs;
  beforeAll(async () => {
    out = await buildOutputs();
  }, 180_000);
  afterAll(() => out?.cleanup());

  it('brief.email.html: no script, no stylesheet link, styles inlined, one column, under Gmail’s clipping size, every item', async () => {
    for (const { dir, brief } of out.briefs) {
      const html = await readFile(join(dir, 'brief.email.html'), 'utf8');
      expect(html).not.toMatch(/<script/i);
      expect(html).not.toMatch(/<link\b/i);
      expect(html).not.toMatch(/@import|@font-face|url\(/i);
      expect(html).not.toMatch(/\bsrc\s*=/i);
      // Styles live on the elements; only the phone media query stays in a <style>.
      expect(html).toMatch(/<h1 style="[^"]*font-size/);
      expect(html).toMatch(/<h2 style="[^"]*text-transform: uppercase/);
      expect(html.match(/<style>[\s\S]*?<\/style>/g)?.every((s) => s.includes('@media'))).toBe(true);
      expect(html).toContain('max-width: 640px');
      expect(Buffer.byteLength(html)).toBeLessThan(GMAIL_CLIP_BYTES);
      const text = visibleText(html);
      expect(brief.claims.length + brief.actors.length).toBeGreaterThan(3);
      for (const item of itemsOf(brief)) expect(text).toContain(item);
      // Nothing was dropped for these: no notice.
      expect(brief.messages.some((m) => m.ruleId.startsWith('email-'))).toBe(false);
      expect(text).not.toContain('left out');
    }
  });

  it('brief.txt: every item, wrapped at 72 columns, no markup', async () => {
    for (const { dir, brief } of out.briefs) {
      const text = await readFile(join(dir, 'brief.txt'), 'utf8');
      const lines = text.split('\n');
      for (const line of lines) if (line.length > 72) expect(line.trim(), line).not.toMatch(/\s/); // only an unbreakable word (a link) may run over
      expect(lines.filter((l) => l.length > 60).length).toBeGreaterThan(3); // wrapped, not chopped short
      const folded = fold(text);
      for (const item of itemsOf(brief)) expect(folded).toContain(item);
      expect(text).not.toMatch(/\*\*|<\/?[a-z]+>|\\[<>*_[\]]/); // no Markdown emphasis, no tags, no Markdown escapes
      expect(text.endsWith('\n') && !text.endsWith('\n\n')).toBe(true);
      expect(text).toMatch(/^BOTTOM LINE$/m);
    }
  });

  it('writes links out in the plain text and makes them links in the email', async () => {
    const { brief } = out.briefs[0]!;
    const url = 'https://www.example.org/news/2023/06/07/a-very-long-address-that-cannot-be-wrapped-at-seventy-two-columns';
    const withUrl: Brief = { ...brief, article: { ...brief.article, url } };
    const markdown = out.templates.renderMarkdown(buildView(withUrl));
    const email = await renderEmailFormats(withUrl, markdown, { templates: out.templates });
    expect(email.text.split('\n')).toContain(url);
    expect(email.emailHtml).toContain(`<a href="${url}"`);
    // Only http(s) addresses become links.
    const odd: Brief = { ...brief, article: { ...brief.article, url: 'javascript:alert(1)' } };
    const oddEmail = await renderEmailFormats(odd, out.templates.renderMarkdown(buildView(odd)), { templates: out.templates });
    expect(oddEmail.emailHtml).not.toMatch(/href="javascript/i);
  });

  it('drops the lowest-priority items when the email would be clipped, and says so', async () => {
    const { brief, markdown } = out.briefs[1]!;
    const full = await renderEmailFormats(brief, markdown, { templates: out.templates });
    const limit = Buffer.byteLength(full.emailHtml) - 1500;
    const trimmed = await renderEmailFormats(brief, markdown, { templates: out.templates, maxBytes: limit });
    expect(Buffer.byteLength(trimmed.emailHtml)).toBeLessThanOrEqual(limit);
    expect(trimmed.dropped.length).toBeGreaterThan(0);
    expect(trimmed.dropped).toEqual(buildView(brief).dropOrder.slice(0, trimmed.dropped.length));
    const message = trimmed.messages.find((m) => m.ruleId === 'email-items-dropped');
    expect(message?.items).toEqual(trimmed.dropped);
    const text = visibleText(trimmed.emailHtml);
    expect(text).toContain(`${trimmed.dropped.length} lower-priority item`);
    expect(text).toContain(brief.article.title);
    for (const s of brief.summary) expect(text).toContain(fold(s.text));
    // Fewest items: one item fewer would not fit.
    const fewer = await renderEmailFormats(brief, markdown, { templates: out.templates, maxBytes: Buffer.byteLength(trimmed.emailHtml) - 1 });
    expect(fewer.dropped.length).toBeGreaterThan(trimmed.dropped.length);
    // The plain text keeps everything.
    for (const item of itemsOf(brief)) expect(fold(trimmed.text)).toContain(item);
    // When nothing can make it fit, the email stays whole and the brief says Gmail will clip it.
    const hopeless = await renderEmailFormats(brief, markdown, { templates: out.templates, maxBytes: 100 });
    expect(hopeless.dropped).toEqual([]);
    expect(hopeless.messages.map((m) => m.ruleId)).toEqual(['email-too-large']);
  });

  it('keeps article text inert: markup in an article is shown as text, never run or linked', async () => {
    const { brief } = out.briefs[0]!;
    const evil = '<script>alert(1)</script> <img src=x onerror=alert(2)> [click](javascript:alert(3)) **bold** <a href="http://evil.test">x</a>';
    const hostile: Brief = {
      ...brief,
      article: { ...brief.article, title: `Title ${evil}` },
      claims: brief.claims.map((c, i) => (i === 0 ? { ...c, text: evil } : c)),
    };
    const markdown = out.templates.renderMarkdown(buildView(hostile));
    const email = await renderEmailFormats(hostile, markdown, { templates: out.templates });
    expect(email.emailHtml).not.toMatch(/<script|<img|<a href="http:\/\/evil|javascript:alert\(3\)"|onerror=alert\(2\)>/i);
    expect(email.emailHtml).not.toMatch(/<strong>bold<\/strong>/);
    expect(visibleText(email.emailHtml)).toContain('<script>alert(1)</script>');
    expect(fold(email.text)).toContain(evil);
  });
});
