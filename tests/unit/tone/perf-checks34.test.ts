import { afterEach, describe, expect, it } from 'vitest';
import { _lazyChecks, analyze } from '../../../lib/tone/index';
import { SENSITIVITIES } from '../../../lib/tone/types';
import { readKindsTexts } from './helpers';

/**
 * Round speed34: checking suggestions does only the work its answer needs, and must give the answer
 * of the whole work: a card of touching findings checks its offers only until its three are known
 * (the best, by tier and size of edit, then the others in order); a re-analysis made to check an
 * offer gives its own offer only to the findings that can change the verdict (where the edit wrote,
 * of a rule it clears), stopping at the first that fails it; the sentence's combined rewording asks
 * only the last finding's first offer (each finding's own offers, made once, are kept while a
 * message's suggestions are checked). Texts: the kinds sets (written for the rules, never the blind
 * or holdout sets) and short messages of our own with several findings in one sentence, the slow tail.
 */
const kindsTexts = readKindsTexts();

const tail = [
  'you are a fucking stupid idiot',
  'shut the hell up you damn moron!!',
  'what a pathetic little loser you are, seriously fuck off',
  'ur such a dumbass lmao. go cry about it',
  'Damn, you really are a lazy useless jerk.',
  'this crappy shit app is garbage and so are you',
  'no one cares what you think, idiot. get lost',
  'YOU ARE SO FUCKING ANNOYING!!! stop it',
  'honestly you piece of shit, you ruined the whole damn trip',
  'my bad, that was a stupid mistake of mine lol',
  'omg this cake is fucking amazing, thank you!!',
  'those clowns in the group chat are morons and idiots',
];

afterEach(() => _lazyChecks(true));

describe('speed34 shortcuts', () => {
  it('suggestions checked lazily are those the whole check keeps, at every sensitivity', () => {
    const step = Math.max(1, Math.floor(kindsTexts.length / 600));
    const texts = [...tail, ...kindsTexts.filter((_, i) => i % step === 0)];
    for (const sensitivity of SENSITIVITIES) {
      _lazyChecks(false);
      const whole = texts.map((t) => analyze(t, { sensitivity }));
      _lazyChecks(true);
      texts.forEach((t, i) => {
        expect(analyze(t, { sensitivity }), `${sensitivity}: ${t}`).toEqual(whole[i]);
      });
    }
  });
});
