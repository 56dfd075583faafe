// Files that hold several articles: a feed, or a JSON array of articles. `build` reads them
// whole (readArticles); a pass splits them so each article has its own ledger entry.
import { gunzipSync } from 'node:zlib';
import { decodeText, decodeXml, isGzip, looksBinary } from './decode.js';
import { detectFormat, isJsonFeed } from './format.js';

export type Container = { kind: 'feed'; text: string } | { kind: 'json-array'; entries: unknown[] };

/**
 * What a file holding several articles holds, or null for a single-article file (and for
 * anything unreadable: ingest then says why). `path` only breaks format ties by extension.
 */
export function sniffContainer(raw: Uint8Array, path: string, maxBytes: number): Container | null {
  let bytes = raw;
  if (isGzip(raw)) {
    try {
      bytes = gunzipSync(raw, { maxOutputLength: maxBytes });
    } catch {
      return null;
    }
  }
  if (bytes.length === 0 || looksBinary(bytes)) return null;
  const head = decodeText(bytes.subarray(0, 4096)).text.replace(/^\uFEFF/, '').trimStart();
  if (!/^[[{<]/.test(head)) return null;
  const probe = detectFormat(head, path).format;
  if (probe === 'feed') return { kind: 'feed', text: decodeXml(bytes).text };
  if (probe !== 'json' && !/^[[{]/.test(head)) return null;
  const { format, json } = detectFormat(decodeText(bytes).text, path);
  if (format !== 'json') return null;
  if (isJsonFeed(json)) return { kind: 'feed', text: decodeText(bytes).text };
  return Array.isArray(json) && json.length > 1 ? { kind: 'json-array', entries: json } : null;
}
