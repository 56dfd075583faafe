import { describe, expect, it } from 'vitest';
import { countErrorClasses, judgedOn, sourceForm } from '../../scripts/eval/polnear-classes.js';
import type { Attribution, JudgedAttribution } from '../../scripts/eval/polnear-score.js';

const at = (text: string): { start: number; end: number; text: string } => ({ start: 0, end: text.length, text });

function judged(source: string, cue: string, claimCue: string | null, right: boolean, cueClass: 'speech' | 'internal' = 'speech'): JudgedAttribution {
  const attribution: Attribution = { id: 'E', source: at(source), cue: at(cue), content: at('the count would finish'), derived: { quote: 'indirect', cue_class: cueClass } };
  return { attribution, recalled: true, right, names: ['Jane Roe'], cue: claimCue };
}

describe('PolNeAR error classes', () => {
  it('tells pronouns, descriptions and names apart', () => {
    expect(sourceForm('she')).toBe('pronoun');
    expect(sourceForm('who')).toBe('pronoun');
    expect(sourceForm('the county clerk')).toBe('description');
    expect(sourceForm('Jane Roe, the county clerk,')).toBe('name');
  });

  it('says which claim an attribution was judged on', () => {
    expect(judgedOn('has said', 'said')).toBe('own cue');
    expect(judgedOn('reported', 'told')).toBe('another cue');
    expect(judgedOn('said', null)).toBe('no cue');
  });

  it('counts speech attributions by class, largest error count first, and leaves other cues out', () => {
    const classes = countErrorClasses([
      judged('she', 'said', 'said', false),
      judged('she', 'told', 'told', false),
      judged('Jane Roe', 'said', 'said', true),
      judged('Jane Roe', 'reported', 'told', false),
      judged('he', 'believes', 'believes', false, 'internal'),
    ]);
    expect(classes).toEqual([
      { form: 'pronoun', on: 'own cue', judged: 2, wrong: 2 },
      { form: 'name', on: 'another cue', judged: 1, wrong: 1 },
      { form: 'name', on: 'own cue', judged: 1, wrong: 0 },
    ]);
  });
});
