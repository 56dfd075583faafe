import { describe, expect, it } from 'vitest';
import { alignText, countKept, isDropped, mapSpan } from '../../scripts/eval/align-text.js';

const spanOf = (text: string, part: string): { start: number; end: number } => {
  const start = text.indexOf(part);
  if (start < 0) throw new Error(`fixture: "${part}" not in text`);
  return { start, end: start + part.length };
};

describe('alignText', () => {
  it('maps spans through whitespace changes', () => {
    const source = 'The  minister said on\nTuesday that the plan   would go ahead.';
    const derived = 'The minister said on Tuesday that the plan would go ahead.';
    const al = alignText(source, derived);
    const d = spanOf(derived, 'on Tuesday');
    expect(mapSpan(al, d.start, d.end)).toEqual(spanOf(source, 'on\nTuesday'));
  });

  it('leaves a dropped first paragraph unpaired, without lending it the first word', () => {
    const source = 'The flu season is winding down this week.\n\nThe season started a month earlier than usual in the north.';
    const derived = 'The season started a month earlier than usual in the north.';
    const al = alignText(source, derived);
    const head = spanOf(source, 'this week');
    expect(isDropped(al, source, head.start, head.end)).toBe(true);
    expect(isDropped(al, source, 0, 3)).toBe(true);
    const d = spanOf(derived, 'The season');
    expect(mapSpan(al, d.start, d.end)).toEqual(spanOf(source, 'The season'));
  });

  it('pairs repaired characters and folded quotes around them', () => {
    const source = 'She said: "Caf\u00c3\u00a9 owners will be paid in full next month," officials confirmed later.';
    const derived = 'She said: \u201cCaf\u00e9 owners will be paid in full next month,\u201d officials confirmed later.';
    const al = alignText(source, derived);
    const d = spanOf(derived, 'owners will be paid');
    expect(mapSpan(al, d.start, d.end)).toEqual(spanOf(source, 'owners will be paid'));
    const q = spanOf(derived, '\u201cCaf');
    expect(mapSpan(al, q.start, q.start + 1)).toEqual({ start: source.indexOf('"'), end: source.indexOf('"') + 1 });
    const all = countKept(al, source, 0, source.length);
    expect(all.chars - all.kept).toBeLessThanOrEqual(2);
  });

  it('finds nothing for text the derived side does not have', () => {
    const al = alignText('Completely different words here and there.', 'Nothing alike at all!');
    expect(mapSpan(al, 0, 7)).toBeNull();
  });
});
