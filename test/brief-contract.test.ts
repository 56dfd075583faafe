import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { briefJsonSchemaText } from '../src/brief/json-schema.js';
import { checkBrief } from '../src/brief/invariants.js';
import type { Brief } from '../src/brief/model.js';
import { extractFile } from '../src/pipeline.js';
import { BBC, REPO, SEED, SEED_PUBLISHED } from './helpers.js';

const schemaText = readFileSync(join(REPO, 'schema', 'brief.schema.json'), 'utf8');
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(JSON.parse(schemaText));

/** Every 12th BBC article of each category: ~190 real articles of every kind. */
function bbcSample(): string[] {
  const files: string[] = [];
  for (const category of readdirSync(BBC).sort()) {
    const names = readdirSync(join(BBC, category)).sort();
    names.forEach((name, i) => i % 12 === 0 && files.push(join(BBC, category, name)));
  }
  return files;
}

function expectValid(brief: Brief): void {
  const ok = validate(JSON.parse(JSON.stringify(brief)));
  expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 3))).toEqual([]);
  expect(ok).toBe(true);
  expect(checkBrief(brief)).toEqual([]);
}

describe('brief.json contract', () => {
  it('the published JSON Schema is the one generated from the model (run "npm run schema" after changing it)', () => {
    expect(schemaText).toBe(briefJsonSchemaText());
  });

  it('the seed brief validates and every evidence quote is article.text.slice(start, end)', async () => {
    const brief = await extractFile(SEED, { published: SEED_PUBLISHED });
    expectValid(brief);
    const quotes = [...brief.actors.flatMap((a) => a.mentions), ...brief.claims.flatMap((c) => c.evidence), ...brief.dates.flatMap((d) => d.evidence)];
    expect(quotes.length).toBeGreaterThan(10);
  });

  it('briefs of a sample of real BBC articles all validate and keep the evidence invariant', async () => {
    const files = bbcSample();
    expect(files.length).toBeGreaterThan(150);
    for (const file of files) {
      const brief = await extractFile(file, { published: '2005-01-15T12:00:00Z' });
      expectValid(brief);
    }
  });

  it('checkBrief catches a quote that drifted from the text', async () => {
    const brief = await extractFile(SEED, { published: SEED_PUBLISHED });
    const broken: Brief = { ...brief, claims: brief.claims.map((c, i) => (i === 0 ? { ...c, evidence: [{ ...c.evidence[0]!, start: c.evidence[0]!.start + 1 }] } : c)) };
    expect(checkBrief(broken).map((v) => v.problem)).toContain('quote differs from article.text.slice(start, end)');
  });

  it('a range gives its two ends, each quoting the text, and checkBrief checks their spans', async () => {
    const brief = await extractFile(SEED, { published: SEED_PUBLISHED });
    const range = brief.dates.find((d) => d.value === '2009/2014');
    expect(range?.ends?.map((e) => [e.value, e.evidence.quote])).toEqual([['2009', '2009'], ['2014', '2014']]);
    const moved = brief.dates.map((d) => (d === range ? { ...d, ends: d.ends!.map((e) => ({ ...e, evidence: { ...e.evidence, start: e.evidence.start + 1 } })) } : d));
    expect(checkBrief({ ...brief, dates: moved }).map((v) => v.path)).toContain(`dates[${range!.id}].ends[0].evidence`);
  });

  it('the same input and reference time give a byte-identical brief', async () => {
    const a = JSON.stringify(await extractFile(SEED, { published: SEED_PUBLISHED }));
    const b = JSON.stringify(await extractFile(SEED, { published: SEED_PUBLISHED }));
    expect(a).toBe(b);
  });
});
