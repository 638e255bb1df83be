/**
 * Kinds of the recall23 round, each with sentences written for these tests (never taken from a
 * corpus): a hostile wording of each kind is flagged in its category at the default sensitivity,
 * and warm or practical look-alikes of the same shape pass clean. A few rewordings are pinned.
 */
import { describe, expect, it } from 'vitest';
import { kind, rewordsClean } from './kinds';

// -- contempt: a label exclaimed without "you're" ("what a …!", "such a …") -------------------------
kind(
  '"what a / such a" + a label for a person, opening its sentence',
  'contempt',
  [
    'what a selfish narcissist.',
    'ugh, what a hypocrite',
    'such a bigot, honestly',
    'What a pathetic coward!',
    'such a manipulative liar',
    'wow what a creep',
  ],
  [
    'what a sweetheart you are',
    'I read what a narcissist actually is',
    'such a good boy!',
    'what a legend you are, thank you',
    'such a cutie',
  ],
);

// -- contempt: "the worst <role> (ever)", with roles of daily life --------------------------------------
kind(
  '"(the) worst <teammate / roommate / manager …> (ever)"',
  'contempt',
  [
    'Worst landlord ever.',
    'ugh, worst roommate ever!',
    "she is the worst manager I've had",
    "the worst neighbour we've ever had",
    'congrats on being the worst brother',
    "one of the worst coworkers I've dealt with",
  ],
  [
    'worst day ever lol',
    'worst roommate ever 😂 love you',
    "I'm the worst sister, I forgot to call",
    'worst-case scenario we take the bus',
    'the worst part was the traffic',
  ],
);

// -- withdrawal: sent away ("just go away", "stay away"), more orders to keep off, blocking ----------
kind(
  '"just go away" / "stay away", "leave me alone and stop …", "blocking your number"',
  'withdrawal',
  [
    'ugh, just go away.',
    'go away and stay away',
    'just stay away, please',
    'leave me alone and stop calling',
    "leave me alone and don't come back",
    'blocking your number now.',
    'Blocking your number after tonight.',
  ],
  [
    "just go away lol you're too cute",
    "go away for a long weekend, you've earned it",
    'just stay away from the wet paint',
    'leave me alone and let me nap',
    'he keeps blocking your calls?',
  ],
);

// -- heat: "I SAID <no / an order>", "stop <doing> my …!!!", "who the hell <did>" ------------------------
kind(
  'shouted "I SAID NOT NOW", stacked marks on an order about my things, "who the hell <did it>"',
  'heat',
  [
    'I SAID NOT NOW',
    'I SAID GET OFF THE COUCH',
    'stop reading my messages!!!',
    'quit eating my leftovers!!!',
    'who the hell moved my chair',
    'who the hell ate my lunch',
  ],
  [
    'I SAID YES!!!',
    'OMG I SAID THE SAME THING',
    'stop, my heart!!!',
    'who the hell is that cute puppy, I love him',
    'who the hell knows lol',
  ],
);

// -- withdrawal: an ultimatum that puts the reader out ("…and you'll be moving out") -------------------
kind(
  '"keep it up and you\'ll be moving out / on the couch / out the door"',
  'withdrawal',
  [
    "keep that up and you'll be moving out.",
    "keep this up and you'll be sleeping on the couch",
    "do that again and you'll be out the door",
    "try that one more time and you'll be moving out",
  ],
  [
    "keep it up and you'll be moving out of your parents' place in no time!",
    "keep saving and you'll be moving out by spring 🎉",
    "keep it up and you'll be on the couch team for the finals lol",
  ],
);

// -- contempt: a capacity jibe ("the emotional intelligence of a teaspoon") --------------------------
kind(
  '"you have the <brain / emotional intelligence / people skills / work ethic> of a …"',
  'contempt',
  [
    'you have the emotional intelligence of a teaspoon',
    'she has the people skills of a brick',
    "you've got the work ethic of a sloth",
    'honestly you have the brain of a houseplant',
  ],
  [
    'you have the patience of a saint, thank you',
    'he has the brain of a genius',
    'my dog has the work ethic of a champion',
  ],
);

// -- contempt: "what on earth / in the world are you talking about" -----------------------------------
kind(
  '"what on earth / in the world are you talking about / playing at"',
  'contempt',
  [
    'what on earth are you talking about? I never said that',
    'what in the world are you going on about',
    'what on earth are you playing at?',
    'What in the world are you talking about, the numbers are right there',
  ],
  [
    'what on earth were you talking about with grandma? she loved it',
    'what on earth are you talking about, you looked great',
    'what in the world are you talking about lol',
    'What on earth do you want for your birthday?',
  ],
);

// -- contempt: labels of cruelty ("sociopath", "psychopath") said of a person --------------------------
kind(
  '"sociopath" / "psychopath" as a label',
  'contempt',
  ["honestly he's a sociopath", 'what a psychopath.', 'you are such a psychopath', 'she is such a sociopath'],
  [
    'the psychopath in that movie was terrifying',
    'I watched a documentary about a sociopath',
    'is it true a sociopath can feel empathy?',
  ],
);

// -- talking-down: "listen carefully this time", "read it properly for once" ---------------------------
kind(
  '"listen / read it <carefully / properly / closely> this time / for once"',
  'talking-down',
  [
    "listen carefully this time, I'm not repeating myself",
    'Listen closely this time.',
    'read it properly this time',
    'read this carefully for once',
    'ok, just listen for once.',
  ],
  [
    'listen this time, the chorus is amazing',
    'read it carefully this time and tell me what you think 😊',
    'ok listen carefully this time: left at the bakery, then right',
    "I'll listen more carefully this time, promise",
  ],
);

describe('rewordings of the recall23 kinds', () => {
  it.each([
    ['ugh, what a selfish narcissist.', 'ugh, that was out of line.'],
    ["she is the worst manager I've had", "I'm really disappointed in her as a manager."],
    ['I SAID NOT NOW', 'I said not now'],
    ['stop reading my messages!!!', 'stop reading my messages!'],
    ['who the hell moved my chair', 'who moved my chair'],
    ['what on earth are you playing at?', 'what are you playing at?'],
    ['Listen closely this time.', 'Could you give this your full attention?'],
  ])('%s → %s', (text, want) => {
    expect(rewordsClean(text)).toBe(want);
  });
});
