/**
 * Kinds of the h-detect10 round (constructions rather than phrases), each with sentences written
 * for these tests and not taken from the fresh sets: a hostile wording of each kind is flagged in
 * its category, and warm or practical look-alikes of the same shape pass clean. A few rewordings
 * are pinned as a person would send them.
 */
import { describe, expect, it } from 'vitest';
import { rewrite } from '../../../lib/tone/index';
import { kind } from './kinds';

// -- heat: masked swears, "the f", "bs", slang threats ---------------------------------------------
kind(
  'a swear masked with $ % # @ ! ("f$%k", "bullsh*t")',
  'heat',
  ['who the f$%k do you think you are', 'stop feeding me this bullsh!t', 'that is such bullsh*t'],
  ['I paid $5 for the %20 fix, ok?', 'email me at a@b.co!', 'holy sh*t this cake is amazing'],
);
kind(
  '"the f" standing for the f-word ("shut the f up", "get the f out")',
  'heat',
  ['shut the f up already', 'get the f out of my car', 'what the f is wrong with you'],
  ['the f key on my laptop is stuck', 'press the f button to pay respects', 'I got the F in chemistry back'],
);
kind(
  '"bs" as a noun of scorn',
  'heat',
  ['this is total bs', "that's bs and you know it", 'what a load of utter bs'],
  ['She has a BS in biology', 'the bs degree takes four years', 'bs"d'],
);
kind(
  'slang threats ("im a smack u", "ill knock u out", "catch these hands")',
  'heat',
  ['im a slap u when i see u', "i'm gonna knock you out", 'keep talking and catch these hands'],
  ['im a call you later', 'this cold medicine will knock you out', "I'll knock you out in round two lol"],
);
kind(
  'a team fixture is sport, not a threat',
  'contempt',
  ['i will smack you'],
  ["we're gonna beat them on saturday!!", 'we will beat them next season'],
);

kind(
  'a command or refusal cut into one-word sentences ("Do. Not. Touch. My. Stuff.")',
  'heat',
  ['Leave. Me. Out. Of. It.', 'DO. NOT. ANSWER. BACK.', 'Never. Again. Ever.'],
  ['Thank. You. So. Much.', 'Happy. Birthday. Dad.', 'Go. Team. Go!', 'Ready. Set. Bake.'],
);

// -- withdrawal --------------------------------------------------------------------------------------
kind(
  '"I can\'t do this anymore" (giving up on the bond or the quarrel)',
  'withdrawal',
  ["i cant take this anymore. i'm out", "I can't keep doing this", 'I cannot deal with you anymore'],
  [
    "I can't do this crossword anymore lol",
    "I feel so lost, I just can't take this anymore",
    "I can't do this anymore, I'm driving home now",
  ],
);
kind(
  '"find someone else to put up with you" (the reader handed off as a burden)',
  'withdrawal',
  ['get someone else to deal with your tantrums', 'go find somebody else to babysit you'],
  ["find someone else to cover the shift, I'm sick", 'we should get someone else to fix the roof'],
);
kind(
  '"good luck with that" said flat',
  'withdrawal',
  ['good luck with that.', "good luck with that, you'll need it"],
  [
    'good luck with that! let me know how it goes',
    'good luck with the move 🙂',
    'good luck with that exam!!',
  ],
);
kind(
  '"we\'re done then" (the end as a conclusion)',
  'withdrawal',
  ["so i guess we're done then", "fine, i'm done then"],
  ["we're done then? great, let's eat", "we're done then, the movers just left with everything"],
);
kind(
  'leaving as a threat ("I\'ll walk out", "for good", "hell freezes over", "don\'t come crying")',
  'withdrawal',
  [
    'one more lie and i walk out',
    "i'm gone for good this time",
    "I'll forgive you when hell freezes over",
    "don't come running to me when it breaks",
  ],
  ['we walked out of the cinema early, it was boring', 'the stain is gone for good, thanks!'],
);
kind(
  '"I\'ve said all I\'m going to say"',
  'withdrawal',
  ["I've said all I'll say on this"],
  ['I said all my lines right at the audition!'],
);

// -- absolutes ------------------------------------------------------------------------------------
kind(
  '"there you go again"',
  'absolutes',
  ['there you go again, changing the subject', 'and there u go again with the sulking'],
  ['there you go, your coffee', 'there you go again lol, stealing my fries 😂'],
);
kind(
  'the load carried alone ("as usual I\'m the one…", "I\'m always the one who has to…")',
  'absolutes',
  ["as usual I'm the one paying the bills", "i'm always the one who has to say sorry first"],
  [
    "I'm always the one who gets sunburnt",
    "I'm the one who booked the table",
    "I'm always the one who plans the trips and I love it",
  ],
);
kind(
  'a long tally ("for years you\'ve…", "week after week", "like clockwork", "not a single time")',
  'absolutes',
  [
    "for months you've ignored my calls",
    'month after month you forget the rent',
    'like clockwork you start a fight on sundays',
    'not a single time have you thanked me',
  ],
  [
    "for years you've been my best friend",
    'like clockwork the bus arrived at 8',
    'year after year you make the best pie',
  ],
);

// -- blame ----------------------------------------------------------------------------------------
kind(
  'blame with a sarcastic closer ("…, nice", "…on u then, great")',
  'blame',
  [
    'you got me grounded for a week, thanks',
    'so the whole disaster is on you then, great',
    "that one's on you",
  ],
  ['the next round is on you, thanks!', "lunch is on you then, great, I'm starving"],
);

// -- contempt and talking-down ----------------------------------------------------------------------
kind(
  '"are you really this <fault>" (a fault asked as the person\'s nature)',
  'contempt',
  ['are you seriously this lazy', 'r u always this clueless'],
  ['are you really this excited? same!', 'are you always this early? impressive'],
);
kind(
  '"…and not in a good way", "what planet are you on", "who taught you to…"',
  'contempt',
  [
    'your cooking is memorable, and not in a good way',
    'what planet are you on',
    'who taught you to park, a toddler?',
  ],
  ['who taught you to knit? it looks beautiful', 'the ending surprised me and not in a good way'],
);
kind(
  '"whatever helps you sleep at night" and "do you even know…" (the reader put down)',
  'talking-down',
  [
    'whatever helps u sleep at night',
    'do u even know what a budget is',
    'do you even understand the question',
  ],
  [
    "whatever helps you feel better, I'm here for you ❤",
    'do you even need a ticket for the museum?',
    'do you even know how much I love you',
  ],
);

describe('h-detect10 rewordings', () => {
  it.each([
    ['there you go again, interrupting me', "you're interrupting me"],
    ["for years you've ignored my birthday", "lately you've ignored my birthday"],
    ['so this whole mess is on u then, great', "so i'm upset about this whole mess"],
    ['shut the f up', 'please be quiet'],
    ['Do. Not. Touch. My. Stuff.', 'Do not touch my stuff.'],
  ])('%s → %s', (text, out) => {
    expect(rewrite(text).text.toLowerCase()).toBe(out.toLowerCase());
  });
});
