// The one module that talks HTTP: GET over http/https with a deadline, a size limit, a bounded
// number of redirects, a user-agent that names us, and one request at a time per host. Every hop
// resolves its host once, refuses special-purpose addresses (address-policy.ts) and connects to
// the address it checked, so a second lookup cannot swap it (DNS rebinding).
import { lookup as dnsLookup } from 'node:dns/promises';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { type AddressPolicy, refusalOf, STRICT_POLICY } from './address-policy.js';

export const MAX_REDIRECTS = 5;

export interface FetchOptions {
  /** For the whole exchange, redirects and body included. */
  timeoutMs: number;
  maxBytes: number;
  signal?: AbortSignal;
  /** Which special-purpose hosts and addresses may be reached; default none. */
  policy?: AddressPolicy;
  /** Resolves a host name to its addresses; default the system's resolver (dns.lookup). */
  resolve?: (host: string) => Promise<ResolvedAddress[]>;
}

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

export interface Fetched {
  /** Where the body came from, after redirects. */
  url: string;
  contentType: string | null;
  body: Uint8Array;
}

/** A request that did not give a usable body; the message is one line that says why. */
export class FetchError extends Error {
  constructor(
    message: string,
    readonly ruleId: string,
  ) {
    super(message);
    this.name = 'FetchError';
  }
}

export const USER_AGENT = `newsbrief/${(JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version}`;

/** Serialises requests per host: each host's requests wait for the previous one to settle. */
export class HostQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(host: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(host) ?? Promise.resolve();
    const next = previous.then(task, task);
    const tail = next.catch(() => undefined);
    this.tails.set(host, tail);
    void tail.then(() => {
      if (this.tails.get(host) === tail) this.tails.delete(host);
    });
    return next;
  }
}

/** GETs `url`, following up to MAX_REDIRECTS redirects; every hop waits its turn on its host. */
export async function fetchUrl(url: string, options: FetchOptions, queue: HostQueue): Promise<Fetched> {
  const deadline = Date.now() + options.timeoutMs;
  let at = parseHttpUrl(url);
  for (let hop = 0; ; hop++) {
    const current = at;
    const response = await queue.run(current.host, () => getOnce(current, deadline, options));
    if ('location' in response) {
      if (hop >= MAX_REDIRECTS) throw new FetchError(`more than ${MAX_REDIRECTS} redirects`, 'too-many-redirects');
      at = parseHttpUrl(new URL(response.location, current).href);
      continue;
    }
    return response;
  }
}

function parseHttpUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new FetchError(`not a URL: ${url}`, 'bad-url');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new FetchError(`only http and https URLs are fetched, not ${url}`, 'bad-url');
  return parsed;
}

const resolveWithSystem = async (host: string): Promise<ResolvedAddress[]> => (await dnsLookup(host, { all: true, verbatim: true })).map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));

/**
 * A `lookup` for http.get that resolves the host once and hands the socket only addresses that
 * passed the policy; if any address of the host is refused, the host is (a name that also points
 * inside the network is not one to trust).
 */
