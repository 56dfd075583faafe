import { describe, expect, it } from 'vitest';
import { contentTypeOf, downloadNameOf } from '../../src/serve/content-type.js';
import { parseRequestPath, printablePath } from '../../src/serve/request-path.js';

describe('parseRequestPath (the first of two guards; the server also checks real paths)', () => {
  it('accepts ordinary paths and decodes them', () => {
    expect(parseRequestPath('/')).toEqual({ segments: [], trailingSlash: true });
    expect(parseRequestPath('/2023-06-07-war/brief.pdf?download=1')).toEqual({ segments: ['2023-06-07-war', 'brief.pdf'], trailingSlash: false });
    expect(parseRequestPath('/a%20b/brief%2Emd')).toEqual({ segments: ['a b', 'brief.md'], trailingSlash: false });
    expect(parseRequestPath('//slug//')).toEqual({ segments: ['slug'], trailingSlash: true });
  });

  it.each([
    '/../',
    '/..',
    '/a/../../etc/passwd',
    '/%2e%2e/',
    '/%2E%2e/etc/passwd',
    '/..%2f..%2fetc/passwd',
    '/a%2Fb',
    '/..\\..\\etc\\passwd',
    '/a%5cb',
    '/a%00b',
    '/.newsbrief/ledger.sqlite',
    '/%2enewsbrief/ledger.sqlite',
    '/slug/.hidden',
    '/./index.html',
    '/%ff',
    'index.html',
    'http://example.org/index.html',
  ])('refuses %s', (target) => {
    expect(parseRequestPath(target)).toBeNull();
  });

  it('shows a request target in a log without control characters', () => {
    expect(printablePath('/a b\u001b[31m')).toBe('/a%20b%1B[31m');
    expect(printablePath(`/${'x'.repeat(500)}`)).toHaveLength(201);
  });
});

describe('content types and download names', () => {
  it('names each output format', () => {
    expect(contentTypeOf('index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeOf('brief.md')).toBe('text/markdown; charset=utf-8');
    expect(contentTypeOf('brief.pdf')).toBe('application/pdf');
    expect(contentTypeOf('brief.json')).toBe('application/json; charset=utf-8');
    expect(contentTypeOf('feed.xml')).toBe('application/atom+xml; charset=utf-8');
    expect(contentTypeOf('other.xml')).toBe('application/xml; charset=utf-8');
    expect(contentTypeOf('brief.txt')).toBe('text/plain; charset=utf-8');
    expect(contentTypeOf('ledger.sqlite')).toBe('application/octet-stream');
  });

  it('downloads a brief’s PDF under its folder name, with a safe file name', () => {
    expect(downloadNameOf(['2023-06-07-war', 'brief.pdf'])).toBe('2023-06-07-war.pdf');
    expect(downloadNameOf(['report "x".pdf'])).toBe('report_x_.pdf');
  });
});
