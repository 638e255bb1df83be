/**
 * False alarms by cause (session 41's warm round, banter first): the reason a message is warm, each
 * guard with warm near-twins that must pass clean and hostile twins that must stay flagged. Our own
 * sentences, none taken from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { kind, kindsFigures, kindsRows } from './kinds';

// -- ruined by laughter ------------------------------------------------------------------------------------
kind(
  '"you ruined me with that meme, I\'m wheezing": ruined in jest, a laugh beside it',
  'blame',
  [
    "you ruined me lol, I'll never trust you again",
    'lol you ruined my life',
    'you ruined the surprise lol, she is furious now',
    'you ruined me. I hate you lol',
  ],
  [
    "you ruined me with that meme, I'm wheezing at my desk",
    "lol you ruined that album for me, I can't hear track two without seeing your dance moves",
    'you ruined us with that story haha, the whole table was howling',
    'you ruined the surprise by guessing it in two seconds ❤️',
  ],
);

// -- a result shown off ----------------------------------------------------------------------------------
kind(
  '"look what you made me do 🍪 (I baked your grandma\'s recipe)": the result shown off',
  'blame',
  [
    'look what you made me do 😂 I threw your phone in the pond',
    "look what you made me do, I'm shaking and I can't stop crying",
    'look what you made me buy, it broke on day one and I want my money back',
  ],
  [
    "look what you made me do 🍪 (I baked your grandma's recipe)",
    'look what you made me do, I painted the whole fence because you said it would look nice',
    'look what you made me buy!! the new rug arrived and it is gorgeous',
  ],
);
kind(
  '"look what you did to my balcony, it\'s stunning": the result shown off',
  'blame',
  ["look what you did to my car, it's wrecked"],
  ["look what you did to my balcony, it's stunning now", "look what you did to my hair, it's gorgeous"],
);

// -- told off for their own good ---------------------------------------------------------------------------
kind(
  '"go to bed you goof, you have a flight at six": a mild label beside an order for their own good',
  'contempt',
  ['go to bed you clown, nobody wants to hear it', 'go to sleep you idiot'],
  [
    'go to bed you goof, you have a flight at six',
    "you're ridiculous, it's 2am, put the controller down and get some sleep",
    'eat something you dork, you only had a coffee today',
  ],
);

// -- moved to tears ----------------------------------------------------------------------------------------
kind(
  '"it\'s your fault I\'m crying at a phone advert": tears at something moving, blamed on them',
  'blame',
  [
    'you made me cry at the wedding speech by mocking me in front of everyone',
    'you made me cry at the party',
  ],
  [
    "it's all your fault I'm sobbing over a train advert, the little dog at the end 🥹",
    'you made me cry at the retirement speech you menace, my eyeliner is everywhere',
    "leave me alone, I'm in tears over your wedding toast, it's so sweet",
  ],
);

// -- a fear talked down with trust in them ------------------------------------------------------------------
kind(
  '"calm down, it\'s only the warm-up, you\'ll nail the real thing": trust in them',
  'talking-down',
  ["calm down, you'll smash it if you stop whining", "calm down, you're being pathetic, you'll nail it"],
  [
    "calm down, it's only the warm-up, you'll nail the real thing",
    "calm down, it's a practice quiz, you're gonna ace the real one",
  ],
);

// -- a mock verdict, then more asked for -------------------------------------------------------------------
kind(
  '"haha you\'re the worst, that pun was criminal, tell it again": more of it asked for',
  'contempt',
  [
    "you're disgusting, go on, do it again, I dare you",
    "you're the worst, you lied to me, do it again",
    "you're pathetic, do it again lol",
    "you're the worst, do it again",
  ],
  [
    "haha you're the worst, that pun was criminal, tell it again",
    'nasty goal mate, filthy, do it again',
    'worst joke ever, tell it again lol',
  ],
);

// -- awe at a feat -----------------------------------------------------------------------------------------
kind(
  '"gg you absolute machine": a word of awe cheered',
  'contempt',
  ['you absolute animal, you kicked my dog'],
  ['gg you absolute machine, that last round was unreal', 'you animal, gg, that comeback was unreal'],
);

// -- "I'm done" laughing at a thing of theirs ---------------------------------------------------------------
kind(
  '"I\'m done 😂 your dog is wearing socks": laughter at a thing of theirs',
  'withdrawal',
  ["I'm done with you lol, I can't stop laughing at how fake you are", "I'm done, don't text me again"],
  [
    "I'm done, I'm crying 😂 your parrot just said my name",
    "I'm done lol I can't breathe, your nan's dance moves",
  ],
);

describe('kinds-warm41.tsv (written before the round)', () => {
  it('keeps hostile rows caught and warm rows clean at the measured figures', () => {
    const f = kindsFigures(kindsRows('kinds-warm41.tsv'));
    expect(f.recall).toBeGreaterThanOrEqual(27 / 30);
    expect(f.falseAlarms).toBeLessThanOrEqual(15 / 61);
  });
});
