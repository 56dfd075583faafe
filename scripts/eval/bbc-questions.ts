// Open questions of the BBC corpus, with the rule that asked each, for before/after diffs of the
// question rules and for reading a sample of each rule's questions.
//
//   npx tsx scripts/eval/bbc-questions.ts [--part N/M] > questions.jsonl   one line per question
//   npx tsx scripts/eval/bbc-questions.ts --diff before.jsonl after.jsonl [--skip FILE]
//
// Articles are read with a fixed reference time (the corpus states no dates), so two runs differ
// only by the code. --skip leaves out the articles a file lists (one path a line, as
// /work/heldout14.txt writes them), so held-out articles are never shown.
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readArticle } from '../../src/ingest/index.js';
import { readQuestionsInput } from '../../src/extract/index.js';
import { rankQuestionDrafts } from '../../src/extract/questions/index.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const shared = process.env['NEWSBRIEF_SHARED'] ?? path.resolve(repo, '..', 'shared');
const argv = process.argv.slice(2);
const valueOf = (flag: string): string | undefined => (argv.includes(flag) ? argv[argv.indexOf(flag) + 1] : undefined);
const PUBLISHED = '2005-03-01T12:00:00Z';

interface Line {
  id: string;
  rule: string;
  text: string;
  sentence: string;
}

async function dump(): Promise<void> {
  const [part, parts] = (valueOf('--part') ?? '1/1').split('/').map(Number) as [number, number];
  const root = path.join(shared, 'corpus', 'bbc');
  const files: string[] = [];
  for (const topic of (await readdir(root)).sort()) {
    const dir = path.join(root, topic);
    for (const f of (await readdir(dir)).sort()) if (f.endsWith('.txt')) files.push(`${topic}/${f}`);
  }
  for (const [n, id] of files.entries()) {
    if (n % parts !== part - 1) continue;
    const { article, referenceTime } = await readArticle(path.join(root, id), { published: PUBLISHED });
    const input = readQuestionsInput(article, { referenceTime });
    for (const d of rankQuestionDrafts(input)) {
      const line: Line = { id, rule: d.rule ?? '', text: d.text, sentence: article.text.slice(d.sentence.start, d.sentence.end).replace(/\s+/g, ' ') };
      process.stdout.write(JSON.stringify(line) + '\n');
    }
  }
}

function read(file: string): Line[] {
  return readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Line);
}

function diff(before: string, after: string, skip?: string): void {
  const held = new Set(skip ? readFileSync(skip, 'utf8').split('\n').filter(Boolean).map((l) => l.replace(/^.*corpus\/bbc\//, '')) : []);
  const key = (l: Line): string => `${l.id}\t${l.rule}\t${l.text}`;
  const b = read(before).filter((l) => !held.has(l.id));
  const a = read(after).filter((l) => !held.has(l.id));
  const bk = new Set(b.map(key));
  const ak = new Set(a.map(key));
  const gone = b.filter((l) => !ak.has(key(l)));
  const added = a.filter((l) => !bk.has(key(l)));
  for (const l of gone) console.log(`- ${l.id} [${l.rule}] ${l.text}\n    ⟨${l.sentence}⟩`);
  for (const l of added) console.log(`+ ${l.id} [${l.rule}] ${l.text}\n    ⟨${l.sentence}⟩`);
  console.log(`${gone.length} questions gone, ${added.length} added (${b.length} -> ${a.length})`);
}

if (argv[0] === '--diff') diff(argv[1]!, argv[2]!, valueOf('--skip'));
else await dump();
