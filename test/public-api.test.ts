import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BriefSchema, extractFile, loadTemplates, renderBrief } from '../src/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const example = path.join(root, 'input', 'nato-troops.txt');

describe('the public API', () => {
  it('is what package.json names as main and types (npm test builds first)', () => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { main: string; types: string };
    expect(existsSync(path.join(root, pkg.main)), pkg.main).toBe(true);
    expect(existsSync(path.join(root, pkg.types)), pkg.types).toBe(true);
  });

  it('extracts a brief from a file and renders it to Markdown without a browser', async () => {
    const brief = await extractFile(example, { published: '2023-06-07T12:00:00Z' });
    expect(BriefSchema.safeParse(brief).success).toBe(true);
    expect(brief.actors.map((a) => a.name)).toContain('Anders Rasmussen');
    const rendered = await renderBrief(brief, { templates: await loadTemplates(), formats: new Set(['md']), page: 'a4' });
    expect(rendered.markdown).toContain(brief.article.title ?? '');
    expect(rendered.pdf).toBeUndefined();
  });
});
