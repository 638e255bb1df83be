/**
 * Ultimatums with open consequences (session 41, helper ultim41): a condition on their act (once more,
 * "next time you …", "if … isn't … by …", an order before "or") and then what they lose or what the
 * writer will do, in any words; each with hostile wordings in three registers (a partner's text, a
 * flatmate's or coworker's line, a stranger's comment) and warm twins that must pass clean. Our own
 * sentences, none taken from any corpus file; the probe set is `tests/fixtures/corpus/kinds-ultim41.tsv`.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/tone/index';
import { first, flagged, kind } from './kinds';

kind(
  'a condition, then their loss: "…and you can pack your bags", "…the locks get changed", "…it ends up in the skip"',
  'withdrawal',
  [
    'Forget my birthday one more time and you can pack your bags.',
    "leave the fridge open again and you're finding a new flat",
    'Next time you skip the standup, you can start looking for another team.',
    'If the rent is late again the locks get changed.',
    'Dump your gym kit in the hall again and it ends up in the skip.',
    'clean up your mess or you will answer to me',
    'talk back to me once more and the whole family hears about it',
  ],
  [
    "Next time you're over, you can sleep on the sofa bed, it's comfy.",
    'Next time you visit, you can pack your swimsuit, the pool is open.',
    "keep practising and you'll find your rhythm",
    'If the parcel is not here by Friday, you can find the tracking link in your email.',
    'One more episode and then we go to bed.',
    'My old phone broke again, so it ends up in the skip.',
    'tell that joke again so the whole family hears it',
    'Do you want the blue one or are you looking for something brighter.',
  ],
);

kind(
  'after a push to go on: "keep it coming, see where that gets you", "…see what happens to you"',
  'withdrawal',
  ['keep it coming, see where that gets you', 'Go ahead, say it to her face. See what happens to you.'],
  [
    'Keep watering them and see what happens to your tomatoes.',
    'try the back road, see where it takes you 😊',
    'See what happens to you when you sleep eight hours, it is wild',
  ],
);

kind(
  'a warning opening the message: "Final warning: …", "last warning, …"',
  'withdrawal',
  ['Final warning: stop taking my charger.', 'last warning, stop tagging me in these'],
  [
    'Last warning before the sale ends: everything is half price!',
    'Last warning about spoilers, scroll carefully',
    'That was the final warning sign I needed to book the vet 😅',
  ],
);

kind(
  'a customer gone for good: "never booking with this airline again"',
  'withdrawal',
  ['never booking with this airline again', 'Never ordering from that app again after tonight.'],
  [
    'never flying with anyone else again, the crew were wonderful',
    'I will never forget booking with you, thank you so much',
  ],
);

kind(
  'left to argue alone: "go argue with yourself then", "you can talk to yourself now"',
  'withdrawal',
  ['go argue with yourself then', "you can talk to yourself now, I'm going to sleep"],
  ['I talk to myself when I cook', 'it helps to talk to yourself kindly after a bad day'],
);

kind(
  'the threat after a condition, in more words: "next match you grief, I\'m reporting you", "…or I\'m out", "…I\'ll make sure everyone knows"',
  'withdrawal',
  [
    "Next match you grief, I'm reporting you.",
    "Clean the kitchen by tonight or I'm out.",
    "Pay me back this week or I'll make sure everyone knows.",
    'you have till friday to decide, after that I stop waiting',
    'next time you go through my phone, I am changing every password',
    "If the deposit isn't back by Friday I'm disputing the charge.",
  ],
  [
    "next time you're in town, I'm taking you out for dinner",
    "next time you come, I'm making lasagne",
    "if the cake isn't ready by six I'm calling the bakery",
    "Text me when you land or I'll stop worrying never, love you",
  ],
);

kind(
  'a dare with its end left open: "touch my bike again and find out", "you\'ll be sorry when I\'m gone"',
  'withdrawal',
  ['touch my bike again and find out', "You'll be sorry when I'm gone."],
  [
    'read chapter two again and find out who did it',
    "you'll be sorry when I'm gone 😂 who else will make your coffee",
  ],
);

describe('rewordings keep the condition and say the boundary plainly', () => {
  it.each([
    [
      'Next time you come home late without calling, the locks get changed.',
      /^Next time you come home late without calling, we'll have to sit down and talk about it\.$/,
    ],
    [
      'Borrow my car again and you can pack your things.',
      /^Please don't borrow my car again\. It really matters to me\.$/,
    ],
    [
      'put my stuff back or you will answer to me',
      /^put my stuff back, please\. this really matters to me\.?$/i,
    ],
    ['Final warning: stop taking my charger.', /^Please stop taking my charger\.$/],
    ["You'll be sorry when I'm gone.", /^I'm really upset about this, and it matters to me\.$/],
    [
      'keep it coming, see where that gets you',
      /^this really matters to me, and i need us to talk about it\.?$/i,
    ],
    [
      "next time you read my texts, I'm changing every password",
      /^Please don't read my texts again\. This really matters to me\.$/,
    ],
  ])('%s', (text, want) => {
    const out = first(text);
    expect(out).toMatch(want);
    expect(flagged(out)).toBe(false);
  });

  it('keeps the existing offer first where another rule already had the sentence', () => {
    const s = analyze(
      "if you bring that guy to practice again i'm quitting the team, final warning",
    ).findings;
    expect(s[0]?.suggestions[0]?.replacement).not.toMatch(/^this really matters/i);
  });
});
