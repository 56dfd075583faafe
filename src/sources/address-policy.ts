// Where a fetch may connect. A feed is written by someone else: its links must not reach the
// machine itself, the cloud's metadata service or the newsroom's own network. Addresses of the
// special-purpose ranges (RFC 6890 and its IPv6 counterparts) are refused unless the user's
// allow-list names the host or a range holding the address.
import { BlockList, isIP } from 'node:net';

export type AddressKind = 'loopback' | 'private' | 'link-local' | 'carrier-grade NAT' | 'unspecified' | 'multicast' | 'reserved';

const RANGES: { kind: AddressKind; cidr: string }[] = [
  { kind: 'unspecified', cidr: '0.0.0.0/8' },
  { kind: 'private', cidr: '10.0.0.0/8' },
  { kind: 'carrier-grade NAT', cidr: '100.64.0.0/10' },
  { kind: 'loopback', cidr: '127.0.0.0/8' },
  { kind: 'link-local', cidr: '169.254.0.0/16' },
  { kind: 'private', cidr: '172.16.0.0/12' },
  { kind: 'reserved', cidr: '192.0.0.0/24' },
  { kind: 'private', cidr: '192.168.0.0/16' },
  { kind: 'reserved', cidr: '198.18.0.0/15' },
  { kind: 'multicast', cidr: '224.0.0.0/4' },
  { kind: 'reserved', cidr: '240.0.0.0/4' },
  { kind: 'unspecified', cidr: '::/128' },
  { kind: 'loopback', cidr: '::1/128' },
  { kind: 'link-local', cidr: 'fe80::/10' },
  { kind: 'private', cidr: 'fec0::/10' },
  { kind: 'private', cidr: 'fc00::/7' },
  { kind: 'multicast', cidr: 'ff00::/8' },
];

const BLOCKED = RANGES.map((r) => ({ kind: r.kind, list: blockListOf([r.cidr]) }));

/**
 * The IPv4 address an IPv6 address carries, if it is one of the forms that reach IPv4 hosts:
 * IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d), NAT64 (64:ff9b::/96) and 6to4
 * (2002:AABB:CCDD::/16).
 */
export function embeddedIpv4(address: string): string | null {
  const groups = expandIpv6(address);
  if (!groups) return null;
  const v4 = (hi: number, lo: number) => `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
  const zero = (from: number, to: number) => groups.slice(from, to).every((g) => g === 0);
  if (zero(0, 5) && groups[5] === 0xffff) return v4(groups[6]!, groups[7]!);
  if (zero(0, 6) && (groups[6] !== 0 || groups[7]! > 1)) return v4(groups[6]!, groups[7]!);
  if (groups[0] === 0x64 && groups[1] === 0xff9b && zero(2, 6)) return v4(groups[6]!, groups[7]!);
  if (groups[0] === 0x2002) return v4(groups[1]!, groups[2]!);
  return null;
}

/** The eight 16-bit groups of an IPv6 address, or null when it is not one. */
function expandIpv6(address: string): number[] | null {
  if (isIP(address) !== 6) return null;
  let text = address.replace(/%.*$/, '');
  // A dotted IPv4 tail is two groups.
  const tail = text.match(/(\d+)\.(\d+)\.(\d+)\.(\d+)$/);
  if (tail) {
    const [a, b, c, d] = tail.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, tail.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, rest] = text.split('::') as [string, string | undefined];
  const parts = (s: string) => (s === '' ? [] : s.split(':').map((g) => parseInt(g, 16)));
  const left = parts(head);
  const right = rest === undefined ? [] : parts(rest);
  const fill = rest === undefined ? 0 : 8 - left.length - right.length;
  const groups = [...left, ...Array<number>(fill).fill(0), ...right];
  return groups.length === 8 ? groups : null;
}

/** What kind of special-purpose address this is, or null for an ordinary public one. */
export function classifyAddress(address: string): AddressKind | null {
  const family = isIP(address);
  if (family === 0) return null;
  if (family === 6) {
    const v4 = embeddedIpv4(address);
    if (v4) return classifyAddress(v4);
  }
  const type = family === 4 ? 'ipv4' : 'ipv6';
  return BLOCKED.find((b) => b.list.check(address, type))?.kind ?? null;
}

/**
 * The user's exceptions (config `network.allow`): host names ("wiki.newsroom.example", or
 * ".newsroom.example" for every host under it), addresses and CIDR ranges ("10.1.0.0/16").
 */
export interface AddressPolicy {
  allowHost(host: string): boolean;
  allowAddress(address: string): boolean;
}

/** Nothing special-purpose is allowed. */
export const STRICT_POLICY: AddressPolicy = { allowHost: () => false, allowAddress: () => false };

/** Is the entry an address, a CIDR range or a host name? Returns the problem, or null when it is usable. */
export function allowEntryProblem(entry: string): string | null {
  const cidr = entry.match(/^(.+)\/(\d{1,3})$/);
  if (cidr) {
    const family = isIP(cidr[1]!);
    if (family === 0) return `"${entry}" is not a CIDR range (an address, "/", a prefix length)`;
    const bits = Number(cidr[2]);
    return bits > (family === 4 ? 32 : 128) ? `"${entry}" has a prefix longer than the address` : null;
  }
  if (isIP(entry.replace(/^\[|\]$/g, '')) !== 0) return null;
  return /^\.?(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i.test(entry) ? null : `"${entry}" is not a host name, an address or a CIDR range`;
}

/** A policy from the allow-list's entries (already checked with `allowEntryProblem`). */
export function createAddressPolicy(entries: readonly string[]): AddressPolicy {
  const hosts = new Set<string>();
  const suffixes: string[] = [];
  const ranges: string[] = [];
  for (const raw of entries) {
    const entry = raw.trim().toLowerCase().replace(/^\[|\]$/g, '');
    if (/\//.test(entry) || isIP(entry) !== 0) ranges.push(entry);
    else if (entry.startsWith('.')) suffixes.push(entry);
    else hosts.add(entry);
  }
  const list = blockListOf(ranges);
  return {
    allowHost: (host) => {
      const h = host.toLowerCase().replace(/^\[|\]$/g, '').replace(/\.$/, '');
      return hosts.has(h) || suffixes.some((s) => h.endsWith(s));
    },
    allowAddress: (address) => {
      const v4 = isIP(address) === 6 ? embeddedIpv4(address) : null;
      const probe = v4 ?? address;
      const family = isIP(probe);
      return family !== 0 && list.check(probe, family === 4 ? 'ipv4' : 'ipv6');
    },
  };
}

function blockListOf(ranges: readonly string[]): BlockList {
  const list = new BlockList();
  for (const range of ranges) {
    const [address, prefix] = range.split('/') as [string, string | undefined];
    const family = isIP(address) === 4 ? 'ipv4' : 'ipv6';
    if (prefix === undefined) list.addAddress(address, family);
    else list.addSubnet(address, Number(prefix), family);
  }
  return list;
}

/**
 * Why connecting to `address` for `host` is refused, or null when it may go ahead: the address is
 * public, or the allow-list names the host or holds the address.
 */
export function refusalOf(host: string, address: string, policy: AddressPolicy): string | null {
  const kind = classifyAddress(address);
  if (kind === null || policy.allowHost(host) || policy.allowAddress(address)) return null;
  const bare = host.replace(/^\[|\]$/g, '');
  const article = /^[aeiou]/i.test(kind) ? 'an' : 'a';
  return bare === address ? `refused: ${address} is ${article} ${kind} address` : `refused: ${bare} resolves to ${article} ${kind} address ${address}`;
}