function guardedLookup(options: FetchOptions): LookupFunction {
  const policy = options.policy ?? STRICT_POLICY;
  const resolve = options.resolve ?? resolveWithSystem;
  return (hostname, lookupOptions, callback) => {
    resolve(hostname).then(
      (found) => {
        const wanted = lookupOptions.family === 4 || lookupOptions.family === 6 ? found.filter((a) => a.family === lookupOptions.family) : found;
        for (const a of found) {
          const refusal = refusalOf(hostname, a.address, policy);
          if (refusal) return callback(new FetchError(refusal, 'private-address'), '', 0);
        }
        if (wanted.length === 0) return callback(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' }), '', 0);
        if (lookupOptions.all) return (callback as unknown as (e: null, a: ResolvedAddress[]) => void)(null, wanted);
        callback(null, wanted[0]!.address, wanted[0]!.family);
      },
      (error: NodeJS.ErrnoException) => callback(error, '', 0),
    );
  };
}

function getOnce(url: URL, deadline: number, options: FetchOptions): Promise<Fetched | { location: string }> {
  return new Promise((resolve, reject) => {
    const left = deadline - Date.now();
    if (left <= 0) return reject(new FetchError(`no answer within ${options.timeoutMs} ms`, 'timeout'));
    // An address written in the URL is not looked up: it is checked here.
    const literal = url.hostname.replace(/^\[|\]$/g, '');
    if (isIP(literal) !== 0) {
      const refusal = refusalOf(literal, literal, options.policy ?? STRICT_POLICY);
      if (refusal) return reject(new FetchError(refusal, 'private-address'));
    }
    const client = url.protocol === 'https:' ? https : http;
    const request = client.get(url, {
      headers: { 'user-agent': USER_AGENT, accept: 'application/rss+xml, application/atom+xml, application/feed+json, application/xml, text/xml, text/html;q=0.9, */*;q=0.5' },
      lookup: guardedLookup(options),
      // No pooled socket: each hop connects to the address its own lookup checked.
      agent: false,
      ...(options.signal ? { signal: options.signal } : {}),
    });
    const fail = (error: FetchError) => {
      clearTimeout(timer);
      request.destroy();
      reject(error);
    };
    const timer = setTimeout(() => fail(new FetchError(`no answer within ${options.timeoutMs} ms`, 'timeout')), left);
    request.on('error', (error: NodeJS.ErrnoException) => fail(error instanceof FetchError ? error : new FetchError(unreachable(error), 'unreachable')));
    request.on('response', (response) => {
      const status = response.statusCode ?? 0;
      if (status >= 300 && status < 400 && response.headers.location) {
        response.resume();
        clearTimeout(timer);
        return resolve({ location: response.headers.location });
      }
      if (status < 200 || status >= 300) {
        response.resume();
        return fail(new FetchError(`HTTP ${status}${response.statusMessage ? ` ${response.statusMessage}` : ''}`, 'http-status'));
      }
      const declared = Number(response.headers['content-length'] ?? NaN);
      const tooLarge = () => new FetchError(`larger than the ${options.maxBytes}-byte limit (limits.maxFetchBytes)`, 'too-large');
      if (declared > options.maxBytes) return fail(tooLarge());
      const chunks: Buffer[] = [];
      let size = 0;
      response.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > options.maxBytes) fail(tooLarge());
        else chunks.push(chunk);
      });
      response.on('end', () => {
        clearTimeout(timer);
        if (size <= options.maxBytes) resolve({ url: url.href, contentType: response.headers['content-type'] ?? null, body: new Uint8Array(Buffer.concat(chunks)) });
      });
      response.on('error', (error) => fail(new FetchError(error.message, 'unreachable')));
    });
  });
}

/** One line on why a host could not be reached: `connection refused (127.0.0.1:9)`. */
function unreachable(error: NodeJS.ErrnoException): string {
  const where = error.message.match(/\b(?:connect|getaddrinfo|read|write) \w+ (\S+)$/)?.[1];
  const why: Record<string, string> = {
    ECONNREFUSED: 'connection refused',
    ECONNRESET: 'connection reset by the server',
    ENOTFOUND: 'host not found',
    EAI_AGAIN: 'host name lookup failed (temporary)',
    EHOSTUNREACH: 'host unreachable',
    ENETUNREACH: 'network unreachable',
    ETIMEDOUT: 'connection timed out',
    CERT_HAS_EXPIRED: 'its TLS certificate has expired',
    DEPTH_ZERO_SELF_SIGNED_CERT: 'its TLS certificate is self-signed',
  };
  const text = error.code && why[error.code] ? `${why[error.code]}${where ? ` (${where})` : ''}` : error.message;
  return text.replace(/\s+/g, ' ').trim();
}
