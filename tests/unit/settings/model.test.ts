/**
 * model.ts reads settings without zod (the coach bundle carries none). Its readers must accept and
 * give exactly what the strict schema's parts (schema.ts, zod) do, and `parseSettings` exactly what
 * it gave when it read with those parts (the reference below is that code), on hand-picked and on
 * random values.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import {
  CATEGORY_IDS,
  defaultSettings,
  isPausedUntil,
  isRecord,
  isSiteId,
  LIMITS,
  parseSettings,
  phraseKey,
  readCustomPhrase,
  readPhrase,
  readReplacement,
  SCHEMA_PARTS,
  SETTINGS_VERSION,
  type Settings,
} from '../../../lib/settings/schema';

const P = SCHEMA_PARTS;

function zodRead<T>(schema: z.ZodMiniType<T>, value: unknown): T | undefined {
  const r = schema.safeParse(value);
  return r.success ? r.data : undefined;
}

/** parseSettings as it was, reading with the zod parts. */
function referenceParse(input: unknown): Settings {
  try {
    const d = defaultSettings();
    if (!isRecord(input)) return d;
    const field = <T>(schema: z.ZodMiniType<T>, value: unknown, fallback: T): T => {
      const r = schema.safeParse(value);
      return r.success ? r.data : fallback;
    };
    const keepValid = <T>(
      value: unknown,
      item: z.ZodMiniType<T>,
      max: number,
      key: (t: T) => string,
    ): T[] => {
      if (!Array.isArray(value)) return [];
      const out: T[] = [];
      const seen = new Set<string>();
      for (const candidate of value.slice(0, max * 4)) {
        const parsed = item.safeParse(candidate);
        if (!parsed.success) continue;
        const k = key(parsed.data);
        if (seen.has(k)) continue;
        seen.add(k);
        out.push(parsed.data);
        if (out.length >= max) break;
      }
      return out;
    };
    const isBool = (v: unknown) => typeof v === 'boolean';
    const categoriesIn = isRecord(input.categories) ? input.categories : {};
    const categories = { ...d.categories };
    for (const id of CATEGORY_IDS)
      categories[id] = isBool(categoriesIn[id]) ? (categoriesIn[id] as boolean) : d.categories[id];
    const sitesIn = isRecord(input.sites) ? input.sites : {};
    const builtIn: Record<string, boolean> = {};
    if (isRecord(sitesIn.builtIn)) {
      let n = 0;
      for (const [id, on] of Object.entries(sitesIn.builtIn)) {
        if (n >= LIMITS.builtInOverrides) break;
        if (typeof on !== 'boolean' || !P.SiteIdSchema.safeParse(id).success) continue;
        builtIn[id] = on;
        n++;
      }
    }
    return {
      version: SETTINGS_VERSION,
      sensitivity: field(P.SensitivitySchema, input.sensitivity, d.sensitivity),
      categories,
      sites: { builtIn, custom: keepValid(sitesIn.custom, P.OriginSchema, LIMITS.customSites, (o) => o) },
      customPhrases: keepValid(input.customPhrases, P.CustomPhraseSchema, LIMITS.customPhrases, (p) =>
        phraseKey(p.phrase),
      ).map((p) => (p.replacement ? p : { phrase: p.phrase, category: p.category })),
      ignoredPhrases: keepValid(input.ignoredPhrases, P.PhraseSchema, LIMITS.ignoredPhrases, phraseKey),
      pausedUntil: field(P.PausedUntilSchema, input.pausedUntil, d.pausedUntil),
      pauseBeforeSend: isBool(input.pauseBeforeSend) ? (input.pauseBeforeSend as boolean) : d.pauseBeforeSend,
      pauseFor: field(P.PauseForSchema, input.pauseFor, d.pauseFor),
      statsEnabled: isBool(input.statsEnabled) ? (input.statsEnabled as boolean) : d.statsEnabled,
    };
  } catch {
    return defaultSettings();
  }
}

/** Same value, the same keys in the same order all the way down (absent and undefined differ). */
function expectSame(got: unknown, want: unknown, label: string) {
  expect(
    JSON.stringify(got, (_k, v) => (v === undefined ? '<undefined>' : v)),
    label,
  ).toBe(JSON.stringify(want, (_k, v) => (v === undefined ? '<undefined>' : v)));
  expect(got, label).toStrictEqual(want);
}

