/**
 * Contempt and talking down by construction (helper lexa36, session 36: lib/tone/rules/belittle.ts).
 * Our own sentences, none taken from any corpus; each kind with warm near-twins that must pass clean.
 */
import { describe, expect, it } from 'vitest';
import { first, kind, kindsSet } from './kinds';

kind(
  'their view put down by who they are said to be',
  'contempt',
  [
    "sounds like something typed by a guy who's never left his hometown",
    "I stopped debating with people who can't tell a fact from a meme",
    'cooking tips from somebody who has never boiled an egg, sure',
    'said like a person who still thinks the earth is flat',
  ],
  [
    'spoken like someone who has been through it, thank you for sharing',
    "I'm engaged to someone who can't whistle and it's adorable",
    'take it from someone who never gave up on the exam: you can do it',
    'I got advice from someone who never married and it was wise',
  ],
);

kind(
  'their work or looks likened to something cheap, careless or gross',
  'contempt',
  [
    'your new logo looks like clip art from an old printer manual',
    'your soup tastes like dishwater, not gonna lie',
    'your slides look like you threw them together on the bus with your eyes closed',
    'this mixtape of yours sounds like a dying goat in a tunnel',
    'your bedroom looks like a laundry basket threw up in it',
  ],
  [
    'your wedding cake looks like a dream, who made it?',
    'your allotment looks like a bomb went off after that storm, want a hand?',
    'it sounds like you had the best weekend',
    'your voice sounds like you have a cold, feel better soon',
    'my handwriting reads like a ransom note lol',
  ],
);

kind(
  'mock advice to go and get a life',
  'talking-down',
  [
    'maybe pick up a book once in a while, champ',
    'honestly, find a hobby. seriously.',
    'you dyed your hair for a band? get help',
    'go get some fresh air instead of posting all night',
  ],
  [
    'read a book on the train, it makes the commute fly by',
    'find a hobby you enjoy once you retire, you deserve it',
    'get a job at the café on Main St, they are hiring',
    'if you are struggling, please get help, I am here too',
    'I really should get some fresh air today',
  ],
);

kind(
  'someone filed as a type by their ways',
  'contempt',
  [
    'average comment section lawyer behaviour',
    'peak keyboard warrior energy in this reply',
    'pure fanboy mindset, as usual',
  ],
  [
    'peak puppy energy this morning, he zoomed for an hour',
    'peak summer energy at the beach today',
    'we have a lot of main character energy in this team, welcome 🥳',
  ],
);

kind(
  'a say earned only by growing up or by experience',
  'talking-down',
  [
    "come back when you're a grown-up",
    'get back to me once you have some actual evidence',
    "when you've managed a budget for a decade, then we can talk",
    'come back when u can be mature about it',
  ],
  [
    "come back when you're ready, no rush at all",
    "come back when you've rested, the spare room is yours",
    "when you've landed, we can talk properly",
    "when you've had a chance to look, we can talk",
    "come back when you've read the second book, I need to discuss it",
  ],
);

kind(
  'their upset mocked as lasting too long',
  'talking-down',
  [
    'are you honestly still upset about one comment?',
    "you're still whining about the referee",
    'u really still salty over a board game',
  ],
  [
    "are you still upset about this morning? I'm sorry",
    'are you still mad about it? want to talk?',
    "I'm still crying about that finale lol",
  ],
);

describe('the rewordings say it plainly', () => {
  it.each([
    ['your soup tastes like dishwater', "Honestly, this one isn't working for me."],
    ['honestly, find a hobby. seriously.', "I see this differently, and I'd rather not make it personal."],
  ])('%s', (text, want) => {
    expect(first(text).toLowerCase().replace(/\.$/, '')).toBe(want.toLowerCase().replace(/\.$/, ''));
  });
});

kindsSet('kinds-lexa36.tsv', { recall: 0.6, falseAlarms: 0.06, category: 0.5 });
