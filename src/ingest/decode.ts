// Bytes → text: UTF-8 when the bytes are valid UTF-8, otherwise Windows-1252
// (a superset of Latin-1 for printable text), never mojibake.
import { decodeHTMLStrict } from 'entities';
import type { Message } from '../brief/model.js';

export interface Decoded {
  text: string;
  /** 'utf-8', 'utf-16le', 'utf-16be', 'windows-1252' or the charset an HTML page declared. */
  encoding: string;
  messages: Message[];
}

export function decodeText(bytes: Uint8Array): Decoded {
  const messages: Message[] = [];
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', messages };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', messages };
  let text: string;
  let encoding = 'utf-8';
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    text = decodeWindows1252(bytes);
    encoding = 'windows-1252';
    messages.push({
      severity: 'info',
      source: 'ingest',
      ruleId: 'decoded-as-windows-1252',
      reason: 'the input is not valid UTF-8; it was read as Windows-1252 (Latin-1)',
      position: null,
    });
  }
  return { text: text.replace(/\r\n?/g, '\n').normalize('NFC'), encoding, messages };
}

/** True when the bytes look like a binary file (images, PDFs, archives) rather than text. */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  if (sample.length === 0) return false;
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control / sample.length > 0.1;
}

// Node's TextDecoder reads "windows-1252" as plain Latin-1 (0x80–0x9F become C1
// controls), so the 32 bytes where the two differ are mapped here.
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : b)));
  }
  return out;
}

/** True for gzip data (magic bytes 1f 8b), whatever the file is called. */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

const SINGLE_BYTE_LATIN = /^(?:iso-?8859-1|latin-?1|l1|us-ascii|ascii|windows-1252|cp1252|x-cp1252|iso_8859-1)$/i;

/** The charset an HTML page declares in its first bytes (BOM aside), or null. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = decodeWindows1252(bytes.subarray(0, 8192));
  const m =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head) ??
    /<meta[^>]+content\s*=\s*["'][^"']*charset\s*=\s*([\w:.-]+)/i.exec(head) ??
    /^<\?xml[^>]+encoding\s*=\s*["']([\w:.-]+)/i.exec(head);
  return m?.[1]?.toLowerCase() ?? null;
}

/**
 * Bytes of an HTML page → text: the BOM, else the declared charset, else UTF-8 when the bytes
 * are valid UTF-8, else Windows-1252. A page that declares a legacy charset (Latin-1, GB2312,
 * Shift_JIS, KOI8-R...) but whose bytes are valid UTF-8 with multibyte sequences is read as
 * UTF-8: the declaration is the usual copy-paste mistake, and non-ASCII text in a legacy
 * encoding is almost never valid UTF-8 by chance, while reading it as declared gives mojibake.
 */
export function decodeHtml(bytes: Uint8Array): Decoded {
  return decodeDeclared(bytes, declaredCharset);
}

/** Bytes of an XML document (a feed) → text, by the same rules, from its XML declaration's encoding. */
export function decodeXml(bytes: Uint8Array): Decoded {
  return decodeDeclared(bytes, (b) => /^\s*<\?xml[^>]+encoding\s*=\s*["']([\w:.-]+)/i.exec(decodeWindows1252(b.subarray(0, 1024)))?.[1]?.toLowerCase() ?? null);
}

function decodeDeclared(bytes: Uint8Array, charsetOf: (bytes: Uint8Array) => string | null): Decoded {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return decodeText(bytes);
  const declared = charsetOf(bytes);
  const utf8 = tryUtf8(bytes);
  const messages: Message[] = [];
  const done = (text: string, encoding: string): Decoded => ({ text: text.replace(/\r\n?/g, '\n').normalize('NFC'), encoding, messages });
  if (declared === null || /^utf-?8$/i.test(declared)) {
    if (utf8 !== null) return done(utf8, 'utf-8');
    messages.push(info('decoded-as-windows-1252', `the input ${declared ? 'declares UTF-8 but is' : 'declares no charset and is'} not valid UTF-8; it was read as Windows-1252 (Latin-1)`));
    return done(decodeWindows1252(bytes), 'windows-1252');
  }
  // A page cannot declare UTF-16 in its own ASCII-compatible bytes: browsers read it as UTF-8 (WHATWG HTML, "prescan").
  if (/^(?:utf-?16(?:le|be)?|ucs-?2|unicode)$/i.test(declared)) {
    if (utf8 !== null) return done(utf8, 'utf-8');
    messages.push(info('decoded-as-windows-1252', `the input declares ${declared} without a byte-order mark and is not valid UTF-8; it was read as Windows-1252 (Latin-1)`));
    return done(decodeWindows1252(bytes), 'windows-1252');
  }
  if (utf8 !== null && /[^\x00-\x7f]/.test(utf8)) {
    messages.push(info('charset-mismatch', `the input declares ${declared} but its bytes are valid UTF-8 with non-ASCII characters; it was read as UTF-8`));
    return done(utf8, 'utf-8');
  }
  if (SINGLE_BYTE_LATIN.test(declared)) return done(decodeWindows1252(bytes), 'windows-1252');
  try {
    return done(new TextDecoder(declared).decode(bytes), declared);
  } catch {
    messages.push(info('unknown-charset', `the input declares the unknown charset "${declared}"; it was read as ${utf8 !== null ? 'UTF-8' : 'Windows-1252'}`));
    return utf8 !== null ? done(utf8, 'utf-8') : done(decodeWindows1252(bytes), 'windows-1252');
  }
}

function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

const info = (ruleId: string, reason: string): Message => ({ severity: 'info', source: 'ingest', ruleId, reason, position: null });

/**
 * HTML character references left in plain text by whatever saved it ("Jos&#233; Manuel Barroso",
 * "AT&amp;T") are the characters they stand for; only complete references, with their semicolon.
 */
export function decodeCharacterReferences(text: string, messages: Message[]): string {
  if (!/&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/i.test(text)) return text;
  const decoded = decodeHTMLStrict(text);
  if (decoded !== text) {
    messages.push({ severity: 'info', source: 'ingest', ruleId: 'character-references', reason: 'the text held HTML character references ("&#233;", "&amp;"); they were read as the characters they stand for', position: null });
  }
  return decoded;
}
