import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PRINT_MAX_ITEMS, draftBrief, extractFile, finishBrief, renderBrief } from '../../src/pipeline.js';
import { PdfRenderer, countPdfPages } from '../../src/render/pdf.js';
import { loadTemplates } from '../../src/render/templates.js';
import { BBC, SEED, SEED_PUBLISHED, readPdf } from '../helpers.js';

const renderer = new PdfRenderer({ concurrency: 2 });
afterAll(() => renderer.close());

/** The longest article of the BBC corpus: far more than a page of items. */
function longestBbcArticle(): string {
  let best = { path: '', size: 0 };
  for (const category of readdirSync(BBC)) {
    for (const file of readdirSync(join(BBC, category))) {
      const path = join(BBC, category, file);
      const size = statSync(path).size;
      if (size > best.size) best = { path, size };
    }
  }
  return best.path;
}

async function pdfOf(path: string, page: 'a4' | 'letter' = 'a4', published = SEED_PUBLISHED) {
  const brief = await extractFile(path, { published });
  const templates = await loadTemplates();
  const rendered = await renderBrief(brief, { templates, formats: new Set(['pdf']), page, pdf: renderer });
  return { brief, rendered, info: await readPdf(rendered.pdf!) };
}

describe('the one-page PDF', () => {
  it('the seed fits on exactly one A4 page with selectable text', async () => {
    const { info, rendered } = await pdfOf(SEED);
    expect(info.pages).toBe(1);
    expect(countPdfPages(rendered.pdf!)).toBe(1);
    // A4 is 595.28 × 841.89 pt; Chromium rounds to whole CSS pixels.
    expect(Math.abs(info.width - 595.28)).toBeLessThan(1);
    expect(Math.abs(info.height - 841.89)).toBeLessThan(1);
    const text = info.text.replace(/\s+/g, ' ');
    expect(text).toContain('NATO countries likely to send troops');
    // Body text comes out as words (no ligature glyphs splitting them).
    expect(text).toContain('without triggering a generalization of the conflict');
  });

  it('a long article still prints one page, says what it left out, and lists it in brief.json', async () => {
    const { info, rendered, brief } = await pdfOf(longestBbcArticle(), 'a4', '2005-01-01T12:00:00Z');
    expect(info.pages).toBe(1);
    const message = rendered.brief.messages.find((m) => m.ruleId === 'pdf-items-dropped');
    expect(message).toBeDefined();
    const dropped = message!.items!;
    expect(dropped.length).toBeGreaterThan(0);
    const allIds = new Set([...brief.actors, ...brief.claims, ...brief.questions, ...brief.dates].map((i) => i.id));
    for (const id of dropped) expect(allIds.has(id)).toBe(true);
    expect(info.text.replace(/\s+/g, ' ')).toContain(`${dropped.length} lower-priority item`);
    expect(info.text).toContain('the HTML brief has them all');
  });

  it('prints on Letter when asked', async () => {
    const { info } = await pdfOf(SEED, 'letter');
    expect(info.pages).toBe(1);
    expect(Math.abs(info.width - 612)).toBeLessThan(1);
    expect(Math.abs(info.height - 792)).toBeLessThan(1);
  });

  it('reuses one browser for a batch, printing two briefs at once', async () => {
    const results = await Promise.all([pdfOf(SEED), pdfOf(SEED), pdfOf(SEED)]);
    for (const r of results) expect(r.info.pages).toBe(1);
  });

  it('a print whose browser is killed fails at once, not at its timeout, and the next print relaunches', async () => {
    const own = new PdfRenderer({ timeoutMs: 30_000 });
    try {
      await own.warmUp();
      const pid = await own.processId();
      expect(pid).not.toBeNull();
      const started = Date.now();
      const printing = own.render('<main><p data-item="a">text</p></main>', ['a'], 'a4');
      process.kill(pid!, 'SIGKILL');
      await expect(printing).rejects.toThrow();
      expect(Date.now() - started).toBeLessThan(10_000);
      const again = await own.render('<main><p data-item="a">text</p></main>', ['a'], 'a4');
      expect(countPdfPages(again.pdf)).toBe(1);
      expect(own.launches).toBe(2);
    } finally {
      await own.close();
    }
  });

  // An A4 page holds 1,031 px of content (297 mm less 24 mm of margins, at 96 px per inch).
  const page = (body: string): string => `<!doctype html><html><head><style>body { margin: 0 } p { margin: 0; height: 20px }</style></head><body><main>${body}</main></body></html>`;

  it('drops the fewest items, lowest priority first, from thousands', async () => {
    const ids = Array.from({ length: 3000 }, (_, i) => `i${i}`);
    const html = page(ids.map((id) => `<p data-item="${id}">${id}</p>`).join(''));
    const order = [...ids].reverse();
    const { pdf, dropped } = await renderer.render(html, order, 'a4');
    expect(countPdfPages(pdf)).toBe(1);
    // 51 items of 20 px fill 1,020 px; the print may take one more off if its layout differs from the measure.
    expect([2949, 2950]).toContain(dropped.length);
    expect(dropped).toEqual(order.slice(0, dropped.length));
    const text = (await readPdf(pdf)).text;
    expect(text).toContain(`i${3000 - dropped.length - 1}\n`);
    expect(text).not.toContain(`i${3000 - dropped.length}\n`);
  });

  it('puts back a dropped item that fits once a larger one is out', async () => {
    // 1,220 px: removing the small item is not enough, removing the big one is, and then the small one fits again.
    const html = page('<div style="height: 900px"></div><p data-item="big" style="height: 300px">big</p><p data-item="small">small</p>');
    const { pdf, dropped } = await renderer.render(html, ['small', 'big'], 'a4');
    expect(countPdfPages(pdf)).toBe(1);
    expect(dropped).toEqual(['big']);
    expect((await readPdf(pdf)).text).toContain('small');
  });

  it('a list whose items were all dropped goes with its heading', async () => {
    const css = readFileSync(new URL('../../templates/brief.css', import.meta.url), 'utf8');
    const html = `<!doctype html><html><head><style>${css}</style></head><body><main><div style="height: 1000px"></div><h3>Also mentioned</h3>\n<ul>\n  <li data-item="x">Someone</li>\n</ul><p>kept</p></main></body></html>`;
    const { pdf, dropped } = await renderer.render(html, ['x'], 'a4');
    expect(dropped).toEqual(['x']);
    const text = (await readPdf(pdf)).text;
    expect(text).toContain('kept');
    expect(text).not.toContain('Also mentioned');
  });

  it('prints the names of "Also mentioned" with no space before their separators', async () => {
    const css = readFileSync(new URL('../../templates/brief.css', import.meta.url), 'utf8');
    const item = (name: string): string => `<li class="actor">\n  <span class="actor-name">${name}</span>\n  <span class="actor-type">person</span>\n</li>\n`;
    const html = `<!doctype html><html><head><style>${css}</style></head><body><main><ul class="items also">\n${item('Ann Lee')}${item('Bo Tam')}</ul></main></body></html>`;
    const { pdf } = await renderer.render(html, [], 'a4');
    expect((await readPdf(pdf)).text).toMatch(/Ann Lee; Bo Tam/);
  });

  it('a brief of more items than a page can take is printed without its lowest-priority rest, to the same result', async () => {
    const seed = await extractFile(SEED, { published: SEED_PUBLISHED });
    const passing = seed.actors.find((a) => !a.key)!;
    const extra = Array.from({ length: PRINT_MAX_ITEMS }, (_, i) => ({ ...passing, id: `a${9000 + i}`, name: `${passing.name} ${i}` }));
    const brief = { ...seed, actors: [...seed.actors, ...extra] };
    const templates = await loadTemplates();
    const formats = new Set(['html', 'pdf'] as const);
    const draft = await draftBrief(brief, { templates, formats });
    expect(draft.print).toBeDefined();
    expect(draft.print!.dropOrder).toHaveLength(PRINT_MAX_ITEMS);
    expect([...draft.print!.leftOut, ...draft.print!.dropOrder]).toEqual(draft.view.dropOrder);
    expect(draft.print!.html.length).toBeLessThan(draft.html!.length);
    for (const id of draft.print!.leftOut) expect(draft.print!.html).not.toContain(`data-item="${id}"`);

    const rendered = await finishBrief(draft, { formats, page: 'a4', pdf: renderer });
    const dropped = rendered.brief.messages.find((m) => m.ruleId === 'pdf-items-dropped')!.items!;
    // Printing the whole page drops the same items.
    const whole = await renderer.render(draft.html!, draft.view.dropOrder, 'a4');
    expect(dropped).toEqual(whole.dropped);
    expect(dropped.slice(0, draft.print!.leftOut.length)).toEqual(draft.print!.leftOut);
    const info = await readPdf(rendered.pdf!);
    expect(info.pages).toBe(1);
    expect(info.text.replace(/\s+/g, ' ')).toContain(`${dropped.length} lower-priority items were left out`);
  });
});
