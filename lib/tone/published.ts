import { detect } from './index';
import type { Analysis, CustomPhrase, Finding, Suggestion, ToneOptions } from './types';

/**
 * An analysis as the detection bundle hands it to the coach, key for key the same.
 *
 * The detection bundle's minifier shortens some of the engine's own property names, among them a
 * finding's `start`, `end`, `rule`, `severity`, `why`, `suggestions` and `pause` (scripts/detect-only.ts, MANGLED_PROPS),
 * read some 2,600 times in the engine. A quoted key keeps its name: this copy, made once an analysis
 * is done (`detectPublished`), gives the coach the names it reads. In the source (and in every
 * other bundle) it is an exact copy.
 */
// biome-ignore format: quoted keys on purpose
export function published(a: Analysis): Analysis {
  return { 'flagged': a.flagged, heat: a.heat, 'findings': a.findings.map(finding) };
}

// The quotes are what keep these names in the detection bundle (the formatter would drop them).
// biome-ignore format: quoted keys on purpose
function finding(f: Finding): Finding {
  const out: Finding = {
    id: f.id,
    'category': f.category,
    'rule': f.rule,
    'start': f.start,
    'end': f.end,
    'severity': f.severity,
    'why': f.why,
    'suggestions': f.suggestions.map(suggestion),
    ...(f.pause === undefined ? {} : { 'pause': f.pause }),
  };
  return out;
}

// biome-ignore format: quoted keys on purpose
function suggestion(s: Suggestion): Suggestion {
  const out: Suggestion = { label: s.label, 'start': s.start, 'end': s.end, replacement: s.replacement };
  if (s.placeholder !== undefined) out.placeholder = { 'start': s.placeholder.start, 'end': s.placeholder.end };
  return out;
}

/**
 * The options as the coach hands them, read under the names it writes. The detection bundle shortens
 * the options' names too (`sensitivity`, `categories`, `customPhrases`, `ignoredPhrases` and a
 * custom phrase's `category`, read about 140 times in the engine); a quoted read keeps its name. In
 * the source (and in every other bundle) it is the same options: a name not given reads as
 * undefined, which the engine takes as not given.
 */
function received(o: Partial<ToneOptions>): Partial<ToneOptions> {
  const got: Partial<ToneOptions> = {
    // biome-ignore lint/complexity/useLiteralKeys: quoted on purpose (the name the coach writes)
    sensitivity: o['sensitivity'],
    // biome-ignore lint/complexity/useLiteralKeys: quoted on purpose
    categories: o['categories'],
    // biome-ignore lint/complexity/useLiteralKeys: quoted on purpose
    customPhrases: o['customPhrases'],
    // biome-ignore lint/complexity/useLiteralKeys: quoted on purpose
    ignoredPhrases: o['ignoredPhrases'],
  };
  const custom = got.customPhrases;
  return Array.isArray(custom) ? { ...got, customPhrases: custom.map(phrase) } : got;
}

/** A custom phrase as the coach wrote it, its `category` under the engine's name. */
function phrase(p: CustomPhrase): CustomPhrase {
  // biome-ignore lint/complexity/useLiteralKeys: quoted on purpose
  return p && typeof p === 'object' ? { ...p, category: p['category'] } : p;
}

/** `detect`, its analysis `published`: what the detection bundle hands the coach (entrypoints/detect.ts). */
export function detectPublished(text: string, options?: Partial<ToneOptions>): Analysis {
  return published(detect(text, options && received(options)));
}
