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
