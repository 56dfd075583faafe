// The heading a reader sees for an article: its headline, or for an article without one, the
// start of its lead sentence (so a brief, its folder and its index card are never "untitled").
import type { Article } from './model.js';

const MAX_LEAD_CHARS = 90;

export function headingOf(article: Pick<Article, 'title' | 'text'>): string {
  const title = article.title?.trim();
  if (title) return title;
  const text = article.text.replace(/\s+/g, ' ').trim();
  if (text === '') return '(untitled article)';
  // The first sentence: up to a full stop followed by a capital, not an initial or "Mr.".
  const end = /[.!?]["”’)]?(?= ["“‘(]?\p{Lu})/u.exec(text.slice(20));
  const sentence = end ? text.slice(0, 20 + end.index + end[0].length) : text;
  if (sentence.length <= MAX_LEAD_CHARS) return sentence;
  const cut = sentence.slice(0, MAX_LEAD_CHARS);
  const space = cut.lastIndexOf(' ');
  let heading = space > 40 ? cut.slice(0, space) : cut;
  // A quotation cut open is cut before it instead: `apologised for "any errors that…` reads wrong.
  const opened = [...heading.matchAll(/["“]/g)].length % 2 === 1 ? Math.max(heading.lastIndexOf('"'), heading.lastIndexOf('“')) : -1;
  if (opened > 40) heading = heading.slice(0, opened);
  return `${heading.replace(/[\s,;:–—-]+$/u, '')}…`;
}
