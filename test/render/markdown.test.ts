import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../src/render/markdown-escape.js';
import { extractFile, renderBrief } from '../../src/pipeline.js';
import { loadTemplates } from '../../src/render/templates.js';
import { formatDateValue } from '../../src/render/format.js';
import { SEED, SEED_PUBLISHED } from '../helpers.js';

/** What a reader sees: the text of the rendered HTML, entities decoded, whitespace folded. */
function visibleText(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

describe('the email-ready Markdown', () => {
  it('renders with marked and shows every item of the brief', async () => {
    const brief = await extractFile(SEED, { published: SEED_PUBLISHED });
    const { markdown } = await renderBrief(brief, { templates: await loadTemplates(), formats: new Set(['md']), page: 'a4' });
    const html = await marked.parse(markdown!);
    const text = visibleText(html);
    expect(brief.actors.length).toBeGreaterThan(0);
    expect(brief.claims.length).toBeGreaterThan(0);
    expect(text).toContain(brief.article.title!);
    for (const s of brief.summary) expect(text).toContain(s.text.replace(/\s+/g, ' '));
    for (const a of brief.actors) expect(text).toContain(a.name);
    for (const c of brief.claims) expect(text).toContain(c.text.replace(/\s+/g, ' '));
    for (const q of brief.questions) expect(text).toContain(q.text.replace(/\s+/g, ' '));
    // "Now", "in the past" (PRESENT_REF, PAST_REF) are in brief.json but pin nothing for a reader.
    const shown = brief.dates.filter((d) => !/_REF$/.test(d.value));
    expect(shown.length).toBeLessThan(brief.dates.length);
    for (const d of shown) expect(text).toContain(d.origin === 'text' ? d.text : formatDateValue(d.value));
    for (const d of shown.filter((x) => x.kind === 'date' || x.kind === 'time')) expect(text).toContain(formatDateValue(d.value));
  });

  it('is plain CommonMark: no raw HTML, no local file references, quotes inline in the claims list', async () => {
    const brief = await extractFile(SEED, { published: SEED_PUBLISHED });
    const { markdown } = await renderBrief(brief, { templates: await loadTemplates(), formats: new Set(['md']), page: 'a4' });
    const tokens = marked.lexer(markdown!);
    const kinds = new Set<string>();
    marked.walkTokens(tokens, (t) => void kinds.add(t.type));
    expect(kinds.has('html')).toBe(false);
    expect(kinds.has('image')).toBe(false);
    expect(kinds.has('heading')).toBe(true);
    expect(kinds.has('list')).toBe(true);
    if (brief.claims.some((c) => c.kind === 'direct')) expect(markdown).toMatch(/^- \*\*.+\*\* \(quoted[^)]*\): “/m);
    expect(kinds.has('blockquote')).toBe(false);
    expect(markdown).not.toMatch(/file:|input\/|\.txt\b|\/work\//);
  });
});

describe('escapeMarkdown', () => {
  it.each([
    ['*bold* _it_', '\\*bold\\* \\_it\\_'],
    ['<b>x</b>', '\\<b\\>x\\</b\\>'],
    ['[a](http://x)', '\\[a\\](http://x)'],
    ['# heading', '\\# heading'],
    ['- item', '\\- item'],
    ['1. first', '1\\. first'],
    ['AT&T and &amp;', 'AT&T and \\&amp;'],
    ['a | b', 'a \\| b'],
    ['`code`', '\\`code\\`'],
  ])('%s → %s', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });
});
