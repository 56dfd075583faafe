import { describe, expect, it } from 'vitest';
import { extractFile } from '../../src/pipeline.js';
import { buildView } from '../../src/render/view-model.js';
import { SEED, SEED_PUBLISHED } from '../helpers.js';

describe('the timeline of the view', () => {
  it('holds only calendar dates that say what happens then; the rest are listed apart', async () => {
    const brief = await extractFile(SEED, { published: SEED_PUBLISHED });
    const dated = brief.dates.find((d) => (d.kind === 'date' || d.kind === 'time') && d.event);
    expect(dated).toBeDefined();
    const without = { ...brief, dates: brief.dates.map((d) => (d === dated ? { ...d, event: null } : d)) };
    const before = buildView(brief);
    const after = buildView(without);
    expect(before.timeline.map((d) => d.id)).toContain(dated!.id);
    expect(after.timeline.map((d) => d.id)).not.toContain(dated!.id);
    expect(after.otherTimes.map((d) => d.id)).toContain(dated!.id);
    for (const d of after.timeline) expect(d.event).toBeTruthy();
  });
});

describe('the dates a full page keeps', () => {
  it('are those nearest the article date: a history piece keeps its recent years, not its oldest', async () => {
    const brief = await extractFile(SEED, { published: SEED_PUBLISHED });
    const years = [1870, 1888, 1905, 1924, 1953, 1978, 1999, 2020, 2022, 2023];
    const dates = years.map((y, i) => ({
      id: `d${i + 1}`, text: String(y), kind: 'date' as const, value: String(y), certainty: 'stated' as const,
      event: `event of ${y}`, origin: 'text' as const, evidence: [],
    }));
    const view = buildView({ ...brief, dates });
    const dropped = view.dropOrder.filter((id) => id.startsWith('d'));
    // Dropped first: the dates furthest from 2023, the oldest.
    expect(dropped.slice(0, 3)).toEqual(['d1', 'd2', 'd3']);
    expect(view.timeline.map((d) => d.id)).toEqual(dates.map((d) => d.id));
  });
});
