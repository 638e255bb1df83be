/**
 * False alarms by kind (session 42's warm round): a taste picked up from them, scorn of a thing with
 * delight beside it, a pause with another way to talk, "screw it" before a treat, one's own slip, a
 * pet name before help offered, "In the best way." as its own sentence. Each guard with warm
 * near-twins that must pass clean and hostile twins that must stay flagged. Our own sentences, none
 * taken from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { kind, kindsFigures, kindsRows } from './kinds';

kind(
  '"because of u im now a certified cat person": a taste or habit picked up from them',
  'blame',
  [
    'because of you I now have to work every weekend',
    "because of you I'm hooked on painkillers now",
    "it's your fault I'm now a nervous wreck",
    "it's your fault I'm addicted to checking your phone now, you gave me every reason",
  ],
  [
    'because of you I now know every line of that musical',
    "your fault I'm now a certified tea person. my wallet is sad",
    'because of you the twins know all the dance moves now',
  ],
);

kind(
  '"pathetic attempt at a snowman but the kids loved it": scorn of a thing, delight beside it',
  'contempt',
  [
    'my sister is pathetic, she loves attention',
    'my ex is a total clown, he cheered when I left',
    'the manager is an idiot, the customers loved complaining about him',
    'I love this cafe but the barista is a clown',
  ],
  [
    'pathetic little sandcastle but the kids loved it',
    'that level was evil. Loved every second.',
    'the dumbest twist in the whole film and I cheered',
  ],
);

kind(
  '"don\'t call me tonight, I\'m at the theatre, text instead": a pause with another way to talk',
  'withdrawal',
  [
    "don't call me tonight, I'm so angry with you. we'll talk tomorrow",
    "don't bother apologizing, we'll talk later when I can stand to look at you",
    "don't call me. don't text me.",
  ],
  [
    "don't call me tonight, I'm at the gig, text instead",
    "I'm muting this chat for the weekend, see you all on Monday",
    "don't bother replying tonight, get some rest and we'll talk tomorrow",
  ],
);

kind(
  '"screw it, let\'s book the flights": a treat decided, nobody addressed',
  'heat',
  ["screw it, let's just break up", "screw it, buy whatever you want, I don't care anymore"],
  ["screw it, let's order the big pizza", 'screw it, buying the concert tickets'],
);

kind(
  '"I screwed up the recipe, we\'re getting pizza": one\'s own slip owned',
  'heat',
  ['I fucked up by ever trusting you'],
  [
    "I screwed up the booking, we're going friday instead",
    "we screwed up the timings, dinner's at eight now",
  ],
);

kind(
  '"you muppet, your sandwich is still on the counter, want me to drop it off?": a pet name, then help',
  'contempt',
  ["you muppet, you broke my phone, I'll send you the bill", "you dork, I'll grab my stuff, you're useless"],
  [
    'you muppet, your lunch is still on the table, want me to drop it off?',
    'you numpty, your keys are in my bag, want me to bring them round?',
  ],
);

kind(
  '"You\'re ridiculous. In the best way.": the praise said as its own sentence',
  'contempt',
  ["you're pathetic. and not in the best way.", "you're a liar. In the best way? no."],
  ["You're absurd. In the best way.", "You're ridiculous. In the best way. Thanks for the cake."],
);

describe('kinds-warm42.tsv (written before the round)', () => {
  it('keeps hostile rows caught and warm rows clean at the measured figures', () => {
    const f = kindsFigures(kindsRows('kinds-warm42.tsv'));
    expect(f.recall).toBeGreaterThanOrEqual(29 / 30);
    expect(f.falseAlarms).toBeLessThanOrEqual(10 / 80);
  });
});
