import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { SEED, fakeIo } from '../helpers.js';

const tmp = () => mkdtemp(join(tmpdir(), 'nb-dates-'));

describe('a bad --cron names its field', () => {
  it.each([
    ['61 * * * *', 'minute field "61": 61 is out of range (0-59)'],
    ['0 24 * * *', 'hour field "24": 24 is out of range (0-23)'],
    ['0 0 * 13 *', 'month field "13": 13 is out of range (1-12 or jan-dec)'],
    ['*/0 * * * *', 'minute field "*/0": a step of 0 never comes round'],
    ['* * *', 'has 3 fields; give 5'],
  ])('%s', async (expression, reason) => {
    const dir = await tmp();
    const io = fakeIo(dir);
    expect(await main(['schedule', '--cron', expression, '--input', SEED, '--out', join(dir, 'out')], io)).toBe(2);
    expect(io.err()).toContain(`--cron: "${expression}" is not a cron expression: ${reason}`);
  });
});

describe('--published with a date only', () => {
  it('is shown as that date, with no time of day nobody gave; a date-time keeps its time', async () => {
    const dir = await tmp();
    const story = join(dir, 'story.txt');
    await writeFile(story, 'Residents of the harbour town voted on Sunday to keep the lighthouse lit, the council said.\n');
    for (const [published, out] of [['2024-03-07', 'a'], ['2024-03-07T09:30:00Z', 'b']] as const) {
      expect(await main(['build', story, '--out', join(dir, out), '--formats', 'html,md,json', '--published', published], fakeIo(dir))).toBe(0);
    }
    const read = async (out: string, file: string) => {
      const [folder] = (await readdir(join(dir, out))).filter((f) => !f.includes('.'));
      return readFile(join(dir, out, folder!, file), 'utf8');
    };
    const md = await read('a', 'brief.md');
    expect(md).toContain('7 March 2024');
    expect(md).not.toContain('7 March 2024, 00:00');
    expect(await read('a', 'brief.html')).not.toContain('7 March 2024, 00:00');
    expect(await readFile(join(dir, 'a', 'index.html'), 'utf8')).not.toContain('7 March 2024, 00:00');
    expect(await read('b', 'brief.md')).toContain('7 March 2024, 09:30 UTC');
  });
});
