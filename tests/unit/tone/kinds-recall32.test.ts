/**
 * Round recall32: contempt carried by a construction (lib/tone/rules/slights.ts): sarcastic thanks,
 * another person held up against the reader, their effort or job made small, how they talk or write
 * mocked, their looks mocked, shaming in front of a group. Our own sentences, in chat, family and
 * work registers, with warm near-twins that must pass: real thanks, praise of someone else,
 * compliments, fond teasing, good news shared with a group.
 */
import { describe, expect, it } from 'vitest';
import { kind, rewordsClean } from './kinds';

kind(
  'sarcastic thanks and credit for a failure',
  'contempt',
  [
    "thanks a lot for the 'advice', the whole cake collapsed",
    'Cheers for turning up an hour late to my leaving drinks.',
    "thank you for explaining it for the third time, clearly I'm slow 🙄",
    'Thanks for the "help" with the move, I carried every box myself.',
    'Really grateful you decided to grace the meeting with your presence.',
    "ty for throwing the match, couldn't have lost without you",
    'so thankful for your input 🙃',
    "We couldn't have failed this badly without you, honestly.",
  ],
  [
    'Thanks for the help with the move, you carried half of it!',
    'thank you for explaining it again, I get it now',
    'Cheers for coming even though you were running late, it meant a lot.',
    "Thanks for the reminder, I'd totally forgotten!",
    "I couldn't have done it without you.",
    "We couldn't have finished on time without you, thank you.",
    'thanks for staying late to help me close up',
    'Grateful for your advice, it worked.',
  ],
);

kind(
  'another person held up against the reader',
  'contempt',
  [
    'my little sister writes better essays than you',
    'Even my grandpa texts faster than you, come on.',
    'Honestly my dog fetches faster than you.',
    "Priya would have fixed this bug in five minutes and you've had all day.",
    'The intern could have written this report in an afternoon. What have you been doing?',
    'Even the intern writes better code than you.',
    'my cousin parks better than you tbh',
  ],
  [
    "my little sister writes essays just like you do, she'd love to meet you",
    "Your cooking is better than my mum's, don't tell her",
    'Priya would have loved this, thank you for making it!',
    "Funny how things work out, isn't it?",
    'my nephew plays better than me lol',
    'You know me better than I know myself.',
    'Mum could have done it in five minutes, want me to ask her for you?',
  ],
);

kind(
  'their effort or job made small',
  'contempt',
  [
    'you emptied the bin, want a medal?',
    'wow you replied to one text, need a parade?',
    'You made your bed? Want a pat on the back?',
    "your 'job' is scrolling TikTok all day",
    "Must be nice to call napping 'working'.",
    'What are we even paying you for?',
    "your little podcast isn't a real job, grow up",
    'You hoovered one room, need a medal?',
  ],
  [
    'You emptied the bin without being asked, you deserve a medal, thank you!',
    'He won a medal at the regional meet!',
    "my 'job' today was mostly eating snacks lol",
    'What are we paying you for the catering, so I can budget?',
    'Your little podcast is so good, I listened to every episode!',
    "It's not rocket science, you'll get it, I believe in you.",
    'My toddler drew this for you ❤️',
    'We all got participation medals and it was the best day.',
  ],
);

kind(
  'how they talk or write mocked',
  'contempt',
  [
    'did you learn to write off a fortune cookie?',
    'you text like a toddler who found caps lock',
    'you sound like a robot reading a script',
    'you write like a caveman',
    'did u learn to type on a microwave',
    'Okay, Shakespeare, we get it.',
    'okay shakespeare',
  ],
  [
    'you write like a poet, honestly',
    'Reading your letters is like getting a warm hug.',
    'Nice speech! You nailed it.',
    'I learned to read from my grandma.',
    'Okay, Shakespeare, that poem was beautiful ❤️',
    'You sound like a natural, keep going!',
    'That film was painful to watch.',
  ],
);

kind(
  'their looks mocked',
  'contempt',
  [
    'your face is getting chubby, lay off the biscuits',
    'that jacket is a crime',
    'Your haircut is a disaster.',
    'you look like a potato in that coat',
    'Those shoes make you look like a clown.',
    "You've really let yourself go.",
    "you're getting chubby, maybe skip dessert",
    'you look like a tomato in that shirt',
    'that shirt is a joke',
  ],
  [
    'I got dressed in the dark this morning lol',
    'that jacket is gorgeous on you',
    'You look like a movie star in that coat!',
    'Your haircut looks amazing.',
    'Just let yourself go and dance!',
    'your baby is getting so chubby, so cute 😍',
    'Brave of you to share this, thank you.',
  ],
);

kind(
  'shaming in front of a group',
  'contempt',
  [
    "Just so everyone knows, Tom 'forgot' to pay his share again.",
    'Posting this so the whole team can see how he talks to clients.',
    "guess who still hasn't paid for the pizza",
    'Everyone look at what Jake did to the car lmao',
    'Saving this as an example of what not to do, thanks Ben.',
    'Tagging the whole class so everyone knows who skipped the group project again.',
  ],
  [
    'Just so everyone knows, dinner is at 7!',
    'guess who got the job!!',
    "guess who forgot their keys again, it's me",
    "Everyone look at what Mia made, I'm so proud 😍",
    "Here's my old CV as an example of what not to do lol",
    'Take a moment to appreciate how beautiful this sunset is.',
    "Posting this so the whole family can see the baby's first steps!",
  ],
);

kind(
  'a verdict of scorn on them or their work',
  'contempt',
  [
    "you're so bad it's embarrassing",
    'your presentation was embarrassing',
    "you're so slow it's painful",
    'ur so useless its hilarious',
    'your cooking is a disaster',
    'Your code was laughable.',
  ],
  [
    "you're so good it's embarrassing",
    'my presentation was embarrassing, I forgot everything',
    "you're so good at this it's scary",
    'your cooking is a dream',
    'That storm was a disaster for the farm.',
    'your code was lovely to review',
  ],
);

describe('the rewordings name the act and the feeling, and read clean', () => {
  it.each([
    [
      'Cheers for turning up an hour late to my leaving drinks.',
      "I'm upset about you turning up an hour late to my leaving drinks.",
    ],
    ['you look like a potato in that coat', "i'm not a fan of this look"],
    ['that jacket is a crime', "i'd rather not comment on how you look"],
  ])('%s', (text, want) => {
    expect(rewordsClean(text)).toBe(want);
  });
  it.each([
    'my little sister writes better essays than you',
    'you emptied the bin, want a medal?',
    "Just so everyone knows, Tom 'forgot' to pay his share again.",
    'did you learn to write off a fortune cookie?',
    "You've really let yourself go.",
    "you're so bad it's embarrassing",
  ])('%s', (text) => {
    rewordsClean(text);
  });
});
