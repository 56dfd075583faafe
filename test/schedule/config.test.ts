import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveRunConfig } from '../../src/config/run-config.js';
import { main } from '../../src/cli/main.js';
import { fakeIo } from '../helpers.js';
import { tmp } from './helpers.js';

describe('run config: newsbrief.config.json + flags', () => {
  it('defaults: input/ → output/, every 15 minutes, all formats, A4', async () => {
    const dir = await tmp();
    const { config, errors } = resolveRunConfig({}, dir);
    expect(errors).toEqual([]);
    expect(config).toMatchObject({ sources: [join(dir, 'input')], out: join(dir, 'output'), schedule: '*/15 * * * *', page: 'a4', file: null });
    expect([...config!.formats].sort()).toEqual(['html', 'json', 'md', 'pdf']);
    expect(config!.limits).toMatchObject({ maxInputBytes: 20 * 1024 * 1024, retries: 2 });
    expect(config!.feedEntries).toBe(50);
  });

  it('takes how many briefs the feed carries from "feedEntries": a whole number, 0 or more', async () => {
    const dir = await tmp();
    await writeFile(join(dir, 'newsbrief.config.json'), JSON.stringify({ feedEntries: 0 }));
    expect(resolveRunConfig({}, dir).config!.feedEntries).toBe(0);
    for (const bad of [-1, 2.5, '10']) {
      await writeFile(join(dir, 'newsbrief.config.json'), JSON.stringify({ feedEntries: bad }));
      const { config, errors } = resolveRunConfig({}, dir);
      expect(config).toBeNull();
      expect(errors.join('\n')).toMatch(/feedEntries: /);
    }
  });

  it('reads ./newsbrief.config.json, resolving its paths against its folder; flags win', async () => {
    const dir = await tmp();
    await writeFile(join(dir, 'newsbrief.config.json'), JSON.stringify({ sources: ['feeds/a', '/abs/b'], out: 'briefs', formats: ['json'], limits: { retries: 5 } }));
    const fromFile = resolveRunConfig({}, dir).config!;
    expect(fromFile.sources).toEqual([join(dir, 'feeds/a'), '/abs/b']);
    expect(fromFile.out).toBe(join(dir, 'briefs'));
    expect(fromFile.limits.retries).toBe(5);
    expect(fromFile.limits.articleTimeoutMs).toBe(60_000);
    const overridden = resolveRunConfig({ input: ['x'], out: 'y', formats: 'md,json', cron: '0 * * * *' }, dir).config!;
    expect(overridden.sources).toEqual([join(dir, 'x')]);
    expect(overridden.out).toBe(join(dir, 'y'));
    expect([...overridden.formats].sort()).toEqual(['json', 'md']);
    expect(overridden.schedule).toBe('0 * * * *');
  });

  it('names each bad key as dot.path: message', async () => {
    const dir = await tmp();
    const file = join(dir, 'bad.json');
    await writeFile(file, JSON.stringify({ sources: [], page: 'a3', schedule: 'often', limits: { retries: -1, maxInputbytes: 5 }, colour: 'red' }));
    const { config, errors } = resolveRunConfig({ config: file }, dir);
    expect(config).toBeNull();
    const text = errors.join('\n');
    expect(text).toContain('sources: give at least one source folder');
    expect(text).toContain('page: must be "a4" or "letter"');
    expect(text).toContain('schedule: "often" is not a cron expression: has 1 field; give 5');
    expect(text).toMatch(/limits\.retries: /);
    expect(text).toContain('limits.maxInputbytes: is not a known setting');
    expect(text).toContain('colour: is not a known setting');
  });

  it('a bad flag is named as --flag; a missing or broken config file is a usage error (exit 2)', async () => {
    const dir = await tmp();
    expect(resolveRunConfig({ cron: 'never' }, dir).errors).toEqual([expect.stringContaining('--cron: "never" is not a cron expression')]);
    await writeFile(join(dir, 'broken.json'), '{ "out": ');
    for (const argv of [
      ['run', '--config', join(dir, 'missing.json')],
      ['run', '--config', join(dir, 'broken.json')],
      ['schedule', '--cron', 'every day'],
      ['run', 'some-file.txt'],
      ['status', '--cron', '* * * * *'],
    ]) {
      const io = fakeIo(dir);
      expect(await main(argv, io), argv.join(' ')).toBe(2);
      expect(io.err()).not.toMatch(/\n\s+at /);
    }
  });
});
