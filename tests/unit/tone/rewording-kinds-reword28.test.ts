/**
 * Rewording kinds from the read of seed 399 and the round's list (helper reword28), each on our own
 * sentences: a slur said of someone after "is a" leaves no dangling "a"; "talk shit to" someone is
 * being rude to them; a drawn-out "oooo" and the swear after it are one cry; "the most worthless
 * piece of …" keeps its superlative in a milder word, and "the biggest piece of …" is a person or a
 * thing as the sentence says; "the worst mayor" keeps the role it judged; "a stone cold bitch" is
 * "stone cold".
 */
import { describe } from 'vitest';
import { rewordingCases } from './kinds';

describe('a slur said of someone after "is a" is said plainly; no "a" is left dangling', () => {
  rewordingCases([
    ['my cousin is a fag, and he knows it', 'my cousin is out of line, and he knows it'],
    ['he was a faggot.', 'he was out of line.'],
    ['he is such a fag lol', 'he is so out of line lol'],
  ]);
});

describe('"talk shit to" someone is being rude to them', () => {
  rewordingCases([
    ['why is he talking shit to my friends', 'why is he being rude to my friends'],
    ['they talk shit to everyone', 'they talk rudely to everyone'],
    ['she talked shit to me yesterday', 'she talked rudely to me yesterday'],
    ['he talks shit about her', 'he talks badly about her'],
  ]);
});

describe('after a drawn-out "oooo" the swear merges into one cry; "oh no" keeps its dismay', () => {
  rewordingCases([
    ['oooo shit now we are in trouble', 'oooo, now we are in trouble'],
    ['ooo crap we missed it', 'ooo, we missed it'],
    ['oh crap i missed the bus', 'oh no i missed the bus'],
    ['oh shit no', 'oh no'],
  ]);
});

describe('"piece of …" after a superlative keeps the superlative, for a person or a thing', () => {
  rewordingCases([
    [
      'she is the most pathetic piece of garbage i have ever met',
      'she is the most disappointing person i have ever met',
    ],
    [
      'they are the most useless pieces of trash on the team',
      'they are the most unhelpful people on the team',
    ],
    ['he is the biggest piece of shit i know', 'he is the most unpleasant person i know'],
    ['this is the worst piece of garbage i have used', 'this is the worst piece of junk i have used'],
  ]);
});

describe('"the worst <role>" keeps the role', () => {
  rewordingCases([
    ['she was the worst teacher i ever had', "i'm really disappointed in her as a teacher"],
    ['he is the worst governor this state has had!', "i'm really disappointed in him as governor."],
    ['he is the worst person ever', "i'm really disappointed in him"],
  ]);
});

describe('a label after "is a" with plain describing words of its own: those say it', () => {
  rewordingCases([
    ['she is a stone cold bitch', 'she is stone cold'],
    ['he was a greedy bastard.', 'he was greedy.'],
    ['he is a lazy bastard and everyone knows it', 'he is lazy and everyone knows it'],
    ['he is a messed up bastard', 'he is out of line'],
  ]);
});

describe('two describing words before the label would need their "and": the claim is said plainly', () => {
  rewordingCases([['my sister is a lazy selfish bastard', 'my sister is out of line']]);
});
