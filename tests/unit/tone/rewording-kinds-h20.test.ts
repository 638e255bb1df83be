/**
 * Rewording kinds found by reading random samples (h20 round): each keeps the meaning of what was
 * said and clears the hurt.
 */
import { describe } from 'vitest';
import { rewordingCases } from './kinds';

const cases = rewordingCases;

describe('"only idiots believe" inside a subordinate clause keeps the clause', () => {
  cases([
    [
      'why would he do that since only idiots believe in something else?',
      'why would he do that since few believe in something else?',
    ],
    ['i think that only a fool would think that.', 'i think that few would think that.'],
    // The writer's own claim still becomes an I-statement.
    ['only idiots believe in that.', "i don't believe in that."],
    ['but only idiots believe that.', "but i don't believe that."],
  ]);
});

describe('"could give a rat\'s ass" means not caring, never caring', () => {
  cases([
    ['our leaders could give a rats ass!', "our leaders don't care at all!"],
    ['he could give a rats ass!', "he doesn't care at all!"],
    ['the government could give a flying ass about us', "the government couldn't care less about us"],
    ["who gives a rat's ass", 'who cares'],
  ]);
});

describe('"his bitch ass" as a person is the person', () => {
  cases([
    ['his bitch ass wuld never do dhat.', 'he wuld never do dhat.'],
    ['your lazy ass needs to get up.', 'you need to get up.'],
    ['her dumb ass is always late', 'she is always late'],
    ['yo ass is late', 'you are late'],
    ['i will kick his lazy ass', 'i will kick him'],
    // A noun after it: the words describe the noun, and only they go.
    ['tell your bitch ass friend to leave', 'tell your friend to leave'],
  ]);
});

describe('"fuckn wit me" is the verb "mess with"; a swear before it is an exclamation', () => {
  cases([
    ['lol smmfh shit fuckn wit me u wont b', 'lol smmfh messing wit me u wont b'],
    ['stop fuckn wit me', 'stop messing wit me'],
    ['why is he fuckin with me', 'why is he messing with me'],
  ]);
});

describe('a plural label after "are" says the act, never "are people"', () => {
  cases([
    [
      'dreadstar, littlemountain5, and some jerk on the internet are retarded assholes.',
      'dreadstar, littlemountain5, and some person on the internet are out of line.',
    ],
    ['they are all assholes', 'they are out of line'],
    ["they're all fucking bastards!", "they're out of line!"],
    // Not after a copula: the plain noun.
    ['the assholes at the store', 'the people at the store'],
  ]);
});

describe('"a disgrace to X" is letting X down', () => {
  cases([
    ['they are a disgrace to canada, so.', 'they are letting canada down, so.'],
    ['he is a disgrace to the team', 'he is letting the team down'],
    ['He is a disgrace to the Army.', 'He is letting the Army down.'],
    ['they are a disgrace.', 'they are out of line.'],
  ]);
});
