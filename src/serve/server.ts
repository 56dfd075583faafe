// `newsbrief serve`: the output folder over HTTP, read-only, with node:http.
// Only regular files inside the folder are served — never a dot-file, never
// through a symbolic link that leads outside — for GET and HEAD alone.
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isAbsolute, join, relative, sep } from 'node:path';
import { contentTypeOf, downloadNameOf } from './content-type.js';
import { parseRequestPath, printablePath } from './request-path.js';

export interface ServeOptions {
  outDir: string;
  /** 0 picks a free port. */
  port: number;
  /** Default 127.0.0.1: only this machine can connect unless told otherwise. */
  host?: string;
  /** Aborting it closes the server. */
  signal?: AbortSignal;
  /** One line per request: method, path, status, bytes, milliseconds. */
  log?: (line: string) => void;
}

export interface RunningServer {
  url: string;
  port: number;
  /** Stops accepting connections, ends open ones, resolves once the server is closed. */
  close(): Promise<void>;
}

/** Files that change whenever a build runs: always revalidated. */
const ALWAYS_REVALIDATE = new Set(['index.html', 'feed.xml']);

interface Found {
  path: string;
  size: number;
  mtimeMs: number;
  /** Segments of the file relative to the root, after following links. */
  segments: string[];
}

type Lookup = { kind: 'file'; file: Found } | { kind: 'redirect'; location: string } | { kind: 'missing' };

/** Follows links and checks the real path is a visible regular file (or folder) inside the root. */
async function resolveInside(root: string, segments: string[]): Promise<{ real: string; segments: string[]; isDir: boolean; size: number; mtimeMs: number } | null> {
  let real: string;
  try {
    real = await realpath(join(root, ...segments));
  } catch {
    return null;
  }
  const rel = relative(root, real);
  if (rel.startsWith('..') || isAbsolute(rel)) return null;
  const realSegments = rel === '' ? [] : rel.split(sep);
  if (realSegments.some((s) => s.startsWith('.'))) return null;
  const info = await stat(real).catch(() => null);
  if (!info || !(info.isFile() || info.isDirectory())) return null;
  return { real, segments: realSegments, isDir: info.isDirectory(), size: info.size, mtimeMs: info.mtimeMs };
}

async function lookup(root: string, target: string): Promise<Lookup> {
  const parsed = parseRequestPath(target);
  if (!parsed) return { kind: 'missing' };
  const found = await resolveInside(root, parsed.segments);
  if (!found) return { kind: 'missing' };
  if (!found.isDir) return { kind: 'file', file: { path: found.real, size: found.size, mtimeMs: found.mtimeMs, segments: parsed.segments } };
  if (!parsed.trailingSlash) {
    const [path = '/', query] = target.split(/\?(.*)/s, 2);
    return { kind: 'redirect', location: `${path}/${query ? `?${query}` : ''}` };
  }
  // A folder: its index page, or — for a brief's folder — the brief itself.
  for (const name of ['index.html', 'brief.html']) {
    const inner = await resolveInside(root, [...parsed.segments, name]);
    if (inner && !inner.isDir) return { kind: 'file', file: { path: inner.real, size: inner.size, mtimeMs: inner.mtimeMs, segments: [...parsed.segments, name] } };
  }
  return { kind: 'missing' };
}

const etagOf = (f: Found): string => `W/"${f.size.toString(16)}-${Math.floor(f.mtimeMs).toString(16)}"`;

