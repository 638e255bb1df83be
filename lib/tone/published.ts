import { detect } from './index';
import type { Analysis, Finding, Suggestion, ToneOptions } from './types';

/**
 * An analysis as the detection bundle hands it to the coach, key for key the same.
 *
 * The detection bundle's minifier shortens some of the engine's own property names, among them a
 * finding's `start`, `end`, `rule`, `severity` and `why` (scripts/detect-only.ts, MANGLED_PROPS),
 * read some 2,600 times in the engine. A quoted key keeps its name: this copy, made once an analysis
 * is done (`detectPublished`), gives the coach the names it reads. In the source (and in every
 * other bundle) it is an exact copy.
 */
export function published(a: Analysis): Analysis {
  return { flagged: a.flagged, heat: a.heat, findings: a.findings.map(finding) };
}

// The quotes are what keep these names in the detection bundle (the formatter would drop them).
// biome-ignore format: quoted keys on purpose
function finding(f: Finding): Finding {
  const out: Finding = {
    id: f.id,
    category: f.category,
    'rule': f.rule,
    'start': f.start,
    'end': f.end,
    'severity': f.severity,
    'why': f.why,
    suggestions: f.suggestions.map(suggestion),
  };
  if (f.pause !== undefined) out.pause = f.pause;
  return out;
}

// biome-ignore format: quoted keys on purpose
function suggestion(s: Suggestion): Suggestion {
  const out: Suggestion = { label: s.label, 'start': s.start, 'end': s.end, replacement: s.replacement };
  if (s.placeholder !== undefined) out.placeholder = { 'start': s.placeholder.start, 'end': s.placeholder.end };
  return out;
}

/** `detect`, its analysis `published`: what the detection bundle hands the coach (entrypoints/detect.ts). */
export function detectPublished(text: string, options?: Partial<ToneOptions>): Analysis {
  return published(detect(text, options));
}
