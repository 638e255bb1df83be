/**
 * Rewording kinds of the h21 round: the first offer is the smallest edit that reads well and clears
 * the finding; the person's other words stay. Examples written for these tests.
 */
import { describe } from 'vitest';
import { rewordingCases } from './kinds';

const cases = rewordingCases;

describe('harm wished on someone becomes a punishment or a plain act; the sentence stays', () => {
  cases([
    ['that landlord should be hung for this.', 'that landlord should be punished for this.'],
    ['the thieves should be thrown in jail today.', 'the thieves should be put in jail today.'],
    ['the whole board should be driven out of town', 'the whole board should be pushed out of town'],
    ['kick them all out of the council', 'get them all out of the council'],
    ['kill that dog before it bites a kid.', 'stop that dog before it bites a kid.'],
    ['cancel the show and let them starve.', 'cancel the show and let them be.'],
  ]);
});

describe('"shut up" keeps what comes with it', () => {
  cases([
    ['Shut up about my haircut!', 'Please stop talking about my haircut!'],
    ['eat your dinner and shut up about the game', 'eat your dinner and stop talking about the game'],
    ['sign the form and shut up', 'sign the form and leave it at that'],
    ['shut up, the bus is late anyway', 'the bus is late anyway'],
  ]);
});

describe('"what a <scornful word>, <another word> <noun>": the scornful word goes, "a" agrees', () => {
  cases([
    ['what a stupid and awkward speech.', 'what an awkward speech.'],
    ['what a pathetic, lazy excuse for a plan', 'what a lazy excuse for a plan'],
    [
      'my uncle is what a stupid person imagines a genius looks like.',
      'my uncle is what a misguided person imagines a genius looks like.',
    ],
  ]);
});

describe('a label with describing words of its own before "with": the label becomes "person"', () => {
  cases([['the coach is a loud buffoon with no tactics.', 'the coach is a loud person with no tactics.']]);
});

describe('a sentence of ours keeps the clause after the comma, and the clause before "and"', () => {
  cases([
    [
      'i hate you, and i never want to see that car again.',
      // Since reword18 the person's own sentence stays ("I hate you" → "I'm so angry with you").
      "i'm so angry with you, and i never want to see that car again.",
    ],
    [
      'he lied again and clowns like you are too clueless to notice.',
      // reword37: the label goes and "you" keeps the verb (was a stock line).
      "he lied again and you don't notice.",
    ],
  ]);
});

describe('"<possessive> ass" after a verb is the person, who stays', () => {
  cases([
    ['my sister blocked your ass lol', 'my sister blocked you lol'],
    ['they dropped his ass at the mall', 'they dropped him at the mall'],
    ['take your ass to the dentist', 'take yourself to the dentist'],
  ]);
});

describe('a compound label written apart is one word', () => {
  cases([
    ['my cousin is such an ass hole.', 'my cousin is such a pain.'],
    // (Since fa18 "she called him a dick head" is strict only: checked in kinds-fa18.test.ts.)
    ['you called him a dick head at lunch', 'you called him names at lunch'],
    ['hey ass hole, give it back', 'hey, give it back'],
  ]);
});

describe('"white trash" after a copula is a verdict, said plainly', () => {
  cases([['the new owners are white trash.', 'the new owners are out of line.']]);
});
