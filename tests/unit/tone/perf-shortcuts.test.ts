import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { _quietFlags, analyze } from '../../../lib/tone/index';
import { roughTokens, tokenize } from '../../../lib/tone/text';
import { SENSITIVITIES } from '../../../lib/tone/types';

/**
 * Shortcuts of round perf16 that must give the answer the whole work gives:
 * - `reading` asks of the quiet reading only whether it is flagged when the person's own reading is
 *   (`flaggedAfterSuggestions`: up to the first finding with a suggestion, or the first card that
 *   survives checking), not its whole analysis;
 * - `tokenize` takes over the pre-filter's rough token of the same characters instead of making a new one.
 * Texts: the kinds sets (written for the rules, never the blind or holdout sets) and messages with
 * filler, forms of address and stretched letters around hostile and warm words.
 */
const corpusDir = path.resolve(__dirname, '../../fixtures/corpus');
const kindsTexts: string[] = fs
  .readdirSync(corpusDir)
  .filter((f) => /^kinds-.*\.tsv$/.test(f))
  .flatMap((f) =>
    fs
      .readFileSync(path.join(corpusDir, f), 'utf8')
      .split(/\r?\n/)
      .filter((l) => l && !l.startsWith('#'))
      .map((l) => l.split('\t').pop() as string),
  );

const noisy = [
  'literally shut up you idiot',
  'omg you never listen, seriously go fuck yourself',
  'Sam, you always do this. ugh',
  'bro you are sooo stupid lol',
  'tbh this is bullshit dude',
  'honestly you are the worst bro',
  'seriously what the hell is wrong with you, you moron. seriously go fuck yourself',
  'ngl you ruined everything mate',
  'like I care what you think, loser',
  'thankkkk youuuu so much bro',
  'omg congrats dude!! so proud of you',
  'literally the best day ever tbh',
  'Jamie, can you pick up milk on the way home?',
  'ugh my code is sooo broken, fuck this bug lol',
  'you are such a fucking idiot dude. shut up',
  'stop texting me bro. i mean it. leave me alone ugh',
];

describe('perf16 shortcuts', () => {
  it('the quiet reading is flagged exactly when its whole analysis is', () => {
    let asked = 0;
    for (const text of [...noisy, ...kindsTexts])
      for (const sensitivity of SENSITIVITIES) {
        const flags = _quietFlags(text, { sensitivity });
        if (!flags) continue;
        for (const f of flags) {
          asked++;
          expect({ text, sensitivity, check: f.check, flagged: f.asked }).toEqual({
            text,
            sensitivity,
            check: f.check,
            flagged: f.whole,
          });
        }
      }
    // The path is exercised: many texts have a quiet reading.
    expect(asked).toBeGreaterThan(100);
  });

  it('tokens taken over from the rough pass are the tokens tokenize makes alone', () => {
    for (const text of [
      ...noisy,
      ...kindsTexts.slice(0, 400),
      'f***ing sh!t a$$ absolutes.Fuck "quoted you" @sam',
    ]) {
      const fresh = tokenize(text);
      const taken = tokenize(text, undefined, undefined, roughTokens(text, 0));
      expect(taken.tokens).toEqual(fresh.tokens);
      expect(taken.sentences).toEqual(fresh.sentences);
    }
  });

  it('the same text analysed again, after other options and texts, gives the fresh answer', () => {
    const texts = [...noisy, ...kindsTexts.slice(0, 150)];
    const fresh = texts.map((t) => SENSITIVITIES.map((sensitivity) => analyze(t, { sensitivity })));
    for (let round = 0; round < 2; round++)
      texts.forEach((t, i) => {
        for (const [k, sensitivity] of [...SENSITIVITIES].reverse().entries())
          expect(analyze(t, { sensitivity })).toEqual(fresh[i]?.[SENSITIVITIES.length - 1 - k]);
      });
  });
});
