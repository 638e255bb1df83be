/**
 * Session 44 (room44): more of what runs only once a person acts moves from the coach bundle (loaded
 * on every first focus) into the card bundle: the send pause's "Save for later" and what follows it
 * (nudge-save.ts: saving, clearing the field, the reminder), the card's one-click actions and their
 * Undo (actions.ts), the card's styles (CARD_CSS) and strings (card-strings.ts). The pause itself
 * (holding the press, the nudge, Send anyway, Review) stays in the coach bundle.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { COACH_MESSAGES } from '../../../lib/coach/card-strings';
import { CARD_CSS, OVERLAY_CSS } from '../../../lib/coach/overlay-css';
import { EN } from '../../../lib/coach/strings';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const messages = JSON.parse(readFileSync(`${ROOT}public/_locales/en/messages.json`, 'utf8')) as Record<
  string,
  unknown
>;

/** The source files an entry bundles (esbuild; the modules WXT provides at build time stubbed), and its code. */
async function bundle(entry: string): Promise<{ inputs: string[]; code: string }> {
  const result = await build({
    entryPoints: [`${ROOT}${entry}`],
    absWorkingDir: ROOT,
    bundle: true,
    write: false,
    metafile: true,
    format: 'iife',
    minify: true,
    logLevel: 'silent',
    define: { 'import.meta.env.MODE': '"production"', 'process.env.NODE_ENV': '"production"' },
    plugins: [
      {
        name: 'stub-wxt',
        setup(b) {
          b.onResolve({ filter: /^wxt\// }, (a) => ({ path: a.path, namespace: 'stub' }));
          b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({
            contents:
              'export const browser = globalThis.chrome; export const defineUnlistedScript = (f) => f;',
            loader: 'js',
          }));
        },
      },
    ],
  });
  const out = Object.values(result.metafile.outputs)[0];
  const inputs = Object.entries(out?.inputs ?? {})
    .filter(([, v]) => v.bytesInOutput > 0)
    .map(([k]) => k);
  return { inputs, code: result.outputFiles?.[0]?.text ?? '' };
}

const ON_ACTION = [
  'lib/coach/nudge-save.ts',
  'lib/coach/actions.ts',
  'lib/coach/card-strings.ts',
  // Only the card bundle asks the background with a checked answer now (ask, parseReply).
  'lib/messaging/send.ts',
];

describe('what runs only once a person acts loads with the card (room44)', () => {
  it('the coach bundle holds none of it; the card bundle holds all of it', async () => {
    const coach = await bundle('entrypoints/coach.ts');
    const card = await bundle('entrypoints/card.tsx');
    // The coach bundle keeps the pause itself (a check that can fail).
    expect(coach.inputs).toContain('lib/coach/SendGuard.ts');
    expect(coach.inputs).toContain('lib/messaging/protocol.ts');
    for (const file of ON_ACTION) {
      expect(coach.inputs, file).not.toContain(file);
      expect(card.inputs, file).toContain(file);
    }
    // The card's styles, strings and the background's answers to the moved requests.
    for (const text of [
      '.ss-suggest',
      "Don't flag this phrase again",
      'Remind me to come back',
      'draft:save',
    ]) {
      expect(coach.code, text).not.toContain(text);
      expect(card.code, text).toContain(text);
    }
    // The pause's own styles and strings stay with the coach.
    for (const text of ['.ss-nudge', 'Pause before sending', 'Send anyway']) {
      expect(coach.code, text).toContain(text);
    }
  }, 60_000);
});

/** The rules of a sheet, flattened: `@media … { a }` as `@media … a`, in order. */
function rules(css: string): string[] {
  const out: string[] = [];
  const walk = (text: string, prefix: string) => {
    let i = 0;
    while (i < text.length) {
      const open = text.indexOf('{', i);
      if (open < 0) break;
      let depth = 0;
      let end = open;
      for (; end < text.length; end++) {
        if (text[end] === '{') depth++;
        else if (text[end] === '}' && --depth === 0) break;
      }
      const head = text.slice(i, open).trim().replace(/\s+/g, ' ');
      const body = text.slice(open + 1, end);
      if (head.startsWith('@media')) walk(body, `${head} `);
      else out.push(`${prefix}${head} {${body.trim().replace(/\s+/g, ' ')}}`);
      i = end + 1;
    }
  };
  walk(css, '');
  return out;
}

describe('the card sheet', () => {
  const base = rules(OVERLAY_CSS);
  const card = rules(CARD_CSS);

  it("holds every rule of the card's own elements, none of the coach's", () => {
    expect(card.length).toBeGreaterThan(30);
    for (const r of card) expect(r, r).toMatch(/\.ss-(card|nav|status|suggest|close|sr|actions button)/);
    for (const r of base) expect(r, r).not.toMatch(/\.ss-(card|nav|status|suggest|close)\b/);
    expect(base.join('\n')).toContain('.ss-nudge button {');
    expect(base.join('\n')).toContain('.ss-actions {');
  });

  it("keeps the one sheet's order where it decides: the card's buttons, then the action buttons", () => {
    const at = (s: string) => card.findIndex((r) => r.startsWith(s));
    expect(at('.ss-card button {')).toBeGreaterThanOrEqual(0);
    expect(at('.ss-card button {')).toBeLessThan(at('.ss-actions button {'));
    expect(at('.ss-nav button {')).toBeLessThan(at('.ss-card button {'));
    expect(at('.ss-actions button {')).toBeLessThan(
      at('@media (prefers-color-scheme: dark) .ss-actions button {'),
    );
  });

  it('gives the pause\'s buttons, which ".ss-actions button" matches too, the values they have', () => {
    // Each declaration of `.ss-actions button` (light, hover, dark) is one `.ss-nudge button` has.
    const decls = (rs: string[], head: string) =>
      (rs.find((r) => r.startsWith(head))?.match(/\{(.*)\}/)?.[1] ?? '')
        .split(';')
        .map((d) => d.trim())
        .filter(Boolean);
    const pairs: Array<[string, string]> = [
      ['.ss-actions button {', '.ss-nudge button {'],
      ['.ss-actions button:hover {', '.ss-nudge button:hover {'],
      [
        '@media (prefers-color-scheme: dark) .ss-actions button {',
        '@media (prefers-color-scheme: dark) .ss-nudge button {',
      ],
    ];
    for (const [cardHead, nudgeHead] of pairs) {
      const mine = decls(card, cardHead);
      expect(mine.length, cardHead).toBeGreaterThan(0);
      const nudge = decls(base, nudgeHead);
      for (const d of mine) expect(nudge, `${cardHead} ${d}`).toContain(d);
    }
  });
});

describe('in-page strings', () => {
  it("the coach's are the badge's and the pause's; every string is in one of the two tables", () => {
    expect(Object.keys(EN).sort()).toEqual(
      [
        'badgeLabelCalm',
        'badgeLabelOne',
        'badgeLabelOther',
        'stateTense',
        'stateHeated',
        'nudgeLabel',
        'nudgeText',
        'nudgeHint',
        'review',
        'saveForLater',
        'sendAnyway',
        'pressEnterToSend',
        'draftNotSaved',
      ].sort(),
    );
    // Together, every in-page message of messages.json (none lost in the split).
    const inPage = Object.keys(messages)
      .filter((k) => k.startsWith('coach_'))
      .map((k) => k.slice('coach_'.length));
    expect(Object.keys(COACH_MESSAGES).sort()).toEqual(inPage.sort());
    expect(inPage.length).toBeGreaterThan(60);
  });
});
