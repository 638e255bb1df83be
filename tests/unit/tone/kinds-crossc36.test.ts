/**
 * Recall in blame, absolutes, withdrawal and heat as frames with open slots (session 36, helper
 * crossc36: `lib/tone/rules/frames.ts`, absolutes.ts's `soreHabit`, fault.ts's `costAfter` and "because
 * of your…", verdicts.ts's "keep talking and see"): each frame in wordings that share none of the
 * probe's content words, with warm near-twins that must pass clean. Our own sentences, none from any
 * corpus.
 */
import { describe, expect, it } from 'vitest';
import { detect } from '../../../lib/tone/index';
import { kind, kindsFigures, kindsRows, rewordsClean } from './kinds';

// -- blame: the agent of a loss, whatever the verb ------------------------------------------------------
kind(
  '"you <verb of loss> my / our / the / this <thing>"',
  'blame',
  [
    'you guys torpedoed the whole fundraiser with that post',
    'u tanked our group grade on purpose',
    'you gutted this forum and nobody asked for it',
    'you scared off the only tenant who paid on time',
  ],
  [
    'you killed it at the recital tonight',
    'you blew my mind with that magic trick',
    'you tanked the quiz round but we still won, love you',
    "you're blowing this out of proportion, it's fine",
    'did you kill the wasp in the kitchen?',
  ],
);

kind(
  '"thanks to you / because of your <act> …": the cost said without a sour word',
  'blame',
  [
    "thanks to you my brother isn't talking to me",
    'thx to u im the one paying for the taxi again',
    'because of your little speech my parents dont want to visit',
    'the gym is keeping my membership fee because of your complaint',
  ],
  [
    "thanks to you I don't have to worry about the move anymore",
    'because of your advice I finally got the flat',
    'because of your cat I started sneezing lol',
  ],
);

// -- absolutes: a habit marker before people who let one down, or a complaint it closes -----------------
kind(
  '"as usual / once again <people> <complaint>", "<complaint> … as usual"',
  'absolutes',
  [
    'as usual the neighbours ignore the parking rules',
    'once again the contractors wrecked the hallway carpet',
    'yet again nobody refilled the printer paper',
    'ignored my calls again, as usual',
  ],
  [
    'as usual the neighbours brought the best cake',
    'once again the mods deleted the spam before anyone saw it',
    'once again the weather ruined our picnic plans',
    'as usual I forgot my umbrella, my bad',
    'business as usual is boring but safe',
    'once again nobody got hurt, thanks everyone for being careful',
  ],
);

// -- withdrawal: leaving announced, time no longer given, the door shut in one word -------------------
kind(
  '"I\'m out of here", "not wasting another second on this"',
  'withdrawal',
  [
    "this is going nowhere, i'm outta here",
    'not spending another second on this argument',
    'im logging off, this thread is a joke',
  ],
  [
    "I'm out of here at six, see you at the pub",
    "I'm logging off early today, feeling rough",
    'blocked out the afternoon for your move!',
    'not wasting any more time on the old laptop, ordered a new one',
  ],
);

// -- heat: harm wished on them or theirs -----------------------------------
kind(
  '"hope your <thing> breaks / crashes", "hope you <harm>"',
  'heat',
  ['hope your laptop crashes mid exam', 'i hope you trip over your own ego', 'hope ur channel goes bankrupt'],
  [
    'hope your fever breaks by morning',
    "hope you don't trip on those stairs",
    'hope your flight gets in early',
    'hope you get the flat, fingers crossed',
  ],
);

kind(
  '"keep <talking / running your mouth> and see what happens"',
  'withdrawal',
  ['keep mouthing off and watch what happens', 'keep talking trash and see what happens'],
  ['keep talking to him and see what happens', 'keep practising and see what happens!'],
);

// -- round 2: a bitter "worth it" tag, a kind of person typecast, contact on a condition ----------------
kind(
  '"…, hope <it / the thing> was worth it" after a loss or a complaint',
  'blame',
  [
    'you bailed on the wedding, hope the concert was worth it',
    'we lost the booking because you forgot, hope that nap was worth it',
    'my laptop got wiped. hope your experiment was worth it',
  ],
  [
    'hope the trip was worth it, send pictures!',
    'the climb nearly broke me, hope the sunrise was worth it!',
    'hope the long drive was worth it',
  ],
);

kind(
  '"typical / classic <kind of person>, <complaint>"',
  'absolutes',
  [
    'typical ref, blind to every foul on our side',
    'classic tyler, forgot the tickets and blamed the printer',
    'typical contractor, never answers a single call',
  ],
  [
    'typical me, lost my umbrella again lol',
    'classic film, never gets old',
    'typical tuesday, nothing happening',
  ],
);

kind(
  '"talk to me / come back when you\'ve <grown up / admitted it>"',
  'withdrawal',
  [
    'come back when you can be civil',
    'text me once you are ready to apologise',
    'speak to me when you have grown up a bit',
  ],
  ['call me when you land', 'text me when you are home safe', 'come back when you feel better, no rush'],
);

describe('the probe set kinds-crossc36.tsv (written before the rules)', () => {
  const rows = kindsRows('kinds-crossc36.tsv');
  it('keeps its recall and false alarms', () => {
    const { recall, falseAlarms } = kindsFigures(rows);
    expect(recall).toBeGreaterThanOrEqual(0.78);
    expect(falseAlarms).toBeLessThanOrEqual(0.05);
  });
  it.each([
    ['you guys torpedoed the whole fundraiser with that post'],
    ['hope your laptop crashes mid exam'],
    ['not spending another second on this argument'],
    ['because of your little speech my parents dont want to visit'],
  ])('rewords %s clean', (text) => {
    rewordsClean(text);
  });
  it('reads the new frames in a long message in bounded time', () => {
    const long =
      'you guys tanked the launch. as usual the neighbours ignore it. hope your car crashes. thanks to you my sister left. '.repeat(
        900,
      );
    const t0 = performance.now();
    detect(long.slice(0, 100_000));
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
