/**
 * Round recall36: grudges said without the obvious words (lib/tone/rules/grudges.ts): blame asked
 * as a question or laid on them as an outcome, the martyr, the blame turned back, the case built,
 * "typical of you", the letdown foretold, contempt in a polite frame, praise in scorn and the
 * unfavourable comparison. Our own wordings, and warm near-twins that must pass.
 */

import { describe, it } from 'vitest';
import { kind, rewordsClean } from './kinds';

kind(
  'blame asked as a question',
  'blame',
  [
    'why am I always the one cleaning up after your friends?',
    'how am I supposed to relax after what you said to my sister?',
    'How are we supposed to believe you after all the lies you told?',
    'so why am I the one paying for the damage?',
    'Why am I always the one who has to fix things with your family',
    'How am I supposed to sleep after the way you spoke to me',
    'ever wondered why nobody from work texts you back?',
    'Ever wonder why people stop inviting you?',
    'ever wondered why nobody invites you anywhere anymore?',
  ],
  [
    'why am I the one getting the big slice? thank you!',
    'how am I supposed to choose between these two cakes',
    'how are we supposed to get there by 8, is there a bus?',
    'any idea how long the drive is?',
    'ever wondered why cats love boxes?',
    'look at how you handled that toddler, so patient',
    "I'm thinking about why that is, any ideas?",
  ],
);

kind(
  'the bad outcome laid on them',
  'blame',
  [
    "Hope you're happy.",
    "She won't speak to me now. Hope you're satisfied.",
    'I covered your shifts all month and this is the thanks I get',
    'Mum was in tears after your little speech at lunch.',
    'your little stunt at the party cost me a friend',
    "The dog ran off because you left the gate open. Hope you're satisfied.",
    'and this is the thanks I get.',
    'Grandma is still upset about your little tantrum on Sunday',
  ],
  [
    "Hope you're happy in the new flat! Call me soon",
    "hope you're happy with the sofa, it looked great in the photos",
    'sit with that idea for a while, no rush to decide',
    'this is what I get for ordering dessert lol',
    'your little brother is the sweetest',
    'your little one is getting so big',
  ],
);

kind(
  'the martyr',
  'blame',
  [
    "don't mind me, I'm used to being ignored in this house",
    'I cooked for twelve people and did not even get a thank you',
    "I'm used to being forgotten, it's fine",
    "I sat through your whole recital and didn't even get a call afterwards",
    'must be nice to have a job where you never have to answer your phone',
    'must be nice to have a brother who pays your bills without a word',
  ],
  [
    "I'm used to being up early, no problem at all",
    'did you even get a thank you from them? that was rude of them',
    "I'm the bad guy in the play this year, rehearsals start Monday 😄",
    'must be nice to be on holiday, enjoy every minute!',
    'does this count for anything? asking for the quiz',
    "I'll just eat alone tonight, go and have fun!",
    "We'll manage somehow, don't stress about it",
  ],
);

kind(
  'blame turned back on them',
  'blame',
  [
    "I wouldn't have shouted if you'd just told me the truth.",
    "I wouldn't need to check your messages if you actually answered your phone",
    "I'd never have said it if you hadn't laughed at me first",
    "I wouldn't have to raise my voice if you just listened",
    "don't act innocent, you knew what you were doing",
    "Don't act hurt, you started it.",
    "Don't act surprised when I stop calling.",
  ],
  [
    "I wouldn't have applied if you hadn't pushed me, so thank you",
    "I wouldn't mind if you came over later",
    "if you hadn't been so kind that day, I wouldn't have made it through",
    'what did you expect from the sequel?',
    'I was fine until the last mile, then my legs gave out',
    'you pushed me to apply and I got the job!',
  ],
);

kind(
  'the case built',
  'absolutes',
  [
    "Add it to the list. Right next to forgetting my mum's birthday.",
    'you missed the appointment again, so add that to the list',
    'This is the holiday thing all over again.',
    "I've been keeping score, you know. Four weekends in a row.",
    "That's three times this week.",
    "That's the fifth time you've been late.",
    'This is the money thing all over again.',
    'You forgot the bins again. Add it to the list.',
    "I've kept score for months. You cancelled on me six times.",
    "that's the third time you've cancelled",
  ],
  [
    'Add it to the list of reasons I love you',
    'add it to the list of films to watch',
    'we fell in love all over again in Rome',
    'Been keeping count of the days: 40 days smoke free, so proud of myself',
    "That's three times this week we've had pizza 😂",
    "I haven't forgotten your birthday, the present is on its way",
    'I could go on about this band all day, they are so good',
  ],
);

