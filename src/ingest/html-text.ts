// DOM → plain text with the paragraph structure kept: every block element ends a paragraph,
// paragraphs are joined by a blank line ("\n\n") as in text ingest, inline whitespace collapses.

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'main', 'nav', 'ol',
  'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul', 'caption', 'center',
]);

/** Elements whose text is never article text. */
export const NOT_TEXT = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'select', 'option', 'textarea', 'head', 'title', 'meta', 'link', 'button', 'input']);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** The element's text as paragraphs; `skip` may leave out further elements. */
export function blockText(root: Node, skip: (el: Element) => boolean = () => false): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = (): void => {
    const p = current.replace(/[\u200b-\u200d\ufeff\u00ad]/g, '').replace(/\s+/g, ' ').trim();
    if (p !== '') paragraphs.push(p);
    current = '';
  };
  const walk = (node: Node, pre: boolean): void => {
    if (node.nodeType === TEXT_NODE) {
      const value = node.nodeValue ?? '';
      if (pre) {
        // Keep the lines of preformatted text as lines.
        const lines = value.split('\n');
        lines.forEach((line, i) => {
          if (i > 0) flush();
          current += line;
        });
      } else current += value;
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) {
      for (let c = node.firstChild; c; c = c.nextSibling) walk(c, pre);
      return;
    }
    const el = node as Element;
    const tag = el.localName.toLowerCase();
    if (NOT_TEXT.has(tag) || skip(el)) return;
    if (tag === 'br') {
      flush();
      return;
    }
    const block = BLOCK.has(tag);
    if (block) flush();
    else if (tag === 'img' || tag === 'td' || tag === 'th') current += ' ';
    for (let c = el.firstChild; c; c = c.nextSibling) walk(c, pre || tag === 'pre');
    if (block) flush();
  };
  walk(root, false);
  flush();
  return paragraphs.join('\n\n');
}
