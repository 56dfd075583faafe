// The BBC corpus (../shared/corpus/bbc/<section>/<n>.txt): each file's first line is its headline.
// Reads every file (or the first N of each section) through readArticle, as `newsbrief extract`
// does, and lists the files whose title is not that first line: a check that the headline
// choice of scraped pages leaves ordinary article files alone.
//
//   npx tsx scripts/eval/bbc-titles.ts [--limit N]
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readArticle } from '../../src/ingest/index.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const root = path.join(process.env['NEWSBRIEF_SHARED'] ?? path.resolve(repo, '..', 'shared'), 'corpus', 'bbc');
const argv = process.argv.slice(2);
const limit = argv.includes('--limit') ? Number(argv[argv.indexOf('--limit') + 1]) : Infinity;
let files = 0;
const wrong: string[] = [];
for (const section of (await readdir(root)).sort()) {
  const names = (await readdir(path.join(root, section))).filter((f) => f.endsWith('.txt')).sort().slice(0, limit);
  for (const name of names) {
    const file = path.join(root, section, name);
    const first = (await readFile(file, 'utf8')).split('\n').find((l) => l.trim() !== '')?.trim() ?? '';
    files++;
    try {
      const { article } = await readArticle(file, { published: '2005-01-01' });
      if (article.title !== first) wrong.push(`${section}/${name}: title ${JSON.stringify(article.title)} ≠ first line ${JSON.stringify(first)}`);
    } catch (error) {
      wrong.push(`${section}/${name}: refused (${error instanceof Error ? error.message : String(error)})`);
    }
  }
}
for (const w of wrong) console.log(w);
console.log(`BBC corpus: title = first line for ${files - wrong.length} of ${files} files`);
