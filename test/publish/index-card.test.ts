// What a brief's card on the index page says of its date, for an article that states when it was
// published, one that states only when it was updated, and one that states neither.
import { describe, expect, it } from 'vitest';
import { type BriefCard, type CatalogEntry, compareEntries } from '../../src/publish/catalog.js';
import { buildIndexCard, renderIndexPage } from '../../src/publish/index-page.js';
import { loadPublishTemplates } from '../../src/publish/templates.js';

function entry(slug: string, dates: { publishedAt?: string; updatedAt?: string; publishedStated?: string; updatedStated?: string }): CatalogEntry {
  const brief = {
    source: { sha256: '0'.repeat(64) },
    referenceTime: '2024-06-03T12:00:00Z',
    article: { title: `Puffins ${slug}`, outlet: null, byline: null, publishedAt: dates.publishedAt ?? null, updatedAt: dates.updatedAt ?? null },
    heading: `Puffins ${slug}`,
    publishedStated: dates.publishedStated ?? null,
    updatedStated: dates.updatedStated ?? null,
    summary: [{ text: 'Puffin numbers doubled on the cliffs.' }],
    actors: [],
  } as unknown as BriefCard;
  return { slug, brief, files: {}, markdown: null };
}

describe('the index card of a brief whose article states only when it was updated', () => {
  it('shows that time labelled as an update, not as undated nor as a publication time', async () => {
    const card = buildIndexCard(entry('updated', { updatedAt: '2024-06-03T09:15:00Z', updatedStated: 'Updated June 3, 2024 9:15 AM GMT' }));
    expect(card.published).toBeNull();
    expect(card.updated).toBe('3 June 2024, 09:15 UTC');
    const html = renderIndexPage([entry('updated', { updatedAt: '2024-06-03T09:15:00Z', updatedStated: 'Updated June 3, 2024 9:15 AM GMT' })], await loadPublishTemplates());
    expect(html).toContain('<span>Updated <time datetime="2024-06-03T09:15:00Z">3 June 2024, 09:15 UTC</time></span>');
    expect(html).not.toContain('Undated');
  });

  it('shows a stated date without a time of day as the date alone', () => {
    expect(buildIndexCard(entry('day', { updatedAt: '2024-06-03T00:00:00Z', updatedStated: 'Last updated 3 June 2024' })).updated).toBe('3 June 2024');
  });

  it('shows the publication time alone where the article states both', () => {
    const card = buildIndexCard(entry('both', { publishedAt: '2024-06-01T08:00:00Z', updatedAt: '2024-06-03T09:15:00Z', publishedStated: 'Published June 1, 2024 8:00 AM GMT' }));
    expect(card.published).toBe('1 June 2024, 08:00 UTC');
    expect(card.updated).toBeNull();
  });

  it('is ordered by its update time among the dated briefs, not with the undated ones', () => {
    const sorted = [entry('undated', {}), entry('old', { publishedAt: '2024-01-01T00:00:00Z' }), entry('updated', { updatedAt: '2024-06-03T09:15:00Z' }), entry('new', { publishedAt: '2024-07-01T00:00:00Z' })].sort(compareEntries);
    expect(sorted.map((e) => e.slug)).toEqual(['new', 'updated', 'old', 'undated']);
  });
});
