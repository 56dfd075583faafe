import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { REPO, SEED, SEED_PUBLISHED, fakeIo } from './helpers.js';
import { briefFolders } from './schedule/helpers.js';

/** A copy of the shipped templates in a fresh folder, with `file` replaced by `source` (or removed when null). */
async function templatesWith(file: string, source: string | null): Promise<{ dir: string; templates: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'nb-tpl-'));
  const templates = join(dir, 'templates');
  await cp(join(REPO, 'templates'), templates, { recursive: true });
  if (source === null) await rm(join(templates, file));
  else await writeFile(join(templates, file), source);
  return { dir, templates };
}

describe('--templates', () => {
  it('renders with a user copy of the templates folder', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'nb-tpl-'));
    const templates = join(dir, 'my-templates');
    await cp(join(REPO, 'templates'), templates, { recursive: true });
    const html = await readFile(join(templates, 'brief.html.hbs'), 'utf8');
    await writeFile(join(templates, 'brief.html.hbs'), html.replace('<main class="brief">', '<main class="brief"><p id="house-banner">Our house brief</p>'));
    const md = await readFile(join(templates, 'brief.md.hbs'), 'utf8');
    await writeFile(join(templates, 'brief.md.hbs'), `Forwarded by the desk\n\n${md}`);
    const io = fakeIo(dir);
    const out = join(dir, 'out');
    expect(await main(['build', SEED, '--out', out, '--published', SEED_PUBLISHED, '--templates', templates, '--formats', 'html,md'], io)).toBe(0);
    const [folder] = await briefFolders(out);
    expect(await readFile(join(out, folder!, 'brief.html'), 'utf8')).toContain('<p id="house-banner">Our house brief</p>');
    expect((await readFile(join(out, folder!, 'brief.md'), 'utf8')).startsWith('Forwarded by the desk\n')).toBe(true);
  });

  it('a folder without the templates is a usage error that names the missing file', async () => {
    const { dir, templates } = await templatesWith('brief.md.hbs', null);
    const io = fakeIo(dir);
    expect(await main(['build', SEED, '--out', join(dir, 'out'), '--templates', templates], io)).toBe(2);
    expect(io.err()).toContain('brief.md.hbs');
  });

  it('a template with a syntax error is a usage error that names the template, not a stack trace', async () => {
    const { dir, templates } = await templatesWith('brief.md.hbs', '# {{title}\n');
    const io = fakeIo(dir);
    const code = await main(['build', SEED, '--out', join(dir, 'out'), '--published', SEED_PUBLISHED, '--templates', templates, '--formats', 'md'], io);
    expect(code).toBe(2);
    expect(io.err()).toContain('brief.md.hbs');
    expect(io.err()).toContain('does not compile');
    expect(io.err()).not.toMatch(/\n\s+at /);
  });

  it('a broken email template is reported by name as not compiling, without a stack trace', async () => {
    const { dir, templates } = await templatesWith('email.html.hbs', '<p>{{#if title}}unclosed</p>\n');
    const io = fakeIo(dir);
    const code = await main(['build', SEED, '--out', join(dir, 'out'), '--published', SEED_PUBLISHED, '--templates', templates, '--formats', 'md'], io);
    expect(code).toBe(1);
    expect(io.err()).toContain('template "email.html.hbs" does not compile');
    expect(io.err()).not.toMatch(/\n\s+at /);
  });
});
