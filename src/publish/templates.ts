// The publishing templates (index page, email wrapper, plain text). Compiled
// once per folder. A user's --templates folder copied from an older version
// may lack them: each one falls back to the shipped template on its own.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_TEMPLATES_DIR, TemplateError, compileTemplate, createHandlebars } from '../render/templates.js';

export type PublishTemplateName = 'index.html.hbs' | 'email.html.hbs' | 'brief.txt.hbs';

export interface PublishTemplates {
  renderIndex(context: object): string;
  renderEmail(context: object): string;
  /** Plain text: nothing is escaped. */
  renderText(context: object): string;
  /** brief.css of the same folder, so the index shares the briefs' look. */
  briefCss: string;
}

async function readWithFallback(dir: string, name: string): Promise<string> {
  for (const candidate of dir === DEFAULT_TEMPLATES_DIR ? [dir] : [dir, DEFAULT_TEMPLATES_DIR]) {
    try {
      return await readFile(join(candidate, name), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new TemplateError(`template "${name}" cannot be read from ${candidate}`, { cause: error });
    }
  }
  throw new TemplateError(`template "${name}" not found in ${dir}`);
}

const cache = new Map<string, Promise<PublishTemplates>>();

/** Loads and compiles the publishing templates of a folder (cached per folder). */
export function loadPublishTemplates(dir: string = DEFAULT_TEMPLATES_DIR): Promise<PublishTemplates> {
  let loaded = cache.get(dir);
  if (!loaded) {
    loaded = compilePublishTemplates(dir);
    cache.set(dir, loaded);
    loaded.catch(() => cache.delete(dir));
  }
  return loaded;
}

async function compilePublishTemplates(dir: string): Promise<PublishTemplates> {
  const [index, email, text, briefCss] = await Promise.all([
    readWithFallback(dir, 'index.html.hbs'),
    readWithFallback(dir, 'email.html.hbs'),
    readWithFallback(dir, 'brief.txt.hbs'),
    readWithFallback(dir, 'brief.css'),
  ]);
  const html = createHandlebars();
  const plain = createHandlebars();
  return {
    renderIndex: compileTemplate(html, index, 'index.html.hbs', false),
    renderEmail: compileTemplate(html, email, 'email.html.hbs', false),
    renderText: compileTemplate(plain, text, 'brief.txt.hbs', true),
    briefCss,
  };
}
