// Actors of the BBC corpus, for diagnosis and before/after diffs of the actor rules.
//
//   npx tsx scripts/eval/bbc-actors.ts [--part N/M] > actors.jsonl   one line per article
//   npx tsx scripts/eval/bbc-actors.ts --classes actors.jsonl         uncovered names, by class
//   npx tsx scripts/eval/bbc-actors.ts --diff before.jsonl after.jsonl
//
// --exclude FILE (with the dump) leaves out the articles FILE lists, one path a line relative to
// the shared folder ('corpus/bbc/business/106.txt'): a held-out batch is never read.
//
// Each line holds the article's actors (name, type, key, aliases, mention spans) and the
// "acting names": runs of two or more capitalised words (with the connectors a name may hold)
// that the tagger reads as the subject of a verb, or that follow an inverted "said". --classes
// lists the acting names no actor mention overlaps (missed) or overlaps only in part (split or
// merged), each given one class by its form: a connector inside ("A and B", "A of B"), a particle
// or a hyphen, an initialism, after an abbreviation with a full stop, inside a quotation, in the
// headline only, or none of these.
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractFile } from '../../src/pipeline.js';
import { analyseText, type Token } from '../../src/extract/nlp.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const shared = process.env['NEWSBRIEF_SHARED'] ?? path.resolve(repo, '..', 'shared');
const argv = process.argv.slice(2);
const valueOf = (flag: string): string | undefined => (argv.includes(flag) ? argv[argv.indexOf(flag) + 1] : undefined);

interface Line {
  id: string;
  title: string | null;
  actors: { name: string; type: string; key: boolean; aliases: string[]; spans: [number, number][] }[];
  acting: { text: string; start: number; end: number; context: string; quoted: boolean; afterAbbreviation: boolean }[];
}

const CONNECTORS = new Set(['of', 'and', 'for', 'the', '&', 'de', 'van', 'von', 'der', 'den', 'al', 'el', 'bin', 'da', 'di', 'du', 'la', 'le', 'dos', 'del', "'s", '-', 'on', 'in']);
const capitalised = (t: Token): boolean => /^\p{Lu}/u.test(t.text) && t.pos !== 'PUNCT';
const DETERMINERS = /^(?:The|A|An|This|That|These|Those|But|And|Mr|Mrs|Ms|Dr|Sir|In|On|At|If|When|As|It|He|She|They|We|I|You)$/;

