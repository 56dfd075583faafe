// A request target → the path segments it may name inside the served folder,
// or null. Anything that could climb out of the folder or reach a hidden file
// is refused here, before the file system is touched: `..` (plain or
// percent-encoded), encoded slashes and backslashes, NUL, and dot-segments.

export interface RequestPath {
  /** Decoded, non-empty segments; none is ".", ".." or starts with a dot. */
  segments: string[];
  /** The path ended with "/" (a folder was asked for). */
  trailingSlash: boolean;
}

export function parseRequestPath(target: string): RequestPath | null {
  const raw = target.split(/[?#]/, 1)[0] ?? '';
  if (!raw.startsWith('/')) return null;
  // Encoded separators and NUL would let one segment act as several after decoding.
  if (/\\|%2f|%5c|%00/i.test(raw)) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return null;
  }
  if (/[\u0000\\]/.test(decoded)) return null;
  const segments = decoded.split('/').filter((s) => s !== '');
  if (segments.some((s) => s.startsWith('.'))) return null;
  return { segments, trailingSlash: decoded.endsWith('/') };
}

/** The request target as a log can show it: no control characters, bounded length. */
export function printablePath(target: string): string {
  const clean = target.replace(/[\u0000-\u0020\u007f]/g, (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0').toUpperCase()}`);
  return clean.length > 200 ? `${clean.slice(0, 200)}…` : clean;
}
