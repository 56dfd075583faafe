// Article text inside Markdown must stay text: no emphasis, links, raw HTML
// or block syntax can come from an article.

const INLINE = /[\\`*_[\]<>|~]/g;
const ENTITY = /&(?=#?[a-z0-9]+;)/gi;
const BLOCK_START = /^(\s*)([#+=>-])/;
const ORDERED_START = /^(\s*\d{1,9})([.)])/;

export function escapeMarkdown(text: string): string {
  return text.replace(INLINE, '\\$&').replace(ENTITY, '\\&').replace(BLOCK_START, '$1\\$2').replace(ORDERED_START, '$1\\$2');
}

/** Escapes every string of a view model, deeply; numbers and booleans pass through. */
export function escapeDeep<T>(value: T): T {
  if (typeof value === 'string') return escapeMarkdown(value) as T;
  if (Array.isArray(value)) return value.map((v) => escapeDeep(v)) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = escapeDeep(v);
    return out as T;
  }
  return value;
}
