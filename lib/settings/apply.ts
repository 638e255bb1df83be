/**
 * What settings mean for a page: is the coach active here, and which options does the tone
 * engine get. Pure functions (no storage, no DOM), used by the content script, popup and options.
 */
import { type BuiltInSite, builtInSitesFor } from '../sites';
import type { ToneOptions } from '../tone/types';
import { CATEGORY_IDS, type Settings } from './model';
import { normalizeSite, urlMatchesPattern } from './site-pattern';

export {
  matchPatternFor,
  normalizeSite,
  type SitePatternError,
  type SitePatternResult,
} from './site-pattern';

/** The built-in sites of this build (the e2e build adds the loopback playground). */
export const KNOWN_SITES: readonly BuiltInSite[] = builtInSitesFor(import.meta.env.MODE);

export type SiteMatch =
  /** A page of a built-in site. */
  | { kind: 'built-in'; site: BuiltInSite; origin: string }
  /** An http(s) page of a site that is not built in (the person may have added it). */
  | { kind: 'other'; origin: string; host: string }
  /** A page the coach can never run on (browser pages, files, the extension's own pages). */
  | { kind: 'unsupported' };

/** Which site a page address belongs to. Never throws. */
export function siteOf(
  url: string | URL | undefined | null,
  sites: readonly BuiltInSite[] = KNOWN_SITES,
): SiteMatch {
  let parsed: URL;
  try {
    parsed = typeof url === 'string' ? new URL(url) : url instanceof URL ? url : new URL('');
  } catch {
    return { kind: 'unsupported' };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return { kind: 'unsupported' };
  const site = sites.find((s) => s.matches.some((m) => urlMatchesPattern(parsed, m)));
  if (site) return { kind: 'built-in', site, origin: parsed.origin };
  const normalized = normalizeSite(parsed.origin);
  if (!normalized.ok) return { kind: 'unsupported' };
  return { kind: 'other', origin: normalized.origin, host: normalized.host };
}

export function isBuiltInOn(settings: Settings, id: string): boolean {
  return settings.sites.builtIn[id] !== false;
}

/** Is the coach switched on for this page's site (ignoring a pause)? */
export function isSiteEnabled(
  settings: Settings,
  url: string | URL,
  sites: readonly BuiltInSite[] = KNOWN_SITES,
) {
  const match = siteOf(url, sites);
  if (match.kind === 'built-in') return isBuiltInOn(settings, match.site.id);
  if (match.kind === 'other') return settings.sites.custom.includes(match.origin);
  return false;
}

export function isPaused(settings: Settings, now: number): boolean {
  const p = settings.pausedUntil;
  if (p === null) return false;
  if (p === 'forever') return true;
  return now < p;
}

/** Is the coach active on this page right now: site on and not paused. */
export function isActiveOn(
  settings: Settings,
  url: string | URL,
  now: number = Date.now(),
  sites: readonly BuiltInSite[] = KNOWN_SITES,
): boolean {
  return !isPaused(settings, now) && isSiteEnabled(settings, url, sites);
}

/**
 * When the answer of isActiveOn can change by itself (a timed pause ending), in ms since the
 * epoch; null when only a settings change can change it. Lets a page set one timer.
 */
export function nextChangeAt(settings: Settings, now: number = Date.now()): number | null {
  const p = settings.pausedUntil;
  return typeof p === 'number' && p > now ? p : null;
}

export type PauseChoice = 'hour' | 'tomorrow' | 'forever';

/** The hour "until tomorrow" means: tomorrow morning, local time. */
export const TOMORROW_HOUR = 8;

/** The pausedUntil value for a pause choice made at `now`. */
export function pauseUntilFor(choice: PauseChoice, now: number = Date.now()): number | 'forever' {
  if (choice === 'forever') return 'forever';
  if (choice === 'hour') return now + 60 * 60 * 1000;
  const d = new Date(now);
  d.setDate(d.getDate() + 1);
  d.setHours(TOMORROW_HOUR, 0, 0, 0);
  return d.getTime();
}

/** The tone engine's options for these settings. */
export function toneOptionsFor(settings: Settings): ToneOptions {
  return {
    sensitivity: settings.sensitivity,
    categories: CATEGORY_IDS.filter((id) => settings.categories[id]),
    customPhrases: settings.customPhrases
      .filter((p) => settings.categories[p.category])
      .map((p) => (p.replacement ? { ...p } : { phrase: p.phrase, category: p.category })),
    ignoredPhrases: [...settings.ignoredPhrases],
  };
}
