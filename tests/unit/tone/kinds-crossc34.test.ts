/**
 * Recall in blame, absolutes, withdrawal and heat (session 34, helper crossc34): constructions people
 * write in comment sections and private messages, each with warm near-twins that must pass clean.
 * Our own sentences, none taken from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { kind, kindsFigures, kindsRows, rewordsClean } from './kinds';

// -- blame: praise said after the harm --------------------------------------------------------------
kind(
  'sarcastic praise after harm done by "you"',
  'blame',
  [
    'you spilled coffee all over my notes, great job',
    'you deleted the whole folder. well done',
    'you wrecked the car again. nice one',
    'you got the thread locked. congrats',
    'you lost the spare keys too, real nice work',
  ],
  [
    'you lost 5 kilos, well done',
    'you broke the club record, great job',
    'you finally broke that habit, well done',
    'congrats on the new flat, well done!',
    'you fixed the leak, great job',
    'you dropped the vase lol, nice one',
  ],
);

// -- absolutes: the count of telling again ----------------------------------------------------------
kind(
  '"how often do I have to…", "how many times are you gonna…", "how many times does this need to be said"',
  'absolutes',
  [
    'how often do I have to ask you to close the gate',
    'how many times are you gonna bring up the same thing',
    'how many times r u gonna ask me that again',
    'how many times does this need to be explained',
    'how often does it have to be said before anyone listens',
  ],
  [
    'how often do I have to feed the fish?',
    'how many times are you gonna rewatch that show lol',
    'how many times does it need to be stirred?',
    'How often should we water the basil?',
    'how often do we really tell anyone our worries, when you think about it',
    'how many are you gonna ask for at the shop?',
  ],
);

kind(
  '"yet another" opening a charge against "you"',
  'absolutes',
  ['yet another weekend you spent at the pub', 'yet another dinner where you were on your phone'],
  [
    'yet another reason to love you',
    'yet another great video from this channel',
    'yet another letter for you on the mat',
  ],
);

// -- withdrawal: shutting the door in public ----------------------------------------------------------
kind(
  'blocking and reporting announced, a send-off after "muted."',
  'withdrawal',
  [
    'reported and blocked, have a nice life',
    'blocked and reported.',
    'muted. enjoy the echo chamber',
    'blocked. enjoy talking to yourself',
  ],
  [
    'blocked and reported the scam account, thanks for the heads up',
    'muting the group for an hour while I study',
  ],
);

kind(
  '"don\'t reply to me", any way of getting in touch refused',
  'withdrawal',
  ["don't reply to me again", 'dont respond to me ever'],
  ['reply to me when you land, no rush', "don't reply to the group, reply to me"],
);

// -- heat: threats said another way ----------------------------------------------------------------
kind(
  'a dare and "see what happens", "regret saying that", "sorry if you … again"',
  'withdrawal',
  [
    'keep pushing me and see what happens',
    'touch my bike and watch what happens',
    'ur really gonna regret saying that',
    'ur gonna regret crossing me',
    "you'll be sorry if you come near my car again",
    'take my charger again and ill find you',
    'you better watch your tone',
  ],
  [
    'add a pinch of salt and see what happens',
    "I'm going to regret saying this, but the sequel was better",
    "you'll be sorry if you miss the fireworks, they're amazing",
    'watch your step, the floor is wet',
    "I'll find you at the station, look for the red hat",
  ],
);

describe('rewordings of the new findings read clean', () => {
  it.each([
    'you spilled coffee all over my notes, great job',
    'you lost the spare keys too, real nice work',
    'keep pushing me and see what happens',
    'reported and blocked, have a nice life',
    'how many times does this need to be explained',
  ])('%s', (text) => {
    rewordsClean(text);
  });
});

describe('the probe set of this round (kinds-crossc34.tsv, written before the rules)', () => {
  it('keeps its figures', () => {
    const f = kindsFigures(kindsRows('kinds-crossc34.tsv'));
    expect(f.recall).toBeGreaterThanOrEqual(0.9);
    expect(f.falseAlarms).toBeLessThanOrEqual(5 / 60);
  });
});
