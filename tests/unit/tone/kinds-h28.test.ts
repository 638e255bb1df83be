/**
 * Round h28: scorn and exasperation in chat words (lib/tone/rules/jeers.ts). Internet scorn aimed at
 * the reader, exasperation at the reader, incredulity about their mind and labels by challenge; each
 * with warm, self-directed and about-a-thing uses of the same words that must pass.
 */
import { describe, expect, it } from 'vitest';
import { first, kind, kindsSet, rewordsClean } from './kinds';

kind(
  'internet scorn aimed at the reader',
  'contempt',
  [
    'the audacity of you',
    'skill issue tbh',
    'go touch grass',
    'cope and seethe',
    'who hurt you lmao',
    'the bar is on the floor with you',
    'ok boomer',
    'keep crying',
    'stay pressed',
    'must be nice to never do anything',
    "you're so pressed over nothing lmao",
    'imagine being this wrong and still posting',
  ],
  [
    'the audacity of this cat 😂',
    'skill issue on my part lol',
    'touch grass with me this weekend? hike?',
    'who hurt you? (jk love you)',
    'keep crying if you need to, I’m here',
    'the nerve in my tooth is acting up again',
    'must be nice to be on holiday, enjoy!!',
    'so pressed for time today, call you later',
    'imagine if we won, we’d be dancing all night',
  ],
);

kind(
  'exasperation at the reader',
  'heat',
  [
    'i can’t even with you right now',
    'I SAID NO',
    'oh my god shut up',
    'un-freaking-believable',
    'for the love of god stop texting me',
  ],
  [
    'I SAID YES!!! 💍',
    'oh my god shut up, congrats!!!',
    'i can’t with this heat today',
    'for crying out loud, I left my keys in the car again',
    'un-freaking-believable news, congratulations!!!',
  ],
);

kind(
  'a bare exclamation as the reply',
  'contempt',
  ['wow. just wow.', 'unreal. absolutely unreal.', 'yikes. just yikes'],
  ['wow. just wow. that view', 'unreal how good this cake is', 'yikes, sorry to hear that'],
);

kind(
  'incredulity about their mind, labels by challenge',
  'contempt',
  [
    'how are you this clueless',
    'how can you be so dense',
    'grow a spine',
    'get a backbone',
    'not my problem you can’t read',
    'can you not read?',
    'how do you not know this',
    'do you even have a brain',
  ],
  [
    'can you not read it either? the font is tiny',
    'how do you not know this song? we need to fix that 🎶',
    'how is it possible to be this tired on a friday',
    'how are you this good at drawing?? teach me',
    'how is it so slow today?',
    'grow a garden this spring, it’s so calming',
  ],
);

describe('rewordings say what the person would send', () => {
  it.each([
    ['the audacity of you', "i'm really surprised you did that"],
    ['I SAID NO', 'I said no'],
    ['for crying out loud, just answer me', 'just answer me'],
    ['grow some balls and tell him yourself', 'please be brave and tell him yourself'],
  ])('%s', (text, want) => {
    expect(first(text)).toBe(want);
    rewordsClean(text);
  });
});

// 61/69 with the kinds cut for size restored (h28 share raised to 4,000 bytes); 3 of 60 warm rows are
// flagged by older rules (shouting, "shut up!!", "not my problem, …").
kindsSet('kinds-h28.tsv', { recall: 0.88, falseAlarms: 0.05, category: 0.84 });
