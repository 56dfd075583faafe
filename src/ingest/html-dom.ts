// The one module that knows which server-side DOM we use. linkedom, not jsdom: on the 181
// benchmark pages Readability over linkedom scores F1 0.952 at a median of ~15 ms a page, over
// jsdom 0.949 at ~125 ms, and jsdom's selector engine threw on one page (scripts/eval/html.ts
// --compare-dom measures it again).
import { DOMParser, parseHTML } from 'linkedom';

/** Parses an HTML string into a DOM Document (no scripts run, no network). */
export function parseDocument(html: string): Document {
  // linkedom needs a root element to build <html>/<body> around a fragment.
  const source = /<html[\s>]/i.test(html.slice(0, 4096)) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return parseHTML(source).document as unknown as Document;
}

/** Parses an XML string (a feed) into a DOM Document. Lenient: a truncated document still parses. */
export function parseXml(xml: string): Document {
  return new DOMParser().parseFromString(xml, 'text/xml') as unknown as Document;
}
