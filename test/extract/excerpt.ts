// Reads a short passage of a BBC corpus article from ../shared at test time: the corpus is
// third-party text, so the tests quote it from there instead of copying it into the repository.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Actor, Article } from '../../src/brief/model.js';
import { BBC } from '../helpers.js';

/** The text of `file` from the first `from` to the end of the first `to` after it (both verbatim). */
export function excerpt(file: string, from: string, to: string): string {
  const text = readFileSync(join(BBC, file), 'utf8').replace(/\r\n/g, '\n');
  const start = text.indexOf(from);
  const end = text.indexOf(to, start);
  if (start < 0 || end < 0) throw new Error(`excerpt not found in ${file}: ${from} … ${to}`);
  return text.slice(start, end + to.length);
}

export function article(text: string): Article {
  return { title: 't', byline: null, outlet: null, publishedAt: null, updatedAt: null, url: null, language: 'en', text, provenance: {} };
}

/** The actor called `name`, or an error that lists the actors there are. */
export function named(actors: Actor[], name: string): Actor {
  const a = actors.find((x) => x.name === name);
  if (!a) throw new Error(`no actor "${name}"; got ${actors.map((x) => x.name).join(', ')}`);
  return a;
}
