/**
 * The lead's kinds of the twenty-first session, on our own sentences: shutting someone out of one's
 * affairs ("mind your own business", "that's none of your business", "how is that any of your
 * concern?", "stay out of this", "butt out") is a withdrawal; the same words said about oneself,
 * laughed off, or beside warmth pass.
 */
import { describe } from 'vitest';
import { kind, rewordingCases } from './kinds';

kind(
  'shutting someone out of one’s affairs',
  'withdrawal',
  [
    'mind your own business',
    'Mind ur own beeswax, seriously.',
    'who I date is none of your business',
    "that's none of your damn concern",
    'what business is that of yours?',
    'how is it any of your business where I was last night',
    'Stay out of this.',
    'keep out of my business, I mean it',
    'butt out, this is between me and her',
  ],
  [
    'I was minding my own business when a goose chased me lol',
    "it's none of my business, but are you doing ok?",
    'lol none of your business 😂',
    'none of your business, but I love that you asked! ❤️',
    "I'll stay out of this one, you two know best",
    'Stay out of the sun today, it is brutal out there',
    'keep out of reach of children',
    "it's not none of your business, you're family",
  ],
);

describe('shutting someone out: the rewording keeps what is being kept private', () => {
  rewordingCases([
    ['Who I date is none of your business.', "Who I date is something I'd rather keep to myself."],
    ['Mind your own business.', "I'd rather keep this to myself for now."],
    ['how is that any of your business', 'could you tell me why this matters to you?'],
    ['Stay out of my life.', 'I need some space right now.'],
  ]);
});

kind(
  'a person called a failure, a letdown or a burden, with or without a degree word',
  'contempt',
  [
    'you are a total failure',
    "you're such a letdown, every single time",
    'honestly you are a massive disappointment',
    "you're nothing but a burden",
    "you're a complete joke",
  ],
  [
    'the finale was a total letdown',
    "I'm such a burden to everyone lately, sorry",
    "you're never a burden to me, call whenever",
    'anger, disappointment and grief can all show up after a loss',
    'you could never be a disappointment to us',
    'you are a real child of the 90s',
  ],
);

describe('a stance said first ("I mean, …") opens the rewording, not a sentence of its own', () => {
  rewordingCases([
    ["I mean, you're a failure", "I mean, I'm really disappointed in you right now."],
    ['I mean, you never listen', "I mean, I don't feel heard right now."],
  ]);
});

kind(
  'a warning with no reason given: a threat',
  'withdrawal',
  [
    "you're on thin ice",
    'You are on very thin ice with me right now.',
    "I'm warning you.",
    "don't push me",
    'Do not test me!!',
  ],
  [
    'lol you’re on thin ice buddy 😂',
    "you're on thin ice with the landlord, pay the rent",
    'the skaters were on thin ice all winter',
    "I'm warning you, this chili is HOT",
    "don't test me on chapter five, I haven't read it",
    "don't push me on the swing too high!",
  ],
);

describe('a swear made into a describing word with a participle says how dirty', () => {
  rewordingCases([
    ['your car is a shit covered mess', 'your car is a filthy mess'],
    ['that shit covered floor', 'that filthy floor'],
  ]);
});

describe('after a degree word, a label before its noun becomes a milder describing word', () => {
  rewordingCases([
    ['you are the most useless person I know', 'you are the most unhelpful person I know'],
    ['she is the most horrible woman', 'she is the most difficult woman'],
    ['he is the most pathetic human being alive', 'he is the most disappointing human being alive'],
  ]);
});
