// Error classes of PolNeAR speech attributions, for developing on train/dev (`--classes`): the
// recalled attributions with a gold source, counted by the form of the gold source (a pronoun, a
// description, a name) and by which claim they were judged on (the claim of the gold cue, the
// claim of another cue that covers more of the content, a quote that continues an earlier one
// with no cue of its own), with how many of each got a wrong speaker. Pure.
import { isNamedSource, type JudgedAttribution } from './polnear-score.js';

export type SourceForm = 'pronoun' | 'description' | 'name';
export type JudgedOn = 'own cue' | 'another cue' | 'no cue';

export interface ErrorClass {
  form: SourceForm;
  on: JudgedOn;
  judged: number;
  wrong: number;
}

const PRONOUNS = new Set('i me we us you he him she her it they them who whom which that his its their'.split(' '));

export function sourceForm(source: string): SourceForm {
  const words = source.trim().toLowerCase().split(/\s+/);
  if (words.length === 1 && PRONOUNS.has(words[0]!.replace(/[^\p{L}]/gu, ''))) return 'pronoun';
  return isNamedSource(source) ? 'name' : 'description';
}

/** Was the attribution judged on the claim of its own cue (the claim's cue shares a word with the gold cue)? */
export function judgedOn(goldCue: string | null, claimCue: string | null): JudgedOn {
  if (claimCue === null) return 'no cue';
  const gold = new Set((goldCue ?? '').toLowerCase().match(/\p{L}+/gu) ?? []);
  return (claimCue.toLowerCase().match(/\p{L}+/gu) ?? []).some((w) => gold.has(w)) ? 'own cue' : 'another cue';
}

/** Counts the speech attributions recalled with a gold source into classes, largest error count first. */
export function countErrorClasses(judged: Iterable<JudgedAttribution>): ErrorClass[] {
  const classes = new Map<string, ErrorClass>();
  for (const j of judged) {
    const a = j.attribution;
    if (a.derived.cue_class !== 'speech' || !j.recalled || a.source === null) continue;
    const form = sourceForm(a.source.text);
    const on = judgedOn(a.cue?.text ?? null, j.cue);
    const key = `${form}|${on}`;
    const c = classes.get(key) ?? { form, on, judged: 0, wrong: 0 };
    c.judged++;
    if (!j.right) c.wrong++;
    classes.set(key, c);
  }
  return [...classes.values()].sort((a, b) => b.wrong - a.wrong);
}
