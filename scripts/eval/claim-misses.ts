// Lists the gold claims no predicted claim covers, with the paragraph around each anchor and the
// predicted claims near it, for diagnosing claim recall by sentence structure:
//   npx tsx scripts/eval/claim-misses.ts [tune|devnotes]   (after `npm run build`)
// Reads the tune half of the gold briefs or the development notes that annotate claims; never the
// report half.
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findAnchor, type GoldBrief } from './brief-score.js';
import { readGoldBriefs, sharedDirOf } from './gold-files.js';
import { readHalves } from './halves.js';
import { referenceTimeOf } from './dev-notes.js';
import type { Brief } from '../../src/brief/model.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const which = process.argv[2] ?? 'tune';
const shared = sharedDirOf();
const { extractFile } = (await import(path.join(repoRoot, 'dist', 'index.js'))) as {
  extractFile: (file: string, o: { published?: string }) => Promise<Brief>;
};

interface Item { id: string; input: string; published: string; claims: GoldBrief['claims'] }
const items: Item[] = [];
if (which === 'tune') {
  const halves = await readHalves();
  for (const g of await readGoldBriefs(() => {}, shared)) if (halves.get(g.id) === 'tune') items.push(g);
} else {
  const dir = path.join(repoRoot, 'eval', 'dev-notes');
  for (const f of (await readdir(dir)).sort()) {
    const note = JSON.parse(await readFile(path.join(dir, f), 'utf8'));
    if (!Array.isArray(note.claims)) continue;
    items.push({ id: note.id, input: note.input, published: await referenceTimeOf(note, shared), claims: note.claims });
  }
}

for (const it of items) {
  const brief = await extractFile(path.join(shared, it.input), { published: it.published });
  const text = brief.article.text;
  for (const gc of it.claims) {
    const spans = findAnchor(text, gc.anchor);
    const covered = spans.length > 0 && brief.claims.some((c) => c.evidence.some((e) => spans.some((a) => e.start <= a.start && a.end <= e.end)));
    if (covered) continue;
    const a = spans[0];
    console.log(`## ${it.id} [${gc.kind}] ${gc.speaker}: ${gc.anchor}`);
    if (a === undefined) { console.log('   (anchor not in text)'); continue; }
    const from = Math.max(text.lastIndexOf('\n', a.start) + 1, a.start - 400);
    let to = text.indexOf('\n', a.end); if (to < 0 || to > a.end + 300) to = Math.min(text.length, a.end + 300);
    console.log(`   ${text.slice(from, a.start)}[[${text.slice(a.start, a.end)}]]${text.slice(a.end, to)}`);
    for (const c of brief.claims) for (const e of c.evidence) {
      if (e.end < a.start - 300 || e.start > a.end + 300) continue;
      console.log(`   ~ ${c.speaker ?? "-"} (${c.kind}) ${e.start}-${e.end} vs ${a.start}-${a.end}: ${e.quote.slice(0, 160)}`);
    }
  }
}
