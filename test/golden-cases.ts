// The golden cases: input, reference time, and how their expected files are made.
import type { Brief } from '../src/brief/model.js';
import { extractFile, renderBrief } from '../src/pipeline.js';
import { loadTemplates } from '../src/render/templates.js';

export interface GoldenCase {
  name: string;
  /** Relative to the repository root, so that source.path is the same on every machine. */
  input: string;
  published: string;
}

export const GOLDEN_CASES: GoldenCase[] = [{ name: 'seed', input: 'input/nato-troops.txt', published: '2023-06-07T12:00:00Z' }];

export async function renderGolden(c: GoldenCase): Promise<{ brief: Brief; json: string; markdown: string }> {
  const brief = await extractFile(c.input, { published: c.published });
  const { markdown } = await renderBrief(brief, { templates: await loadTemplates(), formats: new Set(['md']), page: 'a4' });
  return { brief, json: `${JSON.stringify(brief, null, 2)}\n`, markdown: markdown! };
}
