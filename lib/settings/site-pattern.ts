/**
 * Sites a person adds: parsing what they type ("example.com", "https://chat.example.com",
 * a pasted address) into one canonical origin, and matching addresses against match patterns.
 *
 * A custom site is stored as `scheme://hostname` (lower-case, punycode, no port, no path). Ports
 * are left out on purpose: Firefox match patterns cannot carry a port, so the permission we ask
 * for (`scheme://hostname/*`) covers every port of that host on both browsers.
 */

export type SitePatternError =
  | 'empty'
  | 'too-long'
  | 'spaces'
  | 'wildcard'
  | 'scheme'
  | 'credentials'
  | 'invalid-host';

export type SitePatternResult =
  | { ok: true; origin: string; host: string; matchPattern: string }
  | { ok: false; error: SitePatternError };

const MAX_INPUT = 300;
/** One DNS label: letters, digits, hyphens inside, 1–63 characters (after punycode). */
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const IPV4 = /^(?:\d{1,3})(?:\.\d{1,3}){3}$/;

function validHostname(host: string): boolean {
  if (host.length === 0 || host.length > 253) return false;
  if (host === 'localhost') return true;
  if (IPV4.test(host)) return host.split('.').every((part) => Number(part) <= 255);
  if (host.startsWith('[') && host.endsWith(']')) return true; // IPv6, already checked by URL
  const labels = host.split('.');
  // A site needs a dot ("example.com"); single words are almost always typos.
  if (labels.length < 2) return false;
  // The last label (top-level domain) is never all digits.
  if (/^\d+$/.test(labels[labels.length - 1] ?? '')) return false;
  return labels.every((label) => LABEL.test(label));
}

/**
 * Turn what a person typed into a site origin, or say clearly why not. Accepts a host
 * ("example.com"), an origin ("https://example.com", "http://localhost:3000") or a pasted
 * address ("https://example.com/some/page"; the path is dropped). Never throws.
 */
export function normalizeSite(input: unknown): SitePatternResult {
  if (typeof input !== 'string') return { ok: false, error: 'empty' };
  const raw = input.trim();
  if (raw.length === 0) return { ok: false, error: 'empty' };
  if (raw.length > MAX_INPUT) return { ok: false, error: 'too-long' };
  if (/\s/.test(raw)) return { ok: false, error: 'spaces' };
  if (raw.includes('*')) return { ok: false, error: 'wildcard' };
  // "user:password@host" before any path: never store credentials.
  const authority = raw.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').split(/[/?#]/)[0] ?? '';
  if (authority.includes('@')) return { ok: false, error: 'credentials' };

  const schemeMatch = /^([a-z][a-z0-9+.-]*):/i.exec(raw);
  let candidate = raw;
  if (schemeMatch) {
    const scheme = schemeMatch[1]?.toLowerCase();
    const looksLikeHostPort = /^[^/:]+:\d+(?:[/?#]|$)/.test(raw); // "localhost:3000"
    if (!looksLikeHostPort) {
      if (scheme !== 'http' && scheme !== 'https') return { ok: false, error: 'scheme' };
      if (!/^https?:\/\//i.test(raw)) return { ok: false, error: 'invalid-host' };
    } else {
      candidate = `https://${raw}`;
    }
  } else {
    if (raw.startsWith('/')) return { ok: false, error: 'invalid-host' };
    candidate = `https://${raw}`;
  }

  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return { ok: false, error: 'invalid-host' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, error: 'scheme' };
  if (url.username || url.password) return { ok: false, error: 'credentials' };
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  if (!validHostname(host)) return { ok: false, error: 'invalid-host' };
  const scheme = url.protocol.slice(0, -1);
  const origin = `${scheme}://${host}`;
  return { ok: true, origin, host, matchPattern: `${origin}/*` };
}

/** True when `value` is already a canonical custom-site origin (what normalizeSite returns). */
export function isCanonicalOrigin(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const result = normalizeSite(value);
  return result.ok && result.origin === value;
}

/** The permission pattern for a canonical custom-site origin. */
export function matchPatternFor(origin: string): string {
  return `${origin}/*`;
}

/**
 * Does `url` fall under a match pattern of the kind the built-in list uses
 * (`scheme://host/*`, `scheme://*.host/*`, `*://host/*`)? Ports are ignored, like Chrome does.
 */
export function urlMatchesPattern(url: URL, pattern: string): boolean {
  const m = /^(\*|https?):\/\/([^/]+)(\/.*)$/.exec(pattern);
  if (!m) return false;
  const [, scheme, host, path] = m;
  const protocol = url.protocol.slice(0, -1);
  if (scheme === '*' ? protocol !== 'http' && protocol !== 'https' : protocol !== scheme) return false;
  const hostname = url.hostname.toLowerCase();
  if (host === '*') {
    // any host
  } else if (host?.startsWith('*.')) {
    const base = host.slice(2);
    if (hostname !== base && !hostname.endsWith(`.${base}`)) return false;
  } else if (hostname !== host) {
    return false;
  }
  if (!path) return false;
  // Only a trailing '*' is supported (all the patterns we use): a plain prefix test, linear.
  const star = path.indexOf('*');
  if (star === -1) return url.pathname === path;
  if (star !== path.length - 1) return false;
  return url.pathname.startsWith(path.slice(0, -1));
}
