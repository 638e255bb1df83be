import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from 'obscenity';
import { describe, expect, it } from 'vitest';
import { allMatches } from '../../../lib/tone/rules/swearing';
import { readDev, readExternal } from './helpers';

/**
 * The swearing family reads obscenity's matches through `allMatches` (a faster path through the
 * matcher's own parts). It must give exactly what `getAllMatches(text, true)` gives.
 */
const ENGLISH = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });

describe('allMatches equals obscenity getAllMatches', () => {
  it('on hand-picked texts', () => {
    const texts = [
      'f***ing sh!t a$$ ',
      'What the fuck, you absolute b1tch. Sh1t happens, asshole!!!',
      'f u c k this, fuuuuuck, phuck, fck, a s s h o l e',
      'I assume the class passed the assessment; Scunthorpe is in England.',
      'you are such a dickhead 😡 and a 𝒷𝒾𝓉𝒸𝒽',
      'bitch bitch bitch '.repeat(20),
      // Lone surrogates, a pair split by the end: each code point keeps its offset.
      '\uD800x\uDC00 fuck \uD83D\uDE21sh1t \uD83D',
      '',
      'nothing to see here',
    ];
    for (const t of texts) expect(allMatches(t, ENGLISH)).toEqual(ENGLISH.getAllMatches(t, true));
    expect(allMatches('fuck you', ENGLISH).length).toBeGreaterThan(0);
  });

  it('on every corpus message', () => {
    const rows = [...readDev(), ...readExternal().flatMap((e) => e.rows)];
    let withMatches = 0;
    for (const r of rows) {
      const want = ENGLISH.getAllMatches(r.text, true);
      expect(allMatches(r.text, ENGLISH)).toEqual(want);
      if (want.length > 0) withMatches++;
    }
    if (rows.length > 0) expect(withMatches).toBeGreaterThan(100);
  });
});
