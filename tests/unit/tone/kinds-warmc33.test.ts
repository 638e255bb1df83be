/**
 * False alarms by cause (session 33's warm round): the reason a message is warm, each guard with warm
 * near-twins that must pass clean and hostile twins that must stay flagged. Our own sentences, none
 * taken from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { flagged, kind } from './kinds';

// -- a thing scorned, nobody addressed ----------------------------------------------------------------
kind(
  'scorn of a thing (a word or two between), nobody addressed in the message',
  'contempt',
  [
    'your stupid little game is boring',
    'this stupid neighbour guy parked across my drive',
    'what a stupid little man',
  ],
  [
    "this dumb little coffee machine gave up on me, I'll grab one on the way",
    "stupid laptop froze mid-call, I'll ring back in five",
    "that pathetic little drizzle won't stop the picnic, see everyone at noon",
    "I'm so angry at this stupid illness, he had so many plans",
    'the dumb old router died again, sorry for the silence',
  ],
);

// -- thanks for the help said beside the credit -------------------------------------------------------
kind(
  'a cause credited, then thanks for every time or "just wanted to say thanks"',
  'blame',
  [
    'because of you I missed my train. Just wanted to say thanks.',
    "you're the reason the party got cancelled. just wanted to say thanks",
    "you're the reason I lost the client. thank you for every lecture",
  ],
  [
    "you're the reason I passed statistics. thank you for every Sunday you spent on it",
    "you're the reason the garden looks like this. just wanted to say thanks",
    'because of you I finally finished the quilt. I just want to say thank you',
  ],
);

// -- their feeling granted, not denied ------------------------------------------------------------------
kind(
  'a feeling granted, or a calm-down the writer says they would never ask for',
  'talking-down',
  [
    "You're not allowed to be upset about this, you signed it.",
    "you're allowed to be upset but this is too much",
    "you're allowed to be upset for a day, then get over it",
    'calm down, you have every right to be angry',
  ],
  [
    "you're allowed to be sad about it, it was a huge loss",
    "I'd never tell you to calm down about that, you have every right to be furious",
    "I won't tell you to calm down, it's okay to feel gutted about this",
  ],
);

// -- a pet name over a harmless slip, laughed; a pet name a warm word describes ----------------------
kind(
  'a mild pet name before their slip, laughed at; "you lovely fool" for a kindness',
  'contempt',
  [
    "You clown, you really thought I wouldn't notice you took the credit?",
    "this is the dumbest take I've seen all week, you clown",
    "you stupid fool, you didn't have to tell everyone",
  ],
  [
    'lol you clown, you wore your jumper back to front all day',
    'haha you goof, you put salt in the tea 😂',
    "you lovely fool, you didn't have to bake me a whole cake",
  ],
);

// -- excitement: news, a cheer, a swear that strengthens praise, a feat crushed ------------------------
kind(
  'marks and capitals of excitement over news, a goal, praise',
  'heat',
  ["hell yeah, you're finally leaving!!", "you're expecting me to pay for all of it?!"],
  [
    "NO WAY, you're expecting?! so happy for you!!!",
    'hell yeah, pizza night tomorrow!!',
    'GOOOAL!!! what a finish',
    'so fucking proud of you!! you passed!!',
    "you've crushed that interview, congrats!!",
  ],
);
kind(
  'a feat "destroyed", praised right after',
  'blame',
  ['you wrecked the whole raid by pulling early', 'you destroyed that match for us, great'],
  ['you absolutely destroyed that level, so impressive', 'you crushed that audition, so good'],
);

// -- calm down said to ease a fear or share joy ----------------------------------------------------------
kind(
  'calm down before a fear talked down or good news',
  'talking-down',
  ["calm down, it's just a game lol", "calm down, it's just me telling you the truth"],
  [
    "Calm down everyone, it's just the practice round 😂",
    "Calm down, it's just me knocking, not the landlord lol",
    'Calm down? Never. We just got the house!!! 🏡',
  ],
);

// -- venting about someone else, then a warm turn to the reader ----------------------------------------
kind(
  'a third party labelled, then an invitation or relief for the reader',
  'contempt',
  ['my manager was such a jerk today, can we please get rid of him'],
  [
    'my landlord was such a jerk today lol can we please get pizza',
    "the traffic was insane, everyone was driving like maniacs. glad you're home safe",
  ],
);

// -- moved by a story ---------------------------------------------------------------------------------
kind(
  'a story or a song that "wrecked" the writer',
  'heat',
  ['holy shit you wrecked me'],
  ['the finale of that series destroyed me holy shit', 'that song broke me holy crap, on repeat all day'],
);
kind(
  'blamed for a show that "wrecked" the writer, laughed',
  'blame',
  ["it's your fault I missed the bus, that episode wrecked me"],
  ["it's your fault i'm obsessed with this series now lol, the finale wrecked me"],
);

// -- a farewell to a thing -------------------------------------------------------------------------------
kind(
  'bye forever to a thing, or to what a thing has spoiled',
  'withdrawal',
  [
    'bye forever to my so-called friends',
    'bye forever to the group chat, you all are toxic',
    'bye forever, your lies have ruined every other relationship for me',
  ],
  [
    'goodbye forever... to my old car 🥲 the new owner picked it up',
    'bye forever, this pasta recipe has ruined shop-bought for me',
  ],
);

describe('warm twins of other kinds stay clean', () => {
  it.each(['Crap, your flight got moved? Do you need a lift from the airport?'])('%s', (text) => {
    expect(flagged(text)).toBe(false);
  });
});
