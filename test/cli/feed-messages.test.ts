// What a feed left out is said where the user looks: on stderr for build, in status's failures for run.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fakeIo } from '../helpers.js';

const BODY = '<p>Residents of the harbour town voted on Sunday to keep the lighthouse lit, the council said, after a campaign that gathered more than two thousand signatures in a town of six thousand people.</p><p>"It is part of who we are," said the mayor, Jon Berg, who will present the budget in April. The lamp, first lit in 1871, was due to be switched off at the end of the month to save about 40,000 euros a year in electricity and upkeep.</p><p>The council will now look for the money elsewhere in the harbour budget, Berg said, and does not rule out asking the state for a grant.</p>';
// .example never resolves (RFC 2606): the summary-only item's page cannot be fetched.
const FEED = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>The Gazette</title><link>https://gazette.example/</link>
<item><title>Harbour town votes to keep its lighthouse lit</title><link>https://gazette.example/news/lighthouse</link><pubDate>Mon, 04 Mar 2024 10:15:00 +0100</pubDate><content:encoded><![CDATA[${BODY}]]></content:encoded></item>
<item><title>Ferry timetable to change</title><link>https://gazette.example/news/ferry</link><description>The ferry timetable changes in May.</description></item>
</channel></rss>`;

describe('feeds: items left out are said', () => {
  it('build: a summary-only item is named on stderr, not only inside the other brief', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'nb-feedmsg-'));
    await writeFile(join(dir, 'news.rss'), FEED);
    const io = fakeIo(dir);
    expect(await main(['build', join(dir, 'news.rss'), '--out', join(dir, 'out'), '--formats', 'json'], io)).toBe(0);
    expect(io.err()).toContain('news.rss: warning: feed item(s) 2 ("Ferry timetable to change") carry only a summary and were left out');
    expect(io.err().match(/carry only a summary/g)).toHaveLength(1);
  });

  it('run then status: the item whose page failed is among the failures', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'nb-feedmsg-'));
    await writeFile(join(dir, 'news.rss'), FEED);
    const out = join(dir, 'out');
    expect(await main(['run', '--feed', join(dir, 'news.rss'), '--out', out, '--formats', 'json', '--log-format', 'json'], fakeIo(dir))).toBe(1);
    const io = fakeIo(dir);
    expect(await main(['status', '--out', out], io)).toBe(0);
    expect(io.out()).toContain('1 feed item(s) not fetched');
    expect(io.out()).toMatch(/\nfailed:\n {2}https:\/\/gazette\.example\/news\/ferry \(an item of feed .*news\.rss\): /);
    const json = fakeIo(dir);
    expect(await main(['status', '--out', out, '--json'], json)).toBe(0);
    expect((JSON.parse(json.out()) as { failed: unknown[] }).failed).toEqual([expect.objectContaining({ source: 'https://gazette.example/news/ferry', status: 'feed-item-not-fetched' })]);
  });
});