function notModified(req: IncomingMessage, etag: string, mtimeMs: number): boolean {
  const ifNoneMatch = req.headers['if-none-match'];
  if (ifNoneMatch !== undefined) {
    const weak = (t: string): string => t.trim().replace(/^W\//, '');
    return ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((t) => weak(t) === weak(etag));
  }
  const since = req.headers['if-modified-since'];
  if (since === undefined) return false;
  const ms = Date.parse(since);
  return !Number.isNaN(ms) && Math.floor(mtimeMs / 1000) * 1000 <= ms;
}

const BASE_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

function sendText(res: ServerResponse, status: number, text: string, head: boolean, extra: Record<string, string> = {}): number {
  const body = Buffer.from(`${text}\n`, 'utf8');
  res.writeHead(status, { ...BASE_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': body.length, 'Cache-Control': 'no-store', ...extra });
  res.end(head ? undefined : body);
  return head ? 0 : body.length;
}

async function handle(root: string, req: IncomingMessage, res: ServerResponse): Promise<number> {
  const method = req.method ?? 'GET';
  const head = method === 'HEAD';
  if (method !== 'GET' && !head) return sendText(res, 405, '405 Method Not Allowed: this server is read-only (GET and HEAD only)', false, { Allow: 'GET, HEAD' });
  const target = req.url ?? '/';
  const found = await lookup(root, target);
  if (found.kind === 'missing') return sendText(res, 404, '404 Not Found', head);
  if (found.kind === 'redirect') return sendText(res, 301, `301 Moved Permanently: ${found.location}`, head, { Location: found.location });

  const file = found.file;
  const name = file.segments[file.segments.length - 1] ?? '';
  const type = contentTypeOf(name);
  const etag = etagOf(file);
  const headers: Record<string, string | number> = {
    ...BASE_HEADERS,
    ETag: etag,
    'Last-Modified': new Date(file.mtimeMs).toUTCString(),
    'Cache-Control': file.segments.length === 1 && ALWAYS_REVALIDATE.has(name) ? 'no-cache' : 'max-age=60',
  };
  if (notModified(req, etag, file.mtimeMs)) {
    res.writeHead(304, headers);
    res.end();
    return 0;
  }
  headers['Content-Type'] = type;
  headers['Content-Length'] = file.size;
  if (type === 'application/pdf') headers['Content-Disposition'] = `attachment; filename="${downloadNameOf(file.segments)}"`;
  res.writeHead(200, headers);
  if (head) {
    res.end();
    return 0;
  }
  const complete = await new Promise<boolean>((resolve) => {
    const stream = createReadStream(file.path);
    stream.on('error', () => {
      res.destroy();
      resolve(false);
    });
    // 'finish': all of it was handed to the socket. 'close' can come first even then — the
    // client read Content-Length bytes and hung up before the pipe called end() — so a
    // response counts as cut short only when not every byte of the file was written to it.
    let written = 0;
    stream.on('data', (chunk) => (written += chunk.length));
    res.on('finish', () => resolve(true));
    res.on('close', () => {
      stream.destroy();
      resolve(res.writableFinished || written >= file.size);
    });
    stream.pipe(res);
  });
  return complete ? file.size : -1;
}

export async function serveOutputs(options: ServeOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const log = options.log ?? (() => undefined);
  if (options.signal?.aborted) throw new Error('serve: aborted before it started');
  let root: string;
  try {
    root = await realpath(options.outDir);
  } catch (cause) {
    throw new Error(`serve: the output folder "${options.outDir}" does not exist`, { cause });
  }
  if (!(await stat(root)).isDirectory()) throw new Error(`serve: "${options.outDir}" is not a folder`);

  const server: Server = createServer((req, res) => {
    const started = performance.now();
    const done = (bytes: number): void => {
      const ms = Math.round(performance.now() - started);
      log(`${req.method ?? '?'} ${printablePath(req.url ?? '/')} ${res.statusCode} ${bytes < 0 ? 'aborted' : `${bytes}B`} ${ms}ms`);
    };
    handle(root, req, res).then(done, () => {
      if (res.headersSent) {
        res.destroy();
        done(-1);
      } else done(sendText(res, 500, '500 Internal Server Error', req.method === 'HEAD'));
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      const why = error.code === 'EADDRINUSE' ? 'the address is already in use' : error.code === 'EACCES' ? 'permission denied' : error.message;
      reject(new Error(`serve: cannot listen on ${host}:${options.port}: ${why}`, { cause: error }));
    });
    server.listen(options.port, host, () => resolve());
  });

  let closing: Promise<void> | null = null;
  const close = (): Promise<void> => {
    closing ??= new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
    return closing;
  };
  options.signal?.addEventListener('abort', () => void close(), { once: true });
  if (options.signal?.aborted) void close();

  const { port } = server.address() as AddressInfo;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return { url: `http://${shownHost}:${port}/`, port, close };
}
