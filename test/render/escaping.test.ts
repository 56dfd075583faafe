import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { marked } from 'marked';
import { afterAll, describe, expect, it } from 'vitest';
import { extractFile, renderBrief } from '../../src/pipeline.js';
import { PdfRenderer } from '../../src/render/pdf.js';
import { loadTemplates } from '../../src/render/templates.js';
import { readPdf } from '../helpers.js';

const HOSTILE = [
  '<script>alert("x")</script> Attack on the <b>council</b> {{constructor}}',
  '',
  '<img src=x onerror="alert(1)"> The mayor, John Smith, said "we will <script>steal()</script> nothing {{#each x}}{{/each}} and [click](javascript:alert(1)) here".',
  '',
  '# Not a heading. Councillor Jane Doe said the *budget* plan was __final__ & <iframe src="http://evil.example"></iframe> &amp; closed.',
  '',
  '{{> partial}} {{{triple}}} ]]> <!-- comment --> <style>body{display:none}</style> The council will vote on Tuesday.',
].join('\n');

const renderer = new PdfRenderer();
afterAll(() => renderer.close());

async function renderHostile() {
  const dir = await mkdtemp(join(tmpdir(), 'nb-hostile-'));
  const path = join(dir, 'hostile.txt');
  await writeFile(path, HOSTILE);
  const brief = await extractFile(path, { published: '2024-03-01T12:00:00Z' });
  const templates = await loadTemplates();
  return renderBrief(brief, { templates, formats: new Set(['html', 'md', 'pdf']), page: 'a4', pdf: renderer });
}

describe('hostile article text', () => {
  it('stays text in the HTML: no markup, script or template syntax from the article takes effect', async () => {
    const { html, brief } = await renderHostile();
    expect(brief.article.title).toContain('<script>');
    expect(html).toBeDefined();
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<iframe/i);
    expect(html).not.toMatch(/<b>council/);
    expect(html).not.toMatch(/<style>body\{display:none/);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('{{constructor}}');
    // Nothing is fetched: the only URL-bearing attributes are data or fragments.
    expect(html).not.toMatch(/\s(?:src|href)=["']?(?:https?:|javascript:)/i);
  });

  it('stays text in the Markdown: marked renders no HTML or link from it', async () => {
    const { markdown } = await renderHostile();
    const tokens = marked.lexer(markdown!);
    const kinds = new Set<string>();
    marked.walkTokens(tokens, (t) => void kinds.add(t.type));
    expect(kinds.has('html')).toBe(false);
    expect(kinds.has('link')).toBe(false);
    const html = await marked.parse(markdown!);
    expect(html).not.toMatch(/<script|<img|<iframe|<style|href="javascript/i);
    expect(html).toContain('&lt;script&gt;');
    // The article's "# Not a heading" line is not a heading in the brief.
    expect(html).not.toMatch(/<h1>Not a heading/);
  });

  it('stays text in the PDF', async () => {
    const { pdf } = await renderHostile();
    const info = await readPdf(pdf!);
    expect(info.pages).toBe(1);
    expect(info.text).toContain('<script>');
    expect(info.text).toContain('{{constructor}}');
  });
});