/** Runs of capitalised words that act: followed by a verb (maybe after an auxiliary), or after "said". */
function actingNames(text: string): Line['acting'] {
  const a = analyseText(text);
  const tokens = a.tokens;
  const out: Line['acting'] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!capitalised(tokens[i]!)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length) {
      const n = tokens[j + 1]!;
      if (n.pos === 'SPACE' && /\n/.test(n.text)) break;
      if (capitalised(n)) j++;
      else if (CONNECTORS.has(n.text.toLowerCase()) && tokens[j + 2] && capitalised(tokens[j + 2]!)) j += 2;
      else break;
    }
    let first = i;
    while (first < j && DETERMINERS.test(tokens[first]!.text)) first++;
    const words = tokens.slice(first, j + 1).filter((t) => /\p{L}/u.test(t.text) && capitalised(t)).length;
    const next = tokens.slice(j + 1).find((t) => t.pos !== 'SPACE');
    const next2 = next ? tokens.slice(next.i + 1).find((t) => t.pos !== 'SPACE') : undefined;
    const prev = tokens.slice(0, first).reverse().find((t) => t.pos !== 'SPACE');
    const acts = (next?.pos === 'VERB' && !/ing$/.test(next.text)) || (next?.pos === 'AUX' && next2?.pos === 'VERB') || (prev !== undefined && /^(?:said|says|added|told)$/i.test(prev.text) && prev.pos === 'VERB');
    if (words >= 2 && acts) {
      const start = tokens[first]!.start;
      const end = tokens[j]!.end;
      const s = a.sentences.find((x) => x.start <= start && x.end >= end);
      const sentence = s ? text.slice(s.start, s.end) : '';
      const before = s ? text.slice(s.start, start) : '';
      const quoted = ((before.match(/["“”]/g) ?? []).length % 2) === 1;
      const afterAbbreviation = s !== undefined && s.start === start && /\b(?:Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sgt|Prof|Rev|Jr|Sr|Co|Inc|Ltd|U\.S|U\.K|Corp|No|Capt|Maj|Gov|Sen|Rep)\.\s*$/.test(text.slice(Math.max(0, start - 12), start));
      out.push({ text: text.slice(start, end), start, end, context: sentence.replace(/\s+/g, ' ').slice(0, 220), quoted, afterAbbreviation });
    }
    i = j + 1;
  }
  return out;
}

async function dump(): Promise<void> {
  const [part, parts] = (valueOf('--part') ?? '1/1').split('/').map(Number) as [number, number];
  const root = path.join(shared, 'corpus', 'bbc');
  const excludeFile = valueOf('--exclude');
  const excluded = new Set(excludeFile === undefined ? [] : readFileSync(excludeFile, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean));
  let n = 0;
  for (const kind of (await readdir(root)).sort()) {
    for (const file of (await readdir(path.join(root, kind))).filter((f) => f.endsWith('.txt')).sort()) {
      if (excluded.has(`corpus/bbc/${kind}/${file}`)) continue;
      if (n++ % parts !== part - 1) continue;
      const brief = await extractFile(path.join(root, kind, file), { published: '2005-01-01T00:00:00Z' });
      const line: Line = {
        id: `${kind}/${file.replace(/\.txt$/, '')}`,
        title: brief.article.title,
        actors: brief.actors.map((x) => ({ name: x.name, type: x.type, key: x.key, aliases: x.aliases, spans: x.mentions.map((m) => [m.start, m.end] as [number, number]) })),
        acting: actingNames(brief.article.text),
      };
      process.stdout.write(`${JSON.stringify(line)}\n`);
    }
  }
}

const readLines = (file: string): Line[] => readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Line);

function classOf(line: Line, c: Line['acting'][number], overlap: [number, number][]): string {
  const how = overlap.length === 0 ? 'missed' : 'part';
  const words = c.text.split(/\s+/);
  let cls = 'other';
  if (/\s(?:and|&)\s/.test(c.text)) cls = 'connector-and';
  else if (/\s(?:of|for|on|in)\s/.test(c.text)) cls = 'connector-of';
  else if (/\s(?:de|van|von|der|den|al|el|bin|da|di|du|la|le|dos|del)\s|-|'s\b/.test(c.text)) cls = 'particle-hyphen';
  else if (words.some((w) => /^\p{Lu}{2,}$/u.test(w))) cls = 'initials';
  else if (c.afterAbbreviation) cls = 'after-abbreviation';
  else if (c.quoted) cls = 'in-quote';
  else if (line.title !== null && line.title.includes(c.text)) cls = 'also-headline';
  return `${how}:${cls}`;
}

function classes(file: string): void {
  const byClass = new Map<string, string[]>();
  for (const line of readLines(file)) {
    const spans = line.actors.flatMap((x) => x.spans.map((s) => ({ s, name: x.name })));
    for (const c of line.acting) {
      const overlap = spans.filter(({ s }) => s[0] < c.end && s[1] > c.start);
      if (overlap.some(({ s }) => s[0] === c.start && s[1] === c.end)) continue;
      // One or more mentions that together cover the run exactly, in order: a list of names read right.
      const inside = overlap.filter(({ s }) => s[0] >= c.start && s[1] <= c.end).sort((x, y) => x.s[0] - y.s[0]);
      if (inside.length > 1 && inside[0]!.s[0] === c.start && inside.at(-1)!.s[1] === c.end) continue;
      const cls = classOf(line, c, overlap.map((o) => o.s));
      const list = byClass.get(cls) ?? [];
      list.push(`${line.id}\t${c.text}\t[${overlap.map((o) => o.name).join('; ')}]\t${c.context}`);
      byClass.set(cls, list);
    }
  }
  for (const [cls, list] of [...byClass].sort((x, y) => y[1].length - x[1].length)) {
    process.stdout.write(`## ${cls} (${list.length})\n`);
    for (const l of list) process.stdout.write(`${l}\n`);
  }
}

function diff(beforeFile: string, afterFile: string): void {
  const after = new Map(readLines(afterFile).map((l) => [l.id, l]));
  let changed = 0;
  for (const b of readLines(beforeFile)) {
    const a = after.get(b.id);
    if (a === undefined) continue;
    const show = (l: Line): Set<string> => new Set(l.actors.map((x) => `${x.name} (${x.type}${x.key ? ', key' : ''}) [${x.aliases.join('|')}]`));
    const [sb, sa] = [show(b), show(a)];
    const lost = [...sb].filter((x) => !sa.has(x));
    const won = [...sa].filter((x) => !sb.has(x));
    if (lost.length + won.length === 0) continue;
    changed++;
    process.stdout.write(`${b.id}\n${lost.map((x) => `  - ${x}\n`).join('')}${won.map((x) => `  + ${x}\n`).join('')}`);
  }
  process.stdout.write(`${changed} articles changed\n`);
}

if (argv.includes('--classes')) classes(valueOf('--classes')!);
else if (argv.includes('--diff')) diff(argv[argv.indexOf('--diff') + 1]!, argv[argv.indexOf('--diff') + 2]!);
else await dump();
