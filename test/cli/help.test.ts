import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALLOWED, HELP, main } from '../../src/cli/main.js';
import { REPO, fakeIo } from '../helpers.js';

describe('each command has its own help', () => {
  it.each(Object.keys(ALLOWED))('%s --help: its usage, every option it takes and an example', async (command) => {
    const io = fakeIo();
    expect(await main([command, '--help'], io)).toBe(0);
    const text = io.out();
    expect(text).not.toBe(HELP);
    expect(text).toMatch(new RegExp(`^Usage: newsbrief ${command}\\b`));
    for (const option of ALLOWED[command]!) expect(text, `--${option}`).toContain(`--${option}`);
    expect(text).toMatch(/\nExample:\n {2}newsbrief /);
    const viaHelp = fakeIo();
    expect(await main(['help', command], viaHelp)).toBe(0);
    expect(viaHelp.out()).toBe(text);
  });

  it("a command's usage error points to that command's help", async () => {
    const io = fakeIo();
    expect(await main(['build', '--port', '1'], io)).toBe(2);
    expect(io.err()).toContain('Run "newsbrief build --help" for usage.');
  });
});

describe('the README', () => {
  const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
  it.each(Object.keys(ALLOWED))("the usage line of %s names every option it takes", (command) => {
    const usage = readme.split('\n').filter((line) => new RegExp(`^(?:npx )?newsbrief ${command}\\b`).test(line.trim()));
    expect(usage.length, `a usage line for ${command}`).toBeGreaterThan(0);
    // A usage line may continue on the lines indented under it.
    const lines = readme.split('\n');
    const at = lines.findIndex((line) => line === usage[0]);
    let block = lines[at]!;
    for (let i = at + 1; i < lines.length && /^\s{8,}\[/.test(lines[i]!); i++) block += lines[i];
    for (const option of ALLOWED[command]!) expect(block, `--${option}`).toContain(`--${option}`);
  });

  it('shows how to get the newsbrief command (npm link or npm install -g .)', () => {
    expect(readme).toMatch(/npm link|npm install -g \./);
  });
});

describe('npx newsbrief from the checkout', () => {
  it('runs the built command line', () => {
    const result = spawnSync('npx', ['--no-install', 'newsbrief', '--version'], { cwd: REPO, encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^newsbrief \d/);
  });
});

describe('the README stays for users', () => {
  const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
  it('keeps measurements and operations detail in docs/, and links them', () => {
    expect(readme.split('\n').length).toBeLessThan(600);
    expect(readme).not.toContain('Tried and left out');
    expect(readme).not.toContain('synchronous=FULL');
    expect(readme).toContain('(docs/performance.md)');
    expect(readme).toContain('(docs/operations.md)');
    for (const doc of ['docs/performance.md', 'docs/operations.md']) expect(readFileSync(join(REPO, doc), 'utf8').length).toBeGreaterThan(1000);
    const perf = readFileSync(join(REPO, 'docs/performance.md'), 'utf8');
    expect(perf).toContain('Tried and left out');
    expect(readFileSync(join(REPO, 'docs/operations.md'), 'utf8')).toContain('synchronous=FULL');
  });
});
