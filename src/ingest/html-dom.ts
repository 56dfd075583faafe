// The one module that knows which server-side DOM we use. linkedom, not jsdom: on the 181
// benchmark pages Readability over linkedom scores F1 0.952 at a median of ~15 ms a page, over
// jsdom 0.949 at ~125 ms, and jsdom's selector engine threw on one page (scripts/eval/html.ts
// --compare-dom measures it again).
import { DOMParser, parseHTML } from 'linkedom';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const DOCUMENT_TYPE_NODE = 10;

/** Elements that belong in <head> when a page puts them before its <body> without one. */
const HEAD_ONLY = new Set(['title', 'meta', 'link', 'base', 'style']);
/** Elements a <head> may hold; anything else there starts the body. */
const IN_HEAD = new Set([...HEAD_ONLY, 'script', 'noscript', 'template']);

/** Parses an HTML string into a DOM Document (no scripts run, no network), normalised. */
export function parseDocument(html: string): Document {
  const doc = parseHTML(html).document as unknown as Document;
  normaliseDocument(doc);
  return doc;
}

/**
 * Gives the document the shape a browser's parser gives it: one <html> root holding one <head>
 * and then one <body> with the content of all. linkedom keeps the source's shape, so a page
 * whose <title> or <meta> precede <body> with no <head> has no <head> first, and linkedom's
 * `document.body` then inserts an empty <body> that Readability reads instead of the real one;
 * a comment, <script> or text before <html> makes that element the "root".
 */
export function normaliseDocument(doc: Document): void {
  const tops = Array.from(doc.childNodes).filter((n) => n.nodeType !== DOCUMENT_TYPE_NODE);
  const roots = tops.filter((n): n is Element => isElement(n, 'html'));
  let root = roots[0];
  if (!root || tops.some((n) => n !== root && (n.nodeType === ELEMENT_NODE || hasText(n)))) {
    // Content outside the one <html>: gather everything, in order, under one root.
    root = root ?? doc.createElement('html');
    const before = root.firstChild;
    let passed = root.parentNode !== doc;
    for (const n of tops) {
      if (n === root) {
        passed = true;
        continue;
      }
      const moved = isElement(n, 'html') ? Array.from(n.childNodes) : n.nodeType === ELEMENT_NODE || hasText(n) ? [n] : [];
      if (isElement(n, 'html')) copyAttributes(n, root);
      for (const m of moved) root.insertBefore(m, passed ? null : before);
      if (isElement(n, 'html')) n.remove();
    }
    if (root.parentNode !== doc) doc.appendChild(root);
  }

  const children = Array.from(root.childNodes);
  const head = children.find((n): n is Element => isElement(n, 'head')) ?? doc.createElement('head');
  const body = children.find((n): n is Element => isElement(n, 'body')) ?? doc.createElement('body');
  const bodyNodes: Node[] = [];
  let inBody = false;
  for (const n of children) {
    if (n === head) continue;
    if (isElement(n, 'head')) {
      while (n.firstChild) head.appendChild(n.firstChild);
      n.remove();
    } else if (isElement(n, 'body')) {
      if (n !== body) copyAttributes(n, body);
      bodyNodes.push(...Array.from(n.childNodes));
      if (n !== body) n.remove();
      inBody = true;
    } else if (!inBody && n.nodeType === ELEMENT_NODE && HEAD_ONLY.has((n as Element).localName.toLowerCase())) head.appendChild(n);
    else {
      if (n.nodeType === ELEMENT_NODE || hasText(n)) inBody = true;
      bodyNodes.push(n);
    }
  }
  // As in a browser, <head> ends at its first piece of content, which begins the body.
  const headChildren = Array.from(head.childNodes);
  const start = headChildren.findIndex((n) => hasText(n) || (n.nodeType === ELEMENT_NODE && !IN_HEAD.has((n as Element).localName.toLowerCase())));
  if (start >= 0) bodyNodes.unshift(...headChildren.slice(start));
  if (root.firstChild !== head) root.insertBefore(head, root.firstChild);
  if (head.nextSibling !== body) head.after(body);
  // The common page (its body's content is all there is) needs no move.
  const own = body.childNodes.length;
  if (bodyNodes.length !== own || bodyNodes.some((n) => n.parentNode !== body)) for (const n of bodyNodes) body.appendChild(n);

  // A <html>, <head> or <body> nested in the body (a fragment's own tags) gives way to its content.
  for (const nested of Array.from(body.querySelectorAll('html, head, body'))) {
    for (const el of Array.from(nested.children)) {
      if (HEAD_ONLY.has(el.localName.toLowerCase()) && !(el.localName.toLowerCase() === 'title' && head.querySelector('title'))) head.appendChild(el);
    }
    if (nested.localName.toLowerCase() === 'body') copyAttributes(nested, body);
    while (nested.firstChild) nested.before(nested.firstChild);
    nested.remove();
  }
}

function isElement(n: Node, name: string): n is Element {
  return n.nodeType === ELEMENT_NODE && (n as Element).localName.toLowerCase() === name;
}

function hasText(n: Node): boolean {
  return n.nodeType === TEXT_NODE && (n.nodeValue ?? '').trim() !== '';
}

function copyAttributes(from: Element, to: Element): void {
  for (const a of Array.from(from.attributes)) if (!to.hasAttribute(a.name)) to.setAttribute(a.name, a.value);
}

/** Parses an XML string (a feed) into a DOM Document. Lenient: a truncated document still parses. */
export function parseXml(xml: string): Document {
  return new DOMParser().parseFromString(xml, 'text/xml') as unknown as Document;
}
