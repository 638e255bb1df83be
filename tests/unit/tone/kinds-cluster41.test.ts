/**
 * Shapes that recur across many files (helper cluster41, session 41): each kind in three registers (a
 * partner's text, a coworker's line, a stranger's comment) with warm twins that must pass clean. Our
 * own sentences, none taken from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/tone/index';
import { kind } from './kinds';

// -- the tally inverted, with any lead and the time between -------------------------------------------
kind(
  '"not one single time / never once / zero times … have you", the time in between',
  'absolutes',
  [
    'not once this winter have you shovelled the driveway',
    'not one single time did you update the tracker before the review',
    'zero times have you linked an actual study in this thread',
    'never once have you asked my sister how she is',
    'not one time in two years did you pick the restaurant',
    'not once have you admitted the numbers were wrong',
  ],
  [
    'not once this winter did you complain about the cold, legend',
    'never once have you made me feel like a burden',
    'zero times have you missed a deadline this year, that is wild',
    'not one single time did you lose your temper with the kids',
    'not once in my life have I felt this welcome',
    'not once all weekend did the kids fight, amazing',
  ],
);

// -- a sour one-word sign-off after a cost laid at their door ---------------------------------------
kind(
  '"because of you / thanks to your …" a cost, then "cheers mate", "thanks for that", "great job"',
  'blame',
  [
    'thanks to your merge the build broke for the whole team. cool.',
    'because of your guide my tent flooded on night one, cheers mate',
    'because of you I had to cancel the dentist again, thanks for that',
    'thanks to you we got kicked out of the lobby, great job',
  ],
  [
    'because of you I finally booked the trip, thanks',
    'thanks to your playlist the drive flew by, cheers',
    'because of you I had to buy a bigger fridge for all the jam, thanks 😂',
    'thanks to you the garden is full of tomatoes, amazing',
    'because of you I had to learn the whole song, thanks!',
    'thanks to you I now own four cookbooks, cheers',
  ],
);

// -- "once again / as usual" with a sour close: the close is no warmth after a neglect ---------------
kind(
  '"once again / as usual you <neglect>", then "cool.", "great.", "nice"',
  'absolutes',
  [
    "once again you skipped my sister's dinner. cool.",
    'as usual you merged without a review. great.',
    'once again u left me on read all weekend. cool.',
    'once again you forgot to book the vet. nice',
  ],
  [
    "once again you remembered my mum's birthday, amazing",
    'as usual you brought the good snacks, nice',
    'yet again you found my keys. lovely',
    'once again you covered my shift. thanks',
    "as always you're on time, perfect",
    'once again you paid for the whole table, cool',
    'that boss fight is ridiculous, who designs a spider made of swords, amazing',
  ],
);

describe('rewordings keep the point', () => {
  it('the tally becomes the one event, its time kept', () => {
    const a = analyze('not once this winter have you shovelled the driveway');
    expect(a.findings[0]?.suggestions[0]?.replacement).toBe("this winter, you haven't");
  });
  it('the sour sign-off is left out', () => {
    const t = 'because of your guide my tent flooded on night one, cheers mate';
    const f = analyze(t).findings.find((x) => t.slice(x.start, x.end) === 'cheers mate');
    expect(f?.suggestions[0]?.replacement).toBe('');
  });
});
