// Regenerates the golden files in test/fixtures/<name>/ from the current code.
// Review the diff before committing: a golden file records what the brief
// should be. Refuses to write an expectation that has lost its content.
import { writeFileSync } from 'node:fs';
import { GOLDEN_CASES, renderGolden } from '../test/golden-cases.js';

for (const c of GOLDEN_CASES) {
  const { json, markdown, brief } = await renderGolden(c);
  const empty = ['actors', 'claims', 'dates'].filter((k) => (brief[k as 'actors' | 'claims' | 'dates'] as unknown[]).length === 0);
  if (brief.article.text === '' || brief.summary.length === 0 || empty.length > 0) {
    console.error(`refusing to write ${c.name}: the brief has no ${empty.join(', ') || 'text or summary'}`);
    process.exitCode = 1;
    continue;
  }
  writeFileSync(new URL(`../test/fixtures/${c.name}/expected-brief.json`, import.meta.url), json);
  writeFileSync(new URL(`../test/fixtures/${c.name}/expected-brief.md`, import.meta.url), markdown);
  console.log(`wrote test/fixtures/${c.name}/expected-brief.{json,md}`);
}
