// Where a fetch may connect: special-purpose addresses are refused before any connection, after
// every redirect and whatever name points at them, unless the config's allow-list says otherwise.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolveRunConfig } from '../../src/config/run-config.js';
import { STRICT_POLICY, classifyAddress, createAddressPolicy, embeddedIpv4 } from '../../src/sources/address-policy.js';
import { type FetchOptions, FetchError, HostQueue, fetchUrl } from '../../src/sources/fetch.js';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tmp } from '../schedule/helpers.js';
import { type TestServer, redirect, send, startServer } from './helpers.js';

describe('special-purpose addresses', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.0.9', 'loopback'],
    ['10.0.0.5', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'link-local'],
    ['100.64.0.1', 'carrier-grade NAT'],
    ['0.0.0.0', 'unspecified'],
    ['224.0.0.1', 'multicast'],
    ['255.255.255.255', 'reserved'],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fe80::1', 'link-local'],
    ['fd12:3456::1', 'private'],
    ['ff02::1', 'multicast'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:a9fe:a9fe', 'link-local'],
    ['::ffff:10.1.2.3', 'private'],
    ['64:ff9b::a00:5', 'private'],
    ['2002:c0a8:101::1', 'private'],
  ])('%s is %s', (address, kind) => {
    expect(classifyAddress(address)).toBe(kind);
  });

  it.each(['93.184.216.34', '8.8.8.8', '172.32.0.1', '100.128.0.1', '2606:4700::1111', '::ffff:8.8.8.8'])('%s is public', (address) => {
    expect(classifyAddress(address)).toBeNull();
  });

  it('reads the IPv4 address inside the IPv6 forms that reach IPv4 hosts', () => {
    expect(embeddedIpv4('::ffff:7f00:1')).toBe('127.0.0.1');
    expect(embeddedIpv4('::ffff:192.168.0.1')).toBe('192.168.0.1');
    expect(embeddedIpv4('2606:4700::1111')).toBeNull();
  });

  it('the allow-list admits hosts by name or suffix and addresses by range, IPv4-mapped forms included', () => {
    const policy = createAddressPolicy(['wiki.newsroom.example', '.corp.example', '10.1.0.0/16', '127.0.0.1']);
    expect(policy.allowHost('wiki.newsroom.example')).toBe(true);
    expect(policy.allowHost('WIKI.newsroom.example.')).toBe(true);
    expect(policy.allowHost('admin.newsroom.example')).toBe(false);
    expect(policy.allowHost('feeds.corp.example')).toBe(true);
    expect(policy.allowAddress('10.1.200.3')).toBe(true);
    expect(policy.allowAddress('10.2.0.1')).toBe(false);
    expect(policy.allowAddress('::ffff:10.1.0.9')).toBe(true);
    expect(policy.allowAddress('127.0.0.2')).toBe(false);
  });
});

describe('the allow-list in newsbrief.config.json', () => {
  it('names an entry that is neither a host, an address nor a range', async () => {
    const dir = await tmp('nb-allow-');
    await writeFile(join(dir, 'newsbrief.config.json'), JSON.stringify({ feeds: ['https://example.org/feed.xml'], network: { allow: ['10.0.0.0/40', 'intranet wiki', 'wiki.local'] } }));
    const { config, errors } = resolveRunConfig({}, dir);
    expect(config).toBeNull();
    expect(errors.join('\n')).toContain('network.allow.0: "10.0.0.0/40" has a prefix longer than the address');
    expect(errors.join('\n')).toContain('network.allow.1: "intranet wiki" is not a host name, an address or a CIDR range');
    expect(errors).toHaveLength(2);
  });

  it('is empty by default', async () => {
    const dir = await tmp('nb-allow-');
    expect(resolveRunConfig({ feed: ['https://example.org/feed.xml'] }, dir).config!.network.allow).toEqual([]);
  });
});

