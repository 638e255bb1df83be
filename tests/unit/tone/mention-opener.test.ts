import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/tone';

/**
 * A mention that opens a message ("@sam …") only says who is addressed: the sentence's own words
 * start after it, so checks on a sentence's first word and on the word before a phrase read past it.
 */
describe('an opening @mention', () => {
  it.each([
    '@sam spare me the lecture',
    '@sam @jo its ur fault the group chat is dead now',
    '@sam get over yourself',
    '@dana forget it, I will do it myself',
  ])('finds what the sentence alone has: %s', (text) => {
    const bare = text.replace(/^(?:@\w+ )+/, '');
    const cats = (t: string) => analyze(t).findings.map((f) => f.category);
    expect(cats(bare).length).toBeGreaterThan(0);
    expect(cats(text)).toEqual(cats(bare));
    for (const f of analyze(text).findings) expect(text.slice(f.start, f.end)).not.toMatch(/^@/);
  });

  it.each(['@sam thanks for the ride', '@sam see you at six', '@everyone the build is green again', '@sam'])(
    'warm or plain messages stay clean: %s',
    (text) => {
      expect(analyze(text).findings).toEqual([]);
    },
  );
});
