/**
 * Session 30, warm near-misses of contempt, talking-down and heat, by cause: a scorn word used as the
 * degree of praise ("stupidly good"); a label the writer gives themself or their own question; a foe
 * of a game labelled; a pet labelled or told off; a pet name inside a greeting (missed you, a kiss,
 * an apology beside it); "you're ridiculous" with love or thanks after it; a swear of awe at what the reader did.
 * Each cause with hostile near-twins that stay flagged. Our own sentences.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/tone/index';

describe('warm by cause passes', () => {
  it.each([
    // A scorn word as the degree of the praise after it.
    'that was a stupidly fun raid',
    'this mod is stupidly good',
    'honestly the dumbest, most beautiful bug in the game',
    'what a stupidly good save, cannot stop rewatching it',
    'the dumbest, most perfect ending to a season',
    // The writer's label for themself, or their own question.
    'the fool here was me, i booked the wrong day',
    'my bad for being such an idiot about the dates',
    'sorry if this is a noob question, how do i unlock the map?',
    // A foe of a game labelled.
    'these bots are so stupid, they walk off the map every game',
    'the enemy AI is so dumb it keeps running into walls, love this game',
    'that boss is a complete jerk, took me 30 tries lol',
    // A pet labelled or told off.
    'my puppy is the dumbest clown, he ate my shoe',
    'calm down kitty, it’s just the hoover',
    'calm down doggo, it’s just thunder',
    'real mature of the cat to sit on my keyboard mid-meeting',
    // A pet name inside a greeting.
    'missed you, weirdo',
    'sorry I went quiet, I missed you weirdos',
    'hey losers, missed you all, back from the trip',
    'ok you dork, see you at 8 😘',
    // "you're ridiculous" with love or thanks after it.
    "lol you're ridiculous, thank you for the cake",
    "you're ridiculous and i love it",
    // A swear of awe at what the reader did or made.
    'holy shit, this is your first painting?',
    'damn, you aced it',
    'damn, you totally smashed that interview',
    'damn, you really nailed that solo',
  ])('%s', (text) => {
    expect(analyze(text).findings).toEqual([]);
  });
});

describe('hostile twins stay flagged', () => {
  it.each([
    'what a stupidly bad idea',
    'you are the dumbest, most useless teammate',
    'the stupidest, most pointless meeting ever',
    "you're stupidly stubborn",
    'The idiot in this story is clearly you',
    'pathetic effort on your part',
    'how pathetic are you',
    'how pathetic is he',
    'your fault for being a numpty',
    'the idiot in this story is clearly him',
    'my boss is a complete jerk, took me 40 tries to get leave approved',
    'the boss is a complete jerk, I hate this job',
    "that boss is a complete jerk and you're just like him, game over",
    'the dog bit me and the owner is an idiot',
    'real mature of my husband to sulk',
    "you're as dumb as my dog",
    'that cat of yours is an idiot',
    'kill that puppy before it bites a kid',
    'cats and stupid dogs are everywhere',
    'missed you weirdos, not',
    'get lost you weirdo 😘',
    'sorry you losers, I hate you all',
    "you're ridiculous, thanks for nothing",
    "you're ridiculous, thanks for making a scene",
    "you're overreacting, i love it",
    'holy crap, this is your first warning',
    'holy shit, this is your first day and you already broke it',
    'damn you, you nailed me with that bill',
  ])('%s', (text) => {
    expect(analyze(text).flagged).toBe(true);
  });
});
