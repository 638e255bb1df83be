/**
 * False alarms by cause (session 34's warm round): the reason a message is warm, each guard with warm
 * near-twins that must pass clean and hostile twins that must stay flagged. Our own sentences, none
 * taken from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { kind, kindsFigures, kindsRows } from './kinds';

// -- a habit praised in words the lexicon leaves unscored ---------------------------------------------
kind(
  'always / as usual / time and again beside praise the lexicon does not score',
  'absolutes',
  [
    'you always rock the boat in every meeting',
    'once again you left the gate open',
    'your timing is off as always',
    'every time you visit you leave a mess',
  ],
  [
    'you always speak so kindly to the new volunteers',
    'your handwriting is impeccable as always',
    "again and again you've been our rock this year",
    'every time you sing, the twins light up',
    'same old you, always making me smile',
  ],
);

// -- surprise at how fast time goes ---------------------------------------------------------------------
kind(
  'a swear of surprise at the date or the hour, nobody addressed',
  'heat',
  [
    "wtf it's already Friday and you still haven't sent the invoice",
    'wtf is it Monday already, I hate this job',
  ],
  [
    'wtf is it Thursday already, this week vanished',
    'holy shit how is it November, where did the summer go',
    'omg wtf is it midnight already',
  ],
);

// -- a good thing kept going ------------------------------------------------------------------------------
kind(
  'credit for a good thing still alive or still going',
  'blame',
  ['because of you that rumour is still going around', "you're the reason I'm still going through this"],
  [
    "you're the reason the little cafe is still standing",
    "you're the reason we're still together",
    "you're the reason the choir is still going after all these years",
  ],
);

// -- the writer plays down their own doing ----------------------------------------------------------------
kind(
  "it's not that deep, then the writer's own reason",
  'talking-down',
  [
    "it's not that deep, I just think you're being dramatic",
    "it's not that deep, stop crying about a haircut",
  ],
  [
    "it's not that deep, I just liked the shade of green",
    "honestly it's not that deep, we only wanted a quiet night",
  ],
);

// -- calm down, then help offered -------------------------------------------------------------------------
kind(
  'calm down, then an offer to take care of it for them',
  'talking-down',
  ["calm down or I'll take it away from you", "calm down, you're being hysterical"],
  [
    "calm down, it's only a wasp, I'll get it out for you",
    "calm down, it's only the courier, I'll handle it for you",
  ],
);

// -- a hope come true, shouted ----------------------------------------------------------------------------
kind(
  '"I TOLD YOU IT WOULD…" shouted, then pride or joy',
  'heat',
  ['I TOLD YOU NOT TO TOUCH IT!! so proud of yourself?', 'I TOLD YOU SO!! congrats on wasting my day'],
  ["I TOLD YOU YOU'D PASS!! so proud of you", 'I TOLD YOU IT WOULD SELL!! congrats!!'],
);

// -- a game lost, laughed at ------------------------------------------------------------------------------
kind(
  '"you\'re the worst at" a game, laughed at or a rematch asked',
  'contempt',
  ["lol you're the worst at poker, you lost all our money", "lol you're the worst at your job"],
  ["haha you're the worst at scrabble, rematch tomorrow", "lol you're the worst at pool, rematch next week"],
);

// -- awe at a thing, shouted -------------------------------------------------------------------------------
kind(
  '"HOLY SHIT THAT …" said of a thing, nobody addressed',
  'heat',
  [
    'HOLY SHIT THAT NOISE, TURN IT OFF',
    'HOLY SHIT THAT SMELL, WHO LEFT THE BINS OUT',
    'holy shit! that much for one lamp!?',
  ],
  ['HOLY SHIT THIS VIEW', 'HOLY CRAP THAT SAVE', 'HOLY SHIT THAT FINISH!!! unreal game'],
);

// -- ease promised with help ------------------------------------------------------------------------------
kind(
  '"not rocket science", then help or trust that they will get it',
  'talking-down',
  [
    "it's not rocket science, even a child could do it",
    "it's not rocket science, you'll get the hang of it, even you",
  ],
  [
    "it's not rocket science, I'll teach you in an afternoon",
    "honestly it's not rocket science, you'll nail it",
  ],
);

// -- disbelief at their good news -------------------------------------------------------------------------
kind(
  '"are you serious?!" at an honour someone gave them',
  'contempt',
  ['are you serious? they gave you the blame?', 'are you serious? they picked you for the team over me?'],
  ['are you serious?! they picked you for the team?!', 'are you kidding me?! she offered you the role?!'],
);

// -- a task finished, or a lift asked for after it --------------------------------------------------------
kind(
  '"we\'re done!" beside the last piece done or "come get me"',
  'withdrawal',
  [
    "I'm done, come get your stuff",
    "we're done. final warning sent, don't text me",
    "I'm done with you, come get your things",
  ],
  [
    "we're done! final chapter in, celebrating tonight",
    "I'm done! come grab me by the library",
    "we're finished, last box sent 📦",
  ],
);

describe('kinds-warmc34.tsv (written before the round)', () => {
  it('keeps hostile rows caught and warm rows clean at the measured figures', () => {
    const f = kindsFigures(kindsRows('kinds-warmc34.tsv'));
    expect(f.recall).toBeGreaterThanOrEqual(29 / 30);
    expect(f.falseAlarms).toBeLessThanOrEqual(10 / 64);
  });
});
