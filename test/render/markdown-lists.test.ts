// brief.md pastes into newsletter editors as one tight list per section: checked with marked's CommonMark lexer.
import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Token, type Tokens, marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { BBC, SEED, SEED_PUBLISHED, fakeIo, hasShared } from '../helpers.js';

/** The block tokens between one "## heading" and the next. */
function section(markdown: string, heading: string): Token[] {
  const tokens = marked.lexer(markdown).filter((t) => t.type !== 'space');
  const at = tokens.findIndex((t) => t.type === 'heading' && (t as Tokens.Heading).text.startsWith(heading));
  expect(at, heading).toBeGreaterThanOrEqual(0);
  const end = tokens.findIndex((t, i) => i > at && (t.type === 'heading' || t.type === 'hr'));
  return tokens.slice(at + 1, end < 0 ? undefined : end);
}

describe('brief.md: the claims are one tight list', () => {
  it('quotes and reported claims alike: one list, no blank lines between items, no block quotes between them', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'nb-md-'));
    const inputs = [SEED, ...(hasShared ? (await readdir(join(BBC, 'politics'))).sort().slice(0, 8).map((f) => join(BBC, 'politics', f)) : [])];
    expect(await main(['build', ...inputs, '--out', dir, '--formats', 'md', '--published', SEED_PUBLISHED], fakeIo())).toBe(0);
    let quoted = 0;
    for (const folder of (await readdir(dir, { withFileTypes: true })).filter((d) => d.isDirectory() && !d.name.startsWith('.'))) {
      const md = await readFile(join(dir, folder.name, 'brief.md'), 'utf8');
      for (const heading of ['Key actors', 'Claims', 'Open questions', 'Timeline']) {
        const blocks = section(md, heading).filter((t) => !(t.type === 'paragraph' && /^(Also mentioned|Other time references):/.test((t as Tokens.Paragraph).text)));
        expect(blocks.map((t) => t.type), `${folder.name}: ${heading}`).toEqual(['list']);
        expect((blocks[0] as Tokens.List).loose, `${folder.name}: ${heading}`).toBe(false);
      }
      quoted += (md.match(/^- \*\*.*\(quoted/gm) ?? []).length;
    }
    expect(quoted).toBeGreaterThan(0);
  });
});
