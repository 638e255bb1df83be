/**
 * False alarms by cause (session 38's warm round): the reason a message is warm, each guard with warm
 * near-twins that must pass clean and hostile twins that must stay flagged. Our own sentences, none
 * taken from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { kind, kindsFigures, kindsRows } from './kinds';

// -- a story's person, the story named with them ----------------------------------------------------------
kind(
  '"the stepmother in this novel is such a selfish jerk": a character, the story named beside the label',
  'contempt',
  [
    'my landlord is such a selfish jerk',
    'my sister is such a snake',
    "you're as selfish as the landlord in that novel, you jerk",
    'the actors in this film are such hacks',
    'the brutality in that film was disgusting',
  ],
  [
    'the stepmother in this novel is such a selfish jerk, what a great read',
    'the uncle in the film is such a snake, brilliant acting',
    'that loser in the show finally wins the cup, so cute',
  ],
);

// -- a small trouble played down with its remedy ----------------------------------------------------------
kind(
  '"it\'s not that deep a scratch, one plaster should do": a trouble played down with its remedy or trust',
  'talking-down',
  [
    "it's not that deep, get over it",
    "it's not that serious, stop being such a baby",
    "it's not that serious, just restart it yourself next time, I'm busy",
  ],
  [
    "it's not that deep a scratch, one plaster should do",
    "honestly it's not that deep, just patch the hole and repaint, you've got this",
    "calm down, the pond isn't that deep, you can stand",
  ],
);

// -- a swear at the weather or the road; a day sworn at before good news -----------------------------------
kind(
  '"ugh this bloody rain, my socks are soaked": the weather sworn at, nobody addressed',
  'heat',
  [
    'pick up the damn umbrella',
    'ugh this damn traffic, you could have left earlier',
    'what a fucking day, you wrecked the car',
  ],
  [
    'ugh this fucking rain, my socks are soaked through',
    'this damn wind blew my hat into the canal',
    'what a fucking week, we finally got the keys!',
  ],
);

// -- a charge said to someone named with love ---------------------------------------------------------------
kind(
  '"you made me cry on the bus with that letter, you absolute angel": a charge said with an endearment',
  'blame',
  [
    'you made me cry at the airport, you absolute monster',
    'you made me miss my train again, sweetheart',
    'you made me look like a fool, you absolute angel',
  ],
  [
    'you made me cry on the bus with that letter, you absolute angel',
    'why would you knit me a scarf, you sweetheart',
  ],
);

// -- words that only sound like a put-down, read plainly ------------------------------------------------------
kind(
  '"my knee-jerk reply": the writer\'s own hasty act, no label',
  'contempt',
  ['my neighbour is a jerk', 'stop with the knee-jerk replies', 'that was such a knee-jerk reaction'],
  ['my knee-jerk reply was too harsh, sorry', 'we made a knee-jerk choice and it worked out'],
);

kind(
  '"why do you keep the flour in the fridge? I\'m trying to learn": keep as store, a sincere question',
  'absolutes',
  [
    'why do you keep leaving your shoes in the hall? genuinely curious',
    'genuinely curious, you never help with the dishes',
  ],
  [
    'why do you keep your bikes in the kitchen? genuinely curious, our hallway is tiny',
    "why do you keep the flour in the fridge? I'm trying to learn",
    "genuinely curious, you've never mentioned your hometown",
    "honestly curious, you've never told me how you two met",
  ],
);

kind(
  '"you drive me nuts with how good your pasta is": the "charge" is praise',
  'blame',
  ['you drive me crazy with how rude you are', 'you drive me nuts with how lazy you are'],
  [
    'you drive me nuts with how good your pasta is',
    'you drive me crazy with how calm you are at the wheel, teach me',
  ],
);

describe('kinds-warmc38.tsv (written before the round)', () => {
  it('keeps hostile rows caught and warm rows clean at the measured figures', () => {
    const f = kindsFigures(kindsRows('kinds-warmc38.tsv'));
    expect(f.recall).toBeGreaterThanOrEqual(26 / 31);
    expect(f.falseAlarms).toBeLessThanOrEqual(2 / 64);
  });
});
