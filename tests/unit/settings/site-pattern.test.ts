import { describe, expect, it } from 'vitest';
import { isCanonicalOrigin, normalizeSite, urlMatchesPattern } from '../../../lib/settings/site-pattern';

describe('normalizeSite', () => {
  it.each([
    ['example.com', 'https://example.com'],
    ['  Example.COM  ', 'https://example.com'],
    ['https://chat.example.com', 'https://chat.example.com'],
    ['https://chat.example.com/', 'https://chat.example.com'],
    ['https://example.com/some/page?x=1#y', 'https://example.com'],
    ['http://forum.example.org', 'http://forum.example.org'],
    ['example.com:8443', 'https://example.com'],
    ['http://localhost:3000', 'http://localhost'],
    ['localhost', 'https://localhost'],
    ['192.168.1.20', 'https://192.168.1.20'],
    ['https://bücher.de', 'https://xn--bcher-kva.de'],
    ['example.com.', 'https://example.com'],
    ['https://mastodon.example/@someone', 'https://mastodon.example'],
  ])('%p → %p', (input, origin) => {
    const r = normalizeSite(input);
    expect(r).toEqual({ ok: true, origin, host: new URL(origin).hostname, matchPattern: `${origin}/*` });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    [undefined, 'empty'],
    [42, 'empty'],
    ['exa mple.com', 'spaces'],
    ['*.example.com', 'wildcard'],
    ['https://*/*', 'wildcard'],
    ['<all_urls>', 'invalid-host'],
    ['ftp://example.com', 'scheme'],
    ['chrome://settings', 'scheme'],
    ['javascript:alert(1)', 'scheme'],
    ['file:///etc/passwd', 'scheme'],
    ['https://user:pw@example.com', 'credentials'],
    ['user@example.com', 'credentials'],
    ['example', 'invalid-host'],
    ['-bad-.com', 'invalid-host'],
    ['exa_mple.com', 'invalid-host'],
    ['example..com', 'invalid-host'],
    ['999.1.1.1', 'invalid-host'],
    ['/just/a/path', 'invalid-host'],
    ['http:example.com', 'invalid-host'],
    [`${'a'.repeat(64)}.com`, 'invalid-host'],
    [`${'a.'.repeat(200)}com`, 'too-long'],
  ])('%p is refused (%s)', (input, error) => {
    expect(normalizeSite(input)).toEqual({ ok: false, error });
  });

  it('is fast on long hostile input', () => {
    const started = performance.now();
    for (let i = 0; i < 200; i++) normalizeSite(`${'a-'.repeat(140)}!`);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('isCanonicalOrigin', () => {
  it('accepts only what normalizeSite produces', () => {
    expect(isCanonicalOrigin('https://example.com')).toBe(true);
    expect(isCanonicalOrigin('example.com')).toBe(false);
    expect(isCanonicalOrigin('https://example.com/')).toBe(false);
    expect(isCanonicalOrigin('https://Example.com')).toBe(false);
    expect(isCanonicalOrigin(null)).toBe(false);
  });
});

describe('urlMatchesPattern', () => {
  const u = (s: string) => new URL(s);
  it('matches scheme, host and path like the manifest', () => {
    expect(urlMatchesPattern(u('https://x.com/home'), 'https://x.com/*')).toBe(true);
    expect(urlMatchesPattern(u('http://x.com/home'), 'https://x.com/*')).toBe(false);
    expect(urlMatchesPattern(u('https://evilx.com/'), 'https://x.com/*')).toBe(false);
    expect(urlMatchesPattern(u('https://x.com.evil.net/'), 'https://x.com/*')).toBe(false);
    expect(urlMatchesPattern(u('https://a.b.example.com/'), 'https://*.example.com/*')).toBe(true);
    expect(urlMatchesPattern(u('https://example.com/'), 'https://*.example.com/*')).toBe(true);
    expect(urlMatchesPattern(u('http://127.0.0.1:4599/index.html'), 'http://127.0.0.1/*')).toBe(true);
    expect(urlMatchesPattern(u('https://x.com/a/b'), 'https://x.com/a/*')).toBe(true);
    expect(urlMatchesPattern(u('https://x.com/b'), 'https://x.com/a/*')).toBe(false);
    expect(urlMatchesPattern(u('https://x.com/'), 'not a pattern')).toBe(false);
  });
});
