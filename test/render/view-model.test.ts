import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFile } from '../../src/pipeline.js';
import { buildView, viewWithout } from '../../src/render/view-model.js';
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

describe('a day the article names more than once', () => {
  it('is one timeline entry and one strip mark that keep every item id, and takes in a mention of that day with no event', async () => {
    const brief = await extractFile(SEED, { published: SEED_PUBLISHED });
    const date = (id: string, text: string, value: string, event: string | null) => ({
      id, text, kind: 'date' as const, value, certainty: 'relative' as const, event, origin: 'text' as const, evidence: [],
    });
    const dates = [
      date('d1', 'Friday', '2004-12-31', 'India attends the G7 meeting'),
      date('d2', 'Thursday', '2004-12-30', 'the IMF warned'),
      date('d3', '31 December', '2004-12-31', 'the finance ministers meet in London'),
      date('d4', 'Friday', '2004-12-31', 'India attends the G7 meeting'),
      date('d5', 'Friday', '2004-12-31', null),
      date('d6', 'Monday', '2005-01-03', null),
    ];
    const view = buildView({ ...brief, dates });
    expect(view.timeline.map((d) => d.id)).toEqual(['d2', 'd1']);
    const friday = view.timeline[1]!;
    // The same event again is not repeated; each item keeps its id.
    expect(friday.more).toEqual([{ id: 'd3', event: 'the finance ministers meet in London' }, { id: 'd4', event: null }, { id: 'd5', event: null }]);
    expect(friday.texts).toEqual(['Friday', '31 December']);
    expect(view.strip!.marks.map((m) => m.id)).toEqual(['d2', 'd1']);
    expect(view.otherTimes.map((d) => d.id)).toEqual(['d6']);
    // Each can be left out of a full page, but the date nearest the article's own (kept last of all).
    expect(new Set(view.dropOrder.filter((id) => id.startsWith('d')))).toEqual(new Set(['d2', 'd3', 'd4', 'd5', 'd6']));
    // Left out of a trimmed view, a mention goes from its entry.
    expect(viewWithout(view, new Set(['d3'])).timeline[1]!.more.map((m) => m.id)).toEqual(['d4', 'd5']);
  });
});

describe('the other time references', () => {
  it('say in words what a day, a duration or a recurring time stands for, and nothing the article\'s words already say', async () => {
    const brief = await extractFile(SEED, { published: SEED_PUBLISHED });
    const date = (id: string, text: string, kind: 'date' | 'duration' | 'set', value: string) => ({
      id, text, kind, value, certainty: 'relative' as const, event: null, origin: 'text' as const, evidence: [],
    });
    const dates = [
      date('d1', 'Friday', 'date', '2004-12-31'),
      date('d2', '15 months', 'duration', 'P15M'),
      date('d3', 'several years', 'duration', 'PXY'),
      date('d4', 'an hour and a half', 'duration', 'PT1H30M'),
      date('d5', 'every Tuesday', 'set', 'XXXX-WXX-2'),
      date('d6', 'nightly', 'set', 'XXXX-XX-XXTNI'),
    ];
    const view = buildView({ ...brief, dates });
    const notes = Object.fromEntries(view.otherTimes.map((d) => [d.id, d.note]));
    expect(notes).toEqual({ d1: '31 December 2004', d2: null, d3: null, d4: '1 hour 30 minutes', d5: null, d6: 'every night' });
  });
});

/** A plain-text article in a fresh temporary folder; its path. */
async function writeText(text: string): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'nb-view-')), 'article.txt');
  await writeFile(path, text);
  return path;
}

describe('a claim the article says twice', () => {
  it('is shown once when the same speaker says nearly the same words (a standfirst and the first paragraph), and twice for two speakers', async () => {
    const path = await writeText('Emirates buys jets\n\nEmirates has finalized a deal to buy 30 Boeing jets, executives said on Wednesday.\n\nEmirates finalized a deal to buy 30 Boeing jets, executives said.\n\nA deal to buy 30 Boeing jets was finalized, analysts said.\n');
    const brief = await extractFile(path, { published: SEED_PUBLISHED });
    expect(brief.claims.map((c) => c.speaker)).toEqual(['executives', 'executives', 'analysts']);
    const view = buildView(brief);
    expect(view.claims.map((c) => [c.speaker, c.text])).toEqual([
      ['executives', 'Emirates has finalized a deal to buy 30 Boeing jets'],
      ['analysts', 'A deal to buy 30 Boeing jets was finalized'],
    ]);
  });

  it('is shown once when one body, named two ways, says nearly the same words', async () => {
    const path = await writeText('Tories attack plan\n\nThe Conservative Party held its conference on Monday.\n\nThe Conservatives said the new harbour tax would cost jobs in the town.\n\nThe Tories said the new harbour tax would cost jobs in the town.\n');
    const brief = await extractFile(path, { published: SEED_PUBLISHED });
    expect(brief.claims.map((c) => c.speaker)).toEqual(['Conservatives', 'Tories']);
    expect(buildView(brief).claims.map((c) => c.speaker)).toEqual(['Conservatives']);
  });
});