const x = (n: number) => 'x'.repeat(n);
const pieces = fc.constantFrom(
  'a',
  'hey',
  ' ',
  '  ',
  '\t',
  '\n',
  '\r\n',
  '\u0000',
  '\u0007',
  '\u007f',
  '\u0085',
  '\u00a0',
  '\u200e',
  '\u202e',
  '\u2066',
  '\u061c',
  '\u3000',
  'é',
  '😀',
  x(60),
  x(119),
  x(120),
  x(299),
  x(300),
  x(479),
);
/** Strings near the edges: spaces and control or bidi marks anywhere, lengths near each bound. */
const text = fc.oneof(
  fc.array(pieces, { maxLength: 6 }).map((a) => a.join('')),
  fc.constantFrom('', x(480), x(481), x(1200), x(1201), ` ${x(120)} `, ` ${x(121)}`),
  fc.string(),
);
const siteId = fc.oneof(
  fc.constantFrom('reddit', 'x', 'a-b', '-a', 'A', 'a_b', '0', x(64), x(65), '', 'é'),
  fc.stringMatching(/^[a-z0-9-]{0,6}$/),
);
const origin = fc.constantFrom(
  'https://example.com',
  'http://example.com',
  'https://example.com/',
  'https://Example.com',
  'https://a.b.c:8443',
  'ftp://example.com',
  'example.com',
  '',
);
const anyValue = fc.oneof(
  fc.constantFrom(
    undefined,
    null,
    true,
    false,
    0,
    -0,
    -1,
    1.5,
    2 ** 53,
    2 ** 53 - 1,
    Number.NaN,
    'forever',
    [],
  ),
  fc.constantFrom(Number.POSITIVE_INFINITY, Date.now(), 'balanced', 'strict', 'loud', 'heated', 'tense'),
  fc.anything({ maxDepth: 1 }),
);
const category = fc.oneof(fc.constantFrom(...CATEGORY_IDS), fc.constantFrom('other', '', undefined));
const customPhrase = fc.oneof(
  fc.record(
    { phrase: fc.oneof(text, anyValue), category, replacement: fc.oneof(text, anyValue), extra: anyValue },
    { requiredKeys: [] },
  ),
  anyValue,
);
const settingsLike = fc.record(
  {
    version: fc.constantFrom(1, 0, 2, undefined),
    sensitivity: anyValue,
    categories: fc.oneof(
      fc.dictionary(fc.constantFrom(...CATEGORY_IDS, 'other'), fc.oneof(fc.boolean(), anyValue)),
      anyValue,
    ),
    sites: fc.oneof(
      fc.record(
        {
          builtIn: fc.oneof(
            fc.dictionary(siteId, fc.oneof(fc.boolean(), anyValue), { maxKeys: 8 }),
            anyValue,
          ),
          custom: fc.oneof(fc.array(fc.oneof(origin, anyValue), { maxLength: 6 }), anyValue),
        },
        { requiredKeys: [] },
      ),
      anyValue,
    ),
    customPhrases: fc.oneof(fc.array(customPhrase, { maxLength: 6 }), anyValue),
    ignoredPhrases: fc.oneof(fc.array(fc.oneof(text, anyValue), { maxLength: 6 }), anyValue),
    pausedUntil: anyValue,
    pauseBeforeSend: anyValue,
    pauseFor: anyValue,
    statsEnabled: anyValue,
    extra: anyValue,
  },
  { requiredKeys: [] },
);

describe('settings readers without zod agree with the schema', () => {
  it('phrases and replacements', () => {
    fc.assert(
      fc.property(fc.oneof(text, anyValue), (v) => {
        expectSame(readPhrase(v), zodRead(P.PhraseSchema, v), `phrase ${JSON.stringify(v)}`);
        expectSame(readReplacement(v), zodRead(P.ReplacementSchema, v), `replacement ${JSON.stringify(v)}`);
      }),
      { numRuns: 5000 },
    );
  });

  it('custom phrases (as parseSettings keeps them: an empty replacement left out)', () => {
    fc.assert(
      fc.property(customPhrase, (v) => {
        const z = zodRead(P.CustomPhraseSchema, v);
        const want = z && (z.replacement ? z : { phrase: z.phrase, category: z.category });
        expectSame(readCustomPhrase(v), want, JSON.stringify(v));
      }),
      { numRuns: 5000 },
    );
  });

  it('site ids and pause times', () => {
    fc.assert(
      fc.property(fc.oneof(siteId, anyValue), (v) => {
        expect(isSiteId(v)).toBe(P.SiteIdSchema.safeParse(v).success);
        expect(isPausedUntil(v)).toBe(P.PausedUntilSchema.safeParse(v).success);
      }),
      { numRuns: 3000 },
    );
  });

  it('parseSettings gives what it gave with the zod parts', () => {
    fc.assert(
      fc.property(settingsLike, (v) => {
        expectSame(parseSettings(v), referenceParse(v), JSON.stringify(v)?.slice(0, 200) ?? '');
      }),
      { numRuns: 3000 },
    );
    const many = {
      customPhrases: Array.from({ length: 900 }, (_, i) => ({ phrase: `p${i % 300}`, category: 'heat' })),
    };
    expectSame(parseSettings(many), referenceParse(many), 'many');
    const sites = {
      sites: { builtIn: Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`s${i}`, i % 2 === 0])) },
    };
    expectSame(parseSettings(sites), referenceParse(sites), 'sites');
  });
});
