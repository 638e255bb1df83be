/**
 * Round recall35: a comment thread's jabs at another commenter (lib/tone/rules/threads.ts, with
 * "embarrassing/cringe take", "… never happened and you know it" in jeers.ts and "ok zoomer" in
 * mockery.ts). Our own wordings, and warm near-twins that must pass: the same words of oneself, said
 * kindly, or meant literally.
 */

import { describe, it } from 'vitest';
import { kind, rewordsClean } from './kinds';

kind(
  'the scoreboard: ratio and L',
  'contempt',
  [
    'ratio',
    'Ratio, you fell off',
    "ratio'd by a meme, brutal",
    'massive L for you today',
    'huge L, log off',
    'what an L',
    'L take',
    'thats an L take tbh',
  ],
  [
    'the aspect ratio is off on this video',
    'what ratio of rice to water do you use?',
    'we took a massive L today, gg everyone',
    'I got ratioed lol, fair enough',
    'size L please',
    'I need a big L bracket for the shelf',
    'the ratio is about 3 to 1',
  ],
);

kind(
  'sent back where they came from',
  'contempt',
  [
    'go back to twitter',
    'Go back to reddit where this belongs',
    'take your hot takes back to tiktok',
    'back to facebook with you, grandpa',
    'crawl back to wherever you came from',
    'just go back to discord and stay there',
  ],
  [
    "I'm going back to twitter for a bit, see you all",
    "let's go back to reddit and check the thread",
    'should I go back to instagram? I miss my friends there',
    'go back to youtube, your videos there were amazing!',
    "I went back to facebook after a year and it's mostly my aunts",
    'we moved back to discord for the raids, come join us',
  ],
);

kind(
  '"found the …": the reader filed as a type',
  'contempt',
  [
    'found the guy who never read the book',
    'Ah, found the boomer',
    'found the person who still thinks the earth is flat',
    'found the kid who has never paid rent',
    'well well, found the landlord',
    "found the dude who doesn't know what a tariff is",
  ],
  [
    "found the guy who fixed my bike, he's a legend",
    'found the person who dropped this wallet, returning it now',
    "found the one!! we're engaged 💍",
    'finally found the charger, it was under the couch',
    'found the other fan of this show!! hi 👋',
    'found the bug, it was a missing semicolon',
  ],
);

kind(
  'their profile as the verdict',
  'contempt',
  [
    'your post history explains a lot',
    'one look at your username and it all makes sense, no wonder',
    'checked your comment history and yeah, that tracks',
    'your profile says it all',
    'the username says it all lol',
    'your taste in films explains everything',
  ],
  [
    'love your username btw',
    'I checked your post history and found the recipe, thanks so much!',
    'your profile picture is adorable',
    'the history of this game is fascinating',
    'what does your username mean? curious',
    'no wonder your profile is so popular, your art is gorgeous',
  ],
);

kind(
  'seething, copium, a whole personality',
  'contempt',
  [
    "you're seething so hard lol",
    'keep malding, you still lost',
    'the copium in your comment is unreal',
    'your whole personality is one video game',
    'your entire personality is being mad online',
    'ur seething',
  ],
  [
    'our copium as fans is unmatched, see you next season',
    "I'm seething about the refs, what a call",
    "my whole personality is this band and I'm fine with it",
    'the fans were seething after the final whistle',
    'your whole personality is sunshine and I love it',
  ],
);

kind(
  'paid to say it',
  'contempt',
  [
    'how much are they paying you to post this?',
    'who paid you to write this',
    'someone is paying you to defend this',
    'they are paying u to say that',
    'Who is paying you to push this?',
    'lol who is paying you to comment this',
  ],
  [
    'how much are they paying you at the new job?',
    "they paid you to write this? congrats, that's huge!",
    'I paid you to write the report, thanks for getting it done',
    'are they paying you enough for all this overtime?',
    'they pay you to write about games? dream job',
  ],
);

kind(
  'the take scorned, the story called fake, ok zoomer',
  'contempt',
  [
    'genuinely embarrassing take',
    'cringe take tbh',
    'clown take, as usual',
    'this never happened and you know it',
    "that's fake and you know it",
    'ok zoomer',
    'sure thing boomer',
  ],
  [
    'not a cringe take at all',
    'my cringe take of the day: pineapple belongs on pizza',
    'not the worst take honestly',
    'ok zoomer here, can confirm',
    'my dad calls himself a boomer proudly',
    'you know it happened, we were all there and it was amazing',
  ],
);

describe('rewordings of the thread jabs read clean', () => {
  it.each([
    'ratio',
    'massive L for you today',
    'go back to twitter',
    'found the guy who never read the book',
    'your post history explains a lot',
    "you're seething so hard lol",
    'how much are they paying you to post this?',
    'cringe take tbh',
    'ok zoomer',
  ])('%s', (text) => {
    rewordsClean(text);
  });
});
