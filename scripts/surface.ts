/**
 * Surface invariance: the same message as other people type it. Each transformation changes how a
 * labelled sentence is typed, never what it says, one transformation at a time:
 *
 * - lower: all lower case (not for messages with capital runs: shouting is heat);
 * - noapos: apostrophes dropped ("youre", "dont", "im", "thats");
 * - chat: one texting spelling at a time (u, ur, r, ya, y, pls, cuz, bc, rn, tho, wat, dat);
 * - nopunct: the final marks dropped (not "!!", "?!", "??": heat);
 * - stretch: one word stretched ("sooo", "neverrrr", "stuuupid");
 * - vocative: a name or an address before or after ("Sam, …", "…, dude");
 * - filler: a filler word before or after ("honestly", "tbh", "like", "omg", "ugh", "… lol");
 * - emoji: an emoji at the end (😒 🙄 😡);
 * - intensifier: "so", "really", "actually", "just" inserted where grammatical;
 * - curly: curly apostrophes;
 * - typo: two neighbouring letters swapped in the longest word (seven letters or more).
 *
 * Sources: our own files only (fresh-s*.tsv, kinds-*-fresh.tsv, ../shared/corpus/dev.tsv), never the
 * blind or holdout sets. A hostile source (F) that the engine flags at balanced is *lost* by a variant
 * that is not flagged; a warm source (N) that it leaves clean is *newly flagged* by a variant that is.
 *
 *   npx tsx scripts/surface.ts [--show KIND|all] [--label F|N] [--limit N] [--by-name]
 *
 * Node only; never imported by the extension.
 */
import path from 'node:path';
import { analyze } from '../lib/tone/index';
import { valence } from '../lib/tone/lexicon';
import { type Row, repoRoot } from './corpus';
import {
  CAPS_RUN,
  distinctVariants,
  insertionPoints,
  labelledRows,
  matchCase,
  splitTail,
  wordRe,
} from './variants';

export type SurfaceKind =
  | 'lower'
  | 'noapos'
  | 'chat'
  | 'nopunct'
  | 'stretch'
  | 'vocative'
  | 'filler'
  | 'emoji'
  | 'intensifier'
  | 'curly'
  | 'typo';
export const SURFACE_KINDS: readonly SurfaceKind[] = [
  'lower',
  'noapos',
  'chat',
  'nopunct',
  'stretch',
  'vocative',
  'filler',
  'emoji',
  'intensifier',
  'curly',
  'typo',
];

export interface SurfaceVariant {
  kind: SurfaceKind;
  name: string;
  text: string;
}