describe('fetching', () => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startServer();
    server.routes.set('/page', send('<p>inside</p>', 'text/html'));
  });
  afterEach(() => server.close());

  const options = (extra: Partial<FetchOptions> = {}): FetchOptions => ({ timeoutMs: 5000, maxBytes: 1_000_000, ...extra });
  const port = () => new URL(server.base).port;
  const refusal = async (url: string, extra: Partial<FetchOptions> = {}): Promise<FetchError> => {
    const error = await fetchUrl(url, options(extra), new HostQueue()).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(FetchError);
    return error as FetchError;
  };

  // One address of each refused range, as a URL host: [host, the reason given].
  const RANGES: [string, string][] = [
    ['127.0.0.2', '127.0.0.2 is a loopback address'],
    ['[::1]', '::1 is a loopback address'],
    ['[::ffff:127.0.0.1]', '::ffff:7f00:1 is a loopback address'],
    ['169.254.169.254', '169.254.169.254 is a link-local address'],
    ['[fe80::1]', 'fe80::1 is a link-local address'],
    ['10.0.0.5', '10.0.0.5 is a private address'],
    ['172.16.0.1', '172.16.0.1 is a private address'],
    ['192.168.1.1', '192.168.1.1 is a private address'],
    ['[fd00::1]', 'fd00::1 is a private address'],
    ['[::ffff:10.0.0.5]', '::ffff:a00:5 is a private address'],
    ['100.64.1.1', '100.64.1.1 is a carrier-grade NAT address'],
    ['0.0.0.0', '0.0.0.0 is an unspecified address'],
    ['[::]', ':: is an unspecified address'],
    ['224.0.0.1', '224.0.0.1 is a multicast address'],
    ['[ff02::1]', 'ff02::1 is a multicast address'],
    ['240.0.0.1', '240.0.0.1 is a reserved address'],
    ['2130706433', '127.0.0.1 is a loopback address'],
  ];

  it('refuses each special-purpose range written in the URL, without connecting', async () => {
    for (const [host, reason] of [[new URL(server.base).host.split(':')[0]!, '127.0.0.1 is a loopback address'] as [string, string], ...RANGES]) {
      const error = await refusal(`http://${host}:${port()}/page`);
      expect(error.message).toBe(`refused: ${reason}`);
      expect(error.ruleId).toBe('private-address');
    }
    expect(server.hits).toEqual([]);
  });

  it('refuses each range after a redirect from an allowed host, without following it', async () => {
    const policy = createAddressPolicy(['127.0.0.1']);
    // (The allowed address in its other forms is allowed: that case is tested below.)
    const refused = RANGES.filter(([, reason]) => !/^(?:127\.0\.0\.1|::ffff:7f00:1) /.test(reason));
    for (const [i, [host, reason]] of refused.entries()) {
      server.routes.set(`/hop/${i}`, redirect(`http://${host}:${port()}/page`));
      expect((await refusal(`${server.base}/hop/${i}`, { policy })).message).toBe(`refused: ${reason}`);
    }
    expect(server.hits.map((h) => h.path)).toEqual(refused.map((_, i) => `/hop/${i}`));
  });

  it('refuses a host name that resolves to loopback', async () => {
    const error = await refusal(`http://localhost:${port()}/page`);
    expect(error.message).toMatch(/^refused: localhost resolves to a loopback address (?:127\.0\.0\.1|::1)$/);
    expect(server.hits).toEqual([]);
  });

  it('refuses a name when any of its addresses is private, and connects to the address it checked', async () => {
    const lookups: string[] = [];
    const resolve = (host: string) => {
      lookups.push(host);
      return Promise.resolve(host === 'mixed.test' ? [{ address: '8.8.8.8', family: 4 as const }, { address: '10.0.0.5', family: 4 as const }] : [{ address: '127.0.0.1', family: 4 as const }]);
    };
    expect((await refusal(`http://mixed.test:${port()}/page`, { resolve })).message).toBe('refused: mixed.test resolves to a private address 10.0.0.5');
    // "news.test" exists only in this resolver: the request reaching the server shows the socket
    // went to the address the policy checked, with no second lookup.
    const fetched = await fetchUrl(`http://news.test:${port()}/page`, options({ resolve, policy: createAddressPolicy(['127.0.0.1']) }), new HostQueue());
    expect(new TextDecoder().decode(fetched.body)).toBe('<p>inside</p>');
    expect(lookups).toEqual(['mixed.test', 'news.test']);
  });

  it('checks every redirect: an allowed host cannot send the request inside', async () => {
    server.routes.set('/to-loopback', redirect(`http://127.0.0.2:${port()}/page`));
    server.routes.set('/to-metadata', redirect('http://169.254.169.254/latest/meta-data/iam/'));
    server.routes.set('/to-mapped', redirect(`http://[::ffff:127.0.0.1]:${port()}/page`));
    const policy = createAddressPolicy(['127.0.0.1']);
    expect((await refusal(`${server.base}/to-loopback`, { policy })).message).toBe('refused: 127.0.0.2 is a loopback address');
    expect((await refusal(`${server.base}/to-metadata`, { policy })).message).toBe('refused: 169.254.169.254 is a link-local address');
    // The mapped form of an allowed address is that address.
    const mapped = await fetchUrl(`${server.base}/to-mapped`, options({ policy }), new HostQueue());
    expect(new TextDecoder().decode(mapped.body)).toBe('<p>inside</p>');
    expect(server.hits.map((h) => h.path)).toEqual(['/to-loopback', '/to-metadata', '/to-mapped', '/page']);
  });

  it('lets through what the allow-list names: an address, or a host name', async () => {
    const byAddress = await fetchUrl(`${server.base}/page`, options({ policy: createAddressPolicy(['127.0.0.0/8']) }), new HostQueue());
    expect(byAddress.url).toBe(`${server.base}/page`);
    const byName = await fetchUrl(`http://localhost:${port()}/page`, options({ policy: createAddressPolicy(['localhost']), resolve: () => Promise.resolve([{ address: '127.0.0.1', family: 4 as const }]) }), new HostQueue());
    expect(new TextDecoder().decode(byName.body)).toBe('<p>inside</p>');
    expect(STRICT_POLICY.allowHost('localhost')).toBe(false);
  });
});
