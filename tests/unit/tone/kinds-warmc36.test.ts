/**
 * False alarms by cause (session 36's warm round): the reason a message is warm, each guard with warm
 * near-twins that must pass clean and hostile twins that must stay flagged. Our own sentences, none
 * taken from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { kind, kindsFigures, kindsRows } from './kinds';

// -- a label the writer puts on themself -----------------------------------------------------------------
kind(
  '"stupid me", "real mature of me", "… award goes to me", "by yours truly": the writer labels themself',
  'contempt',
  [
    'stupid you, you left the umbrella on the bus again',
    'real mature of you to eat the cake before the guests arrived',
    'stupid me for trusting you with the car',
  ],
  [
    'stupid me, I left the umbrella on the bus',
    'real mature of me to eat the cake before the guests arrived, sorry',
    'worst parker of the year award goes to me, took four tries',
    'Sad attempt at a birthday banner by yours truly, but the kids cheered',
  ],
);

// -- joy that makes the writer look foolish ----------------------------------------------------------------
kind(
  '"I was grinning at the screen like an idiot": the writer\'s own joy, not a label',
  'contempt',
  [
    'you were grinning like an idiot while I was crying',
    "you're acting like an idiot in front of my parents",
    'I stood there like a fool waiting for you',
  ],
  [
    'I was grinning at the screen like an idiot the whole evening',
    'we were laughing like fools at the back of the cinema',
    'I was smiling at your voice note like a kid on the tram',
  ],
);

kind(
  '"you made me miss my exit because I was laughing at your voice notes": the cost of the writer\'s joy',
  'blame',
  [
    "you made me miss my exit because you wouldn't stop shouting",
    "you're the reason I look like an idiot at work",
    'you made me burn the toast because your phone call took forever',
  ],
  [
    "you're the reason I smile at my phone like an idiot at work",
    'you made me miss my exit because I was laughing at your voice notes',
    'you made me burn the toast because your podcast was too good lol',
  ],
);

// -- a habit or a credit, then thanks or love ---------------------------------------------------------------
kind(
  '"Every time you visit the house feels warmer. Thank you for coming": a habit named, then thanked',
  'absolutes',
  [
    'you always leave the lights on. thanks a lot',
    'every time you visit the kitchen ends up in chaos. thank you so much 🙄',
    'you always interrupt me, thanks for nothing',
    'every time you visit you leave a mess. thank you for coming',
    'You always talk over me. Love you.',
    'You always do that. Thanks for the coffee.',
    "you always make it worse when I'm down, thank you 💛",
  ],
  [
    'every time you visit the house feels warmer. thank you for today',
    'you always pick the songs for the drive, thank you 💛',
    "every time you host it's a proper feast. thank you for everything",
    "you always find the right song when my day's a mess, thank you 💛",
  ],
);

kind(
  '"because of you I have a shelf full of your paintings. miss you": a credit, then love',
  'blame',
  [
    'because of you I missed the wedding. thanks a lot',
    'because of you I failed the exam. miss you too I guess',
    'thanks to you I lost the deposit. love you too I guess',
  ],
  [
    'because of you I have a shelf full of your paintings. miss you',
    'because of you we have a photo album of every trip. love you both',
    "thanks to you the herbs on my balcony are still alive, I would've killed them by May",
  ],
);

// -- "as usual" for a thing's habit --------------------------------------------------------------------------
kind(
  '"as usual the bus is late, I\'ll be there at ten": a thing\'s habit, nobody addressed',
  'absolutes',
  ["as usual you're late", 'as usual you forgot to call the plumber'],
  ["as usual the tram is late, I'll be there at ten", 'as usual the ferry is slow, save me a seat'],
);

// -- a teasing name before their good news -------------------------------------------------------------------
kind(
  '"you dumbass, you won the raffle!!": a teasing name before their good news',
  'contempt',
  [
    'you dumbass, you won the raffle and then lost the ticket',
    'you dumbass, you ruined the raffle for everyone',
  ],
  ['you dumbass, you won the quiz!! come get your trophy 😂', 'you goof, you got the part!! so happy'],
);

// -- "calm down" before comfort about a harm that did not happen -------------------------------------------
kind(
  '"calm down, nobody\'s hurt", "calm down, no harm done": comfort, not a dismissal',
  'talking-down',
  [
    "calm down, it's just a game, stop being so dramatic",
    'calm down, nobody cares about your opinion',
    "calm down, you're overreacting, it's only a scratch",
  ],
  [
    "calm down, nobody's hurt, the glass was cheap anyway",
    "calm down, no harm done, I'll sweep it up",
    "calm down, it's only a small scratch, the bike is fine",
  ],
);

// -- a swear that strengthens praise, or disbelief at their news -------------------------------------------
kind(
  '"you fucking legend": a swear that strengthens praise of them',
  'heat',
  ["no fucking way I'm paying for your dinner again", "no fucking way, you're not borrowing my car"],
  [
    'you fucking legend, the parcel arrived in one piece',
    'you bloody star, thank you for the lift',
    'no fucking way, you met him at the gym?',
    'no fucking way, you got tickets for the final?!',
  ],
);

kind(
  '"you fucking idiot" stays a label',
  'contempt',
  ['you fucking idiot, the parcel arrived smashed', 'you fucking liar', 'you fucking clown, you broke it'],
  ['you bloody hero, you fixed the boiler'],
);

// -- a shouted piece of good news, then the writer's own tears ---------------------------------------------
kind(
  '"SHE SAID YES!!! I could scream": the writer\'s own reaction to good news',
  'heat',
  ["WHY DID YOU LIE TO ME!!! I'm going to cry", 'YOU RUINED THE PARTY!!! I could scream'],
  ["WE GOT THE HOUSE!!! I'm going to cry", 'SHE SAID YES!!! I could scream'],
);

describe('kinds-warmc36.tsv (written before the round)', () => {
  it('keeps hostile rows caught and warm rows clean at the measured figures', () => {
    const f = kindsFigures(kindsRows('kinds-warmc36.tsv'));
    expect(f.recall).toBeGreaterThanOrEqual(27 / 31);
    expect(f.falseAlarms).toBeLessThanOrEqual(3 / 62);
  });
});
