/**
 * Kinds of the h-recall27 round (close relationships: partners, family, friends, exes, flatmates),
 * written by construction in several registers (texting, prose, a quarrel, a parent): sent out of
 * one's home or life; a refusal to talk until the reader gives in; harm promised; the reader making
 * the writer's own doing "impossible"; a failure praised as an achievement; a state said to be
 * growing out of proportion; thanks said sourly after a charge; a good word made a trouble ("trust
 * issues"). Sentences written for these tests, not taken from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { detect } from '../../../lib/tone/index';
import { first, kind } from './kinds';

// -- sent out of one's home or life ----------------------------------------------------------------------
kind(
  'sent out of one’s home or life: wanting the reader gone, somewhere else to sleep, unwelcome',
  'withdrawal',
  [
    'i want u out of my flat by sunday',
    'I want you gone before I get home from work.',
    'Honestly? I just want you out.',
    'go find somewhere else to sleep tonight',
    'Find yourself another place to live.',
    "You're not welcome in this house anymore.",
    'ur not welcome at my wedding',
    'Mum said it and I agree: you are no longer welcome here.',
    'consider yourself uninvited',
    'Consider yourself blocked.',
  ],
  [
    'I want you out there having the best time',
    "I don't want you gone, I want us to talk",
    'pack your bags, we’re going to Lisbon!!',
    'pack your stuff and go to bed, early start tomorrow',
    'if the hostel is full, find somewhere else to stay and I’ll pay you back',
    'we need to find somewhere else to stay for the wedding',
    "you're not welcome to smoke inside, but the balcony is all yours",
    "you're more than welcome here any time",
    'consider yourself invited to the barbecue',
    'consider yourself hugged ❤️',
  ],
);

// -- a refusal to talk until the reader gives in -------------------------------------------------------
kind(
  'a refusal to talk that opens only when the reader gives in ("until you apologise")',
  'withdrawal',
  [
    "I'm not answering until you apologize",
    'not replying till u say sorry',
    "I won't discuss this until you calm down.",
    'Not responding until you admit what you did.',
  ],
  [
    "I'm not answering until I'm home, driving",
    'not replying until you tell me what you want for dinner 😂',
    "I can't reply until you send me the address",
    "I'm not talking about it until you get home, it's a surprise",
  ],
);

// -- harm promised ---------------------------------------------------------------------------------------
kind(
  'harm promised: "…again and I’ll <harm> you", "I’ll make you pay"',
  'withdrawal',
  [
    'read my diary again and ill smash ur phone',
    'Lay a finger on my sister again and I’ll break your nose.',
    'say that again and I’ll end you',
    "Fine. I'm going to make sure you regret this.",
    'im gonna make u pay for this',
    'Mark my words, I’ll make you pay.',
  ],
  [
    'call me again and I’ll make you dinner',
    'beat me again and I’ll end you in mario kart',
    'come over again and I’ll make you pancakes',
    "I'll make sure you get home safe",
    "I'll make sure you pay me back tomorrow, no rush",
  ],
);

// -- the reader makes the writer's own doing impossible -----------------------------------------------
kind(
  'the reader makes the writer’s own doing impossible or hard ("you make it impossible to relax")',
  'blame',
  [
    'u make it so hard to trust u',
    'You make it impossible to sleep with your music blaring.',
    "you've made it impossible to get anything done this week",
    'Dad, you make it really difficult to talk to you.',
    'You make it hard to love you right now.',
  ],
  [
    'you make it hard to stay mad at you',
    'you make it impossible not to smile',
    'you make it look so easy',
    'you make it hard to say goodbye',
    'you made it so easy to relax this weekend',
    'you make it impossible to focus when you look like that 😍',
    'you make it hard to concentrate lol',
  ],
);

// -- a failure praised as an achievement ---------------------------------------------------------------
kind(
  'a failure praised as an achievement ("congrats, you managed to upset everyone")',
  'contempt',
  [
    'well done, you managed to upset everyone at dinner',
    'Congratulations, you have managed to be useless all week.',
    'great job, u somehow managed to forget my birthday again',
    'Bravo, you’ve managed to embarrass me in front of my parents.',
  ],
  [
    'congrats, you managed to pass your driving test!',
    'well done, you managed to fix it!',
    'congrats you managed to break the record!!',
    "congrats, you've managed to lose 10 kilos!",
    'great job, you managed to miss the traffic!',
  ],
);

// -- a state said to be growing out of proportion -------------------------------------------------------
kind(
  'their state said to be growing out of proportion ("you’re getting hysterical")',
  'talking-down',
  [
    'Mum, you’re getting paranoid again.',
    'ur getting so dramatic about a text',
    'You are getting really defensive about this.',
    'calm down, you’re getting hysterical',
  ],
  [
    'aw you’re getting emotional 🥹',
    "you're getting dramatic lol",
    'you’re getting good at this',
    "you're getting so tall, I can't believe it",
  ],
);

// -- thanks said sourly after a charge -------------------------------------------------------------------
kind(
  'thanks said sourly after a charge is no warmth ("…, thanks a lot", "gee thanks")',
  'blame',
  [
    'because of u i lost my deposit, thanks a lot',
    'We missed the ferry because of you, thanks a bunch.',
    'u made me miss my train. gee thanks',
    'got grounded for a week bc of you. seriously thanks',
  ],
  [
    'because of you I finally feel at home, thanks for that',
    'thanks to you I got the job, thanks a lot!!',
    'you helped so much, seriously thanks',
    'I missed the bus this morning. seriously thanks for the lift later!',
  ],
);

// -- a good word made a trouble ------------------------------------------------------------------------
kind(
  'a good word made a trouble ("trust issues") is no warmth in a charge',
  'blame',
  [
    'honestly ur why i have trust issues with everyone',
    "You're the reason I have confidence issues now.",
    'ur the reason i have trust problems',
  ],
  [
    "you're the reason I worked through my trust issues ❤️",
    'thanks to you I got over my trust issues',
    'thanks to you I have fewer trust issues',
  ],
);

describe('the rewordings of these kinds keep the writer’s words', () => {
  it('"you make it impossible to …" becomes the writer finding it so, in the same tense', () => {
    expect(first('You make it impossible to relax at home.')).toBe('I find it impossible to relax at home.');
    expect(first('u made it so hard to trust u')).toBe('i found it so hard to trust u');
    expect(first("You've made it impossible to get anything done")).toBe(
      "I've found it impossible to get anything done",
    );
  });
  it('a failure praised becomes the writer upset at the act, told in the past', () => {
    expect(first('Bravo, you managed to forget my birthday again.')).toBe(
      "I'm upset that you forgot my birthday again.",
    );
    expect(first('Well done, you managed to offend my mum.')).toBe("I'm upset that you offended my mum.");
  });
  it('a harm promised after a condition keeps the condition', () => {
    expect(first('if u read my texts again im gonna make u pay for it')).toBe(
      "if u read my texts again i'll be really upset",
    );
  });
  it('a harm promised is reworded whole, with nothing left dangling', () => {
    const out = first('ok. im gonna make u pay for that');
    expect(out).toBe("ok. i'm really upset about this, and it matters to me");
    expect(detect(out).findings).toEqual([]);
  });
});
