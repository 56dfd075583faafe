// Helpers for the feed tests: a local HTTP server with routes, articles as feeds and pages, a pass.
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { resolveRunConfig, type RunConfig } from '../../src/config/run-config.js';
import { createLog } from '../../src/schedule/log.js';
import { runPass } from '../../src/schedule/pass.js';
import { Ledger } from '../../src/store/ledger.js';
import { fakeIo } from '../helpers.js';
import { briefFolders, jsonLines } from '../schedule/helpers.js';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export interface TestServer {
  base: string;
  routes: Map<string, Handler>;
  /** Every request: path and user-agent. */
  hits: { path: string; ua: string | undefined }[];
  /** The most requests that were open at once. */
  maxInFlight: () => number;
  close: () => Promise<void>;
}

export async function startServer(): Promise<TestServer> {
  const routes = new Map<string, Handler>();
  const hits: TestServer['hits'] = [];
  let inFlight = 0;
  let most = 0;
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    hits.push({ path, ua: req.headers['user-agent'] });
    inFlight++;
    most = Math.max(most, inFlight);
    res.on('close', () => inFlight--);
    const handler = routes.get(path);
    if (handler) handler(req, res);
    else res.writeHead(404).end('not found');
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    routes,
    hits,
    maxInFlight: () => most,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

export const send =
  (body: string, type: string, status = 200): Handler =>
  (_req, res) =>
    res.writeHead(status, { 'content-type': type }).end(body);

export const redirect =
  (to: string): Handler =>
  (_req, res) =>
    res.writeHead(302, { location: to }).end();

/** A story long enough to count as full content (over 500 characters); `n` makes it distinct. */
export function story(n: number): string[] {
  return [
    `The council said on Monday it would close library number ${n} next year, citing a budget gap of ${n} million pounds.`,
    `"We have no choice," the mayor said at a press conference in the town hall. Residents will protest on 12 March, the union said.`,
    `Library ${n} has served the district since 1964 and lends more than ${n * 1000} books a year, according to the council's own figures.`,
    `Opposition councillors said the decision was rushed and asked the council to publish the full consultation before the vote in April.`,
    `A petition to keep library ${n} open has gathered more than ${n * 100} signatures, its organisers said on Tuesday.`,
  ];
}

export const storyHtml = (n: number): string => story(n).map((p) => `<p>${p}</p>`).join('\n');

export const storyTitle = (n: number): string => `Council to close library number ${n}`;

/** A news page that holds the story, as a site would serve it. */
export function page(n: number, extra = ''): string {
  return `<!doctype html><html><head><title>${storyTitle(n)} | Local News</title><meta property="og:title" content="${storyTitle(n)}"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>${storyTitle(n)}</h1>${storyHtml(n)}${extra}</article><footer>© Local News</footer></body></html>`;
}

export interface RssItem {
  n: number;
  link: string;
  /** Full content in content:encoded; absent: a short description only. */
  full?: boolean;
  guid?: string;
}

export function rss(items: RssItem[]): string {
  const entries = items
    .map(
      (i) => `<item><title>${storyTitle(i.n)}</title><link>${i.link}</link><guid>${i.guid ?? i.link}</guid><pubDate>Mon, 06 Mar 2023 09:00:00 GMT</pubDate>
<description>Library ${i.n} is to close.</description>${i.full ? `<content:encoded><![CDATA[${storyHtml(i.n)}]]></content:encoded>` : ''}<dc:creator>Jo Reporter</dc:creator></item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Local News</title><link>http://example.org/</link>
${entries}
</channel></rss>
`;
}

export function atom(items: { n: number; link: string; id?: string; updated?: string }[]): string {
  const entries = items
    .map(
      (i) => `<entry><id>${i.id ?? `tag:example.org,2023:${i.n}`}</id><title>${storyTitle(i.n)}</title><link rel="alternate" href="${i.link}"/>
<published>2023-03-06T09:00:00Z</published><updated>${i.updated ?? '2023-03-06T09:00:00Z'}</updated><author><name>Jo Reporter</name></author>
<content type="html">${storyHtml(i.n).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</content></entry>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Local News (Atom)</title><id>tag:example.org,2023:feed</id><updated>2023-03-06T09:00:00Z</updated>
${entries}
</feed>
`;
}

export function jsonFeed(items: { n: number; link: string }[]): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Local News (JSON)',
    items: items.map((i) => ({ id: String(i.n), url: i.link, title: storyTitle(i.n), content_text: story(i.n).join('\n\n'), date_published: '2023-03-06T09:00:00Z', authors: [{ name: 'Jo Reporter' }] })),
  });
}

/** Writes a config file with the feeds (and the hosts they may reach), resolves it like `run` does and lets the test adjust it. */
export async function configFor(dir: string, feeds: string[], adjust: (c: RunConfig) => void = () => undefined, allow: string[] = ['127.0.0.1']): Promise<RunConfig> {
  // The test server is on loopback, which feeds may reach only when the config allows it.
  await writeFile(join(dir, 'newsbrief.config.json'), JSON.stringify({ feeds, out: 'out', formats: ['json', 'md'], network: { allow } }));
  const { config, errors } = resolveRunConfig({}, dir);
  if (!config) throw new Error(errors.join('\n'));
  config.limits.retryBackoffMs = 0;
  config.limits.retries = 0;
  adjust(config);
  return config;
}

/** One pass, as `run` makes it, with its result, log lines and the titles of the briefs now in the output folder. */
export async function pass(config: RunConfig) {
  const io = fakeIo();
  const ledger = Ledger.open(config.out);
  try {
    const result = await runPass({ config, ledger, log: createLog('json', io) });
    const briefs: { title: string; text: string; url: string | null; byline: string | null }[] = [];
    for (const folder of await briefFolders(config.out)) {
      briefs.push((JSON.parse(await readFile(join(config.out, folder, 'brief.json'), 'utf8')) as { article: (typeof briefs)[number] }).article);
    }
    return { result, lines: jsonLines(io.out()), briefs, titles: briefs.map((b) => b.title).sort() };
  } finally {
    ledger.close();
  }
}
