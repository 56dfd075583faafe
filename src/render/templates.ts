// The one module that talks to Handlebars. Templates are compiled once per
// folder and reused for every brief; the publishing templates (index, email,
// plain text) are compiled with the same helpers and error reporting.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { escapeDeep } from './markdown-escape.js';
import type { BriefView } from './view-model.js';

/** The templates shipped with newsbrief. */
export const DEFAULT_TEMPLATES_DIR = fileURLToPath(new URL('../../templates/', import.meta.url));

export interface Templates {
  dir: string;
  renderHtml(view: BriefView): string;
  renderMarkdown(view: BriefView): string;
}

export class TemplateError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'TemplateError';
  }
}

export type Handlebars = typeof Handlebars;
export type Render = (context: object) => string;

/** A Handlebars environment of its own (partials do not leak between folders), with newsbrief's helpers. */
export function createHandlebars(): Handlebars {
  const hb = Handlebars.create();
  hb.registerHelper('add', (a: unknown, b: unknown) => Number(a) + Number(b));
  hb.registerHelper('subtract', (a: unknown, b: unknown) => Number(a) - Number(b));
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  return hb;
}

/**
 * Compiles a template. It is parsed now, so a broken template is reported when it is
 * loaded, not per article; a failure while rendering names the template too.
 */
export function compileTemplate(hb: Handlebars, source: string, name: string, noEscape: boolean): Render {
  let template: Handlebars.TemplateDelegate;
  try {
    // Compiled from the tree just parsed: Handlebars would otherwise parse the source again on first use.
    template = hb.compile(hb.parse(source), { strict: false, noEscape });
  } catch (cause) {
    throw new TemplateError(`template "${name}" does not compile: ${(cause as Error).message}`, { cause });
  }
  return (context) => {
    try {
      return template(context);
    } catch (cause) {
      throw new TemplateError(`template "${name}" failed: ${(cause as Error).message}`, { cause });
    }
  };
}

async function readTemplate(dir: string, name: string): Promise<string> {
  try {
    return await readFile(join(dir, name), 'utf8');
  } catch (cause) {
    throw new TemplateError(`template "${name}" not found in ${dir}`, { cause });
  }
}

const cache = new Map<string, Promise<Templates>>();

/** Loads and compiles the templates of a folder (cached per folder). */
export function loadTemplates(dir: string = DEFAULT_TEMPLATES_DIR): Promise<Templates> {
  let loaded = cache.get(dir);
  if (!loaded) {
    loaded = compileTemplates(dir);
    cache.set(dir, loaded);
    loaded.catch(() => cache.delete(dir));
  }
  return loaded;
}

async function compileTemplates(dir: string): Promise<Templates> {
  const html = createHandlebars();
  const md = createHandlebars();
  const partialsDir = join(dir, 'partials');
  let partialFiles: string[] = [];
  try {
    partialFiles = (await readdir(partialsDir)).filter((f) => f.endsWith('.hbs'));
  } catch {
    // A template folder without partials is fine.
  }
  for (const file of partialFiles.sort()) {
    const source = await readFile(join(partialsDir, file), 'utf8');
    let partial: Handlebars.TemplateDelegate;
    try {
      partial = html.compile(html.parse(source));
    } catch (cause) {
      throw new TemplateError(`partial "partials/${file}" does not compile: ${(cause as Error).message}`, { cause });
    }
    html.registerPartial(file.replace(/\.hbs$/, ''), partial);
  }
  const [htmlSource, mdSource, css] = await Promise.all([
    readTemplate(dir, 'brief.html.hbs'),
    readTemplate(dir, 'brief.md.hbs'),
    readTemplate(dir, 'brief.css'),
  ]);
  const htmlTemplate = compileTemplate(html, htmlSource, 'brief.html.hbs', false);
  // Markdown is not HTML: its strings are escaped for Markdown instead, before rendering.
  const mdTemplate = compileTemplate(md, mdSource, 'brief.md.hbs', true);
  return {
    dir,
    renderHtml: (view) => htmlTemplate({ ...view, css }),
    renderMarkdown: (view) => tidyMarkdown(mdTemplate(escapeDeep(view))),
  };
}

/** At most one blank line in a row, and a single final newline. */
function tidyMarkdown(markdown: string): string {
  return `${markdown.replace(/[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}