kind(
  '"typical of you"',
  'absolutes',
  [
    'textbook you, disappearing the minute the bill comes',
    'Classic you, turning my promotion into a story about yourself',
    'Leave it to you to make my birthday about yourself.',
    'let me guess, you forgot again',
    'Let me guess, you were busy.',
    'leave it to you to forget our anniversary',
    'classic you, late again and acting like it is fine',
  ],
  [
    'textbook you, organised to the minute, thank you',
    'leave it to you to find the best tacos in town!',
    'why am I not surprised you aced it! so clever',
    'Right on time, the pizza just arrived',
    'let me guess, you want the window seat 😂',
    'the plot was predictable but I still cried',
  ],
);

kind(
  'the letdown foretold',
  'absolutes',
  [
    "You'll be on time for once? I'll believe it when I see it.",
    "he says he'll pay it back. not holding my breath.",
    "You've joined a gym. Let's see how long that lasts.",
    'Sure you will tidy the garage. Like last time.',
    'your promises mean nothing to me anymore',
    'Sure you will fix the shelf. Like last time.',
    "I won't hold my breath.",
    "let's see how long this lasts",
    'Your word means nothing after last year.',
  ],
  [
    "Let's see how long the queue is before we decide",
    'I held my breath for the whole last minute of the match',
    'like last time, I will bring the salad',
    "Tell me you'll be there on Saturday, I need my best friend",
    'your promises to the kids at Christmas were so sweet',
    'what number is this bus?',
  ],
);

kind(
  'contempt in a polite frame, praise in scorn',
  'contempt',
  [
    "With all due respect, you've never thought about anyone but yourself.",
    "No offence, but I'm not taking advice from someone who can't keep a plant alive.",
    "It's cute that you still think you get a say.",
    "Respectfully, I'll discuss it with the adults in the family.",
    'You emptied the bin after a week. Gold star.',
    'You answered my text within a week. Gold star.',
    'Should I call the local paper?',
    'congrats on the bare minimum',
    'No offence, but you really think you are helping?',
    "it's sweet that you still think I believe you",
    'let the adults handle the bills',
    'I will alert the media.',
    'poor you, having to cook once a week',
    'aww poor baby, someone said no to you for once',
  ],
  [
    'With all due respect to your mum, your roast is better',
    "No offence taken, honestly, it's fine",
    "it's sweet that you think of me when you hear that song",
    "I'm sure your friends will love the cake!",
    'You know best, I trust you completely',
    'Gold star for you, sweetie! Proud of you',
    'we should call the local paper, you won the whole thing!',
    'new personal best on the 5k today!',
    'so kind of you to help with the move',
    'poor baby, hope the fever breaks soon ❤️',
    'did I hurt your feelings? I am so sorry, I did not mean it',
  ],
);

kind(
  'the unfavourable comparison',
  'contempt',
  [
    'Your cousin managed to finish her course with a newborn. Just saying.',
    "My brother calls Mum every Sunday, I'm just saying",
    'Your sister visits her in-laws every week. Just saying.',
    'My husband managed the school run on his own. Just saying.',
    'People with full-time jobs still manage to call their parents. Just saying',
    'His ex finished the whole course in a year, just saying',
  ],
  [
    "you'd look great in that dress, just saying 😉",
    'at least the rain held off for the picnic',
    "other people's kids are so loud on planes lol",
    'Other parents at school were lovely today',
  ],
);

describe('rewordings of the grudges read clean', () => {
  it.each([
    "Hope you're happy.",
    'why am I always the one cleaning up after your friends?',
    "I'm used to being ignored in this house",
    "I wouldn't have shouted if you'd just told me the truth.",
    "That's three times this week.",
    'Leave it to you to make my birthday about yourself.',
    "I'll believe it when I see it.",
    'Your cousin managed to finish her course with a newborn. Just saying.',
  ])('%s', (text) => {
    rewordsClean(text);
  });
});
