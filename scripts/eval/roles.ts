// Person roles, for diagnosis: the development notes' role misses one by one, and every person
// role of the BBC corpus, to diff before and after a change.
//
//   npx tsx scripts/eval/roles.ts [--half A|B|all] [--misses]   development notes, by half
//   npx tsx scripts/eval/roles.ts --corpus > roles.tsv            every person role, 2,225 BBC articles
//
// The notes are split in two halves by a fixed hash of their id, so that rules can be developed
// on the misses of half A while half B measures them: --misses prints the misses of the chosen
// half only (default A). Each miss shows the person, the annotated role and the words where the
// article gives it (role_anchor), the predicted role and the sentence the predicted role was read
// from (its nearest occurrence to a mention of the person).
import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Actor, Brief } from '../../src/brief/model.js';
import { extractFile } from '../../src/pipeline.js';
import { indexGoldActors, matchActor, matchNameForm, tokenF1, type GoldActorIndex } from './brief-score.js';
import { readDevNotes, referenceTimeOf, type DevNote } from './dev-notes.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const shared = process.env['NEWSBRIEF_SHARED'] ?? path.resolve(repo, '..', 'shared');
const argv = process.argv.slice(2);
const valueOf = (flag: string): string | undefined => (argv.includes(flag) ? argv[argv.indexOf(flag) + 1] : undefined);

/** A note's half: the first byte of the SHA-256 of its id, even → A, odd → B. */
export function halfOf(id: string): 'A' | 'B' {
  return (createHash('sha256').update(id).digest()[0]! & 1) === 0 ? 'A' : 'B';
}

/** The sentence (roughly: between sentence ends or line breaks) around an offset. */
function sentenceAround(text: string, at: number): string {
  let start = at;
  while (start > 0 && !/[.!?\n]/.test(text[start - 1]!)) start--;
  let end = at;
  while (end < text.length && !/[!?\n]/.test(text[end]!) && !(text[end] === '.' && /\s/.test(text[end + 1] ?? ' '))) end++;
  return text.slice(start, end + 1).trim();
}

/** Where the predicted role was read: its occurrence nearest to a mention of the actor. */
function roleSentence(text: string, actor: Actor): string {
  const role = actor.role ?? '';
  if (role === '') return '';
  const lower = text.toLowerCase();
  const needle = role.toLowerCase();
  let best = -1;
  let bestDistance = Infinity;
  for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
    const d = Math.min(...actor.mentions.map((m) => Math.min(Math.abs(m.start - at), Math.abs(m.end - at))));
    if (d < bestDistance) [best, bestDistance] = [at, d];
  }
  return best < 0 ? '(role not found verbatim in the text)' : sentenceAround(text, best);
}

/** Each matched gold person with a role and its best predicted actor, as the scorer judges it. */
function judgeRoles(note: DevNote, brief: Brief): { gold: GoldActorIndex; actor: Actor; ok: boolean }[] {
  const golds = indexGoldActors(note.persons.map((p) => ({ name: p.name, aliases: p.aliases, type: 'person' as const, key: p.key, role: p.role })));
  const best = new Map<GoldActorIndex, { actor: Actor; exact: boolean }>();
  for (const p of brief.actors) {
    for (const g of matchActor(p, golds)) {
      const exact = [p.name, ...p.aliases].some((f) => matchNameForm(f, g) === 'exact');
      const prev = best.get(g);
      if (prev === undefined || (!prev.exact && exact)) best.set(g, { actor: p, exact });
    }
  }
  return golds.flatMap((g) => {
    const hit = best.get(g);
    if (hit === undefined || g.actor.role.trim() === '') return [];
    return [{ gold: g, actor: hit.actor, ok: tokenF1(hit.actor.role ?? '', g.actor.role) >= 0.5 }];
  });
}

async function runNotes(): Promise<void> {
  const half = (valueOf('--half') ?? 'A').toUpperCase();
  const notes = await readDevNotes((line) => process.stderr.write(`${line}\n`));
  const tally = { A: { num: 0, den: 0 }, B: { num: 0, den: 0 } };
  const lines: string[] = [];
  for (const note of notes) {
    const h = halfOf(note.id);
    const brief = await extractFile(path.join(shared, note.input), { published: await referenceTimeOf(note, shared) });
    for (const r of judgeRoles(note, brief)) {
      tally[h].den++;
      if (r.ok) tally[h].num++;
      else if (argv.includes('--misses') && (half === 'ALL' || half === h)) {
        const person = note.persons.find((p) => p.name === r.gold.actor.name)!;
        lines.push(
          `${note.id} | ${person.name} (as "${r.actor.name}")`,
          `  gold:      ${JSON.stringify(person.role)}   anchor: ${JSON.stringify(person.role_anchor)}`,
          `  predicted: ${JSON.stringify(r.actor.role ?? '')}`,
          ...(r.actor.role ? [`  from:      ${roleSentence(brief.article.text, r.actor)}`] : []),
        );
      }
    }
  }
  const f = (t: { num: number; den: number }): string => `${(t.num / t.den).toFixed(3)} (${t.num}/${t.den})`;
  const all = { num: tally.A.num + tally.B.num, den: tally.A.den + tally.B.den };
  // Half B stays unseen while rules are developed: its figure is printed only when asked for.
  if (half === 'A') process.stdout.write(`role accuracy: half A ${f(tally.A)}\n`);
  else process.stdout.write(`role accuracy: half A ${f(tally.A)}  half B ${f(tally.B)}  all ${f(all)}\n`);
  for (const line of lines) process.stdout.write(`${line}\n`);
}

/** One line per person actor of each BBC article: id, name, role. */
async function runCorpus(): Promise<void> {
  const root = path.join(shared, 'corpus', 'bbc');
  for (const kind of (await readdir(root)).sort()) {
    for (const file of (await readdir(path.join(root, kind))).filter((f) => f.endsWith('.txt')).sort()) {
      const brief = await extractFile(path.join(root, kind, file), { published: '2005-01-01T00:00:00Z' });
      for (const a of brief.actors) if (a.type === 'person') process.stdout.write(`${kind}/${file}\t${a.name}\t${a.role ?? ''}\n`);
    }
  }
}

await (argv.includes('--corpus') ? runCorpus() : runNotes());
