/**
 * Session 43 (lazy43): code that runs only once a person acts lives in the card bundle, not in the
 * coach bundle every first focus loads. The card's buttons (CardView.ts), applying a rewording
 * (apply.ts), the editors' write path (lib/fields/replace.ts) and putting a draft back
 * (insert-draft.ts) are in card.js; the coach reaches them through the registered card module.
 */
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { adapterFor } from '../../../lib/fields/detect';
import { ADAPTERS } from '../../../lib/fields/registry';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The source files an entry bundles (esbuild; the modules WXT provides at build time stubbed). */
async function inputsOf(entry: string): Promise<string[]> {
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
  return Object.entries(out?.inputs ?? {})
    .filter(([, v]) => v.bytesInOutput > 0)
    .map(([k]) => k);
}

const ON_ACTION = [
  'lib/coach/CardView.ts',
  'lib/coach/apply.ts',
  'lib/fields/replace.ts',
  'lib/coach/insert-draft.ts',
];

describe('what runs only once a person acts loads with the card', () => {
  it('the coach bundle holds none of it; the card bundle holds all of it', async () => {
    const coach = await inputsOf('entrypoints/coach.ts');
    const card = await inputsOf('entrypoints/card.tsx');
    // The coach bundle does hold its own half of the card and the adapters (a check that can fail).
    expect(coach).toContain('lib/coach/CardController.ts');
    expect(coach).toContain('lib/fields/adapters/contenteditable.ts');
    for (const file of ON_ACTION) {
      expect(coach, file).not.toContain(file);
      expect(card, file).toContain(file);
    }
  }, 60_000);
});

describe("adapters name their editor's write path as data", () => {
  it('textarea and input write through the value (no edit methods); each editor keeps its methods', () => {
    const edits = Object.fromEntries(ADAPTERS.map((a) => [a.id, a.edit ?? null]));
    expect(edits).toEqual({
      textarea: null,
      input: null,
      lexical: { methods: ['beforeinput', 'execCommand'], editorUndo: true },
      slate: { methods: ['beforeinput', 'paste'], editorUndo: true },
      prosemirror: { methods: ['paste', 'execCommand'], editorUndo: true },
      draft: { methods: ['paste'], editorUndo: true },
      quill: { methods: ['beforeinput', 'execCommand'], editorUndo: true },
      ckeditor: { methods: ['beforeinput', 'paste'], editorUndo: true },
      contenteditable: { methods: ['beforeinput', 'paste', 'execCommand'], editorUndo: false },
    });
  });

  it('adapterFor still picks by the field (the fallback is plain contenteditable)', () => {
    const fake = (tag: string, matches: (s: string) => boolean) =>
      ({ localName: tag, matches, isContentEditable: tag === 'div' }) as unknown as HTMLElement;
    expect(adapterFor(fake('textarea', () => false)).id).toBe('textarea');
    expect(adapterFor(fake('div', (s) => s === '[data-lexical-editor]')).id).toBe('lexical');
    expect(adapterFor(fake('div', () => false)).id).toBe('contenteditable');
  });
});
