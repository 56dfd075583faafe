// Checks every brief must pass before it is written.
import { type Brief, BriefSchema, type Evidence } from './model.js';

export interface Violation {
  path: string;
  problem: string;
}

function* evidenceOf(brief: Brief): Generator<[string, Evidence]> {
  for (const [i, s] of brief.summary.entries()) for (const [j, e] of s.evidence.entries()) yield [`summary[${i}].evidence[${j}]`, e];
  for (const a of brief.actors) for (const [j, e] of a.mentions.entries()) yield [`actors[${a.id}].mentions[${j}]`, e];
  for (const c of brief.claims) for (const [j, e] of c.evidence.entries()) yield [`claims[${c.id}].evidence[${j}]`, e];
  for (const q of brief.questions) for (const [j, e] of q.evidence.entries()) yield [`questions[${q.id}].evidence[${j}]`, e];
  for (const d of brief.dates) for (const [j, e] of d.evidence.entries()) yield [`dates[${d.id}].evidence[${j}]`, e];
  for (const d of brief.dates) for (const [j, e] of (d.ends ?? []).entries()) yield [`dates[${d.id}].ends[${j}].evidence`, e.evidence];
}

/** Evidence that does not quote article.text exactly, and other broken links inside a brief. */
export function checkBrief(brief: Brief): Violation[] {
  const violations: Violation[] = [];
  const parsed = BriefSchema.safeParse(brief);
  if (!parsed.success)
    for (const issue of parsed.error.issues) violations.push({ path: issue.path.join('.'), problem: issue.message });
  const text = brief.article.text;
  for (const [path, e] of evidenceOf(brief)) {
    if (e.start > e.end || e.end > text.length) violations.push({ path, problem: `span ${e.start}-${e.end} is outside the text (length ${text.length})` });
    else if (text.slice(e.start, e.end) !== e.quote) violations.push({ path, problem: 'quote differs from article.text.slice(start, end)' });
  }
  const actorIds = new Set(brief.actors.map((a) => a.id));
  for (const c of brief.claims)
    if (c.speakerId !== null && !actorIds.has(c.speakerId)) violations.push({ path: `claims[${c.id}].speakerId`, problem: `no actor ${c.speakerId}` });
  for (const d of brief.dates)
    if (d.origin === 'text' && d.evidence.length === 0) violations.push({ path: `dates[${d.id}].evidence`, problem: 'a date from the text needs evidence' });
  const ids = [...brief.actors, ...brief.claims, ...brief.questions, ...brief.dates].map((x) => x.id);
  if (new Set(ids).size !== ids.length) violations.push({ path: '', problem: 'item ids are not unique' });
  return violations;
}