const WORD = /[\p{L}\p{N}'\u2019]+/gu;

function words(text: string): Array<{ w: string; start: number; end: number }> {
  const out: Array<{ w: string; start: number; end: number }> = [];
  for (const m of text.matchAll(WORD)) out.push({ w: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

function lowerVariants(text: string): SurfaceVariant[] {
  if (CAPS_RUN.test(text.replace(/\b(?:I|OK|TV|LOL|OMG|WTF|USA|UK|NYC|CEO|HR|PM|AM|ID)\b/g, ''))) return [];
  const v = text.toLowerCase();
  return v === text ? [] : [{ kind: 'lower', name: 'lower', text: v }];
}

function noAposVariants(text: string): SurfaceVariant[] {
  const v = text.replace(/(?<=\p{L})['\u2019](?=\p{L})/gu, '');
  return v === text ? [] : [{ kind: 'noapos', name: 'no apostrophes', text: v }];
}

function curlyVariants(text: string): SurfaceVariant[] {
  const v = text.replace(/(?<=\p{L})'(?=\p{L})/gu, '\u2019');
  return v === text ? [] : [{ kind: 'curly', name: 'curly', text: v }];
}

/** Texting spellings: [from, to]; each applied to every occurrence, one mapping at a time. */
const CHAT: ReadonlyArray<readonly [string, string]> = [
  ['you', 'u'],
  ['you', 'ya'],
  ['your', 'ur'],
  ["you're", 'ur'],
  ["you're", 'u r'],
  ['are', 'r'],
  ['why', 'y'],
  ['please', 'pls'],
  ['because', 'cuz'],
  ['because', 'bc'],
  ['right now', 'rn'],
  ['though', 'tho'],
  ['what', 'wat'],
  ['that', 'dat'],
  ['to be honest', 'tbh'],
  ['oh my god', 'omg'],
  ['really', 'rly'],
  ['people', 'ppl'],
  ['something', 'smth'],
  ['seriously', 'srsly'],
  ['with', 'w/'],
  ['about', 'abt'],
  ['tonight', 'tonite'],
  ['okay', 'ok'],
];

function chatVariants(text: string): SurfaceVariant[] {
  const out: SurfaceVariant[] = [];
  for (const [from, to] of CHAT) {
    // "you" as "ya" only in the subject or object slot, never "you're" → "ya're".
    const re = wordRe(from);
    if (!re.test(text)) continue;
    re.lastIndex = 0;
    const v = text.replace(re, (m) => (CAPS_RUN.test(m) ? to.toUpperCase() : matchCase(m, to)));
    if (v !== text) out.push({ kind: 'chat', name: `${from}→${to}`, text: v });
  }
  return out;
}

function noPunctVariants(text: string): SurfaceVariant[] {
  const [body, tail] = splitTail(text);
  const marks = tail.replace(/[^.!?\u2026]/g, '');
  if (!marks || /!!|\?!|!\?|\?\?/.test(marks) || !/\p{L}/u.test(body)) return [];
  return [
    { kind: 'nopunct', name: `drop "${marks}"`, text: body + tail.replace(/[.!?\u2026]/g, '').trimEnd() },
  ];
}

/** Words people stretch, and how. */
const STRETCHES: ReadonlyArray<readonly [string, string]> = [
  ['so', 'sooo'],
  ['never', 'neverrrr'],
  ['always', 'alwaysss'],
  ['really', 'reallyyy'],
  ['stupid', 'stuuupid'],
  ['seriously', 'seriouslyyy'],
  ['please', 'pleaseee'],
  ['ever', 'everrr'],
  ['no', 'nooo'],
  ['all', 'alll'],
  ['literally', 'literallyyy'],
  ['annoying', 'annoyinggg'],
  ['much', 'muchhh'],
  ['way', 'wayyy'],
  ['sorry', 'sorryyy'],
  ['thanks', 'thanksss'],
  ['love', 'loveee'],
  ['god', 'godddd'],
  ['omg', 'omggg'],
];

function stretchVariants(text: string): SurfaceVariant[] {
  const out: SurfaceVariant[] = [];
  for (const [from, to] of STRETCHES) {
    const re = wordRe(from, '');
    const m = re.exec(text);
    if (!m) continue;
    out.push({
      kind: 'stretch',
      name: `${from}→${to}`,
      text: text.slice(0, m.index) + matchCase(m[0], to) + text.slice(m.index + m[0].length),
    });
  }
  // The last word of four letters or more: its last letter stretched ("ridiculousss").
  const ws = words(text).filter((w) => /^\p{Ll}{4,}$/u.test(w.w));
  const last = ws[ws.length - 1];
  if (last && !out.some((v) => v.name.startsWith(`${last.w.toLowerCase()}→`))) {
    const c = last.w.slice(-1);
    out.push({
      kind: 'stretch',
      name: 'last word +3',
      text: text.slice(0, last.end) + c.repeat(3) + text.slice(last.end),
    });
  }
  return out;
}

const VOC_BEFORE = ['Sam,', 'bro', 'dude,', 'babe,'];
const VOC_AFTER = [', dude', ', bro', ', babe', ', mate', ' Sam'];
const FILLER_BEFORE = ['honestly', 'tbh', 'like', 'literally', 'omg', 'ugh', 'seriously'];
const FILLER_AFTER = [' lol', ' tbh', ' honestly', ' seriously', ' ugh', ' lmao'];
const EMOJI = ['😒', '🙄', '😡'];

/** The text with `word` before it (the old first capital lowered unless it keeps one). */
function before(text: string, word: string): string {
  const lead = /^\s*/.exec(text)?.[0] ?? '';
  const rest = text.slice(lead.length);
  const shouting = CAPS_RUN.test(rest) && rest === rest.toUpperCase();
  const capital = /^\p{Lu}/u.test(rest);
  const keeps = shouting || /^I(?![\p{L}])/u.test(rest) || /^\p{Lu}{2,}/u.test(rest);
  const body = capital && !keeps ? rest.charAt(0).toLowerCase() + rest.slice(1) : rest;
  let w = shouting ? word.toUpperCase() : word;
  if (capital && !shouting) w = w.charAt(0).toUpperCase() + w.slice(1);
  return `${lead}${w} ${body}`;
}

/** The text with `add` before its final marks ("you're rude, dude."). */
function after(text: string, add: string): string {
  const [body, tail] = splitTail(text);
  const shouting = CAPS_RUN.test(body) && body === body.toUpperCase();
  return `${body}${shouting ? add.toUpperCase() : add}${tail}`;
}

function vocativeVariants(text: string): SurfaceVariant[] {
  if (!/\p{L}/u.test(text)) return [];
  return [
    ...VOC_BEFORE.map((w) => ({ kind: 'vocative' as const, name: `${w} …`, text: before(text, w) })),
    ...VOC_AFTER.map((w) => ({ kind: 'vocative' as const, name: `…${w}`, text: after(text, w) })),
  ];
}

function fillerVariants(text: string): SurfaceVariant[] {
  if (!/\p{L}/u.test(text)) return [];
  return [
    ...FILLER_BEFORE.map((w) => ({ kind: 'filler' as const, name: `${w} …`, text: before(text, w) })),
    ...FILLER_AFTER.map((w) => ({ kind: 'filler' as const, name: `…${w}`, text: after(text, w) })),
  ];
}

function emojiVariants(text: string): SurfaceVariant[] {
  return EMOJI.map((e) => ({ kind: 'emoji' as const, name: `+ ${e}`, text: `${text.trimEnd()} ${e}` }));
}

const INTENSIFIERS = ['so', 'really', 'actually', 'just'];
const NO_SO_BEFORE =
  /^(?:a|an|the|my|your|his|her|our|their|being|going|gonna|always|never|on|in|at|with|like|one|no|acting|doing|trying|making|talking|saying|still|done|over|out|up)$/;

function intensifierVariants(text: string): SurfaceVariant[] {
  const out: SurfaceVariant[] = [];
  const points = insertionPoints(text).slice(0, 2);
  for (const word of INTENSIFIERS)
    for (const p of points) {
      // "so" before a describing word only ("you're so rude", not "you're so driving me").
      if (word === 'so' && (!p.afterCopula || NO_SO_BEFORE.test(p.next) || valence(p.next) === 0)) continue;
      out.push({
        kind: 'intensifier',
        name: `+${word}`,
        text: `${text.slice(0, p.at)} ${word}${text.slice(p.at)}`,
      });
    }
  return out;
}

function typoVariants(text: string): SurfaceVariant[] {
  let best: { w: string; start: number; end: number } | null = null;
  for (const w of words(text))
    if (/^\p{Ll}{7,}$/u.test(w.w) && (!best || w.w.length > best.w.length)) best = w;
  if (!best) return [];
  const i = Math.floor(best.w.length / 2);
  const a = best.w[i - 1] as string;
  const b = best.w[i] as string;
  if (a === b) return [];
  const typo = best.w.slice(0, i - 1) + b + a + best.w.slice(i + 1);
  return [{ kind: 'typo', name: 'swap', text: text.slice(0, best.start) + typo + text.slice(best.end) }];
}

/** Every surface variant of `text`, deduplicated, never the text itself. */
export function surfaceVariants(text: string): SurfaceVariant[] {
  const all = [
    ...lowerVariants(text),
    ...noAposVariants(text),
    ...chatVariants(text),
    ...noPunctVariants(text),
    ...stretchVariants(text),
    ...vocativeVariants(text),
    ...fillerVariants(text),
    ...emojiVariants(text),
    ...intensifierVariants(text),
    ...curlyVariants(text),
    ...typoVariants(text),
  ];
  return distinctVariants(text, all);
}

/** Our own labelled files: fresh-s*.tsv, kinds-*-fresh.tsv and dev.tsv (never blind or holdout). */
export function surfaceRows(): Array<Row & { file: string }> {
  return labelledRows((f) => /^fresh-s.*\.tsv$/.test(f) || /^kinds-.*-fresh\.tsv$/.test(f));
}

export interface SurfaceTally {
  /** Hostile variants and how many of them are no longer flagged. */
  hostile: number;
  lost: number;
  /** Warm variants and how many of them are flagged. */
  warm: number;
  flagged: number;
}
export interface SurfaceResult {
  sources: { hostile: number; warm: number };
  byKind: Record<SurfaceKind, SurfaceTally>;
  byName: Map<string, SurfaceTally>;
  failures: Array<{ kind: SurfaceKind; name: string; label: string; source: string; text: string }>;
}

const flaggedAt = (t: string) => analyze(t, { sensitivity: 'balanced' }).flagged;

export function measureSurface(
  rows: readonly Row[],
  flagged: (text: string) => boolean = flaggedAt,
): SurfaceResult {
  const tally = (): SurfaceTally => ({ hostile: 0, lost: 0, warm: 0, flagged: 0 });
  const res: SurfaceResult = {
    sources: { hostile: 0, warm: 0 },
    byKind: Object.fromEntries(SURFACE_KINDS.map((k) => [k, tally()])) as Record<SurfaceKind, SurfaceTally>,
    byName: new Map(),
    failures: [],
  };
  for (const r of rows) {
    const hostile = r.label === 'F';
    if (flagged(r.text) !== hostile) continue;
    res.sources[hostile ? 'hostile' : 'warm']++;
    for (const v of surfaceVariants(r.text)) {
      const bad = flagged(v.text) !== hostile;
      let named = res.byName.get(`${v.kind}\t${v.name}`);
      if (!named) {
        named = tally();
        res.byName.set(`${v.kind}\t${v.name}`, named);
      }
      for (const t of [res.byKind[v.kind], named]) {
        if (hostile) {
          t.hostile++;
          if (bad) t.lost++;
        } else {
          t.warm++;
          if (bad) t.flagged++;
        }
      }
      if (bad)
        res.failures.push({ kind: v.kind, name: v.name, label: r.label, source: r.text, text: v.text });
    }
  }
  return res;
}

export function surfaceReport(r: SurfaceResult): string {
  const lines = [
    `surface invariance (${r.sources.hostile} hostile sources flagged, ${r.sources.warm} warm sources clean)`,
    '  kind          hostile lost            warm newly flagged',
  ];
  let h = 0;
  let l = 0;
  let w = 0;
  let f = 0;
  for (const k of SURFACE_KINDS) {
    const t = r.byKind[k];
    h += t.hostile;
    l += t.lost;
    w += t.warm;
    f += t.flagged;
    lines.push(`  ${k.padEnd(12)}  ${`${t.lost}/${t.hostile}`.padEnd(22)}  ${t.flagged}/${t.warm}`);
  }
  lines.push(`  ${'all'.padEnd(12)}  ${`${l}/${h}`.padEnd(22)}  ${f}/${w}`);
  return lines.join('\n');
}

// CLI
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(repoRoot, 'scripts', 'surface.ts')) {
  const args = process.argv.slice(2);
  const opt = (n: string) => {
    const i = args.indexOf(n);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const t0 = performance.now();
  const r = measureSurface(surfaceRows());
  console.log(surfaceReport(r));
  if (args.includes('--by-name'))
    for (const [name, t] of [...r.byName].sort((a, b) => b[1].lost + b[1].flagged - a[1].lost - a[1].flagged))
      if (t.lost + t.flagged > 0)
        console.log(`  ${name.padEnd(34)} lost ${t.lost}/${t.hostile}  flagged ${t.flagged}/${t.warm}`);
  const show = opt('--show');
  if (show) {
    const limit = Number(opt('--limit') ?? 1e9);
    let shown = 0;
    for (const f of r.failures) {
      if (show !== 'all' && show !== f.kind && show !== f.name) continue;
      if (opt('--label') && opt('--label') !== f.label) continue;
      if (shown++ >= limit) break;
      console.log(`  ${f.label} [${f.kind} ${f.name}]  ${f.text}`);
    }
  }
  console.log(`(${((performance.now() - t0) / 1000).toFixed(1)} s)`);
}
