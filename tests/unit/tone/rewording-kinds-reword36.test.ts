/**
 * Rewording kinds of rewording round 36: a scornful describing word of a second noun phrase joined
 * with "and" goes alone ("honest debate and gibberish", never "honest debate gibberish"); "oh shit"
 * before news taken with surprise becomes "oh wow", not "oh no"; "I don't care" set off by commas
 * mid-sentence is an aside said mildly, the sentence kept; a describing word strengthened before
 * its noun in a claim ("he is a monumentally inept leader") takes a milder word, never cut to
 * "he is a leader"; a comparison with something named before ("as dumb as the last one") is no
 * simile; an article before our word agrees with it ("a misguided", never "an misguided");
 * "you have no clue how X works" keeps its topic ("I think X works differently", since reword39) and the words
 * after the clause, instead of a stock line in their place; a name said to them after a
 * preposition's object or a word of time goes with its "you" ("get on discord you fucks!" →
 * "get on discord!", never "get on discord you!").
 * Examples written for these tests, in three registers (close relationships, work, strangers online).
 * No older test's expected rewording changed.
 */
import { describe } from 'vitest';
import { rewordingCases } from './kinds';

const cases = rewordingCases;

describe('a scornful word on a second noun phrase joined with "and" goes alone; "and" stays', () => {
  cases([
    [
      'the meeting was all vague promises and stupid slogans.',
      'the meeting was all vague promises and slogans.',
    ],
    [
      'this thread is half real questions and idiotic memes lol',
      'this thread is half real questions and memes lol',
    ],
    [
      "there's a line between healthy debate and stupid trolling",
      "there's a line between healthy debate and trolling",
    ],
    ['I asked for clear specs and got stupid guesses.', 'I asked for clear specs and got guesses.'],
  ]);
});

describe('"oh shit" before a question to the reader, laughter or good news: surprise, "oh wow"', () => {
  cases([
    ['o shit u comin to the party tonight?', 'o wow u comin to the party tonight?'],
    ["oh shit you're back?? since when", "oh wow you're back?? since when"],
    ['ohh fuck you got tickets?? lucky', 'ohh wow you got tickets?? lucky'],
    ['oh shit i got hired!', 'oh wow i got hired!'],
  ]);
});

describe('"oh shit" before a mishap keeps its dismay: "oh no"', () => {
  cases([
    ['oh crap I left the oven on', 'oh no I left the oven on'],
    ['oh shit we missed the train', 'oh no we missed the train'],
    ['oh shit did you lose your keys again?', 'oh no did you lose your keys again?'],
  ]);
});

describe('"I don\'t care" as an aside between commas: said mildly, the sentence kept', () => {
  cases([
    [
      "We can do Thai, I don't care, just pick a place.",
      "We can do Thai, I'm not too bothered, just pick a place.",
    ],
    [
      "The report can go out Monday, I don't care, as long as it's right.",
      "The report can go out Monday, I'm not too bothered, as long as it's right.",
    ],
    ['ok so, i dont care, post whatever pic u want', "ok so, i'm not too bothered, post whatever pic u want"],
  ]);
});

describe('a strengthened describing word in a claim takes a milder word, never cut', () => {
  cases([
    ['he is a monumentally inept manager.', 'he is a misguided manager.'],
    ['what a spectacularly stupid decision', 'what a misguided decision'],
    ['a staggeringly inept coach he turned out to be.', 'a misguided coach he turned out to be.'],
  ]);
});

describe('"as dumb as the last one": a comparison, not a simile; the milder word', () => {
  cases([
    ['this take is as dumb as the last one', 'this take is as misguided as the last one'],
    ['your new excuse is as stupid as the other one', 'your new excuse is as misguided as the other one'],
    [
      'honestly the sequel is as dumb as the first one',
      'honestly the sequel is as misguided as the first one',
    ],
  ]);
});

describe('the article before our word agrees with it', () => {
  cases([
    ['he is an inept leader.', 'he is a misguided leader.'],
    ['my brother is an inept driver', 'my brother is a misguided driver'],
  ]);
});

describe('"you have no clue how/about …": the topic stays, the verdict on the reader goes', () => {
  cases([
    ['you have no idea how marriage works', 'i think marriage works differently'],
    [
      'Honestly, you have no clue how this codebase works, read the docs first.',
      'Honestly, I think this codebase works differently, read the docs first.',
    ],
    ['you have zero idea about how startups raise money lol', 'i think startups raise money differently lol'],
    ["you have no idea what you're talking about", 'i see this differently'],
  ]);
});

describe('a name after a preposition\'s object or a word of time goes with its "you"', () => {
  cases([
    ['get on discord you fucks!', 'get on discord!'],
    ["I'll talk to you later you dicks", "I'll talk to you later"],
    ['log in to the portal you morons.', 'log in to the portal.'],
  ]);
});
