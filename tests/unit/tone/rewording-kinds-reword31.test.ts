/**
 * Rewording kinds (helper reword31), each on our own sentences: rewordings the first round left
 * broken (a sentence of ours spliced mid-clause, a label cut before a word of time, a label joined
 * to more labels, "we got all into") or saying something else (a label after a preposition, "can't
 * argue with stupid", a label named as the word for someone, slurs left before "people", openers
 * dropped before a jab).
 */
import { describe } from 'vitest';
import { rewordingCases } from './kinds';

describe('"<label>s like you" as the object of words before it: ours takes the clause, an answer stays', () => {
  rewordingCases([
    ['this server is full of petty, spiteful clown types like you.', 'i strongly disagree with you on this.'],
    ['No, the comment section is packed with clowns like you.', 'No, I strongly disagree with you on this.'],
  ]);
});

describe('a label before a word of time or stance is no describing word of a noun', () => {
  rewordingCases([
    ['the keeper was a useless moron again today', 'the keeper was out of line again today'],
    // A brother teased to a third person with a laugh passes clean since session 43 (warm43): a coworker.
    ['my coworker was a total clown yesterday lol', 'my coworker was out of line yesterday lol'],
  ]);
});

describe('a label joined to more said of the same subject (", and the laziest of the lot") goes whole', () => {
  rewordingCases([
    ['marco, youre a disgrace, and the laziest of the lot.', "marco, i'm really upset about how this went."],
    ["you're a disgrace, and a coward too", "i'm really upset about how this went"],
  ]);
});

describe('what happened stays as a clause of its own', () => {
  rewordingCases([
    ['you got us all into a mess with that booking', "we all got into a mess, and i'm really upset about it"],
    ['The fee was late because your bank lost my payment', 'The fee was late because my payment got lost'],
    [
      'we missed the train since your sister wrecked the car',
      'we missed the train since the car got wrecked',
    ],
    [
      "we're broke now because your stupid bet cost us the savings",
      "we're broke now because we lost the savings",
    ],
  ]);
});

describe('a label said plainly keeps what was said', () => {
  rewordingCases([
    ['i have to sit next to an idiot all week', 'i have to sit next to someone misguided all week'],
    ["You can't argue with stupid.", "There's no point arguing about this."],
    ["you can't argue with stupid and stubborn", "there's no point arguing about this"],
    ['the word for her is moron', "i'm really frustrated with her"],
    ['what a bunch of clueless idiots', "what a bunch of people who don't get it"],
    ['The idiot in chief tweeted again.', 'The person in charge tweeted again.'],
    ['my landlord is a bonehead', 'my landlord is wrong about this'],
  ]);
});

describe('a slur before a label goes with it', () => {
  rewordingCases([
    ['these snowflake idiots cry about everything', 'these people cry about everything'],
    ['a bunch of hillbilly morons live there', 'a bunch of people live there'],
  ]);
});

describe('openers before a jab: plain ones stay, a laugh goes', () => {
  rewordingCases([
    ['so, imagine caring about likes', "so, i don't understand caring about likes"],
    ['Well, imagine thinking that works.', "Well, I don't think that works."],
    ['lol imagine caring this much', "i don't understand caring this much"],
  ]);
});
