import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GOLDEN_CASES, renderGolden } from './golden-cases.js';

// Golden files are regenerated with "npm run golden" and reviewed as diffs.
describe.each(GOLDEN_CASES)('golden: $name', (c) => {
  const expected = (file: string) => readFileSync(new URL(`./fixtures/${c.name}/${file}`, import.meta.url), 'utf8');

  it('brief.json equals the reviewed expectation', async () => {
    const { json } = await renderGolden(c);
    expect(json).toBe(expected('expected-brief.json'));
  });

  it('brief.md equals the reviewed expectation', async () => {
    const { markdown } = await renderGolden(c);
    expect(markdown).toBe(expected('expected-brief.md'));
  });
});
